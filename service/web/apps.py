from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "service.web"
    label = "web"
    verbose_name = "webpagina's (zelfscan en reviewer)"
