"""Builders for the assessment tests: scan reports and review files made by hand."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import yaml

from models.finding import Evidence, Finding
from models.norms import NormSet
from models.report import SiteReport
from models.snapshot import CrawlSummary
from norms import load_norms

FIXTURES = Path(__file__).parent / "fixtures"
SITE = "praktijkdelinde.nl"
PROVIDER = "Praktijk De Linde"


def make_report(norms: NormSet | None = None, statuses: dict[str, str] | None = None,
                site: str = SITE, crawl_status: str = "ok") -> SiteReport:
    norms = norms or load_norms(2025)
    statuses = statuses or {}
    findings = []
    for c in norms.website_criteria():
        status = statuses.get(c.id, "voldoet")
        findings.append(Finding(
            criterion=c.id,
            status=status,
            confidence=0.9,
            reason=f"Bevinding websitecheck voor {c.id}: {status}.",
            action="" if status == "voldoet" else f"Pas de website aan voor {c.id}.",
            evidence=[Evidence(url=f"https://www.{site}/pagina-{c.id}", quote=f"Tekst over {c.title.lower()}.")]
            if status != "voldoet_niet" else [],
            needs_review=False,
        ))
    return SiteReport(
        url=f"https://www.{site}/",
        site=site,
        keurmerk_year=norms.keurmerk_year,
        as_of=date(norms.keurmerk_year, 2, 1),
        norm_version=norms.id,
        scanned_at=datetime(norms.keurmerk_year, 2, 1, 9, 30, tzinfo=timezone.utc),
        crawl=CrawlSummary(status=crawl_status, pages_fetched=12, documents=1),
        findings=findings,
    )


def write_report(path: Path, report: SiteReport) -> Path:
    path.write_text(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def review_data(norms: NormSet | None = None, status: str = "voldoet", **changes) -> dict:
    norms = norms or load_norms(2025)
    data = {
        "provider": PROVIDER,
        "keurmerk_year": norms.keurmerk_year,
        "round": 1,
        "criteria": {
            c.id: {"status": status, "toelichting": f"Zelfevaluatie beschrijft {c.id} concreet.", "actie": ""}
            for c in norms.reviewer_criteria()
        },
    }
    data.update(changes)
    return data


def write_review(path: Path, data: dict | str) -> Path:
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path
