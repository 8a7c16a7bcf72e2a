"""The reviewer's criteria (norm 1, 2a, 2b-1..5, 3) per round, and the assessment built from them.

Stored in the service's ``Review`` / ``ReviewerVerdict`` (the same rows as an imported review file);
the assessment is ``assessment.combine.assess`` on the provider's latest readable scan, with the
reviewer decisions on website criteria as overrides (``review_files.review_model``).
"""
from __future__ import annotations

from django.db import transaction

from assessment.combine import assess
from models.assessment import Assessment
from models.norms import NormSet
from norms import load_norms
from service.providers.models import Provider
from service.reviews.models import Review, ReviewerVerdict
from service.reviews.review_files import review_model
from service.scans.models import Scan
from service.scans.store import report_of


def latest_readable_scan(provider: Provider) -> Scan | None:
    scans = Scan.objects.filter(provider=provider).order_by("-scanned_at", "-id")
    return scans.exclude(crawl_status="failed").first() or scans.first()


def review_for(provider: Provider, year: int, round_: int) -> Review | None:
    return Review.objects.filter(provider=provider, keurmerk_year=year, round=round_).first()


@transaction.atomic
def save_reviewer_criteria(provider: Provider, year: int, round_: int, reviewer: str,
                           verdicts: dict[str, dict[str, str]]) -> Review:
    """Store the reviewer's verdicts of one round (criterion -> status, toelichting, actie)."""
    review, _ = Review.objects.get_or_create(provider=provider, keurmerk_year=year, round=round_,
                                             defaults={"reviewer": reviewer})
    review.reviewer = reviewer
    review.save(update_fields=["reviewer", "updated_at"])
    for cid, values in verdicts.items():
        ReviewerVerdict.objects.update_or_create(review=review, criterion=cid, defaults=values)
    return review


def assessment_of(provider: Provider, year: int, round_: int) -> Assessment | None:
    """The assessment of the round, or None while there is no scan or no review of that round."""
    review = review_for(provider, year, round_)
    scan = latest_readable_scan(provider)
    if review is None or scan is None:
        return None
    norms: NormSet = load_norms(year)
    previous = assessment_of(provider, year, 1) if round_ == 2 else None
    return assess(report_of(scan), review_model(review), norms, previous,
                  previous_path="ronde 1 in de service" if previous else "")
