"""Run and paragraph properties of a .docx, resolved the way Word does: direct formatting, then the run's
character style, then the paragraph style (through `basedOn`), then the document defaults (styles.xml)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
_FALSE = {"0", "false", "off", "none"}
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right"}
_ALIGN.update({"both": "both", "distribute": "both", "lowKashida": "both", "mediumKashida": "both"})


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: `w("p")` → `{…/main}p`."""
    return _W + tag


_W_URI = W.encode()
_W_DECLARED = b'xmlns:w="' + _W_URI + b'"'
_STYLE_ID = re.compile(rb'w:styleId="([^"]*)"')
_BASED_ON = re.compile(rb'<w:basedOn w:val="([^"]*)"')
STYLE_REFERENCE = re.compile(rb'<w:(?:pStyle|rStyle) w:val="([^"]*)"')


def slim_styles(data: bytes, used: set[bytes]) -> bytes:
    """styles.xml cut down to the document defaults and the styles in use (with their `basedOn` chains).

    Word's style sheets are mostly latent styles and styles nobody uses (python-docx's template has 160):
    parsing only what the document refers to keeps reading fast. Unusual prefixes: the file as it is."""
    root = data.find(b"<w:styles")
    root_end = data.find(b">", root)
    if root < 0 or root_end < 0 or _W_DECLARED not in data[root:root_end]:
        return data
    spans: dict[bytes, tuple[int, int]] = {}  # each style's place (of one id given twice, the last)
    wanted = set(used)
    start = data.find(b"<w:style ", root_end)
    while start >= 0:
        head_end = data.find(b">", start)
        if head_end < 0:
            return data
        if data[head_end - 1 : head_end] == b"/":  # <w:style .../>: no properties
            end = head_end + 1
        else:
            end = data.find(b"</w:style>", head_end)
            if end < 0:
                return data
            end += len(b"</w:style>")
        found = _STYLE_ID.search(data, start, head_end)  # in the start tag; the text is cut only if kept
        if found is not None:
            spans[found.group(1)] = (start, end)
            if data.find(b'w:default="1"', start, head_end) >= 0 or data.find(b'w:default="true"', start, head_end) >= 0:
                wanted.add(found.group(1))
        start = data.find(b"<w:style ", end)
    keep: list[bytes] = []
    seen: set[bytes] = set()
    for first in sorted(wanted):
        sid: bytes | None = first
        while sid is not None and sid in spans and sid not in seen:
            seen.add(sid)
            begin, end = spans[sid]
            based = _BASED_ON.search(data, begin, end)
            keep.append(data[begin:end])
            sid = based.group(1) if based else None
    begin, finish = data.find(b"<w:docDefaults>"), data.find(b"</w:docDefaults>")
    defaults = data[begin : finish + len(b"</w:docDefaults>")] if 0 <= begin < finish else b""
    return data[root : root_end + 1] + defaults + b"".join(keep) + b"</w:styles>"  # root keeps its namespaces


@dataclass(frozen=True)
class RunProps:
    """The presentation facts of one run that the reader and the form checker need."""

    font: str | None = None
    size_pt: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    hidden: bool = False
    caps: bool | None = None  # `w:caps`, `w:smallCaps`: shown in capitals whatever the letters typed

    def over(self, base: RunProps) -> RunProps:
        """These properties, with the gaps filled from `base`."""
        return RunProps(
            font=self.font if self.font is not None else base.font,
            size_pt=self.size_pt if self.size_pt is not None else base.size_pt,
            bold=self.bold if self.bold is not None else base.bold,
            italic=self.italic if self.italic is not None else base.italic,
            hidden=self.hidden or base.hidden,
            caps=self.caps if self.caps is not None else base.caps,
        )


_EMPTY = RunProps()
_RFONTS, _SZ, _B, _I, _VANISH, _VAL = w("rFonts"), w("sz"), w("b"), w("i"), w("vanish"), w("val")
_R_STYLE, _P_STYLE, _R_PR, _P_PR = w("rStyle"), w("pStyle"), w("rPr"), w("pPr")
_BASED_ON_TAG = w("basedOn")
_CAPS = frozenset({w("caps"), w("smallCaps")})
_H_ANSI, _ASCII, _CS = w("hAnsi"), w("ascii"), w("cs")  # the font attributes, in order of preference
_H_ANSI_THEME, _ASCII_THEME = w("hAnsiTheme"), w("asciiTheme")
THEME = "@theme:"  # a font given as a theme slot (`minorHAnsi`), resolved by `Styles.font_name`
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


RunFields = tuple[str | None, float | None, bool | None, bool | None, bool, bool | None]
RunKey = tuple[RunFields, str | None]  # direct formatting, in `RunProps` field order, and character style
_NO_FORMATTING: RunKey = ((None, None, None, None, False, None), None)


