"""The meeting of a notice, an invitation or a letter: date, chair, participants (elided nouns expanded)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chidao.documents.data import load_toml
from chidao.documents.data.formal import titles
from chidao.documents.extract.meeting import _chair, after_meeting, read_meeting
from chidao.documents.model import DocDate, DocType, Document, Source
from chidao.documents.text import split_lines

NOTICE_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN\nSố: 88/TB-UBND\nTHÔNG BÁO\n"

CASES = [
    pytest.param(
        "Sáng ngày 20/3/2024, UBND huyện tổ chức phiên họp thường kỳ tháng 3. Đồng chí Lê Văn Tâm - Chủ tịch UBND "
        "huyện chủ trì cuộc họp. Sau khi nghe báo cáo, đồng chí Chủ tịch UBND huyện kết luận:",
        None,
        "2024-03-20",
        ("Lê Văn Tâm", "Chủ tịch UBND huyện"),
        [],
        id="news-body-holds-comrade-chairs",
    ),
    pytest.param(
        NOTICE_HEAD
        + "Ngày 04/6/2021, đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp nghe báo "
        "cáo tiến độ dự án đường tránh. Tham dự cuộc họp có đại diện lãnh đạo các sở, ngành: Tài chính, Xây dựng, "
        "Giao thông vận tải, Văn phòng UBND tỉnh và UBND huyện Đồng Mỏ.\nSau khi nghe báo cáo, đồng chí kết luận:",
        None,
        "2021-06-04",
        ("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh"),
        ["Sở Tài chính", "Sở Xây dựng", "Sở Giao thông vận tải", "Văn phòng UBND tỉnh", "UBND huyện Đồng Mỏ"],
        id="notice-dong-chi",
    ),
    pytest.param(
        "Ngày 12 tháng 3 năm 2025, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Lê Minh Khoa chủ trì cuộc họp "
        "về Đề án. Tham dự cuộc họp có lãnh đạo các Bộ: Công Thương, Tư pháp, đại diện các Bộ: Xây dựng, Nội vụ.",
        None,
        "2025-03-12",
        ("Lê Minh Khoa", "Phó Thủ tướng Chính phủ"),
        ["Bộ Công Thương", "Bộ Tư pháp", "Bộ Xây dựng", "Bộ Nội vụ"],
        id="notice-title-then-name",
    ),
    pytest.param(
        "THÔNG BÁO\nKết luận của đồng chí Vũ Thành Đạt - Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về\n"
        "tiến độ giải ngân vốn đầu tư công\n"
        "Ngày 20 tháng 9 năm 2024, Ủy ban nhân dân tỉnh tổ chức cuộc họp về tiến độ giải ngân. Dự họp có đồng chí "
        "Hà Thị Lan - Phó Chủ tịch Ủy ban nhân dân tỉnh; đại diện Lãnh đạo các Sở: Tài chính, Nội vụ, Văn phòng "
        "Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường có dự án chậm giải ngân.",
        None,
        "2024-09-20",
        ("Vũ Thành Đạt", "Chủ tịch Ủy ban nhân dân tỉnh"),
        [
            "Hà Thị Lan - Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Sở Tài chính",
            "Sở Nội vụ",
            "Văn phòng Ủy ban nhân dân tỉnh",
            "Chủ tịch Ủy ban nhân dân các xã, phường có dự án chậm giải ngân",
        ],
        id="notice-chair-from-subject",
    ),
    pytest.param(
        "GIẤY MỜI HỌP\nỦy ban nhân dân tỉnh tổ chức họp về công tác phòng chống thiên tai, cụ thể như sau:\n"
        "1. Thời gian: 14 giờ 00, ngày 20/5/2020.\n2. Địa điểm: Phòng họp số 2, trụ sở UBND tỉnh.\n"
        "Chủ trì cuộc họp:\n- Kính mời đồng chí Đỗ Văn Nam, Chủ tịch UBND tỉnh;\n"
        "- Kính mời đồng chí Phạm Thu Hà, Phó Chủ tịch UBND tỉnh.\nThành phần:\n"
        "- Đại diện Lãnh đạo các Sở: Nội vụ, Y tế, Văn phòng UBND tỉnh;\n- Đại diện Bộ Chỉ huy Quân sự tỉnh.\n"
        "3. Công tác chuẩn bị:\n- Giao Sở Nội vụ chuẩn bị báo cáo.",
        None,
        "2020-05-20",
        ("Đỗ Văn Nam", "Chủ tịch UBND tỉnh"),
        [
            "Phạm Thu Hà, Phó Chủ tịch UBND tỉnh",
            "Sở Nội vụ",
            "Sở Y tế",
            "Văn phòng UBND tỉnh",
            "Đại diện Bộ Chỉ huy Quân sự tỉnh",
        ],
        id="invitation-labels",
    ),
    pytest.param(
        "GIẤY MỜI\nLãnh đạo UBND tỉnh tổ chức cuộc họp vào Thứ Năm, ngày 9/4/2020, từ 08h00 tại Hội trường A.\n"
        "* Thành phần mời dự:\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Đại diện Thường trực HĐND tỉnh;\n"
        "Để nghe và cho ý kiến về một số nội dung.",
        None,
        "2020-04-09",
        (None, "Lãnh đạo UBND tỉnh"),
        ["Chủ tịch, các Phó Chủ tịch UBND tỉnh", "Đại diện Thường trực HĐND tỉnh"],
        id="invitation-sentence",
    ),
    pytest.param(
        "Số: 215/UBND-VX\nXét đề nghị của Sở Y tế; căn cứ kết luận của tập thể Thường trực UBND tỉnh tại cuộc họp "
        "ngày 05 tháng 3 năm 2019, Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Giao Sở Y tế chủ trì thực hiện.",
        None,
        "2019-03-05",
        None,
        ["Thường trực UBND tỉnh"],
        id="letter-cites-meeting",
    ),
    pytest.param(
        "Ngày 02 tháng 11 năm 2023, tại Trụ sở Chính phủ, Thủ tướng Chính phủ đã tiếp Đại sứ Nhật Bản tại Việt "
        "Nam. Thủ tướng Chính phủ có ý kiến như sau:",
        None,
        "2023-11-02",
        (None, "Thủ tướng Chính phủ"),
        ["Đại sứ Nhật Bản tại Việt Nam"],
        id="reception",
    ),
    pytest.param(
        "Ngày 9/3, đồng chí Nông Văn Tâm, Bí thư Huyện ủy chủ trì hội nghị. Cùng dự hội nghị có lãnh đạo Sở Tài "
        "chính, Sở Xây dựng.",
        "2022-03-15",
        "2022-03-09",
        ("Nông Văn Tâm", "Bí thư Huyện ủy"),
        ["Sở Tài chính", "Sở Xây dựng"],
        id="day-without-year",
    ),
    pytest.param(
        "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\nĐiều 1. Phê duyệt Kế hoạch số 12/KH-SYT ngày 03/01/2021.\n"
        "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.",
        None,
        None,
        None,
        None,
        id="no-meeting",
    ),
    pytest.param(
        "Ngày 12/3/2024, Thủ tướng Chính phủ ban hành Chỉ thị số 09/CT-TTg về tổ chức thực hiện các giải pháp "
        "thúc đẩy giải ngân vốn đầu tư công. Để triển khai kịp thời, UBND tỉnh yêu cầu các sở thực hiện.",
        None,
        None,
        None,
        None,
        id="dated-sentence-is-no-meeting",
    ),
    pytest.param(
        "Ngày 15/8/2022, đồng chí Lò Văn Sơn, Phó Chủ tịch Thường trực UBND tỉnh đã chủ trì buổi làm việc với "
        "UBND huyện Mường Tè. Tham dự buổi làm việc có đại diện lãnh đạo các sở: Nông nghiệp và Phát triển nông "
        "thôn, Tài nguyên và Môi trường.",
        None,
        "2022-08-15",
        ("Lò Văn Sơn", "Phó Chủ tịch Thường trực UBND tỉnh"),
        ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"],
        id="working-session",
    ),
    pytest.param(
        "Chiều ngày 03/10/2023, Ban Thường vụ Huyện ủy họp, nghe báo cáo tiến độ xây dựng nông thôn mới. Hội nghị do "
        "đồng chí Vi Thị Hoa, Bí thư Huyện ủy chủ trì. Tham gia hội nghị gồm các đồng chí Ủy viên Ban Thường vụ.",
        None,
        "2023-10-03",
        ("Vi Thị Hoa", "Bí thư Huyện ủy"),
        ["các đồng chí Ủy viên Ban Thường vụ"],
        id="party-chaired-by",
    ),
    pytest.param(
        "GIẤY MỜI\nSở Tài chính tổ chức cuộc họp rà soát dự toán vào lúc 08 giờ 30 phút, thứ Ba, ngày 14/11/2023 "
        "tại phòng họp tầng 2.\nThành phần: - Đại diện Kho bạc Nhà nước tỉnh;\n- Đại diện Cục Thuế tỉnh.",
        None,
        "2023-11-14",
        None,
        ["Đại diện Kho bạc Nhà nước tỉnh", "Đại diện Cục Thuế tỉnh"],
        id="invitation-time-in-sentence",
    ),
    pytest.param(
        "GIẤY MỜI\nNgày 02 tháng 3 năm 2021\nChủ trì: đồng chí Giàng A Páo, Phó Giám đốc Sở.\n"
        "Thành phần: đại diện Phòng Kế hoạch - Tài chính.",
        "2021-03-02",
        None,
        ("Giàng A Páo", "Phó Giám đốc Sở"),
        ["đại diện Phòng Kế hoạch - Tài chính"],
        id="invitation-without-time",
    ),
    pytest.param(
        "GIẤY MỜI\nHọp giao ban công tác tháng 6\n- Vào lúc: 07 giờ 30 phút, thứ Sáu, ngày 26/6/2020.\n"
        "- Địa điểm: Hội trường Huyện ủy.\n- Chủ trì: đồng chí Bí thư Huyện ủy.",
        "2020-06-22",
        "2020-06-26",
        (None, "Bí thư Huyện ủy"),
        [],
        id="invitation-vao-luc",
    ),
    pytest.param(
        "Ngày 05/8/2021, đồng chí Chủ tịch UBND Tỉnh đã chủ trì cuộc họp trực tuyến về phòng, chống dịch.",
        None,
        "2021-08-05",
        (None, "Chủ tịch UBND Tỉnh"),
        [],
        id="title-without-name",
    ),
    pytest.param(
        "THÔNG BÁO\nKết luận của đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 06/4/2022\n"
        "về công tác phòng cháy, chữa cháy rừng\nĐể chủ động ứng phó, UBND tỉnh yêu cầu các đơn vị thực hiện:",
        None,
        "2022-04-06",
        ("Lê Quang Vinh", "Phó Chủ tịch UBND tỉnh"),
        [],
        id="date-in-title-only",
    ),
    pytest.param(
        "Thực hiện Chương trình công tác năm 2022, ngày 18/02/2022, đồng chí Mai Văn Sáng, Chủ tịch UBND huyện đã "
        "chủ trì cuộc họp giao ban. Dự họp có Trưởng các phòng, ban chuyên môn thuộc UBND huyện.",
        None,
        "2022-02-18",
        ("Mai Văn Sáng", "Chủ tịch UBND huyện"),
        ["Trưởng các phòng, ban chuyên môn thuộc UBND huyện"],
        id="date-after-a-clause",
    ),
    pytest.param(
        "THÔNG BÁO\nKết luận của đồng chí H'Lan Niê - Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về\n"
        "công tác bảo vệ rừng\n"
        "Ngày 9 tháng 10 năm 2024, Ủy ban nhân dân tỉnh tổ chức cuộc họp về công tác bảo vệ rừng. Dự họp có "
        "đồng chí Y Khăm Niê - Phó Chủ tịch Ủy ban nhân dân tỉnh.",
        None,
        "2024-10-09",
        ("H'Lan Niê", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ["Y Khăm Niê - Phó Chủ tịch Ủy ban nhân dân tỉnh"],
        id="names-with-an-apostrophe",
    ),
    pytest.param(
        "Ngày 2 tháng 4 năm 2025, Chủ tịch UBND tỉnh Ksor H’Bia chủ trì cuộc họp về Đề án.",
        None,
        "2025-04-02",
        ("Ksor H’Bia", "Chủ tịch UBND tỉnh"),
        [],
        id="title-then-name-with-an-apostrophe",
    ),
]


def parse(text: str, date: str | None) -> Document:
    doc = Document(source=Source(name="test"), text=text)
    if date:
        d = dt.date.fromisoformat(date)
        doc.date = DocDate(text=date, year=d.year, month=d.month, day=d.day)
    if "GIẤY MỜI" in text:
        doc.type = DocType(code="GM", name="GIẤY MỜI")
    read_meeting(doc, split_lines(text))
    return doc


@pytest.mark.parametrize(("text", "doc_date", "date", "chair", "participants"), CASES)
def test_read_meeting(
    text: str,
    doc_date: str | None,
    date: str | None,
    chair: tuple[str | None, str | None] | None,
    participants: list[str] | None,
) -> None:
    doc = parse(text, doc_date)
    meeting = doc.meeting
    if date is None and chair is None:
        assert meeting is None
        return
    assert meeting is not None
    assert meeting.date == (dt.date.fromisoformat(date) if date else None)
    assert (meeting.chair.name, meeting.chair.title) == chair if chair else meeting.chair is None
    assert meeting.participants == participants


@pytest.mark.parametrize(("text", "doc_date", "date", "chair", "participants"), CASES)
def test_span_covers_the_meeting(
    text: str, doc_date: str | None, date: str | None, chair: object, participants: object
) -> None:
    meeting = parse(text, doc_date).meeting
    if meeting is None:
        return
    assert meeting.span is not None
    start, end = meeting.span
    assert 0 <= start < end <= len(text)
    assert text[start:end].strip()


MEETING_WORDS = [
    "Ngày 13/5/2020,",
    "đồng chí",
    "Hồ Văn An,",
    "Phó Chủ tịch UBND tỉnh",
    "chủ trì cuộc họp",
    "Tham dự",
    "có",
    "các sở:",
    "Tài chính,",
    "Xây dựng",
    "và",
    "UBND huyện X.",
    "\n",
    "- ",
    "Thời gian:",
    "Chủ trì:",
    "Thành phần:",
    "GIẤY MỜI",
    "tổ chức họp vào",
    "ngày 20/5/2020",
    ";",
    "Kết luận của",
    "tại cuộc họp",
    "các xã, phường:",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MEETING_WORDS), max_size=30).map(" ".join) | st.text(max_size=120))
def test_any_text_gives_a_valid_meeting(text: str) -> None:
    doc = Document(source=Source(name="test"), text=text)
    read_meeting(doc, split_lines(text))
    if doc.meeting and doc.meeting.span:
        start, end = doc.meeting.span
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(("who", "title", "name"), titles().opener_examples)
def test_chair_named_after_a_place(who: str, title: str, name: str) -> None:
    """A title ending in a place run into the name (`Chủ tịch UBND tỉnh Gia Lai Ksor Bia`): `[names]` examples."""
    chair = _chair(who)
    assert (chair.title, chair.name) == (title, name)


_MEETING_WORDS = load_toml("meeting_words.toml")
_BODY = "\nNgày 20 tháng 5 năm 2026, Ủy ban nhân dân huyện tổ chức họp với các xã.\n"


@pytest.mark.parametrize(
    "subject", _MEETING_WORDS["meeting_nouns"]["examples"] + _MEETING_WORDS["meeting_nouns"]["counter_examples"]
)
def test_meeting_nouns(subject: str) -> None:
    """`[meeting_nouns]` of meeting_words.toml: `Kết luận của X tại <noun> ...` names the chair of the meeting."""
    line, *chair = subject.split("|")
    meeting = parse("THÔNG BÁO\n" + line + _BODY, None).meeting
    found = meeting.chair if meeting is not None else None
    assert ((found.name, found.title) if found is not None else None) == (tuple(chair) or None)


_NOTICE = "THÔNG BÁO\nNgày 20/5/2026, Chủ tịch UBND huyện chủ trì cuộc họp về phòng chống thiên tai. "


@pytest.mark.parametrize(
    "example",
    [e for t in ("representing", "addressing") for k in ("examples", "counter_examples") for e in _MEETING_WORDS[t][k]],
)
def test_representing_and_addressing(example: str) -> None:
    """`[representing]`, `[addressing]` of meeting_words.toml: the words before a participant's name that say whom
    he comes for or how he is addressed are dropped; the same syllables inside a name stay."""
    sentence, participants = example.split("|")
    meeting = parse(_NOTICE + sentence, None).meeting
    assert meeting is not None and meeting.participants == participants.split(";")


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _MEETING_WORDS["field_labels"][k]]
)
def test_field_labels(example: str) -> None:
    """`[field_labels]` of meeting_words.toml: the labels of a meeting's time, chair and participants, and the
    words an entry after them opens with (`Kính mời`), dropped."""
    text, date, chair, participants = example.split("|")
    meeting = parse(text, None).meeting
    if not date:
        assert meeting is None
        return
    assert meeting is not None and meeting.date is not None
    assert meeting.date == dt.date.fromisoformat(date)
    assert (meeting.chair.name if meeting.chair else "") == chair
    assert meeting.participants == participants.split(";")


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _MEETING_WORDS["attendance"][k]]
)
def test_attendance(example: str) -> None:
    """`[attendance]` of meeting_words.toml: the words that say who attended a notice's meeting."""
    sentence, participants = example.split("|")
    meeting = parse(_NOTICE + sentence, None).meeting
    assert meeting is not None and meeting.participants == (participants.split(";") if participants else [])


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _MEETING_WORDS["opening"][k]]
)
def test_opening(example: str) -> None:
    """`[opening]` of meeting_words.toml: a notice's opening sentence, its day words and its verbs (who chaired,
    who was received)."""
    sentence, date, chair, participants = example.split("|")
    meeting = parse("THÔNG BÁO\n" + sentence, None).meeting
    if not date:
        assert meeting is None
        return
    assert meeting is not None and meeting.date == dt.date.fromisoformat(date)
    assert (meeting.chair.name or "" if meeting.chair else "") == chair
    assert meeting.participants == (participants.split(";") if participants else [])


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _MEETING_WORDS["not_name_syllables"][k]]
)
def test_not_name_syllables(example: str) -> None:
    """`[not_name_syllables]` of meeting_words.toml: a chair written with a body's word is no person."""
    who, name = example.split("|")
    assert (_chair(who).name or "") == name



@pytest.mark.parametrize("example", [e for k in ("examples", "counter_examples") for e in _MEETING_WORDS["after_meeting"][k]])
def test_after_meeting(example: str) -> None:
    """`[after_meeting]` of meeting_words.toml: work put after the meeting (an example) does not take its day; work
    that serves it (a counter-example) does."""
    assert after_meeting(example) is (example in _MEETING_WORDS["after_meeting"]["examples"])
