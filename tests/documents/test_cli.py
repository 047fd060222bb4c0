"""`chidao parse` over a batch: one file the parser cannot finish is stopped at the time limit and reported, and the
other files are still parsed."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import pytest

from chidao.documents import cli, parse_text
from chidao.documents.check import cli as check_cli

NOTICE = "ỦY BAN NHÂN DÂN\nTỈNH HÒA LÂM\nSố: 12/TB-UBND\nTHÔNG BÁO\nGiao Sở Tài chính tổng hợp.\n"


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    parse_text(NOTICE)  # the tables a first parse builds are built here, outside any limit
    names = []
    for stem in ("slow", "fine"):
        path = tmp_path / f"{stem}.txt"
        path.write_text(NOTICE, encoding="utf-8")
        names.append(str(path))
    return names


@pytest.fixture
def slow_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse of `slow.txt` never ends (as a loop that does not advance would); any other file parses."""
    real = cli.parse

    def parse(source: Any, **kwargs: Any) -> Any:
        if str(source).endswith("slow.txt"):
            while True:
                time.sleep(0.01)
        return real(source, **kwargs)

    monkeypatch.setattr(cli, "parse", parse)


@pytest.mark.usefixtures("slow_first")
def test_a_file_over_the_time_limit_is_reported_and_the_batch_goes_on(
    batch: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status = cli.run_parse(argparse.Namespace(files=batch, format="json", time_limit=1.0))
    out, err = capsys.readouterr()
    assert status == 1
    assert "slow.txt: phân tích quá 1 giây nên đã dừng" in err
    assert '"name": "fine.txt"' in out and "slow.txt" not in out


def test_the_time_limit_leaves_no_timer_behind(batch: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run_parse(argparse.Namespace(files=batch, format="json", time_limit=1.0)) == 0
    time.sleep(1.1)  # a timer left running would fire here, outside any file
    assert capsys.readouterr().out.count('"format": "chidao.document/1"') == 2


def test_check_command_takes_the_limit_too(batch: list[str]) -> None:
    parser = argparse.ArgumentParser()
    check_cli.add_check_parser(parser.add_subparsers())
    args = parser.parse_args(["check", "--time-limit", "5", *batch])
    assert args.time_limit == 5.0
