"""Quyền hạn, chức vụ, họ tên người ký (ô 7a/7b): `TL. CHỦ TỊCH` / `KT. CHÁNH VĂN PHÒNG` / title / name.

The block arrives as text lines in reading order, sometimes glued into one line (`KT. BỘ TRƯỞNG THỨ TRƯỞNG
Nguyễn Văn A`). It is read as upper-case segments cut at authority markers, then the first run of
capitalised words (the name). A marker segment with no title line after it is split with the title lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from chidao.documents.data import load_toml
from chidao.documents.data.formal import authority_markers, header_markers, titles
from chidao.documents.model import Authority, Signature
from chidao.documents.parts.cells import LOWER, UPPER, is_upper
from chidao.documents.parts.issuer import names_a_body
from chidao.documents.text import fold_chars

# A title glued to the name after it (`PHÓ CHỦ TỊCHNguyễn Văn A`): the name's word runs on in lower case to a space
# or the end (not `TƯỚNGy]`, a capital word with a PDF's stray marks after it)
_GLUED = re.compile(rf"([{UPPER}]{{2,}})([{UPPER}][{LOWER}])(?=[{LOWER}]*(?:\s|$))")
# A bracket glued to the end of a word in capitals, with at most one stray letter before it (`PHÓ THỦ TƯỚNGy]`):
# what a gazette PDF's text keeps of the signature image laid over the title; titles hold no brackets
_STRAY = re.compile(rf"(?<=[{UPPER}])[{LOWER}]?[\[\]]+(?=\s|$)")
# `(đã ký)` between the title and the name of a closing flattened onto one line (alone on its line: `is_signed_mark`)
_INLINE_SIGNED = re.compile(r"[(\[]\s*(?:[Đđ]ã\s+)?[Kk]ý(?:\s+(?:số|tên))?(?:\s+và\s+đóng\s+dấu)?\s*[)\]]")
# A word of a person's name; Central Highlands names have an apostrophe inside (`H'Lan Niê`, `Y Ly Niê K’Đăm`).
_NAME_WORD: Final = re.compile(rf"^[{UPPER}][{LOWER}]*(?:['’][{UPPER}{LOWER}][{LOWER}]*)?$")


@cache
def _marker_pattern() -> re.Pattern[str]:
    dotted: set[str] = set()
    bare: set[str] = set()
    for m in authority_markers():
        for form in m.forms:
            form = form.strip()
            (dotted if form.endswith(".") or "/" in form else bare).add(re.escape(form))
    dot_alts = "|".join(sorted(dotted, key=len, reverse=True))
    bare_alts = "|".join(sorted(bare, key=len, reverse=True))
    # `KT.` may touch the next word; a bare `KT` needs a space and an upper-case word after it.
    return re.compile(rf"(?<!\S)(?:(?:{dot_alts})(?=\s|$|[{UPPER}])|(?:{bare_alts})(?=\s+[{UPPER}]{{2}}))")


@cache
def _marker_of_form() -> dict[str, str]:
    return {form.strip(): m.marker for m in authority_markers() for form in m.forms}


@cache
def _signed() -> re.Pattern[str]:
    return re.compile(header_markers().signed)


def is_signed_mark(text: str) -> bool:
    """`(Đã ký)` and the like, standing where the signature was."""
    return _signed().match(" ".join(fold_chars(text.replace("*", " ")).split())) is not None


@cache
def _farewells() -> frozenset[str]:
    return frozenset(fold_chars(w).lower() for w in load_toml("authority_markers.toml")["farewell"]["words"])


def is_farewell(text: str) -> bool:
    """`KÍNH THƯ`: a letter's farewell alone on its line above the signer (`[farewell]` of authority_markers.toml)."""
    return " ".join(fold_chars(text.replace("*", " ")).lower().split()).strip(" .!,") in _farewells()


