"""Commands of the Keurmerk service (Django database of Keurmerkdragers, re-scans, history).

    providers import FILE.csv | providers list
    rescan --all | --provider NAAM  [--wait | --here]
    history AANBIEDER [--format tekst|json]
    regressions [--since JJJJ-MM-DD] [--format csv|json] [--out FILE]
    import-scan DIR
    reviews import REVIEW.yaml | reviews export AANBIEDER --out REVIEW.yaml
    batches [ID]
    worker [--workers N] [--no-scheduler]
    service DJANGO-COMMAND ...   (migrate, createsuperuser, runserver, ...)

Django is imported only when one of these commands runs; the scan pipeline never imports it.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from pathlib import Path

from keurmerk_scan.commands.scan import iso_date, positive_int

EXIT_INPUT = 2


def _django():
    from service.setup import setup_django

    setup_django()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("providers", help="de lijst van Keurmerkdragers in de service",
                       description="Beheer de lijst van Keurmerkdragers (aanbieders en hun websites).")
    psub = p.add_subparsers(dest="providers_command", metavar="ACTIE")
    psub.required = True
    pi = psub.add_parser("import", help="importeer een CSV-bestand met aanbieders",
                         description="Kolommen: naam;websites;keurmerk_sinds;keurmerk_tot;contactpersoon;email;"
                         "telefoon. Bij een fout wordt niets geïmporteerd en wordt elke foute regel genoemd.")
    pi.add_argument("file", type=Path, metavar="FILE.csv")
    pi.set_defaults(func=run_providers_import)
    pl = psub.add_parser("list", help="toon de aanbieders")
    pl.set_defaults(func=run_providers_list)

    p = sub.add_parser("rescan", help="scan de websites van Keurmerkdragers opnieuw (een batch)",
                       description="Maak een batch en zet die in de wachtrij voor de workers "
                       "(keurmerk-scan worker), of werk hem hier af met --here.")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="alle huidige Keurmerkdragers")
    who.add_argument("--provider", metavar="NAAM", help="één aanbieder (naam zoals in de lijst)")
    p.add_argument("--keurmerk-year", type=int, default=None, help="Keurmerkjaar (standaard uit de instellingen)")
    p.add_argument("--as-of", type=iso_date, default=None, help="peildatum JJJJ-MM-DD (standaard de dag van de scan)")
    p.add_argument("--max-pages", type=positive_int, default=None, help="maximum aantal pagina's per website")
    p.add_argument("--render", choices=("auto", "never", "always"), default=None,
                   help="pagina's met JavaScript renderen met Chromium (standaard auto)")
    p.add_argument("--local-test-sites", action="store_true",
                   help="geen wachttijd tussen verzoeken: alleen voor lokale testsites, nooit voor echte websites")
    run = p.add_mutually_exclusive_group()
    run.add_argument("--here", action="store_true", help="werk de batch in dit proces af (zonder worker)")
    run.add_argument("--wait", action="store_true", help="wacht tot de workers de batch hebben afgewerkt")
    p.set_defaults(func=run_rescan)

    p = sub.add_parser("history", help="per criterium het oordeel over de tijd van één aanbieder")
    p.add_argument("provider", metavar="AANBIEDER")
    p.add_argument("--format", choices=("tekst", "json"), default="tekst")
    p.set_defaults(func=run_history)

    p = sub.add_parser("regressions", help="elke aanbieder en elk criterium dat achteruit is gegaan",
                       description="Een lager oordeel dan bij de vorige scan waarin de website gelezen kon worden. "
                       "Een scan waarin de website niet gelezen kon worden telt nooit als achteruitgang.")
    p.add_argument("--since", type=iso_date, default=None, help="alleen scans vanaf deze datum (JJJJ-MM-DD)")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="bestand (standaard: scherm)")
    p.set_defaults(func=run_regressions)

    p = sub.add_parser("import-scan", help="neem een scanmap van 'keurmerk-scan scan' op in de service")
    p.add_argument("folder", type=Path, metavar="DIR")
    p.set_defaults(func=run_import_scan)

    p = sub.add_parser("reviews", help="reviewbestanden (YAML) importeren en exporteren")
    rsub = p.add_subparsers(dest="reviews_command", metavar="ACTIE")
    rsub.required = True
    ri = rsub.add_parser("import", help="importeer een ingevuld reviewbestand")
    ri.add_argument("file", type=Path, metavar="REVIEW.yaml")
    ri.set_defaults(func=run_reviews_import)
    re_ = rsub.add_parser("export", help="exporteer het reviewbestand van een aanbieder")
    re_.add_argument("provider", metavar="AANBIEDER")
    re_.add_argument("--keurmerk-year", type=int, default=None)
    re_.add_argument("--round", type=int, choices=(1, 2), default=1)
    re_.add_argument("--out", type=Path, required=True, metavar="REVIEW.yaml")
    re_.set_defaults(func=run_reviews_export)

    p = sub.add_parser("batches", help="toon de batches en de voortgang")
    p.add_argument("batch_id", nargs="?", type=int, metavar="ID")
    p.set_defaults(func=run_batches)

    p = sub.add_parser("worker", help="start een worker van de wachtrij (met de planner voor periodieke scans)")
    p.add_argument("--workers", type=positive_int, default=1, help="aantal worker-threads (standaard 1)")
    p.add_argument("--no-scheduler", action="store_true",
                   help="geen periodieke taken (voor extra workers naast de worker met de planner)")
    p.set_defaults(func=run_worker)

    p = sub.add_parser("service", help="Django-beheeropdrachten (migrate, createsuperuser, runserver, ...)")
    p.add_argument("django_args", nargs=argparse.REMAINDER, metavar="OPDRACHT")
    p.set_defaults(func=run_django)


def _error(lines: list[str], heading: str) -> int:
    print(f"Fout: {heading}", file=sys.stderr)
    for line in lines:
        print(f"- {line}", file=sys.stderr)
    return EXIT_INPUT


def _provider(name: str):
    from service.providers.models import Provider

    provider = Provider.objects.filter(name__iexact=name.strip()).first()
    if provider is None:
        similar = list(Provider.objects.filter(name__icontains=name.strip()).values_list("name", flat=True)[:5])
        hint = f" Bedoelt u: {', '.join(similar)}?" if similar else ""
        print(f"Fout: aanbieder '{name}' staat niet in de lijst.{hint}", file=sys.stderr)
    return provider


def run_providers_import(args) -> int:
    _django()
    from service.providers.csv_import import ImportRejected, import_providers

    try:
        result = import_providers(args.file)
    except ImportRejected as exc:
        return _error(exc.problems, f"{args.file} is niet geïmporteerd (er is niets opgeslagen):")
    print(f"{len(result.created)} aanbieders toegevoegd, {len(result.updated)} bijgewerkt.")
    return 0


def run_providers_list(args) -> int:
    _django()
    from service.providers.models import Provider

    current = set(Provider.objects.current().values_list("pk", flat=True))
    for p in Provider.objects.prefetch_related("websites"):
        sites = " ".join(w.url for w in p.websites.all() if w.active)
        print(f"{p.name}\t{'Keurmerkdrager' if p.pk in current else 'geen Keurmerkdrager'}\t{sites}")
    return 0


def run_rescan(args) -> int:
    _django()
    from django.conf import settings

    from service.scans import batches

    provider = None
    if args.provider:
        provider = _provider(args.provider)
        if provider is None:
            return EXIT_INPUT
    websites = list(batches.current_websites(provider))
    if not websites:
        print("Fout: er zijn geen websites om te scannen (geen huidige Keurmerkdragers met een actieve website).",
              file=sys.stderr)
        return EXIT_INPUT
    options = dict(getattr(settings, "KEURMERK_CRAWL_OPTIONS", {}))
    if args.max_pages:
        options["max_pages"] = args.max_pages
    if args.render:
        options["render"] = args.render
    if args.local_test_sites:
        options.update(autothrottle=False, download_delay=0.0)
    year = args.keurmerk_year or settings.KEURMERK_DEFAULT_YEAR
    from norms import available_years

    if year not in available_years():
        print(f"Fout: geen normen voor Keurmerkjaar {year}.", file=sys.stderr)
        return EXIT_INPUT
    batch = batches.create_batch(websites, kind="aanbieder" if provider else "handmatig", keurmerk_year=year,
                                 as_of=args.as_of, crawl_options=options)
    print(f"Batch {batch.pk}: {len(websites)} website(s).")
    if args.here:
        batches.work_batch(batch.pk)
    else:
        from service.scans.tasks import enqueue_batch

        enqueue_batch(batch.pk, min(len(websites), settings.KEURMERK_TASKS_PER_BATCH))
        if not args.wait:
            print("In de wachtrij gezet; een worker (keurmerk-scan worker) werkt de batch af. "
                  f"Voortgang: keurmerk-scan batches {batch.pk}")
            return 0
        print("Wachten tot de workers de batch hebben afgewerkt (draait er geen, start er een met "
              "keurmerk-scan worker) ...", file=sys.stderr)
        while batches.batch_open(batch.pk):
            time.sleep(1.0)
        batches.close_if_done(batch.pk)
    return run_batches(argparse.Namespace(batch_id=batch.pk))


def run_batches(args) -> int:
    _django()
    from django.db.models import Count

    from service.scans.models import Batch, BatchItem

    if args.batch_id is None:
        for b in Batch.objects.annotate(n=Count("items"))[:20]:
            done = b.items.filter(state=BatchItem.DONE).count()
            print(f"batch {b.pk}\t{b.kind}\t{b.status}\t{b.created_at:%Y-%m-%d %H:%M}\t{done}/{b.n} klaar")
        return 0
    batch = Batch.objects.filter(pk=args.batch_id).first()
    if batch is None:
        print(f"Fout: batch {args.batch_id} bestaat niet.", file=sys.stderr)
        return EXIT_INPUT
    items = list(batch.items.select_related("website", "scan"))
    done = sum(1 for i in items if i.state == BatchItem.DONE)
    print(f"Batch {batch.pk} ({batch.status}): {done} van {len(items)} websites klaar.")
    for item in items:
        line = f"- {item.website.url}: {item.state}"
        if item.scan:
            line += f", crawl {item.scan.crawl_status}, {item.scan.pages_fetched} pagina's"
        if item.last_error:
            line += f" ({item.last_error})"
        print(line)
    return 0


def run_history(args) -> int:
    _django()
    from service.scans.history import LABELS, provider_history

    provider = _provider(args.provider)
    if provider is None:
        return EXIT_INPUT
    rows = provider_history(provider)
    if args.format == "json":
        print(json.dumps({"provider": provider.name, "scans": [r.__dict__ for r in rows]}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"{provider.name}: nog geen scans.")
        return 0
    print(f"{provider.name}: oordeel per criterium per scan (* = besluit reviewer overgenomen, "
          "! = opnieuw beoordelen)")
    criteria = list(rows[-1].verdicts)
    marks = {"overgenomen": "*", "opnieuw_beoordelen": "!"}
    url = None
    for row in rows:
        if row.url != url:
            url = row.url
            print(f"\n{url}")
            print(f"  {'gescand':<17} {'crawl':<8} " + " ".join(f"{c:<7}" for c in criteria))
        cells = " ".join(f"{LABELS.get(row.verdicts.get(c, ''), '-') + marks.get(row.decisions.get(c, ''), ''):<7}"
                         for c in criteria)
        print(f"  {row.scanned_at[:16].replace('T', ' '):<17} {row.crawl_status:<8} {cells}")
    return 0


def run_regressions(args) -> int:
    _django()
    from service.scans.history import Regression, regressions

    found = [r.as_dict() for r in regressions(args.since)]
    if args.format == "json":
        text = json.dumps({"since": args.since.isoformat() if args.since else None, "regressions": found},
                          ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(Regression.__dataclass_fields__), lineterminator="\n")
        writer.writeheader()
        writer.writerows(found)
        text = buffer.getvalue()
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(found)} achteruitgang(en) geschreven naar {args.out}.")
    else:
        sys.stdout.write(text)
    return 0


def run_import_scan(args) -> int:
    _django()
    from service.scans.importing import import_scan_folder

    result = import_scan_folder(args.folder)
    if result.problems:
        return _error(result.problems, f"{args.folder} is niet geïmporteerd (er is niets opgeslagen):")
    print(f"{len(result.stored)} scan(s) opgeslagen, {len(result.skipped)} stonden er al in.")
    return 0


def run_reviews_import(args) -> int:
    _django()
    from service.reviews.review_files import ReviewFileError, import_review

    try:
        review = import_review(args.file)
    except ReviewFileError as exc:
        return _error(exc.problems, f"{args.file} is niet geïmporteerd:")
    print(f"Reviewbestand van {review.provider.name} (Keurmerk {review.keurmerk_year}, ronde {review.round}) opgeslagen.")
    return 0


def run_reviews_export(args) -> int:
    _django()
    from service.reviews.models import Review
    from service.reviews.review_files import export_review

    provider = _provider(args.provider)
    if provider is None:
        return EXIT_INPUT
    reviews = Review.objects.filter(provider=provider, round=args.round)
    if args.keurmerk_year:
        reviews = reviews.filter(keurmerk_year=args.keurmerk_year)
    review = reviews.order_by("-keurmerk_year").first()
    if review is None:
        print(f"Fout: geen reviewbestand van {provider.name} voor ronde {args.round}.", file=sys.stderr)
        return EXIT_INPUT
    args.out.write_text(export_review(review), encoding="utf-8")
    print(f"Reviewbestand geschreven naar {args.out}.")
    return 0


def run_worker(args) -> int:
    _django()
    from django.core.management import call_command

    call_command("run_huey", workers=args.workers, periodic=not args.no_scheduler)
    return 0


def run_django(args) -> int:
    _django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["keurmerk-scan service", *args.django_args])
    return 0
