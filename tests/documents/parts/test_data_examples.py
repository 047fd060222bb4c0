"""Every `examples` entry of the formal-part data files, run through the function that uses it."""

from __future__ import annotations

import re

import pytest

from chidao.documents.data import load_toml
from chidao.documents.data.formal import (
    authority_markers,
    document_types,
    formal_labels,
    header_markers,
    titles,
    untitled_code,
)
from chidao.documents.extract.references import _type_code
from chidao.documents.parts.addressees import starts_with_opener
from chidao.documents.parts.archive import read_archive
from chidao.documents.parts.issuer import group_bodies
from chidao.documents.parts.number import read_number
from chidao.documents.parts.signature import read_signature, split_title
from chidao.documents.parts.type_subject import find_type_name
from chidao.documents.pipeline import parse_text
from chidao.documents.text import fold_chars

TYPE_EXAMPLES = [(t.code, e) for t in document_types() for e in t.examples]
MARKER_EXAMPLES = [e for m in authority_markers() for e in m.examples]


@pytest.mark.parametrize(("code", "line"), TYPE_EXAMPLES)
def test_type_examples_map_to_their_code(code: str, line: str) -> None:
    hit = find_type_name(line)
    assert hit is not None and hit[0] == 0
    assert hit[2] == code


@pytest.mark.parametrize(("line", "marker", "of"), MARKER_EXAMPLES)
def test_marker_examples_split_into_marker_and_of(line: str, marker: str, of: str) -> None:
    sig = read_signature([line], None)
    assert sig is not None
    assert [(a.marker, a.of) for a in sig.authority] == [(marker, of)]


@pytest.mark.parametrize(("glued", "of", "title"), titles().examples)
def test_title_examples_split_at_the_signers_title(glued: str, of: str, title: str) -> None:
    assert split_title(glued) == (of, title)


@pytest.mark.parametrize(
    ("kind", "line"), [(k, e) for k, es in header_markers().examples.items() for e in es]
)
def test_header_mark_examples_are_found(kind: str, line: str) -> None:
    pattern = getattr(header_markers(), kind)
    assert re.search(pattern, fold_chars(line))


@pytest.mark.parametrize("line", load_toml("issuer_markers.toml")["party"]["counter_examples"])
def test_party_name_in_a_title_is_no_party_header(line: str) -> None:
    assert not re.search(header_markers().party, fold_chars(line))


@pytest.mark.parametrize(("lines", "parent", "name"), header_markers().issuer.examples)
def test_issuer_examples_group_into_bodies(lines: str, parent: str, name: str) -> None:
    bodies = group_bodies(lines.split("|"))
    assert bodies[-1] == name
    assert (bodies[-2] if len(bodies) > 1 else "") == parent


@pytest.mark.parametrize("line", header_markers().opener_examples)
def test_opener_examples_open_the_body(line: str) -> None:
    assert starts_with_opener(line)


@pytest.mark.parametrize("line", header_markers().opener_counter_examples)
def test_a_day_named_by_its_name_opens_no_body(line: str) -> None:
    assert not starts_with_opener(line)


@pytest.mark.parametrize(("line", "holder", "drafter"), header_markers().archive_examples)
def test_archive_examples(line: str, holder: str, drafter: str) -> None:
    archive = read_archive(line, None)
    assert holder in archive.holders
    assert (archive.drafter or "") == drafter


@pytest.mark.parametrize("text", header_markers().stamp_examples)
def test_stamp_examples_are_stamps(text: str) -> None:
    from chidao.documents.parts.header import is_stamp

    assert is_stamp(text)


@pytest.mark.parametrize("text", header_markers().signed_examples)
def test_signed_examples_are_signed_marks(text: str) -> None:
    from chidao.documents.parts.signature import is_signed_mark

    assert is_signed_mark(text)


@pytest.mark.parametrize(("lines", "title", "name"), titles().name_examples)
def test_capital_name_examples(lines: str, title: str, name: str) -> None:
    sig = read_signature(["KT. CHỦ TỊCH", *lines.split("|")], None)
    assert sig is not None and (sig.title, sig.name) == (title, name)


