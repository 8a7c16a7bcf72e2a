"""Scans of provider websites, their findings, and batches of re-scans with per-site task state."""
from __future__ import annotations

from django.db import models

from service.providers.models import Provider, Website


class Batch(models.Model):
    """One re-scan of a set of websites, worked through by one or more queue workers."""

    OPEN, DONE = "open", "klaar"
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    kind = models.CharField(max_length=20, default="handmatig")  # handmatig | gepland | aanbieder
    status = models.CharField(max_length=10, default=OPEN, choices=[(OPEN, "open"), (DONE, "klaar")])
    keurmerk_year = models.IntegerField()
    as_of = models.DateField(null=True, blank=True, help_text="peildatum; leeg = de dag van de scan")
    crawl_options = models.JSONField(default=dict, blank=True, help_text="afwijkingen van CrawlOptions")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "batch"
        verbose_name_plural = "batches"

    def __str__(self) -> str:
        return f"batch {self.pk} ({self.kind}, {self.status})"


class BatchItem(models.Model):
    """Task state of one website in a batch. Claimed atomically; a claim is a lease kept alive by a
    heartbeat, so a killed worker's site is taken over once the lease has run out."""

    PENDING, RUNNING, DONE = "wacht", "bezig", "klaar"
    batch = models.ForeignKey(Batch, on_delete=models.CASCADE, related_name="items")
    website = models.ForeignKey(Website, on_delete=models.PROTECT, related_name="batch_items")
    state = models.CharField(max_length=10, default=PENDING,
                             choices=[(PENDING, "wacht"), (RUNNING, "bezig"), (DONE, "klaar")])
    attempts = models.IntegerField(default=0)
    not_before = models.DateTimeField(null=True, blank=True, help_text="opnieuw proberen vanaf")
    lease_until = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=40, blank=True)
    worker = models.CharField(max_length=200, blank=True)
    last_error = models.TextField(blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    scan = models.ForeignKey("Scan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["batch", "id"]
        constraints = [models.UniqueConstraint(fields=["batch", "website"], name="unique_site_per_batch")]
        indexes = [models.Index(fields=["batch", "state"])]


class Scan(models.Model):
    """One scan of one website: the site report of the pipeline, stored losslessly (``report``)."""

    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="scans")
    website = models.ForeignKey(Website, null=True, blank=True, on_delete=models.PROTECT, related_name="scans")
    batch = models.ForeignKey(Batch, null=True, blank=True, on_delete=models.SET_NULL, related_name="scans")
    source = models.CharField(max_length=20, default="batch")  # batch | import
    url = models.CharField(max_length=500)
    site = models.CharField(max_length=255)
    keurmerk_year = models.IntegerField()
    norm_version = models.CharField(max_length=100)
    tool_version = models.CharField(max_length=50, blank=True)
    as_of = models.DateField()
    scanned_at = models.DateTimeField()
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    crawl_status = models.CharField(max_length=10)  # ok | partial | failed
    failure_reason = models.TextField(blank=True)
    pages_fetched = models.IntegerField(default=0)
    report = models.JSONField(help_text="het volledige report.json van de scan")

    class Meta:
        ordering = ["scanned_at", "id"]
        indexes = [models.Index(fields=["provider", "scanned_at"])]

    def __str__(self) -> str:
        return f"{self.url} {self.scanned_at:%Y-%m-%d %H:%M}"


class Finding(models.Model):
    """The automatic verdict on one criterion in one scan, plus the reviewer decision carried over."""

    CARRIED, RECHECK, NOT_READ = "overgenomen", "opnieuw_beoordelen", "niet_gelezen"
    scan = models.ForeignKey(Scan, on_delete=models.CASCADE, related_name="findings")
    criterion = models.CharField(max_length=10)
    status = models.CharField(max_length=20)
    confidence = models.FloatField()
    needs_review = models.BooleanField(default=False)
    reason = models.TextField()
    action = models.TextField(blank=True)
    evidence = models.JSONField(default=list)
    details = models.JSONField(default=dict)
    evidence_fingerprint = models.CharField(max_length=64)
    decision = models.ForeignKey("reviews.Decision", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="findings")
    review_state = models.CharField(max_length=20, blank=True, choices=[
        ("", "geen besluit"), (CARRIED, "besluit overgenomen"), (RECHECK, "opnieuw beoordelen"),
        (NOT_READ, "website niet gelezen")])

    class Meta:
        ordering = ["scan", "criterion"]
        constraints = [models.UniqueConstraint(fields=["scan", "criterion"], name="one_finding_per_criterion")]

    @property
    def effective_status(self) -> str:
        """The verdict that counts: the reviewer's while it is carried over, else the automatic one."""
        if self.decision_id and self.review_state == self.CARRIED:
            return self.decision.status
        return self.status
