"""The receiving office's incoming-mail stamp (dấu "ĐẾN") as a scan's text or a transcription keeps it.

Decree 30 gives the stamp one form: the receiving office's name, `ĐẾN Số: …`, `Ngày: …`, `Chuyển: …`, `Số và ký
hiệu HS: …`, filled by hand. Stamped on the first page, it lands in the text between the header and the Kính gửi,
where its `Số:` and `Ngày:` would pass for the header's and its lines would end the header before the addressees.
The stamp's lines are found here so that the header reader steps over them (`[incoming_stamp]` of
data/issuer_markers.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final, NamedTuple

from chidao.documents.data import load_toml
from chidao.documents.text import fold_chars


class _Stamp(NamedTuple):
    head: re.Pattern[str]
    label: re.Pattern[str]
    reach: int


# a transcription's marks around a line's text: a quote (`> `), a table's bar, bold or italic stars
_MARKS: Final = " \t>|*_"


@cache
def _stamp() -> _Stamp:
    raw = load_toml("issuer_markers.toml")["incoming_stamp"]

    def words(key: str) -> str:
        return "|".join(re.escape(fold_chars(w).lower()) for w in sorted(raw[key], key=len, reverse=True))

    # the head alone, or before the number's label on its line (`ĐẾN Số: 1998`)
    head = re.compile(rf"(?P<head>{words('heads')})(?:\s+(?:{words('labels')})\s*:.*)?")
    label = re.compile(rf"(?:{words('labels')})\s*:")
    return _Stamp(head, label, int(raw["reach"]))


def _bare(line: str) -> str:
    """The line's text without a transcription's marks, its spaces single."""
    return " ".join(line.replace("*", " ").strip(_MARKS).split())


def _is_head(line: str) -> bool:
    """`ĐẾN`, `ĐẾN Số: 1998`, `CÔNG VĂN ĐẾN`: the stamp's head, printed in capitals."""
    bare = _bare(line)
    m = _stamp().head.fullmatch(fold_chars(bare).lower())
    return m is not None and bare[: m.end("head")].isupper()


def _is_label(line: str) -> bool:
    return _stamp().label.match(fold_chars(_bare(line)).lower()) is not None


def stamp_lines(lines: Sequence[str]) -> set[int]:
    """The indices of `lines` that are an incoming-mail stamp's: its head (`ĐẾN`, `CÔNG VĂN ĐẾN`), the label lines
    right after it (`Ngày: …`, `Chuyển: …`), and the receiving office's name in capitals right above the head. A
    head with no label line within reach is no stamp (`ĐẾN NĂM 2030` of a title)."""
    found: set[int] = set()
    reach = _stamp().reach
    for i, line in enumerate(lines):
        if i in found or not _is_head(line):
            continue
        run = [i]
        for j in range(i + 1, min(len(lines), i + 1 + reach)):
            if not _is_label(lines[j]):
                break
            run.append(j)
        if len(run) < 2:
            continue
        found.update(run)
        above = _bare(lines[i - 1]) if i > 0 else ""
        if above.isupper() and ":" not in above:
            found.add(i - 1)  # the receiving office's name, the stamp's first line
    return found
