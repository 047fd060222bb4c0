"""WSGI entry point: `chidao.config.wsgi.application`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chidao.config.settings")
application = get_wsgi_application()
