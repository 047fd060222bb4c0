"""Reading scanned documents offline: Tesseract (Vietnamese) with layout, stamps and Vietnamese correction.

`ocr_pdf(raw, name)` and `ocr_image(raw, name)` return a `SourceText` whose `source.encoding` is `ocr`;
they raise `ReadError` when the file cannot be read or Tesseract/the `vie` model is missing.

They are loaded on first use: the text steps read the package's lexicon (`ocr.lexicon`: syllables, their counts)
without loading the scan reader, its engine and its layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chidao.documents.ocr.reader import ocr_image, ocr_pdf

__all__ = ["ocr_image", "ocr_pdf"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from chidao.documents.ocr import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
