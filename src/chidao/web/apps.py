from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "chidao.web"
    default_auto_field = "django.db.models.BigAutoField"
