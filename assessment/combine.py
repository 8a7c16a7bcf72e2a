"""Combine website findings and the reviewer's verdicts into the overall assessment.

Pure: the inputs are models, the output is an ``Assessment``. Rules (Keurmerk, seeds/000):
a norm is groen when all its criteria voldoen, oranje when one does not, onvolledig while any is
still ``todo`` or ``niet_beoordeeld``; the provider qualifies only when every norm is groen.
"""
from __future__ import annotations

from datetime import datetime, timezone

from pipeline.version import TOOL_VERSION as __version__
from models.assessment import (
    Assessment,
    AutomaticVerdict,
    CriterionResult,
    NormResult,
    NormStatus,
    PreviousRound,
    ReviewerDecision,
    ScanInfo,
)
from models.finding import Finding
from models.norms import Criterion, NormSet
from models.report import SiteReport
from models.review import MET_STATUSES, Review

OPEN_STATUSES = ("todo", "niet_beoordeeld")
MISSING_FINDING = "Het scanrapport bevat geen oordeel over dit criterium; laat het handmatig beoordelen."


def norm_status(statuses: list[str]) -> NormStatus:
    if any(s in OPEN_STATUSES for s in statuses):
        return "onvolledig"
    if all(s in MET_STATUSES for s in statuses):
        return "groen"
    return "oranje"


def _website_result(criterion: Criterion, finding: Finding | None, review: Review, labels: dict[str, str]) -> CriterionResult:
    base = dict(criterion=criterion.id, title=criterion.title, wording=criterion.wording, pdca=criterion.pdca)
    if finding is None:
        automatic = AutomaticVerdict(status="niet_beoordeeld", reason=MISSING_FINDING, needs_review=True)
    else:
        automatic = AutomaticVerdict(
            status=finding.status,
            reason=finding.reason,
            action=finding.action,
            confidence=finding.confidence,
            needs_review=finding.needs_review,
            evidence=finding.evidence,
        )
    override = review.overrides.get(criterion.id)
    if override is None:
        return CriterionResult(
            **base,
            status=automatic.status,
            status_label=labels.get(automatic.status, automatic.status),
            source="website",
            toelichting=automatic.reason,
            actie=automatic.action,
            evidence=automatic.evidence,
            needs_review=automatic.needs_review,
            automatic=automatic,
        )
    decision = ReviewerDecision(
        status=override.status,
        toelichting=override.toelichting,
        actie=override.actie,
        reviewer=override.reviewer,
        datum=override.datum,
    )
    # A reviewer who keeps a failing verdict without writing an action keeps the check's action.
    actie = override.actie or ("" if override.status == "voldoet" else automatic.action)
    return CriterionResult(
        **base,
        status=override.status,
        status_label=labels.get(override.status, override.status),
        source="override",
        toelichting=override.toelichting,
        actie=actie,
        evidence=automatic.evidence,
        needs_review=False,
        automatic=automatic,
        override=decision,
    )


def _reviewer_result(criterion: Criterion, review: Review, labels: dict[str, str]) -> CriterionResult:
    verdict = review.criteria.get(criterion.id)
    status = verdict.status if verdict else "todo"
    toelichting = verdict.toelichting if verdict else "Dit criterium staat niet in het reviewbestand."
    return CriterionResult(
        criterion=criterion.id,
        title=criterion.title,
        wording=criterion.wording,
        pdca=criterion.pdca,
        status=status,
        status_label=labels.get(status, status),
        source="reviewer",
        toelichting=toelichting,
        actie=verdict.actie if verdict else "",
    )


def _outcome(qualified: bool, complete: bool, open_count: int, round_: int, title: str) -> str:
    if qualified:
        return f"Gekwalificeerd: alle normen zijn groen. De aanbieder komt in aanmerking voor het {title}."
    if not complete:
        noun = "criterium is" if open_count == 1 else "criteria zijn"
        return f"Beoordeling nog niet compleet: {open_count} {noun} nog niet beoordeeld."
    if round_ == 1:
        return (
            "Nog niet gekwalificeerd: niet alle normen zijn groen. De aanbieder kan éénmalig een aangepaste "
            "zelfevaluatie indienen (herkwalificatie)."
        )
    return f"Niet gekwalificeerd na herkwalificatie: niet alle normen zijn groen. Het {title} wordt niet toegekend."


