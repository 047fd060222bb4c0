"""Typed, cached loaders for the formal-part data: document types, authority markers, header markers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from chidao.documents.data import load_toml
from chidao.documents.text import fold_chars


@dataclass(frozen=True)
class DocumentType:
    code: str
    names: tuple[str, ...]
    family: str
    legacy: bool
    examples: tuple[str, ...]
    party_code: str | None = None  # the code HD 36 gives the same type line in a Party document
    letter: bool = False  # a letter to the bodies it is sent to, which act on what it asks (`letter = true`)
    invitation: bool = False  # a giấy mời: the meeting it calls is still to come (`invitation = true`)
    report: bool = False  # a báo cáo: its account of what was done gives no work (`report = true`)
    untitled: bool = False  # printed with no type name, its trích yếu after `V/v` (`untitled = true`)
    subjects: tuple[str, ...] = ()  # a công văn's trích yếu openings that make it one of this type (`subjects`)
    subject_examples: tuple[str, ...] = ()
    subject_counter_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Marker:
    marker: str
    family: str
    forms: tuple[str, ...]
    examples: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Titles:
    heads: tuple[str, ...]
    qualifiers: tuple[str, ...]
    deputy: str
    examples: tuple[tuple[str, str, str], ...]
    surnames: frozenset[str]
    name_examples: tuple[tuple[str, str, str], ...]
    name_openers: frozenset[str]  # `[names] openers`: names of peoples who write no Kinh family name first
    opener_examples: tuple[tuple[str, str, str], ...]
    name_prefixes: tuple[str, ...]  # `[names] prefixes`: ranks and degrees printed before a signer's name
    prefix_examples: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class IssuerWords:
    heads: tuple[str, ...]
    inline_heads: tuple[str, ...]
    inline_blockers: tuple[str, ...]
    localities: tuple[str, ...]
    incomplete: tuple[str, ...]
    central: tuple[str, ...]  # central authorities named with no place (`ỦY BAN THƯỜNG VỤ QUỐC HỘI`)
    stripped: tuple[tuple[str, str], ...]  # `[issuer] stripped`: (as a web copy prints a word, the word)
    examples: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class FormalLabels:
    """The fixed labels of the formal parts (`[labels]` of issuer_markers.toml), as written."""

    @property
    def recipient_spellings(self) -> tuple[str, ...]:
        """`recipients` as written, then as OCR prints it (`recipients_marks_lost`)."""
        return (self.recipients, *self.recipients_marks_lost)

    number: str  # `Số`
    number_stripped: str  # `S` (`Số` with its letter lost, at a cell's start before its colon only)
    number_misread: tuple[str, ...]  # `Sé`, `số` (OCR's readings, at a cell's start before its colon only)
    number_typed: tuple[str, ...]  # `Nghị quyết số` (after the type's name, at a cell's start before its colon only)
    recipients: str  # `Nơi nhận`
    recipients_misread: str  # `Nơi nhân` (a scan's reading, before its colon only)
    recipients_marks_lost: tuple[str, ...]  # `Noi nhận`: as OCR prints it, read wherever `recipients` is
    annex: str  # `Phụ lục`
    recipient_examples: tuple[str, ...]
    annex_examples: tuple[str, ...]
    number_examples: tuple[tuple[str, str], ...]
    number_counter_examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


@dataclass(frozen=True)
class HeaderMarkers:
    motto: str
    slogan: str
    party: str
    examples: dict[str, tuple[str, ...]]
    issuer: IssuerWords
    openers: tuple[str, ...]
    opener_dated: frozenset[str]  # openers that open the body only before a day's digits (`Ngày 08 …`)
    opener_examples: tuple[str, ...]
    opener_counter_examples: tuple[str, ...]
    archive_units: frozenset[str]
    archive_examples: tuple[tuple[str, str, str], ...]
    stamps: tuple[str, ...]
    stamp_examples: tuple[str, ...]
    signed: str
    signed_examples: tuple[str, ...]
    signature_stamp: tuple[str, ...]  # `[signature_stamp]`: the labels of a digital signature's stamp
    signature_stamp_examples: tuple[str, ...]
    signature_stamp_counter_examples: tuple[str, ...]
    portal_metadata: tuple[str, ...]  # `[portal_metadata]`: the labels of a legal portal's metadata table
    portal_metadata_examples: tuple[str, ...]
    portal_metadata_counter_examples: tuple[str, ...]
    portal_metadata_bare: tuple[str, ...]  # and the labels of its rows kept with neither colon nor bar
    portal_metadata_bare_examples: tuple[str, ...]
    portal_metadata_bare_counter_examples: tuple[str, ...]
    portal_posted: tuple[str, ...]  # `[portal_posted]`: the labels of the stamp a portal posted a document with
    portal_posted_counters: tuple[str, ...]  # and the labels of the view counter that may close its line
    portal_posted_weekdays: tuple[str, ...]  # and the weekday names that may open it
    portal_posted_examples: tuple[str, ...]
    portal_posted_counter_examples: tuple[str, ...]
    portal_preview: tuple[str, ...]  # `[portal_preview]`: a document-sharing site's notice over its preview
    portal_preview_examples: tuple[str, ...]
    portal_preview_counter_examples: tuple[str, ...]
    portal_source: tuple[str, ...]  # `[portal_source]`: the labels of a collector's source address over its copy
    portal_source_examples: tuple[str, ...]
    portal_source_counter_examples: tuple[str, ...]
    portal_fulltext: tuple[str, ...]  # `[portal_fulltext]`: the labels of a legal site's caption above its copy
    portal_fulltext_examples: tuple[str, ...]
    portal_fulltext_counter_examples: tuple[str, ...]
    portal_related: tuple[str, ...]  # `[portal_related]`: the marks of a legal site's list of related documents
    portal_related_examples: tuple[str, ...]
    portal_related_counter_examples: tuple[str, ...]
    page_controls: tuple[str, ...]  # `[page_controls]`: the captions of a portal's print/copy controls
    page_controls_examples: tuple[str, ...]
    page_controls_counter_examples: tuple[str, ...]
    drawing_names: tuple[str, ...]  # `[drawing_names]`: a word processor's names for the shapes it draws
    drawing_names_examples: tuple[str, ...]
    drawing_names_counter_examples: tuple[str, ...]
    gazette_heads: tuple[str, ...]  # `[gazette_heads]`: the names a gazette's running head opens with
    gazette_heads_examples: tuple[str, ...]
    gazette_heads_counter_examples: tuple[str, ...]
    photo_credits: tuple[str, ...]  # `[photo_caption]`: the labels of a photo's credit that close a caption line
    photo_plain: tuple[str, ...]  # the credits that name no one (`Ảnh minh họa`)
    photo_lines: tuple[str, ...]  # the labels of a credit that stands only alone on its line (`Nguồn`)
    photo_opening: tuple[str, ...]  # the labels that open a caption, its description after the colon (`Ảnh:`)
    photo_name_longest: int  # characters of the name after a credit's colon, at most
    photo_caption_examples: tuple[str, ...]
    photo_caption_counter_examples: tuple[str, ...]


@cache
def document_types() -> tuple[DocumentType, ...]:
    raw = load_toml("document_types.toml")["types"]
    return tuple(
        DocumentType(
            code=t["code"],
            names=tuple(t.get("names", ())),
            family=t.get("family", "state"),
            legacy=bool(t.get("legacy", False)),
            examples=tuple(t.get("examples", ())),
            party_code=t.get("party_code"),
            letter=bool(t.get("letter", False)),
            invitation=bool(t.get("invitation", False)),
            report=bool(t.get("report", False)),
            untitled=bool(t.get("untitled", False)),
            subjects=tuple(t.get("subjects", ())),
            subject_examples=tuple(t.get("subject_examples", ())),
            subject_counter_examples=tuple(t.get("subject_counter_examples", ())),
        )
        for t in raw
    )


@cache
def party_codes() -> dict[str, str]:
    """A state code → the code HD 36 gives the same type line in a Party document (`QyĐ` → `QĐi`)."""
    return {t.code: t.party_code for t in document_types() if t.party_code}


@cache
def letter_codes() -> frozenset[str]:
    """The codes of the types that are letters to the bodies they are sent to (`letter = true`: `CV`)."""
    return frozenset(t.code for t in document_types() if t.letter)


@cache
def untitled_code() -> str:
    """The code of the one type printed with no type name (`untitled = true`: `CV`): its trích yếu follows `V/v`,
    and a state symbol with no type code (`123/UBND-VP`) is one."""
    (code,) = (t.code for t in document_types() if t.untitled)
    return code


@cache
def invitation_codes() -> frozenset[str]:
    """The codes of the types that call a meeting still to come (`invitation = true`: `GM`)."""
    return frozenset(t.code for t in document_types() if t.invitation)


@cache
def report_codes() -> frozenset[str]:
    """The codes of the types that account for what was done (`report = true`: `BC`)."""
    return frozenset(t.code for t in document_types() if t.report)


@cache
def invitation_names() -> tuple[str, ...]:
    """The type names of those types as printed (`GIẤY MỜI HỌP`, `GIẤY MỜI`)."""
    return tuple(n for t in document_types() if t.invitation for n in t.names)


@cache
def _invitation_subject_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold_chars(s).split()) for t in document_types() if t.invitation for s in t.subjects)


def invitation_subject(subject: str | None) -> bool:
    """Does a công văn's trích yếu open as an invitation's does (`Mời họp …`: `subjects` of an invitation type)?"""
    if not subject:
        return False
    words = fold_chars(subject).split()
    return any(tuple(words[: len(w)]) == w for w in _invitation_subject_words())


@cache
def type_codes() -> frozenset[str]:
    return frozenset(t.code for t in document_types())


@cache
def authority_markers() -> tuple[Marker, ...]:
    raw = load_toml("authority_markers.toml")["markers"]
    return tuple(
        Marker(
            marker=m["marker"],
            family=m["family"],
            forms=tuple(m["forms"]),
            examples=tuple((e[0], e[1], e[2]) for e in m.get("examples", ())),
        )
        for m in raw
    )


@cache
def titles() -> Titles:
    data = load_toml("authority_markers.toml")
    raw, names = data["titles"], data["names"]
    return Titles(
        heads=tuple(raw["heads"]),
        qualifiers=tuple(raw["qualifiers"]),
        deputy=raw["deputy"],
        examples=tuple((e[0], e[1], e[2]) for e in raw.get("examples", ())),
        surnames=frozenset(n.upper() for n in names["surnames"]),
        name_examples=tuple((e[0], e[1], e[2]) for e in names["examples"]),
        name_openers=frozenset(names["openers"]),
        opener_examples=tuple((e[0], e[1], e[2]) for e in names["opener_examples"]),
        name_prefixes=tuple(names["prefixes"]),
        prefix_examples=tuple((e[0], e[1], e[2]) for e in names["prefix_examples"]),
    )


@cache
def header_markers() -> HeaderMarkers:
    raw = load_toml("issuer_markers.toml")
    iss = raw["issuer"]
    return HeaderMarkers(
        motto=raw["motto"]["pattern"],
        slogan=raw["slogan"]["pattern"],
        party=raw["party"]["pattern"],
        examples={k: tuple(raw[k]["examples"]) for k in ("motto", "slogan", "party")},
        issuer=IssuerWords(
            heads=tuple(iss["heads"]),
            inline_heads=tuple(iss["inline_heads"]),
            inline_blockers=tuple(iss["inline_blockers"]),
            localities=tuple(iss["localities"]),
            incomplete=tuple(iss["incomplete"]),
            central=tuple(iss["central"]),
            stripped=tuple((e[0], e[1]) for e in iss["stripped"]),
            examples=tuple((e[0], e[1], e[2]) for e in iss.get("examples", ())),
        ),
        openers=tuple(raw["openers"]["words"]),
        opener_dated=frozenset(raw["openers"]["dated"]),
        opener_examples=tuple(raw["openers"]["examples"]),
        opener_counter_examples=tuple(raw["openers"]["counter_examples"]),
        archive_units=frozenset(raw["archive"]["unit_codes"]),
        archive_examples=tuple((e[0], e[1], e[2]) for e in raw["archive"]["examples"]),
        stamps=tuple(raw["stamps"]["words"]),
        stamp_examples=tuple(raw["stamps"]["examples"]),
        signed=raw["signed"]["pattern"],
        signed_examples=tuple(raw["signed"]["examples"]),
        signature_stamp=tuple(raw["signature_stamp"]["labels"]),
        signature_stamp_examples=tuple(raw["signature_stamp"]["examples"]),
        signature_stamp_counter_examples=tuple(raw["signature_stamp"]["counter_examples"]),
        portal_metadata=tuple(raw["portal_metadata"]["labels"]),
        portal_metadata_examples=tuple(raw["portal_metadata"]["examples"]),
        portal_metadata_counter_examples=tuple(raw["portal_metadata"]["counter_examples"]),
        portal_metadata_bare=tuple(raw["portal_metadata"]["bare_labels"]),
        portal_metadata_bare_examples=tuple(raw["portal_metadata"]["bare_examples"]),
        portal_metadata_bare_counter_examples=tuple(raw["portal_metadata"]["bare_counter_examples"]),
        portal_posted=tuple(raw["portal_posted"]["labels"]),
        portal_posted_counters=tuple(raw["portal_posted"]["counters"]),
        portal_posted_weekdays=tuple(raw["portal_posted"]["weekdays"]),
        portal_posted_examples=tuple(raw["portal_posted"]["examples"]),
        portal_posted_counter_examples=tuple(raw["portal_posted"]["counter_examples"]),
        portal_preview=tuple(raw["portal_preview"]["labels"]),
        portal_preview_examples=tuple(raw["portal_preview"]["examples"]),
        portal_preview_counter_examples=tuple(raw["portal_preview"]["counter_examples"]),
        portal_source=tuple(raw["portal_source"]["labels"]),
        portal_source_examples=tuple(raw["portal_source"]["examples"]),
        portal_source_counter_examples=tuple(raw["portal_source"]["counter_examples"]),
        portal_fulltext=tuple(raw["portal_fulltext"]["labels"]),
        portal_fulltext_examples=tuple(raw["portal_fulltext"]["examples"]),
        portal_fulltext_counter_examples=tuple(raw["portal_fulltext"]["counter_examples"]),
        portal_related=tuple(raw["portal_related"]["marks"]),
        portal_related_examples=tuple(raw["portal_related"]["examples"]),
        portal_related_counter_examples=tuple(raw["portal_related"]["counter_examples"]),
        page_controls=tuple(raw["page_controls"]["labels"]),
        page_controls_examples=tuple(raw["page_controls"]["examples"]),
        page_controls_counter_examples=tuple(raw["page_controls"]["counter_examples"]),
        drawing_names=tuple(raw["drawing_names"]["labels"]),
        drawing_names_examples=tuple(raw["drawing_names"]["examples"]),
        drawing_names_counter_examples=tuple(raw["drawing_names"]["counter_examples"]),
        gazette_heads=tuple(raw["gazette_heads"]["labels"]),
        gazette_heads_examples=tuple(raw["gazette_heads"]["examples"]),
        gazette_heads_counter_examples=tuple(raw["gazette_heads"]["counter_examples"]),
        photo_credits=tuple(raw["photo_caption"]["credits"]),
        photo_plain=tuple(raw["photo_caption"]["plain"]),
        photo_lines=tuple(raw["photo_caption"]["lines"]),
        photo_opening=tuple(raw["photo_caption"]["opening"]),
        photo_name_longest=int(raw["photo_caption"]["name_longest"]),
        photo_caption_examples=tuple(raw["photo_caption"]["examples"]),
        photo_caption_counter_examples=tuple(raw["photo_caption"]["counter_examples"]),
    )


@cache
def formal_labels() -> FormalLabels:
    raw = load_toml("issuer_markers.toml")["labels"]
    return FormalLabels(
        number=raw["number"],
        number_stripped=raw["number_stripped"],
        number_misread=tuple(raw["number_misread"]),
        number_typed=tuple(raw["number_typed"]),
        recipients=raw["recipients"],
        recipients_misread=raw["recipients_misread"],
        recipients_marks_lost=tuple(raw["recipients_marks_lost"]),
        annex=raw["annex"],
        recipient_examples=tuple(raw["recipient_examples"]),
        annex_examples=tuple(raw["annex_examples"]),
        number_examples=tuple((a, b) for a, b in (e.split("|") for e in raw["number_examples"])),
        number_counter_examples=tuple(raw["number_counter_examples"]),
        counter_examples=tuple(raw["counter_examples"]),
    )
