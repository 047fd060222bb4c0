""".doc through LibreOffice: runs keep their fonts, so TCVN3 (including the soft-hyphen 'ư') survives."""

from __future__ import annotations

import shutil

import pytest

from chidao.documents import ReadError, read
from chidao.documents.readers import office


@pytest.mark.render
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_doc_with_tcvn3_runs(files) -> None:
    result = read(files / "libreoffice-tcvn3.doc")
    assert result.source.media_type == "application/msword"
    assert result.source.encoding == "tcvn3"
    lines = result.text.split("\n")
    assert lines[:4] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH THÁI NGUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert "vốn đầu tư công" in result.text  # 'ư' is the soft-hyphen byte in TCVN3
    assert result.layout is not None and result.layout["page"]["width_mm"] == pytest.approx(210, abs=1)


@pytest.mark.render
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("header-table.rtf", "application/rtf"),
        ("header-table.odt", "application/vnd.oasis.opendocument.text"),
    ],
)
def test_rtf_and_odt_through_libreoffice(files, name: str, media_type: str) -> None:
    result = read((files / name).read_bytes(), name="no-suffix")  # found by content
    assert result.source.media_type == media_type
    assert result.text.split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"]


def test_missing_libreoffice_is_named(files, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "soffice_path", lambda: None)
    with pytest.raises(ReadError) as err:
        read(files / "libreoffice-tcvn3.doc")
    assert err.value.code == "needs-libreoffice"
    assert "LibreOffice" in err.value.message_vi and "soffice" in err.value.message_en


def test_conversion_time_limit_ends_the_whole_process_group(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hanging converter (a stand-in script that sleeps) is stopped and reported as a timeout."""
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30 &\nsleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setattr(office, "soffice_path", lambda: str(fake))
    monkeypatch.setattr(office, "TIMEOUT_S", 0.5)
    with pytest.raises(ReadError) as err:
        read(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504), name="x.doc")
    assert err.value.code == "timeout"
