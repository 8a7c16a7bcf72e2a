from django.apps import AppConfig


class Config(AppConfig):
    name = "service.providers"
    label = "providers"
