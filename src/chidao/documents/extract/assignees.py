"""Unit phrases in running text: `Sở Tài chính`, `UBND thành phố Lạng Sơn`, `các Bộ: Tài chính, Xây dựng`,
`Giám đốc Sở Y tế`, `các sở, ban, ngành liên quan`.

`read_unit(text, pos)` reads one unit (or one elided list) starting at `pos`, `read_units` a list of them,
`find_units` every mention in a text. Names end where a predicate starts (`data/task_verbs.toml`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, Final

from chidao.documents.alternation import alternation, as_written, either_case, trie_pattern
from chidao.documents.data import load_toml
from chidao.documents.extract.units import field_forms, field_names
from chidao.documents.text import VI_LOWER, VI_UPPER, fold

_HEADS = load_toml("unit_heads.toml")  # the head noun lists: data/unit_heads.toml
# Office holders named by their office (`Giám đốc Sở Y tế`): kept as written.
OFFICES: tuple[str, ...] = tuple(_HEADS["offices"]["words"])
# ... also in the plural (`Các Phó Chủ tịch UBND tỉnh`): `plural` of `[offices]`, first letter in either case
OFFICE_PLURAL: str = _HEADS["offices"]["plural"]
# Head nouns of unit names whose tail is a place (`UBND tỉnh Lạng Sơn`) or a known field (`Sở Y tế`).
LOCAL_HEADS: tuple[str, ...] = tuple(_HEADS["local_heads"]["words"])
_WHOLE_LOCAL: Final[tuple[str, ...]] = tuple(_HEADS["local_heads"]["whole"])  # `Công an nhân dân`: `whole` of `[local_heads]`
# Heads typed without their diacritics (`Vu Kế hoạch - Tài chính`): read only before a capitalised name
# (`[typed_bare]` of `task_verbs.toml`).
TYPED_BARE: Final[tuple[str, ...]] = tuple(load_toml("task_verbs.toml")["typed_bare"]["heads"])
# Head nouns whose tail runs until a predicate (`Ban Quản lý dự án đầu tư xây dựng số 1`).
OPEN_HEADS: tuple[str, ...] = (
    *_HEADS["open_heads"]["words"],
    *TYPED_BARE,
    # ... and those whose second word a name may capitalise (`Tổ Công tác`: `capital_second` of `[open_heads]`)
    *(
        f"{first} {second[:1].upper()}{second[1:]}"
        for first, _, second in (h.partition(" ") for h in _HEADS["open_heads"]["words"])
        if first in _HEADS["open_heads"]["capital_second"] and second[:1].islower()
    ),
)
# Collective nouns after `các`: `các sở, ban, ngành liên quan`, `các cơ quan, đơn vị`.
# ... and companies named by their legal form and/or field (`các công ty TNHH MTV thủy lợi`: `companies`)
_COMPANIES = _HEADS["group_nouns"]["companies"]
GROUP_NOUNS: tuple[str, ...] = (
    *_HEADS["group_nouns"]["words"],
    *(
        " ".join(p for p in (noun, form, field) if p)
        for noun in _COMPANIES["nouns"]
        for form in ("", *_COMPANIES["forms"])
        for field in ("", *_COMPANIES["fields"])
        if form or field
    ),
)
# A form of address before an office in a request (`đề nghị đồng chí Giám đốc Sở …`): `[honorific]`.
# (after the plural too: `các đồng chí Giám đốc Sở`, the holders of that office)
_HONORIFIC = re.compile(
    rf"(?:(?:{'|'.join(map(re.escape, _HEADS['honorific']['plural']))})[ \t]+)?"
    rf"(?:{'|'.join(map(re.escape, _HEADS['honorific']['words']))})[ \t]+"
)
_HONORIFIC_FIRST = frozenset(w[0] for w in (*_HEADS["honorific"]["plural"], *_HEADS["honorific"]["words"]))
# The addressee named by courtesy (`Quý Công ty`, `Quý cơ quan`): `[courtesy]`.
# In lower case after a request (`Đề nghị quý cơ quan có ý kiến …`), never after a word of time (`hằng quý đơn vị …`);
# several kinds after one `Quý`, with commas (`Quý Cơ quan, đơn vị`), never the head of a body's name (`, Sở Y tế`).
_COURTESY_NOUNS = "|".join(sorted(map(re.escape, _HEADS["courtesy"]["words"]), key=len, reverse=True))
COURTESY = re.compile(
    rf"(?:Quý|(?<!hằng )(?<!hàng )(?<!mỗi )(?<!từng )(?<!cuối )(?<!đầu )(?<!trong )quý)\s+"
    rf"(?:{_COURTESY_NOUNS})(?![\wÀ-ỹ])(?:[ \t]*,[ \t]*(?:{_COURTESY_NOUNS})(?![\wÀ-ỹ])(?![ \t]+[{VI_UPPER}]))*"
)
# Levels of place after a local head (`UBND các xã, phường`).
PLACE_WORDS: tuple[str, ...] = tuple(_HEADS["place_words"]["words"])
# ... each of their words folded, and the words that join them (`các UBND huyện, thị xã và thành phố`)
_LEVEL_WORDS = frozenset(w for p in PLACE_WORDS for w in fold(p).split()) | {"va", "cac"}
# ... and its named subsets, each the levels one reader takes by themselves (`levels`, `province` ...)
# The words between a unit and the body it belongs to (`thuộc`, `trực thuộc`): `[owned_by]`
OWNED_BY: tuple[str, ...] = tuple(_HEADS["owned_by"]["words"])
PLACE_LEVELS: dict[str, tuple[str, ...]] = {
    k: tuple(v) for k, v in _HEADS["place_words"].items() if k != "words" and "examples" not in k
}
# Words that close a unit's name (`các cơ quan có liên quan`).
QUALIFIERS: tuple[str, ...] = (
    *_HEADS["qualifiers"]["words"],
    *(
        f"{opener}{region}"
        for opener in ("", *(f"{o} " for o in _HEADS["qualifiers"]["region_openers"]))
        for region in _HEADS["qualifiers"]["regions"]
    ),
)  # ... and the regions of the country, bare or after `vùng` (`[qualifiers]` `regions`)
# Head nouns that are also common parts of proper names (`Tổng công ty Xây dựng Trường Sơn`): not a new unit.
_NAME_PARTS = tuple(_HEADS["name_parts"]["words"])  # `[name_parts]`
# Two words that make one noun (`công trình`): `[noun_compounds]`
NOUN_COMPOUNDS = frozenset(_HEADS["noun_compounds"]["words"])
_COMPOUND_TAILS: Final = frozenset(c.split()[1] for c in NOUN_COMPOUNDS)  # every compound is two words
# what joins the units of a list: a comma, a semicolon or a word of `[joiners]` (`và`, `cùng`, `&`)
_JOINERS: Final = tuple(_HEADS["joiners"]["words"])
_SEP: Final = re.compile(rf"\s*(?:,|;|(?<![\wÀ-ỹ]){as_written(_JOINERS)}(?![\wÀ-ỹ]))\s*")
# A unit's standing role set beside its name (`Sở X, cơ quan thường trực Ban Y, tham mưu …`): `roles` of
# `[role_apposition]` in data/clause_words.toml, their words also glued (`cơquan`); after a comma no unit of the list
ROLE_BESIDE_NAME = re.compile(
    "(?:"
    + "|".join(r"[ \t]*".join(map(re.escape, r.split())) for r in load_toml("clause_words.toml")["role_apposition"]["roles"])
    + r")(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 20


def _data(name: str) -> dict[str, Any]:
    """A data file of `chidao.documents.data` (`task_verbs.toml`, `unit_heads.toml`), read once."""
    return load_toml(name)


@cache
def _predicates() -> tuple[str, ...]:
    return tuple(sorted(_data("task_verbs.toml")["predicate"]["starts"], key=len, reverse=True))


@cache
def _predicate_start() -> re.Pattern[str]:
    """Matches the longest predicate a text starts with (`text.startswith(_predicates(), pos, end)`)."""
    return re.compile(_alternation(_predicates()))


def _opens_predicate(rest: str, min_len: int = 0) -> bool:
    """`rest` opens with a whole predicate word (`chủ trì` but not `chủ trìx`) longer than `min_len`."""
    predicate = _predicate_start()
    end = len(rest)
    while (m := predicate.match(rest, 0, end)) is not None:  # the predicates it starts with, longest first
        if m.end() <= min_len:
            return False
        if not rest[m.end() : m.end() + 1].isalpha():
            return True
        end = m.end() - 1
    return False


def _alternation(words: tuple[str, ...], space: str = re.escape(" ")) -> str:
    """`alternation` with a space in a word standing for one space."""
    return alternation(words, space)


def _spelled(words: tuple[str, ...], then: str = "") -> list[tuple[str, ...]]:
    """The words as `trie_pattern` takes them (one escaped character a token), each followed by `then`."""
    return [(*map(re.escape, word), *((then,) if then else ())) for word in words]


def _loose(words: tuple[str, ...]) -> str:
    """An alternation that also accepts the words glued together (`Ủyban nhân dân`) or set two spaces apart, as
    OCR of a justified line leaves them (`Trung  tâm Thông  tin`)."""
    return _alternation(words, space="[ \t]{0,2}")


def unglue(name: str) -> str:
    """`Ủyban nhân dân tỉnh` → `Ủy ban nhân dân tỉnh`: the head of a name spelled with its spaces; a joiner glued on
    the word before it read apart (`Bộ Kế hoạchvà Đầu tư`: `glued` of `[joiners]`)."""
    if _CASE_CHANGE.search(name):
        name = _CASE_CHANGE.sub(r"\1 \2", name)
    if _GLUED_JOIN.search(name):
        name = _GLUED_JOIN.sub(r"\1 \2", name)
    return _GLUED.sub(lambda m: _SPACED[m.group(0).replace(" ", "").replace("\t", "")], name)


def _not_a_unit() -> tuple[str, ...]:
    """`[not_a_unit]` of data/unit_heads.toml: phrases that open with a head of `OPEN_HEADS` but name no unit
    (`Báo cáo`, `Hội nghị`, `Trường hợp`)."""
    return tuple(_data("unit_heads.toml")["not_a_unit"]["starts"])


# ... also in the plural (`Các Phó Chủ tịch UBND tỉnh`), but for `singular_only` (`các thành viên …`: a group)
_SINGULAR_ONLY = _alternation(tuple(_HEADS["offices"]["singular_only"]))
_OFFICE: Final = re.compile(
    rf"(?:{either_case([OFFICE_PLURAL])}\s+(?!(?:{_SINGULAR_ONLY})\s))?(?:{_alternation(OFFICES)})\s+"
)
# the holders of an office in the plural, the office closing a list's member or the text (`Các Bộ trưởng, Thủ
# trưởng …`, read on the words before the comma): the holders, not a group `Các Bộ` with a word after it
_PLURAL_OFFICE_END: Final = re.compile(rf"{either_case([OFFICE_PLURAL])}\s+(?:{_alternation(OFFICES)})(?=[ \t]*(?:[,;]|$))")
# (a head of `named_only` only where a capitalised name follows it: `Tỉnh Nam An`, not `Tỉnh lộ 12`)
_NAMED_ONLY: tuple[str, ...] = tuple(_HEADS["local_heads"]["named_only"])
_LOCAL: Final = re.compile(
    rf"(?:{_loose(tuple(h for h in LOCAL_HEADS if h not in _NAMED_ONLY))})(?![\wÀ-ỹ])"
    rf"|(?:{_loose(_NAMED_ONLY)})(?=[ \t]+[{VI_UPPER}])"
)
# a head written in lower case before a section's name (`phòng Tài nguyên …`): `[lower_heads]`, read only before a
# capital here and only before a department's field in `_open_mention`
LOWER_HEADS: Final[tuple[str, ...]] = tuple(_HEADS["lower_heads"]["words"])
# ... and the fields only a district's or a commune's office has (`phòng Kinh tế và Hạ tầng`)
_LOWER_FIELD = re.compile(rf"[ \t]+(?:{_alternation(tuple(_HEADS['lower_heads']['fields']))})(?![\wÀ-ỹ])")
# ... and the office that serves a body, in lower case before it (`văn phòng các Bộ`): `serving` of `[lower_heads]`
# ... or the standing organ of Party committees before them (`ban thường vụ các tỉnh ủy`): `organs`, read the same way
SERVING_HEADS: Final[tuple[str, ...]] = (*_HEADS["lower_heads"]["serving"], *_HEADS["lower_heads"]["organs"])
# ... the same in the plural (`các phòng GDĐT các huyện`), read as that head where a field follows it
# ... and a team of a body's own people in lower case before its kind (`đội tự vệ cơ quan`): `teams` of `[lower_heads]`
TEAM_HEADS: tuple[str, ...] = tuple(_HEADS["lower_heads"]["teams"])
_TEAM_KIND = rf"[ \t]+(?:{_alternation(tuple(_HEADS['lower_heads']['team_kinds']))})(?![\wÀ-ỹ])"
_PLURAL_SECTIONS: Final = re.compile(rf"[Cc]ác[ \t]+(?=(?:{_alternation(LOWER_HEADS)})[ \t]+[{VI_UPPER}])")
_OPEN: Final = re.compile(
    rf"(?!{_alternation(_not_a_unit())})(?:{_loose(OPEN_HEADS)}|{_alternation(LOWER_HEADS)}(?=[ \t]+[{VI_UPPER}])"
    rf"|{_alternation(SERVING_HEADS)}(?=[ \t]+(?:[{VI_UPPER}]|các[ \t]))|{_alternation(TEAM_HEADS)}(?={_TEAM_KIND}))"
    r"(?![\wÀ-ỹ])"
)
_SPACED = {h.replace(" ", ""): h for h in LOCAL_HEADS + OPEN_HEADS if " " in h}
_GLUED: Final = re.compile(_loose(tuple(_SPACED.values())))
_CASE_CHANGE: Final = re.compile(rf"([{VI_LOWER}])([{VI_UPPER}])")
# a joiner glued on the word before it (`hoạchvà`): `glued` of `[joiners]` (a class opens it: scanned in C)
_GLUED_JOIN: Final = re.compile(rf"([{VI_LOWER}]{{2}})({_alternation(tuple(_HEADS['joiners']['glued']))})(?=[ \t])")
# a group noun that opens a phrase of `[not_a_unit]` is that phrase (`các trường hợp`, not `các trường`)
_NOT_GROUP = rf"(?!{_alternation(_not_a_unit())}(?![\wÀ-ỹ]))"
# ... or counted (`04 đơn vị nêu trên`): a number of one or two digits before a noun of `counted` of `[group_nouns]`
_COUNTED = rf"\d{{1,2}}[ \t]+(?:{_alternation(tuple(_HEADS['group_nouns']['counted']))})"
# ... or taken whole (`tất cả các đơn vị`): `whole` of `[group_nouns]`
_WHOLE = rf"(?:{_alternation(tuple(_HEADS['group_nouns']['whole']))})[ \t]+(?=[Cc]ác[ \t])"
# (... or, with no `các`, capitalised nouns joined by a slash, as a school names its units: `Khoa/Viện/Bộ môn`)
_SLASHED = rf"(?=[{VI_UPPER}]){_NOT_GROUP}(?:{_alternation(GROUP_NOUNS)})(?=/{_NOT_GROUP}(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ]))"
_GROUP: Final = re.compile(rf"(?:(?:{_WHOLE})?[Cc]ác\s+{_NOT_GROUP}(?:{_alternation(GROUP_NOUNS)})|{_COUNTED}|{_SLASHED})(?![\wÀ-ỹ])")
# (a later noun may repeat `các`: `các sở, ban, ngành, đoàn thể, các đơn vị sự nghiệp và doanh nghiệp`)
# (... never a noun that heads a plural name of its own, a capitalised word after it: `các chủ đầu tư, các Ban Quản
# lý dự án …` is two groups, the second read whole by `_named_plural`; `các Sở, ngành Xây dựng` goes on)
# (the heads of `[named_groups]`, `Ban Quản lý dự án` by its first word)
_NAMED_NOUN = (
    rf"(?!(?:{_alternation(tuple({h.split()[0] if h.startswith('Ban ') else h for h in _HEADS['named_groups']['heads']}))})"
    rf"[ \t]+[{VI_UPPER}])"
)
# ... and after a comma with no `các`, a capitalised group noun before a capitalised word that is no group noun
# (`các trường THCS, Trung tâm GDNN-GDTX`, `các xã, Phòng Y tế huyện`): a unit's name of its own, not one more
# noun of the group (`các Khoa, Viện, Trung tâm` still is, and `các Sở, Ban Ngành`)
# (the heads of `[bare_heads]` only: a name the group's nouns begin, `Mặt trận Tổ quốc`, stays the group's)
_NAMED_HEADS = tuple(w for w in _HEADS["bare_heads"]["words"] if w in GROUP_NOUNS)
_OWN_NAME_AFTER = (
    rf"(?!(?:{_alternation(_NAMED_HEADS)})[ \t]+(?!(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ]))"
    rf"(?![Nn]gành(?![\wÀ-ỹ]))[{VI_UPPER}])"
)
_MORE_GROUP = re.compile(
    rf"\s*,\s*(?:các\s+|{_OWN_NAME_AFTER}){_NOT_GROUP}{_NAMED_NOUN}(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ])"
    # (... or slash-joined, as a school lists its units: `các Khoa/Viện/Bộ môn`)
    rf"|/{_NOT_GROUP}(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ])"
    rf"|\s+và\s+(?:các\s+)?{_NOT_GROUP}{_NAMED_NOUN}(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ])"
)
# `các huyện, thành phố` (and `các huyện. thành phố`, a comma misread as a dot by OCR; `các tỉnh/thành phố`), and
# a group counted (`UBND 13 tỉnh, thành phố`, `UBND 05 huyện`)
_LEVELS = (
    rf"(?:{_alternation(PLACE_WORDS)})(?:[ \t]*(?:,|/|\.(?=[ \t]+[{VI_LOWER}]))[ \t]*(?:{_alternation(PLACE_WORDS)}))*"
)
# ... and the last level of a plural group after `và` (`các xã, phường và thị trấn`, `các tỉnh và thành phố trực
# thuộc trung ương`), unless a place's name follows it (`các huyện và thị xã Quảng Yên`: a place of its own)
_PLACE = re.compile(
    rf"[ \t]*(?:các[ \t]+{_LEVELS}(?:[ \t]+và[ \t]+(?:{_alternation(PLACE_WORDS)})(?![\wÀ-ỹ])(?![ \t]+[{VI_UPPER}0-9]))?"
    rf"|(?:\d{{1,2}}[ \t]+(?={_alternation(PLACE_WORDS)}))?{_LEVELS})"
)
# (`xã` before `hội` is the word `xã hội`, society, no level)
_NOT_QUALIFIED = alternation(tuple(_HEADS["qualifiers"]["not_before"]), space=r"[ \t]+")
# (a stray comma may stand before the words that station a group: `các cơ quan, đơn vị, đóng trên địa bàn phường`;
# `after_comma` of `[qualifiers]`)
_AFTER_COMMA = alternation(tuple(_HEADS["qualifiers"]["after_comma"]), space=r"[ \t]+")
_QUALIFIER = re.compile(
    rf"(?:[ \t]+|[ \t]*,[ \t]*(?={_AFTER_COMMA}[ \t]))(?:{_alternation(QUALIFIERS)})(?![\wÀ-ỹ])"
    rf"(?![ \t]+{_NOT_QUALIFIED}(?![\wÀ-ỹ]))"
)
# A party or people's body that owns the unit named before it (`Ban Tuyên giáo Tỉnh ủy`, `Văn phòng UBND tỉnh`):
# `[owners]`
_OWNER = re.compile(rf"{_alternation(tuple(_HEADS['owners']['words']))}(?![\wÀ-ỹ])")
_WORD = re.compile(r"[ \t]+([^\s,;:()“”\"|]+)")
# ... an owner as the head of an open name (`Đảng ủy HĐND tỉnh`), ending where the head ends
_OWNER_HEAD: Final = re.compile(rf"(?<![\wÀ-ỹ]){_OWNER.pattern}$")
_STANDING_HEAD: Final = re.compile(rf"(?<![\wÀ-ỹ]){_alternation(tuple(_HEADS['standing_organs']['words']))}$")
# `, Thông tin và Thể thao` inside a name: a capitalised field between a comma and `và`.
_NAME_LIST = re.compile(rf",[ \t]+([{VI_UPPER}][{VI_LOWER}]*(?:[ \t]+[{VI_LOWER}]+){{0,3}})(?=[ \t]+và[ \t]+[{VI_UPPER}{VI_LOWER}])")
# ... or a field a portal writes in lower case (`Trung tâm Văn hóa, thể thao và truyền thông`): `[name_list]`
_LOWER_NAME_LIST = re.compile(
    rf",[ \t]+((?:{_alternation(tuple(_HEADS['name_list']['lower_fields']))})(?:[ \t]+và[ \t]+"
    rf"(?:{_alternation(tuple(_HEADS['name_list']['lower_fields']))}))?)(?![\wÀ-ỹ])"
)
# Matched at a position of the whole text (not a slice of it: slicing a page per mention is quadratic).
_FIELD_SEP: Final = re.compile(r"\s*(?:,|;|và)\s*")
_OWNED_BY: Final = re.compile(rf"\s+(?:thuộc|của|{_alternation(tuple(_HEADS['owned_by']['within']))})\s+")  # `within`
# where a listed group lies, before the next unit of the list (`UBND các huyện trong tỉnh; các tổ chức …`): `scope`
_LIST_SCOPE: Final = re.compile(r"[ \t]+" + _alternation(tuple(_HEADS["owned_by"]["scope"]), r"[ \t]+") + r"(?=[ \t]*[,;])")
# a relative clause after a group (`... được cấp giấy phép`), and the words after its opener that start the group's
# work instead (`có trách nhiệm`): `[relative]`
_RELATIVE: Final = re.compile(rf"[ \t]+{_alternation(tuple(_HEADS['relative']['openers']))}[ \t]+")
_RELATIVE_TENSES: Final = frozenset(_HEADS["relative"]["tenses"])
_NOT_RELATIVE = re.compile(rf"{_alternation(tuple(_HEADS['relative']['not_narrowing']))}\b")
# `Đảng ủy các xã trồng vải`: a verb of what the places or bodies of a group do for a living narrows it with no
# opener (`bare` of `[relative]`)
_BARE_RELATIVE: Final = re.compile(rf"[ \t]+{_alternation(tuple(_HEADS['relative']['bare']))}[ \t]+")
# a group of places before the opener, which one word after it narrows (`places` of `[relative]`)
_PLACES_BEFORE = re.compile(
    rf"(?<![\wÀ-ỹ])[Cc]ác[ \t]+(?:[^.;:\n]{{0,40}}[ \t,]+)?{_alternation(tuple(_HEADS['relative']['places']))}$"
)
# `Các địa phương chưa gửi báo cáo khẩn trương …`: what a group has not done yet narrows it, up to the manner of its
# work (`pending` of `[relative]`)
_PENDING: Final = re.compile(rf"[ \t]+{_alternation(tuple(_HEADS['relative']['pending']['openers']))}[ \t]+\S")
_URGED = re.compile(rf"(?<=\s){_alternation(tuple(_HEADS['relative']['pending']['urged']))}(?![\wÀ-ỹ])")
# ... the `thì` that may close the clause before it (`then`)
_PENDING_THEN = re.compile(rf"[ \t]+{_alternation(tuple(_HEADS['relative']['pending']['then']))}$")
# ... and the ministers of the ministries listed after the office in the plural (`Các bộ trưởng: Quốc phòng, …`)
_MINISTERS_ELIDED: Final = re.compile(r"[Cc]ác\s+(?:đồng chí\s+)?[Bb]ộ\s+trưởng\s*:\s*")
_ELIDED: Final = re.compile(r"[Cc]ác\s+(Bộ|Sở|bộ|sở)\s*:?\s*")
# ... and the other heads that take a field, listed after a colon (`các Cục: Thủy sản và Kiểm ngư, Trồng trọt`):
# no gazetteer of their fields, so each field is the capitalised words as written (`field_heads` of
# `[elided_lists]`)
_ELIDED_FIELDS: Final = re.compile(
    rf"[Cc]ác[ \t]+({_alternation(tuple(_HEADS['elided_lists']['field_heads']))})[ \t]*:[ \t]*(?=[{VI_UPPER}])"
)
_FIELD_WORD = re.compile(r"[ \t]*([^\s,;:.()“”\"|]+)")
# Where a unit may start: a head word (`find_units` checks that no letter precedes it: a look-behind here would
# make `search` try every word at every position).
_UNIT_START = re.compile("|".join(f"(?:{p.pattern})" for p in (_LOCAL, _OPEN, _GROUP, _OFFICE)))
# The letters each kind of head starts with, and a unit (`_UNIT_START`): elsewhere its pattern need not be tried.
_OFFICE_FIRST: Final = frozenset(w[:1] for w in (*OFFICES, OFFICE_PLURAL.upper(), OFFICE_PLURAL.lower()))
_LOCAL_FIRST: Final = frozenset(w[:1] for w in LOCAL_HEADS)
_OPEN_FIRST: Final = frozenset(w[:1] for w in (*OPEN_HEADS, *LOWER_HEADS, *SERVING_HEADS, *TEAM_HEADS))
_DIGITS: Final = frozenset("0123456789")  # a counted group's number (`04 đơn vị`)
_UNIT_FIRST: Final = _OFFICE_FIRST | _LOCAL_FIRST | _OPEN_FIRST | {"C", "c", "Q", "q"} | _DIGITS
# `Các` / `các` only where a group or an elided list follows (`read_unit` reads nothing from any other `các`).
_GROUP_FOLLOWS = rf"(?=\s+(?:Bộ|Sở|bộ|sở)|\s+{_NOT_GROUP}(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ]))"
_HEAD = re.compile(
    rf"(?:{trie_pattern([*_spelled(OFFICES + LOCAL_HEADS + OPEN_HEADS), *(_spelled(('Các', 'các'), _GROUP_FOLLOWS))])})"
    r"(?![\wÀ-ỹ])"
)
# ... and a counted group's number (`04 đơn vị`), scanned apart: in one pattern with the heads it would cost `_HEAD`
# the quick skip to the characters a match starts with (a branch of one alternation must open with a literal), which
# doubled the scan. It opens with the digit, and the character before the number is tested after it.
_COUNTED_HEAD = re.compile(
    rf"\d(?<![\d.,/]\d)\d?(?=[ \t]+(?:{_alternation(tuple(_HEADS['group_nouns']['counted']))})(?![\wÀ-ỹ]))"
)


_COUNTED_NOUNS = tuple(_HEADS["group_nouns"]["counted"])


def _counted_heads(text: str) -> list[tuple[int, str]]:
    """Each match of `_COUNTED_HEAD` (start, number), as its `finditer` gives them, found from the nouns: `str.find`
    locates each counted noun (rare) far faster than the pattern scans every digit of the text for one, and the
    number is read backwards from the noun: blanks, then a run of one or two digits after no digit, `.`, `,`, `/`."""
    found: dict[int, str] = {}
    for noun in _COUNTED_NOUNS:
        at = text.find(noun)
        while at >= 0:
            after = at + len(noun)
            if not (after < len(text) and _LETTER.match(text, after)):
                blank = at
                while blank and text[blank - 1] in " \t":
                    blank -= 1
                first = blank
                while first and blank - first < 3 and text[first - 1].isdecimal():
                    first -= 1
                before = text[first - 1 : first]  # ('' at the text's start)
                if blank < at and 1 <= blank - first <= 2 and not (before and (before in ".,/" or before.isdecimal())):
                    found[first] = text[first:blank]
            at = text.find(noun, at + 1)
    return sorted(found.items())


class _Heads:
    """The next match of `_HEAD` or `_COUNTED_HEAD` at or after a position, whichever starts first (they never
    start at the same place), as one pattern of both would find it."""

    __slots__ = ("counted", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.counted = _COUNTED_HEAD.search(text)

    def search(self, pos: int) -> re.Match[str] | None:
        counted = self.counted
        if counted is not None and counted.start() < pos:
            counted = self.counted = _COUNTED_HEAD.search(self.text, pos)
        head = _HEAD.search(self.text, pos)
        return counted if counted is not None and (head is None or counted.start() < head.start()) else head


_LETTER: Final = re.compile(r"[\wÀ-ỹ]")
# A group with the nouns and qualifiers that follow it (`các sở, ban, ngành liên quan`), as one match: each
# repetition takes the longest step it can and nothing after it can fail, as stepping part by part would.
# (then the kinds of its members, `các trường mầm non, tiểu học, trung học cơ sở`: `kinds` of `[group_nouns]`)
_KIND = rf"(?:{_alternation(tuple(_HEADS['group_nouns']['kinds']))})(?![\wÀ-ỹ])"
# (... after any noun of the list: `các tổ chức chính trị, xã hội, nghề nghiệp, các đoàn thể quần chúng`)
_KINDS = rf"(?:[ \t]+{_KIND})?(?:[ \t]*,[ \t]*{_KIND})*"
_GROUP_PHRASE = re.compile(rf"{_GROUP.pattern}{_KINDS}(?:(?:{_MORE_GROUP.pattern}){_KINDS})*(?:{_QUALIFIER.pattern})*")
# An apostrophe inside a place's word, as Central Highlands names are written (`Ea H'Leo`, `Cư M'gar`).
_APOSTROPHE = r"['’](?=\w)"
# What follows a local head, as one match: the place words (`tỉnh`, `các huyện, thành phố`), then proper words
# (`Lạng Sơn`, `Hồ Chí Minh`; a `và` only between two of them, not before a new unit), then qualifiers
# (`trực thuộc Trung ương`). Each repetition takes the longest step it can and nothing after it can fail, so
# the match is what stepping part by part would read.
# head words that never start a place's name (`[place_ends]`)
_NEVER_PLACE = _alternation(tuple(_HEADS["place_ends"]["words"]))
_PROPER_WORDS = (
    rf"(?:[ \t]+(?!(?:{_NEVER_PLACE})(?![\wÀ-ỹ]))(?:[{VI_UPPER}0-9][\w&\-]*(?:\.(?=\w)[\w&\-]*)?(?:{_APOSTROPHE}[\w&\-]*)?|và(?=[ \t]+[{VI_UPPER}])(?![ \t](?:{_UNIT_START.pattern}))|[-–](?=[ \t])))*"
)
# ... or a city written with its level glued to it (`UBND TP.HCM`, `UBND TPHCM`), which the level words would cut at
# `TP.`: the spellings of `[bare_cities]`
_GLUED_CITY = _alternation(tuple(_HEADS["bare_cities"]["words"]))
_PLACE_TAIL: Final = re.compile(
    rf"(?:[ \t]+(?:{_GLUED_CITY})(?![\wÀ-ỹ])|(?:{_PLACE.pattern})?{_PROPER_WORDS})(?:{_QUALIFIER.pattern})*"
)
# ... or a city under the centre with no level before it (`Sở Xây dựng Hà Nội`, `Sở Y tế TP.HCM`): `[bare_cities]`
_BARE_CITY = _alternation((*_HEADS["central_cities"]["words"], *_HEADS["bare_cities"]["words"]))
# The same when place words open it, else nothing: what follows the fields of a `Sở` or `Bộ`.
_PLACED: Final = re.compile(
    rf"(?:[ \t]+(?:{_BARE_CITY})(?![\wÀ-ỹ])(?:{_QUALIFIER.pattern})*"
    rf"|(?:{_PLACE.pattern}){_PROPER_WORDS}(?:{_QUALIFIER.pattern})*)?"
)


class UnitMention:
    """A unit as read from the text: its name (or names, for an elided list) and where it was read; it cannot
    change (the reading memo hands the same one out again), and equal mentions are equal and hash alike.

    A plain class, not a named tuple nor a frozen dataclass: built for every mention of every document, its
    `__init__` is the cheapest Python can run, and the compiled build compiles it (it runs a named tuple's
    `__new__` and a dataclass's `__init__` as Python code)."""

    __slots__ = ("end", "names", "start")

    def __init__(self, names: tuple[str, ...], start: int, end: int) -> None:
        self.names: Final = names
        self.start: Final = start
        self.end: Final = end

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UnitMention):
            return NotImplemented
        return self.start == other.start and self.end == other.end and self.names == other.names

    def __hash__(self) -> int:
        return hash((self.names, self.start, self.end))

    def __repr__(self) -> str:
        return f"UnitMention(names={self.names!r}, start={self.start!r}, end={self.end!r})"


