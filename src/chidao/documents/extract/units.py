"""Unit names: the gazetteer of common bodies, abbreviation expansion, and `UnitRegistry.match`.

The gazetteer (`data/units.csv`) lists ministries, provincial departments, people's committees, Party organs
and other bodies with the abbreviations officials write for them and, where known, the dates they existed.
`UnitRegistry` is what a caller passes to the parser (the web app builds one from its database); names are
compared folded (case and diacritics) after expanding the usual abbreviations.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from chidao.documents.data import load_toml
from chidao.documents.text import fold, fold_words


@dataclass(frozen=True)
class Abbreviation:
    """One abbreviation officials write in unit names (`data/abbreviations.csv`).

    `compare`: expanded in the comparison form (`unit_key`), so `Sở KH&ĐT` and `Sở Kế hoạch và Đầu tư` are one
    unit. `spell_out`: how an assignee name carrying it is written out: `always`, `document` (only where the
    document spells it out itself, as it spells it there) or `never` (left as the document writes it)."""

    abbreviation: str
    written_out: str
    compare: bool
    spell_out: str
    example: str


@cache
def abbreviations() -> tuple[Abbreviation, ...]:
    """The shipped abbreviations, in file order."""
    text = resources.files("chidao.documents.data").joinpath("abbreviations.csv").read_text(encoding="utf-8")
    return tuple(
        Abbreviation(
            abbreviation=row["abbreviation"].strip(),
            written_out=row["written_out"].strip(),
            compare=row["compare"].strip() == "yes",
            spell_out=row["spell_out"].strip(),
            example=row["example"].strip(),
        )
        for row in csv.DictReader(text.splitlines())
    )


# Folded abbreviation → folded expansion, applied word by word before comparing names.
ABBREVIATIONS: dict[str, str] = {
    fold_words(a.abbreviation): fold_words(a.written_out) for a in abbreviations() if a.compare
}


@lru_cache(maxsize=8192)
def unit_key(name: str | None) -> str:
    """A unit name in comparison form: folded, punctuation dropped, abbreviations expanded, no hyphens."""
    words = fold_words(name).split()
    expanded = " ".join(ABBREVIATIONS.get(w, w) for w in words)
    return " ".join(expanded.replace("-", " ").split())


@dataclass(frozen=True)
class Unit:
    """One body of the gazetteer or of the caller's registry."""

    name: str
    aliases: tuple[str, ...] = ()
    level: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    example: str | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value.strip() else None


@cache
def gazetteer() -> tuple[Unit, ...]:
    """The shipped list of common Vietnamese bodies (`data/units.csv`)."""
    text = resources.files("chidao.documents.data").joinpath("units.csv").read_text(encoding="utf-8")
    units = []
    for row in csv.DictReader(text.splitlines()):
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        units.append(
            Unit(
                name=row["name"].strip(),
                aliases=aliases,
                level=row["level"].strip() or None,
                valid_from=_date(row["valid_from"]),
                valid_to=_date(row["valid_to"]),
                example=row["example"].strip() or None,
            )
        )
    return tuple(units)


@cache
def field_names(head: str) -> tuple[str, ...]:
    """The field part of ministry/department names (`Tài chính` for `Sở Tài chính`), longest first.

    Lists that elide the head noun (`các Sở: Tài chính, Xây dựng`) are read with these.
    """
    return tuple(sorted(field_forms(head), key=len, reverse=True))


@cache
def field_forms(head: str) -> dict[str, str]:
    """Each spelling of a field of `head` → the field as written out: the gazetteer's name and aliases stand for
    themselves (`NN&PTNT`, a usual abbreviation, stays as written), another spelling `[field_spellings]` allows
    with initials in it (`NN-PTNT`, `Nông nghiệp và PTNT`) for the field of the unit's name (`Nông nghiệp và Phát
    triển nông thôn`), unless two units' fields share it; any other for itself (`Kế hoạch - Đầu tư`)."""
    forms: dict[str, str] = {}
    generated: dict[str, set[str]] = {}
    prefix = head + " "
    for unit in gazetteer():
        canonical = unit.name[len(prefix) :].removesuffix(" tỉnh") if unit.name.startswith(prefix) else None
        for name in (unit.name, *unit.aliases):
            if name.startswith(prefix):
                rest = name[len(prefix) :].removesuffix(" tỉnh")
                if rest[:1].isupper():
                    forms[rest] = rest
                    for spelling in _field_spellings(rest) - {rest}:
                        generated.setdefault(spelling, set()).add(canonical or rest)
    listed = {fold(f).replace(" ", "") for f in forms}  # (`LĐ - TB&XH` is the listed `LĐ-TB&XH` as read)
    for spelling, fields in generated.items():
        written_out = len(fields) == 1 and _INITIALS.search(spelling) and fold(spelling).replace(" ", "") not in listed
        forms.setdefault(spelling, fields.pop() if written_out else spelling)
    return forms