@pytest.mark.parametrize(("lines", "title", "name"), titles().prefix_examples)
def test_name_prefix_examples(lines: str, title: str, name: str) -> None:
    sig = read_signature(["KT. CHỦ TỊCH", *lines.split("|")], None)
    assert sig is not None and (sig.title, sig.name) == (title, name)


_LETTER = "UBND HUYỆN AN LẠC\nSố: 125/UBND-VP\nV/v rà soát hồ sơ đất đai\nKính gửi: Phòng Tài nguyên và Môi trường.\n"
_PARTY_LETTER = "HUYỆN ỦY AN LẠC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 128-{code}/HU\nchế độ hội nghị trong năm 2026\nKính gửi: Các chi bộ trực thuộc.\n"


def test_one_type_is_printed_with_no_type_name() -> None:
    """`untitled = true` of data/document_types.toml: a letter with `V/v` and no type line is of that type, so is a
    Party letter whose trích yếu follows its number, and a state symbol with no type code (`123/UBND-VP`)."""
    code = untitled_code()
    assert [t.code for t in document_types() if t.untitled] == [code]
    doc = parse_text(_LETTER)
    assert doc.type is not None and doc.type.code == code and doc.subject is not None
    party = parse_text(_PARTY_LETTER.format(code=code))
    assert party.family == "party" and party.subject is not None and party.subject.text.startswith("chế độ hội nghị")
    assert _type_code("UBND-VP", None, False) == code


def test_closing_label_examples() -> None:
    """`[labels]` of issuer_markers.toml: the lines that open the Nơi nhận block (read by the recipients reader;
    as written or in capitals, also where the body ends) and an appendix's heading; and lines that open neither."""
    from chidao.documents.extract.segments import _ANNEX, _CLOSING
    from chidao.documents.parts.recipients import is_noi_nhan

    found = formal_labels()
    assert all(is_noi_nhan(line) for line in found.recipient_examples)
    assert all(_CLOSING.match(line) for line in found.recipient_examples[:2])
    assert all(_ANNEX.match(line) for line in found.annex_examples)
    for line in found.counter_examples:
        assert not is_noi_nhan(line) and not _CLOSING.match(line) and not _ANNEX.match(line)


@pytest.mark.parametrize(("line", "symbol"), formal_labels().number_examples)
def test_number_label_examples(line: str, symbol: str) -> None:
    """`number` of `[labels]` in issuer_markers.toml: a number line opens with it (in capitals only before its
    colon at the start)."""
    found = read_number(line)
    assert found is not None and found[0].symbol == symbol


@pytest.mark.parametrize("line", formal_labels().number_counter_examples)
def test_number_label_counter_examples(line: str) -> None:
    assert read_number(line) is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [(e, True) for e in header_markers().signature_stamp_examples]
    + [(e, False) for e in header_markers().signature_stamp_counter_examples],
)
def test_signature_stamp_examples(line: str, stamp: bool) -> None:
    """`[signature_stamp]` of issuer_markers.toml: a digital signature's stamp line is page furniture."""
    from chidao.documents.parts.furniture import is_page_furniture

    assert is_page_furniture(line) is stamp


@pytest.mark.parametrize(
    ("line", "metadata"),
    [(e, True) for e in header_markers().portal_metadata_examples]
    + [(e, False) for e in header_markers().portal_metadata_counter_examples],
)
def test_portal_metadata_examples(line: str, metadata: bool) -> None:
    """`[portal_metadata]` of issuer_markers.toml: a line of a legal portal's metadata table."""
    from chidao.documents.parts.furniture import is_portal_metadata

    assert is_portal_metadata(line) is metadata


@pytest.mark.parametrize(
    ("line", "row"),
    [(e, True) for e in header_markers().portal_metadata_bare_examples]
    + [(e, False) for e in header_markers().portal_metadata_bare_counter_examples],
)
def test_portal_metadata_bare_examples(line: str, row: bool) -> None:
    """`bare_labels` of `[portal_metadata]` in issuer_markers.toml: a row of a portal's metadata table kept with
    neither colon nor bar."""
    from chidao.documents.parts.furniture import is_portal_metadata_bare

    assert is_portal_metadata_bare(line) is row


