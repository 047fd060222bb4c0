"""List items that end with a colon, bracketed work and orders inside an item, in the style of a directive."""

from __future__ import annotations

import pytest

from chidao.documents.extract.tasks import read_tasks
from chidao.documents.model import Document, Issuer, Source
from chidao.documents.text import nfc, split_lines


def _tasks(text: str):
    doc = Document(source=Source(name="sample.txt"), text=nfc(text))
    read_tasks(doc, split_lines(doc.text))
    return doc.tasks


LEAD = (
    "Để nâng cao chỉ số năng lực cạnh tranh, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố "
    "tập trung thực hiện các nhiệm vụ sau:\n"
)


def test_item_with_its_own_work_stays_a_task_over_the_topics_it_lists():
    text = LEAD + (
        "1. Cập nhật danh sách hợp tác xã trên địa bàn, gửi UBND tỉnh hằng quý (Sở Tài chính chịu trách nhiệm "
        "tổng hợp số liệu chung của tỉnh). Trong đó, chú ý các thông tin về:\n"
        "+ Số thành viên;\n+ Vốn điều lệ.\n"
        "2. Kiểm tra việc chấp hành pháp luật về lao động tại các hợp tác xã.\n"
    )
    tasks = _tasks(text)
    assert [t.assignees for t in tasks] == [
        ["các sở, ban, ngành", "UBND các huyện, thành phố"],
        ["Sở Tài chính"],
        ["các sở, ban, ngành", "UBND các huyện, thành phố"],
    ]
    item, aside, _ = tasks
    assert item.text.startswith("Cập nhật danh sách") and item.text.endswith("+ Số thành viên; + Vốn điều lệ.")
    assert item.deadline.kind == "recurring"
    assert aside.text == "Sở Tài chính chịu trách nhiệm tổng hợp số liệu chung của tỉnh"
    assert aside.deadline.kind == "recurring" and aside.deadline.inherited
    assert aside.parent == item.parent


def test_bracket_that_only_names_the_lead_is_no_task_of_its_own():
    text = LEAD + "1. Tổ chức hội nghị đối thoại với doanh nghiệp (Sở Công Thương chủ trì, phối hợp với Sở Nội vụ).\n"
    assert len(_tasks(text)) == 1


def test_imperative_item_ending_with_colon_heads_its_subitems():
    text = (
        "2. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với các xã, thị trấn triển khai:\n"
        "- Rà soát, điều chỉnh quy hoạch sử dụng đất cấp huyện đến năm 2030, bảo đảm phù hợp với quy hoạch tỉnh và nhu cầu phát triển của các xã:\n"
        "+ Đánh giá kết quả thực hiện quy hoạch kỳ trước.\n"
        "+ Lấy ý kiến cộng đồng dân cư về phương án điều chỉnh.\n"
        "- Hoàn thành cắm mốc hành lang bảo vệ nguồn nước.\n"
    )
    tasks = _tasks(text)
    texts = [t.text for t in tasks]
    head = next(t for t in tasks if t.text.startswith("Rà soát, điều chỉnh"))
    assert head.assignees == ["Phòng Tài nguyên và Môi trường"]
    assert [t.parent for t in tasks if t.text.startswith(("Đánh giá", "Lấy ý kiến"))] == [head.id, head.id]
    assert any(t.startswith("Hoàn thành cắm mốc") for t in texts)


def test_item_ending_with_colon_runs_on_into_the_paragraph_below_it():
    text = LEAD + (
        "- Rà soát các tuyến kênh tưới nội đồng đã xuống cấp hoặc không còn phục vụ sản xuất nông nghiệp tại các xã ven đô:\n"
        "Tổ chức kiểm tra hiện trạng từng tuyến kênh, đề xuất chuyển sang phục vụ tiêu thoát nước.\n"
    )
    tasks = _tasks(text)
    assert len(tasks) == 1
    assert tasks[0].text.startswith("Rà soát các tuyến kênh") and tasks[0].text.endswith("tiêu thoát nước.")


def test_items_that_only_introduce_or_name_a_topic_are_no_tasks():
    text = LEAD + (
        "- Về công tác giải phóng mặt bằng các dự án trọng điểm của huyện trong năm nay:\n"
        "+ Công khai phương án bồi thường.\n"
        "- Tăng cường phối hợp giữa các cơ quan trong thẩm định hồ sơ đầu tư theo các bước như sau:\n"
        "+ Tiếp nhận hồ sơ qua bộ phận một cửa.\n"
    )
    texts = [t.text for t in _tasks(text)]
    assert texts == ["Công khai phương án bồi thường.", "Tiếp nhận hồ sơ qua bộ phận một cửa."]


