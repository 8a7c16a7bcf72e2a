"""Content-Security-Policy header on every response (settings.KEURMERK_CSP): no inline script."""
from __future__ import annotations

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.KEURMERK_CSP)
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
