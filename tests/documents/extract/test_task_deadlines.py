"""The deadlines of tasks (`extract/task_deadlines.py`): which documents call a meeting still to come."""

from __future__ import annotations

import pytest

from chidao.documents.data import load_toml
from chidao.documents.data.formal import invitation_codes, invitation_names, untitled_code
from chidao.documents.extract.task_deadlines import is_invitation, own_deadline
from chidao.documents.model import DocType, Document, Source, Subject


def _doc(text: str, code: str | None = None) -> Document:
    doc = Document(source=Source(name="x.txt"), text=text)
    if code is not None:
        doc.type = DocType(code=code, name="")
    return doc


@pytest.mark.parametrize("code", sorted(invitation_codes()))
def test_every_type_marked_an_invitation_is_one(code):
    """`invitation = true` of data/document_types.toml."""
    assert is_invitation(_doc("Kính mời dự họp.", code))


@pytest.mark.parametrize("name", invitation_names())
def test_a_text_without_a_type_is_an_invitation_by_a_line_opening_with_its_name(name):
    assert is_invitation(_doc(f"ỦY BAN NHÂN DÂN HUYỆN AN LẠC\n**{name}**\nKính mời dự họp."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kính mời dự họp.", "TB"),  # a notice of a meeting held
        ("THÔNG BÁO\nVề việc thu hồi giấy mời họp ngày 12/5/2026.", None),  # the name inside a line
    ],
)
def test_other_documents_are_no_invitations(text, code):
    assert not is_invitation(_doc(text, code))


def test_a_giay_moi_is_an_invitation_and_a_notice_is_not():
    assert "GM" in invitation_codes() and "TB" not in invitation_codes()


@pytest.mark.parametrize("row", load_toml("deadline_phrases.toml")["effective_since"]["examples"])
def test_period_from_the_day_an_act_stated_elsewhere_takes_effect(row):
    """`[effective_since]`: `trong 02 tháng, kể từ ngày Thông tư số … có hiệu lực` counted from the day the document
    says that act takes effect; the act's words are the deadline's."""
    text, due = row.split("|")
    task = text.splitlines()[-1]
    found = own_deadline(task, Document(source=Source(name="x.txt"), text=text))
    assert found is not None and found.kind == "relative"
    assert (found.due.isoformat() if found.due else "") == due
    assert found.text is not None and "có hiệu lực" in found.text


@pytest.mark.parametrize("row", load_toml("deadline_phrases.toml")["period_above"]["examples"])
def test_work_within_a_period_stated_above_is_due_on_its_last_day(row):
    """`[period_above]`: `Trong thời gian góp ý nêu trên, …` is due on the last day of the range the document stated
    before it (`từ ngày … đến ngày …`); a day of the task's own words wins, and with no range above, none."""
    text, due = row.split("|")
    task = text.splitlines()[-1]
    found = own_deadline(task, Document(source=Source(name="x.txt"), text=text))
    assert (found.due.isoformat() if found is not None and found.due else "") == due


@pytest.mark.parametrize("row", load_toml("deadline_phrases.toml")["opening_date"]["examples"])
def test_a_text_with_no_header_date_takes_the_year_its_opening_tells(row):
    """`[opening_date]`: with no header date, the first full date on the text's first lines gives the year to the
    days and periods its tasks name without one; a date further down gives none."""
    text, due = row.split("|")
    text = text.replace("\\n", "\n")
    task = text.splitlines()[-1]
    found = own_deadline(task, Document(source=Source(name="x.txt"), text=text))
    assert (found.due.isoformat() if found is not None and found.due else "") == due


_SUBJECT_EXAMPLES = [(s, True) for t in load_toml("document_types.toml")["types"] for s in t.get("subject_examples", ())]
_SUBJECT_COUNTERS = [
    (s, False) for t in load_toml("document_types.toml")["types"] for s in t.get("subject_counter_examples", ())
]


@pytest.mark.parametrize(("subject", "invites"), _SUBJECT_EXAMPLES + _SUBJECT_COUNTERS)
def test_a_letter_whose_subject_invites_is_an_invitation(subject, invites):
    """`subjects` of an invitation type in data/document_types.toml: a công văn so headed calls a meeting (a Party
    committee invites by letter); a letter of another subject, and a notice so headed, do not."""
    letter = _doc("Kính gửi: Các đồng chí Uỷ viên Ban Thường vụ.", untitled_code())
    letter.subject = Subject(text=subject)
    assert is_invitation(letter) is invites
    notice = _doc("Kính gửi: Các đồng chí Uỷ viên Ban Thường vụ.", "TB")
    notice.subject = Subject(text=subject)
    assert not is_invitation(notice)