def test_the_issuer_turns_to_another_addressee_after_a_condition():
    text = LEAD + (
        "3. Tháo gỡ vướng mắc cho hộ kinh doanh: Khi hộ kinh doanh có phản ánh về thủ tục, yêu cầu các sở, "
        "ngành liên quan trả lời trong phạm vi thẩm quyền. Trường hợp vượt thẩm quyền thì phải báo cáo rõ "
        "phương án xử lý và chịu trách nhiệm trước UBND tỉnh.\n"
    )
    tasks = _tasks(text)
    assert [t.assignees for t in tasks] == [["các sở, ngành liên quan"]]
    assert tasks[0].text.startswith("Tháo gỡ vướng mắc") and tasks[0].text.endswith("trước UBND tỉnh.")


def test_under_a_unit_heading_the_unit_itself_asks():
    text = (
        "1. UBND các xã, thị trấn\n"
        "- Khi phát hiện công trình lấn chiếm hành lang đê, yêu cầu chủ công trình tự tháo dỡ trong thời hạn quy định.\n"
    )
    assert [t.assignees for t in _tasks(text)] == [["UBND các xã, thị trấn"]]


def test_a_unit_heading_whose_name_goes_on_with_ve_names_the_unit():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Vụ Các vấn đề chung về quản lý ngân sách\n"
        "a) Tổng hợp, đôn đốc các đơn vị triển khai Kế hoạch.\nb) Hướng dẫn các Sở Tài chính triển khai Chương trình.\n"
        "2. Văn phòng Bộ\na) Bố trí kinh phí cho các hoạt động.\n"
    )
    assert [t.assignees for t in _tasks(text)] == [
        ["Vụ Các vấn đề chung về quản lý ngân sách"], ["Vụ Các vấn đề chung về quản lý ngân sách"], ["Văn phòng Bộ"]
    ]


def test_an_item_naming_its_sections_unit_short_takes_it_at_its_fullest():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương\n"
        "a) Tham mưu cho Ủy ban nhân dân cấp tỉnh ban hành kế hoạch cụ thể.\n"
        "b) Căn cứ vào nhiệm vụ được giao, Sở Nội vụ chủ động bố trí kinh phí thực hiện.\n"
    )
    whole = ["Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương"]
    assert [t.assignees for t in _tasks(text)] == [whole, whole]


def _report(body: str):
    doc = Document(
        source=Source(name="sample.txt"), text=nfc(body), issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH")
    )
    read_tasks(doc, split_lines(doc.text))
    return doc.tasks


def test_an_order_the_issuer_gives_amid_its_results_is_a_task():
    body = (
        "I. KẾT QUẢ THỰC HIỆN\n"
        "1. Kết quả rà soát thủ tục hành chính\n"
        "a) Trong tháng, các sở đã rà soát 12 thủ tục hành chính và đề xuất đơn giản hóa 3 thủ tục.\n"
        "b) Tỉnh Hà Tĩnh yêu cầu các sở, ban, ngành tiếp tục thống kê thủ tục hành chính nội bộ, tham mưu "
        "Chủ tịch UBND tỉnh công bố bổ sung danh mục.\n"
        "c) UBND tỉnh đã yêu cầu các huyện kiểm tra việc niêm yết thủ tục tại bộ phận một cửa.\n"
    )
    tasks = _report(body)
    assert [t.assignees for t in tasks] == [["các sở, ban, ngành"]]
    assert tasks[0].text.startswith("Tỉnh Hà Tĩnh yêu cầu")


def test_urging_to_carry_out_the_whole_text_is_no_task_even_after_a_note():
    text = (
        "Lưu ý: đây là nội dung bắt buộc, đề nghị các hợp tác xã nông nghiệp nghiêm túc thực hiện.\n"
        "Lưu ý: đề nghị các hợp tác xã nông nghiệp nộp báo cáo tài chính trước ngày 31/3/2026.\n"
        "Yêu cầu các phòng chuyên môn thuộc Sở nghiêm túc triển khai, thực hiện; nếu có vướng mắc, báo cáo "
        "Giám đốc Sở.\n"
    )
    tasks = _tasks(text)
    assert [t.text for t in tasks] == ["đề nghị các hợp tác xã nông nghiệp nộp báo cáo tài chính trước ngày 31/3/2026."]


