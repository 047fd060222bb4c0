from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "chidao.tracking"
    verbose_name = "Theo dõi nhiệm vụ"
    default_auto_field = "django.db.models.BigAutoField"
