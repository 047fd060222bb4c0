"""The wordings of `data/lead_ins.toml`: every table's `examples` are read as the table says, its
`counter_examples` are not."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.extract.assignees import read_unit
from chidao.documents.extract.clauses import assignment, helps_only, opens_topic
from chidao.documents.extract.segments import doer_line
from chidao.documents.extract.task_frames import (
    DESCRIBING,
    DUTY_END,
    DUTY_HEADING_LOOSE,
    GUIDANCE,
    GUIDANCE_LEAD,
    REFERS_BACK,
    SILENT_HEADINGS,
    SPEECH,
    TARGET,
    Frame,
    field_label,
    particular_with_value,
    predicate_is,
    pure_lead,
    quotes_law,
    report_heading,
    silent_heading,
)
from chidao.documents.extract.tasks import (
    _ASIDE_ROLE,
    _ASKS,
    _CARRIES_ON,
    _DATED_OPENING,
    _DATES_ABOVE,
    _HEADING_FILLER,
    _HELPING,
    _INTRODUCES,
    _LEAD_ONLY,
    _LEAD_ROLE,
    _NOTES_OR_CASE,
    _REPORTS_BACK,
    _SENDS_REPORT,
    _TOPICS_LEAD,
    ITEM_NOTE,
    _duty_title,
    _enacts,
    _guided,
    _holds_parts,
    _inline_lead,
    _issuer_turns_to,
    _recounted,
    _sums_up,
    _urged,
    attachment_note,
    recommends,
    units_for,
)
from chidao.documents.model import DocDate, Document, Source
from chidao.documents.text import fold

LEAD_INS = load_toml("lead_ins.toml")


def _cases(table: str) -> list[tuple[str, bool]]:
    """(sentence, whether the table's rule holds for it): its examples, then its counter-examples."""
    return [(e, True) for e in LEAD_INS[table]["examples"]] + [(c, False) for c in LEAD_INS[table]["counter_examples"]]


def test_every_table_has_examples_and_counter_examples():
    for name, table in LEAD_INS.items():
        assert table["examples"] and table["counter_examples"], name


@pytest.mark.parametrize(("lead_in", "holds"), _cases("notes_or_case"))
def test_notes_or_case(lead_in, holds):
    assert (_NOTES_OR_CASE.match(lead_in) is not None) is holds


@pytest.mark.parametrize(("paragraph", "holds"), _cases("dates_above"))
def test_dates_above(paragraph, holds):
    assert (_DATES_ABOVE.match(paragraph) is not None) is holds


@pytest.mark.parametrize(("paragraph", "holds"), _cases("carries_on"))
def test_carries_on(paragraph, holds):
    assert (_CARRIES_ON.match(paragraph) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("asks"))
def test_asks(sentence, holds):
    assert (_ASKS.search(sentence) is not None) is holds


@pytest.mark.parametrize(("lead_in", "holds"), _cases("guides"))
def test_guides(lead_in, holds):
    found = assignment(lead_in)
    assert found is not None and found.subject
    assert (_guided(lead_in, found) is not None) is holds


@pytest.mark.parametrize(("item", "holds"), _cases("intro_clause"))
def test_intro_clause(item, holds):
    found = assignment(item)
    assert found is not None
    assert _issuer_turns_to(Frame(depth=1, marked=True, mode="yêu cầu"), item, found) is holds


@pytest.mark.parametrize(("point", "holds"), _cases("topic_title"))
def test_topic_title(point, holds):
    assert opens_topic(point) is holds


@pytest.mark.parametrize(("lead_in", "holds"), _cases("topics_lead"))
def test_topics_lead(lead_in, holds):
    assert (_TOPICS_LEAD.search(lead_in) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("recounted"))
def test_recounted(sentence, holds):
    doc = Document(source=Source(name="letter.txt"), text="", date=DocDate(text="ngày 02 tháng 12 năm 2024", year=2024, month=12, day=2))
    assert _recounted(sentence, doc) is holds


@pytest.mark.parametrize(("lead_in", "holds"), _cases("contents_lead"))
def test_contents_lead(lead_in, holds):
    assert _holds_parts(lead_in) is holds


@pytest.mark.parametrize(("lead_in", "holds"), _cases("guidance_lead"))
def test_guidance_lead(lead_in, holds):
    assert (GUIDANCE_LEAD.search(lead_in) is not None) is holds


@pytest.mark.parametrize(("title", "holds"), _cases("duty_heading"))
def test_duty_heading(title, holds):
    assert _duty_title(title) is holds


@pytest.mark.parametrize(
    ("heading", "owner"),
    list(zip(LEAD_INS["duty_heading"]["loose_examples"], LEAD_INS["duty_heading"]["loose_owners"], strict=True)),
)
def test_loose_duty_heading(heading, owner):
    m = DUTY_HEADING_LOOSE.search(heading)
    assert m is not None and m.group(1) == owner


@pytest.mark.parametrize(("lead_in", "holds"), _cases("duty_end"))
def test_duty_end(lead_in, holds):
    assert (DUTY_END.search(lead_in) is not None) is holds


@pytest.mark.parametrize(("lead_in", "holds"), _cases("introduces"))
def test_introduces(lead_in, holds):
    assert (_INTRODUCES.search(lead_in) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("refers_back"))
def test_refers_back(sentence, holds):
    assert (REFERS_BACK.search(sentence) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("reports_back"))
def test_reports_back(sentence, holds):
    assert (_REPORTS_BACK.match(sentence) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("sends_report"))
def test_sends_report(sentence, holds):
    assert (_SENDS_REPORT.match(sentence) is not None) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("issuer_speech"))
