"""Admin for KiBG staff: users with their role and organisation, and the self-scans."""
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User

from service.web.models import Profile, SelfScan


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    verbose_name = "rol en organisatie"


class KeurmerkUserAdmin(UserAdmin):
    inlines = [ProfileInline]
    list_display = ("username", "email", "is_staff", "role", "provider")

    @admin.display(description="rol")
    def role(self, user):
        profile = getattr(user, "keurmerk_profile", None)
        return profile.get_role_display() if profile else ""

    @admin.display(description="aanbieder")
    def provider(self, user):
        profile = getattr(user, "keurmerk_profile", None)
        return profile.provider if profile and profile.provider else ""


admin.site.unregister(User)
admin.site.register(User, KeurmerkUserAdmin)


@admin.register(SelfScan)
class SelfScanAdmin(admin.ModelAdmin):
    list_display = ("url", "provider", "user", "created_at", "state", "pages", "documents")
    list_filter = ("state",)
    readonly_fields = ("user", "provider", "website", "batch", "url", "state", "pages", "rendered", "documents",
                      "message", "scan")
