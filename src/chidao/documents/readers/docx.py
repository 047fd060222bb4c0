"""`.docx` → text and layout, reading the XML directly (zipfile + lxml: fast, and every run's font is seen).

Text: the body's paragraphs in reading order (see `docx_body`), one per line; header or footer text only when
it is real content (not just a page number); then the footnotes and endnotes the body refers to, after
everything else (`SourceText.notes_start`), each opening with its number as Word shows it (`1 Nghị định số …`;
endnotes `i`, `ii`, … unless the document sets another format). The reference mark in the body gives no text,
so a unit name or a task that carries one reads as typed. Layout (`SourceText.layout`, for the form checker): page size,
margins, each paragraph's span, alignment and dominant font, size, bold, italic, and where page numbers are.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

from chidao.documents import legacy
from chidao.documents.readers.docx_body import Para, PartReader
from chidao.documents.readers.docx_numbering import Numbering, format_number
from chidao.documents.readers.docx_styles import (
    STYLE_REFERENCE,
    RunKey,
    RunProps,
    Styles,
    share_formatting,
    slim_styles,
    w,
)
from chidao.documents.readers.sniff import MEDIA_TYPES
from chidao.documents.readers.source import ReadError, SourceText, clean_text, is_clean, make_source

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAX_RATIO = 100  # a member that inflates more than this (and past 1 MB) is a zip bomb, not a document
_MAX_TOTAL = 200 * 1024 * 1024
_TWIPS_TO_MM = 25.4 / 1440
_STRICT = (
    (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)
_STRICT_MARK = b"http://purl.oclc.org/ooxml/"  # in every strict namespace name: one scan finds none of them
_TEXT_PART = re.compile(r"word/(document\d*|header\d*|footer\d*|footnotes|endnotes)\.xml")
_NOTE_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}  # Word's defaults
_PARSER = etree.XMLParser(  # no xml:id index: nothing looks elements up by id
    resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False, collect_ids=False
)


def read_docx(raw: bytes, name: str, max_bytes: int = 50 * 1024 * 1024, encoding: str = "docx") -> SourceText:
    """Read a .docx; `encoding` names the container in `source.encoding` unless legacy text was converted."""
    package = _Package(raw, name, max_bytes)
    styles = Styles(package.styles(), package.xml("word/theme/theme1.xml"))
    main = package.main_part()
    document, shared = package.part(main)
    if document is None:
        raise _corrupt(name, "no word/document.xml")
    numbering = Numbering(None, load=lambda: package.xml("word/numbering.xml"))  # most documents number nothing
    body_reader = PartReader(styles, numbering)
    paras = body_reader.read(document, shared)
    first = _first_section(document)
    title_page = first is not None and first.find(w("titlePg")) is not None
    folder, _, leaf = main.rpartition("/")
    targets = package.relationships(f"{folder}/_rels/{leaf}.rels")
    parts = _header_footer_parts(package, PartReader(styles, numbering), first, targets)

    head = _real_content(parts.get(("header", "first" if title_page else "default"), []))
    foot = _real_content(parts.get(("footer", "first" if title_page else "default"), []))
    paras = head + paras + foot
    notes = _notes(package, main, PartReader(styles, numbering), body_reader.notes, first)
    used = _convert_unrouted(paras + notes)
    text, spans = _assemble(paras + notes)
    legacy_used = {enc for p in paras + notes for enc in p.legacy} | used
    if legacy_used:
        encoding = "tcvn3" if "tcvn3" in legacy_used else "vni"
    layout = {
        **_page(first),
        "paragraphs": [_paragraph_layout(p, span) for p, span in zip(paras, spans[: len(paras)], strict=True)],
        "page_numbers": _page_numbers(parts, title_page),
    }
    source = make_source(raw, name, MEDIA_TYPES["docx"], encoding)
    notes_start = spans[len(paras)][0] if notes else None
    # NFC paragraphs joined by "\n"
    return SourceText(text=text, source=source, layout=layout, nfc=True, notes_start=notes_start)


class _Package:
    """The zip container, with bounds on what it may inflate to."""

    def __init__(self, raw: bytes, name: str, max_bytes: int) -> None:
        self.name = name
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError) as e:
            raise _corrupt(name, str(e)) from e
        total = sum(info.file_size for info in infos)
        bomb = any(
            info.file_size > 1024 * 1024 and info.file_size > _MAX_RATIO * max(info.compress_size, 1)
            for info in infos
        )
        if bomb or total > max(_MAX_TOTAL, 4 * max_bytes):
            raise ReadError(
                "too-large",
                f"Tệp {name} khi giải nén lớn bất thường; từ chối đọc để bảo vệ hệ thống",
                f"{name} would expand to {total} bytes (zip bomb guard)",
            )
        self.names = {info.filename for info in infos}
        self._bytes: dict[str, bytes] = {}

    def read(self, member: str) -> bytes:
        if member not in self._bytes:
            data = self.zip.read(member)
            if _STRICT_MARK in data:  # "Strict Open XML" files name the same markup differently
                for strict, transitional in _STRICT:
                    data = data.replace(strict, transitional)
            self._bytes[member] = data
        return self._bytes[member]

    def main_part(self) -> str:
        """The main document part named by the package relationships (`word/document.xml` nearly always)."""
        root = self.xml("_rels/.rels")
        for rel in root.iter(_REL) if root is not None else ():
            if rel.get("Type", "").endswith("/officeDocument"):
                target = rel.get("Target", "").lstrip("/")
                if target in self.names:
                    return target
        return "word/document.xml"

    def styles(self) -> etree._Element | None:
        """styles.xml, keeping only the styles the document and its headers and footers refer to."""
        if "word/styles.xml" not in self.names:
            return None
        used: set[bytes] = set()
        for member in self.names:
            if _TEXT_PART.fullmatch(member):
                used.update(STYLE_REFERENCE.findall(self._guarded(member, self.read)))
        return self._parse("word/styles.xml", slim_styles(self._guarded("word/styles.xml", self.read), used))

    def xml(self, member: str) -> etree._Element | None:
        if member not in self.names:
            return None
        return self._parse(member, self._guarded(member, self.read))

    def part(self, member: str) -> tuple[etree._Element | None, list[RunKey]]:
        """A part `PartReader` reads (body, header, footer, notes): its tree, with each run's properties a
        reference into the part's table of distinct ones (`share_formatting`), and that table."""
        if member not in self.names:
            return None, []
        data, shared = share_formatting(self._guarded(member, self.read), _PARSER)
        return self._parse(member, data), shared

    def _guarded(self, member: str, reader: Callable[[str], bytes]) -> bytes:
        try:
            return reader(member)
        except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, EOFError) as e:
            if "encrypt" in str(e).lower() or "password" in str(e).lower():
                raise ReadError(
                    "encrypted", f"Tệp {self.name} được đặt mật khẩu", f"{self.name} is encrypted"
                ) from e
            raise _corrupt(self.name, f"{member}: {e}") from e

    def _parse(self, member: str, data: bytes) -> etree._Element:
        try:
            return etree.fromstring(data, _PARSER)
        except (etree.XMLSyntaxError, zipfile.BadZipFile, ValueError, OSError, RuntimeError) as e:
            if "encrypt" in str(e).lower() or "password" in str(e).lower():
                raise ReadError(
                    "encrypted", f"Tệp {self.name} được đặt mật khẩu", f"{self.name} is encrypted"
                ) from e
            raise _corrupt(self.name, f"{member}: {e}") from e

    def relationships(self, member: str) -> dict[str, str]:
        return {rel_id: target for rel_id, (_, target) in self._typed_relationships(member).items()}

    def related(self, member: str, kind: str) -> str | None:
        """The part `member` relates to as `kind` (`footnotes`, `endnotes`), if there is one in the package."""
        folder, _, leaf = member.rpartition("/")
        for rel_type, target in self._typed_relationships(f"{folder}/_rels/{leaf}.rels").values():
            if rel_type.rsplit("/", 1)[-1] == kind and target in self.names:
                return target
        return None

    def _typed_relationships(self, member: str) -> dict[str, tuple[str, str]]:
        """Each relationship's id → (type, target part)."""
        root = self.xml(member)
        if root is None:
            return {}
        out = {}
        for rel in root.iter(_REL):
            target = rel.get("Target", "")
            part = target[1:] if target.startswith("/") else "word/" + target
            out[rel.get("Id", "")] = (rel.get("Type", ""), part)
        return out