def _is_upper(ch: str) -> bool:
    return ch.isupper() or ch.isdigit()


def _single_folds() -> dict[str, str]:
    """Characters of Vietnamese text (its letters, ASCII, Latin-1 and typographic punctuation) that fold to exactly
    one character whatever surrounds them, with that character: the alphabet `_field_at` compares without folding."""
    chars = {*VI_LOWER, *VI_UPPER, *map(chr, range(0x21, 0x7F)), *map(chr, range(0xA1, 0xC0)), *map(chr, range(0x2010, 0x2028))}
    return {c: folded for c in sorted(chars) if len(folded := fold(c)) == 1}


_SINGLE_FOLDS = _single_folds()
# A character `_field_at` cannot compare unfolded (a combining mark, a symbol, another script).
_UNFOLDED: Final = re.compile(f"[^{''.join(map(re.escape, _SINGLE_FOLDS))}\\s]")


def _spellings() -> dict[str, str]:
    """Each folded character with the pattern of the characters that fold to it (`[aàáạảãâ...]`)."""
    spellings: dict[str, list[str]] = {}
    for c, folded in _SINGLE_FOLDS.items():
        spellings.setdefault(folded, []).append(c)
    return {folded: f"[{''.join(map(re.escape, chars))}]" for folded, chars in spellings.items()}


_SPELLINGS = _spellings()
# Not followed by a letter or digit (as `_field_at` compares: folded).
_FIELD_END = f"(?![{''.join(re.escape(c) for c, folded in _SINGLE_FOLDS.items() if folded.isalnum())}])"


def _one_of(folded: str) -> str:
    return _SPELLINGS.get(folded, "(?!)")


@cache
def _fields_pattern(head: str) -> tuple[re.Pattern[str], dict[int, str]]:
    """One pattern for the fields of `head` on the text as written: each field's folded letters, any spelling
    that folds to them, with or without spaces between them and not followed by a letter or digit; and the field
    (the first in `field_names` order) each of its groups stands for, the last group of a match."""
    targets = [fold(f).replace(" ", "") for f in field_names(head)]
    if not all(targets):
        raise ValueError("a field folds to nothing")  # `field_names` keeps only names that start with a capital
    if _longest_first(targets):
        words = [(_one_of(t[0]), *(r"\s*" + _one_of(c) for c in t[1:])) for t in targets]
        alternatives = trie_pattern(words, named=True)
    else:
        alternatives = "|".join(r"\s*".join(map(_one_of, t)) + f"(?P<w{i}>)" for i, t in enumerate(targets))
    pattern = re.compile(rf"\s*(?:{alternatives}){_FIELD_END}")
    fields = field_names(head)
    return pattern, {group: fields[int(name[1:])] for name, group in pattern.groupindex.items()}


@cache
def _field_run(head: str) -> re.Pattern[str]:
    """A field of `head` as `_field_at` reads it in the usual case: spelled with at most one space between letters
    and not a prefix of another field (folded), so that the field this takes is the one `_field_at` finds, with
    the length it covers in the text as written."""
    targets = [fold(f).replace(" ", "") for f in field_names(head)]
    alone = [t for t in targets if not any(o != t and (o.startswith(t) or t.startswith(o)) for o in targets)]
    alone = [t for t in alone if t and targets.count(t) == 1]
    alternatives = trie_pattern([(_one_of(t[0]), *("[ ]?" + _one_of(c) for c in t[1:])) for t in alone]) or "(?!)"
    return re.compile(rf"(?:{alternatives}){_FIELD_END}")


def _longest_first(targets: list[str]) -> bool:
    """Whether the longest target that matches is always the first in `targets` order that does: no target comes
    before one that extends it (`Văn hóa` matches wherever `Văn hóa, Thể thao và Du lịch` does)."""
    return not any(
        long != short and long.startswith(short) for i, short in enumerate(targets) for long in targets[i + 1 :]
    )


def _field_at(text: str, pos: int, head: str) -> tuple[str, int] | None:
    """The longest known field of `head` starting at `pos`, compared folded and ignoring spaces (old web copies
    glue words: `Kế hoạch vàĐầu tư`) within 80 characters; its spelling from the gazetteer and the length it covers
    in `text` (two spaces inside it, `Tài  chính`, counted as written)."""
    if _UNFOLDED.search(text, pos, pos + 80):
        return _field_at_folded(text, pos, field_names(head))
    pattern, field_of_group = _fields_pattern(head)
    m = pattern.match(text, pos, pos + 80)
    if m is None:
        return None
    # each character folds to one: the length in `text` is the match's, without the spaces after it (two spaces
    # inside a field, `Sở Tài  chính`, a justified line's copy, count as written)
    return field_of_group[m.lastindex], len(m.group().rstrip())  # type: ignore[index]