def test_a_numbered_line_giving_a_unit_closed_by_a_full_stop_heads_its_items():
    """`2.2. Giao Phòng X.` (OCR may add the stop, and a stroke before the number): the unit the dashes below are
    given to, no task of its own."""
    text = (
        "2. Nhiệm vụ tháng tới\n"
        "2.1. Giao Phòng Kế hoạch\n- Rà soát danh mục dự án chuyển tiếp.\n"
        "_2.2. Giao Phòng Tổ chức cán bộ.\n- Hoàn thiện đề án vị trí việc làm.\n- Báo cáo biên chế năm sau.\n"
    )
    assert [(t.assignees, t.text) for t in _tasks(text)] == [
        (["Phòng Kế hoạch"], "Rà soát danh mục dự án chuyển tiếp."),
        (["Phòng Tổ chức cán bộ"], "Hoàn thiện đề án vị trí việc làm."),
        (["Phòng Tổ chức cán bộ"], "Báo cáo biên chế năm sau."),
    ]


def test_a_request_opening_its_own_list_after_a_reports_dashes_is_a_new_lead_in():
    """A report's dashes, then `Để …, <the asker> yêu cầu X thực hiện các việc sau:` over numbered items: the request is
    a lead-in of its own, not the last dash running on, even where the asker is not read as the issuer."""
    text = (
        "Qua kiểm tra cho thấy:\n"
        "- Một số trạm bơm chưa được bảo dưỡng.\n"
        "- Sổ theo dõi vận hành ghi chưa đầy đủ.\n"
        "Để khắc phục các tồn tại trên, Chi cục Thủy lợi yêu cầu các Ban quản lý trạm bơm thực hiện các việc sau:\n"
        "1. Bảo dưỡng máy bơm trước mùa mưa.\n"
        "2. Ghi sổ vận hành hằng ngày.\n"
    )
    assert [(t.assignees, t.text) for t in _tasks(text)] == [
        (["các Ban quản lý trạm bơm"], "Bảo dưỡng máy bơm trước mùa mưa."),
        (["các Ban quản lý trạm bơm"], "Ghi sổ vận hành hằng ngày."),
    ]


def test_a_stroke_before_a_wrapped_lines_small_word_joins_it_to_the_item_above() -> None:
    """`_ các chợ còn lại.` (OCR reads a stroke before a wrapped line): the line goes on the numbered heading above, so
    the heading's numbered parts below keep their items."""
    text = (
        "Sở Công Thương đề nghị Ban quản lý các chợ thực hiện các việc sau:\n"
        "1. Kiểm tra an toàn phòng cháy tại chợ trung tâm,\n"
        "_ các chợ còn lại.\n"
        "1.1. Về điện:\n"
        "- Thay dây dẫn điện đã cũ.\n"
        "1.2. Về lối thoát:\n"
        "- Dọn hàng hóa lấn chiếm lối đi.\n"
    )
    assert [(t.assignees, t.text) for t in _tasks(text)] == [
        (["Ban quản lý các chợ"], "Thay dây dẫn điện đã cũ."),
        (["Ban quản lý các chợ"], "Dọn hàng hóa lấn chiếm lối đi."),
    ]


@pytest.mark.parametrize(
    ("lead", "assignees"),
    [
        # a letter telling the unit after `thông báo` what to note or do: the items are its work
        ("Sở Tài chính thông báo Phòng Tài chính - Kế hoạch các huyện lưu ý các điểm sau:",
         ["Phòng Tài chính - Kế hoạch các huyện"]),
        ("Sở Tài chính thông báo Kho bạc Nhà nước huyện rà soát các khoản sau:", ["Kho bạc Nhà nước huyện"]),
        # ... but `thông báo X biết` and `thông báo để X biết` ask nothing
        ("Sở Tài chính thông báo Kho bạc Nhà nước huyện biết các khoản sau:", []),
        ("Sở Tài chính thông báo để Kho bạc Nhà nước huyện biết các khoản sau:", []),
    ],
)
def test_a_unit_told_by_thong_bao_is_asked_only_when_its_work_follows(lead: str, assignees: list[str]) -> None:
    text = lead + "\n1. Đối chiếu số dư tạm ứng.\n2. Gửi bảng đối chiếu trước ngày 10/4/2026.\n"
    assert sorted({a for t in _tasks(text) for a in t.assignees}) == assignees


