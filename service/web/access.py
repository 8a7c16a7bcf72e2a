"""Who may see what: a provider's users see only their own organisation; reviewers see all."""
from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404

from service.scans.models import Scan
from service.web.models import Profile, SelfScan


def profile_of(user) -> Profile | None:
    return getattr(user, "keurmerk_profile", None) if user.is_authenticated else None


def is_reviewer(user) -> bool:
    profile = profile_of(user)
    return bool(profile and profile.role == Profile.REVIEWER)


def provider_of(user):
    """The organisation of a provider user, or None (reviewers and others)."""
    profile = profile_of(user)
    if profile and profile.role == Profile.PROVIDER:
        return profile.provider
    return None


def reviewer_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_reviewer(request.user):
            raise PermissionDenied("Alleen reviewers hebben toegang tot deze pagina.")
        return view(request, *args, **kwargs)
    return wrapped


def provider_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if provider_of(request.user) is None:
            raise PermissionDenied("Deze pagina is voor medewerkers van een aanbieder.")
        return view(request, *args, **kwargs)
    return wrapped


def visible_scans(user):
    """Scans the user may open: all for a reviewer, the own organisation's for a provider user."""
    if is_reviewer(user):
        return Scan.objects.all()
    provider = provider_of(user)
    if provider is None:
        return Scan.objects.none()
    return Scan.objects.filter(provider=provider)


def scan_for(user, scan_id: int) -> Scan:
    """The scan, or 404 when it does not exist or belongs to another organisation (no hint which)."""
    scan = visible_scans(user).select_related("provider").filter(pk=scan_id).first()
    if scan is None:
        raise Http404("Deze scan bestaat niet of is niet van uw organisatie.")
    return scan


def self_scan_for(user, self_scan_id: int) -> SelfScan:
    qs = SelfScan.objects.select_related("provider", "scan")
    if not is_reviewer(user):
        provider = provider_of(user)
        qs = qs.filter(provider=provider) if provider else qs.none()
    found = qs.filter(pk=self_scan_id).first()
    if found is None:
        raise Http404("Deze zelfscan bestaat niet of is niet van uw organisatie.")
    return found
