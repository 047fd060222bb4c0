"""Word's automatic list numbering (numbering.xml): the labels `1.`, `a)`, `II.`, `-` that Word draws in
front of a paragraph but that are not in its text. The parsers split tasks on them, so they are put back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from chidao.documents.readers.docx_styles import w

_ABSTRACT, _NUM, _LVL, _ABSTRACT_ID, _NUM_ID = (
    w("abstractNum"),
    w("num"),
    w("lvl"),
    w("abstractNumId"),
    w("numId"),
)
_ILVL, _START, _FMT, _TEXT, _VAL = w("ilvl"), w("start"), w("numFmt"), w("lvlText"), w("val")
_OVERRIDE, _START_OVERRIDE = w("lvlOverride"), w("startOverride")
_STYLE_LINK, _NUM_STYLE_LINK, _IS_LGL, _P_STYLE = w("styleLink"), w("numStyleLink"), w("isLgl"), w("pStyle")
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]  # fmt: skip


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int
    legal: bool = False  # `w:isLgl`: the outer levels' numbers shown as decimals (`1.2.`, not `I.2.`)


def _level(lvl: etree._Element) -> Level:
    fmt, text, start = lvl.find(_FMT), lvl.find(_TEXT), lvl.find(_START)
    legal = lvl.find(_IS_LGL)
    return Level(
        fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
        text.get(_VAL, "") if text is not None else "",
        _int(start.get(_VAL) if start is not None else None, 1),
        legal is not None and legal.get(_VAL, "true") not in ("0", "false", "off"),
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def format_number(n: int, fmt: str) -> str:
    """`n` written in a WordprocessingML number format (`decimal`, `lowerRoman`, `upperLetter`, …)."""
    if fmt in ("decimal", "decimalZero") or fmt.startswith("decimal"):
        return f"{n:02d}" if fmt == "decimalZero" else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        letter = letters[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        out, rest = "", n
        for value, numeral in _ROMAN:
            while rest >= value:
                out, rest = out + numeral, rest - value
        return out.upper() if fmt == "upperRoman" else out
    return str(n)


def _bullet(text: str) -> str:
    """A bullet symbol as text: dashes and plus signs as typed; symbol-font glyphs (private use area) as •."""
    symbol = text.strip()
    if not symbol:
        return ""
    if any("\ue000" <= ch <= "\uf8ff" for ch in symbol) or symbol in ("·", "§", "Ø", "ü", "o"):
        return "•"
    return symbol


_Instance = tuple[str, dict[int, int], dict[int, Level]]  # a w:num: abstractNumId, start overrides, new levels


# Glyphs of the Symbol font by character code that have a Unicode twin people type; a symbol font's code
# is written either as it is (`B7`) or in the private use area Word maps those fonts to (`F0B7`).
_PICTURE_FONTS = ("wingdings", "webdings")
_SYMBOL_FONT = {0x2D: "-", 0xA3: "≤", 0xAE: "→", 0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xDE: "⇒"}


def symbol_text(font: str | None, code: str | None) -> str:
    """The text of a `w:sym` (a character picked from a symbol font): the Symbol font's usual signs as their
    Unicode twins, any other symbol-font glyph (Wingdings ticks, arrows, squares) as a bullet •, a code in an
    ordinary font as that character."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    low = value - 0xF000 if 0xF000 <= value <= 0xF0FF else value
    name = (font or "").lower()
    if name.startswith("symbol"):
        return _SYMBOL_FONT.get(low, "•")
    if name.startswith(_PICTURE_FONTS) or "\ue000" <= chr(value) <= "\uf8ff":
        return "•"
    return chr(value) if 0x20 <= value < 0x110000 else ""


def symbol_font_text(font: str | None, text: str) -> str:
    """A run's text in a symbol font (LibreOffice writes a `w:sym` of a .doc so): its private-use glyphs as
    `symbol_text` gives them; anything else as it is."""
    if not font or not font.lower().startswith(("symbol", *_PICTURE_FONTS)):
        return text
    return "".join(symbol_text(font, f"{ord(ch):X}") if "\ue000" <= ch <= "\uf8ff" else ch for ch in text)


