"""The faster scans of `clauses` find exactly what the plain patterns find."""

from __future__ import annotations

import random
import re

import pytest

from chidao.documents.extract import clauses as c
from chidao.documents.extract.assignees import read_units
from chidao.documents.extract.prefilter import opening_strings

_PIECES = [
    "giao", "GIAO", "Giao cho", "kính đề nghị", "KÍNH ĐỀ NGHỊ", "đề nghị", "Đề Nghị", "yêu cầu", "chỉ thị",
    "phân công", "kiến nghị", "xkính đề nghị", "gıao", "İ", "ı", "phối hợp", "Phối hợp", "kết hợp", "Kết hợp", "cùng", "cùng với ", "Cùng với ",
    "cùng các ", "chặt chẽ ", "với ", "Sở Y tế", "các ", "chuyển", "để ", "xđể ", ".", "!", "?", "TP.", "1.2.",
    "٣", "(", "“", "”", "\"", ")", "A", "Đ", "Ab", "x", " ", "  ", "\n", ",", ";", "_",
]


def _texts(count: int = 20000, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 9))) for _ in range(count)]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("pattern", "openers"),
    [(c._COORD, c._COORD_OPENERS), (c._SENTENCE_END, c._STOPS), (c._FORWARD, ("chuyển",)), (c._SO_THAT, ("để",))],
)
def test_matches_found_by_their_openers_are_finditer(pattern: re.Pattern[str], openers: tuple[str, ...]) -> None:
    for text in _texts():
        start = len(text) // 3
        assert _spans(c._matches(pattern, openers, text, start)) == _spans(pattern.finditer(text, start)), text


def test_verbs_found_in_the_lowered_text_are_finditer() -> None:
    pattern = c._assign_pattern()
    for text in _texts():
        lowered = text.lower()
        low = lowered if len(lowered) == len(text) and "ı" not in text and "İ" not in text else None
        found, pos = [], 0
        while (m := c._next_verb(text, low, pos)) is not None:
            found.append(m)
            pos = m.end()
        assert _spans(found) == _spans(pattern.finditer(text)), text


def test_abbreviation_dot_read_from_near_it() -> None:
    for text in _texts():
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            assert c._abbreviation(text, dot) == (c._ABBREV_DOT.search(text, 0, dot + 1) is not None), text


def test_exclusion_screens_hold_in_every_example() -> None:
    """Each `contains` test's needle (and clauses) stand in every sentence the test matches."""
    rules = c._rules()["exclusions"]
    sentences = [c.fold(e).lstrip("-+*•. ") for kind in rules.values() for e in kind["examples"]]
    for _kind, found, needle, more in c._contains():
        for folded in sentences:
            if found(folded):
                assert needle in folded
                assert all(any(s in folded for s in clause) for clause in more)


def _plain_excluded(text: str) -> str | None:
    """`excluded` as defined: the kinds in order, every `contains` pattern of each searched in full."""
    sentence = c.fold(text).lstrip("-+*•. ")
    for kind, starts in c._starts():
        if sentence.startswith(starts):
            return kind
    for kind, patterns in c._exclusion_kinds():
        if any(p.search(sentence) for p in patterns):
            return kind
    return None


def _exclusion_texts(count: int = 20000, seed: int = 11) -> list[str]:
    """The exclusion examples, and texts spliced from them: cut, joined, run on, behind an item's mark."""
    rules = c._rules()["exclusions"]
    examples = [e for kind in rules.values() for e in kind.get("examples", ())]
    words = [w for e in examples for w in e.split()] + ["số 12/UBND,", "ngày 5/3/2026,", "(nếu có)", ";", ":", "."]
    rnd = random.Random(seed)
    texts = list(examples)
    for _ in range(count):
        a, b = rnd.choice(examples), rnd.choice(examples)
        cut = rnd.randrange(len(a) + 1)
        texts.append(
            rnd.choice(
                [
                    a[:cut] + b[cut:],
                    a[cut:],
                    " ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 30))),
                    f"{rnd.choice(['- ', '1. ', '', '* '])}{a} {' '.join(rnd.choice(words) for _ in range(4))}",
                    f"{' '.join(rnd.choice(words) for _ in range(3))} {b}",
                ]
            )
        )
    return texts


