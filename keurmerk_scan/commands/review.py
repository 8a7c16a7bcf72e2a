"""`keurmerk-scan review-template` and `keurmerk-scan assess`: the reviewer's part of the Keurmerk.

review-template SCAN_REPORT --out review.yaml
    writes a review file pre-filled from a scan report; never overwrites a review file unless
    --force, and then keeps a backup first.
assess SCAN_REPORT --review review.yaml --out DIR
    combines the website findings with the review into DIR/assessment.json, .html and .pdf.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

EXIT_INPUT = 2
EXIT_FAILED = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review-template",
        help="maak een reviewbestand (YAML) op basis van een scanrapport",
        description="Maak een reviewbestand met alle reviewercriteria op 'todo' en de bevindingen van de "
        "websitecheck als commentaar. Een bestaand reviewbestand wordt nooit overschreven, tenzij met --force "
        "(dan wordt eerst een reservekopie gemaakt).",
    )
    p.add_argument("scan_report", type=Path, metavar="SCAN_REPORT",
                   help="report.json van een website (of de map van de scan met één website)")
    p.add_argument("--out", required=True, type=Path, metavar="REVIEW.yaml", help="het te maken reviewbestand")
    p.add_argument("--provider", default="", help="naam van de GGZ-aanbieder")
    p.add_argument("--round", type=int, choices=(1, 2), default=None,
                   help="1 = kwalificatie (standaard), 2 = herkwalificatie")
    p.add_argument("--previous-assessment", type=Path, default=None, metavar="ASSESSMENT.json",
                   help="ronde 2: de beoordeling van ronde 1 (assessment.json)")
    p.add_argument("--norms", type=Path, default=None, metavar="NORMEN.yaml",
                   help="normbestand in plaats van de meegeleverde normen van het Keurmerkjaar")
    p.add_argument("--force", action="store_true",
                   help="overschrijf een bestaand reviewbestand (na een reservekopie)")
    p.set_defaults(func=run_review_template)

    p = sub.add_parser(
        "assess",
        help="maak de Keurmerkrapportage uit scanrapport en reviewbestand",
        description="Combineer de websitecheck met het reviewbestand tot de Keurmerkrapportage: "
        "DIR/assessment.json, DIR/assessment.html en DIR/assessment.pdf.",
    )
    p.add_argument("scan_report", type=Path, metavar="SCAN_REPORT",
                   help="report.json van een website (of de map van de scan met één website)")
    p.add_argument("--review", required=True, type=Path, metavar="REVIEW.yaml", help="het ingevulde reviewbestand")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="map voor de rapportage")
    p.add_argument("--norms", type=Path, default=None, metavar="NORMEN.yaml",
                   help="normbestand in plaats van de meegeleverde normen van het Keurmerkjaar")
    p.set_defaults(func=run_assess)


def _fail(problems: list[str], heading: str) -> int:
    print(f"Fout: {heading}", file=sys.stderr)
    for problem in problems:
        print(f"- {problem}", file=sys.stderr)
    return EXIT_INPUT


def backup_path(path: Path) -> Path:
    """A backup name beside ``path`` that does not exist yet."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.bak-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak-{stamp}-{n}")
        n += 1
    return candidate