def direct_formatting(rpr: etree._Element | None) -> RunKey:
    """The properties written directly in one `w:rPr` and the character style it names (`w:rStyle`), in one
    pass over its children: runs are many. Plain tuples hash and compare in C: the reader's per-run memo key."""
    if rpr is None or not len(rpr):
        return _NO_FORMATTING
    font: str | None = None
    size_pt: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    hidden = False
    caps: bool | None = None
    char_style: str | None = None
    seen_style = False
    for child in rpr:
        tag = child.tag
        if tag == _R_STYLE:
            if not seen_style:  # the first one, as `find` would give
                seen_style = True
                char_style = child.get(_VAL)
        elif tag == _RFONTS:
            theme = child.get(_H_ANSI_THEME) or child.get(_ASCII_THEME)  # the first one given
            if theme:  # a theme font wins over the named one (ECMA-376 §17.3.2.26)
                font = THEME + theme
            else:
                font = child.get(_H_ANSI) or child.get(_ASCII) or child.get(_CS) or None
        elif tag == _SZ:
            value = child.get(_VAL, "")
            size_pt = int(value) / 2 if value.isdigit() else None
        elif tag == _B:
            bold = _toggle(child)
        elif tag == _I:
            italic = _toggle(child)
        elif tag == _VANISH:
            hidden = _toggle(child) is True
        elif tag in _CAPS:
            caps = _toggle(child) if caps is None else caps or _toggle(child)
    return (font, size_pt, bold, italic, hidden, caps), char_style


# A part's run properties, each written once: `share_formatting` puts `<w:rPr chidao-shared="N"/>` in place of
# every `<w:rPr>…</w:rPr>`, N indexing the part's table of distinct ones, each read once by `direct_formatting`.
SHARED = "chidao-shared"
_RUN_PROPERTIES = re.compile(rb"<w:rPr>((?:[^<]+|<(?!/w:rPr>))*)</w:rPr>")
_ROOT_ELEMENT = re.compile(rb"<([A-Za-z_][^\s/>]*)[^>]*>")  # the first element's start tag (past `<?xml …?>`)


def share_formatting(data: bytes, parser: etree.XMLParser) -> tuple[bytes, list[RunKey]]:
    """A part's XML with each run's properties replaced by a reference into the table of its distinct ones (a
    document repeats a few dozen combinations over hundreds of runs: each is read once, and the tree to build
    is smaller), and that table, each entry as `direct_formatting` gives it.

    The XML as it is (and no table) unless every `w:rPr` reads alike wherever it stands: no comment, CDATA or
    DTD (`<!`); the WordprocessingML namespace bound once, to `w`, on the root element (the reader reads only
    names in that namespace, so they mean the same in the table; a prefix the table lacks makes it
    ill-formed); no `w:rPr` inside another (`w:rPrChange`); and the table well-formed."""
    root = _ROOT_ELEMENT.search(data)
    pieces = _RUN_PROPERTIES.split(data)
    if (
        root is None
        or len(pieces) < 3
        or b"<!" in data
        or _W_DECLARED not in root.group(0)
        or data.count(_W_URI) != 1
        or data.count(b"xmlns:w=") != 1
    ):
        return data, []
    distinct = list(dict.fromkeys(pieces[1::2]))
    if any(b"<w:rPr" in chunk for chunk in distinct):
        return data, []
    try:  # the table in a part of its own, after the same XML declaration and root element
        table = etree.fromstring(
            data[: root.end()]
            + b"".join(b"<w:rPr>" + chunk + b"</w:rPr>" for chunk in distinct)
            + b"</" + root.group(1) + b">",
            parser,
        )
    except (etree.LxmlError, ValueError):  # the part itself is then read as it is, and fails as it would
        return data, []
    if len(table) != len(distinct):
        return data, []
    shared = SHARED.encode()
    index = {chunk: b'<w:rPr %s="%d"/>' % (shared, i) for i, chunk in enumerate(distinct)}
    pieces[1::2] = [index[chunk] for chunk in pieces[1::2]]
    return b"".join(pieces), [direct_formatting(rpr) for rpr in table]


def run_props(rpr: etree._Element | None) -> RunProps:
    """The properties written directly in one `w:rPr`."""
    fields = direct_formatting(rpr)[0]
    return _EMPTY if fields == _NO_FORMATTING[0] else RunProps(*fields)


