from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "chidao.api"
    default_auto_field = "django.db.models.BigAutoField"
