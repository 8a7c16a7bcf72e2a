from django.contrib import admin

from service.scans.models import Batch, BatchItem, Finding, Scan


class FindingInline(admin.TabularInline):
    model = Finding
    extra = 0
    fields = ("criterion", "status", "confidence", "needs_review", "reason", "review_state", "decision")
    readonly_fields = fields
    can_delete = False


@admin.register(Scan)
class ScanAdmin(admin.ModelAdmin):
    list_display = ("url", "provider", "scanned_at", "crawl_status", "keurmerk_year", "source", "batch")
    list_filter = ("crawl_status", "keurmerk_year", "source")
    search_fields = ("url", "provider__name")
    inlines = [FindingInline]
    readonly_fields = ("report",)


class BatchItemInline(admin.TabularInline):
    model = BatchItem
    extra = 0
    fields = ("website", "state", "attempts", "worker", "lease_until", "last_error", "scan")
    readonly_fields = fields
    can_delete = False


@admin.register(Batch)
class BatchAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "status", "created_at", "finished_at", "keurmerk_year")
    list_filter = ("status", "kind")
    inlines = [BatchItemInline]