def _is_capital_name(text: str) -> bool:
    """`NGUYỄN VĂN AN`: a name printed in capitals (a family name first, two to five words, not a title)."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[0] in titles().surnames and not is_title(text)


def find_markers(text: str) -> list[re.Match[str]]:
    return list(_marker_pattern().finditer(text))


@cache
def _glued_pattern() -> re.Pattern[str]:
    forms = {re.escape(f.strip()) for m in authority_markers() for f in m.forms if f.strip().endswith(".") or "/" in f}
    alts = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:{alts})\s*(?=[{UPPER}]{{2,}}[,]?\s+[{UPPER}]{{2,}})")


def find_glued_marker(text: str) -> int | None:
    """Where a marker glued to the word before it starts (`VT, NN (2)NXT.KT. BỘ TRƯỞNG`, a flattened table):
    only with two capitalised words after it."""
    m = _glued_pattern().search(text)
    return m.start() if m else None


def starts_with_marker(text: str) -> bool:
    m = _marker_pattern().match(text.strip(" *"))
    return m is not None


def leading_marker(text: str) -> str | None:
    """The marker `text` opens with, as its canonical form (`T.M` → `TM.`), else None."""
    m = _marker_pattern().match(text.strip(" *"))
    return _marker_of_form().get(m.group(0).strip()) if m else None


def is_name(text: str) -> bool:
    """Two to six capitalised words and nothing else (`Dương Văn Chiền`), also after a rank or degree
    (`Thượng tướng Lê Văn A`)."""
    words = text.split()
    if 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) for w in words):
        return True
    m = _name_prefix().match(text)
    return m is not None and m.end() > 0 and is_name(text[m.end() :])


def title_then_name(text: str) -> bool:
    """`PHÓ CHỦ TỊCH Nguyễn Văn A` (a title and a name on one line, maybe glued), also with capitals after the
    name (`… Nguyễn Văn A PHỤ LỤC`: a flat export glues the next heading on), whatever the name's length."""
    words = _GLUED.sub(r"\1 \2", text.replace("*", " ")).split()
    upper = 0
    while upper < len(words) and is_upper(words[upper]):
        upper += 1
    end = len(words)
    while end > upper and (is_upper(words[end - 1]) or not any(c.isalpha() for c in words[end - 1])):
        end -= 1
    return upper >= 2 and is_name(" ".join(words[upper:end]).rstrip("."))


@cache
def _title_pattern() -> re.Pattern[str]:
    t = titles()
    heads = "|".join(re.escape(fold_chars(h)) for h in sorted(t.heads, key=len, reverse=True))
    quals = "|".join(re.escape(fold_chars(q)) for q in t.qualifiers)
    return re.compile(rf"(?:{fold_chars(t.deputy)} )?(?:{heads})(?: (?:{quals}))?")


def is_title(text: str) -> bool:
    return _title_pattern().fullmatch(" ".join(fold_chars(text).split())) is not None


@cache
def _longest_title() -> int:
    """The longest text `_title_pattern` matches: deputy, head title and qualifier."""
    t = titles()
    return len(t.deputy) + 1 + max(map(len, t.heads)) + 1 + max(map(len, t.qualifiers), default=0)


def starts_title(text: str) -> bool:
    """`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...`: a line that opens with a leadership title."""
    # Folding keeps spaces spaces and letters letters: fold only the head a title can span.
    return _title_pattern().match(fold_chars(" ".join(text.split())[: _longest_title()])) is not None


def split_title(text: str) -> tuple[str, str | None]:
    """`BỘ TRƯỞNG THỨ TRƯỞNG` → (`BỘ TRƯỞNG`, `THỨ TRƯỞNG`): the longest trailing title, never after a comma; a
    text that is one title (`TỔNG CỤC TRƯỞNG`, `TỔNG GIÁM ĐỐC`) is not cut inside it."""
    if is_title(text):
        return text, None
    words = text.split()
    for k in range(1, len(words)):
        if words[k - 1].endswith(","):
            continue
        if is_title(" ".join(words[k:])):
            return _glued_title(words[:k], " ".join(words[k:])) or (" ".join(words[:k]), " ".join(words[k:]))
    # A title with a unit after it (`VỤ TRƯỞNG VỤ PHÁP CHẾ`) after a complete head title.
    for k in range(1, len(words)):
        if is_title(" ".join(words[:k])) and starts_title(" ".join(words[k:])):
            return " ".join(words[:k]), " ".join(words[k:])
    for k in range(len(words) - 1, 0, -1):
        if (glued := _glued_title(words[: k + 1], " ".join(words[k + 1 :]))) is not None:
            return glued
    return text, None


