"""Web pages: login and password reset, roles and access, findings, downloads, reviewer decisions."""
from __future__ import annotations

import json
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from web_helpers import PASSWORD, assert_accessible_basics, provider_account, soup, stored_scan, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    noord, noord_site, noord_user = provider_account("Praktijk Noord", "http://noord.test/", "noord")
    zuid, zuid_site, zuid_user = provider_account("Praktijk Zuid", "http://zuid.test/", "zuid")
    reviewer = user_with_role("rita", "reviewer")
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    old = stored_scan(noord, noord_site, {"2b-6": "voldoet"}, day=0)
    new = stored_scan(noord, noord_site, {"2b-6": "voldoet_niet", "2b-13": "voldoet_bijna"}, day=30,
                      needs_review=("2b-13",))
    zuid_scan = stored_scan(zuid, zuid_site, day=5)
    return dict(noord=noord, noord_user=noord_user, zuid=zuid, zuid_user=zuid_user, reviewer=reviewer,
                old=old, new=new, zuid_scan=zuid_scan)


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_login_page_and_csrf_on_login():
    from django.contrib.auth.models import User

    User.objects.create_user("piet", password=PASSWORD)
    client = Client(enforce_csrf_checks=True)
    page = client.get(reverse("web:login"))
    assert page.status_code == 200 and "Inloggen" in page.content.decode()
    assert_accessible_basics(page)
    # Without the token the login is refused; with it, it works.
    assert client.post(reverse("web:login"), {"username": "piet", "password": PASSWORD}).status_code == 403
    token = soup(page).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    done = client.post(reverse("web:login"), {"username": "piet", "password": PASSWORD, "csrfmiddlewaretoken": token})
    assert done.status_code == 302
    wrong = Client().post(reverse("web:login"), {"username": "piet", "password": "fout"})
    assert wrong.status_code == 200 and "klopt niet" in wrong.content.decode()


def test_logout_is_a_post_and_ends_the_session(world):
    client = logged_in(world["noord_user"])
    assert client.get(reverse("web:self_scans")).status_code == 200
    assert client.post(reverse("web:logout")).status_code == 302
    assert client.get(reverse("web:self_scans")).status_code == 302  # back to the login page


