from django.apps import AppConfig


class Config(AppConfig):
    name = "service.reviews"
    label = "reviews"