def test_issuer_speech(sentence, holds):
    """What follows the name of the unit the sentence opens with."""
    unit = read_unit(sentence, 0)
    assert unit is not None
    assert predicate_is(sentence[unit.end :], SPEECH) is holds


@pytest.mark.parametrize(("lead_in", "holds"), _cases("describing"))
def test_describing(lead_in, holds):
    """What follows the name of the unit the lead-in opens with."""
    unit = read_unit(lead_in, 0)
    assert unit is not None
    assert predicate_is(lead_in[unit.end :], DESCRIBING) is holds


@pytest.mark.parametrize(("heading", "holds"), _cases("silent_headings"))
def test_silent_headings(heading, holds):
    assert silent_heading(fold(heading)) is holds


@pytest.mark.parametrize(("paragraph", "holds"), _cases("item_note"))
def test_item_note(paragraph, holds):
    """A paragraph that only explains the list item above it."""
    assert paragraph.startswith(ITEM_NOTE) is holds


@pytest.mark.parametrize(("rest", "holds"), _cases("lead_filler"))
def test_lead_filler(rest, holds):
    assert pure_lead(rest) is holds


@pytest.mark.parametrize(("statement", "holds"), _cases("lead_role"))
def test_lead_role(statement, holds):
    """What follows the name of the unit the statement opens with."""
    unit = read_unit(statement, 0)
    assert unit is not None
    assert (_LEAD_ROLE.match(statement, unit.end) is not None) is holds


@pytest.mark.parametrize("lead_in", LEAD_INS["urges"]["examples"])
def test_urges(lead_in):
    text, units = lead_in.split("|")
    found = _urged(text)
    assert found is not None and found[0] == units.split(";")


@pytest.mark.parametrize("lead_in", LEAD_INS["urges"]["counter_examples"])
def test_urges_counter_examples(lead_in):
    assert _urged(lead_in) is None


@pytest.mark.parametrize(("rest", "holds"), _cases("helping"))
def test_helping(rest, holds):
    m = _HELPING.match(rest)
    assert (m is not None and m.end() > 0) is holds


@pytest.mark.parametrize(
    ("rest", "holds"),
    [(e, True) for e in LEAD_INS["helping"]["lead_only_examples"]]
    + [(c, False) for c in LEAD_INS["helping"]["lead_only_counter_examples"]],
)
def test_lead_only(rest, holds):
    assert (_LEAD_ONLY.match(rest) is not None) is holds


@pytest.mark.parametrize(
    ("rest", "holds"),
    [(e, True) for e in LEAD_INS["helping"]["helps_only_examples"]]
    + [(c, False) for c in LEAD_INS["helping"]["helps_only_counter_examples"]],
)
def test_helps_only(rest, holds):
    """`…, Sở B phối hợp.`: a helper's verb closing its clause (`closing` of `[helping]`)."""
    assert helps_only(rest) is holds


