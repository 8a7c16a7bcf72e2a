"""Review files (YAML) in and out of the database, losslessly: export(import(file)) reads back as
the same review (provider, year, round, website, reviewer, previous assessment, every reviewer
criterion and every override). Validation is the assessment's own, with the same Dutch messages."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from django.db import transaction

from assessment.inputs import check_review_criteria, check_review_header, load_norm_data, read_review_raw
from models.review import CriterionReview, Override
from models.review import Review as ReviewModel
from service.providers.models import Provider
from service.reviews.models import Decision, Review, ReviewerVerdict
from service.scans.models import Finding


class ReviewFileError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def read_review_file(path: Path) -> ReviewModel:
    problems: list[str] = []
    data = read_review_raw(Path(path), problems)
    if data is None:
        raise ReviewFileError(problems)
    label = f"Reviewbestand {path}"
    header = check_review_header(data, label, problems)
    norms = load_norm_data(None, header.get("keurmerk_year"), problems) if "keurmerk_year" in header else None
    if norms is None:
        raise ReviewFileError(problems or [f"{label}: geen normen voor dit Keurmerkjaar."])
    criteria, overrides = check_review_criteria(data, norms, label, problems, header.get("reviewer", ""))
    if problems:
        raise ReviewFileError(problems)
    return ReviewModel(criteria=criteria, overrides=overrides, **header)


def _latest_finding(provider: Provider, criterion: str) -> Finding | None:
    return (Finding.objects.filter(scan__provider=provider, criterion=criterion)
            .select_related("scan").order_by("-scan__scanned_at", "-scan_id").first())


def current_decisions(provider: Provider) -> dict[str, Decision]:
    latest: dict[str, Decision] = {}
    for d in Decision.objects.filter(provider=provider).order_by("created_at", "id"):
        latest[d.criterion] = d
    return latest


@transaction.atomic
def import_review(path: Path) -> Review:
    """Store a review file. Overrides become decisions resting on the provider's latest finding."""
    model = read_review_file(path)
    provider = Provider.objects.filter(name__iexact=model.provider).first()
    if provider is None:
        raise ReviewFileError([f"Aanbieder '{model.provider}' staat niet in de database; importeer eerst de lijst "
                               "van Keurmerkdragers (keurmerk-scan providers import)."])
    review, _ = Review.objects.update_or_create(
        provider=provider, keurmerk_year=model.keurmerk_year, round=model.round,
        defaults={"website": model.website or "", "reviewer": model.reviewer,
                  "previous_assessment": model.previous_assessment or ""})
    review.verdicts.all().delete()
    ReviewerVerdict.objects.bulk_create([
        ReviewerVerdict(review=review, criterion=cid, status=c.status, toelichting=c.toelichting, actie=c.actie)
        for cid, c in model.criteria.items()])
    current = current_decisions(provider)
    for cid, o in model.overrides.items():
        old = current.get(cid)
        if old and (old.status, old.toelichting, old.actie, old.reviewer, old.datum) == (
                o.status, o.toelichting, o.actie, o.reviewer, o.datum):
            continue  # the same decision again: keep the one in force
        finding = _latest_finding(provider, cid)
        decision = Decision.objects.create(
            provider=provider, website=finding.scan.website if finding else None, review=review,
            criterion=cid, status=o.status, toelichting=o.toelichting, actie=o.actie, reviewer=o.reviewer,
            datum=o.datum, evidence_fingerprint=finding.evidence_fingerprint if finding else "")
        if finding:
            finding.decision, finding.review_state = decision, Finding.CARRIED
            finding.save(update_fields=["decision", "review_state"])
    return review


def review_model(review: Review) -> ReviewModel:
    criteria = {v.criterion: CriterionReview(status=v.status, toelichting=v.toelichting, actie=v.actie)
                for v in review.verdicts.all()}
    overrides = {cid: Override(status=d.status, toelichting=d.toelichting, reviewer=d.reviewer, datum=d.datum,
                               actie=d.actie)
                 for cid, d in sorted(current_decisions(review.provider).items())}
    return ReviewModel(provider=review.provider.name, keurmerk_year=review.keurmerk_year, round=review.round,
                       website=review.website or None, reviewer=review.reviewer,
                       previous_assessment=review.previous_assessment or None,
                       criteria=criteria, overrides=overrides)


def export_review(review: Review) -> str:
    """The review file as YAML; reads back (``read_review_file``) as the same review."""
    model = review_model(review)
    data: dict = {"provider": model.provider, "keurmerk_year": model.keurmerk_year, "round": model.round}
    for key in ("website", "reviewer", "previous_assessment"):
        if getattr(model, key):
            data[key] = getattr(model, key)
    data["criteria"] = {cid: {k: v for k, v in c.model_dump().items() if v or k == "status"}
                        for cid, c in model.criteria.items()}
    data["overrides"] = {cid: {k: v for k, v in o.model_dump().items() if v or k != "actie"}
                         for cid, o in model.overrides.items()}
    header = (f"# Reviewbestand van {model.provider}, Keurmerk {model.keurmerk_year}, ronde {model.round};\n"
              f"# geëxporteerd uit de Keurmerk-service op {date.today().isoformat()}.\n")
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
