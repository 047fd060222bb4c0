"""The wordings, names and rules the document reader takes as data, and the one reader of its TOML files."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML file of this package (`task_verbs.toml`, `lead_ins.toml` ...), read once per process."""
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
