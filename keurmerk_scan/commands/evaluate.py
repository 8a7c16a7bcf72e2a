"""`keurmerk-scan eval CORPUS.jsonl`: agreement of the checks with the KiBG reviewer labels."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from keurmerk_scan.commands.scan import add_judging_arguments, resolve_norms
from keurmerk_scan.splits import HALF_OPENED, HALF_SEALED, SPLIT_HELDOUT, SPLIT_SEED, SPLIT_TUNE, set_aside_half

DEFAULT_OUT = Path("eval-out/eval.json")
EVAL_YEAR = 2025  # the corpus labels follow the Keurmerk 2025 criteria
HALF_NAMES = {HALF_OPENED: "geopende helft", HALF_SEALED: "dichte helft"}
SPLIT_NAMES = {SPLIT_TUNE: "afstemdeel (gebruikt bij het ontwikkelen)", SPLIT_HELDOUT: "apart gezet deel (niet bekeken bij het ontwikkelen)"}


def non_negative_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("moet 0 of meer zijn")
    return n


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval",
        help="meet de overeenstemming van de controles met gelabelde pagina's",
        description=(
            "Zet een gelabeld corpus (JSONL) om in lokale websites, crawl en beoordeel ze, en "
            "vergelijk de uitkomst met de labels van de beoordelaars."
        ),
    )
    p.add_argument("corpus", type=Path, metavar="CORPUS.jsonl", help="gelabeld corpus, een JSON-object per regel")
    add_judging_arguments(p, as_of_help="peildatum JJJJ-MM-DD (standaard 31 december van het Keurmerkjaar, "
                                        "zodat de cijfers niet afhangen van de dag waarop de evaluatie draait)",
                          year_help="Keurmerkjaar waarvan de normen gelden (standaard 2025: het jaar waarvoor "
                                    "het corpus gelabeld is)", default_year=EVAL_YEAR)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="FILE.json",
                   help=f"JSON-bestand met alle cijfers (standaard {DEFAULT_OUT})")
    p.add_argument("--no-crawl", action="store_true",
                   help="ontwikkelmodus: bouw de snapshots direct uit de gegenereerde HTML, zonder crawler "
                        "(snel, maar NIET het officiele cijfer)")
    p.add_argument("--archive", type=Path, default=None, metavar="DIR",
                   help="bewaar de crawl van elke website als DIR/<domein>.warc.gz")
    p.add_argument("--from-archive", type=Path, default=None, metavar="DIR",
                   help="crawl niet: lees de websites uit eerder bewaarde archieven (--archive) en beoordeel opnieuw")
    p.add_argument("--baseline", action="store_true",
                   help="scoor de naieve trefwoordbaseline (een woord per criterium) in plaats van de controles")
    p.add_argument("--show-disagreements", action="store_true",
                   help="toon elke afwijking van het label met reden en bewijs")
    p.add_argument("--reveal-set-aside", action="store_true",
                   help="toon ook de afwijkingen en uitkomsten per website van het apart gezette deel "
                        "(standaard alleen de cijfers; gebruik dit pas aan het eind van een ronde, anders "
                        "meet het apart gezette deel niet meer hoe de controles generaliseren)")
    p.add_argument("--split", choices=("alle", SPLIT_TUNE, SPLIT_HELDOUT), default="alle",
                   help=f"welke websites: alle (standaard; cijfers per deel), alleen het afstemdeel "
                        f"({SPLIT_TUNE}) of alleen het apart gezette derde deel ({SPLIT_HELDOUT}); "
                        f"de verdeling is vast: een derde van de domeinen op hash van domein en '{SPLIT_SEED}'")
    p.add_argument("--pad", type=non_negative_int, default=0, metavar="N",
                   help="meet ook met N extra pagina's per website die aan geen criterium voldoen "
                        "(uit andere domeinen), zoals op echte, grote websites; beide tabellen worden getoond")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from keurmerk_scan.corpus_sites import CorpusError, load_corpus
    from keurmerk_scan.evaluate import format_disagreements, format_summary, format_table, run_evaluation

    norms = resolve_norms(args.keurmerk_year)
    if norms is None:
        return 2
    criteria = [c.id for c in norms.website_criteria()]
    try:
        records = load_corpus(args.corpus, criteria)
    except CorpusError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    if args.out.exists() and args.out.is_dir():
        print(f"Fout: {args.out} is een map; geef een bestandsnaam voor --out.", file=sys.stderr)
        return 2
    if args.from_archive is not None and not args.from_archive.is_dir():
        print(f"Fout: archiefmap {args.from_archive} bestaat niet.", file=sys.stderr)
        return 2
    if args.from_archive is not None and args.pad:
        print("Fout: --from-archive gaat niet samen met --pad (de opvulpagina's staan niet in de archieven).",
              file=sys.stderr)
        return 2
    if not args.no_crawl:
        try:
            import crawler.run  # noqa: F401
        except ImportError as exc:
            print(f"Fout: de crawler is niet beschikbaar ({exc}). Gebruik --no-crawl voor de ontwikkelmodus.",
                  file=sys.stderr)
            return 2

    as_of = args.as_of or date(norms.keurmerk_year, 12, 31)
    only = None if args.split == "alle" else args.split
    runs = [("", 0)] + ([(f"met {args.pad} opvulpagina's per website", args.pad)] if args.pad else [])
    scorer = "baseline (kale trefwoorden)" if args.baseline else "controles"
    mode = "zonder crawler (ontwikkelmodus, geen officieel cijfer)" if args.no_crawl else "via de crawler"
    if args.from_archive is not None:
        mode = f"uit de archieven in {args.from_archive} (crawler-extractie, zonder netwerk)"
    results = {}
    for label, padding in runs:
        try:
            evaluation = run_evaluation(
                records, norms, as_of,
                crawl=not args.no_crawl,
                scorer="baseline" if args.baseline else "detectors",
                corpus_path=args.corpus,
                padding=padding,
                only_split=only,
                archive_dir=None if padding else args.archive,
                from_archive=None if padding else args.from_archive,
            )
        except ValueError as exc:  # crawler.replay.ArchiveError: a missing or unreadable archive
            if args.from_archive is None:
                raise
            print(f"Fout: {exc}", file=sys.stderr)
            return 2
        data = evaluation.to_json(reveal_set_aside=args.reveal_set_aside)
        results["padded" if padding else "plain"] = data
        what = f", {label}" if label else ""
        print(f"Evaluatie {scorer}, {mode}{what}: {data['records']} pagina's, {data['sites']} websites, "
              f"Keurmerk {norms.keurmerk_year}, peildatum {as_of.isoformat()}")
        if args.show_disagreements and data["disagreements"]:
            print(f"\nAfwijkingen ({len(data['disagreements'])}):")
            print(format_disagreements(data["disagreements"]))
            print()
        if args.show_disagreements and data["set_aside_hidden"]:
            print(f"({data['set_aside_hidden']} afwijkingen in het apart gezette deel niet getoond; "
                  f"alleen de cijfers. Toon ze met --reveal-set-aside, pas aan het eind van een ronde.)\n")
        for split, table in data["metrics_by_split"].items():
            if only is None or split == only:
                sites = sum(1 for s in data["per_site"] if s["split"] == split)
                print(f"\n{SPLIT_NAMES[split]}, {sites} websites:")
                print(format_table(table))
        halves = data.get("metrics_by_set_aside_half", {})
        if halves and (only is None or only == SPLIT_HELDOUT):
            print("\napart gezet deel per helft (de geopende helft is sinds ronde 30 bestudeerd, de dichte niet):")
            for half, table in halves.items():
                sites = sum(1 for s in data["per_site"] if s["split"] == SPLIT_HELDOUT and set_aside_half(s["site"]) == half)
                print(f"  {HALF_NAMES[half]}, {sites} websites: {format_summary(table)}")
        if only is None:
            print("\nalle websites:")
            print(format_table(data["metrics"]))
        t = data["timings_seconds"]
        step = f"crawl {t['crawl']:.1f} s" if "crawl" in t else f"snapshots {t.get('snapshots', 0):.1f} s"
        print(f"Tijd: {step}, beoordelen {t['judge']:.1f} s, totaal {t['total']:.1f} s.\n")
        missing = [s for s in data["per_site"] if s["record_pages_missing"]]
        if missing:
            print(f"Let op: bij {len(missing)} website(s) vond de crawler niet alle gelabelde pagina's "
                  f"(zie per_site.record_pages_missing).")
    out = results["plain"] if len(results) == 1 else results["plain"] | {"padded": results["padded"]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"Cijfers in {args.out}")
    return 0
