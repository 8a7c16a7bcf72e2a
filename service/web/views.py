"""Web pages: the provider's self-scan and findings, the reviewer's workspace.

Views only check access, call the service's functions and render; the rules live in
``selfscan.py``, ``service.reviews.decisions`` and the pipeline. Crawled text is only ever put
into templates as autoescaped text.
"""
from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from pipeline.compare import compare_reports
from norms import load_norms
from service.providers.models import Provider
from service.reviews.decisions import record_decision
from service.scans.models import Finding, Scan
from service.scans.store import report_of
from service.web.access import (is_reviewer, provider_of, provider_required, reviewer_required, scan_for,
                                self_scan_for)
from service.web.forms import DecisionForm, ReviewerCriteriaForm, SelfScanForm
from service.web.models import SelfScan
from service.web.selfscan import SelfScanRefused, start_self_scan, sync_state
from service.web.tasks import self_scan_task

CHANGE_LABELS = {"verbeterd": "verbeterd", "verslechterd": "verslechterd", "nu niet beoordeeld": "nu niet beoordeeld",
                 "weer beoordeeld": "weer beoordeeld", "nieuw criterium": "nieuw criterium",
                 "vervallen criterium": "vervallen criterium"}


@login_required
def home(request):
    if is_reviewer(request.user):
        return redirect("web:providers")
    if provider_of(request.user) is not None:
        return redirect("web:self_scans")
    if request.user.is_staff:
        return redirect("admin:index")
    return render(request, "web/no_role.html", status=403)


# --------------------------------------------------------------------------- provider: self-scan

def _scan_rows(scans: list[Scan]) -> list[dict]:
    """Scans newest first, each with what changed since the previous scan of the same website."""
    rows, previous = [], {}
    for scan in sorted(scans, key=lambda s: (s.scanned_at, s.pk)):
        report = report_of(scan)
        before = previous.get(scan.url)
        changes = []
        if before is not None:
            comparison = compare_reports(scan.url, before, report)
            changes = [c for c in comparison.changes if c.change in CHANGE_LABELS]
        previous[scan.url] = report
        counts: dict[str, int] = {}
        for f in report.findings:
            counts[f.status] = counts.get(f.status, 0) + 1
        rows.append({"scan": scan, "changes": changes, "first": before is None, "counts": counts})
    rows.reverse()
    return rows


@provider_required
def self_scans(request):
    provider = provider_of(request.user)
    form = SelfScanForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            self_scan = start_self_scan(request.user, provider, form.cleaned_data["url"], enqueue=self_scan_task)
        except SelfScanRefused as exc:
            form.add_error("url", str(exc))
        else:
            return redirect("web:self_scan_progress", self_scan.pk)
    elif request.method == "GET" and not form.is_bound:
        last = provider.websites.order_by("-active", "id").first()
        form = SelfScanForm(initial={"url": last.url if last else ""})
    scans = list(Scan.objects.filter(provider=provider).order_by("scanned_at", "id"))
    norms = load_norms(scans[-1].keurmerk_year) if scans else None
    running = [sync_state(s) for s in SelfScan.objects.filter(provider=provider, state__in=[SelfScan.WAITING,
                                                                                             SelfScan.RUNNING])]
    return render(request, "web/self_scans.html", {
        "provider": provider, "form": form, "rows": _scan_rows(scans),
        "labels": norms.status_labels if norms else {}, "running": [s for s in running if not s.finished],
    }, status=400 if form.errors else 200)


@login_required
def self_scan_progress(request, pk: int):
    self_scan = sync_state(self_scan_for(request.user, pk))
    return render(request, "web/progress.html", {"self_scan": self_scan, "refresh": not self_scan.finished})


# --------------------------------------------------------------------------- findings of a scan

def _findings(scan: Scan) -> list[dict]:
    norms = load_norms(scan.keurmerk_year)
    criteria = {c.id: c for c in norms.criteria}
    rows = []
    for finding in scan.findings.select_related("decision").all():
        criterion = criteria.get(finding.criterion)
        rows.append({
            "finding": finding, "title": criterion.title if criterion else finding.criterion,
            "status": finding.effective_status, "label": norms.status_labels.get(finding.effective_status,
                                                                                   finding.effective_status),
            "auto_label": norms.status_labels.get(finding.status, finding.status),
            "open": _is_open(finding),
        })
    order = {c.id: i for i, c in enumerate(norms.criteria)}
    rows.sort(key=lambda r: order.get(r["finding"].criterion, 99))
    return rows


def _is_open(finding: Finding) -> bool:
    """A point for the reviewer: uncertain or changed evidence, and no decision that still holds."""
    if finding.review_state == Finding.CARRIED:
        return False
    return finding.needs_review or finding.review_state == Finding.RECHECK


@login_required
def scan_detail(request, pk: int):
    scan = scan_for(request.user, pk)
    report = report_of(scan)
    return render(request, "web/scan.html", {
        "scan": scan, "report": report, "rows": _findings(scan), "reviewer": is_reviewer(request.user),
        "decision_form": DecisionForm() if is_reviewer(request.user) else None,
    })


