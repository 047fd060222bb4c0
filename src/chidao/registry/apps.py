from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "chidao.registry"
    verbose_name = "Sổ đăng ký văn bản"
    default_auto_field = "django.db.models.BigAutoField"
