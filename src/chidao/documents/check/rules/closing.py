"""Nơi nhận (ô 9b) and Kính gửi (ô 9a): the list, its dashes and semicolons, `Như trên`, `Lưu: VT, …`.

ND30 PL I §II.9: each recipient on its own line starting with `-` and ending with `;`; the last line
`- Lưu: VT, <unit>.` ends with a full stop; a document with `Kính gửi` starts its list with `Như trên`.
A Party document writes `- Lưu Văn phòng …` without a colon or `VT`: those two rules are state-only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import line_of, trim
from chidao.documents.model import Document
from chidao.documents.parts.addressees import ALIAS_BRACKET
from chidao.documents.text import fold

_DASH = re.compile(r"^\s*[-–+•]")
# `- Lưu: VT, QHQT (2).GT`: the number of copies closes the line, the drafter's initials (ô 12) follow it.
_COPIES_THEN_DRAFTER = re.compile(r"\(\d+\s*b?\)\.\s*[A-ZĐ][A-Za-zĐđ]{0,4}$")


def _raw(doc: Document, span: tuple[int, int] | None) -> str:
    return doc.text[span[0] : span[1]].strip() if span else ""


_LIST_AFTER_HEADING = re.compile(r"Nơi\s+nhận\W{0,6}(?:[^\n]*\n){0,3}?[ \t|*]*[-–+•]\s*\w", re.IGNORECASE)


def missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    # A list under a `Nơi nhận` heading that the closing parser did not read is not a missing list.
    if not doc.recipients and doc.archive is None and not _LIST_AFTER_HEADING.search(doc.text):
        yield Hit(None, "Không thấy phần Nơi nhận; có thể do bản xuất làm mất")


def nhu_tren(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not doc.addressees or not doc.recipients:
        return
    first = doc.recipients[0]
    if not fold(first.text).startswith("nhu "):
        yield Hit(first.span, "Văn bản có “Kính gửi” thì dòng đầu của Nơi nhận là “- Như trên;”")


def dash(doc: Document, ctx: Context) -> Iterator[Hit]:
    items = [(r.span, r.text) for r in doc.recipients]
    if doc.archive is not None:
        items.append((doc.archive.span, doc.archive.text))
    for span, text in items:
        if span is not None and not _DASH.match(_raw(doc, span)):
            yield Hit(span, f"Mỗi dòng Nơi nhận bắt đầu bằng dấu gạch đầu dòng “-”: “- {text}”")


def line_end(doc: Document, ctx: Context) -> Iterator[Hit]:
    # Without a Lưu line the list may be cut short by the export: its last line proves nothing.
    for r in doc.recipients if doc.archive is not None else doc.recipients[:-1]:
        raw = _raw(doc, r.span)
        if r.span is None or not raw or raw.endswith(";") or (doc.family == "party" and raw.endswith(",")):
            continue  # Party lists (HD 36) may close each line with a comma
        end = r.span[0] + len(doc.text[r.span[0] : r.span[1]].rstrip())
        yield Hit((end - 1 if raw[-1] in ".,:" else end, end),
                  f"Dòng Nơi nhận kết thúc bằng dấu chấm phẩy “;” (đang là “{raw[-1]}”)" if raw[-1] in ".,:" else
                  "Dòng Nơi nhận thiếu dấu chấm phẩy “;” ở cuối")


# a short name given to the list after an addressee (`ALIAS_BRACKET`), then the mark that closes the line, if any
_ALIAS_AFTER = re.compile(rf"[;.,]?{ALIAS_BRACKET.pattern}\s*(?P<mark>[;.,|]?)", re.IGNORECASE)


def addressee_punctuation(doc: Document, ctx: Context) -> Iterator[Hit]:
    """Several Kính gửi lines: each starts with `-` and ends with `;`, the last with `.`."""
    spans = [a.span for a in doc.addressees if a.span is not None]
    if len(spans) < 2:
        return
    for k, (start, stop) in enumerate(spans):
        raw = _raw(doc, (start, stop))
        want = "." if k == len(spans) - 1 else ";"
        if (alias := _ALIAS_AFTER.match(doc.text, stop)) is not None:
            # `- UBND các huyện (sau đây gọi tắt là …).`: the line closes after the short name given to the list
            if alias["mark"] in (want, "|") or (alias["mark"] == "" and raw.endswith(want)):
                continue
            raw, stop = " ".join((raw + doc.text[stop : alias.end()]).split()), alias.end()
        if raw and not raw.endswith(want) and not raw.endswith("|"):
            end = start + len(doc.text[start:stop].rstrip())
            yield Hit((end - 1, end) if raw[-1] in ".,;:" else (end, end),
                      f"Dòng Kính gửi {'cuối cùng ' if want == '.' else ''}kết thúc bằng dấu “{want}”: “{raw}”")


def archive_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if doc.recipients and doc.archive is None:
        last = doc.recipients[-1]
        yield Hit(last.span, "Nơi nhận thiếu dòng “- Lưu: VT, …” (bản lưu tại Văn thư); có thể do bản xuất làm mất")


def archive_vt(doc: Document, ctx: Context) -> Iterator[Hit]:
    a = doc.archive
    if a is not None and not any(h.strip().upper() == "VT" for h in a.holders) and not re.search(r"\bVT\b", a.text):
        yield Hit(a.span, "Dòng Lưu phải có “VT” (bản lưu tại Văn thư): “- Lưu: VT, …”")


def archive_colon(doc: Document, ctx: Context) -> Iterator[Hit]:
    a = doc.archive
    if a is not None and re.match(r"Lưu\s*[^\s:]", a.text, re.IGNORECASE):
        yield Hit(a.span, f"Sau “Lưu” có dấu hai chấm: “Lưu: {a.text[3:].strip()}”")


def archive_stop(doc: Document, ctx: Context) -> Iterator[Hit]:
    a = doc.archive
    if a is None or a.span is None:
        return
    start, end = line_of(doc.text, a.span[0])
    cell = doc.text.find("|", a.span[0], end)  # a flattened table row: the Lưu cell ends at the bar
    start, end = trim(doc.text, (max(start, a.span[0]), cell if cell >= 0 else end))
    line = doc.text[start:end]
    if end > start and not line.endswith(".") and not _COPIES_THEN_DRAFTER.search(line):
        yield Hit((start, end), "Dòng Lưu kết thúc bằng dấu chấm “.”")


RULES = [
    Rule(
        code="recipients.missing",
        severity="warning",
        message="Thiếu Nơi nhận",
        find=missing,
        bad=(samples.state(recipients=""),),
        good=(samples.state(), samples.party()),
    ),
    Rule(
        code="recipients.nhu-tren",
        severity="warning",
        message="Văn bản có “Kính gửi” thì Nơi nhận bắt đầu bằng “Như trên”",
        find=nhu_tren,
        bad=(samples.letter(recipients="Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, KT."),),
        good=(samples.letter(), samples.state()),
    ),
    Rule(
        code="recipients.dash",
        severity="warning",
        message="Dòng Nơi nhận thiếu dấu gạch đầu dòng",
        find=dash,
        bad=(samples.state(recipients="Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\nCác sở, ban, ngành tỉnh;\n"
                                      "- Lưu: VT, NC."),),
        good=(samples.state(), samples.party()),
    ),
    Rule(
        code="recipients.line-end",
        severity="warning",
        message="Dòng Nơi nhận kết thúc bằng dấu chấm phẩy",
        find=line_end,
        bad=(samples.state(recipients="Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh,\n- Các sở, ban, ngành tỉnh;\n"
                                      "- Lưu: VT, NC."),),
        good=(samples.state(), samples.party(), samples.letter(),
              samples.party(recipients="Nơi nhận:\n- Các huyện ủy, thành ủy,\n- Lưu Văn phòng Tỉnh ủy.")),
    ),
    Rule(
        code="addressees.punctuation",
        severity="warning",
        message="Dấu câu cuối dòng Kính gửi chưa đúng",
        find=addressee_punctuation,
        bad=(samples.letter(kinh_gui="Kính gửi:\n- Sở Tài chính,\n- Sở Xây dựng."),
             samples.letter(kinh_gui="Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng;"),
             samples.letter(kinh_gui="Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng\n(sau đây gọi chung là các sở);")),
        good=(samples.letter(), samples.letter(kinh_gui="Kính gửi: Sở Tài chính"),
              samples.letter(kinh_gui="Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng\n(sau đây gọi chung là các sở)."),
              samples.letter(kinh_gui="Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng (sau đây gọi tắt là các sở).")),
    ),
    Rule(
        code="recipients.archive-missing",
        severity="warning",
        message="Nơi nhận thiếu dòng Lưu",
        find=archive_missing,
        bad=(samples.state(recipients="Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh."),),
        good=(samples.state(), samples.party()),
    ),
    Rule(
        code="archive.vt-missing",
        severity="warning",
        message="Dòng Lưu thiếu “VT”",
        find=archive_vt,
        families=("state",),
        bad=(samples.state(recipients="Nơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu: NC."),),
        good=(samples.state(), samples.state(recipients="Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT, KT(HVTr).")),
    ),
    Rule(
        code="archive.colon",
        severity="warning",
        message="Thiếu dấu hai chấm sau “Lưu”",
        find=archive_colon,
        families=("state",),
        bad=(samples.state(recipients="Nơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu VT, NC."),),
        good=(samples.state(),),
    ),
    Rule(
        code="archive.final-stop",
        severity="warning",
        message="Dòng Lưu kết thúc bằng dấu chấm",
        find=archive_stop,
        bad=(samples.state(recipients="Nơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, NC"),),
        good=(samples.state(), samples.party(),
              samples.state(recipients="Nơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, NC (2).HVA")),
    ),
]
