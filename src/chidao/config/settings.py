"""Django settings for the Chidao tracking application.

Environment: `DATABASE_URL` (`sqlite:///path` or `postgres://…`; default SQLite under `CHIDAO_DATA_DIR`),
`CHIDAO_DATA_DIR` (default `./data`), `CHIDAO_SECRET_KEY`, `CHIDAO_DEBUG`, `CHIDAO_TODAY` (ISO date the
clock reads instead of the real date), `CHIDAO_ALLOWED_HOSTS` (comma separated).
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

PACKAGE_DIR = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("CHIDAO_DATA_DIR", "data")).resolve()

SECRET_KEY = os.environ.get("CHIDAO_SECRET_KEY", "chidao-insecure-development-key-change-me")
DEBUG = os.environ.get("CHIDAO_DEBUG", "0") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("CHIDAO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "ninja",
    "chidao.accounts",
    "chidao.registry",
    "chidao.tracking",
    "chidao.api",
    "chidao.web",
    "chidao.reminders",
    "chidao.reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "chidao.config.urls"
WSGI_APPLICATION = "chidao.config.wsgi.application"
ASGI_APPLICATION = "chidao.config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chidao.web.context.chidao",
                "chidao.reminders.context.reminders",
            ],
        },
    },
]


# SQLite: WAL for concurrent readers, memory-mapped reads and a 64 MB page cache (scans of 100k tasks).
_SQLITE_INIT = ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=268435456; "
                "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;")


def _database() -> dict:
    url = os.environ.get("DATABASE_URL") or ""
    if not url:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{DATA_DIR / 'chidao.sqlite3'}"
    config = dj_database_url.parse(url, conn_max_age=600)
    if config["ENGINE"].endswith("sqlite3"):
        config["OPTIONS"] = {"init_command": _SQLITE_INIT, "timeout": 20, "transaction_mode": "IMMEDIATE"}
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATE_FORMAT = "d/m/Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_ROOT = DATA_DIR / "files"
MEDIA_URL = "/files/"
DATA_UPLOAD_MAX_MEMORY_SIZE = 50 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

TASKS = {
    "default": {
        "BACKEND": os.environ.get("CHIDAO_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# Chidao policy (extension rules, due-soon window): settings, not code.
def _today() -> str:
    """`CHIDAO_TODAY`, or the date `chidao demo` wrote next to the demo database."""
    if os.environ.get("CHIDAO_TODAY") is not None:
        return os.environ["CHIDAO_TODAY"]
    stored = DATA_DIR / "chidao-today.txt"
    return stored.read_text().strip() if stored.is_file() else ""


CHIDAO_TODAY = _today()
CHIDAO_DUE_SOON_DAYS = int(os.environ.get("CHIDAO_DUE_SOON_DAYS", "7"))
CHIDAO_EXTENSION = {
    # An extension must be asked at least this many days before the current deadline.
    "min_days_before_due": int(os.environ.get("CHIDAO_EXTENSION_MIN_DAYS", "3")),
    # Who may decide on extension requests.
    "approver_roles": ["leader", "admin"],
}
CHIDAO_API_TOKEN_DAYS = 30

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"chidao": {"level": "INFO"}},
}
