"""`chidao check`: one `file:line:col: severity rule-code message` line per finding, a summary, JSON,
exit status 1 on any error, `--select` / `--ignore` / `--issued`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chidao.cli import main
from chidao.documents.check import samples
from chidao.documents.check.cli import line_col


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    text = samples.state(number="Số:     /TB-UBND", place_date="Hà Nam, ngày     tháng 3 năm 2024",
                         body="Đề nghị các sở đồng chí đồng chí Giám đốc chỉ đạo./.")
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [("abc", 0, (1, 1)), ("ab\ncd", 3, (2, 1)), ("ab\ncd", 4, (2, 2)), ("a\n\nb", 3, (3, 1))],
)
def test_line_col_is_one_based(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert line_col(text, offset) == expected


@pytest.mark.parametrize(
    ("args", "status", "present", "absent"),
    [
        ([], 0, ["info number.seq-missing", "warning text.repeated-word"], []),
        (["--issued"], 1, ["error number.seq-missing", "error date.day-missing"], []),
        (["--select", "text"], 0, ["text.repeated-word"], ["number.seq-missing"]),
        (["--ignore", "text.repeated-word,number"], 0, ["date.day-missing"], ["text.repeated-word", "number."]),
    ],
)
def test_text_output_and_status(draft: Path, capsys: pytest.CaptureFixture[str], args: list[str], status: int,
                                present: list[str], absent: list[str]) -> None:
    assert main(["check", str(draft), *args]) == status
    out = capsys.readouterr().out
    lines = out.strip().splitlines()
    assert lines[-1].startswith("Tổng cộng")
    for line in lines[:-1]:
        assert line.startswith(f"{draft}:")
        _, ln, col, rest = line.split(":", 3)
        assert ln.isdigit() and col.isdigit() and rest.split()[0] in {"error", "warning", "info"}
    for p in present:
        assert p in out
    for a in absent:
        assert a not in out


def test_repeated_word_points_at_its_line(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(draft), "--select", "text.repeated-word"])
    line = capsys.readouterr().out.splitlines()[0]
    _, ln, col, _ = line.split(":", 3)
    text_line = draft.read_text(encoding="utf-8").split("\n")[int(ln) - 1]
    assert text_line[int(col) - 1 :].startswith("đồng chí đồng chí")


def test_json_output(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(draft)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["file"] == str(draft)
    rules = {f["rule"] for f in data[0]["findings"]}
    assert {"number.seq-missing", "date.day-missing", "text.repeated-word"} <= rules
    assert all(set(f) >= {"rule", "severity", "message", "span"} for f in data[0]["findings"])


def test_unreadable_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_parse_json_carries_the_same_findings(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", "--format", "json", str(draft)])
    parsed = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    main(["check", "--format", "json", str(draft)])
    checked = {f["rule"] for f in json.loads(capsys.readouterr().out)[0]["findings"]}
    assert parsed == checked


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--list-rules"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 30 and all(len(r) == 4 and r[1] in {"error", "warning", "info"} for r in rows)


def test_no_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
