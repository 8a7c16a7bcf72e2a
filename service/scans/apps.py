from django.apps import AppConfig


class Config(AppConfig):
    name = "service.scans"
    label = "scans"
