"""The Keurmerkrapportage: the assessment as JSON, HTML and PDF (Jinja2 autoescaped, WeasyPrint).

Renders only what the assessment holds. ``write_assessment`` renders all three outputs in memory
first and only then moves them into place, so a failure never leaves a half-written set.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from models.assessment import Assessment
from reports.templating import environment

TEMPLATES = Path(__file__).parent / "templates"

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

    return HTML(string=html, base_url=str(TEMPLATES), url_fetcher=_local_fetcher()).write_pdf()


def _local_fetcher():
    """Local files only (screenshots): WeasyPrint >= 67 takes a ``URLFetcher``, older a function."""
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:
        return _local_only_fetcher
    return URLFetcher(allowed_protocols={"file", "data"})


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
