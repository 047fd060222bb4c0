"""The formal parts of a document (thể thức): header block, number, place and date, type, subject,
Kính gửi, signature blocks, Nơi nhận and Lưu.

This package shares its name with the public verb `chidao.documents.parse()`. Importing it makes Python bind
`chidao.documents.parse` to the package, hiding the function; so the package module is made callable and
forwards to the pipeline: `from chidao.documents import parse; parse(path)` works before and after.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from chidao.documents.pipeline import parse

        return parse(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