def _corrupt(name: str, detail: str) -> ReadError:
    return ReadError(
        "corrupt",
        f"Tệp {name} bị hỏng hoặc không đúng định dạng .docx",
        f"{name} is not a readable .docx ({detail})",
    )


def _first_section(document: etree._Element) -> etree._Element | None:
    """The first section properties in document order (in paragraph marks, then the body's last one)."""
    return next(document.iter(w("sectPr")), None)


def _header_footer_parts(
    package: _Package, reader: PartReader, section: etree._Element | None, targets: dict[str, str]
) -> dict[tuple[str, str], list[Para]]:
    parts: dict[tuple[str, str], list[Para]] = {}
    if section is None:
        return parts
    for kind in ("header", "footer"):
        for ref in section.iter(w(f"{kind}Reference")):
            target = targets.get(ref.get(_R + "id", ""))
            root, shared = package.part(target) if target else (None, [])
            if root is not None:
                parts[(kind, ref.get(w("type"), "default"))] = reader.read(root, shared)
    return parts


def _notes(
    package: _Package,
    main: str,
    reader: PartReader,
    refs: list[tuple[str, str, bool]],
    section: etree._Element | None,
) -> list[Para]:
    """The footnotes and endnotes the body refers to (`refs`: kind, id and whether the mark is custom, in the
    order of the reference marks), footnotes first: each note's paragraphs, the first opening with the note's
    number (numbered in order of reference from `w:numStart`, in the `w:numFmt` of the section's or the
    settings' `w:footnotePr` / `w:endnotePr`). A note with a custom mark (`*`) takes no number: its text opens
    with the mark as typed. Separator notes are never referred to, so never read."""
    out: list[Para] = []
    settings: etree._Element | None = None  # read only for a document with notes (Word's run to 100 kB and more)
    for kind in ("footnote", "endnote"):
        marks = {note_id: custom for k, note_id, custom in refs if k == kind}  # each note once, first mark's order
        part = package.related(main, f"{kind}s") if marks else None
        root, shared = package.part(part) if part else (None, [])
        if root is None:
            continue
        by_id = {el.get(w("id")): el for el in root.iter(w(kind))}
        settings = package.xml("word/settings.xml") if settings is None else settings
        fmt, number = _note_numbering(kind, section, settings)
        for note_id, custom in marks.items():
            note = by_id.get(note_id)
            paras = [p for p in reader.read(note, shared) if p.text.strip()] if note is not None else []
            if paras:
                label = "" if custom else format_number(number, fmt) + " "
                paras[0].text = label + paras[0].text.strip()
                out.extend(paras)
            number += not custom
    return out


