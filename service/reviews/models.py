"""Reviewer work: review files (reviewer criteria per round) and decisions that override findings."""
from __future__ import annotations

from django.db import models

from service.providers.models import Provider, Website


class Review(models.Model):
    """One review file (YAML) of a provider, Keurmerk year and round, stored field by field."""

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="reviews")
    keurmerk_year = models.IntegerField()
    round = models.IntegerField(default=1)
    website = models.CharField(max_length=255, blank=True)
    reviewer = models.CharField(max_length=200, blank=True)
    previous_assessment = models.CharField(max_length=500, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["provider", "keurmerk_year", "round"],
                                               name="one_review_per_round")]


class ReviewerVerdict(models.Model):
    """The reviewer's verdict on one reviewer-judged criterion (norm 1, 2a, 2b-1..5, 3)."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="verdicts")
    criterion = models.CharField(max_length=10)
    status = models.CharField(max_length=20, default="todo")
    toelichting = models.TextField(blank=True)
    actie = models.TextField(blank=True)

    class Meta:
        ordering = ["review", "id"]
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="one_verdict_per_criterion")]


class Decision(models.Model):
    """A reviewer's override of the automatic verdict on a website criterion.

    It stays in force on later scans while the finding's evidence is unchanged (same
    ``evidence_fingerprint``); otherwise the later finding is marked "opnieuw beoordelen".
    The latest decision per provider, website and criterion is the one that counts; older ones stay.
    """

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="decisions")
    website = models.ForeignKey(Website, null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions")
    review = models.ForeignKey(Review, null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions")
    criterion = models.CharField(max_length=10)
    status = models.CharField(max_length=20)
    toelichting = models.TextField()
    actie = models.TextField(blank=True)
    reviewer = models.CharField(max_length=200)
    datum = models.DateField()
    evidence_fingerprint = models.CharField(max_length=64, blank=True,
                                            help_text="bewijs waarop het besluit is genomen; leeg = nog geen scan")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["provider", "criterion", "-created_at", "-id"]
        verbose_name = "besluit van de reviewer"
        verbose_name_plural = "besluiten van de reviewer"
