"""The Keurmerkrapportage: the assessment as JSON, HTML and PDF (Jinja2 autoescaped, WeasyPrint).

Renders only what the assessment holds. ``write_assessment`` renders all three outputs in memory
first and only then moves them into place, so a failure never leaves a half-written set.
"""
from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from models.assessment import Assessment

TEMPLATES = Path(__file__).parent / "templates"

STATUS_CLASS = {
    "voldoet": "ok",
    "voldoet_bijna": "bijna",
    "voldoet_niet": "niet",
    "niet_beoordeeld": "nb",
    "todo": "nb",
}
STATUS_LABEL = {
    "voldoet": "Voldoet",
    "voldoet_bijna": "Voldoet bijna",
    "voldoet_niet": "Voldoet (nog) niet",
    "niet_beoordeeld": "Niet beoordeeld",
    "todo": "Nog te beoordelen",
}
STATUS_ICON = {"voldoet": "✔", "voldoet_bijna": "✘", "voldoet_niet": "✘", "niet_beoordeeld": "?", "todo": "?"}
NORM_LABEL = {"groen": "Groen", "oranje": "Oranje", "onvolledig": "Onvolledig"}
SOURCE_LABEL = {
    "website": "Websitecheck",
    "reviewer": "Reviewer (zelfevaluatie)",
    "override": "Websitecheck, besluit reviewer",
}
PDCA = {"plan": "Plan", "do": "Do", "check": "Check", "act": "Act"}
CRAWL_STATUS = {"ok": "volledig gelezen", "partial": "gedeeltelijk gelezen", "failed": "niet gelezen"}
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def dutch_date(value) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        STATUS_CLASS=STATUS_CLASS, STATUS_LABEL=STATUS_LABEL, STATUS_ICON=STATUS_ICON, NORM_LABEL=NORM_LABEL,
        SOURCE_LABEL=SOURCE_LABEL, PDCA=PDCA, CRAWL_STATUS=CRAWL_STATUS,
    )
    env.filters["datum"] = dutch_date
    return env


def render_assessment_html(assessment: Assessment) -> str:
    css = (TEMPLATES / "assessment.css").read_text(encoding="utf-8")
    return environment().get_template("assessment.html").render(a=assessment, css=css)


def _local_only_fetcher(url: str, *args, **kwargs):
    """WeasyPrint URL fetcher that never touches the network (the report has no external resources)."""
    from weasyprint.urls import default_url_fetcher

    if urlsplit(url).scheme not in ("file", "data"):
        raise ValueError(f"extern adres niet opgehaald: {url}")
    return default_url_fetcher(url, *args, **kwargs)


def render_assessment_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported late: heavy, and only needed for the PDF

    return HTML(string=html, base_url=str(TEMPLATES), url_fetcher=_local_only_fetcher).write_pdf()


def assessment_json(assessment: Assessment) -> str:
    return json.dumps(assessment.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def write_assessment(assessment: Assessment, out_dir: Path) -> dict[str, Path]:
    """Write assessment.json, assessment.html and assessment.pdf into ``out_dir``, all or nothing."""
    html = render_assessment_html(assessment)
    outputs = {
        "json": ("assessment.json", assessment_json(assessment).encode("utf-8")),
        "html": ("assessment.html", html.encode("utf-8")),
        "pdf": ("assessment.pdf", render_assessment_pdf(html)),
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in outputs.values():
            fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            staged.append((tmp, out_dir / name))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return {key: out_dir / name for key, (name, _) in outputs.items()}