def test_exclusion_screen_tells_the_kind_the_plain_loop_tells() -> None:
    """`excluded` tries only the tests filed under a sentence's opening and words: the same kind as every pattern
    searched in order."""
    told = 0
    for text in _exclusion_texts():
        kind = _plain_excluded(text)
        assert c.excluded(text) == kind, text
        told += kind is not None
    assert told > 5000  # (the texts reach the rules)


def test_opening_strings_open_every_match() -> None:
    """Every sentence an anchored exclusion pattern matches opens with one of its `opening_strings`."""
    assert opening_strings(re.compile(r"^(?![^.;]*\bso \d)ngay \d")) == {"ngay "}
    assert opening_strings(re.compile(r"^(trong )?qua trinh")) == {"trong qua trinh", "qua trinh"}
    assert opening_strings(re.compile(r"^[^.;]{0,80}\bneu")) is None
    assert opening_strings(re.compile(r"ngay \d")) is None  # (not anchored)
    sentences = [c.fold(t).lstrip("-+*•. ") for t in _exclusion_texts(4000)]
    for _kind, patterns in c._exclusion_kinds():
        for p in patterns:
            opens = opening_strings(p)
            if opens is not None:
                assert all(s.startswith(tuple(opens)) for s in sentences if p.match(s)), p.pattern


