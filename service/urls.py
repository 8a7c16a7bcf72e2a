"""URLs of the service: for now only the Django admin (KiBG staff manage providers there)."""
from django.contrib import admin
from django.urls import path

urlpatterns = [path("admin/", admin.site.urls)]
