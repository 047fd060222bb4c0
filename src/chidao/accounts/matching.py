"""Matching names written in documents against the unit registry, and the search key shared by search.

The task engineer's `chidao.documents.extract.units.UnitRegistry` is used when present; otherwise a
fold-based matcher (diacritic-insensitive, aliases, abbreviations) gives a name and a confidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from chidao.documents.extract.units import unit_key
from chidao.documents.text import fold

if TYPE_CHECKING:
    from chidao.accounts.models import Unit

def search_key(value: str | None) -> str:
    """Folded, punctuation-free form for matching and search: `62-NQ/TU` → `62 nq tu`, `Hoà` → `hoa`."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(value)).split())


def expand(value: str | None) -> str:
    """`search_key` with the usual abbreviations written out (`UBND TP Lạng Sơn` → `uy ban nhan dan thanh pho …`):
    the parser's comparison form (`unit_key`, abbreviations from `data/abbreviations.csv`)."""
    return search_key(unit_key(value))


@dataclass(frozen=True)
class Match:
    unit: Unit | None
    confidence: float  # 0..1
    written: str


class UnitMatcher:
    """Match a written unit name to a registry unit valid on a date."""

    def __init__(self, units: list[Unit], on: dt.date | None = None) -> None:
        self._keys: list[tuple[str, Unit]] = []
        self._by_name: dict[str, Unit] = {}
        listed: list[tuple[str, tuple[str, ...]]] = []
        for unit in units:
            if on is not None and not unit.is_valid_on(on):
                continue
            names = [unit.name, unit.short_name, *(a.text for a in unit.aliases.all())]
            for name in names:
                if name:
                    self._keys.append((expand(name), unit))
            self._by_name[unit.name] = unit
            listed.append((unit.name, tuple(n for n in names[1:] if n)))
        self.registry = _library_registry(listed)

    @classmethod
    def from_db(cls, on: dt.date | None = None) -> UnitMatcher:
        from chidao.accounts.models import Unit

        return cls(list(Unit.objects.prefetch_related("aliases")), on=on)

    def match(self, written: str) -> Match:
        key = expand(written)
        if not key:
            return Match(None, 0.0, written)
        if self.registry is not None:  # the parser's matcher (abbreviations it knows), when it is sure
            name, confidence = self.registry.match(written)
            if name in self._by_name and confidence >= 0.8:
                return Match(self._by_name[name], round(float(confidence), 2), written)
        for candidate, unit in self._keys:
            if candidate == key:
                return Match(unit, 1.0, written)
        best: tuple[float, Unit | None] = (0.0, None)
        for candidate, unit in self._keys:
            ratio = SequenceMatcher(None, key, candidate).ratio()
            if candidate in key or key in candidate:
                ratio = max(ratio, 0.75 + 0.2 * min(len(key), len(candidate)) / max(len(key), len(candidate)))
            if ratio > best[0]:
                best = (ratio, unit)
        if best[0] < 0.6:
            return Match(None, round(best[0], 2), written)
        return Match(best[1], round(best[0], 2), written)

    def names(self) -> list[str]:
        return sorted({unit.name for _, unit in self._keys})



def _library_registry(units: list[tuple[str, tuple[str, ...]]]) -> Any:
    """`chidao.documents.extract.units.UnitRegistry` of our units, or None when the library lacks it."""
    try:
        from chidao.documents.extract.units import Unit as LibraryUnit
        from chidao.documents.extract.units import UnitRegistry
    except ImportError:
        return None
    try:
        return UnitRegistry([LibraryUnit(name=name, aliases=aliases) for name, aliases in units])
    except Exception:  # an incompatible version: use our own matching
        return None
