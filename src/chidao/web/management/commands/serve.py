"""`chidao serve [--port N]`: the web application plus the django-tasks database worker.

The web server is Django's threaded WSGI server without autoreload (offline, no extra dependency);
the worker (`db_worker`) runs in a child process and is stopped with the server. The worker always runs
with `--no-reload`: its autoreloader (on by default under DEBUG) runs jobs off the main thread, where the
parse job's SIGALRM time limit (`chidao.documents.time_limit`) cannot fire.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management.base import BaseCommand
from django.core.servers.basehttp import WSGIServer, run
from django.core.wsgi import get_wsgi_application

from chidao.accounts.models import User
from chidao.config.clock import today


class Command(BaseCommand):
    help = "Chạy máy chủ web và tiến trình xử lý nền (đọc văn bản tải lên)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--no-worker", action="store_true", help="không chạy tiến trình xử lý nền")

    def handle(self, *args, **options) -> None:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the worker with the server
        worker = None
        if not options["no_worker"]:
            env = dict(os.environ, DJANGO_SETTINGS_MODULE=os.environ.get("DJANGO_SETTINGS_MODULE",
                                                                          "chidao.config.settings"))
            worker = subprocess.Popen([sys.executable, "-m", "django", "db_worker", "--interval", "0.5", "--no-reload"],
                                      env=env)
        host, port = options["host"], options["port"]
        self.stdout.write(f"Chidao: http://{host}:{port}/  (API: http://{host}:{port}/api/v1/docs)")
        self.stdout.write(f"Cơ sở dữ liệu: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}"
                          f" · ngày hệ thống: {today():%d/%m/%Y}")
        if User.objects.filter(username="vanthu").exists():
            from chidao.web.management.commands.chidao_demo import print_logins

            print_logins(self.stdout)
        try:
            run(host, port, StaticFilesHandler(get_wsgi_application()), threading=True, server_cls=WSGIServer)
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(10)