def test_getting_in_touch_ends_the_unit_asked_to_do_it() -> None:
    """`đề nghị X liên hệ với Y …`: `liên hệ` starts X's work, so X's name ends before it."""
    text = "Để nhận bản vẽ, đề nghị Trung tâm Kỹ thuật liên hệ với Phòng Quản lý đô thị.\n"
    assert [t.assignees for t in _tasks(text)] == [["Trung tâm Kỹ thuật"]]


def test_a_recommendation_inside_a_problems_section_asks_again() -> None:
    """`1. Vướng mắc …` reports (nobody's task), but its `b. Kiến nghị` part, or a paragraph labelled so, asks the body
    the letter goes to; `… để xuất khẩu` is no `đề xuất` heading."""
    text = (
        "Cục Hải quan tỉnh Nam An nhận được các vướng mắc, cụ thể như sau:\n"
        "1. Vướng mắc về hóa đơn điện tử:\n"
        "a. Nội dung vướng mắc\n"
        "Theo quy định thì hóa đơn được lập khi giao hàng.\n"
        "b. Kiến nghị\n"
        "Đề nghị Sở Tài chính hướng dẫn thống nhất thời điểm lập hóa đơn.\n"
        "2. Vướng mắc về tờ khai:\n"
        "b. Kiến nghị: Đề nghị Sở Tài chính sửa đổi mẫu tờ khai.\n"
        "3. Vướng mắc về hàng tạm nhập:\n"
        "b) Thủ tục đưa hàng trở lại để xuất khẩu\n"
        "Đề nghị Sở Tài chính nêu tại phần trên rà soát lại hồ sơ.\n"
    )
    assert [t.text for t in _tasks(text)] == [
        "Đề nghị Sở Tài chính hướng dẫn thống nhất thời điểm lập hóa đơn.",
        "Kiến nghị: Đề nghị Sở Tài chính sửa đổi mẫu tờ khai.",
    ]


def test_the_issuer_telling_its_own_work_under_an_item_asks_no_one() -> None:
    """Under a lead-in that asks the addressee, a paragraph whose subject is the issuer (`Tổng cục Thuế thực hiện nâng
    cấp …`) is the issuer's own work, not the addressee's; `Cục Thuế` is no `TỔNG CỤC THUẾ` (`[rank_prefixes]`)."""
    text = (
        "Tổng cục Thuế đề nghị Cục Thuế các tỉnh thực hiện các công việc sau:\n"
        "1. Rà soát số thuế đã kê khai của người nộp thuế.\n"
        "2. Từ kỳ tính thuế tháng 9/2026 trở đi\n"
        "Tổng cục Thuế thực hiện nâng cấp ứng dụng khai thuế để hỗ trợ kê khai riêng.\n"
        "Căn cứ thông báo nâng cấp, Cục Thuế hướng dẫn người nộp thuế kê khai riêng dòng hàng hóa.\n"
    )
    doc = Document(source=Source(name="sample.txt"), text=nfc(text), issuer=Issuer(name="TỔNG CỤC THUẾ"))
    read_tasks(doc, split_lines(doc.text))
    assert [t.text for t in doc.tasks] == [
        "Rà soát số thuế đã kê khai của người nộp thuế.",
        "Căn cứ thông báo nâng cấp, Cục Thuế hướng dẫn người nộp thuế kê khai riêng dòng hàng hóa.",
    ]


def test_plain_bounds_are_the_nearest_paragraphs_that_are_not_plain() -> None:
    """`_plain_bounds` gives, for every paragraph, what walking up and down over plain paragraphs would reach."""
    import random

    from chidao.documents.extract.segments import Segment
    from chidao.documents.extract.tasks import _plain_bounds, _plain_paragraph

    rng = random.Random(7)
    shapes = [("Rà soát hồ sơ.", 0), ("1. Rà soát hồ sơ.", 1), ("Như sau:", 0), ("KẾT LUẬN", 0), ("- Báo cáo.", 2)]
    for _ in range(200):
        segs = []
        for text, depth in rng.choices(shapes, k=rng.randrange(0, 12)):
            seg = Segment(text=text, offsets=list(range(len(text))))
            seg.depth = depth
            segs.append(seg)
        up, down = _plain_bounds(segs)
        for i in range(len(segs)):
            k = i - 1
            while k >= 0 and _plain_paragraph(segs[k]):
                k -= 1
            j = i + 1
            while j < len(segs) and _plain_paragraph(segs[j]):
                j += 1
            assert (up[i], down[i]) == (k, j)
