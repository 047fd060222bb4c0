from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "chidao.reminders"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # The daily run is queued by the first web request a server process handles (so `chidao serve`
        # with its db_worker sends reminders every day without another moving part); see jobs.py.
        from django.core.signals import request_started

        from chidao.reminders.jobs import schedule_on_first_request

        request_started.connect(schedule_on_first_request, dispatch_uid="chidao-reminders-schedule")