@login_required
def scan_json(request, pk: int):
    scan = scan_for(request.user, pk)
    response = HttpResponse(json.dumps(scan.report, ensure_ascii=False, indent=2),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="scan-{scan.pk}-report.json"'
    return response


@login_required
def scan_pdf(request, pk: int):
    from reports.assessment_report import render_assessment_pdf
    from reports.html_report import render_site_report

    scan = scan_for(request.user, pk)
    pdf = render_assessment_pdf(render_site_report(report_of(scan)))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="scan-{scan.pk}-rapport.pdf"'
    return response


# --------------------------------------------------------------------------- reviewer workspace

@reviewer_required
def providers(request):
    latest = Scan.objects.filter(provider=OuterRef("pk")).order_by("-scanned_at", "-id").values("pk")[:1]
    provider_list = list(Provider.objects.annotate(latest_scan_id=Subquery(latest)).prefetch_related("websites"))
    scans = {s.pk: s for s in Scan.objects.filter(pk__in=[p.latest_scan_id for p in provider_list if p.latest_scan_id])
             .defer("report").prefetch_related("findings")}
    rows = []
    for provider in provider_list:
        scan = scans.get(provider.latest_scan_id)
        open_points = [f for f in scan.findings.all() if _is_open(f)] if scan else []
        rows.append({"provider": provider, "scan": scan, "open": len(open_points)})
    return render(request, "web/providers.html", {"rows": rows})


@reviewer_required
def provider_detail(request, pk: int):
    provider = get_object_or_404(Provider, pk=pk)
    scans = list(Scan.objects.filter(provider=provider).order_by("scanned_at", "id"))
    norms = load_norms(scans[-1].keurmerk_year) if scans else None
    return render(request, "web/provider.html", {
        "provider": provider, "rows": _scan_rows(scans), "labels": norms.status_labels if norms else {},
        "decisions": provider.decisions.select_related("website").order_by("-created_at", "-id")[:50],
    })


@reviewer_required
def decide(request, finding_id: int):
    finding = get_object_or_404(Finding.objects.select_related("scan", "scan__provider"), pk=finding_id)
    initial = {"status": finding.effective_status if finding.effective_status != "niet_beoordeeld" else "",
               "toelichting": finding.decision.toelichting if finding.decision_id else finding.reason,
               "actie": finding.decision.actie if finding.decision_id else finding.action}
    form = DecisionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        reviewer = request.user.get_full_name() or request.user.get_username()
        record_decision(finding, status=form.cleaned_data["status"], toelichting=form.cleaned_data["toelichting"],
                        actie=form.cleaned_data["actie"], reviewer=reviewer)
        messages.success(request, f"Besluit over {finding.criterion} vastgelegd.")
        return redirect(f"{_scan_url(finding.scan_id)}#criterium-{finding.criterion}")
    norms = load_norms(finding.scan.keurmerk_year)
    title = next((c.title for c in norms.criteria if c.id == finding.criterion), finding.criterion)
    return render(request, "web/decide.html", {
        "finding": finding, "form": form, "title": title,
        "auto_label": norms.status_labels.get(finding.status, finding.status),
    }, status=400 if form.errors else 200)


def _year(request) -> int:
    from django.conf import settings

    try:
        return int(request.GET.get("jaar", settings.KEURMERK_DEFAULT_YEAR))
    except ValueError:
        return settings.KEURMERK_DEFAULT_YEAR


@reviewer_required
def reviewer_criteria(request, pk: int, round_: int):
    from service.web.assessing import review_for, save_reviewer_criteria

    provider = get_object_or_404(Provider, pk=pk)
    if round_ not in (1, 2):
        raise Http404("Er zijn twee ronden: 1 en herkwalificatie 2.")
    year = _year(request)
    norms = load_norms(year)
    criteria = norms.reviewer_criteria()
    review = review_for(provider, year, round_)
    initial = {}
    if review is not None:
        for v in review.verdicts.all():
            initial.update({f"{v.criterion}-status": v.status, f"{v.criterion}-toelichting": v.toelichting,
                            f"{v.criterion}-actie": v.actie})
    form = ReviewerCriteriaForm(criteria, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        reviewer = request.user.get_full_name() or request.user.get_username()
        save_reviewer_criteria(provider, year, round_, reviewer, form.verdicts())
        messages.success(request, f"Oordelen van ronde {round_} opgeslagen.")
        return redirect(f"{reverse('web:assessment', args=[provider.pk, round_])}?jaar={year}")
    return render(request, "web/reviewer_criteria.html", {
        "provider": provider, "form": form, "round": round_, "year": year, "norms": norms,
    }, status=400 if form.errors else 200)


@reviewer_required
def assessment_page(request, pk: int, round_: int):
    from service.web.assessing import assessment_of

    provider = get_object_or_404(Provider, pk=pk)
    year = _year(request)
    assessment = assessment_of(provider, year, round_)
    if request.GET.get("formaat") == "pdf" and assessment is not None:
        from reports.assessment_report import render_assessment_html, render_assessment_pdf

        pdf = render_assessment_pdf(render_assessment_html(assessment))
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = (f'attachment; filename="keurmerkrapportage-{provider.pk}-{year}-'
                                           f'ronde-{round_}.pdf"')
        return response
    other = assessment_of(provider, year, 2 if round_ == 1 else 1)
    return render(request, "web/assessment.html", {
        "provider": provider, "a": assessment, "round": round_, "year": year, "other": other,
    })


def _scan_url(scan_id: int) -> str:
    return reverse("web:scan", args=[scan_id])


