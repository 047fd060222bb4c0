"""Root URLs: the web UI, the REST API under /api/v1, the reporting apps, vendored static files."""

from django.contrib.staticfiles.views import serve as serve_static
from django.urls import include, path, re_path

from chidao.api.views import api

urlpatterns = [
    path("", include("chidao.web.urls")),
    path("api/v1/", api.urls),
    path("nhac-viec/", include("chidao.reminders.urls")),
    path("bao-cao/", include("chidao.reports.urls")),
    re_path(r"^static/(?P<path>.*)$", serve_static, {"insecure": True}),
]
