from django.contrib import admin

from service.reviews.models import Decision, Review, ReviewerVerdict


class VerdictInline(admin.TabularInline):
    model = ReviewerVerdict
    extra = 0


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ("provider", "keurmerk_year", "round", "reviewer", "updated_at")
    inlines = [VerdictInline]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ("provider", "criterion", "status", "reviewer", "datum", "created_at")
    list_filter = ("criterion", "status")
    search_fields = ("provider__name", "toelichting")