def test_literal_runs() -> None:
    assert c._literal_runs(re.compile(r"(thong bao|gui) (de|den|cho)[^.]{0,140}\bbiet\b")) == [" ", "biet"]
    assert c._literal_runs(re.compile(r"ab(?:cd)ef")) == ["abcdef"]
    assert c._literal_runs(re.compile(r"abc", re.I)) == []


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        # the unit after the comma goes on the list a report is sent to: no subject of its own
        (
            "Định kỳ hằng quý có báo cáo kết quả của đơn vị gửi Sở Công Thương, Trung tâm Khuyến công tỉnh "
            "qua đó rút kinh nghiệm trong chỉ đạo.",
            None,
        ),
        # a condition closed by the comma: the unit after it is the subject
        ("Định kỳ hằng quý, sau khi gửi báo cáo cho Sở Y tế, Sở Tài chính tổng hợp báo cáo UBND tỉnh.", "Sở Tài chính"),
        ("Định kỳ 6 tháng, hằng năm, Sở Nội vụ tổng hợp báo cáo UBND tỉnh.", "Sở Nội vụ"),
        # ... or the list of helpers after `phối hợp với`, the first one's name read short of its last words
        ("Thực hiện phối hợp với các ngân hàng thương mại cổ phần, các công ty tài chính để rà soát dư nợ.", None),
        ("Thực hiện phối hợp với Sở Y tế, Sở Xây dựng kiểm tra an toàn thực phẩm.", None),
        ("Thực hiện phối hợp với các hợp tác xã nông nghiệp, các doanh nghiệp chế biến, các công ty bảo hiểm để rà soát.", None),
        # ... but a unit after the helpers' own work opens a clause of its own
        ("Phối hợp với các quỹ tín dụng kiểm tra, các tổ chức tài chính vi mô báo cáo dư nợ.", None),
    ],
)
def test_subject_after_a_comma_that_closes_a_list_of_recipients(clause: str, subject: str | None) -> None:
    found = c.assignment(clause)
    assert (found.assignees[0].names[0] if found is not None else None) == subject


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a group after an introductory phrase's comma opens the subject, with the units listed after it
        ("Định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12), các cơ quan, đơn vị, UBND các xã, thị trấn "
         "báo cáo kết quả.", ["các cơ quan, đơn vị", "UBND các xã, thị trấn"]),
        ("Hằng quý, các sở, ban, ngành gửi báo cáo về Sở Tài chính.", ["các sở, ban, ngành"]),
        ("Căn cứ kết quả kiểm tra, Sở Y tế xử lý.", ["Sở Y tế"]),
        # `Đối với` is both a linking adverb and an opener: the subject after the comma that ends its phrase
        ("Đối với chợ đêm xã Tân Hòa, UBND xã có trách nhiệm sắp xếp lại các gian hàng.", ["UBND xã"]),
        ("Đối với Khu tái định cư Đồng Mát, Ban Quản lý dự án huyện hoàn thiện hạ tầng.",
         ["Ban Quản lý dự án huyện"]),
        # the deadline put first, before its comma
        ("Trước ngày 18/12, các Sở Giáo dục và Đào tạo gửi báo cáo về Bộ.", ["các Sở Giáo dục và Đào tạo"]),
        ("Chậm nhất ngày 10/12/2025, UBND các xã, phường gửi danh sách về Sở Nội vụ.", ["UBND các xã, phường"]),
        ("Trước 16 giờ 00 ngày 28/11/2025, Trung tâm Y tế huyện gửi số ca mắc về Sở Y tế.", ["Trung tâm Y tế huyện"]),
        # ... or after the semicolon that closes a phrase of no comma, the whole list after it (not its tail from the
        # list's first comma on)
        ("Căn cứ chỉ tiêu kế hoạch được giao; các cơ quan, đơn vị, UBND các huyện, thành phố triển khai giao chỉ tiêu "
         "chi tiết.", ["các cơ quan, đơn vị", "UBND các huyện, thành phố"]),
        ("Căn cứ Quyết định số 12/QĐ-UBND; các sở, ban, ngành, UBND các xã rà soát danh mục.",
         ["các sở, ban, ngành", "UBND các xã"]),
        # ... a comma before the semicolon keeps the commas' reading (`Căn cứ A, B; …`)
        ("Căn cứ kết quả kiểm tra, Sở Y tế xử lý; Sở Công Thương phối hợp.", ["Sở Y tế"]),
    ],
)
def test_subject_after_an_introductory_phrase(sentence, names):
    found = c.assignment(sentence)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a comma closes the clause that narrows the group, then the group's work (a verb of task_verbs.toml)
        ("Các địa phương có dự án chậm tiến độ, rà soát nguyên nhân, báo cáo UBND tỉnh.", ["Các địa phương có dự án chậm tiến độ"]),
        ("UBND các huyện có tên tại Phụ lục, chuyển kinh phí còn dư về Quỹ tỉnh.", ["UBND các huyện có tên tại Phụ lục"]),
        ("Các xã được giao chỉ tiêu, tổ chức thực hiện đúng tiến độ.", ["Các xã được giao chỉ tiêu"]),
    ],
)
def test_subject_narrowed_then_a_comma(sentence, names):
    found = c.assignment(sentence)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "sentence",
    [
        # ... not a pair of words the clause holds (`khó khăn, vướng mắc`), nor more words on the group
        "Các khoa, phòng có khó khăn, vướng mắc thì phản ánh về Phòng Kế hoạch.",
        "Các xã có rừng, nhất là các xã vùng cao.",
    ],
)
def test_no_subject_narrowed_then_a_comma(sentence):
    assert c.assignment(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # the short name a unit is given in brackets stands between it and its work
        ("Chi cục Chăn nuôi và Thú y tỉnh (Chi cục CNTY) kiểm tra các lò mổ.", ["Chi cục Chăn nuôi và Thú y tỉnh"]),
        ("Trung tâm Kiểm soát bệnh tật tỉnh (Trung tâm KSBT) giám sát ổ dịch.", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ],
)
def test_subject_with_the_short_name_it_defines(sentence, names):
    found = c.assignment(sentence)
    assert found is not None and found.names == names


def test_a_bracket_that_is_no_short_name_still_hides_the_subject():
    """`(nay là …)` and other remarks are no name the unit is given: the work must be a known verb after them."""
    assert c.assignment("Trung tâm Y tế huyện (năm 2024 có 12 trạm) lấy mẫu nước.") is None