def _glued_title(before: list[str], title: str) -> tuple[str, str] | None:
    """A title glued to the body's last word by a flattened copy (`TM. BAN THƯỜNG VỤ TỈNH ĐOÀNPHÓ BÍ THƯ`): `before`
    cut inside its last word, the part left two letters or more, where that word's end and `title` make a title."""
    word = before[-1]
    for p in range(2, len(word) - 1):
        if word[p].isupper() and is_title(f"{word[p:]} {title}".strip()):
            return " ".join([*before[:-1], word[:p]]), f"{word[p:]} {title}".strip()
    return None


@dataclass
class _Segment:
    marker: str | None
    words: list[str]
    line: int


def _segments(lines: list[str]) -> tuple[list[_Segment], str | None]:
    """Upper-case segments (cut at markers and line ends) up to the name, and the name."""
    segments: list[_Segment] = []
    for index, raw in enumerate(lines):
        if is_signed_mark(raw) or is_farewell(raw):
            continue
        text = _GLUED.sub(r"\1 \2", _STRAY.sub("", _INLINE_SIGNED.sub(" ", raw.replace("*", " "))))
        short = len(text.split()) <= 6 and not any(is_upper(w) and len(w) > 1 for w in text.split()[1:])
        if short and (starts_title(text) or starts_with_marker(text)) and not title_then_name(text):
            text = text.upper()  # `Phó Chủ tịch`: a title a style set in capitals
        pos = 0
        for m in _marker_pattern().finditer(text):
            _words(segments, text[pos : m.start()], index)
            segments.append(_Segment(_marker_of_form()[m.group(0).strip()], [], index))
            pos = m.end()
        name = _words(segments, text[pos:], index)
        if name:
            return segments, name
    return segments, None


@cache
def _name_prefix() -> re.Pattern[str]:
    """Ranks and degrees before a name (`Thượng tướng `, `PGS.TS. `), one or more, each with an optional dot."""
    alts = "|".join(re.escape(p) for p in sorted(titles().name_prefixes, key=len, reverse=True))
    return re.compile(rf"(?:(?:{alts})\.?\s*)+(?=[{UPPER}][{LOWER}'’])")  # (an Ê Đê name: `H'Lan Niê`)


def _name_words(words: list[str]) -> str | None:
    """The name that `words` open with (two to six capitalised words), or None."""
    name: list[str] = []
    for w in words:
        if not _NAME_WORD.match(w.rstrip(".,")):
            break
        name.append(w.rstrip(".,"))
    return " ".join(name[:6]) if len(name) >= 2 else None


def _prefixed_name(words: list[str]) -> str | None:
    """`Thượng tướng Lê Văn A`, `PGS.TS. Trần Thị B`: the name after a rank or degree, without it."""
    m = _name_prefix().match(" ".join(words))
    return _name_words(" ".join(words)[m.end() :].split()) if m else None


def _words(segments: list[_Segment], text: str, line: int) -> str | None:
    """Add the upper-case words of `text` to the open segment; return a name if one follows them."""
    words = text.replace("*", " ").split()
    for i, word in enumerate(words):
        prefixed = _prefixed_name(words[i:])
        if prefixed:
            return prefixed
        # `Y Ly Niê`: a one-letter first name is the name's, not a capital of the title before it
        if (is_upper(word) or word in {",", "-", "&"}) and not _opens_name(words, i):
            seg = segments[-1] if segments else None
            if seg is None or (seg.line != line and (seg.marker is None or seg.words)):
                seg = _Segment(None, [], line)
                segments.append(seg)
            seg.line = line
            seg.words.append(word)
            continue
        return _name_words(words[i:])
    return None


def _opens_name(words: list[str], i: int) -> bool:
    """A one-letter capital before a capitalised word that is not in capitals: the first word of a name (`Y`, as
    Ê Đê men's names open: `PHÓ GIÁM ĐỐC Y Ly Niê`), while `SỞ Y TẾ` stays a title."""
    if len(words[i]) != 1 or not words[i].isalpha() or i + 1 >= len(words):
        return False
    after = words[i + 1].rstrip(".,")
    return _NAME_WORD.match(after) is not None and len(after) > 1 and not is_upper(after)