@cache
def _field_targets(fields: tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each field with its folded, space-free form, by that form's first letter (in `fields` order)."""
    targets = [(f, fold(f).replace(" ", "")) for f in fields]
    firsts = {t[:1] for _, t in targets if t}
    return {c: tuple((f, t) for f, t in targets if t[:1] in (c, "")) for c in firsts | {""}}


def _field_at_folded(text: str, pos: int, fields: tuple[str, ...]) -> tuple[str, int] | None:
    """`_field_at` on the folded window, for text with characters `_SINGLE_FOLDS` does not cover."""
    window = fold(text[pos : pos + 80].replace("\n", " "))
    compact = window.replace(" ", "")
    by_first = _field_targets(fields)
    for f, target in by_first.get(compact[:1], by_first[""]):
        if not compact.startswith(target):
            continue
        j = _past_letters(window, len(target))
        if not window[j : j + 1].isalnum():
            return f, _written_length(text, pos, len(target))
    return None


def _written_length(text: str, pos: int, letters: int) -> int:
    """How many characters of `text` from `pos` fold to `letters` characters other than spaces (a decomposed letter
    folds to one; spaces count as written)."""
    for length in range(1, min(80, len(text) - pos) + 1):
        if len(fold(text[pos : pos + length].replace("\n", " ")).replace(" ", "")) >= letters and not (
            unicodedata.combining(text[pos + length : pos + length + 1] or "a")
        ):
            return length
    return min(80, len(text) - pos)


def _past_letters(window: str, count: int) -> int:
    """The index in `window` just past its first `count` characters other than spaces."""
    j = 0
    while count:
        if window[j] != " ":
            count -= 1
        j += 1
    return j


def _read_fields(text: str, pos: int, head: str) -> tuple[list[str], int]:
    """Fields after an elided head: `Tài chính, Kế hoạch và Đầu tư` → names with the head put back."""
    names: list[str] = []
    i = pos
    found = _field_at(text, i, head)
    while found is not None:
        names.append(f"{head} {found[0]}")
        i += found[1]
        sep = _FIELD_SEP.match(text, i)
        if not sep:
            break
        found = _field_at(text, sep.end(), head)
        if found is not None:
            i = sep.end()
    return names, i


def _written_fields(text: str, pos: int) -> tuple[list[str], int]:
    """Fields as written after an elided head with no gazetteer (`Thủy sản và Kiểm ngư, Trồng trọt rà soát`): runs
    of words, the first capitalised, parted by commas, up to a predicate or punctuation; a `và` before a capitalised
    word parts the last run only (`A, B và C`; `Thủy sản và Kiểm ngư, …` is one field)."""
    runs: list[list[str]] = []
    i = pos
    while True:
        words: list[str] = []
        while len(words) < 12 and (m := _FIELD_WORD.match(text, i)) is not None:
            word = m.group(1)
            if not words and not _is_upper(word[:1]):
                break
            if words and word[:1].islower() and word != "và" and _opens_predicate(text[m.start(1) : m.start(1) + 40]):
                break
            words.append(word)
            i = m.end()
        while words and words[-1] == "và":
            words.pop()
            i = text.rfind("và", pos, i)
        if not words:
            break
        runs.append(words)
        if not text.startswith(", ", i) or not _is_upper(text[i + 2 : i + 3]):
            break
        i += 2
    if runs:
        last = " ".join(runs[-1])
        runs[-1:] = [p.split() for p in re.split(rf" và (?=[{VI_UPPER}])", last)]
    return [" ".join(r) for r in runs], i


def written_out_field(name: str) -> str:
    """`Sở NN-PTNT tỉnh` → `Sở Nông nghiệp và Phát triển nông thôn tỉnh`: a department or ministry named with a
    spelling of its field the gazetteer does not list, written out (`field_forms`); any other name as it is. The
    name is single-spaced (`resolve_names`)."""
    head = name.split(" ", 1)[0]
    if head not in _FIELD_HEADS:
        return name
    found = _field_at(name, len(head) + 1, head)
    if found is None:
        return name
    spelling, length = found
    written = field_forms(head)[spelling]
    return name if written == spelling else f"{head} {written}{name[len(head) + 1 + length :]}"


_FIELD_HEADS = ("Sở", "Bộ")  # the heads whose fields `field_names` lists


def _ministry_end(text: str, pos: int, head: str, fields: list[tuple[int, int]] | None = None) -> int | None:
    """`Sở`/`Bộ` at `pos` (`head`): the end of its fields (`Sở Tài chính`) and of the place after them (`Sở Y tế
    tỉnh Lạng Sơn`), or None when no known field follows; `fields`, when given, gets the span of each field where
    the known fields are read one by one (`Sở Tài chính, NN&PTNT, Tài nguyên - môi trường`)."""
    if text[pos + len(head) : pos + len(head) + 1] != " ":
        return None
    start = pos + len(head) + 1
    field = _field_run(head)
    m = field.match(text, start)
    if m is not None:
        end = m.end()
        spans = [(m.start(), m.end())]
        while (sep := _FIELD_SEP.match(text, end)) is not None and (m := field.match(text, sep.end())) is not None:
            end = m.end()
            spans.append((m.start(), m.end()))
        # `_field_at` reads each of these fields without folding, each ends within its 80 characters, and
        # `_read_fields` stops here too unless a field `_field_run` leaves out follows the separator
        if end - start < 80 and not _UNFOLDED.search(text, start, end + 80):
            if sep is None or _field_at(text, sep.end(), head) is None:
                if fields is not None:
                    fields.extend(spans)
                return _PLACED.match(text, end).end()  # type: ignore[union-attr]  # it may match nothing
    names, end = _read_fields(text, start, head)
    return _PLACED.match(text, end).end() if names else None  # type: ignore[union-attr]


def _extend_place(text: str, end: int) -> int:
    """After a local head: `tỉnh Lạng Sơn`, `các tỉnh, thành phố trực thuộc Trung ương`, `Thành phố Hồ Chí Minh`."""
    stop = _PLACE_TAIL.match(text, end).end()  # type: ignore[union-attr]  # every part is optional
    if stop - end > _PERSON_AFTER_MIN:
        stop = _person_after_place(text, end, stop)
    stop = _before_title_verb(text, end, stop)
    if (dash := _TRAILING_DASH.search(text, end, stop)) is not None:
        stop = dash.start()  # a dash between two proper words only (`Bà Rịa – Vũng Tàu`), never at a place's end
    return stop


_TRAILING_DASH: Final = re.compile(r"[ \t]+[-–]$")
# a dash and a blank after a group's levels, then its work (`Đài Truyền thanh các huyện – Phối hợp …`)
_DASH_GAP = re.compile(r"[ \t]+[-–][ \t]+")


_LAST_WORD: Final = re.compile(r"(?<![\wÀ-ỹ])[\wÀ-ỹ]+$")


def _before_title_verb(text: str, end: int, stop: int) -> int:
    """Where the place read between `end` and `stop` ends when a headline in title case set a verb of two words after
    it (`Huyện ủy Chỉ đạo Đại hội …`, `xã Tân Phú Tổ chức hội nghị`): its last capitalised word with the lower-case
    word after it opens a predicate, and that word alone opens none (`xã Tân Thành lập danh sách`: `lập` does, the
    place kept); else `stop`."""
    if text[stop : stop + 1] != " " or not text[stop + 1 : stop + 2].islower():
        return stop
    last = _LAST_WORD.search(text, end, stop)
    if last is None or not last.group(0)[:1].isupper() or not last.group(0)[1:].islower():
        return stop
    rest = text[stop + 1 : stop + 41]
    if _opens_predicate(f"{last.group(0).lower()} {rest}", min_len=len(last.group(0))) and not _opens_predicate(rest):
        return len(text[: last.start()].rstrip())
    return stop


# A person's name after the place (`Tỉnh ủy Phú An Trần Văn Bình`): `[person_after_place]`
SURNAMES = _SURNAMES = frozenset(_HEADS["person_after_place"]["surnames"])
_PERSON_AFTER_MIN: Final = 12  # a place of two words and a name of two: no shorter tail holds both
_TAIL_WORD = re.compile(r"\S+")


def _person_after_place(text: str, end: int, stop: int) -> int:
    """Where the place read between `end` and `stop` ends when a person's name follows it: two capitalised words or
    more of the place, then two to four that open with a surname, at the end of the tail; else `stop`."""
    run: list[re.Match[str]] = []
    for w in _TAIL_WORD.finditer(text, end, stop):
        word = w.group()
        if word[:1].isupper() and word.isalpha():
            run.append(w)
        else:
            run.clear()
    for i in range(2, len(run) - 1):
        if run[i].group() in _SURNAMES and len(run) - i <= 4:
            return run[i - 1].end()
    return stop


@cache
def _open_word() -> re.Pattern[str]:
    """The next word of an open unit's name (group `word`, as `_WORD` reads it) with what starts there, each
    group matched when it does: `pred` a predicate (`_predicate_start`), `owner` a body that owns the unit
    (`_OWNER`), `unit` a new unit (`_starts_unit`). One match a word instead of one for each question."""
    return re.compile(
        r"[ \t]+"
        rf"(?:(?=(?P<pred>{_predicate_start().pattern})))?"
        rf"(?:(?=(?P<owner>{_OWNER.pattern})))?"
        rf"(?:(?=(?P<unit>{_UNIT_START.pattern})))?"
        r"(?P<word>[^\s,;:()“”\"|]+)"  # a `|` parts the cells of a table row: no name runs over it
    )


# How often a unit works, between its name and its work (`… hàng ngày báo cáo`): ends an open name (`[time_words]`)
_TIME_WORDS = tuple(_HEADS["time_words"]["words"])
_TIME_FIRST: Final = frozenset(w.split()[0] for w in _TIME_WORDS)
_TIME_WORD = re.compile(rf"{as_written(_TIME_WORDS)}(?![\wÀ-ỹ])")
# A dash between two fields of one name (`Phòng Tài chính - Kế hoạch`), written as a word of its own
_DASHES: Final = ("-", "–")
# A room, a floor or a building with its number after a dash (`– Phòng 207`, `– Nhà A1`, `– Tầng 3`)
_ROOM = re.compile(rf"[ \t]+(?:{_alternation(tuple(_HEADS['place_ends']['rooms']))})[ \t]+[\w.]*[0-9]")
# More numbers after a name's number, one unit of each (`khu vực 1, 2, 3`, `Đội số 2 và 5`)
_NUMBER_LIST = re.compile(r"(?:[ \t]*,[ \t]*\d{1,3}(?![\w/.]))+(?:[ \t]+và[ \t]+\d{1,3}(?![\w/.]))?|[ \t]+và[ \t]+\d{1,3}(?![\w/.])")


def _extend_open(text: str, end: int) -> int:
    """After an open head: words until a predicate, punctuation or a new unit."""
    next_word, predicate = _open_word(), _predicate_start()
    owner_head = _OWNER_HEAD.search(text, max(0, end - 24), end) is not None
    # a committee's standing organ, its committee right after it (`Ban Thường vụ Huyện ủy`): the owner ends the name
    organ_head = _STANDING_HEAD.search(text, max(0, end - 16), end) is not None
    words = 0
    prev = before_prev = ""
    fields_may_follow = text[end : end + 2].strip()[:1].isupper()
    while words < _MAX_WORDS:
        # a comma after a word of the name (each test below but the numbers' needs one: asked once, most words have
        # none)
        comma = words and text[end : end + 1] == ","
        if comma and text[end + 1 : end + 2] == " " and (pair := _COMMA_PAIR.match(text, end)) is not None:
            if (prev.lower(), pair.group(1).lower()) in _COMMA_PAIRS:  # `phòng, chống`: one phrase of the name
                end, prev = pair.end(), pair.group(1)
                words += 1
                continue
            named = next((after for before, after in _COMMA_NAMED if prev.lower() == before
                          and text.startswith(after, end + 2) and not text[end + 2 + len(after) : end + 3 + len(after)].isalpha()), None)
            if named is not None:  # `Ủy ban Tài chính, Ngân sách`: a committee named by two fields
                end, prev = end + 2 + len(named), named.split()[-1]
                words += len(named.split())
                continue
        if comma and len(prev) > 1 and prev.isupper() and (initials := _GLUED_INITIALS.match(text, end)) is not None:
            end, prev = initials.end(), initials.group(0).rsplit(",", 1)[-1]  # `KH,CN&MT`: one name's initials
            words += 1
            continue
        if words and prev.isdecimal() and (numbers := _NUMBER_LIST.match(text, end)) is not None:
            end, prev = numbers.end(), numbers.group(0).split()[-1]  # `Ban Chỉ huy Phòng thủ khu vực 1, 2, 3`
            words += 1
            continue
        if comma:
            if not fields_may_follow and (to_level := _lower_fields_to_level(text, end)) is not None:
                end = to_level  # `Trung tâm văn hóa, thông tin và thể thao huyện tổ chức …`
                break
            listed = _NAME_LIST.match(text, end) if fields_may_follow else None
            if listed is None and fields_may_follow:
                listed = _LOWER_NAME_LIST.match(text, end)  # `Trung tâm Văn hóa, thể thao và truyền thông`
            if listed and not _starts_unit(text, listed.start(1)):
                end, prev = listed.end(), listed.group(0).split()[-1]  # `Trung tâm Văn hóa, Thông tin và Thể thao`
                words += 2
                continue
        m = next_word.match(text, end)
        if not m:
            break
        at = m.start("word")
        word = m.group("word")
        lower = word[:1].islower()
        compound = prev == "nơi" or (word in _COMPOUND_TAILS and f"{prev} {word}" in NOUN_COMPOUNDS)
        if word == "của" and words and (named_owner := _OWNER_IN_NAME.match(text, at)) is not None:
            end = named_owner.end()  # `Ủy ban Pháp luật của Quốc hội`: the body its official name ends with
            break
        if (
            lower
            and words >= 1
            and not compound
            and word not in ("tỉnh", "thành", "huyện", "xã", "phường", "và")
            and not (word == "khu" and _AREA.match(text, m.end()))  # `Chi cục Hải quan cảng X khu vực 1`
            and not (word == "các" and _PLACE.match(text, at))  # `Ủy ban MTTQ Việt Nam các huyện`: its levels
            and f"{prev} {word}" not in _CAPITALISED_LEVELS  # `Ủy ban MTTQ Việt Nam Thành phố`: its level
            and (prev in _LEVEL_ENDS or (words >= 2 and _title(prev) and _title(before_prev)))
        ):
            break  # a lower-case word after a place or a run of proper words
        if word in _DASHES and _ROOM.match(text, m.end()):
            break  # `Phòng Khảo thí – Phòng 207 Nhà A1`: the office's room, an address (`rooms` of `[place_ends]`)
        if word in _TIME_FIRST and words and _TIME_WORD.match(text, at):
            break  # `Tổ công tác đặc biệt hàng ngày báo cáo …`
        if (
            not lower
            and words >= 2
            and _title(prev)
            and opens_title_verb(text[at : at + 60])
        ):
            break  # a verb of two words set in title case after a proper word (`… Truyền hình Sóc Trăng Phối hợp`, `Huế`)
        if not words and m.start("unit") >= 0 and m.start("owner") < 0:
            # the body an office or an agency serves, read whole (`Văn phòng Ban An toàn giao thông tỉnh`, `cơ quan
            # Thường trực Ban Chỉ đạo tỉnh`: `Ban An` is no run of proper words)
            inner = read_unit(text, at)
            if inner is not None and len(inner.names) == 1:
                end = max(end, inner.end)
                break
        before_prev, prev = prev, word
        # `pred` only says a predicate starts here: one that ends within 40 characters, as here, does too
        if lower and not compound and m.start("pred") >= 0 and predicate.match(text, at, at + 40):
            rest = text[at : at + 40]
            if _opens_predicate(rest) and not (word == "và" and _and_continues(text, at + 2)):
                if not _BUILDING_WORDS.match(rest):
                    if not fields_may_follow and (to_level := _lower_name_to_level(text, at)) is not None:
                        end = to_level  # `Trung tâm nghiên cứu giống cây trồng tỉnh khẩn trương …`
                    break
        if word in _JOINERS and word != "và" and _starts_unit(text, m.end() + 1):
            break  # `MTTQ cùng các tổ chức chính trị - xã hội`: a second unit joined on (`[joiners]`)
        if word in _OWNED_FIRST and words and _starts_unit(text, _skip_owned(text, m.end())):
            break  # `Phòng Khoáng sản thuộc Sở`: the unit it belongs to is not part of its name
        if m.start("owner") >= 0 and (words > 0 or organ_head):
            if not owner_head:  # (`Đảng ủy HĐND Đảng uỷ UBND tỉnh`: an owner's name takes no owner: two units)
                # the owner with its place (`UBND huyện`), or as a unit of its own with its field (`Sở Y tế`)
                owner = read_unit(text, at)
                end = max(_extend_place(text, m.end("owner")), owner.end if owner and len(owner.names) == 1 else 0)
            break
        if word == "các" and _PLACE.match(text, at):
            end = _extend_place(text, at - 1)
            # `Ban Thường vụ các huyện ủy, thị ủy, thành ủy`: the group of bodies the unit is the organ of
            group_end = _read_group(text, at)
            if group_end is not None and _ANOTHER_GROUP.search(text, end, group_end) is None:
                end = max(end, group_end)  # (not a group named after the levels: `Trung tâm Y tế các huyện, các
                # bệnh viện` is two units)
            words += 3
            if (dash := _DASH_GAP.match(text, end)) is not None and opens_title_verb(text[dash.end() : dash.end() + 60]):
                break  # the group's work after a dash, its verb set in title case (`… các huyện, thị xã – Phối hợp …`)
            continue
        if word == "các" and words and (group_end := _read_group(text, at)) is not None:
            # `Ban Giám hiệu các trường`: the organ each body of a group has
            end = group_end
            break
        if (
            words > 0 and m.start("unit") >= 0 and not word.startswith(_NAME_PARTS) and before_prev not in _DASHES
            and not compound
        ):
            # (after a dash, a head word is the second field of one name: `Phòng Bưu chính - Viễn thông`; a head word
            # that ends a compound is none: `Ban Chỉ đạo Tây Nam Bộ`, `[noun_compounds]`)
            break
        if "/" in word and (closing := _CLOSING_MARK.search(word)) is not None:  # (each mark holds a slash)
            end = m.end("word") - len(closing.group(0))  # `… xã An Phú./.`: the closing mark is not the name's
            break
        if word.endswith("."):
            if _ABBREVIATED_PLACE.fullmatch(word):
                end = m.end()
                words += 1
                continue
            end = m.end() - 1
            break
        end = m.end()
        words += 1
    return end


# the body a unit's official name ends with after `của` (`… của Quốc hội`): `[owner_in_name]`
_OWNER_IN_NAME = re.compile(rf"(?:{_alternation(tuple(_HEADS['owner_in_name']['words']))})(?![\wÀ-ỹ])")
# a second group after the levels of an open unit's name (`…, các bệnh viện`): a unit of its own
_ANOTHER_GROUP = re.compile(r",[ \t]*[Cc]ác[ \t]")


# Two words a comma joins inside a unit's name (`Ban Chỉ huy phòng, chống thiên tai …`): `[comma_pairs]`
_COMMA_PAIRS = frozenset((a, b) for a, b in _HEADS["comma_pairs"]["pairs"])
_COMMA_NAMED = tuple((a, b) for a, b in _HEADS["comma_pairs"]["named"])  # (`chính`, `Ngân sách`): `named`
_COMMA_PAIR = re.compile(r", ([\wÀ-ỹ]+)")
# initials glued by commas with no space, one name's (`Ủy ban KH,CN&MT`: khoa học, công nghệ và môi trường)
_GLUED_INITIALS = re.compile(rf"(?:,[{VI_UPPER}][{VI_UPPER}&]*)+(?![\wÀ-ỹ])")


def _pair_follows(text: str, end: int, word: str) -> bool:
    """`word` ending at `end` is the first of two words a comma joins inside a name (`Phòng, chống`)."""
    pair = _COMMA_PAIR.match(text, end)
    return pair is not None and (word.lower(), pair.group(1).lower()) in _COMMA_PAIRS
# `khu vực` and the area's number or name, after the proper words of a unit's name (`... cảng Sài Gòn khu vực 1`)
_AREA = re.compile(rf" vực[ \t]+[{VI_UPPER}0-9]")
# Predicate-like words inside a project board's name (`Ban Quản lý dự án đầu tư xây dựng`): `[name_predicates]`
_BUILDING_WORDS: Final = re.compile(_alternation(tuple(_HEADS["name_predicates"]["words"])))
# the last word of a level (`tỉnh`, `phố` of `thành phố`, `xã` of `thị xã`): `levels` of `[place_words]`
_LEVEL_ENDS: Final = frozenset(level.split()[-1] for level in PLACE_LEVELS["levels"])
_ABBREVIATED_PLACE = re.compile(r"(?:TP|TX|Tp|Q|P|TT)\.")
# the mark that closes a document's last sentence (`./.`), or a slash left of it, glued to the word before it
_CLOSING_MARK = re.compile(r"(?<=[\wÀ-ỹ])(?:\./\.?|/\.?)$")


# the first word of each of `OWNED_BY` (`trực`), and the rest of those of more words (`thuộc` after `trực`)
_OWNED_FIRST: Final = frozenset(w.split()[0] for w in OWNED_BY)
_BLANKS = r"[ \t]+"
_OWNED_REST = alternation((w.split(None, 1)[1] for w in OWNED_BY if " " in w), space=_BLANKS)
_OWNED_GAP = re.compile(rf"{_BLANKS}(?:{_OWNED_REST}{_BLANKS})?")


@cache
def _lower_name_pattern() -> re.Pattern[str]:
    """Lower-case words of a name up to its level of place and the place's name (`[lower_names]`), lazily: the
    first level ends it."""
    stops = _alternation(tuple(_HEADS["lower_names"]["not_in_name"]))
    return re.compile(
        rf"(?:(?!(?:{stops})(?![\wÀ-ỹ]))[{VI_LOWER}][\wÀ-ỹ]*[ \t]+){{1,8}}?"
        rf"(?:{_alternation(PLACE_LEVELS['levels'])})(?![\wÀ-ỹ])(?:[ \t]+{_PROPER_NAME}(?![\w-]))?"
    )


@cache
def _lower_fields_pattern() -> re.Pattern[str]:
    """A lower-case name's further fields after a comma (`, thông tin và thể thao`) up to its level of place and the
    place's name (`[lower_names]`: no word of `not_in_name` but `và`, no head of `list_heads`)."""
    data = _HEADS["lower_names"]
    stops = _alternation(tuple(w for w in (*data["not_in_name"], *data["list_heads"]) if w != "và"))
    word = rf"(?!(?:{stops})(?![\wÀ-ỹ]))[{VI_LOWER}][\wÀ-ỹ]*"
    field = rf"{word}(?:[ \t]+{word}){{0,3}}"
    return re.compile(
        rf"(?:[ \t]*,[ \t]*{field}){{1,4}}(?:[ \t]+và[ \t]+{field})?[ \t]+(?:{_alternation(PLACE_LEVELS['levels'])})"
        rf"(?![\wÀ-ỹ])(?:[ \t]+{_PROPER_NAME}(?![\w-]))?"
    )


def _lower_fields_to_level(text: str, pos: int) -> int | None:
    """Where a lower-case name whose fields go on after the comma at `pos` ends at its level of place, its work
    opening right after (`…, thông tin và thể thao huyện` before `tổ chức …`); else None."""
    m = _lower_fields_pattern().match(text, pos)
    return m.end() if m is not None and _work_follows(text, m.end()) else None


def _work_follows(text: str, end: int) -> bool:
    """A lower-case predicate opens right after the blank at `end`."""
    if text[end : end + 1] not in (" ", "\t"):
        return False
    after = text[end + 1 : end + 41]
    return after[:1].islower() and _opens_predicate(after)


def _lower_name_to_level(text: str, pos: int) -> int | None:
    """Where a unit's name written in lower case from `pos` ends at its level of place, its work opening right after
    (`nghiên cứu giống cây trồng tỉnh` before `khẩn trương liên hệ …`): `[lower_names]`; else None."""
    m = _lower_name_pattern().match(text, pos)
    return m.end() if m is not None and _work_follows(text, m.end()) else None


def _skip_owned(text: str, pos: int) -> int:
    """Past the rest of a word of `OWNED_BY` (`thuộc` after `trực`) and the spaces before the owner's name."""
    m = _OWNED_GAP.match(text, pos)
    return m.end() if m else pos


def _title(word: str) -> bool:
    """`Biên`, `Phủ`: a capitalised word of a proper name (not an acronym like `TNHH`)."""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def opens_title_verb(rest: str) -> bool:
    """`rest` opens with a verb of two words whose first is set in title case (`Phối hợp Sở …`, `Tổ chức hội nghị`):
    the title-cased word with the lower-case word after it opens a predicate of two words or more, and that next
    word alone opens none (not `Xây Dựng`, whose second word is capitalised, nor a word that is a predicate by
    itself)."""
    first = rest.split(" ", 1)[0]
    after = rest[len(first) + 1 :]
    if not _title(first) or not after[:1].islower():
        return False
    return _opens_predicate(f"{first.lower()} {after[:40]}", min_len=len(first)) and not _opens_predicate(after[:40])


def _and_continues(text: str, pos: int) -> bool:
    """`và` inside a name (`Tài nguyên và Môi trường`), not between two units or before a predicate."""
    m = _WORD.match(text, pos)
    if not m or (_starts_unit(text, m.start(1)) and not _pair_follows(text, m.end(1), m.group(1).rstrip(","))):
        return False  # (`và Phòng, chống thiên tai`: a phrase of the name, no unit)
    rest = text[m.start(1) : m.start(1) + 40]
    if rest.startswith("xây dựng") and "đầu tư" in text[max(0, pos - 24) : pos]:
        return True
    return not _opens_predicate(rest)


def _starts_unit(text: str, pos: int) -> bool:
    """A unit (or an office holder) starts at `pos`: `_LOCAL`, `_OPEN`, `_GROUP` or `_OFFICE` matches there."""
    return text[pos : pos + 1] in _UNIT_FIRST and _UNIT_START.match(text, pos) is not None


# The Party committees and the Party's organisations named together without `các`, before more groups (`yêu cầu cấp
# ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc … các cấp tập trung …`): one group, read as `các cấp ủy, …` is
_BARE_PARTY_GROUP = re.compile(
    rf"[Cc]ấp[ \t]+(?:ủy|uỷ)(?=[ \t]*,[ \t]*tổ chức (?:đảng|Đảng))(?:{_MORE_GROUP.pattern})+(?:{_QUALIFIER.pattern})*"
)


# the members of a body, the body named after them (`các thành viên UBND tỉnh`): `members` of `[group_nouns]`
_MEMBERS: Final = re.compile(rf"[Cc]ác[ \t]+(?:{_alternation(tuple(_HEADS['group_nouns']['members']))})[ \t]+(?=[{VI_UPPER}])")


def _read_group(text: str, pos: int, phrase: re.Pattern[str] = _GROUP_PHRASE) -> int | None:
    """`các sở, ban, ngành liên quan`, `các cơ quan, đơn vị có liên quan`: end of the group phrase."""
    m = phrase.match(text, pos)
    if not m:
        return None
    end = m.end()
    if _AT_PROVINCE.search(text, m.start(), end) is not None and (named := _GROUP_PLACE_NAME.match(text, end)):
        end = named.end()  # `các sở, ngành tỉnh Lạng Sơn`: the province's name after its level
    if (members := _MEMBERS.match(text, pos)) is not None and (body := read_unit(text, members.end())) is not None:
        end = max(end, body.end) if len(body.names) == 1 else end  # `các thành viên Ban Chỉ đạo … tỉnh`
    tail = _OWNED_BY.match(text, end)
    if tail:
        inner = read_unit(text, tail.end())
        if inner:
            end = inner.end
    else:
        end = _owner_end(text, m.start(), end)
    narrowed = _relative(text, end)
    return narrowed if narrowed != end else _role_end(text, end)


@cache
def _roles() -> tuple[re.Pattern[str], frozenset[str]]:
    """`[role]` of `task_verbs.toml`: a pattern for a role verb after a group's noun, and the predicate words
    a role's object may hold; a predicate word after one of `nominal` (`việc thực hiện`) is a noun of the object."""
    data = _data("task_verbs.toml")["role"]
    verbs = tuple(sorted(data["verbs"], key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{_alternation(verbs)})(?![\wÀ-ỹ])"), frozenset(data["inside"])


# `việc`: the verb after it is a noun of a role's object (`nominal` of `[role]`)
_NOMINAL_WORDS = frozenset(_data("task_verbs.toml")["role"]["nominal"])


# `Các cơ quan chủ trì có trách nhiệm …`: a role with no object, right before a predicate that states a duty
# (`bare`, `bare_before` of `[role]`)
_BARE_ROLE = re.compile(
    rf"(?P<role>[ \t]+(?:{_alternation(tuple(_data('task_verbs.toml')['role']['bare']))}))"
    rf"[ \t]+(?:{_alternation(tuple(_data('task_verbs.toml')['role']['bare_before']))})(?![\wÀ-ỹ])"
)
# Predicate words that do not end a subject: a role's object followed by one of these is not known to end there
# (`not_ending` of `[role]` in task_verbs.toml).
_NOT_SUBJECT_END = frozenset(_data("task_verbs.toml")["role"]["not_ending"])
_ROLE_LIST_JOINER = "và"  # ... but one that joins another unit after the object ends it
_OBJECT_COMMA = re.compile(r",[ \t]+")  # a comma inside a role's object (`hồ chứa thủy điện, thủy lợi`)
_ROLE_OBJECT_WORDS = 8  # the words a role's object may hold


def _role_end(text: str, end: int) -> int:
    """`các đơn vị duy trì thoát nước xây dựng kế hoạch`: a role verb and its object after a group's noun, up to
    the predicate of another verb in the same clause; `end` when no such predicate follows (the role verb is
    then the predicate itself: `các đơn vị quản lý chặt chẽ hồ sơ`)."""
    if text[end : end + 1] not in (" ", "\t"):
        return end
    role, inside = _roles()
    bare = _BARE_ROLE.match(text, end)
    if bare is not None:  # `Các cơ quan chủ trì có trách nhiệm …`: the role names the group
        return bare.end("role")
    m = role.match(text, end)
    if not m:
        return end
    predicate = _predicate_start()
    pos, words, prev = m.end(), 0, m.group(0).split()[-1]
    while words < _ROLE_OBJECT_WORDS:
        comma = _OBJECT_COMMA.match(text, pos) if words > 0 else None
        if comma is not None:  # `quản lý hồ chứa thủy điện, thủy lợi …`: the object goes on past its comma ...
            if _UNIT_START.match(text, comma.end()):
                return pos  # ... unless another unit follows it in a list: the role names the first group
            pos = comma.start() + 1
        w = _WORD.match(text, pos)
        if not w or (w.group(1)[:1].isupper() and words == 0):
            return end
        at, word = w.start(1), w.group(1)
        found = predicate.match(text, at, at + 40)
        compound = word in _COMPOUND_TAILS and f"{prev} {word}" in NOUN_COMPOUNDS  # `công trình`
        nominal = prev in _NOMINAL_WORDS and words > 0  # `giám sát việc thực hiện`: the object's noun
        prev = word
        if found and not compound and not nominal and _opens_predicate(text[at : at + 40]):
            if found.group(0) in inside:
                pass
            elif words > 0 and found.group(0) == _ROLE_LIST_JOINER and _UNIT_START.match(text, found.end() + 1):
                # `các đơn vị quản lý hồ chứa và các đơn vị có liên quan chủ động …`: another unit joined after the
                # role's object ends it; the role names the first group
                return pos
            elif words == 0 or found.group(0) in _NOT_SUBJECT_END:
                return end
            else:
                return pos
        if w.group(1).endswith("."):
            return end
        pos = w.end()
        words += 1
    return end


# `(trực) thuộc` ending a group phrase, with the owner's name after it (`các đơn vị thuộc Bộ Công Thương`).
_OWNED_QUALIFIER: Final = re.compile(rf"{_BLANKS}{alternation(OWNED_BY, space=_BLANKS)}(?![\wÀ-ỹ])")


def _owner_end(text: str, start: int, end: int) -> int:
    """A group owned by a unit read in full: the group phrase took `thuộc Bộ` or `trực thuộc` as a fixed
    qualifier, but the owner goes on (`các đơn vị thuộc Bộ Công Thương`, `trực thuộc Cục Thuế tỉnh X`)."""
    owned = None
    for match in _OWNED_QUALIFIER.finditer(text, start, end):  # the last one: the owner ends the phrase
        owned = match
    if owned is None:
        return end
    gap = _OWNED_GAP.match(text, owned.end())
    owner = read_unit(text, gap.end()) if gap else None
    return owner.end if owner is not None and owner.end > end else end


def _place_range(text: str, start: int, end: int) -> int:
    """`UBND các tỉnh, thành phố (ven biển) từ Đà Nẵng đến Lâm Đồng`: the two ends of the stretch a group of places
    lies along narrow it (`range` of `[relative]`), read up to the second end; else `end`."""
    if _PLACE_GROUP_IN.search(text, start, end) is None:
        return end
    m = _PLACE_RANGE.match(text, end)
    return m.end() if m else end


def _relative(text: str, end: int) -> int:
    """A relative clause that narrows a group: `các tổ chức, cá nhân được cấp giấy phép khai thác`,
    `UBND các xã, phường có cụm công nghiệp` — up to the predicate that follows."""
    if (pending := _PENDING.match(text, end)) is not None:
        # `Các địa phương chưa gửi báo cáo khẩn trương …`: what it has not done, up to the manner of its work
        urged = _URGED.search(text, pending.end(), pending.end() + 80)
        if urged is None or len(text[pending.end() : urged.start()].split()) > 12 or "." in text[end : urged.start()]:
            return end
        before = text[: urged.start()].rstrip()
        then = _PENDING_THEN.search(before)  # (`… chưa lập Đề án thì khẩn trương …`: `thì` is no part of the name)
        return then.start() if then is not None else len(before)
    m = _RELATIVE.match(text, end)
    least = 2  # words after the opener
    if m is None and (m := _BARE_RELATIVE.match(text, end)) is not None:
        least = 1  # the verb's object (`trồng vải`)
    elif m is not None and _PLACES_BEFORE.search(text, max(0, end - 60), end) is not None:
        least = 1  # what the places hold (`các huyện, thị xã có rừng`)
    if not m or _NOT_RELATIVE.match(text, m.end()):
        return end
    pos = m.end() - 1
    predicate = _predicate_start()
    words, most = 0, 8
    prev = ""
    while words < most:
        w = _WORD.match(text, pos)
        if not w:
            break
        word = w.group(1).rstrip(",.")
        if words and word == "và" and _starts_unit(text, len(text) - len(text[w.end() :].lstrip(" \t"))):
            break  # `UBND 5 xã có tên trên và UBND huyện X`: a second unit after `và` ends the clause
        compound = word in _COMPOUND_TAILS and f"{prev} {word}" in NOUN_COMPOUNDS  # `khai thác công trình`: no `trình`
        # `có tàu thuyền đang hoạt động trên biển`: a mark of tense and the verb after it describe what the group
        # holds, no work of its own
        described = word in _RELATIVE_TENSES or prev in _RELATIVE_TENSES
        if words and not compound and not described and predicate.match(text, w.start(1), w.start(1) + 40):
            if _opens_predicate(text[w.start(1) : w.start(1) + 40], min_len=3):
                break
        prev = word
        if w.group(1).endswith("."):
            break
        pos = w.end()
        words += 1
        if text[pos : pos + 2] == ", " and _pair_follows(text, pos, w.group(1)):
            pos, most = pos + 1, most + 2  # `được cấp phép thăm dò, khai thác …`: one phrase of the clause
    return pos if words >= least else end


def _work_after_clause(text: str, holder: UnitMention, found: UnitMention) -> bool:
    """A word that names bodies and work alike (`tổ chức`), in lower case after a comma that closes the clause
    narrowing the group before it: the group's work (`[predicate] starts`), no second group."""
    name = found.names[0]
    return (
        len(found.names) == 1
        and name[:1].islower()
        and not name.startswith("các ")
        and narrowed(holder.names[-1])
        and _opens_predicate(text[found.start : found.start + 40])
        and "," not in name
        and text[found.end : found.end + 1] == " "  # (`…, tổ chức, cá nhân`: one more group)
    )


def narrowed(name: str) -> bool:
    """A group's name that a relative clause closes (`các huyện có tên tại Phụ lục`, `Các đơn vị chưa nộp báo
    cáo`: `openers` and `pending` of `[relative]`)."""
    if " các " not in f" {name.lower()}":
        return False
    opener = _RELATIVE.search(name) or _PENDING.search(name)
    return opener is not None and _NOT_RELATIVE.match(name, opener.end()) is None  # (`có liên quan`: no clause)


# the bodies named above, pointed back at without `các` (`yêu cầu đơn vị nêu trên thực hiện`): `above` of
# `[addressed_groups]` after the noun
_UNIT_ABOVE = re.compile(
    rf"[Đđ]ơn vị (?:{_alternation(tuple(_HEADS['addressed_groups']['above']))})(?![\wÀ-ỹ])(?![ \t]+địa bàn)"
)


# A head glued to the name after it by a web copy that drops the space (`BộCông Thương`): `[glued_heads]`
_GLUED_HEAD: Final = re.compile(rf"(?:{as_written(_HEADS['glued_heads']['words'])})(?=[{VI_UPPER}])")


# A unit named at one level of government (`cấp tỉnh`, the qualifiers of `[qualifiers]` that open with `cấp`), and
# more levels after it (`Ủy ban nhân dân cấp tỉnh, cấp xã`, `… cấp tỉnh và cấp huyện`): one group, the bodies of that
# kind at each level, as written.
_LEVEL_QUALIFIERS = tuple(q for q in QUALIFIERS if q.startswith("cấp "))
_AT_LEVEL: Final = re.compile(rf"[ \t]{_alternation(_LEVEL_QUALIFIERS)}$")
_MORE_LEVELS = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_alternation(_LEVEL_QUALIFIERS)}(?![\wÀ-ỹ])")


def _more_levels(text: str, found: UnitMention) -> UnitMention:
    if len(found.names) != 1 or _AT_LEVEL.search(found.names[0]) is None:
        return found
    return _run_on(text, found, _MORE_LEVELS)


def _run_on(text: str, mention: UnitMention, more: re.Pattern[str]) -> UnitMention:
    """The one name `mention` read on over each match of `more` right after it (`…, huyện` levels, `…, Thành ủy`
    committees), or `mention` itself where none follows."""
    end = mention.end
    while (m := more.match(text, end)) is not None:
        end = m.end()
    return mention if end == mention.end else UnitMention((text[mention.start : end],), mention.start, end)


_WHOLE_GROUP: Final = re.compile(_WHOLE)
# a commune's civil servant in lower case, then the field in his charge in capitals (`công chức Địa chính`)
_CLERK: Final = re.compile(rf"công chức[ \t]+(?=[{VI_UPPER}])")


# a level written as a name's start (`Thành phố`), after the name of a body of that place: `capitalised` of
# `[place_words]`
_CAPITALISED_LEVELS: Final = frozenset(PLACE_LEVELS["capitalised"])


# A clause's units are asked for several times over (the clause cutter, the subject and assignment readers, the
# lead-in tests: 38 % of the readings of a document repeat one): the reading depends on the text and the position
# only, and a `UnitMention` cannot change, so one memo keyed by both answers the repeats. Bounded and keyed by text:
# the throughput benchmarks empty it before every document (`test_unit_memo.py`).
@lru_cache(maxsize=1024)
def read_unit(text: str, pos: int) -> UnitMention | None:
    """One unit (or one elided list of units) starting exactly at `pos`, else None; also where a web copy glued
    its head to the name after it (`BộCông Thương`: read as `Bộ Công Thương`, its end where it ends as printed)."""
    found: UnitMention | None = _read_unit(text, pos)
    if found is None and text[pos : pos + 1] in _HONORIFIC_FIRST and (honour := _HONORIFIC.match(text, pos)) is not None:
        office = _OFFICE.match(text, honour.end())  # `đồng chí Giám đốc Sở …`: the office after the form of address
        inner = read_unit(text, honour.end()) if office is not None else None
        return None if inner is None else UnitMention(inner.names, pos, inner.end)
    if found is None and _CLERK.match(text, pos) is not None:
        # `Giao công chức Địa chính - Xây dựng xã …`: the commune's civil servant in lower case after the verb, his
        # field in capitals, read as `Công chức …` is (not `phân công công chức trực …`: no field named)
        capital = _read_unit(f"{text[:pos]}C{text[pos + 1 :]}", pos)
        if capital is not None:
            return _more_levels(text, UnitMention((f"c{capital.names[0][1:]}", *capital.names[1:]), capital.start, capital.end))
    if found is None and (glued := _GLUED_HEAD.match(text, pos)) is not None:
        cut = glued.end()
        spaced = _read_unit(f"{text[:cut]} {text[cut:]}", pos)
        if spaced is not None and spaced.end > cut + 1:
            return UnitMention(spaced.names, spaced.start, spaced.end - 1)
    return found if found is None else _more_levels(text, _board_scope(text, found))


_BOARD = _HEADS["board_scope"]
_BOARD_HEADS: Final = tuple(_BOARD["heads"])
_BOARD_OPENER = re.compile(rf"[ \t]+{re.escape(_BOARD['opener'])}[ \t]+")


def _board_scope(text: str, found: UnitMention) -> UnitMention:
    """`Ban Chỉ đạo Nhà nước về kế hoạch bảo vệ và phát triển rừng chỉ đạo …`: a board's name goes on through its
    field, up to the predicate (`[board_scope]`)."""
    if len(found.names) != 1 or not found.names[0].startswith(_BOARD_HEADS):
        return found
    opener = _BOARD_OPENER.match(text, found.end)
    if opener is None:
        return found
    pos, words = opener.end() - 1, 0  # before the space `_WORD` opens with
    while words < _BOARD["most"]:
        if text.startswith(",", pos):  # `về phòng, chống …`: one field
            pos += 1
        w = _WORD.match(text, pos)
        if w is None and words and text[pos:].lstrip(" \t").startswith("("):
            return UnitMention((text[found.start : pos],), found.start, pos)  # a gloss in brackets follows the field
        if w is None or (not w.group(1)[:1].isalpha() and w.group(1)[:1] not in "-–"):
            return found
        if words and (
            _opens_predicate(text[w.start(1) : w.start(1) + 40], min_len=3)
            or (w.group(1) == "và" and _starts_unit(text, w.end(1) + 1))  # `… tội phạm và Công an tỉnh chỉ đạo`
        ):  # the predicate, or a second unit joined on: the field ends before it
            end = len(text[:pos].rstrip(" ,"))
            return UnitMention((text[found.start : end],), found.start, end)
        if words == 0 and (w.group(1) in _BOARD["not_first"] or _opens_predicate(text[w.start(1) : w.start(1) + 40], min_len=3)):
            return found  # `Ban Chỉ đạo về xây dựng …`, `… về việc …`: no field of the name
        if w.group(1).endswith((".", ";", ":")):
            return found
        pos, words = w.end(), words + 1
    return found


def _read_unit(text: str, pos: int) -> UnitMention | None:
    """One unit (or one elided list of units) starting exactly at `pos`, else None."""
    first = text[pos : pos + 1]
    if first in _ELDER_FIRST and (elder := _elder_head(text, pos)) is not None:
        return elder  # `các ông xóm trưởng`, `Ấp trưởng`
    if first not in _UNIT_FIRST:
        return None
    start = pos
    if first in "Qq":
        courtesy = COURTESY.match(text, pos)
        if courtesy:
            return UnitMention((courtesy.group(0),), pos, courtesy.end())
        if first not in _OPEN_FIRST:
            return None  # (a head that opens with `Q`, `Quân ủy Trung ương`, `Quỹ …`, is read as any other)
    if first in _OFFICE_FIRST and (alone := _office_alone(text, pos)) is not None:
        return alone  # `Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …`
    if first in "Cc" and (holders := _PLURAL_OFFICE_END.match(text, pos)) is not None and not (
        (group := _GROUP.match(text, pos)) is not None and group.end() >= holders.end()
    ):
        return UnitMention((holders.group(0),), pos, holders.end())  # `Các Bộ trưởng` before a comma (not a group
        # whose noun is an office word: `các cấp ủy,`)
    office = _OFFICE.match(text, pos) if first in _OFFICE_FIRST else None
    if office and first in "Cc" and (group := _GROUP.match(text, pos)) is not None and group.end() >= office.end() - (
        len(office.group(0)) - len(office.group(0).rstrip())
    ):
        # `các đồng chí Ủy viên Ban Thường vụ …`: a group whose noun opens with an office word; `Các cấp ủy`: a group
        # whose noun is one (`cấp ủy` heads a group after it: `Cấp ủy các chi bộ`)
        office = None
    if office:
        found = _office_unit(text, office)
        if found is None:
            return (
                _named_holder(text, start, office)
                or _addressed_person(text, start, office)
                or _hamlet_head(text, start)
                or _section_head(text, start, office)
                or _board_officer(text, start)
                or _kind_head(text, start, office)
                or _office_holders(text, start, office)
            )
        start, pos = found
        first = text[pos : pos + 1]
    if first in "Tt" and (taken_whole := _WHOLE_GROUP.match(text, pos)) is not None:
        group_end = _read_group(text, taken_whole.end())  # `tất cả các đơn vị trực thuộc`: the group, taken whole
        return UnitMention((text[start:group_end],), start, group_end) if group_end is not None else None
    if first in "Cc" and text.startswith(("cấp", "Cấp"), pos) and (bare := _read_group(text, pos, _BARE_PARTY_GROUP)):
        return UnitMention((text[start:bare],), start, bare)  # `cấp ủy, tổ chức đảng, chính quyền …`, no `các`
    if first in "Cc" and text.startswith(("Các", "các"), pos):  # `_ELIDED` and `_GROUP` start so
        ministers = _MINISTERS_ELIDED.match(text, pos)
        if ministers is not None and (ministries := _read_fields(text, ministers.end(), "Bộ"))[0]:
            # `các bộ trưởng: Quốc phòng, Công an`: the minister of each ministry listed
            return UnitMention(tuple(f"Bộ trưởng {n}" for n in ministries[0]), start, ministries[1])
        elided = _ELIDED.match(text, pos)
        if elided:
            head = elided.group(1).capitalize()
            names, end = _read_fields(text, elided.end(), head)
            if len(names) == 1 and ":" not in elided.group(0):
                # `các sở giáo dục và đào tạo`, `các Sở GD&ĐT`: the departments of that field (of every province a
                # ministry writes to), one group, not a list of named departments (`các Sở: Y tế, Xây dựng`)
                return UnitMention((text[start:end],), start, end)
            if names:
                prefix = text[start:pos]
                return UnitMention(tuple(prefix + n for n in names), start, end)
        elided = _ELIDED_FIELDS.match(text, pos)
        fields, end = _written_fields(text, elided.end()) if elided else ([], pos)
        if elided and len(fields) > 1:
            prefix, head = text[start:pos], elided.group(1)
            return UnitMention(tuple(f"{prefix}{head} {f}" for f in fields), start, end)
        sections = _PLURAL_SECTIONS.match(text, pos)
        if sections is not None and (mention := _open_mention(text, start, sections.end())) is not None:
            return mention  # `các phòng GDĐT các huyện`: the sections of that field, not the group `các phòng`
        group_end = _read_group(text, pos)
        named = _named_plural(text, start, pos, group_end)
        if named is not None:
            return named
        if group_end is not None:
            return UnitMention((text[start:group_end],), start, group_end)
        plural = _plural_local(text, start, pos)
        if plural is not None:
            return plural
    if first.isupper() and "/" in text[pos : pos + 12] and (slashed := _read_group(text, pos)) is not None:
        return UnitMention((text[start:slashed],), start, slashed)  # `Khoa/Viện/Bộ môn trực thuộc Trường`, no `các`
    if first in "đĐ" and (above := _UNIT_ABOVE.match(text, pos)) is not None:
        return UnitMention((above.group(0),), start, above.end())  # `đơn vị nêu trên`, no `các`: the bodies above
    if first in _DIGITS:  # `04 đơn vị nêu trên`: a counted group, or nothing
        if pos and text[pos - 1] in "0123456789.,/":
            return None
        group_end = _read_group(text, pos)
        return UnitMention((text[start:group_end],), start, group_end) if group_end is not None else None
    local = _LOCAL.match(text, pos) if first in _LOCAL_FIRST else None
    if local:
        head = local.group(0)
        whole = next((w for w in _WHOLE_LOCAL if text.startswith(w, pos)), None)
        if whole is not None and not text[pos + len(whole) : pos + len(whole) + 1].isalpha():
            return UnitMention((text[start : pos + len(whole)],), start, pos + len(whole))  # `Công an nhân dân`
        if head in ("Bộ", "Sở"):
            mention = _ministry_mention(text, start, pos, head)
        else:
            mention = _local_mention(text, start, local.end())
    else:
        mention = _open_mention(text, start, pos)
    if office and mention is None:
        return _own_head(text, start, office)  # `Phó Giám đốc Sở`: the head alone, of the body the document is of
    if mention is not None and (office or _STANDING_OF_COMMITTEE.fullmatch(mention.names[0]) is not None):
        mention = _heads_shared(text, mention)
    return _holder_role(text, mention) if office and mention is not None else mention


# a Party committee's name alone after a comma (`, Thành ủy`): `[belongs_to]`, not followed by a name or a level
_COMMITTEES = tuple(_HEADS["belongs_to"]["words"])
_COMMITTEE_AFTER = re.compile(
    rf",[ \t]+(?:{_alternation(_COMMITTEES)})(?![\wÀ-ỹ])(?![ \t]+(?:[{VI_UPPER}0-9]|{_alternation(PLACE_WORDS)}(?![\wÀ-ỹ])))"
)


# the standing organ of a Party committee named by the committee's head (`Ban Thường vụ Tỉnh ủy`): `[standing_organs]`
_STANDING_OF_COMMITTEE: Final = re.compile(
    rf"{_alternation(tuple(_HEADS['standing_organs']['words']))}[ \t]+{_alternation(_COMMITTEES)}"
)


def _heads_shared(text: str, mention: UnitMention) -> UnitMention:
    """`(các) Bí thư Tỉnh ủy, Thành ủy`, `Ban Thường vụ Tỉnh ủy, Thành ủy`: the holders of one office, or the one
    organ, in the committees of two kinds, each named by its head alone after a comma, are one group, not a second
    body named `Thành ủy`."""
    if len(mention.names) != 1:
        return mention
    name = strip_office(mention.names[0])
    if name not in _COMMITTEES and _STANDING_OF_COMMITTEE.fullmatch(name) is None:
        return mention
    return _run_on(text, mention, _COMMITTEE_AFTER)


_PLURAL_GAP: Final = re.compile(r"[Cc]ác[ \t]+")


def _named_plural(text: str, start: int, pos: int, group_end: int | None) -> UnitMention | None:
    """`các Ban Quản lý dự án chuyên ngành tỉnh`, `Các Ban QLDA …`, `các Công ty Điện lực khu vực`: a group whose
    noun (`các Ban`, `[group_nouns]`) is the capitalised head of the bodies' name, read whole where that name runs
    past the noun the group reader stops at; else None (`các Ban, ngành tỉnh` stays the group it reads). So too a
    capitalised head that is no group noun, right before the bodies' work (`các Chi cục Thuế khu vực thực hiện`;
    not a title's `Các Chi cục Hải quan trên toàn quốc`, nor one body of a list, `…, các Viện nghiên cứu, …`)."""
    gap = _PLURAL_GAP.match(text, pos)
    at = gap.end() if gap else pos
    if gap is None or not _is_upper(text[at : at + 1]):
        return None
    mention = _open_mention(text, at, at)
    if mention is None or len(mention.names) != 1:
        return None
    if group_end is None and not _named_before_work(text, at, mention.end):
        return None
    if group_end is not None and mention.end <= group_end:
        return None
    return UnitMention((text[start : mention.end],), start, mention.end)


def _named_before_work(text: str, head: int, end: int) -> bool:
    """The bodies' name read from `head` to `end` has a capitalised name after its head (`Chi cục Thuế`, not `Viện`
    before `nghiên cứu`) and their work follows it."""
    m = _OPEN.match(text, head)
    return (
        m is not None and m.end() < end and _CAPITAL_NEXT.match(text, m.end()) is not None
        and _opens_predicate(text[end : end + 41].lstrip(" \t"))
    )


def _plural_local(text: str, start: int, pos: int) -> UnitMention | None:
    """`các UBND huyện, thị xã, thành phố`: `các` before a local head whose level words follow it (no place's name),
    the committees of every place of those levels, one group as written; else None (`các UBND huyện Bảo Yên` names
    one place: not read here)."""
    gap = _PLURAL_GAP.match(text, pos)
    at = gap.end() if gap else pos
    local = _LOCAL.match(text, at) if gap and text[at : at + 1] in _LOCAL_FIRST else None
    if local is None or local.group(0) in ("Bộ", "Sở"):
        return None
    mention = _local_mention(text, at, local.end())
    if mention is None or len(mention.names) != 1:
        return None
    tail = re.sub(r"[,;/]", " ", fold(text[local.end() : mention.end])).split()
    if not tail or any(w not in _LEVEL_WORDS for w in tail):
        return None  # a place's name after the levels: a body of its own
    return UnitMention((text[start : mention.end],), start, mention.end)


def _holder_role(text: str, mention: UnitMention) -> UnitMention:
    """`Phó Chủ tịch UBND huyện phụ trách khối kinh tế chỉ đạo …`: an office holder named by the field in his
    charge, as a group is by its role (`[role]` of task_verbs.toml)."""
    if len(mention.names) != 1 or _HOLDER_CHARGE.match(text, mention.end) is None:
        return mention
    end = _role_end(text, mention.end)
    return UnitMention((text[mention.start : end],), mention.start, end) if end > mention.end else mention


_OFFICE_FORMS = _HEADS["office_forms"]
_WORD_STARTS: Final = re.compile(r"(?<=\s)\S")
# `Phó Thủ tướng Trần Lưu Quang`: an office held by one person, and the person's name after it
_NAMED_OFFICE = re.compile(rf"(?:{_alternation(tuple(_OFFICE_FORMS['named']))})(?=\s)")
_HOLDER_CHARGE = re.compile(rf"[ \t]+(?:{_alternation(tuple(_OFFICE_FORMS['charge']))})[ \t]")
_SECTION_OFFICES: Final = frozenset(_OFFICE_FORMS["section"])
_OFFICE_BETWEEN: Final = re.compile(rf"(?:{_alternation(tuple(_OFFICE_FORMS['between']))})\s+")


def _office_unit(text: str, office: re.Match[str]) -> tuple[int, int] | None:
    """Where the office holder's name starts and where the unit the office heads starts (`Giám đốc Sở Y tế`;
    `đồng chí Phó Bí thư Thường trực Đảng ủy`, named from `Phó Bí thư`), None when no unit follows the office."""
    start, at = office.start(), office.end()
    for word in _WORD_STARTS.finditer(office.group(0).rstrip(), 1):
        inner = _OPEN.match(text, start + word.start())
        if inner is not None and inner.end() > at:
            # `Chánh Văn phòng HĐND và UBND huyện`: the office's own head word opens a longer head
            return start, start + word.start()
    again = _OFFICE.match(text, at) if text[at : at + 1] in _OFFICE_FIRST else None
    if again is not None:  # `đồng chí Phó Bí thư …`: a form of address, then the office that names the holder
        start, at = at, again.end()
    between = _OFFICE_BETWEEN.match(text, at)
    if between is not None:  # `Phó Bí thư Thường trực Đảng ủy`
        at = between.end()
    if _LOCAL.match(text, at) or _OPEN.match(text, at) or _GROUP.match(text, at):
        return start, at
    if _ELIDED_FIELDS.match(text, at):  # `Chủ tịch các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam`
        return start, at
    return None


# a head noun of `[bare_heads]` alone after an office (`Phó Giám đốc Sở`, `Lãnh đạo Sở`), then no name: the body the
# document is of; a capitalised word after it would be a person's name or a name of its own, read otherwise
_OWN_HEAD = re.compile(
    rf"(?:{_alternation(tuple(w for w in _HEADS['bare_heads']['words'] if w not in _HEADS['open_heads']['alone']))})(?![\wÀ-ỹ])(?![ \t]+[{VI_UPPER}])(?![ \t]*[(\d])"
)


def _own_head(text: str, start: int, office: re.Match[str]) -> UnitMention | None:
    """`Phó Giám đốc Sở - Nguyễn Văn A`, `Lãnh đạo Sở chỉ đạo`: the holder of an office of the body the document is of,
    its head noun alone, named by the office as written (the person's name left out); else None."""
    head = _OWN_HEAD.match(text, office.end())
    return UnitMention((text[start : head.end()],), start, head.end()) if head is not None else None


def _named_holder(text: str, start: int, office: re.Match[str]) -> UnitMention | None:
    """An office held by one person and named by the person (`Phó Thủ tướng Trần Lưu Quang`), else None."""
    named = _NAMED_OFFICE.match(text, start)
    if named is None:
        return None
    person = _PERSON_NAME.match(text, named.end())
    if person is None:
        return None
    return UnitMention((text[start : person.end()],), start, person.end())


ADDRESS_FORMS = frozenset(_OFFICE_FORMS["address"])
_ADDRESS_FORMS = ADDRESS_FORMS
# a Party committee member's title where the person's name would stand (`Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ
# tịch UBND xã`): `members` of `[office_forms]`, then the committee, up to the comma before the office
_MEMBER_TITLE = re.compile(rf"[ \t]+(?:{_alternation(tuple(_OFFICE_FORMS['members']))})[ \t]+[^,;:.]{{3,60}}?(?=,)")
# the comma or the dash between the person and the office (`đồng chí Nguyễn Văn An – Phó Chủ tịch UBND huyện`)
_COMMA_AFTER_NAME = re.compile(r"(?:,|[ \t]+[-–—])[ \t]+")
_SPACE = re.compile(r"[ \t]+")


def _addressed_person(text: str, start: int, office: re.Match[str]) -> UnitMention | None:
    """A person named after a form of address, then his office after a comma or a dash (`đồng chí Nguyễn Văn Bình, Phó
    Chủ tịch UBND xã`, `đồng chí Nguyễn Văn An – Phó Chủ tịch UBND huyện`), or the office right after the form of
    address: the holder named by the office as it is read; else None."""
    address = office.group(0).rstrip()
    if address not in _ADDRESS_FORMS:
        return None
    space = _SPACE.match(text, office.start() + len(address))
    if space is not None and _OFFICE.match(text, space.end()) is not None:
        # `đồng chí Trưởng phòng Nông nghiệp và Môi trường huyện`: the office right after the form of address
        held = read_unit(text, space.end())
        if held is not None and held.start == space.end():
            return held  # (its span the office's, as for `đồng chí Phó Chủ tịch …`)
    person = _PERSON_NAME.match(text, office.start() + len(address)) or _MEMBER_TITLE.match(
        text, office.start() + len(address)
    )
    comma = _COMMA_AFTER_NAME.match(text, person.end()) if person is not None else None
    if comma is None or _OFFICE.match(text, comma.end()) is None:
        return None
    holder = read_unit(text, comma.end())
    if holder is None or holder.start != comma.end():
        return None
    return UnitMention(holder.names, start, holder.end)


# `Trưởng thôn`, `Các Trưởng ấp`, `các trưởng thôn`, `Trưởng thôn Phú Mỹ`, `Công an viên thôn`: the head or the officer of a
# hamlet, whose name is no unit head (`[office_forms] hamlet_offices`); and the
# secretary of a Party cell (`các đồng chí Bí thư chi bộ`: `[office_forms] cell`)
# (the hamlet word may be capitalised and counted, as a ward's letters write the heads of all its quarters: `Tổ trưởng
# 63 Tổ dân phố`, `Trưởng phó 8 Khu phố`: `hamlet_count` of `[office_forms]`)
_HAMLET_WORDS = _alternation(tuple(_OFFICE_FORMS["hamlet"]) + tuple(w[:1].upper() + w[1:] for w in _OFFICE_FORMS["hamlet"]))
_HAMLET_HEAD: Final = re.compile(
    rf"(?P<plural>[Cc]ác[ \t]+)?(?P<address>(?:{_alternation(tuple(_OFFICE_FORMS['address']))})[ \t]+)?"
    rf"(?P<office>(?:{_alternation(tuple(_OFFICE_FORMS['hamlet_offices']))})[ \t]+(?:\d{{1,3}}[ \t]+)?(?:{_HAMLET_WORDS})"
    rf"|Bí thư[ \t]+(?:{_alternation(tuple(_OFFICE_FORMS['cell']))})(?:[ \t]+các[ \t]+(?:{_HAMLET_WORDS})(?:[ \t]*,[ \t]*(?:{_HAMLET_WORDS}))*)?)(?![\w-])"
)  # (the cells of every hamlet: `Bí thư chi bộ các thôn`)
# `các ông xóm trưởng`, `Ấp trưởng`, `bà Trưởng thôn`: a hamlet's head under a plain form of address or with the
# office after the hamlet word (`elders`, `hamlet_after`); read before the words' other readings (`ông` is no office,
# `các xóm` a group)
_HAMLETS = _alternation(tuple(_OFFICE_FORMS["hamlet"]))
_ELDER_HEAD: Final = re.compile(
    rf"(?P<plural>[Cc]ác[ \t]+)?(?:(?P<address>{_alternation(tuple(_OFFICE_FORMS['elders']))})[ \t]+)?"
    rf"(?P<office>(?P<after>(?:{_HAMLETS})[ \t]+(?:{_alternation(tuple(_OFFICE_FORMS['hamlet_after']))}))"
    rf"|(?:{_alternation(tuple(_OFFICE_FORMS['hamlet_offices']))})[ \t]+(?:{_HAMLETS}))(?![\w-])",
    re.IGNORECASE,
)
_ELDER_FIRST: Final = frozenset(
    w[:1].lower() for w in (*_OFFICE_FORMS["elders"], *_OFFICE_FORMS["hamlet"], OFFICE_PLURAL)
) | frozenset(w[:1].upper() for w in (*_OFFICE_FORMS["elders"], *_OFFICE_FORMS["hamlet"], OFFICE_PLURAL))


def _elder_head(text: str, pos: int) -> UnitMention | None:
    """A hamlet's head under a plain form of address or named with the office after the hamlet word (`các ông xóm
    trưởng`, `Ấp trưởng`), with the hamlet's name after it when one follows; else None."""
    head = _ELDER_HEAD.match(text, pos)
    if head is None or not (head.group("address") or head.group("after")):
        return None
    start = pos if head.group("plural") else head.start("office")  # `bà Trưởng thôn`: one holder, by the office
    end = head.end()
    name = _HAMLET_NAME.match(text, end)
    if name is not None:
        end = name.end()
    return UnitMention((text[start:end],), start, end)


# `Trưởng ban`, `Phó Trưởng ban thường trực`, `Tổ trưởng`: an officer of the board or team a decision sets up,
# named by the office alone before his work (`[office_forms] board`)
_BOARD_OFFICER: Final = re.compile(
    rf"(?:{_alternation(tuple(_OFFICE_FORMS['board']))})(?:[ \t]+(?:{_alternation(tuple(_OFFICE_FORMS['between']))}))?"
    r"(?![\w-])"
)


def _board_officer(text: str, start: int) -> UnitMention | None:
    """An officer of a board named by the office alone, when his work follows (`Trưởng ban phân công …`); else
    None."""
    m = _BOARD_OFFICER.match(text, start)
    if m is None or not _opens_predicate(text[m.end() : m.end() + 41].lstrip()):
        return None
    return UnitMention((m.group(0),), start, m.end())


def _section_head(text: str, start: int, office: re.Match[str]) -> UnitMention | None:
    """The head of a section named by an office that holds the section's head noun (`Trưởng phòng Cảnh sát giao
    thông`: the `Phòng` is in the office), its name read as an open head's; else None (`[office_forms] section`)."""
    if office.group(0).strip() not in _SECTION_OFFICES or not text[office.end() : office.end() + 1].isupper():
        return None
    end = _extend_open(text, office.start() + len(office.group(0).rstrip()))  # read from the space after the office
    name = text[start:end].rstrip(" ,-")
    return UnitMention((name,), start, start + len(name)) if len(name) > len(office.group(0).strip()) else None


# `Thủ trưởng cơ quan ngang bộ`: the heads of a kind of body (`[office_forms] kinds`)
_KIND_OF_BODY = re.compile(rf"(?:{_alternation(tuple(_OFFICE_FORMS['kinds']))})(?![\wÀ-ỹ])")
# `Bộ trưởng, Thủ trưởng …`: an office alone before a comma (the holders of each body of the letter's addressees)
_OFFICE_BEFORE_COMMA: Final = re.compile(rf"(?:{_alternation(OFFICES)})(?=,[ \t]+)")


def _kind_head(text: str, start: int, office: re.Match[str]) -> UnitMention | None:
    """The heads of a kind of body, named by the office and the kind (`Thủ trưởng cơ quan ngang bộ`), else None."""
    kind = _KIND_OF_BODY.match(text, office.end())
    return UnitMention((text[start : kind.end()],), start, kind.end()) if kind is not None else None


def _office_alone(text: str, pos: int) -> UnitMention | None:
    """An office with no body after it, before a comma and another office holder (`Bộ trưởng, Thủ trưởng cơ quan
    ngang bộ, …`, also in the plural: `Các Bộ trưởng, Thủ trưởng …`): the holders of that office in the bodies
    addressed; else None."""
    plural = _PLURAL_GAP.match(text, pos)
    m = _OFFICE_BEFORE_COMMA.match(text, plural.end() if plural else pos)
    if m is None:
        return None
    after = m.end() + 1 + len(text[m.end() + 1 :]) - len(text[m.end() + 1 :].lstrip(" \t"))
    nxt = _OFFICE.match(text, after) if text[after : after + 1] in _OFFICE_FIRST else None
    if nxt is None or read_unit(text, after) is None:
        return None
    return UnitMention((m.group(0),), pos, m.end())


_HOLDERS_OFFICE = re.compile(rf"(?:{_alternation(OFFICES)})(?=[ \t]+[{VI_LOWER}])")


def _office_holders(text: str, start: int, office: re.Match[str]) -> UnitMention | None:
    """`Các đồng chí Bộ trưởng chỉ đạo …`, `các Bộ trưởng báo cáo …`: the holders of one office, in the plural with
    no body after it, before their work (a lower-case word): the holders of that office in the bodies the letter
    is sent to (`DocumentUnits.expand_group`); else None."""
    if office.group(0)[:1] not in "Cc" or not text.startswith(("Các", "các"), start):
        return None
    m = _HOLDERS_OFFICE.match(text, office.end())  # `Các đồng chí` then the office
    if m is None and not office.group(0).rstrip().lower().endswith("đồng chí"):
        m = _HOLDERS_OFFICE.match(text, _PLURAL_GAP.match(text, start).end())  # type: ignore[union-attr]
    if m is None or not _opens_predicate(text[m.end() :].lstrip(" \t")):
        return None
    return UnitMention((text[start : m.end()],), start, m.end())


def _hamlet_head(text: str, start: int) -> UnitMention | None:
    """The head of a hamlet named by the office and the hamlet word (`Trưởng thôn`), with the hamlet's name after
    it when one follows (`Trưởng thôn Phú Mỹ`), else None."""
    head = _HAMLET_HEAD.match(text, start)
    if head is None:
        return None
    if head.group("address") and not head.group("plural"):
        start = head.start("office")  # `Đồng chí Trưởng thôn`: one holder, named by the office as written
    end = head.end()
    name = _HAMLET_NAME.match(text, end)
    if name is not None:
        end = name.end()
    return UnitMention((text[start:end],), start, end)


# `UBND các huyện: Tân Lạc, Lạc Sơn và Đà Bắc`, `Đảng ủy các xã Nam Hưng, Nam Thái`: a head over places listed by
# their names (two or more), after a colon or none (`listed` of `[place_words]`)
_LEVELS = f"({as_written(PLACE_LEVELS['listed'])})"
# (the districts of a city numbered, not named: `UBND các quận 1, 3 và 7`)
_PLACE_GROUP: Final = re.compile(rf"[ \t]+các[ \t]+{_LEVELS}(?=[ \t]*:|[ \t]+[{VI_UPPER}0-9])")
_PLACE_GROUP_END = re.compile(rf"[ \t]+các[ \t]+{_LEVELS}$")
# (two names joined by a dash are one place: `Bà Rịa - Vũng Tàu`, `Phan Rang – Tháp Chàm`)
_PROPER_NAME = rf"[{VI_UPPER}][\w-]*(?:{_APOSTROPHE}[\w-]*)?(?:(?:[ \t]+[-–])?[ \t]+[{VI_UPPER}0-9][\w-]*(?:{_APOSTROPHE}[\w-]*)?){{0,4}}"
# A group closed by the level of a province (`các sở, ngành tỉnh`, `các Sở, ban, ngành Thành phố`; `province` and
# `capitalised` of `[place_words]`) and the province's name after it; never a head that ends a place
_AT_PROVINCE: Final = re.compile(
    rf"[ \t](?:{_alternation((*PLACE_LEVELS['province'], *PLACE_LEVELS['capitalised']))})$"
)
_GROUP_PLACE_NAME: Final = re.compile(rf"[ \t]+(?!(?:{_NEVER_PLACE})(?![\wÀ-ỹ])){_PROPER_NAME}(?![\w-])")
# a person's name after an office: two to four capitalised words
_NAME_WORD = rf"[{VI_UPPER}][\w-]*(?:{_APOSTROPHE}[\w-]*)?"
_PERSON_NAME = re.compile(rf"[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}(?![\w-])")
_HAMLET_NAME = re.compile(rf"[ \t]+{_PROPER_NAME}(?![\w-])")
_PLACE_NAME = rf"(?:{_PROPER_NAME}|\d{{1,2}})"  # a name, or a district's number (`Quận 3`)
_PLACE_LIST = re.compile(rf"[ \t]*:?[ \t]*({_PLACE_NAME}(?:[ \t]*(?:,|và)[ \t]*{_PLACE_NAME})+)(?![\w-])")
_NAME_SPLIT = re.compile(r"[ \t]*(?:,|\bvà\b)[ \t]*")


_RANGE = _HEADS["relative"]["range"]
_PLACE_RANGE: Final = re.compile(
    rf"[ \t]+{_alternation(tuple(_RANGE['from']))}[ \t]+{_PROPER_NAME}[ \t]+{_alternation(tuple(_RANGE['to']))}"
    rf"[ \t]+{_PROPER_NAME}(?![\w-])"
)
_PLACE_GROUP_IN: Final = re.compile(rf"[ \t]các[ \t]+{_LEVELS}")
# ... or of places at large (`UBND các địa phương`): `places` of `[relative]`
_PLACES_GROUP_IN: Final = re.compile(rf"[ \t]các[ \t]+{_alternation(tuple(_HEADS['relative']['places']))}(?![\wÀ-ỹ])")


# `các tỉnh, thành phố:` and the places listed after it, each a province or a city under the centre (`[central_cities]`)
_PROVINCES_AND_CITIES: Final = re.compile(r"[ \t]+các[ \t]+tỉnh,[ \t]*thành[ \t]+phố(?=[ \t]*:)")
_CENTRAL_CITIES = frozenset(_HEADS["central_cities"]["words"])


_COUNTED_PLACES: Final = re.compile(r"[ \t]+\d{1,2}[ \t]")  # `UBND 05 huyện`: a group of places counted


def _local_mention(text: str, start: int, head_end: int) -> UnitMention:
    """A local head (`UBND`) ending at `head_end` with its place and what narrows it: `UBND tỉnh Lạng Sơn`; or,
    for `UBND các huyện: Tân Lạc, Lạc Sơn`, each place the list names (`UBND huyện Tân Lạc`, ...); for `UBND các
    tỉnh, thành phố: Đà Nẵng, Gia Lai`, each as the province or the city under the centre it is."""
    both = _PROVINCES_AND_CITIES.match(text, head_end)
    if both is not None and (listed := _listed_places(text, text[start:head_end], None, both.end())):
        return UnitMention(listed[0], start, listed[1])
    group = _PLACE_GROUP.match(text, head_end)
    if group is not None and (listed := _listed_places(text, text[start:head_end], group.group(1), group.end())):
        return UnitMention(listed[0], start, listed[1])
    end = _place_range(text, start, _extend_place(text, head_end))
    if (
        _PLACE_GROUP_IN.search(text, head_end - 1, end) is not None
        or _PLACES_GROUP_IN.search(text, head_end - 1, end) is not None
        or _COUNTED_PLACES.match(text, head_end)
    ):
        end = _relative(text, end)  # a clause narrows a group of places (`UBND các xã có …`), never one place
    return UnitMention((text[start:end].rstrip(" -"),), start, end)


def _listed_places(text: str, head: str, level: str | None, pos: int) -> tuple[tuple[str, ...], int] | None:
    """The places listed by name at `pos` after `<head> các <level>` (`: Tân Lạc, Lạc Sơn và Đà Bắc`, or with no
    colon `Nội Duệ, Liên Bão`), each written out as a unit of its own (`UBND xã Nội Duệ`), and where the list
    ends; None for fewer than two names or a name that is a unit's (`…, Sở Tài chính`). With no level (after
    `các tỉnh, thành phố`) each is a province, or a city under the centre (`[central_cities]`)."""
    listed = _PLACE_LIST.match(text, pos)
    if listed is None:
        return None
    names = _NAME_SPLIT.split(listed.group(1))
    if any(_starts_unit(n, 0) for n in names):
        return None
    levels = [level or ("thành phố" if n in _CENTRAL_CITIES else "tỉnh") for n in names]
    return tuple(f"{head} {lv} {n}" for lv, n in zip(levels, names, strict=True)), listed.end(1)


def _ministry_mention(text: str, start: int, pos: int, head: str) -> UnitMention | None:
    """`Sở`/`Bộ` at `pos` and its fields (`Sở Tài chính`); else an open unit (`Bộ Chỉ huy Quân sự`). One `Sở`
    before fields listed with commas names that many bodies (`giao Sở Tài chính, NN&PTNT, Tài nguyên - môi trường
    theo dõi …`: three Sở), as `các Sở Tài chính, Y tế` does."""
    fields: list[tuple[int, int]] = []
    end = _ministry_end(text, pos, head, fields)
    if end is None:
        return _open_mention(text, start, pos)
    if len(fields) > 1 and start == pos and text[fields[-1][1] : end] == "" and all(
        text[a:b].strip() == "," for (_, a), (b, _) in pairwise(fields)
    ):
        names = tuple(f"{head} {text[a:b]}" for a, b in fields)
        return UnitMention(names, start, end)
    if head == "Sở" and (each := _provinces_listed(text, text[start:end], end)) is not None:
        return UnitMention(each[0], start, each[1])
    return UnitMention((text[start:end],), start, end)


# the provinces a ministry lists after a colon, closing the addressee (`Sở Y tế: Thái Nguyên, Bắc Kạn;`)
_LIST_CLOSED = re.compile(r"[ \t]*(?:[;.]|$)", re.MULTILINE)


def _provinces_listed(text: str, name: str, end: int) -> tuple[tuple[str, ...], int] | None:
    """The department `name` of each province listed after it and a colon, to the end of the addressee (`Sở Y tế:
    Thái Nguyên, Bắc Kạn, Bình Thuận;`: `Sở Y tế tỉnh Thái Nguyên`, ...), and where the list ends; else None."""
    if not text.startswith(":", end) and not text.startswith(" :", end):
        return None
    listed = _listed_places(text, name, None, end)
    return listed if listed is not None and _LIST_CLOSED.match(text, listed[1]) else None


# heads that name no unit alone (`Ban phối hợp ...`): `alone` of `[open_heads]`
_NOT_ALONE = frozenset(_HEADS["open_heads"]["alone"])
_COMPLETE: Final = frozenset(_HEADS["open_heads"]["complete"])  # `Chính phủ`: a whole name, no lower-case words after it
_PARTY_ORGANS: Final = frozenset(_HEADS["party_organs"]["words"])  # a body's party organ (`Đảng đoàn ...`): `[party_organs]`
_WITH_BODY: Final = frozenset(_HEADS["party_organs"]["with_body"])  # ... named only before its body (`Thường trực Hội …`)
_CAPITAL_NEXT = re.compile(rf"[ \t]+[{VI_UPPER}]")


# An office named by a department's field (`Phòng Nội vụ`): `[field_offices]`; the words that take its name on past
# the field and its place (more fields, the levels of a group)
_OWN_FIELDS: Final = {
    head: re.compile(rf"[ \t]+{_alternation(tuple(fields))}(?![\wÀ-ỹ])")
    for head, fields in _HEADS["field_offices"]["own_fields"].items()
}  # ... and heads named by fields of their own kind (`Chi cục Kiểm lâm`): `own_fields`
_FIELD_OFFICES: Final = frozenset((*_HEADS["field_offices"]["heads"], *_OWN_FIELDS))
_OWN_TAIL_WORK = 3  # characters a predicate after such a name's short tail is longer than (`cho`, `về`, `tại`: none)
_FIELD_GOES_ON = re.compile(r"[ \t]*(?:[-–,&/(]|(?:và|các)(?![\wÀ-ỹ]))")
_LOWER_WORD = re.compile(rf"[ \t]+[{VI_LOWER}]")
_OWNED_AFTER = re.compile(rf"[ \t]+{_alternation(OWNED_BY)}(?![\wÀ-ỹ])")
_FIELD_TAIL_WORDS = 2  # the words in lower case a name may add to an office's field before its work
_FIELD_JOIN = re.compile(r"[ \t]*(?:[-–,&]|và)(?=[ \t])")


def _known_field_end(text: str, pos: int, head: str = "") -> int | None:
    """The end of a department's field or an office's own (`[lower_heads] fields`) after the space at `pos`; for a
    head of `own_fields`, one of its own fields."""
    if (own := _OWN_FIELDS.get(head)) is not None:
        field = own.match(text, pos)
        return field.end() if field is not None else None
    found = _field_at(text, pos + 1, "Sở")
    if found is not None:
        return pos + 1 + found[1]
    lower = _LOWER_FIELD.match(text, pos)
    return lower.end() if lower is not None else None


def _office_field_end(text: str, head_end: int, head: str = "") -> int | None:
    """`Phòng Nội vụ thẩm tra …`: where the name of an office of `[field_offices]` ends, after its known field and
    its place, when a word in lower case follows that takes it no further; else None (read as an open name)."""
    field_end = _known_field_end(text, head_end, head)
    if field_end is None:
        return None
    while (join := _FIELD_JOIN.match(text, field_end)) is not None:  # more fields (`Phòng Kinh tế và Hạ tầng`)
        more = _known_field_end(text, join.end(), head)
        if more is None:
            return None  # `Phòng Kinh tế, Hạ tầng và Đô thị`: a field not known, read as an open name
        field_end = more
    placed = _PLACED.match(text, field_end)
    end = placed.end() if placed is not None else field_end
    if _FIELD_GOES_ON.match(text, end) is not None or _LOWER_WORD.match(text, end) is None:
        return None
    if _OWNED_AFTER.match(text, end) is not None:
        return None  # `Chi cục Kiểm lâm thuộc diện sắp xếp`: what it belongs to is part of the name (`[owned_by]`)
    return end


def _open_mention(text: str, start: int, pos: int) -> UnitMention | None:
    m = _OPEN.match(text, pos) if text[pos : pos + 1] in _OPEN_FIRST else None
    if not m:
        return None
    if m.group(0) in TYPED_BARE and not _CAPITAL_NEXT.match(text, m.end()):
        return None  # `Vu khống ...`: a word of its own, not a head typed without its diacritics
    if m.group(0) in LOWER_HEADS and _field_at(text, m.end() + 1, "Sở") is None and not _LOWER_FIELD.match(text, m.end()):
        return None  # `phòng Covid-19`: no section's name after the word
    if m.group(0) in SERVING_HEADS and not _starts_unit(text, m.end() + 1):
        return None  # `văn phòng Thủ đô`: no body it serves after the word
    if m.group(0) == "Lực lượng":
        end = _role_end(text, m.end())
        return UnitMention((text[start:end],), start, end) if end > m.end() else None
    if m.group(0) in _PARTY_ORGANS and text[m.end() : m.end() + 1] == " " and _LOCAL.match(text, m.end() + 1) is None:
        # `Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh`: a party organ of the body named after it, read whole
        # (a local body after it, `Đảng ủy UBND tỉnh`, is read as before: its place words stop at a capital)
        inner = read_unit(text, m.end() + 1)
        if inner is not None and len(inner.names) == 1 and not text.startswith(" viên", inner.end):  # `Tỉnh ủy viên`
            return _places_listed_after(text, start, text[start : inner.end])
    if m.group(0) in _WITH_BODY:
        return None  # `Thường trực 24/24 giờ`: a duty, no unit
    if m.group(0) in _COMPLETE and not _CAPITAL_NEXT.match(text, m.end()):
        return _places_listed_after(text, start, text[start : m.end()])
    end = _extend_open(text, m.end())
    if m.group(0) in _FIELD_OFFICES and (field_end := _office_field_end(text, m.end(), m.group(0))) is not None and not (
        len(text[field_end:end].split()) <= _FIELD_TAIL_WORDS
        and _opens_predicate(text[end : end + 41].lstrip(), min_len=_OWN_TAIL_WORK if m.group(0) in _OWN_FIELDS else 0)
    ):
        # `Phòng Nội vụ thẩm tra …`: the office's field ends its name (not a name's short tail right before its
        # work: `Phòng Tài chính kế toán thực hiện …`; after a field of the head's own kind, the work a verb, not a
        # word such as `cho`: `Trung tâm Khuyến nông tập huấn cho nông dân`)
        end = min(end, field_end)
    name = text[start:end].rstrip(" ,-…")  # (`Thành Đoàn … phát động`: an ellipsis closes the list)
    if name == text[start : m.end()] and m.group(0) in _NOT_ALONE:
        return None
    return _places_listed_after(text, start, name)


def _places_listed_after(text: str, start: int, name: str) -> UnitMention:
    """The unit `name` read at `start`; or, where it ends `các <level>` before places listed by their names
    (`Đảng ủy các xã Nam Hưng, Nam Thái`), each of them (`Đảng ủy xã Nam Hưng`, ...)."""
    group = _PLACE_GROUP_END.search(name) if "các" in name else None
    if group is not None and (listed := _listed_places(text, name[: group.start()], group.group(1), start + len(name))):
        return UnitMention(listed[0], start, listed[1])
    return UnitMention((name,), start, start + len(name))


# A group named without `các` and closed by a qualifier (`phối hợp với đơn vị, địa phương có liên quan`)
_BARE_GROUP = re.compile(
    rf"{_NOT_GROUP}(?:{_alternation(GROUP_NOUNS)})(?![\wÀ-ỹ])(?:{_MORE_GROUP.pattern})*(?:{_QUALIFIER.pattern})+"
)


def read_bare_group(text: str, pos: int) -> UnitMention | None:
    """A group written without `các`, closed by one qualifier or more (`đơn vị, địa phương có liên quan`, `cơ
    quan, đơn vị liên quan`), as the bodies that help are often named after `phối hợp với`; else None."""
    m = _BARE_GROUP.match(text, pos)
    return UnitMention((m.group(0),), pos, m.end()) if m else read_party(text, pos)


# The parties of a project named by their role (`chủ đầu tư`, `đơn vị tư vấn`): `[project_parties]`
_PARTY = re.compile(
    rf"(?:{_alternation(tuple(sorted(_HEADS['project_parties']['words'], key=len, reverse=True)))})(?![\wÀ-ỹ])"
    rf"(?:{_QUALIFIER.pattern})*"
)


def read_party(text: str, pos: int) -> UnitMention | None:
    """A party of a project named by its role at `pos` (`chủ đầu tư`, `đơn vị tư vấn liên quan`), as the bodies
    that help or a list's later addressee name it; else None."""
    m = _PARTY.match(text, pos) if text.startswith(_PARTY_FIRST, pos) else None
    return UnitMention((m.group(0),), pos, m.end()) if m else None


_PARTY_FIRST = tuple({w.split()[0] for w in _HEADS["project_parties"]["words"]})


# the places named last in a list of units (`các Bộ, cơ quan trung ương và địa phương`): `joined_places` of
# `[group_nouns]`, with the qualifiers after them (`địa phương có liên quan`)
_JOINED_PLACE = re.compile(
    rf"(?:{_alternation(tuple(_HEADS['group_nouns']['joined_places']))})(?![\wÀ-ỹ])(?:{_QUALIFIER.pattern})*"
)


def _joined_place(text: str, pos: int) -> UnitMention | None:
    """`địa phương` at `pos`, after another unit and a separator: one more addressee (`Sở Tài chính, nhà đầu tư`
    and `… trung ương và địa phương` alike), as the document names it; else None."""
    m = _JOINED_PLACE.match(text, pos)
    return UnitMention((m.group(0),), pos, m.end()) if m else None


# a group noun written without `các` (`đơn vị sự nghiệp`), its first letter, as `_group_sharing_cac` tests it
_GROUP_FIRST = tuple({n.split()[0] + " " for n in GROUP_NOUNS if n[:1].islower()})


def _group_sharing_cac(text: str, pos: int, holder: UnitMention) -> UnitMention | None:
    """`các phòng ban chuyên môn, đơn vị sự nghiệp …`: a group noun after a comma, no `các` of its own, that the
    group before it (closed by its qualifier, `chuyên môn`) lends its `các`: one more group, as written; else None."""
    if len(holder.names) != 1 or not holder.names[0].startswith(("các ", "Các ")):
        return None
    if not text.startswith(_GROUP_FIRST, pos):
        return None
    found = read_unit("các " + text[pos:], 0)
    if found is None or len(found.names) != 1 or found.end <= len("các "):
        return None
    end = pos + found.end - len("các ")
    return UnitMention((text[pos:end],), pos, end)


def _place_in_list(text: str, pos: int, holder: UnitMention) -> UnitMention | None:
    """`Xã Sen An, xã Tân Hòa …`: a place written in lower case after one its head named capitalised (a head of
    `named_only`): one more, as written; else None."""
    if len(holder.names) != 1:
        return None
    head = next((h for h in _NAMED_ONLY if holder.names[0].startswith((h + " ", h.lower() + " "))), None)
    if head is None or not text.startswith(head.lower() + " ", pos):
        return None
    found = read_unit(head + text[pos + len(head) :], 0)
    if found is None or len(found.names) != 1:
        return None
    return UnitMention((text[pos : pos + found.end],), pos, pos + found.end)


# the short name a unit is given in brackets (`(sau đây gọi là Bộ, cơ quan trung ương)`, `(gọi tắt là Ban)`): the
# list of units goes on after it
_ALIAS_BRACKET = re.compile(r" \((?:sau đây )?(?:được )?(?:gọi (?:tắt )?là|viết tắt là)[^()\n]{1,80}\)")
# ... or a note on what the unit is to do through others (`UBND các xã (chỉ đạo các trường thuộc phạm vi quản lý),
# các trường trực thuộc Sở …`), passed over where a comma and another unit follow it
_NOTE_BRACKET = re.compile(r" \([^()\n]{1,160}\)(?=,[ \t])")


def _note_before_unit(text: str, pos: int) -> re.Match[str] | None:
    """A bracketed note at `pos` after a unit of a list, another unit after its comma (`_NOTE_BRACKET`); else None."""
    note = _NOTE_BRACKET.match(text, pos)
    return note if note is not None and read_unit(text, note.end() + 2) is not None else None


def read_units(text: str, pos: int) -> tuple[list[UnitMention], int]:
    """A list of units from `pos`: `Sở Tài chính, Sở Xây dựng và các cơ quan liên quan`; and where it ends."""
    mentions, end = _read_units(text, pos)
    return list(mentions), end  # a list of its own for each caller: the memo's tuple is shared


def past_scope(text: str, pos: int) -> int:
    """Past the words that say where a listed group lies (`UBND các huyện` + ` trong tỉnh; …`), when a `,` or `;`
    follows them: the list may go on there (`scope` of `[owned_by]`); else `pos`."""
    scope = _LIST_SCOPE.match(text, pos)
    return pos if scope is None else scope.end()


@lru_cache(maxsize=1024)  # (as `read_unit`'s)
def _read_units(text: str, pos: int) -> tuple[tuple[UnitMention, ...], int]:
    """`read_units`, memoised."""
    mentions: list[UnitMention] = []
    m = _named_by_members(text, read_unit(text, pos))
    while m is not None:
        m = _related_in_list(text, _with_address(text, m))
        mentions.append(m)
        after = m.end
        if text.startswith(" (", after) and (alias := _ALIAS_BRACKET.match(text, after) or _note_before_unit(text, after)):
            after = alias.end()  # `các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, cơ quan) và UBND các tỉnh`
        else:
            after = past_scope(text, after)  # `UBND các huyện trong tỉnh; các tổ chức …`
        sep = _SEP.match(text, after)
        if not sep or sep.end() == after:
            break
        if sep.group(0).strip() == "," and ROLE_BESIDE_NAME.match(text, sep.end()):
            break  # `Sở X, cơ quan thường trực …`: the unit's role, no second unit
        m = read_unit(text, sep.end()) or read_party(text, sep.end()) or _joined_place(text, sep.end())
        m = (
            m
            or _place_in_list(text, sep.end(), mentions[-1])
            or _group_sharing_cac(text, sep.end(), mentions[-1])
            or _named_place_shared(text, sep.end(), mentions[-1])
            or _place_name_shared(text, sep.end(), mentions[-1])
        )
        if m is not None and _work_after_clause(text, mentions[-1], m):
            break  # `Các xã được giao chỉ tiêu, tổ chức thực hiện …`: the clause closed, the group's work opens
        if m is not None:
            m = _local_head_shared(mentions[-1], m)
        if m is not None and sep.group(0).strip() == ",":
            m = _office_shared(mentions[-1], m)
            mentions[-1] = _office_of_group(mentions[-1], m)
        elif m is None and sep.group(0).strip() == ",":
            m = _office_elided(text, sep.end(), mentions[-1])
    if not mentions:
        return (), pos
    if len(mentions) > 1 and text.find(" các ", mentions[0].end) >= 0:  # (each of `[front] partners` opens so)
        _share_front_place(text, mentions)
    if len(mentions) > 1:
        _share_trailing_place(mentions)
    return tuple(mentions), mentions[-1].end


# `có liên quan` after a name in a list, before the next name (`Thủ trưởng cơ quan thuộc Chính phủ có liên quan, Chủ
# tịch …`): the name's own qualifier, which the readers of a group or a proper name take but an office holder's leaves
_RELATED: Final = re.compile(r"[ \t]+(?:có[ \t]+)?liên[ \t]+quan(?![\wÀ-ỹ])")


def _related_in_list(text: str, m: UnitMention) -> UnitMention:
    """`m` with the `có liên quan` that closes its name, when another name of the list follows it (a comma, `;`, `và`
    after it); else `m` as it is."""
    related = _RELATED.match(text, m.end) if text.startswith((" có", " liên"), m.end) else None
    if related is None or (sep := _SEP.match(text, related.end())) is None or sep.end() == related.end():
        return m
    words = text[m.end : related.end()]
    return UnitMention(tuple(n + words for n in m.names), m.start, related.end())


# a generic group whose members the sentence names right after it (`các đơn vị Viện X và Bệnh viện Y`):
# `named_by_members` of `[group_nouns]`
_NAMED_BY_MEMBERS: Final = frozenset(_HEADS["group_nouns"]["named_by_members"])


def _named_by_members(text: str, group: UnitMention | None) -> UnitMention | None:
    """The first member named right after a generic group (`các đơn vị Viện Pasteur …`), spanning the group too;
    else `group` as read."""
    if group is None or group.names[0] not in _NAMED_BY_MEMBERS or text[group.end : group.end + 1] != " ":
        return group
    if not text[group.end + 1 : group.end + 2].isupper() or (member := read_unit(text, group.end + 1)) is None:
        return group
    return UnitMention(member.names, group.start, member.end)


# `Thường trực HĐND, các Ban HĐND và đại biểu Hội đồng nhân dân tỉnh`: the level said once,
# after the last organ of the council (or committee), is each organ's (`shared_by_places` of `[local_heads]`, and a
# level of `levels` of `[place_words]`)
_COUNCIL_HEADS = _alternation(tuple(_HEADS["local_heads"]["shared_by_places"]))
_COUNCIL_HEAD: Final = re.compile(_COUNCIL_HEADS)
_COUNCIL_END = re.compile(rf"(?:{_COUNCIL_HEADS})$")
_COUNCIL_LEVEL = re.compile(rf"(?:{_COUNCIL_HEADS})( (?:{_alternation(PLACE_LEVELS['levels'])}))$")
# `UBND và Sở Y tế các tỉnh, thành phố`: a committee (or council) named by its head alone, the group of places
# the next unit ends with said once for both (`group_levels` of `[place_words]`)
_PLACES_GROUP_END = re.compile(
    rf"[ \t](các[ \t]+(?:{_alternation(PLACE_LEVELS['group_levels'])})(?![\wÀ-ỹ])[^()]*)$"
)
# `Sở Y tế, Sở Tài chính các tỉnh, thành phố`: a department (`shared_by_provinces` of `[local_heads]`) named with no
# place takes a group of provinces (`province` of `[place_words]`) the list's last unit ends with
_PROVINCES_GROUP: Final = re.compile(rf"các[ \t]+(?:{_alternation(PLACE_LEVELS['province'])})(?![\wÀ-ỹ])")
_DEPARTMENT_HEAD: Final = re.compile(rf"(?:{_alternation(tuple(_HEADS['local_heads']['shared_by_provinces']))})[ \t]")
_OWN_PLACE: Final = re.compile(rf"[ \t](?:các[ \t]+)?(?:{_alternation(PLACE_LEVELS['levels'])})(?![\wÀ-ỹ])")


def _department_without_place(name: str) -> bool:
    """A department's name with no place of its own (`Sở Tài chính`, not `Sở Tài chính tỉnh Nam An`)."""
    return _DEPARTMENT_HEAD.match(name) is not None and _OWN_PLACE.search(name) is None


def _takes_provinces(name: str) -> bool:
    """A committee named by its head alone, or a department with no place: the names a group of provinces is shared
    with."""
    return _COUNCIL_HEAD.fullmatch(name) is not None or _department_without_place(name)


def _share_trailing_place(mentions: list[UnitMention]) -> None:
    """Give the place the last unit of a list ends with to the units before it named with none: the level the last
    organ of a council ends with to the organs of that council (`Thường trực HĐND, các Ban HĐND và đại biểu HĐND
    tỉnh`), or the group of places another unit ends with to the committees named by their head alone (`UBND và Sở
    Y tế các tỉnh, thành phố trực thuộc Trung ương` → `UBND các tỉnh, thành phố trực thuộc Trung ương`)."""
    last = mentions[-1].names
    if len(last) != 1:
        return
    takes: Callable[[str], object]
    if (level := _COUNCIL_LEVEL.search(last[0])) is not None:
        suffix, takes = level.group(1), _COUNCIL_END.search
    elif (group := _PLACES_GROUP_END.search(last[0])) is not None and _COUNCIL_HEAD.match(last[0]) is None:
        suffix, takes = f" {group.group(1)}", _COUNCIL_HEAD.fullmatch
        if _PROVINCES_GROUP.match(group.group(1)) is not None and _DEPARTMENT_HEAD.match(last[0]) is not None:
            takes = _takes_provinces
    else:
        return
    for i, m in enumerate(mentions[:-1]):
        if len(m.names) == 1 and takes(m.names[0]):
            mentions[i] = UnitMention((m.names[0] + suffix,), m.start, m.end)


# `các huyện` after `UBND thành phố và`: places named with no head, whose head the body before says once
# (`shared_by_places` of `[local_heads]`)
_SHARED_HEAD = re.compile(rf"(?:{_COUNCIL_HEADS})(?= )")
_BARE_PLACES = re.compile(rf"các (?:{_alternation(PLACE_WORDS)})(?![\wÀ-ỹ])")


def _local_head_shared(holder: UnitMention, places: UnitMention) -> UnitMention:
    """`UBND thành phố và các huyện`: the places after the committee named once are committees too (`UBND các
    huyện`); any other unit as read."""
    if len(holder.names) != 1 or len(places.names) != 1 or _BARE_PLACES.match(places.names[0]) is None:
        return places
    head = _SHARED_HEAD.match(holder.names[0])
    if head is None:
        return places
    return UnitMention((f"{head.group(0)} {places.names[0]}",), places.start, places.end)


# a place of a level written in lower case, its name capitalised (`thành phố Thủ Đức`): `listed` of `[place_words]`
# (or its number, its level then capitalised as a name: `Quận 3`)
_NAMED_PLACE = re.compile(
    rf"(?:{_alternation(tuple(w[:1].upper() + w[1:] for w in PLACE_LEVELS['listed']) + PLACE_LEVELS['listed'])})"
    rf"[ \t]+(?=[{VI_UPPER}0-9])"
)


# a place's name alone after a committee of one place (`UBND huyện Tân Lạc` | `, Mai Sơn rà soát`): a name of
# capitalised words, then the list goes on or the sentence's work follows (not a bracket, a number or a unit's name)
_PLACE_NAME_ALONE = re.compile(
    rf"{_PROPER_NAME}(?=[ \t]*[,;.:]|[ \t]*$|[ \t]+và[ \t]|[ \t]+[{VI_LOWER}])",
    re.MULTILINE,
)


def _place_name_shared(text: str, pos: int, holder: UnitMention) -> UnitMention | None:
    """`UBND huyện Tân Lạc, Mai Sơn rà soát …`: a place's name alone after a committee of one place named by its
    level and name (`listed` of `[place_words]`), the head and the level said once: a committee of that level too
    (`UBND huyện Mai Sơn`); else None."""
    if len(holder.names) != 1 or (head := _SHARED_HEAD.match(holder.names[0])) is None:
        return None
    level = _NAMED_PLACE.match(holder.names[0], head.end() + 1)
    if level is None or _PLACE_NAME_ALONE.fullmatch(holder.names[0], level.end()) is None:
        return None  # (`UBND các huyện`, `UBND tỉnh`, a name with more words after it)
    name = _PLACE_NAME_ALONE.match(text, pos)
    if name is None or _starts_unit(text, pos) or (name.group(0).split()[0] in SURNAMES and len(name.group(0).split()) > 2):
        return None  # (`Sở Y tế`, `Nguyễn Văn An`: a unit or a person, no place)
    return UnitMention((holder.names[0][: level.end()] + name.group(0),), pos, name.end())


def _level_rank(level: str) -> int:
    """1 for a commune's level, 2 for a district's, 3 above (`communes`, `districts` of `[place_words]`)."""
    level = level.lower()
    return 1 if level in PLACE_LEVELS["communes"] else 2 if level in PLACE_LEVELS["districts"] else 3


def _address_at(text: str, pos: int, holder: UnitMention) -> re.Match[str] | None:
    """The level of a place at `pos` above that of the committee's place before it (`UBND phường Bến Nghé` |
    `Quận 1`): where the place lies, no committee of its own; else None."""
    if len(holder.names) != 1 or (head := _SHARED_HEAD.match(holder.names[0])) is None:
        return None
    place = _NAMED_PLACE.match(text, pos)
    before = _NAMED_PLACE.match(holder.names[0], head.end() + 1) if place is not None else None
    if place is None or before is None:
        return None
    return place if _level_rank(place.group(0).strip()) > _level_rank(before.group(0).strip()) else None


_ADDRESS_COMMA: Final = re.compile(r",[ \t]*")


def _with_address(text: str, mention: UnitMention) -> UnitMention:
    """`UBND phường Bến Nghé, Quận 1`: a committee of a place with the place above it after a comma, one unit
    named with its address; else `mention` as read."""
    comma = _ADDRESS_COMMA.match(text, mention.end)
    if comma is None or _address_at(text, comma.end(), mention) is None:
        return mention
    head = _SHARED_HEAD.match(mention.names[0])
    assert head is not None  # (`_address_at` found it)
    found = read_unit(head.group(0) + " " + text[comma.end() :], 0)
    if found is None or len(found.names) != 1:
        return mention
    end = comma.end() + found.end - len(head.group(0)) - 1
    return UnitMention((mention.names[0] + text[mention.end : end],), mention.start, end)


def _named_place_shared(text: str, pos: int, holder: UnitMention) -> UnitMention | None:
    """`UBND các quận, huyện và thành phố Thủ Đức`: a place named by its level and name, no head, after a committee
    (`shared_by_places` of `[local_heads]`): a committee too (`UBND thành phố Thủ Đức`); else None, also for the
    address of the place before it (`_with_address`)."""
    if len(holder.names) != 1 or (head := _SHARED_HEAD.match(holder.names[0])) is None:
        return None
    if _NAMED_PLACE.match(text, pos) is None or _address_at(text, pos, holder) is not None:
        return None
    prefix = head.group(0) + " "
    found = read_unit(prefix + text[pos:], 0)
    if found is None or len(found.names) != 1 or found.end <= len(prefix):
        return None
    return UnitMention(found.names, pos, pos + found.end - len(prefix))


def _office_elided(text: str, pos: int, holder: UnitMention) -> UnitMention | None:
    """`Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ`: a body named in lower case after a comma, no unit
    alone, whose holder is that of the office before it (the office said once): that office's holder in it."""
    if len(holder.names) != 1 or holder.names[0][:1] not in _OFFICE_FIRST or not text[pos : pos + 1].islower():
        return None
    office = _OFFICE.match(holder.names[0])
    if office is None or office.start() != 0:
        return None
    found = _read_unit(office.group(0) + text[pos:], 0)
    if found is None or len(found.names) != 1 or found.end <= office.end():
        return None
    return UnitMention(found.names, pos, pos + found.end - office.end())


_OFFICE_WORD = re.compile(_alternation(OFFICES))


def _office_of_group(alone: UnitMention, holders: UnitMention) -> UnitMention:
    """`Giám đốc, Thủ trưởng các sở, ban, ngành`, `Bí thư, Chủ tịch UBND các tỉnh, thành phố từ …`: an office alone
    before a comma and another office heading a group of bodies after `các` holds that office in the same group
    (`Giám đốc các sở, ban, ngành`, `Bí thư các tỉnh, thành phố từ …`); an office before one kind of body keeps its
    holders in the bodies addressed (`Bộ trưởng, Thủ trưởng cơ quan ngang bộ`)."""
    if len(alone.names) != 1 or len(holders.names) != 1 or _OFFICE_WORD.fullmatch(alone.names[0]) is None:
        return alone
    office = _OFFICE.match(holders.names[0]) if holders.names[0][:1] in _OFFICE_FIRST else None
    if office is None:
        return alone
    group = holders.names[0].find(" các ", office.end() - 1)
    if group < 0:
        return alone
    return UnitMention((f"{alone.names[0]}{holders.names[0][group:]}",), alone.start, alone.end)


def _office_shared(holder: UnitMention, body: UnitMention) -> UnitMention:
    """`Chỉ huy trưởng Bộ CHQS tỉnh, Bộ Chỉ huy BĐBP tỉnh`: a body after a comma whose head is that of the body an
    office holder before it heads is that office's too (`Giám đốc Sở Y tế, Sở Tài chính`: both directors)."""
    if len(holder.names) != 1 or len(body.names) != 1:
        return body
    office = _OFFICE.match(holder.names[0]) if holder.names[0][:1] in _OFFICE_FIRST else None
    name = body.names[0]
    if office is None or strip_office(holder.names[0]) == holder.names[0] or strip_office(name) != name:
        return body
    head = holder.names[0][office.end() :].split(" ", 1)[0]
    if not head[:1].isupper() or name.split(" ", 1)[0] != head:
        return body
    return UnitMention((office.group(0) + name,), body.start, body.end)


# The Front named without its level, and the socio-political groups named with it after `và`: the level names
# both (`Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh`: the Front of the province too).
# (`[front]` of data/unit_heads.toml)
_FRONT_WORDS = _HEADS["front"]
_FRONT = re.compile(
    rf"(?:{as_written(_FRONT_WORDS['committee'])} )?{as_written(_FRONT_WORDS['names'])}"
    rf"{as_written(_FRONT_WORDS['country'])}?"
)
_FRONT_PARTNERS = re.compile(
    as_written(_FRONT_WORDS["partners"]).replace(re.escape(" - "), " ?-? ?")  # `chính trị-xã hội` too
    + rf"[ \t]+({as_written(PLACE_LEVELS['levels'])}(?![\wÀ-ỹ]).*)"
)
_AND = re.compile(rf"[ \t]+{as_written(_JOINERS)}[ \t]+")  # `[joiners]`


def _share_front_place(text: str, mentions: list[UnitMention]) -> None:
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        if len(first.names) != 1 or len(second.names) != 1 or not _FRONT.fullmatch(first.names[0]):
            continue
        partners = _FRONT_PARTNERS.fullmatch(second.names[0])
        if partners and _AND.fullmatch(text, first.end, second.start):
            mentions[i] = UnitMention((f"{first.names[0]} {partners.group(1)}",), first.start, first.end)


def _plain_heads(heads: tuple[str, ...]) -> frozenset[str]:
    """The heads `find_units` reads without `read_unit`'s tests wherever `_HEAD` finds them (the longest head word
    there): no office starts with one (`Bộ trưởng`), no local head starts where one does but itself (spaces
    aside: `_LOCAL` allows them glued), and `Bộ`/`Sở` go their own way."""
    compact = [h.replace(" ", "") for h in LOCAL_HEADS]
    return frozenset(
        h
        for h in heads
        if h not in ("Bộ", "Sở")
        and not h.startswith(("Các", "các"))
        and not any(h == o or h.startswith(o + " ") for o in OFFICES)
        and not any(c != h.replace(" ", "") and (c.startswith(h.replace(" ", "")) or h.replace(" ", "").startswith(c)) for c in compact)
    )


_PLAIN_LOCAL_HEADS: Final = _plain_heads(LOCAL_HEADS)  # read with `_local_mention`
_PLAIN_OPEN_HEADS: Final = _plain_heads(OPEN_HEADS) - set(LOCAL_HEADS)  # read with `_open_mention`


def find_units(text: str) -> list[UnitMention]:
    """Every unit mention in `text`, left to right, not overlapping."""
    out: list[UnitMention] = []
    pos = 0
    heads = _Heads(text)
    while (m := heads.search(pos)) is not None:
        start = m.start()
        if start and _LETTER.match(text, start - 1):
            pos = start + 1  # inside a word
            continue
        if start and text[start - 1] in "/-" and text[m.end() : m.end() + 1] in "-/":
            pos = m.end()  # inside a number's symbol (`214/MTTQ-BTT`, `05/KH-MTTQ-BTT`)
            continue
        mention = mention_at(text, start, m.group())
        if mention is None or mention.end <= start:
            pos = m.end()
            continue
        out.append(mention)
        pos = mention.end
    return out


def mention_at(text: str, start: int, head: str) -> UnitMention | None:
    """The mention `find_units` reads at `start`, where `_HEAD` matched `head`."""
    if head in _PLAIN_LOCAL_HEADS:
        return _local_mention(text, start, start + len(head))
    if head == "Sở" or head == "Bộ":
        return _ministry_mention(text, start, start, head)
    if head in _PLAIN_OPEN_HEADS:
        return _open_mention(text, start, start)
    return read_unit(text, start)


def head_starts(text: str) -> list[tuple[int, str]]:
    """Where `find_units` may read a mention: each word start where `_HEAD` matches, with the head it matches there
    (every one, also those a mention before it covers), in order; and where `_COUNTED_HEAD` does (`_Heads` merges
    the two scans for a walk, this reads each apart: no two counted heads overlap, so its `finditer` finds them all,
    and `_HEAD` searched again one character past each start finds those starting inside another)."""
    out = []
    search, letter = _HEAD.search, _LETTER.match
    pos = 0
    while (m := search(text, pos)) is not None:
        start = m.start()
        if not (start and letter(text, start - 1)):
            out.append((start, m.group()))
        pos = start + 1
    counted = [(start, number) for start, number in _counted_heads(text) if not (start and letter(text, start - 1))]
    if counted:  # (never where a head starts: the starts sort the two lists into one)
        out.extend(counted)
        out.sort()
    return out


def strip_office(name: str) -> str:
    """`Giám đốc Sở Y tế` → `Sở Y tế`, `Trưởng phòng Y tế` → `Phòng Y tế`; an office over no unit (`Trưởng ban`,
    `Trưởng thôn`) stays whole."""
    m = _OFFICE.match(name) if name[:1] in _OFFICE_FIRST else None
    if m is None or _BOARD_OFFICER.fullmatch(name) or _HAMLET_HEAD.fullmatch(name):
        return name  # (the whole-name tests only where an office opens the name)
    office = m.group(0).strip()
    if office in _SECTION_OFFICES and name[m.end() : m.end() + 1].isupper():
        # `Trưởng phòng Giáo dục và Đào tạo` → `Phòng Giáo dục và Đào tạo`: the office holds the section's head noun
        noun = office.rsplit(" ", 1)[1]
        return f"{noun[:1].upper()}{noun[1:]} {name[m.end() :]}"
    return name[m.end() :]
