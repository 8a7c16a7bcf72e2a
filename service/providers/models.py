"""Keurmerkdragers: the providers that hold (or held) the Keurmerk, and their websites."""
from __future__ import annotations

from datetime import date

from django.db import models
from django.db.models import Q


class ProviderQuerySet(models.QuerySet):
    def current(self, on: date | None = None) -> "ProviderQuerySet":
        """Providers that hold the Keurmerk on the given day (default today)."""
        on = on or date.today()
        return self.filter(Q(keurmerk_since__isnull=True) | Q(keurmerk_since__lte=on)).filter(
            Q(keurmerk_until__isnull=True) | Q(keurmerk_until__gte=on))


class Provider(models.Model):
    name = models.CharField("naam", max_length=200, unique=True)
    keurmerk_since = models.DateField("Keurmerkdrager sinds", null=True, blank=True)
    keurmerk_until = models.DateField("Keurmerkdrager tot en met", null=True, blank=True)
    contact_name = models.CharField("contactpersoon", max_length=200, blank=True)
    contact_email = models.EmailField("e-mail", blank=True)
    contact_phone = models.CharField("telefoon", max_length=50, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProviderQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = "aanbieder"
        verbose_name_plural = "aanbieders"

    def __str__(self) -> str:
        return self.name


class Website(models.Model):
    """A provider's website. Websites dropped from a later import stay (inactive) with their scans."""

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="websites")
    url = models.CharField("webadres", max_length=500)
    active = models.BooleanField("actief", default=True)

    class Meta:
        ordering = ["provider__name", "url"]
        constraints = [models.UniqueConstraint(fields=["provider", "url"], name="unique_website_per_provider")]
        verbose_name = "website"

    def __str__(self) -> str:
        return self.url