@pytest.mark.parametrize(("sentence", "holds"), _cases("quoted_law"))
def test_quoted_law(sentence, holds):
    assert quotes_law(sentence) is holds


@pytest.mark.parametrize("item", LEAD_INS["target"]["examples"])
def test_target(item):
    text, target = item.split("|")
    m = TARGET.match(text)
    assert m is not None and m.group(1).strip(" ,.") == target


@pytest.mark.parametrize("item", LEAD_INS["target"]["counter_examples"])
def test_target_counter_examples(item):
    assert TARGET.match(item) is None


@pytest.mark.parametrize(("heading", "holds"), _cases("guidance"))
def test_guidance(heading, holds):
    """A heading of guidance is silent (its items are nobody's task)."""
    assert fold(heading).startswith(GUIDANCE) is holds
    assert silent_heading(fold(heading)) is holds


@pytest.mark.parametrize(
    ("line", "holds"),
    [(e, True) for e in LEAD_INS["silent_headings"]["particular_examples"]]
    + [(e, False) for e in LEAD_INS["silent_headings"]["particular_counter_examples"]],
)
def test_particular_with_value(line, holds):
    """A numbered particular of an event with its value on the line is no title over the paragraphs after it."""
    assert particular_with_value(line) is holds


@pytest.mark.parametrize("heading", LEAD_INS["silent_headings"]["unless_examples"])
def test_silent_heading_unless(heading):
    """Opens like a report but names duties: not silent."""
    assert SILENT_HEADINGS.match(fold(heading)) is not None and not silent_heading(fold(heading))


@pytest.mark.parametrize(
    ("heading", "holds"),
    [(e, True) for e in LEAD_INS["silent_headings"]["report_examples"]]
    + [(e, False) for e in LEAD_INS["silent_headings"]["report_counter_examples"]],
)
def test_report_heading(heading, holds):
    """In a report, a heading over its account of what was done, `nhiệm vụ` or not, unless it looks ahead."""
    assert report_heading(fold(heading)) is holds


@pytest.mark.parametrize(("heading", "holds"), _cases("recommending"))
def test_recommending(heading, holds):
    assert recommends(heading) is holds


@pytest.mark.parametrize(("rest", "holds"), _cases("heading_filler"))
def test_heading_filler(rest, holds):
    """What follows a heading's units says no more than who (at most two more words)."""
    assert (len(_HEADING_FILLER.sub(" ", fold(rest)).split()) <= 2) is holds


@pytest.mark.parametrize("clause", LEAD_INS["helping"]["coordinator_examples"])
def test_coordinators(clause):
    """The units after the helper words (or `cùng với`, `cùng các`) help the subject."""
    text, units = clause.split("|")
    found = assignment(text)
    assert found is not None and [name for m in found.coordinators for name in m.names] == [u for u in units.split(";") if u]


@pytest.mark.parametrize("aside", ["chịu trách nhiệm, ", "có trách nhiệm ", "chủ trì "])
def test_aside_role(aside):
    assert _ASIDE_ROLE.match(f" {aside}rà soát") is not None


@pytest.mark.parametrize(("sentence", "holds"), _cases("dated_opening"))
def test_dated_opening(sentence, holds):
    assert (_DATED_OPENING.match(sentence) is not None) is holds


@pytest.mark.parametrize(("paragraph", "holds"), _cases("sums_up"))
def test_sums_up(paragraph, holds):
    assert _sums_up(paragraph) is holds


@pytest.mark.parametrize(("paragraph", "holds"), _cases("enacting"))
def test_enacting(paragraph, holds):
    """`[enacting]`: `QUYẾT NGHỊ:` closing a paragraph ends the preamble."""
    assert _enacts(paragraph) is holds


@pytest.mark.parametrize(("lead", "holds"), _cases("for_units"))
def test_for_units(lead, holds):
    """`[for_units]`: a lead naming units alone (`Đối với UBND các xã:`) gives them the items below."""
    assert bool(units_for(lead)) is holds


