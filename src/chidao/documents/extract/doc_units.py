"""The units one document names, to write a short or abbreviated mention out as the document's fullest name.

`UBND thành phố` → `UBND thành phố Lạng Sơn` when the document named it in full; `Ban QLDA` → the name the
document defined it for (`Ban Quản lý dự án ... (Ban QLDA)`); `các đơn vị` in a letter → its Kính gửi list;
`các Công ty` → the companies the document enumerates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Final

from chidao.documents.alternation import as_written, either_case
from chidao.documents.data import load_toml
from chidao.documents.data.formal import titles
from chidao.documents.extract.assignees import (
    ADDRESS_FORMS,
    COURTESY,
    LOCAL_HEADS,
    OFFICES,
    OPEN_HEADS,
    OWNED_BY,
    PLACE_LEVELS,
    SURNAMES,
    UnitMention,
    head_starts,
    mention_at,
    read_unit,
    read_units,
    strip_office,
    unglue,
    written_out_field,
)
from chidao.documents.extract.units import UnitRegistry, abbreviations, unit_key
from chidao.documents.model import Task
from chidao.documents.text import VI_UPPER, fold

_GROUPS = load_toml("unit_heads.toml")
_COUNTRY = _GROUPS["omitted_country"]
# the Front named without its country (`Ủy ban MTTQ xã X`), followed by no `Việt Nam`: `[omitted_country]`
_COUNTRY_LEFT_OUT = re.compile(
    rf"(?:{'|'.join(map(re.escape, _COUNTRY['names']))})(?!\s+(?:{re.escape(_COUNTRY['country'])}|VN)\b)"
)
# a group a letter addresses by a generic noun (`các đơn vị`): `[addressed_groups]` of data/unit_heads.toml
_ADDRESSED = _GROUPS["addressed_groups"]
_ADDRESSEE_GROUP = re.compile(
    rf"(?:(?:{either_case(_ADDRESSED['determiners'])}|\d{{1,2}}) )?{as_written(_ADDRESSED['nouns'])}"
    rf"(?:,? (?:và )?{as_written(_ADDRESSED['with_places'])})?(?: {as_written(_ADDRESSED['referring'])})?"
)
# ... the same group pointing back at the text (`các đơn vị nêu trên`): `above`
_GROUP_ABOVE = re.compile(
    rf"(?:(?:{either_case(_ADDRESSED['determiners'])}|\d{{1,2}}) )?{as_written(_ADDRESSED['nouns'])}"
    rf"(?:,? (?:và )?{as_written(_ADDRESSED['with_places'])})? {as_written(_ADDRESSED['above'])}"
)
ABOVE_WORDS = tuple(_ADDRESSED["above"])  # `nêu trên`, `trên`: a name ending so may point back
# what joins the names of one list (`A, B và C`, `A; B`), each name perhaps with an aside in brackets after it (`Công
# ty A (gói thầu số 1 …); Công ty B (…)`), one bracket deep inside it
_LIST_JOINT = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:[,;]\s*(?:và\s+)?|và\s+)")
# a heading between a list and the group pointing back at it (`2. Kiến nghị`): short, numbered
_HEADING_LINE = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+\S[^\n]{0,60}$")
# a group named by the head noun of the bodies a document lists (`các Công ty`): `[named_groups]`, the head in group 1
_NAMED = _GROUPS["named_groups"]
_NAMED_GROUP: Final = re.compile(
    rf"{as_written(_NAMED['determiners'])} ({as_written(_NAMED['heads'])})(?: {as_written(_NAMED['referring'])})?"
)
# `(Chủ tịch) UBND các tỉnh nêu trên`: the places of that level the document has named, each under the same head
_PLACES_ABOVE: Final = re.compile(
    rf"(.+?) các ({as_written(PLACE_LEVELS['above'])}|tỉnh, thành phố) (?:nêu trên|trên)"
)
# `(Giám đốc) các sở nêu trên`: the bodies of that kind the letter is sent to (its Kính gửi lines), each by its name
# the holders of one office with no body named (`Các đồng chí Bộ trưởng`, `các Bộ trưởng`: `_office_holders`)
_HOLDERS = re.compile(rf"[Cc]ác (?:đồng chí )?({as_written(OFFICES)})")
# initials in a name (`LĐ`, `PTNT` of `Sở LĐ-TB&XH`, `Sở Nông nghiệp và PTNT`)
_INITIALS_RUN = re.compile(r"(?<![\w])[A-ZĐ]{2}|(?<=[A-ZĐ])[&-][A-ZĐ]")
# a group counted (`UBND 4 tỉnh`, `UBND 05 huyện ven biển`, `UBND 13 tỉnh, thành phố`): head, number, levels
_GROUP_LEVEL = as_written(PLACE_LEVELS["group_levels"])
_COUNTED = re.compile(rf"(.+?) (\d{{1,2}}) ({_GROUP_LEVEL}(?:, {_GROUP_LEVEL})*)(?: [^,;]+)?")
_HEADS_ABOVE: Final = re.compile(r"(?:các|những) (\w+(?: \w+)??) (?:nêu trên|trên)")
# the body a document names as its project's owner (`Ban X (chủ đầu tư)`, `chủ đầu tư là Sở Y`): `[project_owner]`
# a name ending on a level of place with no name after it (`… trên địa bàn tỉnh`), and a proper name of up to four
# capitalised words (`Lào Cai`, `Bà Rịa - Vũng Tàu`) that a fuller mention gives after it
_LEVEL_LAST = re.compile(r"(?<![\wÀ-ỹ])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$")
_PROPER_NAME = r"[A-ZÀ-Ỹ][\wÀ-ỹ]*(?:(?:[ \t]+|[ \t]*-[ \t]*)[A-ZÀ-Ỹ][\wÀ-ỹ]*){0,3}"
_OWNER: Final = _GROUPS["project_owner"]
_OWNER_ROLE = either_case([_OWNER["role"]])
# ... also when narrowed by what it owns (`chủ đầu tư hạ tầng khu công nghiệp`): `owned` of `[project_parties]`
_OWNED_ROLES: Final = tuple(f"{_OWNER['role']} {w} " for w in load_toml("unit_heads.toml")["project_parties"]["owned"])
_BODY_THEN_ROLE = re.compile(
    rf"[ \t]*(?:\([ \t]*{_OWNER_ROLE}[ \t]*\)|{as_written([w for w in _OWNER['before'] if w != '('])}[ \t]+{_OWNER_ROLE}"
    r"(?![\wÀ-ỹ]))"
)
_ROLE_THEN_BODY = re.compile(
    rf"(?<![\wÀ-ỹ]){_OWNER_ROLE}(?:[ \t]+{as_written(_OWNER['of'])})?[ \t]*{as_written(_OWNER['after'])}[ \t]*$"
)


# An office before a unit (`Bộ trưởng Bộ Tài chính`, `Thống đốc Ngân hàng …`, `Bộ trưởng, Chủ nhiệm Văn phòng …`):
# the titles of `[titles]` in authority_markers.toml, folded, with the comma and blanks before the unit
_OFFICE_END = re.compile(
    rf"(?<![a-z])(?:{'|'.join(re.escape(fold(t)) for t in sorted(titles().heads, key=len, reverse=True))})[ ,]*$"
)
_OFFICE_TITLES = tuple(sorted({fold(t) for t in titles().heads}))  # each ends with a letter
_TITLE_LAST_WORDS = tuple(sorted({t.rsplit(" ", 1)[-1] for t in _OFFICE_TITLES}))
_OFFICE_REACH = 40  # characters before a unit looked at for its holder's office
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_BLANKS_AND_COMMAS = "," + "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace())


def _office_before(text: str, start: int) -> bool:
    """Does an office holder's title stand right before the unit that starts at `start`? (`_OFFICE_END` searched in
    the folded window before it, told from the window's end.) Most units follow no title: the window's last word
    alone, folded, tells so first (the window's fold ends with that word's, less its commas, unless that is empty:
    a word of combining marks alone)."""
    window = text[max(0, start - _OFFICE_REACH) : start]
    words = window.rstrip(_BLANKS_AND_COMMAS).rsplit(None, 1)
    last = fold(words[-1]).rstrip(",") if words else ""
    if last and not last.endswith(_TITLE_LAST_WORDS):
        return False
    folded = fold(window)
    return _title_ends(folded) or (folded[-1:] == "\n" and _title_ends(folded[:-1]))


def _title_ends(window: str) -> bool:
    """Does `window` end with a title of `_OFFICE_TITLES` (not right after a letter a-z), then blanks and commas?"""
    window = window.rstrip(" ,")
    if not window.endswith(_OFFICE_TITLES):
        return False
    for title in _OFFICE_TITLES:
        if window.endswith(title):
            at = len(window) - len(title)
            if window[at - 1 : at] not in _ASCII_LOWER:  # ('' at the window's start: no letter before)
                return True
    return False


_GLUED_CODE = ("-", "–")


def _taken(text: str, mention: UnitMention) -> tuple[str, ...]:
    """The names a mention gives the document's units: each name, then its core without an office (`Giám đốc Sở Y tế`
    → `Sở Y tế`); named after its holder's office, without the holder's name (`Thống đốc Ngân hàng Nhà nước Việt Nam
    Nguyễn Thị Hồng`, `Bộ trưởng Bộ Tài chính Hồ Đức Phớc`)."""
    held: bool | None = None  # (asked only of a name a holder's name could be cut from: most are too short)
    names: list[str] = []
    cores: list[str] = []
    for name in mention.names:
        core = strip_office(name)
        if core != name:
            name, core = _without_person(name), _without_person(core)
        elif (cut := _without_person(name)) != name:
            if held is None:
                held = _office_before(text, mention.start)
            if held:
                name = core = cut
        names.append(name)
        if core != name:
            cores.append(core)
    return (*names, *cores)


def _without_person(name: str) -> str:
    """`Bộ Tài chính Hồ Đức Phớc` → `Bộ Tài chính`: a unit named after its holder's office, without the holder's name
    (three or four capitalised words at its end that open with a common surname, `[person_after_place]`, not after a
    place's level word), at least two words of the unit left."""
    words = name.split()
    for i in range(max(2, len(words) - 4), len(words) - 2):  # (the holder's name is the last four words at most)
        if (
            words[i] in SURNAMES and all(w[:1].isupper() and w.isalpha() for w in words[i:])
            and words[i - 1].lower() not in _LEVEL_WORDS  # a place (`tỉnh Hà Tĩnh`, `Thành phố Hồ Chí Minh`)
        ):
            return " ".join(words[:i])
    return name


# the last word of a place's level (`tỉnh`, `phố` of `thành phố`, `xã`, `trấn`): a place's name follows it
_LEVEL_WORDS = frozenset(level.split()[-1] for level in PLACE_LEVELS["group_levels"] + PLACE_LEVELS["listed"])


def _lower_first(name: str) -> str:
    """`Các Bệnh viện` after an office title reads `Thủ trưởng các Bệnh viện`."""
    return name[:1].lower() + name[1:] if name[:3] in ("Các", "Những") else name


# a form of address before an addressee (`Đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh`, `Đ/c Chủ tịch …`): a person,
# whom no group of bodies stands for by its office: `address` of `[office_forms]` in data/unit_heads.toml
_ADDRESSED_PERSON = tuple(sorted({f.lower() + " " for f in ADDRESS_FORMS}))


def _body_addressed(addressee: str) -> str:
    """`Chủ tịch UBND các xã, thị trấn` → `UBND các xã, thị trấn`: the body an addressee named by its head's office
    heads, for a group the letter names by the bodies alone (`các đơn vị, địa phương`); a person addressed
    (`Đồng chí …`) or a body named alone stays as written."""
    if addressee.lower().startswith(_ADDRESSED_PERSON):
        return addressee
    body = strip_office(addressee)
    return body if body != addressee and (body[:1].isupper() or body[:4] == "các ") else addressee


def _loose_key(key: str) -> str:
    """A comparison key that ignores `các` (`UBND xã, phường` is `UBND các xã, phường`)."""
    return " ".join(w for w in key.split() if w != "cac")


# Abbreviations written out in assignee names wherever they stand (`data/abbreviations.csv`, spell_out `always`).
_SPELLED_OUT_PATTERNS: Final = tuple(
    (a.abbreviation, re.compile(rf"(?<![\w]){re.escape(a.abbreviation)}(?![\w])"), a.written_out)
    for a in abbreviations()
    if a.spell_out == "always"
)
# Abbreviations of bodies written out only where the document spells them out itself (spell_out `document`; else
# the name stays as the document writes it): an assignee is named at the document's fullest, and some of these
# (`NHCSXH`, `BĐBP`) the comparison form (`unit_key`) does not expand.
_SPELLED_IN_DOCUMENT_PATTERNS: Final = tuple(
    (
        a.abbreviation,
        re.compile(rf"(?<![\w]){re.escape(a.abbreviation)}(?![\w])"),
        re.compile(re.escape(a.written_out).replace(r"\ ", r"\s+"), re.IGNORECASE),
    )
    for a in abbreviations()
    if a.spell_out == "document"
)
# a level after a full stop an OCR misread for a comma: `after_stop` of `[place_words]`
_MISREAD_COMMA = re.compile(rf"\.(?= {as_written(PLACE_LEVELS['after_stop'])}\b)")
# `\bgồm...` without the `\b`: `_enumerations` checks what comes before.
# The words a list follows: `[enumeration]` of data/unit_heads.toml (`as_written` tries the longest first, so that
# `gồm có` is read whole).
_ENUMERATION = re.compile(rf"{as_written(_GROUPS['enumeration']['words'])}\s*:?\s*")
_WORD_CHAR = re.compile(r"\w")
# A group's own list: a few more words of its kind in lower case (`đào tạo trọng điểm`), then `gồm` and its colon.
_GROUP_TAIL = re.compile(rf"(?:[ \t]+[^\W\d_A-ZÀ-ÝĐ][^\s,;:.()]*){{0,6}}?[ \t]+{_ENUMERATION.pattern}")
_ABBR_DEF: Final = re.compile(r"\(\s*([^()]{2,60}?)\s*\)")
_ACRONYM = re.compile(r"[A-ZĐ]{2}")
# A place's words: capitalised (`Lào Cai`), with an apostrophe inside (`Ea H'Leo`), a dash joining two names
# (`Bà Rịa - Vũng Tàu`).
_PROVINCE = PLACE_LEVELS["province"]  # `province` of `[place_words]`
_PLACED_TAIL = re.compile(rf" {as_written(_PROVINCE)} (?:(?:[{VI_UPPER}][\w-]*(?:['’]\w[\w-]*)?|[-–])(?: |$))+")
# a name ending on a level (`levels` and `capitalised`), and a loose key of levels only (`group_levels`)
_PLACE_END: Final = re.compile(rf"{as_written((*PLACE_LEVELS['levels'], *PLACE_LEVELS['capitalised']))}$")
# a level alone, folded (`tinh`, `huyen`): the tail that names a body's place (`Công an tỉnh`)
_LEVEL_KEYS = frozenset(fold(w) for w in PLACE_LEVELS["levels"])
# a name of words and dashes only (no piece of a symbol or a signature run into it: `Sài Gòn-Đ/c`)
_PLAIN_NAME = re.compile(r"[\w \t&–'’-]+")  # (an apostrophe inside a place's name: `Ea H'Leo`)
_PLACES_ONLY = re.compile(rf"(?:{as_written(fold(w) for w in PLACE_LEVELS['group_levels'])}(?: |$))+")
_SPACES = re.compile(r"\s+")
# A group (`Các phòng, đơn vị`) and the folded tail that names the body it belongs to (`truc thuoc so`).
_GROUP_START: Final = re.compile(r"(?:các|Các) ")
_OWNED_TAIL = re.compile(rf"{as_written(fold(w) for w in OWNED_BY)} \S")  # `[owned_by]`, folded
_PLURAL: Final = re.compile(r"(?:^|\s)(?:các|Các) ")  # a group: `các …` opening it or after its head (`UBND các tỉnh`)
# a head's group of places ending the name (`UBND các xã`, `Đảng ủy các xã, phường`)
_PLACES_AFTER_HEAD = re.compile(
    rf"\S\s+các\s+{as_written(PLACE_LEVELS['group_levels'])}(?:\s*,\s*{as_written(PLACE_LEVELS['group_levels'])})*$"
)
# ... and two levels or more after a head with no `các` (`UBND huyện, thành phố`): a group too, the document's `UBND
# các huyện, thành phố` written short
_LEVELS_AFTER_HEAD = re.compile(
    rf"\S\s+{as_written(PLACE_LEVELS['group_levels'])}(?:\s*,\s*{as_written(PLACE_LEVELS['group_levels'])})+$"
)


def _enumerations(text: str) -> Iterator[int]:
    """Where each list after `gồm` / `bao gồm` / `gồm có` (a whole word) starts. Every one holds `gồm`: found with
    `str.find`, much faster than the regex engine's search, then matched from its `bao` when it has one."""
    pos = 0
    while (j := text.find("gồm", pos)) >= 0:
        start = j - 4 if j - 4 >= pos and text.startswith("bao ", j - 4) else j
        m = _ENUMERATION.match(text, start)
        if m is None:  # never: `gồm` alone matches
            break
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        yield m.end()
        pos = m.end()


def _defines_abbreviation(inner: str) -> bool:
    """`(Ban QLDA)` after a name: an abbreviation it is known by (an acronym in a few words)."""
    return _ACRONYM.search(inner) is not None and len(inner.split()) <= 8


# The first word of each head's key (`_loose_key(unit_key(head))`), and of each office's.
# a unit's head noun with no name after it (`Văn phòng`, `Ban`): `[open_heads]` and `[bare_heads]` of data/unit_heads.toml
_OPEN_HEAD_WORDS: Final = frozenset((*OPEN_HEADS, *load_toml("unit_heads.toml")["bare_heads"]["words"]))
_HEAD_FIRST_WORDS: Final = {h: k.split()[0] for h in (*LOCAL_HEADS, *OPEN_HEADS) if h not in OFFICES if (k := _loose_key(unit_key(h)))}
_OFFICE_FIRST_WORDS = {h: k.split()[0] for h in OFFICES if (k := _loose_key(unit_key(h)))}
_GAP: Final = re.compile(r"\s+")  # after an office (`_OFFICE`)
_NEXT_WORD: Final = re.compile(r"\s+([\wÀ-ỹ]+)")
# Characters where `fold_words` ends a word (after a head: its last word ends there).
_WORD_BREAKS: Final = frozenset(" \t\n\r\f\v,;:.()[]{}\"'“”‘’!?").union({""})  # "": the end of the text


def _ends_named(name: str) -> bool:
    """`huyện Yên Sơn`, not `các huyện, thành phố`: the last word is capitalised; or the group is the one of the
    whole country (`các tỉnh, thành phố trực thuộc Trung ương`), which `Trung ương` ends in either case."""
    return name[len(name) - len(name.split()[-1]) :][:1].isupper() or name.lower().endswith(" trung ương")


# A short name defined in brackets (`Ban Chỉ đạo chuyển đổi số xã X (sau đây gọi là Ban Chỉ đạo)`, `(gọi tắt là Tổ
# công tác)`): the name it stands for runs from the short name's own words before the bracket up to it.
_SHORT_DEF = re.compile(r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)\s+(?:tắt\s+)?là:?\s+[“\"]?([^()“”\"]{2,60}?)[”\"]?\s*\)")
_SHORT_REACH = 240  # how far before the bracket the defined name may start


_SHORT_HEAD_WORDS = 2  # the fewest words of a short name's head that the full name must open with


def _defined_start(text: str, short: str, bracket: int) -> int:
    """Where the name a short name stands for starts before its bracket: at the short name's own words (`Ban Chỉ đạo`
    of `Ban Chỉ đạo chuyển đổi số xã X (sau đây gọi là Ban Chỉ đạo)`), or, when the short name tells the level instead
    of listing it (`Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã)`), at the longest
    head of it the full name opens with (`Ủy ban nhân dân`); -1 when neither stands before the bracket."""
    lo = max(0, bracket - _SHORT_REACH)
    start = text.rfind(short, lo, bracket)
    if start >= 0:
        return start
    words = short.split()
    for n in range(len(words) - 1, _SHORT_HEAD_WORDS - 1, -1):
        start = text.rfind(" ".join(words[:n]) + " ", lo, bracket)
        if start >= 0 and not any(c in text[start:bracket] for c in "()"):
            return start  # (not inside an earlier bracket: `… (sau đây gọi là Ủy ban nhân dân cấp xã) … báo cáo Ủy ban …`)
    return -1


def _short_names(text: str) -> dict[str, str]:
    """The short names `text` defines (their keys) and the full names they stand for."""
    out: dict[str, str] = {}
    at = text.find("gọi")
    while at >= 0:
        bracket = text.rfind("(", max(0, at - 30), at)
        m = _SHORT_DEF.match(text, bracket) if bracket >= 0 else None
        if m is not None:
            short = m.group(1)
            start = _defined_start(text, short, bracket)
            full = _SPACES.sub(" ", text[start:bracket]).strip(" ,") if start >= 0 else ""
            if full and unit_key(full) != unit_key(short) and not re.search(r"[.;:]\s", full):
                out[unit_key(short)] = full
        at = text.find("gọi", at + 3)
    return out


# `Thành lập Tổ công tác giúp Ban Thường vụ …`: a body set up and named by the body it helps (`[set_up]`); the
# open head in group 1, the full name from it up to a comma, a bracket, `gồm` or the line's end
_SET_UP = _GROUPS["set_up"]
_SET_UP_NAME = re.compile(
    rf"(?:{as_written(_SET_UP['verbs'])})[ \t]+(({as_written(OPEN_HEADS)})[ \t]+(?:{as_written(_SET_UP['helping'])})"
    rf"[ \t]+[{VI_UPPER}][^,;:()\n]*?)(?=[ \t]*(?:[,;:(\n]|\bgồm\b|\.(?:\s|$)|$))"
)


def _set_up_names(text: str) -> dict[str, str]:
    """The heads of the bodies `text` sets up and names by the body they help (their keys), and the full names."""
    if not any(w in text for w in _SET_UP["helping"]) or not any(w in text for w in _SET_UP["verbs"]):
        return {}  # the pattern matches its words as written: most documents hold none of them
    return {unit_key(m.group(2)): " ".join(m.group(1).split()) for m in _SET_UP_NAME.finditer(text)}


def _abbreviation_keys(text: str) -> set[str]:
    """The key of every abbreviation `text` could define for a unit (`(ACRONYM)` wherever it stands, or a short
    name `(sau đây gọi là …)`)."""
    keys = set(_short_names(text)) | set(_set_up_names(text))
    at = text.find("(")
    while at >= 0:
        m = _ABBR_DEF.match(text, at)
        if m and _defines_abbreviation(m.group(1)):
            keys.add(unit_key(m.group(1)))
        at = text.find("(", at + 1)
    return keys


def _across_cells(written: str) -> bool:
    """Does a mention as written run across a table's cells: a gap of three spaces (a table laid out with spaces),
    or a tab (a row copied out of a word processor, its cells between tabs)?"""
    return "   " in written or "\t" in written


class DocumentUnits:
    """Every unit a document names, to write a short mention out as the document's fullest name.

    The document is read for its units when a name first needs them: most documents resolve no name that does
    (nothing fuller is looked up for a name that does not end in a place, nor an abbreviation the document
    cannot define)."""

    def __init__(
        self, text: str, addressees: list[str] | None = None, drafters: list[str] | None = None,
        alias: str | None = None, issuer: str | None = None,
    ) -> None:
        self.addressees = [a for a in (addressees or []) if a]
        # the issuer's name as its header prints it (`VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ`):
        # its head alone in the text (`Văn phòng nghiên cứu …`) is the issuer speaking of itself (`_issuer_named`)
        self.issuer = issuer
        # the short name the Kính gửi list is given (`(sau đây gọi tắt là các chủ đầu tư)`): it stands for them all
        self.alias = unit_key(alias) if alias and self.addressees else None
        # the abbreviations of the units that drafted the document (`KHTH` of `Lưu: VT, KHTH`, `702/BVĐK-KHTH`)
        self.drafters = [d for d in (drafters or []) if len(d) >= 3 and d.isupper()]
        self._drafted: dict[str, str | None] | None = None  # name → the drafting unit it is cut from
        self._placed: dict[str, str] = {}  # addressee → its name with the place the body gives after it
        self._text = text
        self._units: tuple[list[str], dict[str, str]] | None = None
        self._enumerations: list[list[str]] | None = None
        self._abbreviation_keys: set[str] | None = None
        self._keys: dict[str, str] = {}
        self._index: tuple[list[str], list[str], int] | None = None
        self._by_first: dict[str, tuple[list[str], list[str]]] = {}  # first key word → `_names_extending`, sorted
        self._spelled: dict[str, str | None] = {}
        self._starts: list[tuple[int, str]] | None = None
        self._heads: tuple[list[tuple[int, str]], dict[str, list[tuple[int, str]]]] | None = None
        self._read_at: dict[int, UnitMention | None] = {}
        self._taken_at: dict[int, tuple[str, ...]] = {}
        self._set_up: set[str] | None = None
        self._owner: tuple[str | None] | None = None
        self._with_place: dict[str, bool] = {}  # department → does the text name it with a province after it

    def _read_units(self) -> tuple[list[str], dict[str, str]]:
        """The names of the document's units (with the addressees) and the abbreviations it defines for them."""
        if self._units is not None:
            return self._units
        text = self._text
        names: list[str] = []
        abbreviations: dict[str, str] = {}
        for mention in self._mentions():
            if _across_cells(text[mention.start : mention.end]):
                continue  # read across the cells of a table laid out with spaces (or tabs): no one name
            names.extend(_taken(text, mention))
            at = mention.end + (1 if text[mention.end : mention.end + 1] == " " else 0)
            after = _ABBR_DEF.match(text, at) if text[at : at + 1] == "(" else None
            if after and _defines_abbreviation(after.group(1)):
                abbreviations[unit_key(after.group(1))] = mention.names[-1]
        for key, full in (*_short_names(text).items(), *_set_up_names(text).items()):
            abbreviations.setdefault(key, full)
        names.extend(self.addressees)
        self._units = names, abbreviations
        return self._units

    @property
    def names(self) -> list[str]:
        return self._read_units()[0]

    @property
    def abbreviations(self) -> dict[str, str]:
        return self._read_units()[1]

    @property
    def enumerations(self) -> list[list[str]]:
        """The lists after `gồm` (two names or more each)."""
        if self._enumerations is None:
            self._enumerations = []
            for start in _enumerations(self._text):
                mentions, _ = read_units(self._text, start)
                listed = [n for mention in mentions for n in mention.names]
                if len(listed) >= 2:
                    self._enumerations.append(listed)
        return self._enumerations

    def in_full(self, name: str) -> str:
        """`Sở LĐ-TB&XH`, `Sở NN-PTNT` → the department as the document writes it in full (`Sở Lao động - Thương binh
        và Xã hội`), if it does; else a spelling of its field the gazetteer does not list written out
        (`written_out_field`). Any other name as it is."""
        core = strip_office(name)
        if not core.startswith(("Sở ", "Bộ ")) or not _INITIALS_RUN.search(core):
            return name
        written = written_out_field(core)
        key = unit_key(written)
        full = next((n for n in self.names if unit_key(n) == key and not _INITIALS_RUN.search(n) and "\n" not in n), None)
        full = full if full is not None else written
        return name if full == core else name[: len(name) - len(core)] + full

    def spell_out(self, name: str) -> str:
        """`Ủy ban MTTQ Việt Nam tỉnh` → `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh` where the document spells the
        abbreviation out somewhere (as it spells it there); else as written."""
        for abbr, pattern, full in _SPELLED_IN_DOCUMENT_PATTERNS:
            if abbr not in name or not pattern.search(name):
                continue
            if abbr not in self._spelled:
                # as the running text spells it: a header's capitals (`ỦY BAN MẶT TRẬN TỔ QUỐC`) are no spelling
                found = next((f for f in full.finditer(self._text) if not f.group(0).isupper()), None)
                self._spelled[abbr] = " ".join(found.group(0).split()) if found else None
            written = self._spelled[abbr]
            if written is not None:
                name = pattern.sub(written, name)
        return name

    def _set_up_heads(self) -> set[str]:
        """The keys of the heads that stand for a body the document sets up (`_set_up_names`), read once."""
        if self._set_up is None:
            self._set_up = set(_set_up_names(self._text))
        return self._set_up

    def _abbreviated(self, key: str) -> str | None:
        """The name the document defined the abbreviation `key` for, if any."""
        if self._units is None:
            if self._abbreviation_keys is None:
                self._abbreviation_keys = _abbreviation_keys(self._text)
            if key not in self._abbreviation_keys:
                return None
        return self.abbreviations.get(key)

    def _with_country(self, name: str) -> str:
        """`Ban Thường trực Ủy ban MTTQ xã X` → `Ban Thường trực Ủy ban MTTQ Việt Nam xã X`, as the document names that
        body elsewhere: the Front's name with the country it leaves out (`[omitted_country]` of unit_heads.toml)."""
        found = _COUNTRY_LEFT_OUT.search(name)
        if found is None:
            return name
        key = unit_key(f"{name[: found.end()]} {_COUNTRY['country']}{name[found.end() :]}")
        return next((n for n in self.names if unit_key(n) == key and "\n" not in n), name)

    def _key(self, name: str) -> str:
        """`_loose_key(unit_key(name))`, computed once per name of the document."""
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = _loose_key(unit_key(name))
        return key

    def _sorted_keys(self) -> tuple[list[str], list[str]]:
        """The document's names sorted by key (keys, names), built once."""
        if self._index is None or self._index[2] != len(self.names):
            pairs = sorted((self._key(n), n) for n in set(self.names))
            self._index = ([k for k, _ in pairs], [n for _, n in pairs], len(self.names))
        return self._index[0], self._index[1]

    def _head_starts(self) -> list[tuple[int, str]]:
        if self._starts is None:
            self._starts = head_starts(self._text)
        return self._starts

    def _mention_at(self, start: int, head: str) -> UnitMention | None:
        """`mention_at` at a head start, read once."""
        if start in self._read_at:
            return self._read_at[start]
        mention = self._read_at[start] = mention_at(self._text, start, head)
        return mention

    def _mentions(self) -> Iterator[UnitMention]:
        """`find_units(text)`, walked over the head starts, with the mentions read there already: it reads at
        the first head start past each mention, as `find_units` does."""
        pos = 0
        for start, head in self._head_starts():
            if start < pos:
                continue
            mention = self._mention_at(start, head)
            if mention is None or mention.end <= start:
                pos = start + len(head)
            else:
                yield mention
                pos = mention.end

    def _head_index(self) -> tuple[list[tuple[int, str]], dict[str, list[tuple[int, str]]]]:
        """Every place a mention may start (`head_starts`), by the first word of its names' keys; the places where
        that is not known first (built once). The first word is known where a word break ends the head: every name
        read there holds the head and what follows it, so its key starts as the head's does. After `các` (which keys
        drop) the next word tells, unless it opens a `Bộ` or a `Sở` (`các Sở` is read with what follows it:
        `_ELIDED` ends at no word break); an office tells only when the unit after it starts a mention of its own
        (its names are the office's names without the office). Each word after `các` is keyed once."""
        if self._heads is None:
            heads = self._head_starts()
            starts = {start for start, _ in heads}
            unknown: list[tuple[int, str]] = []
            by_word: dict[str, list[tuple[int, str]]] = {}
            text = self._text
            after_group: dict[str, str | None] = {}  # a word after `các` → its key's first word
            for place in heads:
                start, head = place
                end = start + len(head)
                first = _HEAD_FIRST_WORDS.get(head)  # the usual case
                if first is None:
                    if head in OFFICES:
                        gap = _GAP.match(text, end)
                        first = _OFFICE_FIRST_WORDS.get(head) if gap is not None and gap.end() in starts else None
                    elif head in ("Các", "các") and (word := _NEXT_WORD.match(text, end)) is not None:
                        noun = word.group(1)
                        if noun not in after_group:
                            keys = self._key(noun).split()
                            after_group[noun] = (
                                None if noun[:2].lower() in ("bộ", "sở") and len(noun) > 2 else keys[0] if keys else None
                            )
                        first, end = after_group[noun], word.end()
                if first is None or text[end : end + 1] not in _WORD_BREAKS:
                    unknown.append(place)
                else:
                    by_word.setdefault(first, []).append(place)
            self._heads = unknown, by_word
        return self._heads

    def _names_extending(self, words: tuple[str, ...]) -> list[str]:
        """Names `names` may hold whose key extends the key of `words`, with others: what `_read_units` takes
        from the mentions read wherever a mention of the document may start whose names' keys may start with
        `words[0]`, and the addressees. Each place is read once."""
        unknown, by_word = self._head_index()
        out: list[str] = []
        keyed = by_word.get(words[0], ()) if words else [place for places in by_word.values() for place in places]
        for start, head in (*unknown, *keyed):
            out.extend(self._names_at(start, head))
        out.extend(self.addressees)
        return out

    def _names_at(self, start: int, head: str) -> tuple[str, ...]:
        """What `_names_extending` takes from the mention read at a head start (its names, then their cores
        without an office; none for a mention read across a table's cells), worked out once per place."""
        names = self._taken_at.get(start)
        if names is None:
            mention = self._mention_at(start, head)
            text = self._text
            if mention is not None and mention.end > start and not _across_cells(text[mention.start : mention.end]):
                names = _taken(text, mention)
            else:
                names = ()
            self._taken_at[start] = names
        return names

    def _extending(self, key: str) -> Iterator[tuple[str, str]]:
        """(key, name) of each name whose key extends `key` (starts with it and a space), once each, among the names
        `resolve` looks at: the document's (`names`) once they are read, else those `_names_extending` gives for
        `key`'s first word. Those are keyed and sorted once per first word, so that each lookup is a bisection
        (`_named_fuller` and `_may_write_out` ask about the same head's names many times: each `Sở`)."""
        prefix = key + " "
        if self._units is not None:
            keys, names = self._sorted_keys()
        else:
            first = key.split(" ", 1)[0]
            if not first:
                return  # no key starts with a blank
            index = self._by_first.get(first)
            if index is None:
                pairs = sorted((self._key(n), n) for n in set(self._names_extending((first,))))
                index = self._by_first[first] = [k for k, _ in pairs], [n for _, n in pairs]
            keys, names = index
        for i in range(bisect_left(keys, prefix), len(keys)):  # keys with `prefix` sort together
            if not keys[i].startswith(prefix):
                break
            yield keys[i], names[i]

    def _may_write_out(self, key: str) -> bool:
        """Whether `resolve` may find a fuller name for the key `key` (False: it finds none), read from the names
        `_names_extending` gives, which hold every name of `names` it would look at."""
        width = len(key.split())
        return any(
            len(k.split()) - width <= 8 and (_ends_named(n) or k[len(key) :].startswith(" co "))
            for k, n in self._extending(key)
        )

    def project_owner(self) -> str | None:
        """The one body the document names as its project's owner (`Ban X (chủ đầu tư)`, `chủ đầu tư là Sở Y`), read
        once; None when it names none or two."""
        if self._owner is None:
            text = self._text
            owners: dict[str, str] = {}
            if _OWNER["role"] in text.lower():
                for mention in self._mentions():
                    if _BODY_THEN_ROLE.match(text, mention.end) or _ROLE_THEN_BODY.search(
                        text, max(0, mention.start - 40), mention.start
                    ):
                        owners.setdefault(unit_key(mention.names[-1]), mention.names[-1])
            self._owner = (next(iter(owners.values())) if len(owners) == 1 else None,)
        return self._owner[0]

    def resolve(self, name: str) -> str:
        """The fullest name the document uses for `name` (as written when nothing fuller is known)."""
        fullest = self._resolve(name)
        return self._addressed_plural(fullest) if self.addressees else fullest

    def _addressed_plural(self, name: str) -> str:
        """`Sở Giáo dục và Đào tạo` (`các Sở GDĐT`, `Sở GDĐT hướng dẫn …`) in a letter sent to `Các Sở Giáo dục và Đào
        tạo`: the departments the Kính gửi line names as a whole, at their fullest as that line names them."""
        if name[:4].lower() == "các " and name[4:5] in ("S", "B", "s", "b"):
            one = self._resolve(name[4:])  # `các Sở NN&PTNT`: the same departments, as the Kính gửi line names them
            whole = self._addressed_plural(one)
            return whole if whole != one else name
        if name[:1] not in ("S", "B", "C") or name[:4].lower() == "các ":
            return name
        key = self._key(name)
        plural = [a for a in self.addressees if a[:4].lower() == "các " and ":" not in a and self._key(a) == key]
        if len(plural) == 1:
            return plural[0]
        # ... or to `Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương` (by its head's office or not):
        # the one department of each place the line names as a group of places
        folded = fold(name) + " cac "
        placed = {
            body
            for a in self.addressees
            if ":" not in a
            and fold(body := strip_office(a)).startswith(folded)
            and _PLACES_ONLY.match(fold(body)[len(folded) :].replace(",", "")) is not None
        }
        return placed.pop() if len(placed) == 1 else name

    def _resolve(self, name: str) -> str:
        if "Mặt trận" in name or "MTTQ" in name:
            name = self._with_country(name)
        if (name.lower() == _OWNER["role"] or name.lower().startswith(_OWNED_ROLES)) and (
            owner := self.project_owner()
        ) is not None:
            return owner  # `chủ đầu tư` of a document that names its project's owner
        core = strip_office(name)
        office = name[: len(name) - len(core)]
        if not office and core in _OPEN_HEAD_WORDS and (issuer := self._issuer_named(core)) is not None:
            return issuer  # `Văn phòng` in a document its office issued: the office, as the text names it in full
        core_key = unit_key(core)
        full = self._abbreviated(core_key)
        if full is not None and office and core_key in self._set_up_heads():
            full = None  # `Tổ trưởng Tổ công tác`: an officer of a body set up is named by his office, as written
        if full is not None and unit_key(full) != core_key:
            return office + full
        addressed = self._addressee_extending(name)
        if addressed is not None:
            return addressed
        drafted = self._drafter_extending(name) if self.drafters else None
        if drafted is not None:
            return drafted
        if not _PLACE_END.search(name):
            placed = self._placed_department(core) if core.startswith("Sở ") else None
            if placed is not None:
                return office + placed
            owned = self._owned_group(name, core, office)
            fuller = self._named_fuller(core) if owned == name else None
            return office + fuller if fuller is not None else owned
        key = self._key(name)
        if (plural := self._plural_as_named(name, key)) is not None:
            return plural  # (read before the shortcut below: a name as long as this one, no longer)
        if self._units is None and not self._may_write_out(key):
            return name  # no fuller name: the whole document is not read for its units
        prefix, width = key + " ", len(key.split())
        sorted_keys, sorted_names = self._sorted_keys()
        longer = set()
        for i in range(bisect_left(sorted_keys, prefix), len(sorted_keys)):  # keys with `prefix` sort together
            if not sorted_keys[i].startswith(prefix):
                break
            if len(sorted_keys[i].split()) - width <= 8:
                longer.add(sorted_names[i])
        # a group of places alone (`các tỉnh`, `các xã, phường`) is many bodies: a name the document gives with
        # those words first is one other body (`Tỉnh ủy Lào Cai`), never that group at its fullest
        places = core[:4].lower() == "các " and _PLACES_ONLY.fullmatch(key) is not None
        # ... nor is a head's group of places (`UBND các xã`, `Đảng ủy các xã`) the one place the document names
        # (`UBND xã Tân Khê`): the key drops `các`, the name keeps it
        places = places or _PLACES_AFTER_HEAD.search(core) is not None
        named = {n for n in longer if _ends_named(n)} if not places else set()
        # else a group the document narrowed once (`UBND các xã, phường có cụm công nghiệp`), unless the letter is
        # sent to the whole group (its Kính gửi line names it so): the narrowed one is then a part of it
        narrowed = not named and not any(self._key(a) == key for a in self.addressees)
        longer = named or ({n for n in longer if self._key(n)[len(key) :].startswith(" co ")} if narrowed else set())
        keys = {self._key(n) for n in longer}
        widest = max(keys, key=len, default="")
        if keys and all(widest == k or widest.startswith(k + " ") for k in keys):
            # one name, or one name and its pieces cut at a line break (`huyện Yên` of `huyện Yên Sơn`)
            fullest = max((n for n in longer if self._key(n) == widest), key=lambda n: (len(n), n))  # ties: same every run
            return self._cased_as_written(name, key, fullest)
        return name

    def _plural_as_named(self, name: str, key: str) -> str | None:
        """`UBND huyện, thành phố` (two levels, no `các`) in a document that names `UBND các huyện, thành phố`: that
        group, as the document names it; else None."""
        if _LEVELS_AFTER_HEAD.search(name) is None or " các " in f" {name.lower()}":
            return None
        sorted_keys, sorted_names = self._sorted_keys()
        found = set()
        for i in range(bisect_left(sorted_keys, key), len(sorted_keys)):
            if sorted_keys[i] != key:
                break
            if _PLACES_AFTER_HEAD.search(sorted_names[i]) is not None:
                found.add(sorted_names[i])
        return found.pop() if len(found) == 1 else None

    def _addressee_extending(self, name: str) -> str | None:
        """`Các doanh nghiệp` → `Các doanh nghiệp lữ hành trên địa bàn tỉnh`, `Ban Dân vận` → `Ban Dân vận các đảng ủy
        xã, phường`, `UBND các tỉnh, thành phố ven biển` → `Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh
        đến Huế`: a name a sentence gives short, or that the reader cut where a lower-case word goes on, is the one
        addressee of the letter whose name goes on from it (`_one_addressee_extending`), written as the Kính gửi line
        has it, after the office the sentence names (`bí thư các chi bộ` of `Các chi bộ trực thuộc Đảng ủy`). A group
        the letter addresses as a whole (`các đơn vị`) is left to `expand_group`."""
        core = strip_office(name)
        if not self.addressees or _ADDRESSEE_GROUP.fullmatch(core):
            return None
        office = name[: len(name) - len(core)]
        full = self._one_addressee_extending(name)
        if full is None and office and core[:4].lower() == "các ":
            full = self._one_addressee_extending(core)  # the holders of an office in the bodies addressed
            if full is not None and self._widened_at_comma(core, full):
                full = None
        elif full is not None:
            office = ""  # the addressee is named by the office already
            if self._widened_at_comma(name, full):
                full = None
        if full is not None:
            full = self._placed_further(full)
        return None if full is None else office + _lower_first(full) if office else full

    def _placed_further(self, full: str) -> str:
        """`Các tổ chức, cá nhân … trên địa bàn tỉnh` (the Kính gửi line) → `… trên địa bàn tỉnh Lào Cai`: an addressee
        that ends on a level of place the body of the letter writes once more with the place's name after it (one
        name only) is named so at its fullest."""
        if not _LEVEL_LAST.search(full):
            return full
        if full in self._placed:
            return self._placed[full]
        words = r"[ \t]+".join(map(re.escape, full.split()))  # its words in either case (`các Tổ chức`)
        found = {m.group(1) for m in re.finditer(rf"(?<![\wÀ-ỹ])(?i:{words})[ \t]+({_PROPER_NAME})", self._text)}
        self._placed[full] = f"{full} {found.pop()}" if len(found) == 1 else full
        return self._placed[full]

    def _widened_at_comma(self, name: str, full: str) -> bool:
        """`Các sở, ban, ngành tỉnh` goes on from `các sở` at a comma: a wider group than the sentence names unless
        the text goes on so after the name somewhere besides the Kính gửi line (`các tổ chức, cá nhân khai thác …`:
        the reader cut the name at the comma)."""
        rest = full[len(name) :]
        if full[: len(name)].lower() != name.lower() or not rest.startswith(","):
            return False
        piece = rest[1:].split(",")[0].split()
        if not piece:
            return False
        words, after = (r"\s+".join(map(re.escape, w)) for w in (name.split(), piece))
        goes_on = re.compile(rf"(?<!\w){words}\s*,\s*{after}(?!\w)", re.IGNORECASE)
        return len(goes_on.findall(self._text)) < 2

    def _drafter_extending(self, name: str) -> str | None:
        """`Phòng Kế hoạch` → `Phòng Kế hoạch tổng hợp` in a letter drafted by `KHTH`: a name the reader cut before a
        word of work (`tổng hợp`) is the drafting unit whose initials run on over the words after it. Only the places
        where the name stands are read (not every unit of the document), once per name."""
        if self._drafted is not None and name in self._drafted:
            return self._drafted[name]
        found: set[str] = set()
        initials = _initials(name)
        # the drafter's initials go on from the name's own (after its head noun of one or two words)
        starts = any(d.startswith((initials[1:], initials[2:])) and len(d) > len(initials) - 2 for d in self.drafters)
        at = self._text.find(name + " ") if starts else -1
        while at >= 0:
            full = _drafted_name(self._text, name, at + len(name), self.drafters)
            if full is not None:
                found.add(full)
            at = self._text.find(name + " ", at + 1)
        result = next(iter(found)) if len(found) == 1 else None
        if self._drafted is None:
            self._drafted = {}
        self._drafted[name] = result
        return result

    def one_named(self, head: str, start: int, end: int) -> str | None:
        """The one body whose name opens with `head` (`Sở`) that the text names between `start` and `end`, at the
        document's fullest; None when it names none or two. A group (`Sở, ngành`, `Sở các tỉnh`) names no one body.
        Read from the mentions the document's units are read from, only when a clause opens with the head alone."""
        prefix = head + " "
        found: dict[str, str] = {}
        for mention in self._mentions():
            if mention.start >= end:
                break
            if mention.start < start:
                continue
            for name in mention.names:
                if name.startswith(prefix) and not name.startswith(prefix + "các ") and "," not in name:
                    full = self.resolve(name)
                    found.setdefault(self._key(full), full)
        return next(iter(found.values())) if len(found) == 1 else None

    def listed_above(self, name: str, pos: int) -> list[str] | None:
        """`các đơn vị nêu trên` standing at `pos` → the bodies of the last list of two or more just above it (in its
        own paragraph before it, else in the paragraph before), each at the document's fullest, after the group's
        office (`Thủ trưởng`); None when the name is no such group or no such list stands there (the Kính gửi list
        stands for it then: `expand_group`)."""
        if not name.endswith(ABOVE_WORDS):
            return None
        core = strip_office(name)
        if not _GROUP_ABOVE.fullmatch(core):
            return None
        office = name[: len(name) - len(core)]
        text = self._text
        own = text.rfind("\n", 0, pos) + 1  # where its paragraph starts (a paragraph is one line of the text)
        before, end_before = own, own - 1
        while end_before >= 0:  # the paragraph before: the last line before it that is not blank
            before = text.rfind("\n", 0, end_before) + 1
            if text[before:end_before].strip():
                break
            end_before = before - 1
        while _HEADING_LINE.fullmatch(text, before, max(end_before, before)) and before > 0:
            end_before = before - 1  # a heading stands between: the paragraph before it
            while end_before >= 0:
                before = text.rfind("\n", 0, end_before) + 1
                if text[before:end_before].strip():
                    break
                end_before = before - 1
        for start, end in ((own, pos), (before, max(end_before, before))):
            listed = self._last_list(start, end)
            if listed:
                return [office + _lower_first(self.resolve(n)) if office else self.resolve(n) for n in listed]
        return None

    def _last_list(self, start: int, end: int) -> list[str] | None:
        """The names of the last list of two or more bodies between `start` and `end` (mentions joined by commas or
        `và`), else None. A list the group at `end` itself goes on (`Sở A, Sở B và các đơn vị nêu trên`) is none."""
        runs: list[list[str]] = []
        last_end = -1
        for mention in self._mentions():
            if mention.start >= end:
                break
            if mention.start < start or mention.end > end:
                continue
            joint = _LIST_JOINT.fullmatch(self._text, last_end, mention.start) if last_end >= 0 else None
            if joint is not None and runs:
                runs[-1].extend(mention.names)
            else:
                runs.append(list(mention.names))
            last_end = mention.end
        if runs and _LIST_JOINT.fullmatch(self._text, last_end, end) is not None:
            runs.pop()  # the last list runs on into the group
        return next((run for run in reversed(runs) if len(run) >= 2), None)

    def _one_addressee_extending(self, name: str) -> str | None:
        """The one addressee whose name goes on from `name`: as written (its first letter in either case) with a
        lower-case word, or, for a group (`… các …`) or a head alone after its office (`Chủ tịch UBND`: the holders in
        the bodies addressed), by the folded key of the name (`UBND` for `Ủy ban nhân dân`).
        An addressee listing its members (`Các sở: Tài chính, Xây dựng`) is none: `expand_group` reads it."""
        head = name[:1].lower() + name[1:]
        longer = {
            a
            for a in self.addressees
            if len(a) > len(name) + 1
            and (a[:1].lower() + a[1 : len(name)]) == head
            and a[len(name)] == " "
            and a[len(name) + 1].islower()
            and ":" not in a
        }
        if not longer and (_PLURAL.search(name) or strip_office(name) in LOCAL_HEADS):  # ... or a head alone
            prefix = self._key(name) + " "
            longer = {a for a in self.addressees if self._key(a).startswith(prefix) and ":" not in a}
        return next(iter(longer)) if len(longer) == 1 else None

    def _cased_as_written(self, name: str, key: str, fullest: str) -> str:
        """`Ủy ban nhân dân tỉnh` named at its fullest by a header line in capitals (`UBND TỈNH HÀ GIANG`): the
        name as the sentence writes it and the place the header adds, in the case of a name (`… tỉnh Hà Giang`)."""
        if not fullest.isupper() or name.isupper():
            return fullest
        words = fullest.split()
        for at in range(1, len(words)):
            if self._key(" ".join(words[:at])) == key:  # the written name ends here; the place follows
                return " ".join([name, *(w.title() for w in words[at:])])  # `H'LEO` → `H'Leo`
        return fullest

    def _placed_department(self, core: str) -> str | None:
        """`Sở Y tế` → `Sở Y tế tỉnh Lào Cai` when the document names it so (its Kính gửi line, say) and names no
        other province's: a department named at its fullest."""
        with_place = self._with_place.get(core)
        if with_place is None:
            with_place = self._with_place[core] = any(f"{core} {level} " in self._text for level in _PROVINCE)
        if not with_place:
            return None  # the document never names it with its place: nothing to read its units for
        key = self._key(core)
        sorted_keys, sorted_names = self._sorted_keys()
        found: dict[str, str] = {}
        for head in (f" {fold(level)} " for level in _PROVINCE):
            prefix = key + head
            for i in range(bisect_left(sorted_keys, prefix), len(sorted_keys)):
                if not sorted_keys[i].startswith(prefix):
                    break
                name = sorted_names[i]
                if _PLACED_TAIL.fullmatch(name[len(core) :]):
                    found.setdefault(sorted_keys[i], name)
        return next(iter(found.values())) if len(found) == 1 else None

    def _issuer_named(self, head: str) -> str | None:
        """`Văn phòng` in a document whose issuer's name opens with that head (`VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND …`): the
        issuer, named as the running text names it (`Văn phòng Đoàn ĐBQH và HĐND Thành phố`), its abbreviations
        spelled out where the text spells them (`spell_out`); None when the issuer is of another kind or the text
        never names it in full (a header's capitals are no naming)."""
        if not self.issuer or not fold(self.issuer).startswith(fold(head) + " "):
            return None
        key = unit_key(self.issuer)
        named = [n for n in self.names if not n.isupper() and "\n" not in n and unit_key(n) == key]
        return self.spell_out(max(named, key=len)) if named else None

    def _named_fuller(self, core: str) -> str | None:
        """`Công an` → `Công an tỉnh`, `Ban QLDA` → `Ban Quản lý dự án đường Tân Sơn`: a body named by its head or
        its kind alone, no place after it, when the document names one body only that extends it with a place's
        level or a proper name (the fuller names all pieces of one); None for a group, or two such bodies."""
        if _PLURAL.search(core) or not core[:1].isupper():
            return None
        key = self._key(core)
        prefix = key + " "
        alone = core in LOCAL_HEADS  # a head alone (`Công an`) is written out with a level after it too
        longer: dict[str, str] = {}
        for k, n in self._extending(key):
            if len(k.split()) - len(key.split()) > 8 or _PLURAL.search(n):
                continue
            if n[len(core) : len(core) + 1] in _GLUED_CODE and n.startswith(core):
                continue  # `Vụ TCCB-BTC`, `Phòng TC-KH`: a code glued on by a hyphen names another body
            if (_ends_named(n) and _PLAIN_NAME.fullmatch(n)) or (alone and k[len(prefix) :] in _LEVEL_KEYS):
                if k not in longer or (len(n), n) > (len(longer[k]), longer[k]):
                    longer[k] = n
        widest = max(longer, key=len, default="")
        if not longer or not all(widest == k or widest.startswith(k + " ") for k in longer):
            return None
        return longer[widest]

    def _owned_group(self, name: str, core: str, office: str) -> str:
        """`Các phòng, đơn vị` → `Các phòng, đơn vị trực thuộc Sở` when the document names that group, and no other
        extension of it, with the body it belongs to: a group defined by its owner is named so at its fullest. A
        group the letter addresses (`các đơn vị`: its Kính gửi list) or enumerates (`các Công ty`) is left to
        `expand_group`, and a group narrowed otherwise (`liên quan`, `có ...`) is another group."""
        if not _GROUP_START.match(core) or _NAMED_GROUP.fullmatch(core):
            return name
        if self.addressees and _ADDRESSEE_GROUP.fullmatch(core):
            return name
        nouns = core[4:]  # `phòng, đơn vị`
        if not any(f"{nouns} {w} " in self._text for w in OWNED_BY):
            return name  # the document names no owner after these nouns: nothing to read its units for
        key = self._key(core)
        # the names that extend it, each key by its first name in order: read from the places where such a name may
        # start, not from the whole document. `_names_extending` holds every name of `names` with such a key, and
        # may hold more (a mention read where it starts inside another one): over the dev corpus and the golden
        # cases (721 groups) the answer is the one the whole document's names give.
        longer: dict[str, str] = {}
        for k, n in self._extending(key):
            if k not in longer or n < longer[k]:
                longer[k] = n
        if len(longer) != 1:
            return name
        ((full_key, full),) = longer.items()
        tail_key = full_key[len(key) + 1 :]
        if not _OWNED_TAIL.match(tail_key):
            return name
        tail = " ".join(full.split()[-len(tail_key.split()) :])  # the tail as written, when it spells its key
        if unit_key(tail) != tail_key:
            return name
        return f"{office}{core} {tail}"

    def _own_list(self, core: str) -> list[str] | None:
        """`Giao các cơ sở đào tạo trọng điểm gồm: Trường A, Viện B và …`: the bodies listed after the group's own
        `gồm` (a few more words of its kind between, in lower case), two or more; else None. A group the document
        lists nowhere stays itself."""
        text = self._text
        if not _GROUP_START.match(core) or "gồm" not in text:
            return None
        for written in dict.fromkeys((core, core[:1].swapcase() + core[1:])):  # (`Các …` opening a sentence)
            pos = 0
            while (at := text.find(written, pos)) >= 0:
                pos = at + len(written)
                tail = _GROUP_TAIL.match(text, pos)
                if tail is None or (at and _WORD_CHAR.match(text, at - 1)):
                    continue
                mentions, _ = read_units(text, tail.end())
                listed = [n for mention in mentions for n in mention.names]
                if len(listed) >= 2:
                    return listed
        return None

    def expand_group(self, name: str) -> list[str]:
        """`các đơn vị` / `đơn vị nêu trên` in a letter → its Kính gửi addressees (`Thủ trưởng các đơn vị` → each
        addressee's head); `các Công ty` → the companies the document names, when it names two or more."""
        core = strip_office(name.strip())
        office = name.strip()[: len(name.strip()) - len(core)]
        courtesy = COURTESY.fullmatch(core) if self.addressees else None
        if courtesy is not None and not _ADDRESSEE_GROUP.fullmatch(core):
            # `Quý Công ty`: the addressees of that kind, else (a kind the list does not name) all of them
            kind = fold(core.split(None, 1)[1])
            return [a for a in self.addressees if fold(a).startswith(kind + " ")] or list(self.addressees)
        if self.addressees and (_ADDRESSEE_GROUP.fullmatch(core) or unit_key(core) == self.alias):
            # (or by the short name it gave them: `(sau đây gọi tắt là các chủ đầu tư)`)
            # an addressee already named by its head's office (`Giám đốc các bệnh viện …`) keeps its own office when
            # the group is named by one (`Thủ trưởng các đơn vị`); the bodies alone (`các đơn vị, địa phương` sent to
            # `Chủ tịch UBND các xã, thị trấn`) are those bodies, the office dropped (`_body_addressed`)
            named = [self._placed_further(a) for a in self.addressees]
            if not office:
                return [_body_addressed(a) for a in named]
            return [office + _lower_first(a) if strip_office(a) == a else a for a in named]
        places = _PLACES_ABOVE.fullmatch(name.strip())
        if places is not None:
            # (`các tỉnh, thành phố nêu trên`: the provinces and the cities under the centre it has named)
            prefixes = tuple(f"{places.group(1)} {level} " for level in places.group(2).split(", "))
            named = [
                n
                for n in dict.fromkeys(self.names)
                if any(n.startswith(p) and n[len(p) :][:1].isupper() for p in prefixes)
            ]
            if len(named) >= 2:
                return named
        above = _HEADS_ABOVE.fullmatch(core)
        if above is not None:
            head = fold(above.group(1)) + " "
            addressed = [a for a in self.addressees if fold(a).startswith(head)]
            if len(addressed) >= 2:
                return [office + a for a in addressed]
        holders = _HOLDERS.fullmatch(name.strip()) if self.addressees else None
        if holders is not None:
            # `Các đồng chí Bộ trưởng`: the holders of that office on the Kính gửi line, each with his body
            holding = [a for a in self.addressees if a.startswith(holders.group(1) + " ")]
            return holding or [name]
        counted = _COUNTED.fullmatch(core) if self.addressees else None
        if counted is not None:
            # `UBND 4 tỉnh`: the addressees of that head and level, when the Kính gửi line names as many
            levels = counted.group(3).split(", ")
            prefixes = tuple(unit_key(f"{counted.group(1)} {level}") + " " for level in levels)
            addressed = [a for a in self.addressees if unit_key(strip_office(a)).startswith(prefixes)]
            if len(addressed) == int(counted.group(2)):
                return [office + a for a in addressed]
        if self.addressees and " các " in f" {name.strip().lower()} ":
            # `Hiệu trưởng các trường` sent to `Hiệu trưởng các trường Tiểu học`, `Hiệu trưởng các trường THCS`: the
            # group is the addressees that narrow it, two or more
            prefix = fold(name.strip()) + " "
            narrower = [a for a in self.addressees if fold(a).startswith(prefix)]
            if len(narrower) >= 2:
                return narrower
        own = self._own_list(core)
        if own is not None:
            return [office + n for n in own]
        m = _NAMED_GROUP.fullmatch(core)
        if m:
            head = fold(m.group(1))
            listed = next((e for e in self.enumerations if all(head in fold(n) for n in e)), None)
            if listed:
                return [office + n for n in listed]
            members: list[str] = []
            for n in self.names:
                if fold(n).startswith(head + " ") and n not in members and not _NAMED_GROUP.fullmatch(n):
                    members.append(n)
            if len(members) >= 2:
                return [office + n for n in members]
        return [name]


_LOWER_WORD = re.compile(r"[ \t]+([^\W\d_A-ZÀ-ÝĐ][^\s,;:.()]*)")


def _initials(name: str) -> str:
    return "".join(w[:1] for w in name.split() if w[:1].isalpha()).upper()


def _drafted_name(text: str, name: str, end: int, drafters: list[str]) -> str | None:
    """`Phòng Kế hoạch` followed by `tổng hợp` where `KHTH` drafted the letter: the name and the lower-case words
    after it when the drafter's initials are those of the whole name after its head noun (one or two words:
    `Phòng`, `Trung tâm`), which goes on past the name as read; else None."""
    words: list[str] = []
    pos = end
    while len(words) < 4 and (m := _LOWER_WORD.match(text, pos)) is not None:
        words.append(m.group(1))
        pos = m.end()
        full = f"{name} {' '.join(words)}"
        initials = _initials(full)
        if any(len(d) > len(words) and d in (initials[1:], initials[2:]) for d in drafters):
            return full
    return None


def resolve_names(units: DocumentUnits, registry: UnitRegistry | None, names: Iterable[str]) -> list[str]:
    """Names as read → names as written out: glue and spelling repaired, fullest form, groups expanded, and the
    caller's canonical name when its registry knows the unit exactly."""
    out: list[str] = []
    for name in names:
        if not name.isprintable() or "  " in name:  # (a printable text holds no whitespace but the space)
            name = _SPACES.sub(" ", name)
        name = unglue(name.strip(" ,;:.-"))
        if units.addressees:
            name = _spaced_as_addressed(name, units.addressees)
        if "." in name:
            name = _MISREAD_COMMA.sub(",", name)  # `UBND các huyện. thành phố` (OCR)
        for abbr, pattern, full in _SPELLED_OUT_PATTERNS:
            if abbr in name:
                name = pattern.sub(full, name)
        name = units.spell_out(units.in_full(name))
        if not name:
            continue
        for member in units.expand_group(units.resolve(name)):
            if registry is not None:
                canonical, confidence = registry.match(member)
                member = canonical if canonical and confidence >= 1.0 else member
            if member not in out:
                out.append(member)
    if units.addressees and any(_ABBREVIATION.search(n) for n in out):
        out = [_addressed_as(n, units.addressees) for n in out]
    return out


_ABBREVIATION = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?!\w)")