def wrapped_name_end(name: str, next_line: str) -> str | None:
    """`Nguyễn Hữu` / `Tháp` (a PDF column too narrow for the name): the last word of a two-word name, when
    the next line opens with one capitalised word and nothing but capitals after it."""
    words = next_line.replace("*", " ").split()
    if len(name.split()) != 2 or not words or not _NAME_WORD.match(words[0]) or len(words[0]) < 2:
        return None
    rest = " ".join(words[1:])
    return words[0] if not rest or is_upper(rest) else None


@cache
def _wrap_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in load_toml("authority_markers.toml")["wrapped_authority"]["pairs"])


def _wrapped_rest(of: str, line: str) -> str | None:
    """When an authority's line (`of`) stops inside a body's name whose rest opens `line` (`CHỦ TỊCH ỦY` / `BAN NHÂN
    DÂN TỈNH CHÁNH VĂN PHÒNG`): what of `line` follows the body's name (a title that ran on: `CHÁNH VĂN PHÒNG`), ''
    when nothing does; None when the line does not carry the authority on."""
    if not any(of.endswith(" " + a) and line.startswith(b + " ") for a, b in _wrap_pairs()):
        return None
    title = _title_pattern().search(fold_chars(line))
    return line[title.start() :].strip() if title is not None and title.start() > 0 else ""


def _body_of_title(of: str, line: str, after: list[_Segment]) -> bool:
    """Is `line` the name of the body whose head `of` is (`CHỦ TỊCH` / `ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC`), the signer's
    own title on the next line?"""
    if not is_title(of) or starts_title(line) or not names_a_body(line):
        return False
    nxt = after[0] if after else None
    return nxt is not None and nxt.marker is None and starts_title(" ".join(nxt.words))


def read_signature(lines: list[str], span: tuple[int, int] | None) -> Signature | None:
    """A signature block from its text lines (top to bottom)."""
    segments, name = _segments(lines)
    segments = [s for s in segments if s.marker or s.words]
    # A marker alone on its line takes the next line as what it signs for (`KT.` / `TỔNG CỤC TRƯỞNG`).
    merged: list[_Segment] = []
    for seg in segments:
        if merged and merged[-1].marker and not merged[-1].words and seg.marker is None:
            merged[-1].words = seg.words
            continue
        merged.append(seg)
    if not merged and not name:
        return None
    authority: list[Authority] = []
    title_parts: list[str] = []
    for i, seg in enumerate(merged):
        text = " ".join(seg.words).strip(" ,")
        if seg.marker:
            authority.append(Authority(marker=seg.marker, of=text))
            title_parts = []
        elif text and authority and not title_parts and _body_of_title(authority[-1].of, text, merged[i + 1 :]):
            # `KT. CHỦ TỊCH` / `ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC` / `PHÓ CHỦ TỊCH`: the body the authority's title heads,
            # on a line of its own above the signer's title
            authority[-1] = Authority(marker=authority[-1].marker, of=f"{authority[-1].of} {text}")
        elif text and authority and not title_parts and (rest := _wrapped_rest(authority[-1].of, text)) is not None:
            # `TL. CHỦ TỊCH ỦY` / `BAN NHÂN DÂN TỈNH`: the authority's line wrapped inside a body's name
            authority[-1] = Authority(marker=authority[-1].marker, of=f"{authority[-1].of} {text[: len(text) - len(rest)].strip()}")
            if rest:
                title_parts.append(rest)
        elif text:
            title_parts.append(text)
    if name is None and title_parts and (authority or len(title_parts) > 1) and _is_capital_name(title_parts[-1]):
        name = title_parts.pop()
    title = " ".join(title_parts) or None
    if title is None and authority:
        of, split = split_title(authority[-1].of)
        if split:
            # (`KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC`, a transcription on one line: the dash parts the two, no part of either)
            authority[-1] = Authority(marker=authority[-1].marker, of=of.rstrip(" -–"))
            title = split
    return Signature(authority=authority, title=title, name=name, span=span)
