from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "chidao.tracking"
    verbose_name = "Theo dõi nhiệm vụ"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from chidao.tracking import search_index

        post_migrate.connect(lambda sender, using="default", **kw: search_index.ensure(using), sender=self,
                             weak=False, dispatch_uid="chidao-search-index")
