"""Reading scanned documents offline: Tesseract (Vietnamese) with layout, stamps and Vietnamese correction.

`ocr_pdf(raw, name)` and `ocr_image(raw, name)` return a `SourceText` whose `source.encoding` is `ocr`;
they raise `ReadError` when the file cannot be read or Tesseract/the `vie` model is missing.
"""

from chidao.documents.ocr.reader import ocr_image, ocr_pdf

__all__ = ["ocr_image", "ocr_pdf"]
