"""Reviewer decisions: record an override, and carry it over to later scans while the evidence holds."""
from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Q

from service.reviews.models import Decision
from service.scans.models import Finding, Scan


def current_decision(scan: Scan, criterion: str) -> Decision | None:
    """The latest decision on this criterion for the scan's provider (and website, if it names one)."""
    qs = Decision.objects.filter(provider=scan.provider_id, criterion=criterion)
    if scan.website_id:
        qs = qs.filter(Q(website=scan.website_id) | Q(website__isnull=True))
    return qs.order_by("-created_at", "-id").first()


def apply_decisions(scan: Scan) -> None:
    """Attach the current decisions to the scan's findings.

    Same evidence as when decided: the decision is carried over ("overgenomen"). Other evidence:
    "opnieuw beoordelen" (the automatic verdict counts until the reviewer decides again). A site
    that could not be read: "niet gelezen" (the decision waits for the next readable scan).
    A decision recorded before any scan (empty fingerprint) is bound to the first finding it meets.
    """
    for finding in scan.findings.all():
        decision = current_decision(scan, finding.criterion)
        if decision is None:
            continue
        if finding.status == "niet_beoordeeld":
            state = Finding.NOT_READ
        else:
            if not decision.evidence_fingerprint:
                decision.evidence_fingerprint = finding.evidence_fingerprint
                decision.save(update_fields=["evidence_fingerprint"])
            same = decision.evidence_fingerprint == finding.evidence_fingerprint
            state = Finding.CARRIED if same else Finding.RECHECK
        finding.decision, finding.review_state = decision, state
        finding.save(update_fields=["decision", "review_state"])


@transaction.atomic
def record_decision(finding: Finding, *, status: str, toelichting: str, reviewer: str,
                    datum: date | None = None, actie: str = "") -> Decision:
    """A reviewer decides on a finding: the decision rests on this finding's evidence."""
    scan = finding.scan
    decision = Decision.objects.create(
        provider=scan.provider, website=scan.website, criterion=finding.criterion, status=status,
        toelichting=toelichting, actie=actie, reviewer=reviewer, datum=datum or date.today(),
        evidence_fingerprint=finding.evidence_fingerprint,
    )
    finding.decision, finding.review_state = decision, Finding.CARRIED
    finding.save(update_fields=["decision", "review_state"])
    return decision