def _note_numbering(
    kind: str, section: etree._Element | None, settings: etree._Element | None
) -> tuple[str, int]:
    """The number format and first number of the `kind` notes: the section's, else the settings', else Word's."""
    fmt, start = _NOTE_FORMATS[kind], 1
    for holder in (settings, section):  # the section's own settings win
        props = holder.find(w(f"{kind}Pr")) if holder is not None else None
        if props is None:
            continue
        found = props.find(w("numFmt"))
        fmt = found.get(w("val"), fmt) if found is not None else fmt
        first = props.find(w("numStart"))
        value = first.get(w("val"), "") if first is not None else ""
        start = int(value) if value.isdigit() else start
    return fmt, start


def _real_content(paras: list[Para]) -> list[Para]:
    """Header/footer paragraphs worth keeping: not the page-number line (`Trang 2/5`), and together at least
    three letters."""
    kept = [p for p in paras if p.text.strip() and not p.page_field]
    if sum(ch.isalpha() for p in kept for ch in p.text) < 3:
        return []
    return kept


def _convert_unrouted(paras: list[Para]) -> set[str]:
    """Content detection for paragraphs whose fonts did not say they are legacy (text pasted in a Unicode font)."""
    plain = [p for p in paras if not p.legacy]
    joined = "\n".join(p.text for p in plain)
    converted, used = legacy.convert_text(joined)
    if not used:
        return set()
    lines = converted.split("\n")
    pos = 0
    for p in plain:
        count = p.text.count("\n") + 1
        p.text = "\n".join(lines[pos : pos + count])
        pos += count
    return {used}


