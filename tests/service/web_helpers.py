"""Builders for the web page tests: provider and reviewer accounts, stored scans, HTML checks."""
from __future__ import annotations

from bs4 import BeautifulSoup

from service_helpers import make_provider, report

PASSWORD = "een-lang-wachtwoord-42"


def user_with_role(username: str, role: str, provider=None):
    from django.contrib.auth.models import User

    from service.web.models import Profile

    user = User.objects.create_user(username, email=f"{username}@example.org", password=PASSWORD)
    Profile.objects.create(user=user, role=role, provider=provider)
    return user


def provider_account(name: str, url: str, username: str):
    provider, website = make_provider(name, url)
    return provider, website, user_with_role(username, "aanbieder", provider)


def stored_scan(provider, website, statuses=None, *, day=0, quotes=None, reasons=None, needs_review=()):
    from service.scans.store import store_report

    r = report(website.url, statuses, day=day, quotes=quotes)
    for f in r.findings:
        if reasons and f.criterion in reasons:
            f.reason = reasons[f.criterion]
        f.needs_review = f.criterion in needs_review
    return store_report(r, provider, website)


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode("utf-8"), "html.parser")


def assert_accessible_basics(response) -> None:
    """lang="nl", a title, every visible form field labelled, every form with a CSRF token, no inline script."""
    page = soup(response)
    assert page.html.get("lang") == "nl"
    assert page.title and page.title.get_text(strip=True)
    for field in page.find_all(["input", "select", "textarea"]):
        if field.name == "input" and field.get("type") in ("hidden", "submit", "button"):
            continue
        assert field.get("id") and page.find("label", attrs={"for": field["id"]}), f"veld zonder label: {field}"
    for form in page.find_all("form"):
        if (form.get("method") or "get").lower() == "post":
            assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}), f"formulier zonder CSRF-token: {form}"
    for script in page.find_all("script"):
        assert script.get("src"), "inline script"
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
