from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "chidao.accounts"
    verbose_name = "Đơn vị và người dùng"
    default_auto_field = "django.db.models.BigAutoField"