def _warnings(results: list[CriterionResult], review: Review) -> list[str]:
    notes: list[str] = []
    for r in results:
        if r.status in ("voldoet_bijna", "voldoet_niet"):
            if not r.toelichting:
                notes.append(f"Criterium {r.criterion}: de toelichting (waarom) ontbreekt.")
            if not r.actie:
                notes.append(f"Criterium {r.criterion}: de actie (wat de aanbieder moet doen) ontbreekt.")
    doubtful = [r.criterion for r in results if r.source == "website" and r.needs_review]
    if doubtful:
        noun = "Criterium" if len(doubtful) == 1 else "Criteria"
        notes.append(
            f"{noun} {', '.join(doubtful)}: de websitecheck vraagt om controle door een reviewer "
            "(neem een besluit op onder 'overrides')."
        )
    if review.round == 2 and not review.previous_assessment:
        notes.append("Ronde 2 zonder 'previous_assessment': de uitkomst van ronde 1 staat niet in dit rapport.")
    return notes


def assess(
    report: SiteReport,
    review: Review,
    norms: NormSet,
    previous: Assessment | None = None,
    *,
    previous_path: str = "",
    assessed_at: datetime | None = None,
) -> Assessment:
    """The overall assessment of one provider in one round."""
    labels = norms.status_labels
    findings = {f.criterion: f for f in report.findings}
    prev_norms = {n.norm: n for n in previous.norms} if previous else {}
    prev_criteria = {c.criterion: c for n in previous.norms for c in n.criteria} if previous else {}

    norm_results: list[NormResult] = []
    all_results: list[CriterionResult] = []
    for norm in norms.norms:
        results: list[CriterionResult] = []
        for criterion in (c for c in norms.criteria if c.norm == norm.id):
            if criterion.judged_by == "website":
                result = _website_result(criterion, findings.get(criterion.id), review, labels)
            else:
                result = _reviewer_result(criterion, review, labels)
            if criterion.id in prev_criteria:
                result.previous_status = prev_criteria[criterion.id].status
            results.append(result)
        all_results.extend(results)
        norm_results.append(
            NormResult(
                norm=norm.id,
                status=norm_status([r.status for r in results]),
                criteria=results,
                level=norm.level,
                title=norm.title,
                description=norm.description,
                client_promise=norm.client_promise,
                previous_status=prev_norms[norm.id].status if norm.id in prev_norms else None,
            )
        )

    complete = all(n.status != "onvolledig" for n in norm_results)
    qualified = all(n.status == "groen" for n in norm_results)
    open_count = sum(1 for r in all_results if r.status in OPEN_STATUSES)
    return Assessment(
        tool_version=__version__,
        provider=review.provider,
        keurmerk_year=norms.keurmerk_year,
        norm_version=norms.id,
        framework_year=norms.applied_framework_year,
        framework_notice=norms.framework_notice,
        title=norms.title,
        round=review.round,
        assessed_at=assessed_at or datetime.now(timezone.utc).replace(microsecond=0),
        qualified=qualified,
        complete=complete,
        outcome=_outcome(qualified, complete, open_count, review.round, norms.title),
        scan=ScanInfo(
            url=report.url,
            site=report.site,
            scanned_at=report.scanned_at,
            as_of=report.as_of,
            norm_version=report.norm_version,
            crawl_status=report.crawl.status,
            failure_reason=report.crawl.failure_reason,
            pages_fetched=report.crawl.pages_fetched,
            documents=report.crawl.documents,
        ),
        norms=norm_results,
        previous=(
            PreviousRound(
                round=previous.round,
                assessed_at=previous.assessed_at,
                qualified=previous.qualified,
                complete=previous.complete,
                path=previous_path,
            )
            if previous
            else None
        ),
        warnings=_warnings(all_results, review),
    )