@pytest.mark.parametrize(
    ("clause", "asked", "subject"),
    [
        # who is asked, named after the verb and a colon on the same line
        ("Để chính sách đạt hiệu quả, UBND tỉnh yêu cầu: Sở Tư pháp chủ trì, phối hợp với các sở tổ chức thực hiện",
         ["Sở Tư pháp"], False),
        ("Chủ tịch UBND huyện giao: Phòng Nội vụ rà soát hồ sơ", ["Phòng Nội vụ"], False),
        # a colon that ends the line asks no one there: the speaker is the subject
        ("UBND tỉnh yêu cầu:", ["UBND tỉnh"], True),
        # ... and after a comma, where a unit speaks right before the verb
        ("Qua kiểm tra, Chủ tịch UBND huyện yêu cầu, các ngành chuyên môn bổ sung quy hoạch", ["các ngành chuyên môn"],
         False),
        # (a comma after the noun `yêu cầu` of an opening phrase: the unit after it is the subject)
        ("Theo yêu cầu, các đơn vị gửi báo cáo", ["các đơn vị"], True),
    ],
)
def test_asked_after_a_colon_or_a_comma(clause, asked, subject):
    found = c.assignment(clause)
    assert found is not None and [n for m in found.assignees for n in m.names] == asked and found.subject is subject


_SCOPE = c.task_verbs()["scope"]


@pytest.mark.parametrize("sentence", _SCOPE["examples"])
def test_scope_or_basis_between_the_units_and_their_work(sentence):
    """`[scope]` of task_verbs.toml: how far the work reaches (`theo chức năng, nhiệm vụ …`) or what it rests on
    (`trên cơ sở …,`, `căn cứ …,`) stands between the units and their work: they are still its subject."""
    found = c.assignment(sentence)
    assert found is not None and found.subject


@pytest.mark.parametrize("sentence", _SCOPE["counter_examples"])
def test_scope_counter_examples_are_no_scope(sentence):
    """... and words that open no scope nor basis (`theo dõi`, a basis with no comma closing it) are none."""
    _, end = read_units(sentence, 0)
    assert c._scope().match(sentence, end) is None


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        # a `;`-clause naming a new unit and its work after a linking adverb or a phrase of time opens a clause
        ("Giao Sở Xây dựng chủ trì rà soát; đồng thời, Sở Tài chính thẩm định dự toán.", 2),
        ("Các xã cập nhật số liệu; từ ngày 1 đến ngày 5 hằng tháng, Phòng Nội vụ kiểm tra, báo cáo.", 2),
        ("Các xã cập nhật số liệu; trong quý III, Sở Nội vụ tổng hợp kết quả.", 2),
        # ... not where no unit follows the phrase, or the unit does no work of its own
        ("Giao Sở Xây dựng chủ trì rà soát; sau đó, tổng hợp báo cáo UBND tỉnh.", 1),
        ("Giao Sở Xây dựng rà soát hồ sơ; từ ngày 1/7, Sở Tài chính đã tiếp nhận hồ sơ.", 1),
    ],
)
def test_semicolon_clause_after_an_opening_phrase(paragraph, count):
    assert len(c.clauses(paragraph)) == count


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        # a unit of the addressees closed by a bracketed note on it: the next unit after the comma carries the list on
        ("Sở yêu cầu UBND các xã (chỉ đạo các trường thuộc phạm vi quản lý), các trường trực thuộc Sở thực hiện "
         "tuyên truyền phòng, chống đuối nước.", 1),
        # ... while a clause giving work closed so still hands the next work to the unit after it
        ("Giao Sở Y tế chủ trì giám sát (phối hợp khi cần), Sở Giáo dục và Đào tạo tổng hợp danh sách học sinh.", 2),
    ],
)
def test_unit_closed_by_a_note_carries_the_list_on(paragraph, count):
    assert len(c.clauses(paragraph)) == count


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        # a group whose first part names no unit alone (`các cấp`) runs on over the comma: no unit in turn after it
        ("Yêu cầu các sở rà soát quy chế; đây là dịp để các cấp, các ngành, các địa phương lựa chọn, bố trí cán bộ.", 1),
        ("Giao Sở Nội vụ hướng dẫn để các cấp, các ngành sắp xếp, bố trí công chức.", 1),
        # ... while a unit named in full before the comma still hands the next work to the unit after it
        ("Giao Sở Y tế chủ trì tổ chức tập huấn, Sở Giáo dục và Đào tạo tổng hợp danh sách học sinh.", 2),
    ],
)
def test_group_run_over_a_comma_hands_no_work_on(paragraph, count):
    assert len(c.clauses(paragraph)) == count