def test_password_reset_by_email(world):
    client = Client()
    assert_accessible_basics(client.get(reverse("web:password_reset")))
    response = client.post(reverse("web:password_reset"), {"email": "noord@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and "Nieuw wachtwoord" in mail.outbox[0].subject
    link = re.search(r"http://testserver(/wachtwoord-herstellen/\S+/)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert_accessible_basics(form_page)
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": "nieuw-geheim-wachtwoord-7",
                                                          "new_password2": "nieuw-geheim-wachtwoord-7"})
    assert done.status_code == 302
    assert Client().login(username="noord", password="nieuw-geheim-wachtwoord-7")


@pytest.mark.parametrize("name, args", [
    ("web:home", []), ("web:self_scans", []), ("web:providers", []), ("web:scan", [1]), ("web:scan_pdf", [1]),
    ("web:scan_json", [1]), ("web:self_scan_progress", [1]), ("web:provider", [1]), ("web:decide", [1]),
])
def test_every_page_needs_a_login(name, args):
    response = Client().get(reverse(name, args=args))
    assert response.status_code == 302 and response["Location"].startswith(reverse("web:login"))


def test_home_sends_each_role_to_its_pages(world):
    from django.contrib.auth.models import User

    assert logged_in(world["noord_user"]).get(reverse("web:home"))["Location"] == reverse("web:self_scans")
    assert logged_in(world["reviewer"]).get(reverse("web:home"))["Location"] == reverse("web:providers")
    nobody = User.objects.create_user("niemand", password=PASSWORD)
    assert logged_in(nobody).get(reverse("web:home")).status_code == 403


def test_provider_sees_own_scans_with_changes_and_nothing_of_another_provider(world):
    client = logged_in(world["noord_user"])
    page = client.get(reverse("web:self_scans"))
    assert page.status_code == 200
    assert_accessible_basics(page)
    text = soup(page).get_text(" ", strip=True)
    assert "Praktijk Noord" in text and "Praktijk Zuid" not in text and "zuid.test" not in text
    assert "2b-6: verslechterd (voldoet → voldoet (nog) niet)" in text
    assert "2b-13: verslechterd (voldoet → voldoet bijna)" in text
    assert "eerste scan van dit adres" in text
    own = client.get(reverse("web:scan", args=[world["new"].pk]))
    assert own.status_code == 200
    assert_accessible_basics(own)
    for name in ("web:scan", "web:scan_json", "web:scan_pdf"):
        assert client.get(reverse(name, args=[world["zuid_scan"].pk])).status_code == 404
    assert client.get(reverse("web:providers")).status_code == 403
    assert client.get(reverse("web:provider", args=[world["zuid"].pk])).status_code == 403
    finding = world["zuid_scan"].findings.first()
    assert client.post(reverse("web:decide", args=[finding.pk]), {"status": "voldoet", "toelichting": "x"}).status_code == 403
    assert not finding.scan.provider.decisions.exists()


def test_findings_page_shows_verdict_reason_action_and_evidence(world):
    page = logged_in(world["noord_user"]).get(reverse("web:scan", args=[world["new"].pk]))
    section = soup(page).find(id="criterium-2b-6")
    text = section.get_text(" ", strip=True)
    assert "bereikbaarheid" in text.lower() and "Voldoet (nog) niet" in text
    assert "Reden 2b-6." in text and "Actie 2b-6." in text and "Tekst over 2b-6." in text
    assert section.find("a", href="http://noord.test/contact")
    assert "onzeker" in soup(page).find(id="criterium-2b-13").get_text()


def test_downloads_json_and_pdf(world):
    client = logged_in(world["noord_user"])
    data = client.get(reverse("web:scan_json", args=[world["new"].pk]))
    assert data["Content-Type"].startswith("application/json") and "attachment" in data["Content-Disposition"]
    report = json.loads(data.content)
    assert report["url"] == "http://noord.test/" and len(report["findings"]) == 8
    pdf = client.get(reverse("web:scan_pdf", args=[world["new"].pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_crawled_text_with_script_and_event_handlers_shows_as_text(world):
    from service.providers.models import Website

    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> Bel 113 bij een crisis."
    site = Website.objects.get(url="http://noord.test/")
    scan = stored_scan(world["noord"], site, {"2b-6": "voldoet_bijna"}, day=40, quotes={"2b-6": hostile},
                       reasons={"2b-6": "Gevonden: <b onmouseover=alert(2)>vet</b>"})
    for user in (world["noord_user"], world["reviewer"]):
        page = logged_in(user).get(reverse("web:scan", args=[scan.pk]))
        html = page.content.decode()
        dom = soup(page)
        assert dom.find("script") is None and dom.find("img") is None and dom.find("b") is None
        assert not [t for t in dom.find_all(True) if any(a.startswith("on") for a in t.attrs)]
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert hostile in dom.find(id="criterium-2b-6").get_text()
    decide = logged_in(world["reviewer"]).get(reverse("web:decide", args=[scan.findings.get(criterion="2b-6").pk]))
    assert soup(decide).find("script") is None and "&lt;script&gt;" in decide.content.decode()


def test_reviewer_workspace_lists_providers_latest_scan_and_open_points(world):
    client = logged_in(world["reviewer"])
    page = client.get(reverse("web:providers"))
    assert_accessible_basics(page)
    rows = {r.find("td").get_text(strip=True): [c.get_text(strip=True) for c in r.find_all("td")]
            for r in soup(page).find("tbody").find_all("tr")}
    assert rows["Praktijk Noord"][3] == "1"  # 2b-13 needs review in the latest scan
    assert rows["Praktijk Zuid"][3] == "0"
    detail = client.get(reverse("web:provider", args=[world["noord"].pk]))
    assert detail.status_code == 200 and "verslechterd" in detail.content.decode()
    assert client.get(reverse("web:scan", args=[world["zuid_scan"].pk])).status_code == 200  # reviewers see all


def test_reviewer_overrides_a_finding_and_a_form_with_errors_keeps_the_input(world):
    from service.reviews.models import Decision

    client = logged_in(world["reviewer"])
    finding = world["new"].findings.get(criterion="2b-13")
    url = reverse("web:decide", args=[finding.pk])
    form_page = client.get(url)
    assert_accessible_basics(form_page)
    bad = client.post(url, {"status": "voldoet", "toelichting": "", "actie": "Graag het jaartal noemen."})
    assert bad.status_code == 400 and not Decision.objects.exists()
    form = soup(bad)
    assert form.find("option", selected=True)["value"] == "voldoet"
    assert form.find("textarea", attrs={"name": "actie"}).get_text() .strip() == "Graag het jaartal noemen."
    good = client.post(url, {"status": "voldoet", "toelichting": "CQI-rapportcijfer 2024 staat in de pdf.",
                             "actie": ""})
    assert good.status_code == 302
    decision = Decision.objects.get()
    assert (decision.status, decision.reviewer, decision.criterion) == ("voldoet", "Rita Reviewer", "2b-13")
    assert decision.datum is not None
    finding.refresh_from_db()
    assert finding.review_state == "overgenomen" and finding.effective_status == "voldoet"
    page = client.get(reverse("web:scan", args=[world["new"].pk]))
    section = soup(page).find(id="criterium-2b-13").get_text(" ", strip=True)
    assert "Voldoet" in section and "Rita Reviewer" in section and "CQI-rapportcijfer 2024" in section
    rows = {r.find("td").get_text(strip=True): r for r in soup(client.get(reverse("web:providers"))).find("tbody").find_all("tr")}
    assert rows["Praktijk Noord"].find_all("td")[3].get_text(strip=True) == "0"  # no open point left
    # The provider sees the reviewer's verdict too.
    mine = logged_in(world["noord_user"]).get(reverse("web:scan", args=[world["new"].pk]))
    assert "Rita Reviewer" in soup(mine).find(id="criterium-2b-13").get_text()


def test_csrf_is_enforced_on_the_decision_form(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["reviewer"])
    finding = world["new"].findings.get(criterion="2b-6")
    response = client.post(reverse("web:decide", args=[finding.pk]), {"status": "voldoet", "toelichting": "ok"})
    assert response.status_code == 403
    assert not finding.scan.provider.decisions.exists()


def test_admin_lists_users_with_role_for_staff(world):
    from django.contrib.auth.models import User

    staff = User.objects.create_superuser("kibg", "kibg@example.org", PASSWORD)
    client = logged_in(staff)
    page = client.get("/admin/auth/user/")
    assert page.status_code == 200 and "Praktijk Noord" in page.content.decode()
    assert client.get("/admin/web/selfscan/").status_code == 200
    assert logged_in(world["reviewer"]).get("/admin/").status_code == 302  # not staff: admin login


def _all_reviewer_criteria(status="voldoet"):
    from norms import load_norms

    data = {}
    for c in load_norms(2025).reviewer_criteria():
        data.update({f"{c.id}-status": status, f"{c.id}-toelichting": "", f"{c.id}-actie": ""})
    return data


def test_reviewer_criteria_form_assessment_and_keurmerkrapportage_pdf(world):
    from norms import load_norms

    client = logged_in(world["reviewer"])
    noord = world["noord"]
    url = reverse("web:reviewer_criteria", args=[noord.pk, 1])
    page = client.get(url)
    assert page.status_code == 200
    assert_accessible_basics(page)
    wording = next(c.wording for c in load_norms(2025).reviewer_criteria() if c.wording)
    assert wording in soup(page).get_text()  # the framework's question with its wording
    assert client.get(reverse("web:assessment", args=[noord.pk, 1])).status_code == 200  # nothing yet: a message

    data = _all_reviewer_criteria()
    data["1-1-status"], data["1-1-actie"] = "voldoet_niet", "Beschrijf de doelen van de behandeling."
    bad = client.post(url, data)
    assert bad.status_code == 400
    kept = soup(bad)
    assert kept.find("select", attrs={"name": "1-1-status"}).find("option", selected=True)["value"] == "voldoet_niet"
    assert kept.find("textarea", attrs={"name": "1-1-actie"}).get_text().strip() == "Beschrijf de doelen van de behandeling."
    assert "Schrijf bij 1-1 wat er ontbreekt" in bad.content.decode()

    data["1-1-toelichting"] = "De zelfevaluatie noemt geen behandeldoelen."
    assert client.post(url, data).status_code == 302
    # Website criteria: the latest scan has 2b-6 voldoet_niet and 2b-13 voldoet_bijna -> norm 2b oranje.
    result = client.get(reverse("web:assessment", args=[noord.pk, 1]))
    text = soup(result).get_text(" ", strip=True)
    assert "Nog niet gekwalificeerd" in text
    assert "De zelfevaluatie noemt geen behandeldoelen." in text
    rows = {r.find_all("td")[0].get_text(strip=True): r.find_all("td")[2].get_text(strip=True)
            for r in soup(result).find("tbody").find_all("tr")}
    assert rows["1"] == "oranje" and rows["2b"] == "oranje" and rows["3"] == "groen"
    pdf = client.get(reverse("web:assessment", args=[noord.pk, 1]) + "?formaat=pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")

    # Round 2 (herkwalificatie): everything fixed, the website findings overridden -> qualified, round 1 beside it.
    for cid in ("2b-6", "2b-13"):
        finding = world["new"].findings.get(criterion=cid)
        client.post(reverse("web:decide", args=[finding.pk]), {"status": "voldoet", "toelichting": "Nu in orde."})
    assert client.post(reverse("web:reviewer_criteria", args=[noord.pk, 2]), _all_reviewer_criteria()).status_code == 302
    second = soup(client.get(reverse("web:assessment", args=[noord.pk, 2])))
    assert "Gekwalificeerd" in second.get_text()
    rows = {r.find_all("td")[0].get_text(strip=True): [c.get_text(strip=True) for c in r.find_all("td")]
            for r in second.find("tbody").find_all("tr")}
    assert rows["1"][2:] == ["groen", "oranje"]  # round 2 beside round 1
    # Providers may not see the reviewer's workspace.
    provider_client = logged_in(world["noord_user"])
    assert provider_client.get(url).status_code == 403
    assert provider_client.get(reverse("web:assessment", args=[noord.pk, 1])).status_code == 403
