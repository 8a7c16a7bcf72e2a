"""HTML rendering of a site's scan report (Jinja2, autoescaped). Renders only what the checks returned."""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from models.report import SiteReport
from norms import load_norms

STATUS_CLASS = {
    "voldoet": "ok",
    "voldoet_bijna": "bijna",
    "voldoet_niet": "niet",
    "niet_beoordeeld": "nb",
    "todo": "nb",
}
CRAWL_STATUS = {"ok": "volledig gelezen", "partial": "gedeeltelijk gelezen", "failed": "niet gelezen"}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["STATUS_CLASS"] = STATUS_CLASS
    env.globals["CRAWL_STATUS"] = CRAWL_STATUS
    env.filters["pct"] = lambda x: f"{round(float(x) * 100)}%"
    return env


def render_site_report(report: SiteReport) -> str:
    norms = load_norms(report.keurmerk_year)
    titles = {c.id: c.title for c in norms.criteria}
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.status] = counts.get(f.status, 0) + 1
    return environment().get_template("site_report.html").render(
        report=report, norms=norms, titles=titles, counts=counts, labels=norms.status_labels,
    )