class Numbering:
    """List definitions and the running counters of each list, in document order."""

    def __init__(
        self, root: etree._Element | None, load: Callable[[], etree._Element | None] | None = None
    ) -> None:
        """`root`: numbering.xml; or `load`, which reads it when the first numbered paragraph needs it."""
        self._root = root
        self._load = load
        self._counters: dict[str, dict[int, int]] = {}  # abstractNumId → level → last number
        self._used: set[str] = set()
        self._style_levels: dict[str, dict[str, int]] = {}  # abstractNumId → paragraph style → its level
        self._read: tuple[dict[str, dict[int, Level]], dict[str, _Instance]] | None = None

    @property
    def _definitions(self) -> tuple[dict[str, dict[int, Level]], dict[str, _Instance]]:
        """The lists' levels by abstractNumId, and each numId's abstractNumId, start overrides and levels
        defined anew. Read on the first numbered paragraph: most documents have none, though their numbering.xml
        defines dozens of lists. Kept in a field (not `functools.cached_property`, which a class compiled by mypyc
        does not cache: setup.py)."""
        if self._read is None:
            self._read = self._read_definitions()
        return self._read

    def _read_definitions(self) -> tuple[dict[str, dict[int, Level]], dict[str, _Instance]]:
        abstracts: dict[str, dict[int, Level]] = {}
        nums: dict[str, _Instance] = {}
        root = self._load() if self._load is not None else self._root
        if root is None:
            return abstracts, nums
        defines: dict[str, str] = {}
        uses: dict[str, str] = {}
        for abstract in root.iter(_ABSTRACT):
            levels = {_int(lvl.get(_ILVL), 0): _level(lvl) for lvl in abstract.iter(_LVL)}
            abstract_id = abstract.get(_ABSTRACT_ID, "")
            for lvl in abstract.iter(_LVL):
                style = lvl.find(_P_STYLE)
                if style is not None and style.get(_VAL):
                    self._style_levels.setdefault(abstract_id, {})[style.get(_VAL, "")] = _int(lvl.get(_ILVL), 0)
            abstracts[abstract_id] = levels
            for tag, links in ((_STYLE_LINK, defines), (_NUM_STYLE_LINK, uses)):
                link = abstract.find(tag)
                if link is not None:
                    links[abstract_id] = link.get(_VAL, "")
        # A list that takes its levels from a numbering style (`w:numStyleLink`) is the list that defines
        # that style (`w:styleLink`): the same levels and the same counters.
        by_style = {style: abstract_id for abstract_id, style in defines.items()}
        aliases = {a: by_style[style] for a, style in uses.items() if style in by_style}
        for num in root.iter(_NUM):
            ref = num.find(_ABSTRACT_ID)
            overrides = {}
            redefined = {}  # levels this instance defines anew (`w:lvlOverride/w:lvl`)
            for override in num.iter(_OVERRIDE):
                start, lvl = override.find(_START_OVERRIDE), override.find(_LVL)
                if start is not None:
                    overrides[_int(override.get(_ILVL), 0)] = _int(start.get(_VAL), 1)
                if lvl is not None:
                    redefined[_int(override.get(_ILVL), 0)] = _level(lvl)
            abstract_id = ref.get(_VAL, "") if ref is not None else ""
            nums[num.get(_NUM_ID, "")] = (aliases.get(abstract_id, abstract_id), overrides, redefined)
        return abstracts, nums

    def style_level(self, num_id: str, style: str | None) -> int | None:
        """The level of list `num_id` that names paragraph style `style` (`w:lvl/w:pStyle`: heading styles
        numbered `Chương I`, `Điều 1.`, `1.1.` by one list), if any."""
        _, nums = self._definitions
        if style is None or num_id not in nums:
            return None
        return self._style_levels.get(nums[num_id][0], {}).get(style)

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list `num_id` at level `ilvl` (`2.`, `b)`, `-`), counting as Word does."""
        if num_id in ("", "0"):
            return ""
        abstracts, nums = self._definitions
        if num_id not in nums:
            return ""
        abstract_id, overrides, redefined = nums[num_id]
        levels = {**abstracts.get(abstract_id, {}), **redefined} if redefined else abstracts.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None or level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return _bullet(level.text)
        # Word counts per abstract list: instances of one definition continue each other's numbering,
        # except that an instance with a start override restarts those levels when it is first used.
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._used:
            self._used.add(num_id)
            for k, value in overrides.items():
                counters[k] = value - 1
        start = overrides.get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in text:
                outer = levels.get(k, level)
                value = counters.get(k, overrides.get(k, outer.start))
                fmt = "decimal" if level.legal and k < ilvl else outer.fmt
                text = text.replace(f"%{k + 1}", format_number(value, fmt))
        return text