def _voices() -> list[tuple[list[str], bool]]:
    table = LEAD_INS["voice"]
    return [(e, True) for e in table["examples"]] + [(c, False) for c in table["counter_examples"]]


@pytest.mark.parametrize(("case", "speaks"), _voices())
def test_voice(case, speaks):
    from chidao.documents.extract.task_frames import speaks_for
    from chidao.documents.model import Document, Issuer, Source

    issuer, parent, body = case
    doc = Document(Source("x.txt"), "", issuer=Issuer(issuer, parent or None) if issuer else None)
    assert speaks_for([body], doc) is speaks


_INLINE_LEAD = load_toml("lead_ins.toml")["inline_lead"]


@pytest.mark.parametrize("example", _INLINE_LEAD["examples"] + _INLINE_LEAD["counter_examples"])
def test_inline_lead(example):
    """`[inline_lead]`: a task's text starts after a lead-in run into it on its line, not after a topic."""
    sentence, start = example.split("|")
    found = assignment(sentence)
    assert found is not None
    assert sentence[_inline_lead(sentence, found) :].startswith(start)


@pytest.mark.parametrize(("paragraph", "holds"), _cases("attachment_note"))
def test_attachment_note(paragraph, holds):
    """A bracket alone that says what goes with the letter."""
    assert attachment_note(paragraph) is holds


def test_an_attachment_note_leaves_the_request_above_to_be_dated():
    """`… đề nghị … xây dựng báo cáo …` / `(Có đề cương chi tiết gửi kèm)` / `Báo cáo … gửi về … trước ngày …`: the
    paragraph after the note dates the request (`[carries_on]`), the note between asks nothing."""
    from chidao.documents import parse_text

    text = (
        "ỦY BAN DÂN TỘC\nSố: 45/UBDT-DTTS\nV/v báo cáo sơ kết đề án\nHà Nội, ngày 05 tháng 4 năm 2026\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
        "Để có cơ sở tổng hợp, Ủy ban Dân tộc đề nghị UBND các tỉnh, thành phố xây dựng báo cáo sơ kết thực hiện "
        "Đề án giai đoạn 2021-2025.\n\n(Có đề cương chi tiết gửi kèm)\n\n"
        "Báo cáo sơ kết gửi về Ủy ban Dân tộc trước ngày 20 tháng 5 năm 2026 để tổng hợp.\n\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nTHỨ TRƯỞNG, PHÓ CHỦ NHIỆM\nLò Văn Sơn\n"
    )
    tasks = parse_text(text).tasks
    assert len(tasks) == 1 and tasks[0].deadline is not None and str(tasks[0].deadline.due) == "2026-05-20"


@pytest.mark.parametrize(("text", "speaker"), [
    *((t, name) for t, name in load_toml("lead_ins.toml")["body_speaker"]["examples"]),
    *((t, None) for t in load_toml("lead_ins.toml")["body_speaker"]["counter_examples"]),
])
def test_body_speaker(text, speaker):
    """The unit a copy without its header speaks as, where it reports or asks upward."""
    from chidao.documents.extract.task_frames import body_speaker

    assert body_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "asks"),
    [(e, True) for e in LEAD_INS["closing_asks"]["examples"]]
    + [(e, False) for e in LEAD_INS["closing_asks"]["counter_examples"]],
)
def test_closing_asks(text, asks):
    """`[closing_asks]`: the words a closing request opens with, which dates a lead-in's list."""
    from chidao.documents.extract.tasks import _CLOSING_ASKS

    assert (_CLOSING_ASKS.match(text) is not None) is asks


@pytest.mark.parametrize(("line", "holds"), _cases("doer_line"))
def test_doer_line(line, holds):
    """`[doer_line]`: units, then only who prepares a programme's item and when."""
    assert doer_line(line) is holds


def test_field_label():
    """A meeting's field label alone on its line, closed by its colon, titles the participants under it; one that
    holds its value on the line does not."""
    labels = LEAD_INS["silent_headings"]
    assert [e for e in labels["label_examples"] if not field_label(e)] == []
    assert [e for e in labels["label_counter_examples"] if field_label(e)] == []
