"""Which reader a file needs: by its content first (magic bytes), then by its suffix."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

Kind = Literal["txt", "docx", "pdf", "doc", "rtf", "odt", "image", "encrypted-office", "zip", "unknown"]

MEDIA_TYPES: dict[str, str] = {
    "txt": "text/plain",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "doc": "application/msword",
    "image": "image/*",
}
IMAGE_MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
_SUFFIX_KIND: dict[str, Kind] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".doc": "doc",
    ".rtf": "rtf",
    ".odt": "odt",
    **{suffix: "image" for suffix in IMAGE_MEDIA_TYPES},
}
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def suffix_of(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.rfind("/") and dot >= 0 else ""


def sniff(raw: bytes, name: str) -> Kind:
    """The kind of `raw`, trusting content over the file name's suffix."""
    head = raw[:8]
    if raw[:1024].lstrip(b"\x00\t\n\r ").startswith(b"%PDF") or b"%PDF-" in raw[:1024]:
        return "pdf"
    if raw[:5] == b"{\\rtf":
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        if raw[30:38] == b"mimetype" and b"application/vnd.oasis.opendocument.text" in raw[38:120]:
            return "odt"
        readable = _is_docx(raw)
        if readable is None:  # a broken zip: let the reader its suffix names say so
            return _SUFFIX_KIND.get(suffix_of(name), "zip")
        return "docx" if readable else "zip"
    if head == OLE_MAGIC:
        return "encrypted-office" if _ENCRYPTED_PACKAGE in raw else "doc"
    if any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        return "image"
    kind = _SUFFIX_KIND.get(suffix_of(name))
    if kind is not None:
        return kind
    return "txt" if _looks_textual(raw) else "unknown"


def _is_docx(raw: bytes) -> bool | None:
    """Whether a zip holds word/document.xml; None when it is not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            names = z.namelist()
            return "word/document.xml" in names or any(n.startswith("word/document") for n in names)
    except (zipfile.BadZipFile, ValueError, OSError):
        return None


def _looks_textual(raw: bytes) -> bool:
    """No suffix we know: text when the start has no control bytes besides whitespace (or it is UTF-16)."""
    sample = raw[:4096]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff") or sample[:3] == b"\xef\xbb\xbf":
        return True
    if sample.count(0) > len(sample) // 4:  # BOM-less UTF-16: every other byte is zero for ASCII
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls <= len(sample) // 100
