"""Accounts of the web pages (role and organisation) and the providers' self-scans."""
from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from service.providers.models import Provider, Website
from service.scans.models import Batch, Scan


class Profile(models.Model):
    """The role of a user: a provider's employee sees only that provider; a reviewer sees all.

    KiBG staff (``is_staff``) manage providers and users in the Django admin.
    """

    PROVIDER, REVIEWER = "aanbieder", "reviewer"
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="keurmerk_profile")
    role = models.CharField("rol", max_length=20, choices=[(PROVIDER, "medewerker van een aanbieder"),
                                                           (REVIEWER, "reviewer")])
    provider = models.ForeignKey(Provider, null=True, blank=True, on_delete=models.CASCADE, related_name="users",
                                 verbose_name="aanbieder", help_text="verplicht bij de rol aanbieder")

    class Meta:
        verbose_name = "profiel"
        verbose_name_plural = "profielen"

    def clean(self) -> None:
        if self.role == self.PROVIDER and self.provider_id is None:
            raise ValidationError({"provider": "Kies de aanbieder van deze medewerker."})
        if self.role == self.REVIEWER and self.provider_id is not None:
            raise ValidationError({"provider": "Een reviewer hoort niet bij één aanbieder."})

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class SelfScan(models.Model):
    """A scan a provider started on the web page: a one-site batch plus live progress figures."""

    WAITING, RUNNING, DONE, FAILED = "wacht", "bezig", "klaar", "mislukt"
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="self_scans")
    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="self_scans")
    website = models.ForeignKey(Website, on_delete=models.PROTECT, related_name="self_scans")
    batch = models.OneToOneField(Batch, on_delete=models.PROTECT, related_name="self_scan")
    url = models.CharField("webadres", max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, default=WAITING, choices=[
        (WAITING, "wacht op een worker"), (RUNNING, "bezig"), (DONE, "klaar"), (FAILED, "mislukt")])
    pages = models.IntegerField("pagina's gelezen", default=0)
    rendered = models.IntegerField("in de browser weergegeven", default=0)
    documents = models.IntegerField("documenten gelezen", default=0)
    message = models.TextField(blank=True)
    scan = models.ForeignKey(Scan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "zelfscan"
        verbose_name_plural = "zelfscans"

    @property
    def finished(self) -> bool:
        return self.state in (self.DONE, self.FAILED)

    def __str__(self) -> str:
        return f"zelfscan {self.url} ({self.get_state_display()})"