def test_bare_metadata_rows_count_only_as_a_run() -> None:
    """Three bare rows together end a portal's preamble; one such line alone (a sentence) does not."""
    from chidao.documents.parts.furniture import portal_preamble_end
    from chidao.documents.text import split_lines

    table = "Báo cáo kết quả quý I\nNgày ban hành 03/02/2025\nThể loại Văn bản\nNgười ký Trần Văn Bình\nỦY BAN NHÂN DÂN"
    assert portal_preamble_end(split_lines(table)) == 4
    alone = "Lĩnh vực Văn bản chỉ đạo điều hành\nỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 12/BC-UBND"
    assert portal_preamble_end(split_lines(alone)) == 0


_FIRST_PAGE = load_toml("issuer_markers.toml")["first_page_mark"]


@pytest.mark.parametrize(
    ("document", "issuer"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _FIRST_PAGE[k]],
)
def test_first_page_mark_examples(document: str, issuer: str) -> None:
    """`[first_page_mark]` of issuer_markers.toml: a sharing site's `Trang 1`, alone or glued to the header's first
    word, ends the site's lines above it; the header after it is read whole."""
    from chidao.documents import parse_text

    doc = parse_text(document + "\nNội dung.\n", check=False)
    assert doc.issuer is not None and doc.issuer.name == issuer


@pytest.mark.parametrize(
    ("line", "source"),
    [(e, True) for e in header_markers().portal_source_examples]
    + [(e, False) for e in header_markers().portal_source_counter_examples],
)
def test_portal_source_examples(line: str, source: bool) -> None:
    """`[portal_source]` of issuer_markers.toml: the address a crawl wrote over the copy it kept."""
    from chidao.documents.parts.furniture import is_portal_source

    assert is_portal_source(line) is source


@pytest.mark.parametrize(
    ("line", "notice"),
    [(e, True) for e in header_markers().portal_preview_examples]
    + [(e, False) for e in header_markers().portal_preview_counter_examples],
)
def test_portal_preview_examples(line: str, notice: bool) -> None:
    """`[portal_preview]` of issuer_markers.toml: a document-sharing site's notice over its preview."""
    from chidao.documents.parts.furniture import is_portal_preview

    assert is_portal_preview(line) is notice


@pytest.mark.parametrize(
    ("line", "posted"),
    [(e, True) for e in header_markers().portal_posted_examples]
    + [(e, False) for e in header_markers().portal_posted_counter_examples],
)
def test_portal_posted_examples(line: str, posted: bool) -> None:
    """`[portal_posted]` of issuer_markers.toml: the stamp a portal posted a document with, alone on its line."""
    from chidao.documents.parts.furniture import is_portal_posted

    assert is_portal_posted(line) is posted


@pytest.mark.parametrize(
    ("line", "caption"),
    [(e, True) for e in header_markers().portal_fulltext_examples]
    + [(e, False) for e in header_markers().portal_fulltext_counter_examples],
)
def test_portal_fulltext_examples(line: str, caption: bool) -> None:
    """`[portal_fulltext]` of issuer_markers.toml: a legal site's caption right above its copy of a document."""
    from chidao.documents.parts.furniture import is_portal_fulltext

    assert is_portal_fulltext(line) is caption


@pytest.mark.parametrize(
    ("line", "related"),
    [(e, True) for e in header_markers().portal_related_examples]
    + [(e, False) for e in header_markers().portal_related_counter_examples],
)
def test_portal_related_examples(line: str, related: bool) -> None:
    """`[portal_related]` of issuer_markers.toml: a line of a legal site's list of related documents above its copy."""
    from chidao.documents.parts.furniture import is_portal_related

    assert is_portal_related(line) is related


