"""URLs of the web pages (Dutch paths)."""
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from service.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("inloggen/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", auth_views.PasswordResetView.as_view(
        template_name="web/password_reset_form.html", email_template_name="web/password_reset_email.txt",
        subject_template_name="web/password_reset_subject.txt", success_url=reverse_lazy("web:password_reset_done")),
        name="password_reset"),
    path("wachtwoord-vergeten/verstuurd/", auth_views.PasswordResetDoneView.as_view(
        template_name="web/password_reset_done.html"), name="password_reset_done"),
    path("wachtwoord-herstellen/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name="web/password_reset_confirm.html", success_url=reverse_lazy("web:password_reset_complete")),
        name="password_reset_confirm"),
    path("wachtwoord-herstellen/klaar/", auth_views.PasswordResetCompleteView.as_view(
        template_name="web/password_reset_complete.html"), name="password_reset_complete"),
    path("zelfscan/", views.self_scans, name="self_scans"),
    path("zelfscan/<int:pk>/", views.self_scan_progress, name="self_scan_progress"),
    path("scans/<int:pk>/", views.scan_detail, name="scan"),
    path("scans/<int:pk>/rapport.json", views.scan_json, name="scan_json"),
    path("scans/<int:pk>/rapport.pdf", views.scan_pdf, name="scan_pdf"),
    path("beoordelen/", views.providers, name="providers"),
    path("beoordelen/aanbieders/<int:pk>/", views.provider_detail, name="provider"),
    path("beoordelen/bevindingen/<int:finding_id>/besluit/", views.decide, name="decide"),
    path("beoordelen/aanbieders/<int:pk>/ronde-<int:round_>/reviewercriteria/", views.reviewer_criteria,
         name="reviewer_criteria"),
    path("beoordelen/aanbieders/<int:pk>/ronde-<int:round_>/", views.assessment_page, name="assessment"),
]
