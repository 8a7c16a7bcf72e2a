"""Compare two scan runs (two ``--out`` folders of ``scan``): per site and criterion what changed.

Sites are matched by their start URL. A lower verdict (voldoet > voldoet bijna > voldoet niet)
is a regression; a criterion that could not be judged in one of the runs is reported as such,
never as a regression or an improvement. Two reports judged against different norm frameworks
(another Keurmerk year, or other norm data) measure against different bars: a changed verdict is
then "ander normenkader", never a regression, and the site says why (``framework_note``).
"""
from __future__ import annotations

import json
from pathlib import Path

from models.comparison import CriterionChange, ScanComparison, SiteComparison
from models.report import SiteReport

RANK = {"voldoet_niet": 0, "voldoet_bijna": 1, "voldoet": 2}


class ScanFolderError(ValueError):
    """A folder that is not a readable scan output (Dutch message)."""


def load_scan(folder: Path) -> dict[str, SiteReport]:
    index_path = Path(folder) / "index.json"
    if not index_path.is_file():
        raise ScanFolderError(f"{folder} is geen scanmap: index.json ontbreekt.")
    try:
        index = json.loads(index_path.read_text(encoding="utf-8"))
        reports = {}
        for entry in index["sites"]:
            data = json.loads((Path(folder) / entry["report"]).read_text(encoding="utf-8"))
            reports[entry["url"]] = SiteReport.model_validate(data)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ScanFolderError(f"{folder}: scanrapport onleesbaar ({exc}).") from exc
    return reports


def framework_label(report: SiteReport) -> str:
    applied = report.applied_framework_year
    own = "" if applied == report.keurmerk_year else f", normenkader {applied}"
    return f"Keurmerk {report.keurmerk_year} ({report.norm_version}{own})"


def framework_note(old: SiteReport, new: SiteReport) -> str:
    """Dutch: why verdicts of two different frameworks are not compared as better or worse; '' when the same."""
    if (old.keurmerk_year, old.norm_version) == (new.keurmerk_year, new.norm_version):
        return ""
    return (f"De scans zijn beoordeeld met verschillende normenkaders: {framework_label(old)} en "
            f"{framework_label(new)}. Een ander oordeel kan komen door andere eisen (bijvoorbeeld het meetjaar "
            "van het CQI-rapportcijfer of andere criteria) en wordt daarom niet als verslechtering of verbetering "
            "geteld.")


def compare_status(old: str | None, new: str | None) -> str:
    if old is None:
        return "nieuw criterium"
    if new is None:
        return "vervallen criterium"
    if new == "niet_beoordeeld" and old != "niet_beoordeeld":
        return "nu niet beoordeeld"
    if old == "niet_beoordeeld" and new != "niet_beoordeeld":
        return "weer beoordeeld"
    if old == new:
        return "gelijk"
    return "verbeterd" if RANK[new] > RANK[old] else "verslechterd"


def _change(old: str | None, new: str | None, other_framework: bool) -> str:
    change = compare_status(old, new)
    return "ander normenkader" if other_framework and change in ("verbeterd", "verslechterd") else change


def compare_reports(url: str, old: SiteReport | None, new: SiteReport | None) -> SiteComparison:
    presence = "beide" if old and new else ("alleen oud" if old else "alleen nieuw")
    site = SiteComparison(url=url, presence=presence,
                          old_crawl_status=old.crawl.status if old else None,
                          new_crawl_status=new.crawl.status if new else None)
    if not (old and new):
        return site
    site.framework_note = framework_note(old, new)
    old_f = {f.criterion: f for f in old.findings}
    new_f = {f.criterion: f for f in new.findings}
    for criterion in list(old_f) + [c for c in new_f if c not in old_f]:
        o, n = old_f.get(criterion), new_f.get(criterion)
        site.changes.append(CriterionChange(
            criterion=criterion,
            old_status=o.status if o else None,
            new_status=n.status if n else None,
            change=_change(o.status if o else None, n.status if n else None, bool(site.framework_note)),  # type: ignore[arg-type]
            new_reason=n.reason if n else "",
        ))
    return site


def compare_scans(old_folder: Path, new_folder: Path) -> ScanComparison:
    old, new = load_scan(old_folder), load_scan(new_folder)
    urls = list(old) + [u for u in new if u not in old]
    return ScanComparison(old_scan=str(old_folder), new_scan=str(new_folder),
                          sites=[compare_reports(u, old.get(u), new.get(u)) for u in urls])