def _assemble(paras: list[Para]) -> tuple[str, list[tuple[int, int]]]:
    """The text, each paragraph cleaned (`clean_text`), and each paragraph's span in it."""
    joined = "\n".join(p.text for p in paras)
    clean = is_clean(joined)  # nearly always: then so is every paragraph ("\n" never composes with anything)
    chunks: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for p in paras:
        if not clean:
            p.text = clean_text(p.text)
        chunks.append(p.text)
        spans.append((pos, pos + len(p.text)))
        pos += len(p.text) + 1
    return joined if clean else "\n".join(chunks), spans


def _dominant(weights: dict[Any, int]) -> Any:
    """The value of greatest weight; of equal weights the first seen (as `Counter.most_common(1)`)."""
    return max(weights, key=weights.__getitem__)


def _paragraph_layout(p: Para, span: tuple[int, int]) -> dict[str, Any]:
    """The paragraph's span and alignment, and the font, size, bold and italic of most of its letters (weighted
    by run length; of equal weights the first seen; the paragraph's own when no run has text)."""
    # Runs share RunProps objects (the reader works each combination out once): most paragraphs have a single
    # one, whose values then win without any counting.
    by_props: dict[int, list[Any]] = {}
    for length, props in p.runs:
        if length:
            entry = by_props.get(id(props))
            if entry is None:
                by_props[id(props)] = [props, length]
            else:
                entry[1] += length
    if not by_props:
        font, size_pt, bold, italic = p.base.font, p.base.size_pt, p.base.bold, p.base.italic
    elif len(by_props) == 1:
        only: RunProps = next(iter(by_props.values()))[0]
        font, size_pt, bold, italic = only.font, only.size_pt, bool(only.bold), bool(only.italic)
    else:
        fonts: dict[str | None, int] = {}
        sizes: dict[float | None, int] = {}
        bolds: dict[bool, int] = {}
        italics: dict[bool, int] = {}
        for props, length in by_props.values():  # in order of first appearance, as the runs
            fonts[props.font] = fonts.get(props.font, 0) + length
            sizes[props.size_pt] = sizes.get(props.size_pt, 0) + length
            bolds[bool(props.bold)] = bolds.get(bool(props.bold), 0) + length
            italics[bool(props.italic)] = italics.get(bool(props.italic), 0) + length
        font, size_pt, bold, italic = _dominant(fonts), _dominant(sizes), _dominant(bolds), _dominant(italics)
    return {
        "start": span[0],
        "end": span[1],
        "align": p.align,
        "in_table": p.in_table,
        "font": font,
        "size_pt": size_pt,
        "bold": bold,
        "italic": italic,
    }


def _twips(el: etree._Element | None, attr: str) -> float | None:
    if el is None:
        return None
    try:
        return abs(float(el.get(w(attr), ""))) * _TWIPS_TO_MM
    except ValueError:
        return None


def _page(section: etree._Element | None) -> dict[str, Any]:
    size = section.find(w("pgSz")) if section is not None else None
    margins = section.find(w("pgMar")) if section is not None else None
    width, height = _twips(size, "w"), _twips(size, "h")
    orientation = None
    if size is not None:
        landscape = size.get(w("orient")) == "landscape" or (width or 0) > (height or 0)
        orientation = "landscape" if landscape else "portrait"
    return {
        "page": {"width_mm": _round(width), "height_mm": _round(height), "orientation": orientation},
        "margins_mm": {side: _round(_twips(margins, side)) for side in ("top", "bottom", "left", "right")},
    }


def _round(value: float | None) -> float | None:
    return round(value, 1) if value is not None else None


def _page_numbers(parts: dict[tuple[str, str], list[Para]], title_page: bool) -> dict[str, Any]:
    """Where a PAGE field sits: header or footer, its alignment, and whether page 1 shows it."""
    for kind in ("header", "footer"):
        for variant in ("default", "even", "first"):
            numbered = [p for p in parts.get((kind, variant), []) if p.page_field]
            if not numbered:
                continue
            first_part = parts.get((kind, "first" if title_page else "default"), [])
            return {
                "present": True,
                "where": kind,
                "align": numbered[0].align or "left",
                "first_page_shown": any(p.page_field for p in first_part),
            }
    return {"present": False, "where": None, "align": None, "first_page_shown": None}