def _toggle(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(_VAL, "true").lower() not in _FALSE


def first_child(el: etree._Element, tag: str) -> etree._Element | None:
    """`el.find(tag)`: the first `tag` child. A loop over the few children before it (none, for w:pPr and
    w:tcPr) is cheaper than ElementPath."""
    for child in el:
        if child.tag == tag:
            return child
    return None


_JC, _NUM_PR, _NUM_ID, _ILVL = w("jc"), w("numPr"), w("numId"), w("ilvl")


_PARAGRAPH_PARTS = frozenset({_P_STYLE, _R_PR, _JC, _NUM_PR})


def paragraph_parts(ppr: etree._Element | None) -> dict[str, etree._Element]:
    """The first `w:pStyle`, `w:rPr` (the paragraph mark's), `w:jc` and `w:numPr` of paragraph properties, as
    `find` gives each, in one pass over its children: paragraphs are many."""
    parts: dict[str, etree._Element] = {}
    for child in ppr if ppr is not None else ():
        tag = child.tag
        if tag in _PARAGRAPH_PARTS and tag not in parts:
            parts[tag] = child
    return parts


def style_id(parts: dict[str, etree._Element]) -> str | None:
    """The paragraph style named in `paragraph_parts`."""
    pstyle = parts.get(_P_STYLE)
    return pstyle.get(_VAL) if pstyle is not None else None


def align_of(parts: dict[str, etree._Element]) -> str | None:
    """The alignment (`w:jc`) in `paragraph_parts`."""
    jc = parts.get(_JC)
    return _ALIGN.get(jc.get(_VAL, "")) if jc is not None else None


def numbering_of(parts: dict[str, etree._Element]) -> tuple[str, int] | None:
    """(numId, ilvl) of the `w:numPr` in `paragraph_parts`; numId 0 switches numbering off."""
    num = parts.get(_NUM_PR)
    if num is None:
        return None
    num_id, level = first_child(num, _NUM_ID), first_child(num, _ILVL)
    value = level.get(_VAL, "0") if level is not None else "0"
    return (num_id.get(_VAL, "") if num_id is not None else "", int(value) if value.isdigit() else 0)


class Styles:
    """styles.xml: paragraph and character styles with their `basedOn` chains, and the defaults."""

    def __init__(self, root: etree._Element | None, theme: etree._Element | None = None) -> None:
        self.theme_fonts: dict[str, str] = {}
        if theme is not None:
            for slot in ("major", "minor"):
                latin = theme.find(f".//{_A}{slot}Font/{_A}latin")
                if latin is not None and latin.get("typeface"):
                    self.theme_fonts[slot] = latin.get("typeface", "")
        self._styles: dict[str, etree._Element] = {}
        self._default_para: str | None = None
        self._run_cache: dict[str | None, RunProps] = {}
        self._align_cache: dict[str | None, str | None] = {}
        self._base_cache: dict[str | None, RunProps] = {}  # per style: a document's paragraphs share a few
        self._numbering_cache: dict[str | None, tuple[str, int] | None] = {}
        self.defaults = RunProps()
        if root is None:
            return
        for style in root.iter(w("style")):
            sid = style.get(w("styleId"))
            if sid:
                self._styles[sid] = style
                if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                    self._default_para = sid
        doc_defaults = root.find(w("docDefaults"))
        if doc_defaults is not None:
            self.defaults = run_props(doc_defaults.find(f"{w('rPrDefault')}/{w('rPr')}"))

    def font_name(self, font: str | None) -> str | None:
        """A font name, with a theme slot (`minorHAnsi`, `majorAscii` ...) looked up in the theme."""
        if font is None or not font.startswith(THEME):
            return font
        slot = "major" if font[len(THEME) :].startswith("major") else "minor"
        return self.theme_fonts.get(slot)

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            based = first_child(style, _BASED_ON_TAG)
            style_id = based.get(w("val")) if based is not None else None
        return chain

    def style_run_props(self, style_id: str | None) -> RunProps:
        """Run properties a style gives (its chain, nearest first), without the document defaults."""
        if style_id not in self._run_cache:
            props = RunProps()
            for style in self._chain(style_id):
                props = props.over(run_props(first_child(style, _R_PR)))
            self._run_cache[style_id] = self.resolved(props)
        return self._run_cache[style_id]

    def paragraph_base(self, para_style: str | None) -> RunProps:
        """What a run in a paragraph of this style inherits: the style chain, then the defaults."""
        if para_style not in self._base_cache:
            base = self.style_run_props(para_style or self._default_para).over(self.resolved(self.defaults))
            self._base_cache[para_style] = base
        return self._base_cache[para_style]

    def resolved(self, props: RunProps) -> RunProps:
        """`props` with a theme font slot replaced by the theme's font name."""
        if props.font and props.font.startswith(THEME):
            return RunProps(
                self.font_name(props.font), props.size_pt, props.bold, props.italic, props.hidden, props.caps
            )
        return props

    def paragraph_numbering(self, para_style: str | None) -> tuple[str, int] | None:
        """(numId, level) of a list style (`List Bullet`, a heading style with numbering), if any."""
        key = para_style or self._default_para
        if key not in self._numbering_cache:
            found = None
            for style in self._chain(key):
                found = numbering_of(paragraph_parts(first_child(style, _P_PR)))
                if found is not None:
                    break
            self._numbering_cache[key] = found
        return self._numbering_cache[key]

    def paragraph_align(self, para_style: str | None) -> str | None:
        key = para_style or self._default_para
        if key not in self._align_cache:
            align = None
            for style in self._chain(key):
                align = align_of(paragraph_parts(first_child(style, _P_PR)))
                if align:
                    break
            self._align_cache[key] = align
        return self._align_cache[key]
