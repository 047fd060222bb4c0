"""Tên cơ quan ban hành (ô 2): the issuer block's lines → issuing body and its governing body (cơ quan chủ quản).

`UBND TỈNH LÀO CAI` / `SỞ CÔNG THƯƠNG` is a governing body over the issuer; `ỦY BAN NHÂN DÂN` / `TỈNH HẬU GIANG`
is one name wrapped over two lines. Which is which comes from the words that start a body's name
(data/issuer_markers.toml): a line starting with a locality word continues the name above it.
"""

from __future__ import annotations

import re
from functools import cache

from chidao.documents.data import load_toml
from chidao.documents.data.formal import header_markers
from chidao.documents.model import Issuer
from chidao.documents.parts.cells import Cell, clean
from chidao.documents.text import fold_chars, written_as


@cache
def opening_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whether a folded text opens with one of `words` (a whole word): one alternation, built once per word
    list of the marker data."""
    if not words:
        return re.compile(r"(?!)")  # no word, no match
    # longest first: a head is tried before a shorter one its folded form opens with (`ĐẠI HỌC` before `ĐÀI`, both
    # `dai`), whose written form would not fit
    alts = "|".join(re.escape(fold_chars(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![a-z])")


def _as_written(words: tuple[str, ...], text: str, start: int, end: int) -> bool:
    """Whether the head found folded at `text[start:end]` is one of `words` as written (`written_as`)."""
    return written_as(text[start:end], words)


def _starts(words: tuple[str, ...], text: str) -> bool:
    m = opening_words(words).match(fold_chars(text))
    return m is not None and _as_written(words, text, 0, m.end())


@cache
def _mass() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    raw = load_toml("issuer_markers.toml")["mass"]
    heads = "|".join(re.escape(fold_chars(w)) for w in sorted(raw["heads"], key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{heads})(?![a-z])"), frozenset(raw["codes"]), tuple(raw["party_heads"])


def mass_body(issuer: Issuer | None, symbol: str | None) -> bool:
    """Whether a mass organisation (Đoàn, Hội, Mặt trận, Công đoàn) issued the document, numbered Party-style but
    no Party body: its name in the issuer block, or its code after the symbol's slash (`KH/TWĐTN-CTTN`); never a
    Party body of theirs (`ĐẢNG ĐOÀN HỘI NÔNG DÂN …`). `[mass]` of data/issuer_markers.toml."""
    heads, codes, party_heads = _mass()
    if issuer is not None and _starts(party_heads, issuer.name):
        return False
    if symbol and "/" in symbol and re.split(r"[-–/\s]", symbol.split("/", 1)[1].strip(), maxsplit=1)[0] in codes:
        return True
    return issuer is not None and any(n and heads.search(fold_chars(n)) for n in (issuer.name, issuer.parent))


def names_a_body(text: str) -> bool:
    """A line that can belong to the issuer block whatever its case (`Ủy ban nhân dân` / `tỉnh Lào Cai`)."""
    words = header_markers().issuer
    return len(text) <= 60 and _starts(words.heads + words.localities, text)


@cache
def _inline_head() -> re.Pattern[str]:
    words = header_markers().issuer
    heads = "|".join(re.escape(fold_chars(w)) for w in sorted(words.inline_heads, key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?:{heads})(?=\s)")


def split_glued(text: str) -> list[str]:
    """`BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN` → the two bodies; a line that is one body stays whole."""
    folded = fold_chars(text)
    blockers = _blockers()
    pieces: list[str] = []
    last = 0
    for m in _inline_head().finditer(folded):
        if not _as_written(header_markers().issuer.inline_heads, text, m.start(), m.end()):
            continue
        before = text[last : m.start()].strip()
        previous_word = folded[: m.start()].split()[-1] if folded[: m.start()].split() else ""
        # A cut needs a complete body before it (`ỦY BAN NHÂN DÂN` alone is not one, nor `UBND XÃ` before the
        # commune `ĐOÀN KẾT`: a locality word needs its name) and no word that makes the head part of a longer
        # one (`TỔNG CỤC`, `ỦY BAN`).
        if (
            previous_word in blockers or _blocked_by_phrase(text, folded, m.start())
            or len(before.split()) < 2 or _is_incomplete(before) or _ends_with_locality(before)
        ):
            continue
        pieces.append(before)
        last = m.start()
    pieces.append(text[last:].strip())
    return [p for p in pieces if p]


@cache
def _blockers() -> frozenset[str]:
    return frozenset(fold_chars(w) for w in header_markers().issuer.inline_blockers if " " not in w)


@cache
def _phrase_blockers() -> tuple[tuple[str, str], ...]:
    """The blockers of several words (`VĂN PHÒNG`): each as written and folded."""
    return tuple((w, fold_chars(w)) for w in header_markers().issuer.inline_blockers if " " in w)


def _blocked_by_phrase(text: str, folded: str, at: int) -> bool:
    """Does a blocker of several words, as written, stand right before the head at `at` (`VĂN PHÒNG ĐOÀN …`)?"""
    before = folded[:at].rstrip()
    for written, phrase in _phrase_blockers():
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()):
            if written_as(text[len(before) - len(phrase) : len(before)], (written,)):
                return True
    return False


@cache
def _incomplete() -> frozenset[str]:
    return frozenset(" ".join(fold_chars(w).split()) for w in header_markers().issuer.incomplete)


@cache
def _locality_end() -> re.Pattern[str]:
    words = "|".join(re.escape(w.lower()) for w in sorted(header_markers().issuer.localities, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})$")


def _ends_with_locality(text: str) -> bool:
    """`UBND XÃ`, `ỦY BAN NHÂN DÂN THÀNH PHỐ`: a body that stops at a locality word, whose name comes next. Matched
    with diacritics (`HÀ TĨNH` does not end with `TỈNH`); a text without any mark cannot tell, and is taken whole."""
    written = " ".join(text.lower().split())
    return not written.isascii() and _locality_end().search(written) is not None


def _is_incomplete(text: str) -> bool:
    return " ".join(fold_chars(text).split()) in _incomplete()


_JOINING_END = re.compile(r"(?:\s(?:va|cua)|[-–,&])$")


def _wrapped_word(above: str, piece: str) -> bool:
    """`SỞ NÔNG NGHIỆP VÀ MÔI` / `TRƯỜNG`: a line of one word, or after a name ending on `VÀ`, is its wrapped end."""
    return len(piece.split()) == 1 or _JOINING_END.search(fold_chars(above).rstrip()) is not None


def _restored(line: str) -> str:
    """`Y BAN NHÂN DÂN` → `ỦY BAN NHÂN DÂN`: a line opening with a word a web copy printed without its letter that
    carries two diacritics (`[issuer] stripped`), read with the word restored."""
    for printed, word in header_markers().issuer.stripped:
        if line.startswith(printed + " "):
            return word + line[len(printed) :]
    return line


def group_bodies(lines: list[str]) -> list[str]:
    """Issuer-block lines grouped into bodies, top (governing) to bottom (issuer)."""
    words = header_markers().issuer
    bodies: list[str] = []
    for line in map(_restored, lines):
        for piece in split_glued(line):
            continues = bodies and (
                _is_incomplete(bodies[-1])
                or len(bodies[-1].split()) == 1  # `ỦY` / `BAN NHÂN DÂN …`: no body's name is one word
                or _ends_with_locality(bodies[-1])
                or _wrapped_word(bodies[-1], piece)
                or (_starts(words.localities, piece) and not _starts(words.heads, piece))
                or not _starts(words.heads, piece)
            )
            if continues:
                bodies[-1] = f"{bodies[-1]} {piece}"
            else:
                bodies.append(piece)
    return bodies


_JOINT_OPEN = re.compile(r"[-–][ \t]+\S")


def _joint_bodies(texts: list[str], lines: list[str]) -> list[str]:
    """`BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO TRUNG ƯƠNG` / `- ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN`: a line opening with a dash
    names a body issuing jointly with the one above, one name (`… TRUNG ƯƠNG - ỦY BAN …`)."""
    if len(texts) != len(lines) or not any(_JOINT_OPEN.match(t) for t in texts[1:]):
        return lines
    joined: list[str] = []
    for text, line in zip(texts, lines, strict=True):
        if joined and joined[-1] and _JOINT_OPEN.match(text):
            joined[-1] = f"{joined[-1]} - {line}"
        else:
            joined.append(line)
    return joined


def read_issuer(cells: list[Cell]) -> Issuer | None:
    """The issuer from the issuer-block cells (in reading order); None when there are none."""
    # (a web copy's cell cut over lines, read as one cell, gives its lines back: `cells.cell_lines`)
    lines = [clean(piece).strip(" -_*") for c in cells for piece in c.raw.split("\n")] if any(
        "\n" in c.raw for c in cells
    ) else [c.text.strip(" -_*") for c in cells]
    lines = _joint_bodies([c.text for c in cells], lines)
    lines = [line for line in lines if line]
    if not lines:
        return None
    bodies = group_bodies(lines)
    name = bodies[-1]
    parent = bodies[-2] if len(bodies) > 1 else None
    last = cells[-1]
    return Issuer(name=name, parent=parent, span=(cells[0].start, last.end))
