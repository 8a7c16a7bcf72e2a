from django.contrib import admin

from service.providers.models import Provider, Website


class WebsiteInline(admin.TabularInline):
    model = Website
    extra = 0


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ("name", "keurmerk_since", "keurmerk_until", "contact_name", "contact_email")
    search_fields = ("name", "websites__url")
    inlines = [WebsiteInline]