@pytest.mark.parametrize(
    ("line", "control"),
    [(e, True) for e in header_markers().page_controls_examples]
    + [(e, False) for e in header_markers().page_controls_counter_examples],
)
def test_page_controls_examples(line: str, control: bool) -> None:
    """`[page_controls]` of issuer_markers.toml: the caption of a portal's print control, alone on its line."""
    from chidao.documents.parts.furniture import is_page_control

    assert is_page_control(line) is control


@pytest.mark.parametrize(
    ("line", "caption"),
    [(e, True) for e in header_markers().photo_caption_examples]
    + [(e, False) for e in header_markers().photo_caption_counter_examples],
)
def test_photo_caption_examples(line: str, caption: bool) -> None:
    """`[photo_caption]` of issuer_markers.toml: a news page's photo caption closed by its credit, or a credit alone."""
    from chidao.documents.parts.furniture import is_photo_caption

    assert is_photo_caption(line) is caption


@pytest.mark.parametrize(
    ("cell", "drawn"),
    [(e, True) for e in header_markers().drawing_names_examples]
    + [(e, False) for e in header_markers().drawing_names_counter_examples],
)
def test_drawing_names_examples(cell: str, drawn: bool) -> None:
    """`[drawing_names]` of issuer_markers.toml: a drawn shape's name and number, left by a .doc's web copy, is page
    furniture."""
    from chidao.documents.parts.furniture import is_page_furniture

    assert is_page_furniture(cell) is drawn


@pytest.mark.parametrize(
    ("line", "mark"),
    [(e, True) for e in header_markers().copy_watermark_examples]
    + [(e, False) for e in header_markers().copy_watermark_counter_examples],
)
def test_copy_watermark_examples(line: str, mark: bool) -> None:
    """`[copy_watermark]` of issuer_markers.toml: a legal portal's hidden base64 mark, kept by a crawl as a line of its
    own, is page furniture; a title, a name in capitals, a symbol or a short code is not."""
    from chidao.documents.parts.furniture import is_page_furniture

    assert is_page_furniture(line) is mark


@pytest.mark.parametrize(
    ("line", "head"),
    [(e, True) for e in header_markers().gazette_heads_examples]
    + [(e, False) for e in header_markers().gazette_heads_counter_examples],
)
def test_gazette_heads_examples(line: str, head: bool) -> None:
    """`[gazette_heads]` of issuer_markers.toml: a gazette's running head, alone on its line."""
    from chidao.documents.readers.plain import is_gazette_head

    assert is_gazette_head(line) is head


@pytest.mark.parametrize("example", load_toml("issuer_markers.toml")["sent_at"]["examples"])
def test_sent_at_examples_date_a_telegram(example: str) -> None:
    """A Công điện's time of sending on its number line gives the document's date (`[sent_at]`)."""
    line, iso = example.split("|")
    doc = parse_text(f"BAN CHỈ ĐẠO TỈNH NAM AN\nCÔNG ĐIỆN\n{line}\n\nĐiện: Sở Y tế\n\nĐề nghị Sở Y tế theo dõi.\n", check=False)
    assert (doc.date.iso if doc.date else None) == (iso or None)


_INCOMING = load_toml("issuer_markers.toml")["incoming_stamp"]


@pytest.mark.parametrize("example", _INCOMING["examples"] + _INCOMING["counter_examples"])
def test_incoming_stamp_examples(example: str) -> None:
    """`[incoming_stamp]` of issuer_markers.toml: the lines of a receiving office's `ĐẾN` stamp."""
    from chidao.documents.parts.incoming_stamp import stamp_lines

    text, want = example.split("|")
    assert stamp_lines(text.split("\n")) == {int(i) for i in want.split(",") if i}


@pytest.mark.parametrize(("lines", "title", "name"), load_toml("authority_markers.toml")["farewell"]["examples"])
def test_farewell_examples(lines: str, title: str, name: str) -> None:
    """`[farewell]` of authority_markers.toml: a letter's `KÍNH THƯ` is no part of the signer's title."""
    signature = read_signature(lines.split("|"), None)
    assert signature is not None
    assert (signature.title, signature.name) == (title, name)