def _spaced_as_addressed(name: str, addressees: list[str]) -> str:
    """`Văn phòng Ban Chỉ đạoquốc gia …` (a web copy drops the space where the source broke its line) → the addressee
    it is, `Văn phòng Ban Chỉ đạo quốc gia …`: the same letters, spaced as the `Kính gửi` line writes them."""
    if len(name) < _SPACED_MIN:
        return name
    glued = fold(name).replace(" ", "")
    for full in addressees:
        if full != name and len(full) > len(name) and fold(full).replace(" ", "") == glued:
            return full
    return name


_SPACED_MIN = 12  # characters: a short name glued is read by `unglue`, or not at all


def _addressed_as(name: str, addressees: list[str]) -> str:
    """`Tổ công tác cải cách TTHC` → the addressee it shortens, `Tổ công tác cải cách thủ tục hành chính`: the
    body a document is sent to is written out in full on its `Kính gửi` line, and named at its fullest."""
    for full in addressees:
        if _abbreviates(name.split(), full.split()):
            return full
    return name


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Do the words `short` read `full` with some runs of words written as their initials (`TTHC`)?"""
    i = j = 0
    while i < len(short) and j < len(full):
        word = short[i]
        if word.lower() == full[j].lower():
            i, j = i + 1, j + 1
            continue
        run = full[j : j + len(word)]
        if len(word) < 2 or not _ABBREVIATION.fullmatch(word) or len(run) < len(word):
            return False
        if "".join(w[0] for w in run).upper() != word:
            return False
        i, j = i + 1, j + len(word)
    return i == len(short) and j == len(full) and short != full


# A group owned by a `Sở` it does not name (`các đơn vị thuộc Sở`), and a paragraph that a `Sở` opens (after its
# number or dash, if any): `1. Sở Xây dựng là cơ quan chủ trì ...`.
_OWNED_BY_BARE_SO: Final = re.compile(rf"{as_written(OWNED_BY)} Sở$")
_OPENING_SO = re.compile(r"^[ \t]*(?:(?:[0-9]+\.)+[0-9]*|[IVX]+\.|[a-zđ]\)|[-+•*])?[ \t]*(?=Sở )", re.M)


def name_section_owners(text: str, issuer: str | None, tasks: Iterable[Task]) -> None:
    """`các đơn vị thuộc Sở` in a document a `Sở` did not issue → `... thuộc Sở Xây dựng`, the `Sở` that opens the
    section the task stands in (the last paragraph before its addressee that a `Sở` opens): there `Sở` is not
    the issuer, and the group is named at its fullest. In a `Sở`'s own document it stays as written."""
    if not issuer or fold(issuer).startswith("so "):
        return
    for task in tasks:
        if not task.assignee_spans or not any(_OWNED_BY_BARE_SO.search(a) for a in task.assignees):
            continue
        owner = _section_owner(text, min(span[0] for span in task.assignee_spans))
        if owner is not None:
            task.assignees = [a[: -len("Sở")] + owner if _OWNED_BY_BARE_SO.search(a) else a for a in task.assignees]


def _section_owner(text: str, pos: int) -> str | None:
    """The `Sở` named in full at the start of the last paragraph before `pos` that a `Sở` opens."""
    at = None
    for m in _OPENING_SO.finditer(text, 0, pos):
        at = m.end()
    mention = read_unit(text, at) if at is not None else None
    if mention is None or len(mention.names) != 1 or not mention.names[0].startswith("Sở ") or "\n" in mention.names[0]:
        return None
    return mention.names[0]
