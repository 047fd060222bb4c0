"""Django settings, the demo organisation and the fake parser: the web tests' set-up, reused."""

from tests.web.conftest import fake_parser, org, units, users  # noqa: F401
