"""HTML rendering of a site's scan report. Renders only what the checks returned."""
from __future__ import annotations

from models.report import SiteReport
from norms import load_norms
from reports.templating import environment


def render_site_report(report: SiteReport) -> str:
    norms = load_norms(report.keurmerk_year)
    titles = {c.id: c.title for c in norms.criteria}
    website = norms.website_criteria()
    norm_ids = list(dict.fromkeys(c.norm for c in website))
    scope = (f"Norm {', '.join(norm_ids)}, criteria {website[0].id} – {website[-1].id} (website)"
             if website else "websitecriteria")
    # reports written before framework_notice existed: the framework the norm data applies now
    notice = report.framework_notice or norms.framework_notice
    fallback = (report.framework_year or norms.applied_framework_year) != report.keurmerk_year
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.status] = counts.get(f.status, 0) + 1
    return environment().get_template("site_report.html").render(
        report=report, norms=norms, titles=titles, counts=counts, labels=norms.status_labels,
        scope=scope, notice=notice, fallback=fallback,
    )
