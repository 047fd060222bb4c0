""".doc (Word 97-2003) → .docx through LibreOffice headless, then the .docx reader.

LibreOffice keeps each run's font, so TCVN3 and VNI runs are converted as in any .docx (the text converters
`antiword` and `catdoc` lose the TCVN3 `ư`, which is the soft hyphen byte). Each conversion uses a private
profile directory, so parallel conversions never share (or lock) a user profile, and it has a time limit.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from chidao.documents.readers.docx import read_docx
from chidao.documents.readers.source import ReadError, SourceText, make_source

TIMEOUT_S = 120
_SOFFICE_NAMES = ("soffice", "libreoffice")


def soffice_path() -> str | None:
    """The LibreOffice executable (`CHIDAO_SOFFICE` overrides the search), or None."""
    configured = os.environ.get("CHIDAO_SOFFICE")
    if configured:
        return configured if shutil.which(configured) else None
    return next((path for name in _SOFFICE_NAMES if (path := shutil.which(name))), None)


# What LibreOffice converts for us: kind → (suffix of the temporary input, media type, source.encoding)
FORMATS = {
    "doc": (".doc", "application/msword", "doc"),
    "rtf": (".rtf", "application/rtf", "rtf"),
    "odt": (".odt", "application/vnd.oasis.opendocument.text", "odt"),
}


def read_doc(raw: bytes, name: str, max_bytes: int = 50 * 1024 * 1024, kind: str = "doc") -> SourceText:
    """A Word 97-2003 (or RTF, or OpenDocument) file: converted to .docx, then read as one."""
    suffix, media_type, container = FORMATS[kind]
    docx = convert_to_docx(raw, name, suffix)
    result = read_docx(docx, name, max_bytes=max_bytes, encoding=container)
    result.source = make_source(raw, name, media_type, result.source.encoding)
    return result


def _run(command: list[str], cwd: str, timeout: float) -> None:
    """Run LibreOffice in its own process group, so a timeout ends soffice.bin too, not only its launcher."""
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise


def convert_to_docx(raw: bytes, name: str, suffix: str = ".doc") -> bytes:
    soffice = soffice_path()
    if soffice is None:
        raise ReadError(
            "needs-libreoffice",
            f"Không đọc được tệp .doc {name}: máy chủ chưa cài LibreOffice (soffice); "
            "hãy lưu tệp thành .docx rồi tải lên lại",
            f"{name}: reading .doc needs LibreOffice ('soffice' not found on PATH)",
        )
    with tempfile.TemporaryDirectory(prefix="chidao-doc-") as tmp:
        work = Path(tmp)
        source = work / f"input{suffix}"
        source.write_bytes(raw)
        profile = (work / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            _run(command, cwd=tmp, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired as e:
            raise ReadError(
                "timeout",
                f"Chuyển đổi tệp .doc {name} quá thời gian cho phép ({TIMEOUT_S} giây)",
                f"{name}: LibreOffice conversion timed out after {TIMEOUT_S} s",
            ) from e
        except OSError as e:
            raise ReadError(
                "needs-libreoffice",
                f"Không chạy được LibreOffice để đọc tệp .doc {name}",
                f"{name}: cannot run LibreOffice ({e})",
            ) from e
        output = work / "out" / "input.docx"
        if not output.is_file():
            raise ReadError(
                "corrupt",
                f"Tệp .doc {name} bị hỏng, được đặt mật khẩu hoặc không phải văn bản Word",
                f"{name}: LibreOffice could not convert it (corrupt, encrypted or not a Word document)",
            )
        return output.read_bytes()
