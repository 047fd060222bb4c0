from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "chidao.reminders"
    default_auto_field = "django.db.models.BigAutoField"
