"""URLs of the service: the web pages (service.web) and the Django admin for KiBG staff."""
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("service.web.urls")),
]