def run_review_template(args: argparse.Namespace) -> int:
    from assessment.inputs import load_norm_data, read_previous, read_scan_report, resolve_scan_report
    from assessment.template import render_review_template
    from reports.json_report import atomic_write_text

    problems: list[str] = []
    out: Path = args.out
    if out.exists() and out.is_dir():
        problems.append(f"{out} is een map; geef de naam van het reviewbestand op (bijvoorbeeld {out / 'review.yaml'}).")
    elif out.exists() and not args.force:
        problems.append(
            f"Reviewbestand {out} bestaat al en wordt niet overschreven, zodat er geen ingevulde beoordeling "
            "verloren gaat. Kies een andere naam, of gebruik --force (dan wordt eerst een reservekopie gemaakt)."
        )
    report = read_scan_report(args.scan_report, problems)
    norms = load_norm_data(args.norms, report.keurmerk_year if report else None, problems)
    if report is not None and norms is not None:
        if report.keurmerk_year != norms.keurmerk_year:
            problems.append(
                f"Het scanrapport is voor Keurmerk {report.keurmerk_year}, de normdata ({norms.id}) voor "
                f"Keurmerk {norms.keurmerk_year}."
            )
        elif report.norm_version != norms.id:
            problems.append(
                f"Het scanrapport is beoordeeld met normdata '{report.norm_version}', niet met '{norms.id}'."
            )
    round_ = args.round or (2 if args.previous_assessment else 1)
    previous = None
    previous_rel = ""
    if args.previous_assessment is not None:
        if round_ != 2:
            problems.append("--previous-assessment hoort bij ronde 2 (herkwalificatie); laat --round 1 weg.")
        previous = read_previous(args.previous_assessment, problems)
        if previous is not None and previous.round != 1:
            problems.append(f"{args.previous_assessment} is de beoordeling van ronde {previous.round}, niet van ronde 1.")
        if previous is not None and norms is not None and previous.keurmerk_year != norms.keurmerk_year:
            problems.append(
                f"{args.previous_assessment} is voor Keurmerk {previous.keurmerk_year}, het scanrapport voor "
                f"Keurmerk {norms.keurmerk_year}."
            )
        previous_rel = os.path.relpath(args.previous_assessment.resolve(), out.resolve().parent)
    if problems:
        return _fail(problems, "het reviewbestand is niet gemaakt:")
    assert report is not None and norms is not None

    provider = args.provider or (previous.provider if previous else "")
    text = render_review_template(
        report, norms, provider=provider, round_=round_, previous=previous, previous_path=previous_rel
    )
    if out.exists():
        backup = backup_path(out)
        shutil.copy2(out, backup)
        print(f"Reservekopie van het bestaande reviewbestand: {backup}")
    atomic_write_text(out, text)
    n = len(norms.reviewer_criteria())
    print(f"Reviewbestand geschreven: {out}")
    print(f"- {n} reviewercriteria staan op 'todo'; de uitkomst van de websitecheck ({resolve_scan_report(args.scan_report)}) "
          "staat als commentaar bij de websitecriteria.")
    if not provider:
        print("- Vul bovenaan de naam van de aanbieder in (provider).")
    return 0


def run_assess(args: argparse.Namespace) -> int:
    from assessment.combine import assess
    from assessment.inputs import InputError, load_inputs
    from reports.assessment_report import write_assessment

    out: Path = args.out
    if out.exists() and not out.is_dir():
        return _fail([f"{out} bestaat al en is geen map."], "de rapportage is niet gemaakt:")
    try:
        inputs = load_inputs(args.scan_report, args.review, args.norms)
    except InputError as exc:
        return _fail(exc.problems, "de rapportage is niet gemaakt:")
    if inputs.previous_path is not None and (out / "assessment.json").resolve() == inputs.previous_path.resolve():
        return _fail(
            [f"De map {out} bevat de beoordeling van ronde 1 ({inputs.previous_path}); kies een andere map voor "
             "ronde 2, zodat de uitkomst van ronde 1 bewaard blijft."],
            "de rapportage is niet gemaakt:",
        )
    assessment = assess(
        inputs.report, inputs.review, inputs.norms, inputs.previous,
        previous_path=str(inputs.previous_path) if inputs.previous_path else "",
    )
    try:
        paths = write_assessment(assessment, out)
    except Exception as exc:  # rendering failed: nothing has been written
        print(f"Fout: de rapportage kon niet worden gemaakt ({exc.__class__.__name__}: {exc}). "
              "Er is niets weggeschreven.", file=sys.stderr)
        return EXIT_FAILED
    print(assessment.outcome)
    for norm in assessment.norms:
        met = sum(1 for c in norm.criteria if c.status in ("voldoet", "excelleert"))
        print(f"- Norm {norm.norm}: {norm.status} ({met} van {len(norm.criteria)} criteria voldaan)")
    for warning in assessment.warnings:
        print(f"  Let op: {warning}")
    print(f"Rapportage: {paths['html']}, {paths['pdf']} en {paths['json']}")
    return 0