# a run of initials in a field's spelling (`PTNT` of `Nông nghiệp và PTNT`): only such spellings are written out;
# one of whole words joined otherwise (`Kế hoạch - Đầu tư`) is already in full, as the document writes it
_INITIALS = re.compile(r"[A-ZĐ]{2}")


def _field_spellings(field: str) -> set[str]:
    """`field` and the other spellings of it `[field_spellings]` of data/unit_heads.toml allows: its two parts
    joined by another joiner (`Kế hoạch - Đầu tư`), a long second part by its initials (`Nông nghiệp và PTNT`),
    every part by its initials with a separator or none between them (`NN-PTNT`, `LĐ-TB&XH`, `GD - ĐT`)."""
    rule = load_toml("unit_heads.toml")["field_spellings"]
    joiners: list[str] = rule["joiners"]
    spellings = {field} | _initials_spellings(field, rule) | _series_spellings(field, rule)
    at = min(((i, j) for j in joiners if (i := field.find(j)) > 0), default=None)
    if at is None:
        return spellings
    first, second = field[: at[0]], field[at[0] + len(at[1]) :]
    seconds = {second}
    words = second.split()
    if len(words) >= rule["initials_from"]:
        seconds.add(_initials(second))
    return spellings | {f"{first}{j}{s}" for j in joiners for s in seconds}


def _series_spellings(field: str, rule: dict[str, Any]) -> set[str]:
    """A field of three parts or more whose last joint is `series_last` written as a series: the joints before the
    last by `series_joiner` (`Lao động - Thương binh và Xã hội` → `Lao động, Thương binh và Xã hội`)."""
    joiners = "|".join(map(re.escape, rule["part_joiners"]))
    pieces = re.split(f"({joiners})", field)
    if len(pieces) < 5 or pieces[-2] != rule["series_last"]:
        return set()
    joiner: str = rule["series_joiner"]
    earlier = [joiner if i % 2 else p for i, p in enumerate(pieces[:-2])]
    return {"".join([*earlier, *pieces[-2:]])}


def _initials(words: str) -> str:
    return "".join(w[0].upper() for w in words.split())


def _initials_spellings(field: str, rule: dict[str, list[str]]) -> set[str]:
    """`field` parted at its `part_joiners`, each part by its initials, the parts run together with one of
    `initials_separators` at each joint (`Lao động - Thương binh và Xã hội` → `LĐ-TB&XH`, `LĐTB&XH` ...)."""
    parts = re.split("|".join(map(re.escape, rule["part_joiners"])), field)
    if len(parts) < 2 or any(not p.strip() for p in parts):
        return set()
    spellings = {_initials(parts[0])}
    for part in parts[1:]:
        spellings = {f"{s}{sep}{_initials(part)}" for s in spellings for sep in rule["initials_separators"]}
    return spellings


@dataclass
class UnitRegistry:
    """Known units with their aliases; `match()` resolves a name as written to a canonical one."""

    units: list[Unit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index: dict[str, Unit] = {}
        for unit in self.units:
            self._add_keys(unit)

    @classmethod
    def default(cls) -> UnitRegistry:
        """The shipped gazetteer."""
        return cls(list(gazetteer()))

    @classmethod
    def of(cls, units: UnitRegistry | Iterable[str | Unit] | None) -> UnitRegistry:
        """Accept what callers pass: a registry, names, `Unit`s, or nothing (the gazetteer)."""
        if isinstance(units, UnitRegistry):
            return units
        if units is None:
            return cls.default()
        return cls([u if isinstance(u, Unit) else Unit(name=str(u)) for u in units])

    def add(self, name: str, aliases: Iterable[str] = ()) -> Unit:
        unit = Unit(name=name, aliases=tuple(aliases))
        self.units.append(unit)
        self._add_keys(unit)
        return unit

    def _add_keys(self, unit: Unit) -> None:
        for name in (unit.name, *unit.aliases):
            self._index.setdefault(unit_key(name), unit)

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def prefix(self, name: str) -> str | None:
        """The known unit whose name (or alias) is the longest prefix of `name`: `Đảng ủy UBND tỉnh Tỉnh ủy viên`
        (a table cell that ran into its neighbour) → `Đảng ủy Ủy ban nhân dân tỉnh`."""
        key = unit_key(name)
        best: tuple[int, str | None] = (0, None)
        for known, unit in self._index.items():
            if (key == known or key.startswith(known + " ")) and len(known) > best[0]:
                best = (len(known), unit.name)
        return best[1]

    def match(self, name: str) -> tuple[str | None, float]:
        """`(canonical name, confidence)`: 1.0 same name or alias, 0.8 one name extends the other, else 0."""
        key = unit_key(name)
        if not key:
            return None, 0.0
        unit = self._index.get(key)
        if unit is not None:
            return unit.name, 1.0
        best: tuple[str | None, float] = (None, 0.0)
        for known, unit in self._index.items():
            if key.startswith(known + " ") or known.startswith(key + " "):
                score = 0.8 * min(len(key), len(known)) / max(len(key), len(known))
                if score > best[1]:
                    best = (unit.name, round(score, 3))
        return best