@pytest.mark.parametrize(
    ("clause", "asked"),
    [
        # `có liên quan` closing an office holder's name amid a list: the name's, and the list goes on after it
        ("Bộ trưởng, Thủ trưởng cơ quan thuộc Chính phủ có liên quan, Chủ tịch Ủy ban nhân dân các tỉnh có trách "
         "nhiệm xây dựng kế hoạch",
         ["Bộ trưởng", "Thủ trưởng cơ quan thuộc Chính phủ có liên quan", "Chủ tịch Ủy ban nhân dân các tỉnh"]),
        # ... after a basis whose phrase holds commas of its own
        ("Trên cơ sở các nhiệm vụ, giải pháp của Đề án, căn cứ chức năng được giao, Giám đốc các sở có liên quan, Chủ "
         "tịch Ủy ban nhân dân các huyện có trách nhiệm xây dựng kế hoạch",
         ["Giám đốc các sở có liên quan", "Chủ tịch Ủy ban nhân dân các huyện"]),
        # the State's corporations, a group of their own, owned `của Nhà nước`
        ("Trong năm 2025, các bộ, ngành; các tập đoàn kinh tế, tổng công ty của Nhà nước hoàn thành việc quán triệt",
         ["các bộ, ngành", "các tập đoàn kinh tế, tổng công ty của Nhà nước"]),
    ],
)
def test_a_list_of_holders_and_groups_after_an_opening_phrase(clause, asked):
    found = c.assignment(clause)
    assert found is not None and [n for m in found.assignees for n in m.names] == asked


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        # a direction quoted whole, as a paper prints it: the clause opens at the unit, after the quotation mark
        ("“Sở Y tế phối hợp với UBND cấp huyện giám sát dịch bệnh”. Đó là chỉ đạo của UBND tỉnh.",
         "Sở Y tế phối hợp với UBND cấp huyện giám sát dịch bệnh”."),
        ('"Công an tỉnh tăng cường tuần tra trên các tuyến quốc lộ".', 'Công an tỉnh tăng cường tuần tra trên các tuyến quốc lộ".'),
        # ... a quoted name or slogan that is no unit keeps its mark
        ("“Năm an toàn giao thông” được phát động từ đầu năm.", "“Năm an toàn giao thông” được phát động từ đầu năm."),
    ],
)
def test_a_quoted_direction_opens_at_its_unit(paragraph, first):
    a, b = c.clauses(paragraph)[0]
    assert paragraph[a:b] == first


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Đồng thời, tổ chức kiểm tra, giám sát.", "tổ chức kiểm tra, giám sát."),
        ("Bên cạnh đó tăng cường tuyên truyền.", "tăng cường tuyên truyền."),
        ("Tổ chức kiểm tra, giám sát.", "Tổ chức kiểm tra, giám sát."),
        ("Đồng chí Giám đốc Sở dự họp.", "Đồng chí Giám đốc Sở dự họp."),
    ],
)
def test_linking_adverb_end(text, work):
    """`linking_adverb_end`: where the work begins after a linking adverb of `[adverbial]` opening the sentence."""
    assert text[c.linking_adverb_end(text) :] == work
