"""Readers: bytes of a .txt/.docx/.pdf/.doc file (or a scan) → normalised NFC text (`SourceText`).

`read()` picks the reader by sniffed content, then by suffix, and raises `ReadError` with a Vietnamese and
an English message for input it cannot read; it never lets a library exception escape.

    .txt   plain.read_text     UTF-8/UTF-16/Windows-1258, TCVN3 and VNI typed text converted
    .docx  docx.read_docx      body in reading order (header table cell by cell), run fonts, layout;
                               footnotes and endnotes after it (`SourceText.notes_start`)
    .pdf   pdf.read_pdf        text layer through pdfium; pages without one go to OCR
    .doc   office.read_doc     LibreOffice → .docx → read_docx (also .rtf and .odt)
    image  chidao.documents.ocr.ocr_image

Every reader ends with `source.clean_text`: `\n` line ends, plain spaces for no-break ones, no invisible
characters, NFC. `ReadError.code`: empty, too-large, unsupported, corrupt, encrypted, needs-ocr,
needs-libreoffice, timeout (and the OCR module's own). The size limit is `max_bytes`, or
`CHIDAO_MAX_UPLOAD_MB` when the caller keeps the default.
"""

from __future__ import annotations

import os
from pathlib import Path

from chidao.documents.readers.sniff import IMAGE_MEDIA_TYPES, sniff, suffix_of
from chidao.documents.readers.source import ReadError, SourceText

__all__ = ["DEFAULT_MAX_BYTES", "ReadError", "SourceText", "read"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_ENV_LIMIT = "CHIDAO_MAX_UPLOAD_MB"


def read(data: bytes | str | Path, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read a path or raw bytes into NFC text with `\\n` line ends. Raises `ReadError` for bad input."""
    limit = _limit(max_bytes)
    if isinstance(data, (str, Path)):
        path = Path(data)
        name = name or path.name
        if path.is_file() and path.stat().st_size > limit:
            raise _too_large(path.stat().st_size, limit)
        raw = path.read_bytes()
    else:
        raw = bytes(data)
        name = name or "-"
    if len(raw) > limit:
        raise _too_large(len(raw), limit)
    if not raw.strip():
        raise ReadError("empty", f"Tệp {name} trống, không có nội dung", f"{name} is empty")
    try:
        return _dispatch(raw, name, limit)
    except ReadError:
        raise
    except Exception as e:  # a library's own error on malformed input: one bad file never stops a batch
        raise ReadError(
            "corrupt",
            f"Tệp {name} bị hỏng hoặc có cấu trúc không đọc được",
            f"{name}: unreadable ({type(e).__name__}: {e})",
        ) from e


def _dispatch(raw: bytes, name: str, limit: int) -> SourceText:
    kind = sniff(raw, name)
    if kind == "txt":
        from chidao.documents.readers.plain import read_text

        return read_text(raw, name)
    if kind == "docx":
        from chidao.documents.readers.docx import read_docx

        return read_docx(raw, name, max_bytes=limit)
    if kind == "pdf":
        from chidao.documents.readers.pdf import read_pdf

        return read_pdf(raw, name)
    if kind in ("doc", "rtf", "odt"):
        from chidao.documents.readers.office import read_doc

        return read_doc(raw, name, max_bytes=limit, kind=kind)
    if kind == "image":
        return _read_image(raw, name)
    if kind == "encrypted-office":
        raise ReadError(
            "encrypted",
            f"Tệp {name} được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại",
            f"{name} is password-protected",
        )
    raise ReadError(
        "unsupported",
        f"Không đọc được loại tệp của {name}; chỉ nhận .txt, .docx, .doc, .rtf, .odt, .pdf hoặc ảnh chụp",
        f"{name}: unsupported file type",
    )


def _read_image(raw: bytes, name: str) -> SourceText:
    try:
        from chidao.documents.ocr import ocr_image
    except ImportError as e:
        raise ReadError(
            "needs-ocr",
            f"Tệp {name} là ảnh chụp; cần nhận dạng ký tự (OCR) nhưng chức năng này chưa sẵn sàng",
            f"{name} is an image and needs OCR, which is not available ({e})",
        ) from e
    result = ocr_image(raw, name)
    suffix = suffix_of(name)
    if suffix in IMAGE_MEDIA_TYPES and not result.source.media_type:
        result.source.media_type = IMAGE_MEDIA_TYPES[suffix]
    return result


def _limit(max_bytes: int) -> int:
    """`max_bytes`, or `CHIDAO_MAX_UPLOAD_MB` from the environment when the caller kept the default."""
    env = os.environ.get(_ENV_LIMIT, "").strip()
    if max_bytes == DEFAULT_MAX_BYTES and env:
        try:
            return int(float(env) * 1024 * 1024)
        except ValueError:
            return max_bytes
    return max_bytes


def _too_large(size: int, limit: int) -> ReadError:
    mb = 1024 * 1024
    return ReadError(
        "too-large",
        f"Tệp quá lớn ({size / mb:.1f} MB); giới hạn là {limit / mb:.0f} MB",
        f"file too large ({size} bytes, limit {limit})",
    )
