"""Task extraction on short passages written in the style of real notices, letters and plans."""

from __future__ import annotations

import datetime as dt

import pytest

from chidao.documents import parse
from chidao.documents.data import load_toml
from chidao.documents.data.formal import letter_codes
from chidao.documents.extract.clauses import assignment, excluded, lead_ins
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.tasks import (
    _addressee_units,
    _duty_title,
    _joined_text,
    opens_considered,
    read_tasks,
    recounted_in_copy,
)
from chidao.documents.extract.units import UnitRegistry
from chidao.documents.model import Addressee, DocDate, DocType, Document, Issuer, Meeting, Source
from chidao.documents.text import nfc, split_lines


def _tasks(text: str, **fields):
    doc = Document(source=Source(name="sample.txt"), text=nfc(text), **fields)
    read_tasks(doc, split_lines(doc.text))
    return doc.tasks


def _rows(tasks):
    return [(t.assignees, t.coordinators, t.text) for t in tasks]


LEAD_IN_AND_CLOSING = """Sau khi nghe báo cáo, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:
UBND tỉnh yêu cầu UBND huyện Tân Lạc thực hiện một số nội dung sau:
- Bổ sung số liệu giải ngân vốn đầu tư công 6 tháng đầu năm.
- Tại mục III, làm rõ nguyên nhân chậm giải phóng mặt bằng.
UBND huyện tiếp thu đầy đủ các nội dung trên, hoàn thiện báo cáo gửi UBND tỉnh trước ngày 25/7/2024./.
"""


def test_lead_in_items_and_closing_assignment():
    tasks = _tasks(LEAD_IN_AND_CLOSING)
    assert [t.assignees for t in tasks] == [["UBND huyện Tân Lạc"]] * 3
    closing = tasks[-1]
    assert closing.text.startswith("UBND huyện tiếp thu")
    assert closing.deadline.due == dt.date(2024, 7, 25) and not closing.deadline.inherited
    for item in tasks[:2]:
        assert item.parent == closing.id
        assert item.deadline.due == dt.date(2024, 7, 25) and item.deadline.inherited
    assert tasks[1].target == "mục III"
    start, end = closing.deadline.span
    assert LEAD_IN_AND_CLOSING[start:end] == closing.deadline.text
    assert tasks[0].deadline.span == closing.deadline.span  # inherited: the group's phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các cơ quan liên quan thẩm định phương án giá.",
            [(["Sở Tài chính"], ["Sở Xây dựng", "các cơ quan liên quan"])],
        ),
        (
            "Bộ Xây dựng gửi ý kiến như trên, đề nghị Văn phòng Chính phủ tổng hợp trình Thủ tướng Chính phủ.",
            [(["Văn phòng Chính phủ"], [])],
        ),
        (
            "Giao các Bộ: Tài chính, Kế hoạch và Đầu tư xem xét, xử lý theo thẩm quyền.",
            [(["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"], [])],
        ),
        (
            "Sở Công Thương chủ trì, phối hợp với Sở Tài chính rà soát các cụm công nghiệp; Ban Quản lý Khu kinh tế tỉnh "
            "đẩy nhanh tiến độ giải phóng mặt bằng khu công nghiệp phía Bắc.",
            [(["Sở Công Thương"], ["Sở Tài chính"]), (["Ban Quản lý Khu kinh tế tỉnh"], [])],
        ),
        (
            "Đồng ý về nguyên tắc đề nghị của Bộ Giao thông vận tải. Bộ Giao thông vận tải tổ chức lễ thông xe trang trọng, tiết kiệm.",
            [(["Bộ Giao thông vận tải"], [])],
        ),
        ("Trường hợp vượt thẩm quyền, Sở Tư pháp báo cáo UBND tỉnh xem xét, quyết định.", []),
        ("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", []),
        (
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Thủ trưởng các cơ quan liên quan chịu trách nhiệm "
            "thi hành Quyết định này./.",
            [],
        ),
        (  # measures proposed to a superior (no work of its follows): the proposer's own work, not a request
            "Sở Xây dựng theo dõi, tổng hợp, kịp thời báo cáo và kiến nghị Ủy ban nhân dân tỉnh các giải pháp tháo "
            "gỡ vướng mắc.",
            [(["Sở Xây dựng"], [])],
        ),
        (  # the holders of an office named in the plural before the others: one execution article, no task
            "Điều 5. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Tổng Giám đốc Bảo hiểm xã hội Việt Nam, Chủ tịch "
            "Ủy ban nhân dân tỉnh, thành phố và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
            [],
        ),
        ("Thống nhất chủ trương đầu tư xây dựng Trường THCS Lê Lợi đạt chuẩn quốc gia.", []),
        (
            "Chủ tịch UBND tỉnh yêu cầu Công an tỉnh, các sở, ngành; UBND các huyện tập trung thực hiện nhiệm vụ "
            "phòng cháy, chữa cháy mùa khô.",
            [(["Công an tỉnh", "các sở, ngành", "UBND các huyện"], [])],
        ),
        ("Các sở, ngành nghiêm túc triển khai thực hiện Chỉ thị này./.", []),
        ("Chủ tịch UBND tỉnh đồng ý đề xuất của Sở Nội vụ tại Tờ trình số 45/TTr-SNV.", []),
        (
            "Việc nâng cấp tuyến đường tỉnh 279 đến năm 2025. Sở Giao thông vận tải và UBND huyện Chợ Mới thực hiện "
            "theo ý kiến tại Thông báo số 12/TB-UBND.",
            [(["Sở Giao thông vận tải", "UBND huyện Chợ Mới"], [])],
        ),
        ("Sở Y tế đã tích cực triển khai các biện pháp phòng dịch.", []),
        # round 6: work given in the passive, by `ủy quyền`, a survey of satisfaction; a finding of slowness is none
        (
            "Sở Du lịch được giao chủ trì tổ chức Tuần lễ ẩm thực đường phố, hoàn thành trước ngày 10/4/2026.",
            [(["Sở Du lịch"], [])],
        ),
        ("Sở Du lịch được giao kinh phí tổ chức Tuần lễ ẩm thực năm 2026.", []),
        ("Ủy quyền Giám đốc Sở Xây dựng chủ trì làm việc với các chủ đầu tư.", [(["Giám đốc Sở Xây dựng"], [])]),
        (
            "Sở Công Thương đánh giá mức độ hài lòng của doanh nghiệp, báo cáo UBND tỉnh trong quý III.",
            [(["Sở Công Thương"], [])],
        ),
        ("Sở Công Thương đánh giá cao sự phối hợp của các doanh nghiệp.", []),
        (
            "Trưởng các bản thông báo ngay cho bà con không vào rừng khi có gió lớn.",
            [(["Trưởng các bản"], [])],
        ),
        ("Qua rà soát, Bệnh viện Phổi tỉnh và Trung tâm Y tế huyện còn chậm nhập dữ liệu tiêm chủng.", []),
        ("Trong thời gian tới, Sở Y tế cần tập trung kiểm soát dịch bệnh mùa mưa.", [(["Sở Y tế"], [])]),
        (
            "Các sở, ngành nghiêm túc triển khai thực hiện Chỉ thị này; định kỳ hằng năm báo cáo kết quả về UBND tỉnh.",
            [(["Các sở, ngành"], [])],
        ),
        (
            "Các sở, ban, ngành liên quan có trách nhiệm phối hợp chặt chẽ với UBND huyện trong quá trình thực hiện.",
            [(["Các sở, ban, ngành liên quan"], ["UBND huyện"])],
        ),
        (  # a wrapped line cuts a place name: the document's full name is the one given back
            "Năm 2025, công trình nâng cấp đường liên xã Tân Long - Thái Bình do Ủy ban nhân dân huyện Yên\n"
            "Sơn làm chủ đầu tư đã được bàn giao đưa vào khai thác sử dụng.\n"
            "Giao UBND huyện hoàn thiện hồ sơ quyết toán công trình trước ngày 30/6/2025.",
            [(["Ủy ban nhân dân huyện Yên Sơn"], [])],
        ),
        (  # a list of companies hard-wrapped over lines (`gồm: Công` / `ty ...`, `Công ty TNHH` / `Minh Phú`) is
            # read whole: `các Công ty` is each of them
            "Đoàn kiểm tra đã làm việc với 03 đơn vị thi công trên địa bàn tỉnh, gồm: Công\n"
            "ty cổ phần Xây dựng Bắc Hà, Tổng công ty Xây dựng Nam Sơn, Công ty TNHH\n"
            "Minh Phú, kết quả như sau.\n"
            "Đoàn kiểm tra yêu cầu các Công ty rà soát kho vật liệu nổ công nghiệp trước ngày 30/6/2025.",
            [(["Công ty cổ phần Xây dựng Bắc Hà", "Tổng công ty Xây dựng Nam Sơn", "Công ty TNHH Minh Phú"], [])],
        ),
        (
            "Đề nghị các tổ chức cơ sở đảng phổ biến chỉ thị tới toàn thể đảng viên trong tháng 11.",
            [(["các tổ chức cơ sở đảng"], [])],
        ),
        ("Các cấp ủy cơ sở tổ chức sinh hoạt chuyên đề trong quý IV/2025.", [(["Các cấp ủy cơ sở"], [])]),
        (
            "Đề nghị các trường trung học phổ thông lập danh sách học sinh dự thi trước ngày 10/10/2025.",
            [(["các trường trung học phổ thông"], [])],
        ),
        (
            "Sở GD&ĐT đề nghị Hiệu trưởng các trường THPT kiểm tra phòng học bộ môn trước năm học mới.",
            [(["Hiệu trưởng các trường THPT"], [])],
        ),
        ("Các trường hợp chậm nộp hồ sơ bị xử lý theo quy định.", []),
        (
            "Giao Hiệu trưởng trường THPT Lê Lợi lập danh sách học sinh dự thi trước ngày 15/10/2025.",
            [(["Hiệu trưởng trường THPT Lê Lợi"], [])],
        ),
        (  # a lead unit that leads and names its helpers only introduces the list: its items carry both
            "2. Sở Tư pháp chủ trì, phối hợp với các sở, ngành và địa phương:\n- Rà soát văn bản quy phạm pháp luật.\n"
            "- Hướng dẫn tổ chức pháp chế các sở.",
            [(["Sở Tư pháp"], ["các sở, ngành và địa phương"])] * 2,
        ),
        (  # helpers listed past what the unit reader takes (`BHXH tỉnh, thành phố và ...`) are still only helpers
            "a) Đề nghị Giám đốc các bệnh viện chủ trì, phối hợp với BHXH tỉnh, thành phố và các cơ quan có liên quan:\n"
            "- Rà soát danh mục thuốc đấu thầu tập trung.",
            [(["Giám đốc các bệnh viện"], ["Bảo hiểm xã hội tỉnh"])],
        ),
        (  # the subject after several introductory commas
            "Định kỳ hằng quý, 6 tháng, hằng năm, Sở Nội vụ tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.",
            [(["Sở Nội vụ"], [])],
        ),
        (  # a directive (chỉ thị) over the list; a comma read as a dot by OCR; `ban ngành` without a comma
            "Để cải cách hành chính, UBND tỉnh chỉ thị các sở, ban ngành, UBND các huyện. thành phố tập trung thực "
            "hiện có hiệu quả các nhiệm vụ, biện pháp trọng tâm như sau:\n1. Công khai thủ tục hành chính.",
            [(["các sở, ban ngành", "UBND các huyện, thành phố"], [])],
        ),
        (  # a lead-in that lists topics (`... về:`): the topics are not tasks
            "- Sở Tài chính cập nhật dữ liệu doanh nghiệp hằng quý. Trong đó, lưu ý các dữ liệu về:\n"
            "+ Tiến độ góp vốn;\n+ Số lao động.",
            [(["Sở Tài chính"], [])],
        ),
        (  # a name with a comma and `và` inside it is one unit
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì tổ chức hội thao dân quân trong tháng 11/2025.",
            [(["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], [])],
        ),
        ("Giao Trung tâm Y tế, Công an huyện kiểm tra các bếp ăn tập thể.", [(["Trung tâm Y tế", "Công an huyện"], [])]),
        (  # a subject list cut by a semicolon, one name with a comma inside
            "Viện Nghiên cứu Hải sản; Viện Kinh tế, Quy hoạch thủy sản và nông thôn nghiên cứu đề xuất mô hình nuôi biển.",
            [(["Viện Nghiên cứu Hải sản", "Viện Kinh tế, Quy hoạch thủy sản và nông thôn"], [])],
        ),
        (  # the issuer's own lead-in (`UBND huyện ban hành Kế hoạch ... như sau:`) is not a task
            "Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 77/UBND-NN ngày 03/9/2025 về phòng chống lụt bão, "
            "UBND huyện ban hành Kế hoạch triển khai như sau:\n"
            "1. Phòng Nông nghiệp và Môi trường chủ trì kiểm tra đê bao các xã ven sông.",
            [(["Phòng Nông nghiệp và Môi trường"], [])],
        ),
        (  # `Chuyển Sở X ...` opening the clause forwards the matter to that unit
            "Chuyển Sở Xây dựng nghiên cứu đề nghị của Công ty Cổ phần Đông Hải, phúc đáp theo thẩm quyền.",
            [(["Sở Xây dựng"], [])],
        ),
        (  # the unit's standing role before its work
            "Sở Y tế là cơ quan thường trực, có trách nhiệm theo dõi, tổng hợp kết quả thực hiện Kế hoạch.",
            [(["Sở Y tế"], [])],
        ),
        ("Sở Nội vụ là cơ quan thường trực của Hội đồng thi đua - Khen thưởng tỉnh.", []),
        ("Sở Tư pháp đề nghị các đơn vị quan tâm, phối hợp thực hiện./.", []),
        (  # a party organ of the Front read whole, with the bodies listed after it
            "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh vận động "
            "hội viên tham gia bảo vệ môi trường.",
            [(["Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các đoàn thể chính trị - xã hội tỉnh"], [])],
        ),
        (
            "Các đảng ủy xã, phường, thị trấn lãnh đạo rà soát đất công trên địa bàn.",
            [(["Các đảng ủy xã, phường, thị trấn"], [])],
        ),
        (  # `X chủ trì; Y phối hợp ...`: one task, Y the helper
            "Trung tâm Y tế huyện chủ trì; Phòng Giáo dục và Đào tạo phối hợp tổ chức khám sức khỏe cho học sinh.",
            [(["Trung tâm Y tế huyện"], ["Phòng Giáo dục và Đào tạo"])],
        ),
        (  # a team (`Đội`) is a unit of its own after `và`
            "Công an xã và Đội Quản lý thị trường số 3 phối hợp kiểm tra hàng hóa nhập lậu.",
            [(["Công an xã", "Đội Quản lý thị trường số 3"], [])],
        ),
        ("Đội ngũ cán bộ y tế cơ sở tiếp tục được bồi dưỡng chuyên môn.", []),
        (  # the office serving both councils is one unit
            "Văn phòng HĐND và UBND huyện tổng hợp ý kiến của các cơ quan, đơn vị.",
            [(["Văn phòng HĐND và UBND huyện"], [])],
        ),
        (  # places listed after `UBND các huyện:` are each a unit
            "Giao UBND các huyện: Mai Châu, Kim Bôi và Lương Sơn kiểm tra đê bao trước mùa lũ.",
            [(["UBND huyện Mai Châu", "UBND huyện Kim Bôi", "UBND huyện Lương Sơn"], [])],
        ),
        ("Yêu cầu UBND các xã: chủ động sơ tán dân khỏi vùng nguy hiểm.", [(["UBND các xã"], [])]),
        (  # a duty labelled by its unit whose verb ends at a comma
            "Sở Nội vụ: Chủ trì, phối hợp với Sở Tài chính thẩm định đề án vị trí việc làm.",
            [(["Sở Nội vụ"], ["Sở Tài chính"])],
        ),
        (  # the leader who gives out the work is no addressee of the items
            "Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:\n- Sở Y tế: Chủ trì kiểm tra an toàn thực phẩm.\n"
            "- Công an tỉnh bảo đảm an ninh trật tự.",
            [(["Sở Y tế"], []), (["Công an tỉnh"], [])],
        ),
        (  # real chỉ thị: the heads of a group in lower case, its organisations capitalised, carried to the items
            "UBND tỉnh yêu cầu thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể và Chủ tịch UBND các huyện thực hiện "
            "các nội dung sau:\n1. Rà soát các dự án chậm tiến độ.\n2. Lập danh mục dự án năm sau.",
            [(["thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể", "Chủ tịch UBND các huyện"], [])] * 2,
        ),
        (  # coordinators written in lower case
            "Giao Giám đốc Sở Du lịch chủ trì, phối hợp với thủ trưởng các sở, ngành liên quan xây dựng đề án.",
            [(["Giám đốc Sở Du lịch"], ["thủ trưởng các sở, ngành liên quan"])],
        ),
        (  # a team that reports to a body named after `báo cáo`, how often between its name and its work
            "Tổ công tác đặc biệt hằng ngày báo cáo Bộ trưởng Bộ Y tế.",
            [(["Tổ công tác đặc biệt"], [])],
        ),
        ("Tổ công tác liên ngành báo cáo về UBND tỉnh trước ngày 10 hằng tháng.", [(["Tổ công tác liên ngành"], [])]),
        ("Tổ công tác liên ngành báo cáo về tình hình thu gom rác thải.", []),
        (  # the bodies that help named without `các`, closed by `liên quan`
            "Ban Dân tộc chủ trì, phối hợp với đơn vị, địa phương có liên quan lập dự toán kinh phí.",
            [(["Ban Dân tộc"], ["đơn vị, địa phương có liên quan"])],
        ),
        (  # ... but a bare group noun with no qualifier names no one
            "Ban Dân tộc chủ trì, phối hợp với địa phương lập dự toán kinh phí.",
            [(["Ban Dân tộc"], [])],
        ),
        (  # ... while a project's party named by its role does (`[project_parties]`)
            "Ban Dân tộc chủ trì, phối hợp với đơn vị tư vấn lập dự toán kinh phí.",
            [(["Ban Dân tộc"], ["đơn vị tư vấn"])],
        ),
        (
            "Giao Sở Xây dựng phối hợp chủ đầu tư kiểm tra chất lượng; đề nghị Sở Tài chính, nhà đầu tư hoàn thiện hồ sơ.",
            [(["Sở Xây dựng"], ["chủ đầu tư"]), (["Sở Tài chính", "nhà đầu tư"], [])],
        ),
        (  # a department's field written with a dash
            "Giao Sở Giao thông - Vận tải kiểm tra, tổng hợp kết quả báo cáo UBND tỉnh trước ngày 8-2-2019.",
            [(["Sở Giao thông - Vận tải"], [])],
        ),
        (  # dashed items left without their full stop are tasks, not titles; a paragraph giving work to a unit
            # after them starts anew
            "Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện các nội dung sau:\n- Rà soát thủ tục hành chính\n"
            "- Báo cáo kết quả về Sở Nội vụ\nGiao Sở Nội vụ theo dõi, đôn đốc các sở thực hiện.",
            [(["các sở"], []), (["các sở"], []), (["Sở Nội vụ"], [])],
        ),
        (  # ... a dashed topic left so is still a title: the item under it is the unit's
            "Ủy ban nhân dân tỉnh yêu cầu Sở Y tế thực hiện các nội dung sau:\n- Công tác phòng, chống dịch\n"
            "+ Tổ chức tiêm chủng mở rộng.",
            [(["Sở Y tế"], [])],
        ),
        (  # central bodies stationed in the province, and the chairmen of every level: a pure lead-in
            "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở; các cơ quan Trung ương đóng trên địa bàn tỉnh và Chủ tịch "
            "UBND các cấp tập trung triển khai thực hiện các nội dung sau:\n1. Rà soát thủ tục hành chính nội bộ.",
            [(["Giám đốc các sở", "các cơ quan Trung ương đóng trên địa bàn tỉnh", "Chủ tịch UBND các cấp"], [])],
        ),
        (  # a second addressee asked in the same breath (`… và đề nghị Y`) is asked the same work
            "Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các tỉnh và đề nghị Bí thư các tỉnh ủy, thành ủy tập trung "
            "chỉ đạo việc tặng quà cho người có công.",
            [(["Chủ tịch UBND các tỉnh", "Bí thư các tỉnh ủy, thành ủy"], [])],
        ),
        (  # a chỉ thị titles each body's duties by its name closed by a full stop
            "Thủ tướng Chính phủ chỉ thị:\n1. Bộ Nội vụ.\na) Rà soát biên chế các cơ quan hành chính.\n"
            "2. Bộ Tài chính.\na) Chủ trì, phối hợp với Bộ Nội vụ bố trí kinh phí.",
            [(["Bộ Nội vụ"], []), (["Bộ Tài chính"], ["Bộ Nội vụ"])],
        ),
        (  # `hỗ trợ` opens the unit's own work, under a lead-in that names another unit
            "Sở Y tế đề nghị các bệnh viện thực hiện:\n1. Rà soát danh mục thuốc.\n"
            "2. Trung tâm Kiểm soát bệnh tật hỗ trợ kỹ thuật cho các bệnh viện.",
            [(["các bệnh viện"], []), (["Trung tâm Kiểm soát bệnh tật"], [])],
        ),
        # the levels of the Youth Union, the associations, the unions and the Party as their own documents name them
        (
            "Các huyện, thị, thành đoàn trực thuộc gửi báo cáo sơ kết về Tỉnh đoàn trước ngày 12/6/2026.",
            [(["Các huyện, thị, thành đoàn trực thuộc"], [])],
        ),
        (
            "Đề nghị các huyện, thành đoàn, đoàn trực thuộc tổ chức hội trại tòng quân.",
            [(["các huyện, thành đoàn, đoàn trực thuộc"], [])],
        ),
        ("Đề nghị các huyện, thị, thành hội phát động quyên góp.", [(["các huyện, thị, thành hội"], [])]),
        (  # a report sent on a schedule is work, though `báo cáo` alone may tell of a report at a meeting
            "Hội Liên hiệp Phụ nữ các xã báo cáo định kỳ 6 tháng, 1 năm về Hội Liên hiệp Phụ nữ huyện.",
            [(["Hội Liên hiệp Phụ nữ các xã"], [])],
        ),
        ("Các huyện, thành Hội chỉ đạo cơ sở Hội bình xét hộ giỏi.", [(["Các huyện, thành Hội"], [])]),
        ("Các cấp Hội Phụ nữ vận động hội viên tiết kiệm.", [(["Các cấp Hội Phụ nữ"], [])]),
        ("Công đoàn các cấp thăm hỏi đoàn viên ốm đau.", [(["Công đoàn các cấp"], [])]),
        ("Các cơ sở Đoàn ra quân làm sạch kênh mương.", [(["Các cơ sở Đoàn"], [])]),
        (
            "Liên đoàn Lao động các huyện, công đoàn ngành, công đoàn cơ sở trực thuộc tổ chức tọa đàm.",
            [(["Liên đoàn Lao động các huyện, công đoàn ngành, công đoàn cơ sở trực thuộc"], [])],
        ),
        (  # the Front named with its country, then its levels; its members after `phối hợp với`
            "Đề nghị Ủy ban MTTQ Việt Nam các xã, phường chủ trì, phối hợp với các tổ chức thành viên rà soát "
            "hộ khó khăn.",
            [(["Ủy ban MTTQ Việt Nam các xã, phường"], ["các tổ chức thành viên"])],
        ),
        (
            "Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức hội nghị quán triệt.",
            [(["Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy"], [])],
        ),
        (  # the Party's and the people's bodies of every level, one group
            "Các cấp uỷ, tổ chức đảng, chính quyền, MTTQ và tổ chức chính trị - xã hội từ tỉnh đến cơ sở tuyên "
            "truyền sâu rộng Chỉ thị.",
            [(["Các cấp uỷ, tổ chức đảng, chính quyền, MTTQ và tổ chức chính trị - xã hội từ tỉnh đến cơ sở"], [])],
        ),
        (  # a semicolon between the groups a Party committee asks is no end of the sentence
            "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức Đảng, chính quyền; các ban, ngành, đoàn thể "
            "huyện lãnh đạo tốt đợt thi đua.",
            [(["các cấp ủy, tổ chức Đảng, chính quyền", "các ban, ngành, đoàn thể huyện"], [])],
        ),
        (
            "Ban Tổ chức Huyện ủy chủ trì, phối hợp với các ban xây dựng Đảng và Văn phòng Huyện ủy theo dõi.",
            [(["Ban Tổ chức Huyện ủy"], ["các ban xây dựng Đảng", "Văn phòng Huyện ủy"])],
        ),
        (  # work given by name after `giao nhiệm vụ cho`, then more bodies with theirs after `;`
            "Đồng chí Bí thư Huyện ủy giao nhiệm vụ cho Ban Dân vận Huyện ủy tham mưu sơ kết Quy chế dân chủ; "
            "Ủy ban kiểm tra Huyện ủy theo dõi việc giải quyết đơn thư.",
            [(["Ban Dân vận Huyện ủy"], []), (["Ủy ban kiểm tra Huyện ủy"], [])],
        ),
        (  # the standing organ of an association, read whole with it and its levels
            "Ban Thường vụ Hội Nông dân các huyện, thành phố chỉ đạo chi hội tổ chức hội thi.",
            [(["Ban Thường vụ Hội Nông dân các huyện, thành phố"], [])],
        ),
        (  # a board of the Youth Union committee, owned by it; its office after `phối hợp với`
            "Ban Thường vụ Tỉnh đoàn giao Ban Tổ chức - Kiểm tra Tỉnh đoàn chủ trì, phối hợp với Văn phòng Tỉnh "
            "đoàn tổng hợp.",
            [(["Ban Tổ chức - Kiểm tra Tỉnh đoàn"], ["Văn phòng Tỉnh đoàn"])],
        ),
        (  # the committee of each cell, after the cells' own Party committee that asks
            "Đảng ủy Sở Tư pháp yêu cầu Cấp ủy các chi bộ trực thuộc lãnh đạo đợt sinh hoạt chính trị.",
            [(["Cấp ủy các chi bộ trực thuộc"], [])],
        ),
        ("Các cấp ủy tổ chức hội nghị quán triệt.", [(["Các cấp ủy"], [])]),
        (
            "Đề nghị các Liên đoàn Lao động huyện, thành phố tổ chức hội thi.",
            [(["các Liên đoàn Lao động huyện, thành phố"], [])],
        ),
        (  # a long group whose later nouns repeat `các`, then a second unit after `;`: one task of both
            "Các sở, ngành, tổ chức đảng, Mặt trận Tổ quốc, đoàn thể, lực lượng vũ trang, các đơn vị sự nghiệp và "
            "doanh nghiệp nhà nước thuộc tỉnh; UBND các xã, phường treo cờ Tổ quốc trong dịp Tết.",
            [
                (
                    [
                        "Các sở, ngành, tổ chức đảng, Mặt trận Tổ quốc, đoàn thể, lực lượng vũ trang, các đơn vị sự "
                        "nghiệp và doanh nghiệp nhà nước thuộc tỉnh",
                        "UBND các xã, phường",
                    ],
                    [],
                )
            ],
        ),
        (  # a board of the committee of a level, named with it; a leader's own hand in the work
            "Đề nghị Ban Tuyên giáo cấp ủy huyện chỉ đạo đội ngũ báo cáo viên.\n"
            "Đồng chí Bí thư Đảng ủy xã trực tiếp chỉ đạo công tác chuẩn bị đại hội.",
            [(["Ban Tuyên giáo cấp ủy huyện"], []), (["Bí thư Đảng ủy xã"], [])],
        ),
        (  # the Front by its short name, another body joined on with `cùng`: the level names both
            "MTTQ cùng các tổ chức chính trị - xã hội xã vận động nhân dân hiến đất làm đường.",
            [(["MTTQ xã", "các tổ chức chính trị - xã hội xã"], [])],
        ),
        (  # the standing members of an association; the members of the Youth Union's standing board
            "Thường trực Hội Cựu chiến binh các xã vận động hội viên trồng cây.\n"
            "Thường trực Tỉnh đoàn phân công các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn theo dõi các cơ sở.",
            [(["Thường trực Hội Cựu chiến binh các xã"], []), (["các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn"], [])],
        ),
        (  # the committee and the government of each level, one addressee before the others of the list
            "Cấp ủy, chính quyền, các ban, ngành, đoàn thể tập trung giải quyết kiến nghị của công nhân.",
            [(["Cấp ủy, chính quyền", "các ban, ngành, đoàn thể"], [])],
        ),
        (  # the bodies serving a Party committee: `tham mưu` opens no work inside their name
            "Thường trực Huyện ủy đề nghị các ban, cơ quan tham mưu, giúp việc Huyện ủy và các cơ quan, đơn vị có "
            "liên quan nghiên cứu, quán triệt Chỉ thị.",
            [(["các ban, cơ quan tham mưu, giúp việc Huyện ủy", "các cơ quan, đơn vị có liên quan"], [])],
        ),
        (  # the standing board of the province's agencies' Party committee; the heads of each level's committee
            "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh chỉ đạo các đảng bộ cơ sở.\n"
            "Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp chỉ đạo việc sắp xếp.",
            [(["Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh"], []), (["Người đứng đầu cấp ủy, chính quyền các cấp"], [])],
        ),
        (  # the plan carried out is what the unit's duty is about, no closing urge
            "Phòng Văn hóa có trách nhiệm tham mưu, theo dõi, đôn đốc các xã trong việc triển khai thực hiện Kế hoạch "
            "này.",
            [(["Phòng Văn hóa"], [])],
        ),
        (  # a unit to check that others carry the plan out strictly: follow-up work, no closing urge
            "Sở Tư pháp kiểm tra, đôn đốc các huyện thực hiện nghiêm Kế hoạch này.",
            [(["Sở Tư pháp"], [])],
        ),
        (  # the central bodies in a province, `của Trung ương`, then more groups after `;`
            "UBND tỉnh đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành và UBND các huyện treo cờ Tổ "
            "quốc từ ngày 01/9/2026 đến hết ngày 03/9/2026.",
            [(["các cơ quan, đơn vị của Trung ương", "các sở, ban, ngành", "UBND các huyện"], [])],
        ),
        (  # the Party organisations of a commune and of a school
            "Ban Thường vụ Huyện ủy đề nghị Đảng bộ xã Phú Lộc, Chi bộ Trường Mầm non Hoa Sen chuẩn bị chu đáo "
            "đại hội.",
            [(["Đảng bộ xã Phú Lộc", "Chi bộ Trường Mầm non Hoa Sen"], [])],
        ),
        (  # a căn cứ naming the people's police among whom a decree is for: `nhân dân` is part of the force's name,
            # not work it does; the force doing work is still read whole
            "Căn cứ Nghị định số 12/2024/NĐ-CP ngày 3/2/2024 của Chính phủ quy định chế độ đối với Quân đội nhân dân, "
            "Công an nhân dân và học viên cơ yếu;\nCông an nhân dân có trách nhiệm cấp phát trang phục cho học viên.",
            [(["Công an nhân dân"], [])],
        ),
        (  # a web copy glued the comma of the opening phrase to the unit
            "Trong quý II năm 2026,Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát đơn giá.",
            [(["Sở Xây dựng"], ["Sở Tài chính"])],
        ),
        (  # ... and `và` to the word before it inside the unit's name
            "Giao Sở Khoa họcvà Công nghệ thẩm định hồ sơ.",
            [(["Sở Khoa học và Công nghệ"], [])],
        ),
        (  # a committee member's title where the person's name would stand; the carrying out of the plan as the
            # object of his work is no closing formula
            "Đồng chí Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện lãnh đạo, chỉ đạo chung việc tổ chức thực "
            "hiện Kế hoạch này.",
            [(["Chủ tịch UBND huyện"], [])],
        ),
        (  # an office before a colon and the bodies it heads: the holder of the office in each
            "Giao Giám đốc: Sở Xây dựng, Sở Giao thông vận tải kiểm tra các công trình cầu yếu trên địa bàn.",
            [(["Giám đốc Sở Xây dựng", "Giám đốc Sở Giao thông vận tải"], [])],
        ),
        (  # the time ahead put first in a leader's instruction, after an evaluation: the body's work follows it
            "Tổ công tác liên ngành đã đạt được một số kết quả. Thời gian tới, Tổ công tác liên ngành cần "
            "tiếp tục rà soát các hồ sơ tồn đọng, báo cáo Phó Chủ tịch UBND tỉnh.",
            [(["Tổ công tác liên ngành"], [])],
        ),
        (  # a web copy that glued the ministry's head to its name: the ministry's work all the same
            "BộNội vụ nghiên cứu đề xuất của Hiệp hội Du lịch tỉnh và báo cáo Thủ tướng Chính phủ.",
            [(["Bộ Nội vụ"], [])],
        ),
        (  # `các` before the committees of a level of places: the requested group, not the department that asks
            "Để kế hoạch sát thực tế, Sở Văn hóa đề nghị các UBND huyện, thị xã rà soát số liệu các thiết chế văn hóa.",
            [(["các UBND huyện, thị xã"], [])],
        ),
        (  # a Party resolution sets its addressees off from their work with a comma
            "Các cấp ủy, tổ chức đảng, chính quyền, lãnh đạo, chỉ đạo việc sơ kết Nghị quyết trong quý IV.",
            [(["Các cấp ủy, tổ chức đảng, chính quyền"], [])],
        ),
        (  # the Party committees and organisations asked without `các`, the government with them: one group
            "Thường trực Tỉnh ủy yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp rà soát danh sách hộ nghèo.",
            [(["cấp ủy, tổ chức đảng, chính quyền các cấp"], [])],
        ),
        (  # the Party's military commission, named as the Party committees beside it are
            "Quân ủy Trung ương chủ trì, phối hợp với Đảng ủy Công an Trung ương rà soát phương án ứng phó sự cố.",
            [(["Quân ủy Trung ương"], ["Đảng ủy Công an Trung ương"])],
        ),
        (  # a department's standing role set beside its name between dashes, the board it serves named: its work
            "Sở Du lịch - cơ quan thường trực Ban Chỉ đạo phát triển du lịch tỉnh - chủ trì, phối hợp với Sở Tài chính "
            "tổ chức sơ kết Chương trình.",
            [(["Sở Du lịch"], ["Sở Tài chính"])],
        ),
        (  # ... between commas: no second unit of a list
            "Sở Nội vụ, cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh, tham mưu tổ chức hội nghị điển hình tiên "
            "tiến.",
            [(["Sở Nội vụ"], [])],
        ),
        (  # ... the role's words glued by a web copy, no closing dash before the work
            "Sở Công Thương - cơquan đầu mối giúp Ủy ban nhân dân tỉnh theo dõi tiến độ các dự án điện.",
            [(["Sở Công Thương"], [])],
        ),
        (  # the role alone, no work: no task
            "Sở Du lịch - cơ quan thường trực Ban Chỉ đạo phát triển du lịch tỉnh.",
            [],
        ),
        (  # units that point at the list below in a decision's article: the units the items name own them, the
            # lead-in is no task of its own
            "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Chương trình phát triển nghề muối:\n"
            "1. Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã xây dựng vùng nguyên liệu.\n"
            "2. Ủy ban nhân dân các xã ven biển bố trí quỹ đất cho đồng muối.",
            [(["Sở Nông nghiệp và Môi trường"], []), (["Ủy ban nhân dân các xã ven biển"], [])],
        ),
        (  # a chỉ thị's lead-in after a forecast: the numbers of two months wrapped (`tháng 9 và` / `10.`) open no
            # item, the socio-political organisations named with capitals are one group of the list, and the lead-in
            # (`quán triệt và tổ chức thực hiện tốt các nội dung sau:`) only introduces the items
            "Dự báo mưa lớn tập trung vào tháng 9 và\n10. Để chủ động phòng, chống, Chủ tịch UBND tỉnh yêu cầu Sở Nông "
            "nghiệp và Môi trường, các Tổ chức Chính trị - Xã hội, Chủ tịch UBND các xã quán triệt và tổ chức thực "
            "hiện tốt các nội dung sau:\n1. Kiểm tra an toàn các hồ chứa nước trước mùa mưa.",
            [(["Sở Nông nghiệp và Môi trường", "các Tổ chức Chính trị - Xã hội", "Chủ tịch UBND các xã"], [])],
        ),
        (  # `Đối với X … thì …` inside an item: what the rule is about, not who works; the item stays the lead's
            "UBND huyện yêu cầu Phòng Kinh tế thực hiện:\n1. Lập danh sách cơ sở sản xuất. Đối với các hộ kinh doanh bị "
            "ngập lụt thì tạm dừng kiểm tra định kỳ.",
            [(["Phòng Kinh tế"], [])],
        ),
    ],
)
def test_sentences(text, expected):
    assert [(a, c) for a, c, _ in _rows(_tasks(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a numbered heading names a body, then its directing of its own agencies at large: the items are its
            "Ban Thường vụ đề nghị Ủy ban nhân dân huyện và các chi bộ thực hiện các nội dung sau:\n"
            "1. Ủy ban nhân dân huyện, chỉ đạo các cơ quan, đơn vị có liên quan:\n"
            "- Rà soát quỹ đất sạch trên địa bàn.\n- Kiểm tra tiến độ các công trình chuyển tiếp.",
            [(["Ủy ban nhân dân huyện"], [])] * 2,
        ),
        (  # the named bodies urged to carry the letter out, nothing of their own named: a closing formula
            "Giao Sở Xây dựng kiểm tra hiện trạng, báo cáo trước ngày 15/9/2025.\n"
            "Yêu cầu Sở Xây dựng, Sở Tài chính, Ủy ban nhân dân xã Phú Lộc, các cơ quan liên quan triển khai thực hiện./.",
            [(["Sở Xây dựng"], [])],
        ),
        (  # a national park and the forest companies, in one list
            "Vườn quốc gia Bạch Mã, các Công ty Lâm nghiệp rà soát diện tích rừng được giao.",
            [(["Vườn quốc gia Bạch Mã", "các Công ty Lâm nghiệp"], [])],
        ),
        (  # a sole proprietorship beside a company under one heading
            "Sở đề nghị như sau:\n1. Đối với Công ty TNHH An Phú và Doanh nghiệp tư nhân Hải Hà\n"
            "- Duy trì hệ thống mốc giới khu vực khai thác.",
            [(["Công ty TNHH An Phú", "Doanh nghiệp tư nhân Hải Hà"], [])],
        ),
        (  # the office of the body the letter is of, its head noun alone, over a paragraph; the holder's name after
            "Giám đốc Sở yêu cầu các đơn vị, cá nhân thực hiện các nội dung sau:\n1. Phó Giám đốc Sở - Trần Văn Bình\n"
            "Trực tiếp chỉ đạo việc cấp giấy phép sử dụng vật liệu nổ công nghiệp.",
            [(["Phó Giám đốc Sở"], [])],
        ),
        (  # the documents carried out, named with their own subject, as the letter's ground: no task
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2025 của UBND tỉnh về việc giao Sở Xây dựng thẩm định;\n"
            "Giám đốc Sở yêu cầu Phòng Quản lý Xây dựng rà soát hồ sơ thẩm định.",
            [(["Phòng Quản lý Xây dựng"], [])],
        ),
    ],
)
def test_round9_skillsct_shapes(text, expected):
    """Round 9 held-out shapes (our own wording): directing headings, closing urges, national parks, sole
    proprietorships, an office of the letter's own body, the ground a letter carries out."""
    assert [(a, c) for a, c, _ in _rows(_tasks(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # every level and branch at once, asked by the chairman over numbered solutions
            "Để hoàn thành dự toán thu năm 2025, Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành tập trung lãnh đạo, "
            "chỉ đạo quyết liệt một số giải pháp sau đây:\n1. Rà soát đầy đủ các nguồn thu trên địa bàn, không để "
            "thất thu.\n2. Đẩy mạnh thu hồi nợ đọng thuế.",
            [(["các cấp, các ngành"], [])] * 2,
        ),
        (  # money given with the work it is for stays a task (an allocation told as a figure is none)
            "Giao Sở Tài chính bố trí kinh phí là 200 triệu đồng để sửa chữa trụ sở UBND xã Tân Phú.",
            [(["Sở Tài chính"], [])],
        ),
        (  # a voters' petition quoted in a reply, then the reply's own request
            "Cử tri huyện Hòa Bình kiến nghị Bộ Y tế tăng định mức thuốc cho trạm y tế xã.\n"
            "Bộ Y tế đề nghị Sở Y tế tỉnh Hòa Lâm rà soát nhu cầu thuốc của các trạm y tế xã.",
            [(["Sở Y tế tỉnh Hòa Lâm"], [])],
        ),
        (  # a group, then a plural named by its own capitalised head: two groups
            "Yêu cầu các chủ đầu tư, các Ban Quản lý dự án chuyên ngành, khu vực và UBND các huyện rà soát danh mục "
            "dự án.",
            [(["các chủ đầu tư", "các Ban Quản lý dự án chuyên ngành, khu vực", "UBND các huyện"], [])],
        ),
    ],
)
def test_round9_fresh2_shapes(text, expected):
    """Round 9 part 2 held-out shapes (our own wording): `các cấp, các ngành`, money given with its work, a voters'
    petition quoted before the answer, a group before a named plural."""
    assert [(a, c) for a, c, _ in _rows(_tasks(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the lead unit only urges: the units it urges do the items
            "a. Khi có mưa lớn kéo dài.\nSở Xây dựng là đầu mối đôn đốc Trung tâm quản lý hạ tầng đô thị, các đơn vị "
            "duy trì thoát nước tổ chức thực hiện:\n- Trực 24/24 giờ tại các điểm ngập.\n- Vận hành các trạm bơm.\n"
            "b. Khi có bão.\nCông an tỉnh bảo đảm giao thông trên các tuyến chính.",
            [["Trung tâm quản lý hạ tầng đô thị", "các đơn vị duy trì thoát nước"]] * 2 + [["Công an tỉnh"]],
        ),
        (  # a lead-in that only sets the list's day is no task of its own: each item is, with that day
            "Chủ tịch UBND tỉnh yêu cầu các đơn vị hoàn thành các nội dung sau trước ngày 20/11/2025:\n"
            "1. Sở Xây dựng kiểm định các cầu yếu.\n2. Công an tỉnh phân luồng giao thông qua các cầu yếu.",
            [["Sở Xây dựng"], ["Công an tỉnh"]],
        ),
        (  # an item cut by a page break goes on in an unmarked paragraph: the lead unit still holds
            "Công ty Cấp nước tỉnh là đơn vị chủ lực bảo đảm cấp nước mùa khô.\n"
            "- Bố trí xe chở nước tới các khu dân cư thiếu\nNước sinh hoạt trong những ngày cao điểm.\n"
            "- Kiểm tra các trạm bơm tăng áp.",
            [["Công ty Cấp nước tỉnh"]] * 2,
        ),
        (  # an item ends with `;` and goes on in an unmarked paragraph: the lead unit still holds after it
            "1. Khi có mưa vừa.\nCông ty Cấp nước tỉnh là đơn vị chủ lực chịu trách nhiệm bảo đảm cấp nước; "
            "Sở Xây dựng là đầu mối đôn đốc.\n- Bố trí xe chở nước tới các khu dân cư thiếu nước;\n"
            "Kiểm tra áp lực nước tại các trạm bơm tăng áp trên địa bàn.\n- Vận hành các giếng dự phòng.\n"
            "- Cấp nước luân phiên theo khu vực.",
            [["Công ty Cấp nước tỉnh"]] * 3,
        ),
        (  # under a heading naming a Party organ, `Lãnh đạo X …` is the organ leading X, not X's leaders at work
            "1. Đối với Đảng đoàn Hội Nông dân tỉnh\n- Lãnh đạo Hội Nông dân tỉnh tổ chức hội thi nhà nông giỏi.\n"
            "2. Lãnh đạo Sở Xây dựng kiểm tra các công trình.",
            [["Đảng đoàn Hội Nông dân tỉnh"], ["Lãnh đạo Sở Xây dựng"]],
        ),
        (  # a numbered label listing many ministries, however long: each of them has the items
            "1. Các Bộ: Tư pháp, Giao thông vận tải, Khoa học và Công nghệ, Giáo dục và Đào tạo, Tài nguyên và Môi "
            "trường:\na) Rà soát các thủ tục cấp phép trong lĩnh vực được giao;\nb) Cập nhật cơ sở dữ liệu ngành.",
            [["Bộ Tư pháp", "Bộ Giao thông vận tải", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo",
              "Bộ Tài nguyên và Môi trường"]] * 2,
        ),
        (  # a label naming the provinces `các tỉnh và thành phố`: its items only `phối hợp`, or ask others, and are
            # still its own work
            "2. Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương:\na) Phối hợp với Bộ Xây dựng kiểm tra "
            "các bãi chôn lấp;\nb) Phối hợp với Bộ Y tế rà soát, yêu cầu các cơ sở y tế báo cáo lượng chất thải.",
            [["Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương"]] * 2,
        ),
        (  # a dashed item with a second paragraph, more items after it: the paragraph carries the item on, and the
            # lead-in's group still has the items below
            "Để hoàn thành kế hoạch năm, các phòng chuyên môn thuộc huyện cần tập trung thực hiện các việc sau:\n"
            "- Rà soát hồ sơ đất đai tồn đọng, báo cáo kết quả về Văn phòng.\nLập danh sách các hộ chưa được cấp "
            "giấy.\n- Kiểm tra việc sử dụng đất công.\n- Cập nhật bản đồ địa chính.",
            [["các phòng chuyên môn thuộc huyện"]] * 3,
        ),
    ],
)
def test_lead_units_reach_the_items(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the issuer, having ordered the groups at large, asks a body it does not order
        ("1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện tuyên truyền đến hội viên.",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
        ("1. Đề nghị Hội Nông dân huyện và các đoàn thể huyện vận động nhân dân tham gia.",
         ["Hội Nông dân huyện", "các đoàn thể huyện"]),
        # the ordered groups ordering others: still the groups' work
        ("1. Yêu cầu các chủ đầu tư báo cáo tiến độ hằng tháng.", ["các cơ quan, đơn vị"]),
    ],
)
def test_request_under_an_order_to_groups_at_large(item, expected):
    text = f"Ban Thường vụ Huyện ủy yêu cầu các cơ quan, đơn vị thực hiện tốt các nhiệm vụ sau:\n{item}\n"
    assert [t.assignees for t in _tasks(text)] == [expected]


@pytest.mark.parametrize(
    ("lead", "item", "expected"),
    [
        # a lead-in that itself requests: an item `Đề nghị X …` is one more request of the same voice
        ("UBND phường đề nghị các đơn vị thực hiện tốt một số nội dung sau:",
         "- Đề nghị Hội Cựu chiến binh phường phối hợp tuyên truyền.", ["Hội Cựu chiến binh phường"]),
        ("Sở Y tế đề nghị Bệnh viện Đa khoa tỉnh thực hiện các nội dung sau:",
         "- Đề nghị Công an tỉnh hỗ trợ bảo đảm an ninh tại bệnh viện.", ["Công an tỉnh"]),
    ],
)
def test_request_under_a_request_is_asked_of_its_own_addressee(lead, item, expected):
    assert [t.assignees for t in _tasks(f"{lead}\n{item}\n")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second request after a semicolon, of another body, is its own task
        ("Sở Nội vụ đề nghị Sở Tài chính bố trí kinh phí tập huấn; đồng thời đề nghị Trường Chính trị tỉnh cử giảng "
         "viên.", [["Sở Tài chính"], ["Trường Chính trị tỉnh"]]),
        ("Giao Phòng Y tế kiểm tra các cơ sở; giao Phòng Kinh tế hướng dẫn các hộ kinh doanh.",
         [["Phòng Y tế"], ["Phòng Kinh tế"]]),
        # ... and of the same body, the same task
        ("Giao Phòng Y tế kiểm tra các cơ sở; đồng thời giao Phòng Y tế báo cáo kết quả.", [["Phòng Y tế"]]),
        # another unit named after a linking adverb or a phrase of time and its comma does its own work
        ("Giao Phòng Văn hóa chủ trì rà soát các di tích; đồng thời, Phòng Tài chính bố trí kinh phí tu bổ.",
         [["Phòng Văn hóa"], ["Phòng Tài chính"]]),
        ("Các trường học cập nhật sĩ số lên phần mềm; từ ngày 1 đến ngày 5 hằng tháng, Phòng Giáo dục kiểm tra số "
         "liệu, báo cáo UBND huyện.", [["Các trường học"], ["Phòng Giáo dục"]]),
        ("Giao Phòng Y tế kiểm tra các cơ sở; sau đó, tổng hợp kết quả báo cáo UBND huyện.", [["Phòng Y tế"]]),
    ],
)
def test_request_after_a_semicolon(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


def test_issuer_named_with_its_governing_body_saying_what_it_will_do_is_not_a_task():
    text = (
        "Kính gửi: Ban Tuyên giáo các đảng ủy xã.\nĐề nghị Ban Tuyên giáo các đảng ủy xã tổ chức hội thi trước ngày "
        "20/10/2025.\nBan Tuyên giáo Huyện ủy sẽ cử cán bộ dự hội thi tại một số xã."
    )
    issuer = Issuer(name="BAN TUYÊN GIÁO", parent="HUYỆN ỦY ĐÔNG SƠN")
    tasks = _tasks(text, issuer=issuer, type=DocType(code="CV", name="CÔNG VĂN"))
    assert [t.text[:7] for t in tasks] == ["Đề nghị"]  # without the parent, `Ban Tuyên giáo Huyện ủy` had a task


def test_request_under_an_order_to_one_unit_stays_its_work():
    """`Giao Sở Tài chính:` then `- Đề nghị Bộ Tài chính …`: the Sở asks the ministry; the work is the Sở's."""
    text = "UBND tỉnh giao Sở Tài chính thực hiện các nội dung sau:\n- Đề nghị Bộ Tài chính bổ sung kinh phí.\n"
    assert [t.assignees for t in _tasks(text)] == [["Sở Tài chính"]]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a unit name with a comma in it, then `và` another unit: the reader alone stops at the comma
        (
            "Phòng Quản lý đô thị và phòng cháy, chữa cháy và các đơn vị thuộc Sở:",
            ["Phòng Quản lý đô thị và phòng cháy, chữa cháy", "các đơn vị thuộc Sở"],
        ),
        # a group noun without `các`
        ("Chủ đầu tư các khu công nghiệp:", ["Chủ đầu tư các khu công nghiệp"]),
        ("Doanh nghiệp:", ["Doanh nghiệp"]),
        # a heading that says what is done, or a topic, names no one
        ("Đơn vị thực hiện:", []),
        ("Tổ chức thực hiện:", []),
        ("Cơ sở pháp lý:", []),
    ],
)
def test_duty_heading_naming_units_the_reader_stops_short_of(heading, expected):
    text = f"III. TỔ CHỨC THỰC HIỆN\n1. {heading}\n- Kiểm tra hệ thống thoát nước trong phạm vi quản lý.\n"
    assert [t.assignees for t in _tasks(text)] == ([expected] if expected else [])


def test_numbered_title_over_duties_too_long_for_a_heading_names_its_units():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng là cơ quan chủ trì.\n"
        "1.1. Phòng Quản lý đô thị và phòng cháy, chữa cháy và các cơ quan, đơn vị trực thuộc Sở Xây dựng tỉnh:\n"
        "- Kiểm tra hành lang thoát nước trong phạm vi quản lý.\n- Xử lý các vi phạm lấn chiếm cống rãnh.\n"
    )
    expected = ["Phòng Quản lý đô thị và phòng cháy, chữa cháy", "các cơ quan, đơn vị trực thuộc Sở Xây dựng tỉnh"]
    assert [t.assignees for t in _tasks(text) if t.text.startswith(("Kiểm tra", "Xử lý"))] == [expected] * 2


def test_editors_note_over_a_reposted_text_is_no_heading_of_duties():
    """`Ban Biên tập xin giới thiệu toàn văn …:` over a reposted text: `xin` ends the editors' name (`[predicate]`
    of task_verbs.toml), so the note names no unit whose work the lines below would be."""
    text = (
        "Ban Biên tập Cổng thông tin xin giới thiệu toàn văn Kế hoạch này:\n"
        "KẾ HOẠCH\n"
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh\n"
    )
    assert _tasks(text) == []


def test_lead_in_that_only_urges_others_is_not_a_task():
    text = (
        "Sở Xây dựng chủ trì đôn đốc các chủ đầu tư thực hiện các công trình khẩn cấp:\n"
        "- Trung tâm Phát triển quỹ đất tỉnh hoàn thành san nền khu tái định cư.\n"
        "- Ban Quản lý dự án giao thông tỉnh đẩy nhanh thi công cầu Bến Đá.\n"
    )
    assert [t.assignees for t in _tasks(text)] == [
        ["Trung tâm Phát triển quỹ đất tỉnh"],
        ["Ban Quản lý dự án giao thông tỉnh"],
    ]


@pytest.mark.parametrize(
    ("lead", "parented"),
    [
        # the issuer's own last sentence introduces the list: the asking before it is what the items spell out
        (
            "Nhằm chấn chỉnh công tác báo cáo, yêu cầu các chủ đầu tư nghiêm túc thực hiện việc lập và gửi báo cáo "
            "đúng quy định. Sở Xây dựng đề nghị một số nội dung cụ thể như sau:",
            False,
        ),
        (
            "Để nâng cao chất lượng quyết toán, đề nghị các chủ đầu tư thực hiện nghiêm chế độ báo cáo. Sở Xây dựng "
            "đề nghị các nội dung sau:",
            False,
        ),
        # one sentence over the list: a lead-in as usual
        ("Nhằm chấn chỉnh công tác báo cáo, Sở Xây dựng yêu cầu các chủ đầu tư thực hiện một số nội dung sau:", False),
        # no one speaks in the last sentence: the work asked before it stays a task over the items
        (
            "Yêu cầu các chủ đầu tư hoàn thiện hồ sơ quyết toán, gửi Sở Xây dựng trước ngày 20/10/2026. Trong đó "
            "chú ý một số nội dung sau:",
            True,
        ),
    ],
)
def test_issuer_introducing_the_list_after_its_request(lead, parented):
    text = lead + "\n1. Lập báo cáo tiến độ dự án theo mẫu.\n2. Gửi báo cáo qua hệ thống điện tử của Sở.\n"
    tasks = _tasks(text, issuer=Issuer(name="SỞ XÂY DỰNG"))
    items = [t for t in tasks if t.text.startswith(("Lập", "Gửi"))]
    assert [t.assignees for t in items] == [["các chủ đầu tư"]] * 2
    assert len(tasks) == 2 + parented
    assert all(bool(t.parent) == parented for t in items)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("Ngay sau khi ban hành thông báo nợ thuế", ("asap", None)),
        ("Trước ngày 30/6/2026", ("date", dt.date(2026, 6, 30))),
    ],
)
def test_time_of_a_lead_in_naming_the_unit_of_its_heading_more_fully_passes_to_the_items(when, expected):
    text = (
        "1. Thông báo nợ thuế\na) Trách nhiệm của Chi cục Thuế ban hành thông báo:\n"
        f"{when}, Chi cục Thuế nơi ban hành thông báo thực hiện theo trình tự sau:\n"
        "- Cập nhật thông tin nợ thuế trên hệ thống quản lý thuế.\n- Gửi thông báo cho người nộp thuế qua thư điện tử.\n"
    )
    tasks = _tasks(text, date=DocDate(text="", year=2026, month=3, day=2))
    assert [t.assignees for t in tasks] == [["Chi cục Thuế nơi ban hành thông báo"]] * 2
    assert [(t.deadline.kind, t.deadline.due, t.deadline.inherited) for t in tasks] == [(*expected, True)] * 2
    start, end = tasks[0].deadline.span
    assert text[start:end] == tasks[0].deadline.text


def test_request_to_direct_others_over_a_list_is_not_a_task_of_its_own():
    text = (
        "Căn cứ Luật Dược và các văn bản hướng dẫn; Bộ Y tế đề nghị Chủ tịch UBND tỉnh chỉ đạo Giám đốc Sở Y tế, "
        "Giám đốc các sở liên quan thực hiện cấp phép hành nghề dược theo các nội dung sau đây:\n"
        "1. Chỉ đạo Sở Y tế rà soát hồ sơ cấp phép còn tồn đọng.\n2. Bố trí đủ nhân lực cho bộ phận một cửa.\n"
    )
    tasks = _tasks(text)
    assert [t.text[:8] for t in tasks] == ["Chỉ đạo ", "Bố trí đ"]
    assert all(t.assignees == ["Chủ tịch UBND tỉnh"] for t in tasks)


def test_closing_date_for_the_group_of_units_bounds_the_items_above():
    text = (
        "Sở Xây dựng chủ trì đôn đốc các chủ đầu tư thực hiện các công trình khẩn cấp:\n"
        "- Trung tâm Phát triển quỹ đất tỉnh hoàn thành san nền khu tái định cư.\n"
        "- Ban Quản lý dự án giao thông tỉnh đẩy nhanh thi công cầu Bến Đá.\n"
        "Chủ đầu tư và các nhà thầu thi công phải bảo đảm các hạng mục chính hoàn thành trước ngày 30/6/2026.\n"
    )
    tasks = _tasks(text)
    closing = tasks[-1]
    assert closing.text.startswith("Chủ đầu tư") and str(closing.deadline.due) == "2026-06-30"
    assert closing.assignees == ["Trung tâm Phát triển quỹ đất tỉnh", "Ban Quản lý dự án giao thông tỉnh", "các nhà thầu"]
    for item in tasks[:2]:
        assert item.parent == closing.id
        assert (str(item.deadline.due), item.deadline.inherited) == ("2026-06-30", True)


def test_competence_section_is_silent():
    text = (
        "a) Thẩm quyền quyết định thanh tra:\n- Chánh Thanh tra tỉnh quyết định thanh tra trong phạm vi toàn tỉnh.\n"
        "b) Nhiệm vụ năm 2026:\n- Sở Nội vụ hướng dẫn các huyện lập kế hoạch thanh tra năm 2026."
    )
    assert [t.assignees for t in _tasks(text)] == [["Sở Nội vụ"]]


def test_competence_items_numbered_under_their_heading_stay_silent():
    text = (
        "II. NỘI DUNG\n1. Về thanh tra hành chính\n1.1. Thanh tra theo kế hoạch\na) Thẩm quyền quyết định thanh tra:\n"
        "a.1) Chánh Thanh tra tỉnh quyết định thanh tra trong phạm vi toàn tỉnh;\n"
        "a.2) Chánh Thanh tra huyện quyết định thanh tra trong địa bàn huyện.\n"
        "b) Nhiệm vụ năm 2026:\n- Sở Nội vụ hướng dẫn các huyện lập kế hoạch thanh tra năm 2026."
    )
    assert [t.assignees for t in _tasks(text)] == [["Sở Nội vụ"]]


def test_issuer_abbreviated_in_its_own_lead_in_is_not_a_task():
    text = (
        "Thực hiện Công văn số 77/UBND-NN ngày 03/9/2025 của UBND tỉnh, UBND huyện xây dựng Kế hoạch phòng chống "
        "lụt bão như sau:\n1. Phòng Nông nghiệp và Môi trường chủ trì kiểm tra đê bao."
    )
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN HUYỆN YÊN SƠN"))
    assert [t.assignees for t in tasks] == [["Phòng Nông nghiệp và Môi trường"]]


def test_section_unit_that_hands_work_on_keeps_the_task():
    text = (
        "3. UBND các xã có khu du lịch\nRà soát quỹ đất ven hồ; khẩn trương giao Trung tâm dịch vụ tổng hợp xã lập "
        "hồ sơ cắm mốc, hoàn thành trước ngày 30/9/2026."
    )
    assert [t.assignees for t in _tasks(text)] == [["UBND các xã có khu du lịch"]]


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("ỦY BAN NHÂN DÂN", [["Sở Công Thương"], ["Sở Công Thương"]]),  # `Sở` is the one Sở named before
        ("SỞ NỘI VỤ", [["Sở Công Thương"]]),  # in a Sở's own letter `Sở` is the issuer speaking
    ],
)
def test_head_alone_opening_a_sentence_is_the_one_body_of_that_kind_named_before(issuer, expected):
    text = (
        "Giao Sở Công Thương chủ trì kiểm tra thị trường xăng dầu.\n"
        "Sở có trách nhiệm tổng hợp kết quả, báo cáo trước ngày 15/3/2026."
    )
    tasks = _tasks(text, issuer=Issuer(name=issuer), type=DocType(code="CV", name="CÔNG VĂN"))
    assert [t.assignees for t in tasks] == expected


def test_issuer_saying_what_it_will_do_is_not_a_task():
    text = "II. TỔ CHỨC THỰC HIỆN\nĐịnh kỳ hằng năm, Bộ Y tế sẽ tổ chức kiểm tra việc thực hiện tại các địa phương."
    assert _tasks(text, issuer=Issuer(name="BỘ Y TẾ")) == []


def test_section_headings_carry_their_unit():
    text = (
        "II. NHIỆM VỤ TRỌNG TÂM\n1. Sở Xây dựng\n- Hướng dẫn cấp xã cấp phép xây dựng.\n"
        "- Kiểm tra trật tự xây dựng trong khu công nghiệp.\n2. Công an tỉnh\nBảo đảm an ninh trật tự tại các công trường."
    )
    assert [t.assignees for t in _tasks(text)] == [["Sở Xây dựng"], ["Sở Xây dựng"], ["Công an tỉnh"]]


def test_numbered_sentence_over_its_items_passes_who_and_with_whom():
    text = (
        "2.1. Sở Xây dựng phối hợp với Sở Tài chính trong công tác quản lý giá vật liệu.\n"
        "- Cập nhật giá vật liệu xây dựng hằng quý.\n"
        "- Kiểm tra việc công bố giá tại các huyện.\n"
    )
    tasks = _tasks(text)
    assert [(t.assignees, t.coordinators) for t in tasks] == [(["Sở Xây dựng"], ["Sở Tài chính"])] * 2


def test_numbered_sentence_spelling_out_works_is_a_task_over_its_items():
    """`1. Sở X chủ trì, … tổ chức thực hiện Đề án; xây dựng kế hoạch …; kiểm tra … .` gives work of its own, clause
    after clause: a task, its items its children."""
    text = (
        "1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan tổ chức thực hiện Đề án; xây dựng kế hoạch triển "
        "khai hằng năm; kiểm tra, đánh giá kết quả thực hiện.\n"
        "- Ban hành hướng dẫn về quy trình số hóa hồ sơ.\n- Theo dõi việc thực hiện các chỉ tiêu của Đề án.\n"
    )
    tasks = _tasks(text)
    assert [(t.assignees, t.parent) for t in tasks] == [
        (["Sở Nội vụ"], None), (["Sở Nội vụ"], tasks[0].id), (["Sở Nội vụ"], tasks[0].id)
    ]


def test_evaluation_section_is_silent():
    text = "I. ĐÁNH GIÁ CHUNG\nSở Y tế đã chủ động triển khai tiêm chủng.\nII. NHIỆM VỤ\nSở Y tế tăng cường giám sát dịch bệnh."
    assert [t.text for t in _tasks(text)] == ["Sở Y tế tăng cường giám sát dịch bệnh."]


def test_report_sections_results_and_shortcomings_are_silent():
    text = (
        "I. KẾT QUẢ ĐẠT ĐƯỢC\nSở Y tế chủ trì tổ chức tiêm chủng cho 95% trẻ em.\n"
        "II. TỒN TẠI, HẠN CHẾ\nMột số huyện chưa quyết liệt; Sở Tài chính chậm bố trí kinh phí.\n"
        "III. KIẾN NGHỊ\nĐề nghị Bộ Y tế bổ sung vắc xin cho tỉnh trong quý I/2025."
    )
    assert [(t.assignees, t.mode) for t in _tasks(text)] == [(["Bộ Y tế"], "đề nghị")]


def test_one_unit_several_numbered_subtasks():
    text = (
        "- Giao Sở Khoa học và Công nghệ: (i) Rà soát các đề tài chậm tiến độ; (ii) Chủ trì, phối hợp với Sở Tài chính "
        "hướng dẫn quyết toán kinh phí (hoàn thành trong tháng 9 năm 2024)."
    )
    tasks = _tasks(text)
    assert [t.assignees for t in tasks] == [["Sở Khoa học và Công nghệ"]] * 2
    assert tasks[0].text == "Rà soát các đề tài chậm tiến độ"
    assert tasks[1].coordinators == ["Sở Tài chính"]
    assert tasks[1].deadline.due == dt.date(2024, 9, 30)
    assert tasks[0].deadline.kind == "none"


def test_table_of_tasks():
    text = (
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | Xây dựng đề án chuyển đổi số | Sở Thông tin và Truyền thông | Sở Nội vụ, Sở Tài chính | Quý III/2024 |\n"
        "| 2 | Tổ chức hội nghị sơ kết | Văn phòng UBND tỉnh | | Tháng 12/2024 |\n"
    )
    tasks = _tasks(text)
    assert _rows(tasks) == [
        (["Sở Thông tin và Truyền thông"], ["Sở Nội vụ", "Sở Tài chính"], "Xây dựng đề án chuyển đổi số"),
        (["Văn phòng UBND tỉnh"], [], "Tổ chức hội nghị sơ kết"),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2024, 9, 30), dt.date(2024, 12, 31)]


def test_table_group_row_repeated_in_every_cell_is_no_task():
    # an export that splits a merged group row gives its label once per cell; a time cell holding a year before the
    # document's own is still that row's deadline
    text = (
        "II. NHIỆM VỤ\n"
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm\n\n"
        "I | Cải cách thể chế | Cải cách thể chế | Cải cách thể chế | Cải cách thể chế | Cải cách thể chế\n\n"
        "1 | Rà soát quy chế phối hợp | Sở Tư pháp | Sở Nội vụ | 2022 | Báo cáo\n\n"
        "2 | Xây dựng đề án vị trí việc làm | Sở Nội vụ | Các sở, ngành | 2023-2025 | Đề án\n"
    )
    tasks = _tasks(text, date=DocDate(text="ngày 07 tháng 02 năm 2023", year=2023, month=2, day=7))
    assert _rows(tasks) == [
        (["Sở Tư pháp"], ["Sở Nội vụ"], "Rà soát quy chế phối hợp"),
        (["Sở Nội vụ"], ["Các sở, ngành"], "Xây dựng đề án vị trí việc làm"),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2022, 12, 31), dt.date(2025, 12, 31)]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |", "| 1 | {task} | {lead} | UBND các xã | Quý IV/2025 |"),
        ("| TT | Nội dung | Đơn vị chủ trì | Thời gian |", "| 1 | {task} | {lead} | Quý IV/2025 |"),
        ("| Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |", "| {task} | {lead} | UBND các xã | Quý IV/2025 |"),
    ],
)
@pytest.mark.parametrize(
    "lead", ["Trạm Chăn nuôi và Thú y huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"]
)
def test_table_cell_with_and_or_commas_is_one_unit(header, row, lead):
    rule = "| " + " | ".join(["---"] * (header.count("|") - 1)) + " |"
    text = "\n".join([header, rule, row.format(task="Tập huấn kỹ thuật cho cán bộ cơ sở", lead=lead)]) + "\n"
    assert [t.assignees for t in _tasks(text)] == [[lead]]


def test_table_flattened_to_one_cell_per_line():
    text = (
        "II. NHIỆM VỤ\nTT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n"
        "1\nRà soát quy hoạch vùng nguyên liệu\nSở Nông nghiệp và Môi trường\n\nQuý III/2025\n"
        "2\nTổ chức hội chợ nông sản\nbao gồm phiên trực tuyến.\nSở Công Thương\nSở Tài chính\nTháng 11/2025\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
    )
    tasks = _tasks(text)
    assert _rows(tasks) == [
        (["Sở Nông nghiệp và Môi trường"], [], "Rà soát quy hoạch vùng nguyên liệu"),
        (["Sở Công Thương"], ["Sở Tài chính"], "Tổ chức hội chợ nông sản bao gồm phiên trực tuyến."),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2025, 9, 30), dt.date(2025, 11, 30)]


LAID_OUT = (
    "PHỤ LỤC\n"
    "                                                  Cơ quan            Thời hạn\n"
    "TT         Nhiệm vụ cụ thể                        chủ trì            hoàn thành\n"
    "    Xây dựng kế hoạch phát triển\n"
    "1   vùng nguyên liệu dược liệu                    Sở Y tế            2025 - 2027\n"
    "    giai đoạn mới\n"
    "\n"
    "2   Tổ chức hội thảo liên kết vùng                Sở Công Thương     Quý IV/2025\n"
)


def test_table_laid_out_with_spaces():
    tasks = _tasks(LAID_OUT)
    assert _rows(tasks) == [
        (["Sở Y tế"], [], "Xây dựng kế hoạch phát triển vùng nguyên liệu dược liệu giai đoạn mới"),
        (["Sở Công Thương"], [], "Tổ chức hội thảo liên kết vùng"),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2027, 12, 31), dt.date(2025, 12, 31)]


# Rows centred on their numbers with no blank line between them, a group heading (`II.1`), a number glued to
# its task by one space, a page number, and a person column running into the time column.
CENTRED = (
    "PHỤ LỤC\n"
    "                                                                              Thời hạn\n"
    "                                              Cơ quan        Người phụ trách\n"
    "TT            Nhiệm vụ cụ thể                                                 thực hiện\n"
    "                                              chủ trì        chỉ đạo\n"
    "I    Nhóm nhiệm vụ về thể chế\n"
    "     Rà soát quy định về quản lý chất thải              Đồng chí Lê Văn An -\n"
    " 1   rắn trên địa bàn tỉnh                    Sở Nội vụ     Phó Chủ 2026 - 2027\n"
    "     theo quy định mới                                      tịch UBND tỉnh\n"
    "     Xây dựng kế hoạch bảo vệ nguồn nước\n"
    "     các lưu vực sông chính của tỉnh\n"
    "     gắn với quy hoạch chung,\n"
    " 2   bảo đảm liên thông với quy hoạch         Sở Xây dựng                     Quý IV/2026\n"
    "     thủy lợi và phòng, chống thiên tai\n"
    "     của các huyện, thị xã\n"
    "     đến năm 2030\n"
    "                                                   7\n"
    "II.1 Nhóm nhiệm vụ về nguồn lực\n"
    " 3 Huy động nguồn lực xã hội hóa               Sở Tài chính                   2027 - 2030\n"
)

# Numbers level with their rows' first lines: a row's wrapped lines stay with it, capitalised or not.
TOP_ALIGNED = (
    "PHỤ LỤC\n"
    "TT       Nhiệm vụ                              Cơ quan chủ trì     Thời hạn\n"
    " 1       Rà soát quy định về phí, lệ phí       Sở Tài chính        Quý II/2026\n"
    "         theo các luật mới về thuế\n"
    "         Trung ương ban hành trong năm\n"
    " 2       Xây dựng kế hoạch đào tạo nghề        Sở Nội vụ           Quý IV/2026\n"
    "         cho lao động nông thôn\n"
)


def test_table_laid_out_with_centred_rows_and_group_headings():
    tasks = _tasks(CENTRED)
    assert _rows(tasks) == [
        (["Sở Nội vụ"], [], "Rà soát quy định về quản lý chất thải rắn trên địa bàn tỉnh theo quy định mới"),
        (["Sở Xây dựng"], [], "Xây dựng kế hoạch bảo vệ nguồn nước các lưu vực sông chính của tỉnh gắn với quy "
         "hoạch chung, bảo đảm liên thông với quy hoạch thủy lợi và phòng, chống thiên tai của các huyện, thị xã "
         "đến năm 2030"),
        (["Sở Tài chính"], [], "Huy động nguồn lực xã hội hóa"),
    ]
    assert [(t.deadline.text, t.deadline.due) for t in tasks] == [
        ("2026 - 2027", dt.date(2027, 12, 31)), ("Quý IV/2026", dt.date(2026, 12, 31)),
        ("2027 - 2030", dt.date(2030, 12, 31)),
    ]


def test_table_laid_out_with_numbers_on_first_lines():
    assert _rows(_tasks(TOP_ALIGNED)) == [
        (["Sở Tài chính"], [], "Rà soát quy định về phí, lệ phí theo các luật mới về thuế Trung ương ban hành trong năm"),
        (["Sở Nội vụ"], [], "Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn"),
    ]


def test_unit_names_do_not_run_across_a_laid_out_tables_cells():
    text = (
        "PHỤ LỤC\n"
        "TT       Nội dung                    Cơ quan chủ trì    Cơ quan phối hợp      Thời gian\n"
        " 1       Rà soát dữ liệu dân cư      Công an tỉnh       UBND các huyện        Quý II/2026\n"
        "\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    )
    tasks = _tasks(text)
    assert _rows(tasks)[0] == (["Công an tỉnh"], ["UBND các huyện"], "Rà soát dữ liệu dân cư")
    assert [t.assignees for t in tasks[1:]] == [["Sở Nội vụ"]]  # the text after the table is read as before


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the task's line runs on a word past the units' column, whose own words follow on the same line: the
        # word ends the task's line (a cell's line is one run of words), it does not open the unit's name
        (
            " 1   Hỗ trợ doanh nghiệp đổi mới công nghệ    Sở Công Thương        2026 - 2030\n"
            "     với Sở Tài chính, Sở Nội vụ Các          tỉnh\n"
            "     sở, ngành liên quan\n",
            (["Sở Công Thương"], "Hỗ trợ doanh nghiệp đổi mới công nghệ với Sở Tài chính, Sở Nội vụ Các sở, ngành liên quan"),
        ),
        # ... with nothing after it, the unit's name written one space from the task is cut off as before
        (
            " 1   Hỗ trợ doanh nghiệp đổi mới công nghệ Sở Công Thương        2026 - 2030\n",
            (["Sở Công Thương"], "Hỗ trợ doanh nghiệp đổi mới công nghệ"),
        ),
    ],
)
def test_laid_out_task_line_running_into_the_units_column(line, expected):
    text = "PHỤ LỤC\nTT              Nhiệm vụ                    Cơ quan chủ trì        Thời hạn\n" + line
    assert [(t.assignees, t.text) for t in _tasks(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        (  # pipe rows, the split cell merged into one upper cell
            "| TT | Nội dung công việc | Đơn vị thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "|  |  | Chủ trì | Phối hợp |  |\n"
        ),
        (  # pipe rows, the split cell's second half left empty above
            "| TT | Nội dung công việc | Đơn vị thực hiện | | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
            "|  |  | Chủ trì | Phối hợp |  |\n"
        ),
        # a .docx table flattened to one cell per line: the labels under the split cell come last
        "TT\nNội dung công việc\nĐơn vị thực hiện\nThời gian hoàn thành\nChủ trì\nPhối hợp\n",
    ],
)
def test_table_header_on_two_rows(text):
    rows = [("1", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Quý II/2026"),
            ("2", "Đánh giá chỉ số hài lòng", "Sở Nội vụ", "", "Trước ngày 15/12/2026")]
    if text.startswith("|"):
        body = "".join("| " + " | ".join(r) + " |\n" for r in rows)
    else:
        body = "".join("\n".join(r) + "\n" for r in rows) + "III. TỔ CHỨC THỰC HIỆN\n"
    tasks = _tasks("II. NHIỆM VỤ\n" + text + body)
    assert _rows(tasks) == [
        (["Văn phòng UBND tỉnh"], ["Các sở, ngành"], "Rà soát thủ tục hành chính"),
        (["Sở Nội vụ"], [], "Đánh giá chỉ số hài lòng"),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2026, 6, 30), dt.date(2026, 12, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "| TT | Nội dung | Cơ quan thực hiện | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Cập nhật cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã | "
        "Tháng 8/2026 |\n| 2 | Kiểm tra việc sử dụng đất | Thanh tra tỉnh | Quý IV/2026 |\n",
        "TT\nNội dung\nCơ quan thực hiện\nThời gian\n1\nCập nhật cơ sở dữ liệu đất đai\n"
        "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã\nTháng 8/2026\n"
        "2\nKiểm tra việc sử dụng đất\nThanh tra tỉnh\nQuý IV/2026\nIII. TỔ CHỨC THỰC HIỆN\n",
        "TT       Nội dung                         Cơ quan thực hiện                      Thời gian\n"
        " 1       Cập nhật cơ sở dữ liệu đất đai   Sở Nông nghiệp và Môi trường chủ       Tháng 8/2026\n"
        "                                          trì, phối hợp với UBND các xã\n"
        " 2       Kiểm tra việc sử dụng đất        Thanh tra tỉnh                         Quý IV/2026\n",
    ],
)
def test_table_of_units_that_carry_out_each_task(text):
    """A `Cơ quan thực hiện` column instead of `Cơ quan chủ trì`: its cell may name the lead and the others."""
    tasks = _tasks("II. NHIỆM VỤ\n" + text)
    assert _rows(tasks) == [
        (["Sở Nông nghiệp và Môi trường"], ["UBND các xã"], "Cập nhật cơ sở dữ liệu đất đai"),
        (["Thanh tra tỉnh"], [], "Kiểm tra việc sử dụng đất"),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2026, 8, 31), dt.date(2026, 12, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "TT\nNội dung\nCơ quan chủ trì\nThời gian\n1\nNhóm nhiệm vụ về cải cách thể chế\n"
        "1.1\nRà soát văn bản quy phạm pháp luật\nSở Tư pháp\nQuý III/2026\n"
        "1.2\nXây dựng quy chế phối hợp\nSở Nội vụ\nTháng 11/2026\nIII. TỔ CHỨC THỰC HIỆN\n",
        "TT       Nội dung                         Cơ quan chủ trì         Thời gian\n"
        "1        Nhóm nhiệm vụ về cải cách thể chế\n"
        "1.1      Rà soát văn bản quy phạm         Sở Tư pháp              Quý III/2026\n"
        "         pháp luật\n"
        "1.2      Xây dựng quy chế phối hợp        Sở Nội vụ               Tháng 11/2026\n",
    ],
)
def test_table_rows_numbered_under_a_group_row(text):
    tasks = _tasks("II. NHIỆM VỤ\n" + text)
    assert _rows(tasks) == [
        (["Sở Tư pháp"], [], "Rà soát văn bản quy phạm pháp luật"),
        (["Sở Nội vụ"], [], "Xây dựng quy chế phối hợp"),
    ]


def test_table_column_of_lead_and_coordinators_together():
    text = (
        "II. NHIỆM VỤ\n| TT | Nhiệm vụ | Cơ quan chủ trì, phối hợp | Thời hạn |\n|---|---|---|---|\n"
        "| 1 | Kiểm tra an toàn thực phẩm | Sở Y tế chủ trì, phối hợp với Công an tỉnh | Tháng 9/2026 |\n"
    )
    assert _rows(_tasks(text)) == [(["Sở Y tế"], ["Công an tỉnh"], "Kiểm tra an toàn thực phẩm")]


def test_field_lines_under_items():
    text = (
        "2.1. Tuyên truyền pháp luật lao động cho doanh nghiệp.\n"
        "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n"
        "- Thời gian thực hiện: Quý II/2024.\n"
    )
    (task,) = _tasks(text)
    assert (task.assignees, task.coordinators) == (["Sở Nội vụ"], ["Liên đoàn Lao động tỉnh"])
    assert task.deadline.due == dt.date(2024, 6, 30)


def test_invitation_preparation_tasks_are_due_at_the_meeting():
    text = (
        "GIẤY MỜI\nHọp bàn phương án phòng chống lụt bão\nThời gian: 08 giờ 00, ngày 12/9/2024.\n"
        "Giao Sở Nông nghiệp và Phát triển nông thôn chuẩn bị báo cáo phục vụ cuộc họp.\n"
    )
    meeting = Meeting(date=dt.date(2024, 9, 12))
    (task,) = _tasks(text, type=DocType(code="GM", name="GIẤY MỜI"), meeting=meeting, date=DocDate(text="", year=2024))
    assert task.deadline.due == dt.date(2024, 9, 12)
    assert task.deadline.inherited


_LETTER_MEETING = "Sở Tư pháp tổ chức Hội nghị phổ biến pháp luật năm 2024.\nThời gian: 14 giờ 00, ngày {day}.\n"


@pytest.mark.parametrize(
    ("day", "work", "due"),
    [
        # the work that names the meeting is due on its day ...
        ("20/10/2024", "Phòng Hành chính chuẩn bị tài liệu, hội trường phục vụ Hội nghị.", dt.date(2024, 10, 20)),
        ("20/10/2024", "Đề nghị UBND các huyện cử 02 cán bộ tham dự hội nghị.", dt.date(2024, 10, 20)),
        # ... other undated work is not, nor is work naming a meeting held before the letter's date
        ("20/10/2024", "Phòng Hành chính rà soát hồ sơ lưu trữ của Sở.", None),
        ("02/10/2024", "Phòng Hành chính tổng hợp ý kiến tại Hội nghị.", None),
    ],
)
def test_a_letter_s_meeting_day_dates_the_work_that_names_the_meeting(day, work, due):
    """A công văn that gives its meeting's `Thời gian:` line: the day dates the work for that meeting (a giấy
    mời's dates all its undated work)."""
    text = _LETTER_MEETING.format(day=day) + work + "\n"
    date = DocDate(text="", year=2024, month=10, day=8)
    task = _tasks(text, type=DocType(code="CV", name="CÔNG VĂN"), date=date)[-1]
    assert task.text == work and task.deadline.due == due
    assert task.deadline.inherited == (due is not None)


_MEETING_REPORT = load_toml("task_verbs.toml")["meeting_report"]


@pytest.mark.parametrize(
    ("sentence", "code", "expected"),
    [(s, "GM", [[n]]) for s, n in zip(_MEETING_REPORT["in_invitation"], _MEETING_REPORT["read_as"], strict=True)]
    + [(s, "GM", []) for s in _MEETING_REPORT["not_work"]]
    # a notice of what the meeting concluded tells what a unit reported: background
    + [(s, "TB", []) for s in _MEETING_REPORT["in_invitation"]],
)
def test_unit_that_presents_at_the_meeting_of_a_giay_moi(sentence, code, expected):
    """`[meeting_report]` of task_verbs.toml: in a giấy mời, `X báo cáo <nội dung>` is X's work for the meeting."""
    text = f"Nội dung cuộc họp:\n- {sentence}\n"
    tasks = _tasks(text, type=DocType(code=code, name=""), meeting=Meeting(date=dt.date(2026, 3, 12)))
    assert [t.assignees for t in tasks] == expected
    assert all((t.deadline.due, t.deadline.inherited) == (dt.date(2026, 3, 12), True) for t in tasks)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # a paragraph that opens by asking a unit, after items with no owner, is a request of its own
        ("Đề nghị Công ty Điện lực tỉnh chuẩn bị số liệu phụ tải.", [(["Công ty Điện lực tỉnh"], "Đề nghị Công")]),
        # ... a paragraph whose later sentence asks (`... . Yêu cầu các cơ sở ...`) carries on the item above
        ("Thường xuyên giám sát các trạm biến áp. Yêu cầu các cơ sở lắp đặt công tơ điện tử.", []),
    ],
)
def test_request_after_items_with_no_owner(after, expected):
    text = "Nội dung cuộc họp:\n- Các đại biểu thảo luận, thống nhất giải pháp.\n" + after + "\n"
    assert [(t.assignees, t.text[:12]) for t in _tasks(text)] == expected


def test_spans_cover_the_task_and_its_assignees():
    text = "Giao Sở Tài chính chủ trì thẩm định dự toán."
    (task,) = _tasks(text)
    assert text[task.span[0] : task.span[1]] == text
    assert [text[a:b] for a, b in task.assignee_spans] == ["Sở Tài chính"]


@pytest.mark.parametrize(
    ("units", "expected"),
    [
        (None, ["Sở KH&ĐT"]),
        (["Sở Kế hoạch và Đầu tư"], ["Sở Kế hoạch và Đầu tư"]),
        (UnitRegistry.default(), ["Sở Kế hoạch và Đầu tư"]),
    ],
)
def test_callers_registry_names_the_assignees(units, expected):
    doc = Document(source=Source(name="x.txt"), text="Giao Sở KH&ĐT tổng hợp nhu cầu vốn đầu tư công.")
    read_tasks(doc, split_lines(doc.text), units=units)
    assert [t.assignees for t in doc.tasks] == [expected]


@pytest.mark.parametrize("sentence", [e for t in load_toml("task_verbs.toml").values() for e in t["examples"]])
def test_verb_examples_assign(sentence):
    assert assignment(sentence) is not None


@pytest.mark.parametrize("sentence", [e for t in load_toml("task_exclusions.toml").values() for e in t["examples"]])
def test_exclusion_examples_are_excluded(sentence):
    assert excluded(sentence) is not None


@pytest.mark.parametrize(
    "sentence", [e for t in load_toml("task_exclusions.toml").values() for e in t.get("counter_examples", [])]
)
def test_exclusion_counter_examples_are_not_excluded(sentence):
    assert excluded(sentence) is None


def test_copied_deadline_is_dataclasses_replace():
    import dataclasses

    from chidao.documents.extract.tasks import _copied
    from chidao.documents.model import Deadline

    deadline = Deadline("trước ngày 10/4/2024", dt.date(2024, 4, 10), "date", True, (3, 9))
    copy = _copied(deadline)
    assert copy == dataclasses.replace(deadline) and copy is not deadline
    assert [f.name for f in dataclasses.fields(Deadline)] == ["text", "due", "kind", "inherited", "span"]


def test_lead_sentence_names_the_heading_unit_more_fully():
    text = (
        "2. Trách nhiệm của Phòng Kinh tế tiếp nhận hồ sơ cấp phép:\n"
        "Ngay sau khi nhận hồ sơ cấp phép theo quy định, Phòng Kinh tế nơi tiếp nhận hồ sơ cấp phép thực hiện các "
        "bước sau:\n"
        "- Kiểm tra thành phần hồ sơ của tổ chức đề nghị cấp phép;\n"
        "- Chuyển hồ sơ hợp lệ cho bộ phận thẩm định.\n"
    )
    assert [t.assignees for t in _tasks(text)] == [["Phòng Kinh tế nơi tiếp nhận hồ sơ cấp phép"]] * 2


@pytest.mark.parametrize(
    "lead",
    [
        "Phòng Kinh tế và các đơn vị tiếp nhận hồ sơ cấp phép thực hiện các bước sau:",  # another unit joins
        "Trong ngày làm việc đầu tiên, cán bộ của phòng thực hiện các bước sau:",  # no fuller name
    ],
)
def test_lead_sentence_without_a_fuller_name_keeps_the_heading_unit(lead):
    text = (
        f"2. Trách nhiệm của Phòng Kinh tế tiếp nhận hồ sơ cấp phép:\n{lead}\n"
        "- Kiểm tra thành phần hồ sơ của tổ chức đề nghị cấp phép;\n"
    )
    assert all("nơi" not in name for t in _tasks(text) for name in t.assignees)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # the unit's field of work (`trong công tác <verb> ...`) opens what it is to do
        ("Trung tâm Phát triển quỹ đất tỉnh trong công tác triển khai bồi thường các dự án trọng điểm.",
         ["Trung tâm Phát triển quỹ đất tỉnh"]),
        ("UBND các huyện trong việc thẩm định hồ sơ đất đai phải bảo đảm đúng thời hạn.", ["UBND các huyện"]),
        # ... unless the clause judges how that work went
        ("Sở Tài chính trong công tác quản lý ngân sách còn nhiều hạn chế.", None),
        ("Sở Tài chính trong công tác quản lý ngân sách năm trước đã đạt kết quả tốt.", None),
        ("Sở Xây dựng trong việc thẩm định hồ sơ chưa kịp thời.", None),
        ("Sở Xây dựng trong công tác này cần chủ động hơn.", None),  # no verb of work after the field
    ],
)
def test_unit_followed_by_its_field_of_work(sentence, subject):
    found = assignment(sentence)
    assert (list(found.names) if found else None) == subject


_REPORT_UPWARD = (
    "I. KẾT QUẢ THỰC HIỆN\nHuyện đã tổ chức 12 lớp tập huấn về chuyển đổi số.\n"
    "II. NHIỆM VỤ QUÝ TỚI\n1. Hoàn thiện kho dữ liệu dùng chung của huyện.\n"
    "Trên đây là tình hình chuyển đổi số quý III của huyện, {closing}./."
)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # a request upward with work for the body it goes to: a task of that body
        ("kính báo cáo Sở Khoa học và Công nghệ theo dõi, tổng hợp", [["Sở Khoa học và Công nghệ"]]),
        ("kính gửi Sở Nội vụ xem xét, tổng hợp", [["Sở Nội vụ"]]),
        ("đề nghị Sở Tài chính xem xét, bố trí kinh phí", [["Sở Tài chính"]]),
        # a person of two titles, the second abbreviated as the `Kính gửi` line writes it out in full
        (
            "kính báo cáo Giám đốc Sở Nội vụ, Trưởng ban Chỉ đạo CCHC tỉnh theo dõi, chỉ đạo",
            [["Giám đốc Sở Nội vụ, Trưởng ban Chỉ đạo cải cách hành chính tỉnh"]],
        ),
        # a report sent for information only asks nothing
        ("kính báo cáo Sở Khoa học và Công nghệ", []),
        ("kính báo cáo Sở Khoa học và Công nghệ biết", []),
        ("kính báo cáo Sở Khoa học và Công nghệ để biết", []),
        ("báo cáo Sở Khoa học và Công nghệ biết", []),
    ],
)
def test_report_closing_request_upward(closing, expected):
    addressees = [Addressee(name="Giám đốc Sở Nội vụ, Trưởng ban Chỉ đạo cải cách hành chính tỉnh")]
    tasks = _tasks(_REPORT_UPWARD.format(closing=closing), addressees=addressees)
    assert [t.assignees for t in tasks if t.text.startswith("Trên đây")] == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # `Trên đây là báo cáo ...` closes the report, yet its request upward still gives that body work
        ("Trên đây là báo cáo tình hình chuyển đổi số quý III của huyện, kính báo cáo Sở Nội vụ theo dõi, tổng hợp", [["Sở Nội vụ"]]),
        ("Trên đây là nội dung báo cáo của huyện, kính gửi Sở Nội vụ xem xét, chỉ đạo", [["Sở Nội vụ"]]),
        ("Trên đây là báo cáo tình hình chuyển đổi số quý III của huyện, kính báo cáo Sở Nội vụ", []),
        ("Trên đây là báo cáo tình hình chuyển đổi số quý III của huyện, kính báo cáo Sở Nội vụ biết", []),
        ("Trên đây là báo cáo tình hình chuyển đổi số quý III của huyện", []),
    ],
)
def test_report_sums_up_then_asks_upward(closing, expected):
    text = _REPORT_UPWARD.replace("Trên đây là tình hình chuyển đổi số quý III của huyện, {closing}", closing)
    assert [t.assignees for t in _tasks(text) if t.text.startswith("Trên đây")] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Sở Tài chính; Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
        # each `;` part is itself a list of units
        (
            "Công an tỉnh; Hội Nông dân cùng cấp và các cơ quan có liên quan",
            ["Công an tỉnh", "Hội Nông dân cùng cấp", "các cơ quan có liên quan"],
        ),
        (
            "Đoàn Thanh niên tỉnh; các sở, ban liên quan và Ủy ban nhân dân các xã, phường.",
            ["Đoàn Thanh niên tỉnh", "các sở, ban liên quan", "Ủy ban nhân dân các xã, phường"],
        ),
        # units one after another with only a space between (a PDF cell's paragraphs read as wrapped lines)
        ("Sở Xây dựng UBND các huyện, thành phố", ["Sở Xây dựng", "UBND các huyện, thành phố"]),
        ("Các sở, ngành Sở Y tế Công an tỉnh", ["Các sở, ngành", "Sở Y tế", "Công an tỉnh"]),
        # ... but one name with a comma inside stays whole, and so does a body named with its Party committee
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]),
        ("Ủy ban Kiểm tra Đảng ủy", ["Ủy ban Kiểm tra Đảng ủy"]),
        ("Văn phòng Đảng ủy xã", ["Văn phòng Đảng ủy xã"]),
    ],
)
def test_table_cell_split_on_semicolons_then_as_units(cell, expected):
    from chidao.documents.extract.task_tables import _split_names

    assert _split_names(cell) == expected


@pytest.mark.parametrize("heading", load_toml("task_verbs.toml")["bare_group"]["headings"])
def test_bare_group_headings_own_their_items(heading):
    """`[bare_group]` of task_verbs.toml: a group noun without `các` heading a duty section names its owner whole."""
    from chidao.documents.extract.tasks import _listed_owners

    assert _listed_owners(heading) == [(0, len(heading))]


@pytest.mark.parametrize(
    ("heading", "owners"),
    [
        # the unit reader takes the whole heading (a name with its own comma, then `và` more): each unit it read
        (
            "2. Phòng Cảnh sát phòng cháy, chữa cháy và các đơn vị trực thuộc Công an tỉnh",
            ["Phòng Cảnh sát phòng cháy, chữa cháy", "các đơn vị trực thuộc Công an tỉnh"],
        ),
        (
            "Phòng Quản lý Đô thị và phòng cháy, chữa cháy và các phòng, ban thuộc Sở",
            ["Phòng Quản lý Đô thị và phòng cháy, chữa cháy", "các phòng, ban thuộc Sở"],
        ),
        # a heading that says more than who stays no list of owners
        ("Phòng Cảnh sát phòng cháy, chữa cháy và các đơn vị tổ chức kiểm tra như sau", None),
    ],
)
def test_headings_read_whole_name_their_units(heading, owners):
    from chidao.documents.extract.tasks import _listed_owners

    heading = heading.split(". ", 1)[-1]
    listed = _listed_owners(heading)
    assert (None if listed is None else [heading[a:b] for a, b in listed]) == owners


@pytest.mark.parametrize("lead_in", load_toml("task_verbs.toml")["urges_only"]["examples"])
def test_urging_lead_ins_only_introduce(lead_in):
    """`[urges_only]` of task_verbs.toml: what follows the addressee of such a lead-in only urges others."""
    from chidao.documents.extract.tasks import _urges_only, _without_helpers

    found = assignment(lead_in)
    assert found is not None
    assert _urges_only(_without_helpers(lead_in, found))
    assert not _urges_only(_without_helpers(lead_in.replace("thực hiện", "rà soát"), found))


DUTY_TITLE = """Sở Công Thương đề nghị một số nội dung cụ thể như sau:
1. Yêu cầu đối với các doanh nghiệp kinh doanh xăng dầu, khí hóa lỏng trên địa bàn tỉnh.
1.1. Niêm yết công khai giá bán lẻ tại cửa hàng.
Không được ngừng bán hàng khi chưa có văn bản chấp thuận.
1.2. Về việc lưu giữ hồ sơ nhập hàng
Khoản 2 Điều 9 Nghị định số 99/2099/NĐ-CP quy định: thương nhân phải lưu giữ hóa đơn, chứng từ như sau:
a) Hóa đơn nhập hàng lưu giữ định kỳ hằng năm;
b) Phiếu xuất kho lưu giữ theo từng lô hàng.
1.3. Chi nhánh Xăng dầu tỉnh tổng hợp, báo cáo Sở Công Thương tình hình nguồn cung.
2. Đề nghị UBND các huyện, thành phố
- Kiểm tra việc chấp hành quy định về giá tại các cửa hàng.
"""


def test_items_under_a_duty_title_closed_by_a_full_stop_belong_to_the_units_it_names():
    tasks = _tasks(DUTY_TITLE)
    group = ["các doanh nghiệp kinh doanh xăng dầu, khí hóa lỏng trên địa bàn tỉnh"]
    assert [(t.assignees, t.text[:16]) for t in tasks] == [
        (group, "Niêm yết công kh"),
        (group, "Về việc lưu giữ "),
        (["Chi nhánh Xăng dầu tỉnh"], "Chi nhánh Xăng d"),  # an item naming its own units keeps them
        (["UBND các huyện, thành phố"], "Kiểm tra việc ch"),
    ]
    first, second = tasks[:2]
    # what stands under an item (a paragraph carrying it on, a quoted provision and its points) is part of it
    assert first.text.endswith("Không được ngừng bán hàng khi chưa có văn bản chấp thuận.")
    assert "a) Hóa đơn nhập hàng" in second.text and second.text.endswith("theo từng lô hàng.")
    assert second.deadline.kind == "recurring"


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # a time in the things the item lists (`bao gồm:`) tells how they are kept: the item is not recurring
        (
            "1.1. Về sổ sách theo dõi hàng nhập\nSổ sách làm căn cứ đối chiếu số liệu, bao gồm:\n"
            "a) Sổ nhập hàng, số liệu ghi chép hằng ngày;\nb) Sổ tồn kho, số liệu cập nhật hằng tháng.\n"
            "(2). Số liệu trong sổ sách và báo cáo định kỳ phải thống nhất.\n",
            "none",
        ),
        # ... a time the item states before that list still dates it
        (
            "1.1. Định kỳ hằng quý đối chiếu số liệu trong sổ sách\nSổ sách làm căn cứ đối chiếu, bao gồm:\n"
            "a) Sổ nhập hàng;\nb) Sổ tồn kho.\n",
            "recurring",
        ),
        # ... and a list of the item's own work dates it
        (
            "1.1. Về việc đối chiếu số liệu\nViệc đối chiếu thực hiện như sau:\n"
            "a) Đối chiếu số liệu sổ nhập hàng hằng tháng;\nb) Gửi kết quả về Sở.\n",
            "recurring",
        ),
    ],
)
def test_times_in_a_list_of_things_an_item_refers_to_do_not_date_it(item, kind):
    text = "1. Yêu cầu đối với các doanh nghiệp kinh doanh xăng dầu.\n" + item + "1.2. Niêm yết giá bán lẻ tại cửa hàng.\n"
    tasks = _tasks(text)
    assert [t.text[:5] for t in tasks][1:] == ["Niêm "]
    assert tasks[0].deadline.kind == kind


@pytest.mark.parametrize(
    ("title", "duty"),
    [
        ("Yêu cầu đối với các doanh nghiệp kinh doanh xăng dầu.", True),
        ("Trách nhiệm của Sở Y tế.", True),
        ("Nhiệm vụ của UBND các huyện, thành phố.", True),
        # a topic, not whose duties: no unit opens what follows `đối với`
        ("Yêu cầu đối với công tác kiểm tra, giám sát.", False),
        # a unit with much more said after it
        ("Trách nhiệm của Sở Y tế trong việc kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.", False),
        # not closed by a full stop: a heading already
        ("Trách nhiệm của Sở Y tế", False),
        # ... or closed by a colon, a long list of units: a duty title too
        ("Trách nhiệm của Sở Tài chính, Sở Xây dựng, Ủy ban nhân dân cấp xã:", True),
    ],
)
def test_duty_title(title, duty):
    assert _duty_title(title) is duty


@pytest.mark.parametrize("title", lead_ins()["duty_heading"]["class_examples"])
def test_a_duty_title_may_name_the_class_a_quy_dinh_binds(title):
    assert _duty_title(title)


@pytest.mark.parametrize("title", lead_ins()["duty_heading"]["class_counter_examples"])
def test_a_class_with_much_more_said_after_it_is_no_duty_title(title):
    assert not _duty_title(title)


# An article of a quy chế or a quy định: titles that name whose duties follow, the duties as items under them.
RULES_ARTICLES = """Điều 4. Phân cấp cho Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn sau
1. Cấp phép các chợ hạng một trên địa bàn tỉnh.
Điều 5. Nhiệm vụ của Ban chỉ đạo Chương trình
1. Họp định kỳ 6 tháng một lần để đánh giá tiến độ.
Điều 6. Trách nhiệm của các cơ quan
     1. Trách nhiệm của Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường,
Ủy ban nhân dân cấp xã:
      a) Chịu trách nhiệm trước pháp luật về kết quả thực hiện nhiệm vụ được phân cấp;
      b) Tuyên truyền quy định về quản lý chợ trên địa bàn.
"""


def test_duties_in_the_articles_of_a_quy_che_belong_to_the_units_each_title_names():
    tasks = _tasks(RULES_ARTICLES)
    assert [(t.assignees, t.text[:12]) for t in tasks] == [
        (["Sở Công Thương"], "Cấp phép các"),  # `Phân cấp cho X thực hiện … nhiệm vụ, quyền hạn sau`
        (["Ban chỉ đạo Chương trình"], "Họp định kỳ "),  # `chỉ đạo`, `trình`: words of the board's name
        # a title wrapped after a comma, each unit it lists; its liability (`Chịu trách nhiệm trước pháp luật`) no task
        (["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"], "Tuyên truyền"),
    ]


# ... and the parties of a public work, named by their role with no `các` (`[project_parties]`)
PARTIES_ARTICLE = """Điều 7. Trách nhiệm nghiệm thu công trình
1. Trách nhiệm của cơ quan quyết định đầu tư.
a) Tổ chức thẩm định hồ sơ nghiệm thu công trình đã hoàn thành;
2. Trách nhiệm của đơn vị thi công
a) Lập kế hoạch thi công chi tiết gửi chủ đầu tư;
b) Chịu sự giám sát, kiểm tra của chủ đầu tư đối với chất lượng công trình;
c) Báo cáo kịp thời với chủ đầu tư khi có sự thay đổi về tiến độ thi công.
"""


def test_duties_of_the_parties_of_a_public_work_belong_to_each_party_the_title_names():
    tasks = _tasks(PARTIES_ARTICLE)
    # being overseen (`Chịu sự giám sát`) asks nothing; a report only when something changes is conditional
    assert [(t.assignees, t.text[:12]) for t in tasks] == [
        (["cơ quan quyết định đầu tư"], "Tổ chức thẩm"),
        (["đơn vị thi công"], "Lập kế hoạch"),
    ]


GUIDED = """Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố thực hiện nội dung sau:
I. Cục Thuế tỉnh Quảng Ninh hướng dẫn Chi cục Thuế khu vực Hạ Long thực hiện nội dung sau:
1. Rà soát hồ sơ hoàn thuế còn tồn đọng.
a) Đối với hồ sơ đã đủ điều kiện hoàn:
Chi cục Thuế khu vực Hạ Long phối hợp Kho bạc Nhà nước tỉnh lập danh sách, hoàn trả trong tháng 5/2024.
b) Hồ sơ còn thiếu chứng từ
- Trường hợp người nộp thuế đã bổ sung đầy đủ chứng từ theo thông báo của cơ quan thuế trong thời hạn quy định:
Công chức kiểm tra đối chiếu và trình ký quyết định hoàn thuế.
- Đối với các trường hợp chưa bổ sung thì yêu cầu người nộp thuế bổ sung theo quy định.
2. Một số lưu ý Trong thời gian chuyển đổi hệ thống, khi tiếp nhận hồ sơ điện tử công chức thuế không ký số trên hệ thống cũ và xử lý như sau:
- Kiểm tra chữ ký số trên hồ sơ trước khi tiếp nhận.
"""


def test_unit_that_is_to_guide_another_over_a_list_gives_the_items_to_the_unit_it_guides():
    tasks = _tasks(GUIDED, issuer=Issuer(name="TỔNG CỤC THUẾ"))
    guide, item = tasks[-2:]
    # `Cục X hướng dẫn Chi cục Y thực hiện nội dung sau:` (X not the issuer): X's task, over Y's items
    assert guide.assignees == ["Cục Thuế tỉnh Quảng Ninh"] and guide.text.startswith("Cục Thuế tỉnh Quảng Ninh")
    assert item.assignees == ["Chi cục Thuế khu vực Hạ Long"] and item.parent == guide.id
    assert item.coordinators == ["Kho bạc Nhà nước tỉnh"]
    # the numbered sentence that names no one over its own items is their title; the steps of a case
    # (`Trường hợp ...:`), a conditional `Đối với các trường hợp ... thì ...` and notes (`Một số lưu ý ...:`)
    # are no one's tasks
    assert [t.text[:12] for t in tasks] == ["Cục Thuế tỉn", "Chi cục Thuế"]


def test_issuer_guiding_a_unit_over_a_list_is_still_its_own_guidance():
    text = (
        "Cục Thuế tỉnh Quảng Ninh hướng dẫn Chi cục Thuế khu vực Hạ Long thực hiện nội dung sau:\n"
        "- Kiểm tra chữ ký số trên hồ sơ trước khi tiếp nhận.\n"
    )
    assert _tasks(text, issuer=Issuer(name="CỤC THUẾ TỈNH QUẢNG NINH")) == []


def test_numbered_sentence_over_plain_items_under_a_lead_in_stays_a_task():
    text = (
        "UBND tỉnh chỉ thị các sở, ban, ngành tập trung thực hiện các nhiệm vụ sau:\n"
        "1. Thực hiện nghiêm các quy định về cải thiện môi trường đầu tư kinh doanh.\n"
        "- Đẩy mạnh cải cách thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ.\n"
    )
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"))
    assert [t.text[:12] for t in tasks] == ["Thực hiện ng", "Đẩy mạnh cải"]
    assert all(t.assignees == ["các sở, ban, ngành"] for t in tasks)


def test_recipients_block_inside_the_body_ends_what_its_lead_ins_carry():
    text = (
        "II. Sở Tài chính đề nghị Sở Xây dựng thực hiện các nội dung sau:\n"
        "1. Rà soát hồ sơ dự án.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "Danh sách hồ sơ đề nghị kiểm tra kèm theo công văn này.\n"
    )
    tasks = _tasks(text, body_span=(0, len(text)))
    assert [(t.assignees, t.text) for t in tasks] == [(["Sở Xây dựng"], "Rà soát hồ sơ dự án.")]


def _laid(*chunks: tuple[int, str]) -> str:
    """One line of a table laid out with spaces: each text at its column."""
    out = ""
    for x, text in chunks:
        out = out.ljust(x) + text
    return out + "\n"


# A column of the people in charge right of the units, its names set left of where its header starts: a unit's
# abbreviation one space from a person (`Đảng ủy HĐND Đồng chí ...`), a person's title (`Tỉnh ủy viên, ...`).
PEOPLE = "PHỤ LỤC\n" + "".join(
    [
        _laid((108, "Thời hạn")),
        _laid((63, "Cơ quan, tổ chức"), (82, "Cá nhân phụ trách chỉ")),
        _laid((0, "TT"), (23, "Nhiệm vụ cụ thể"), (108, "thực hiện")),
        _laid((65, "đảng chủ trì"), (82, "đạo, kiểm tra, đôn đốc")),
        "\n",
        _laid((64, "Đảng ủy HĐND Đồng chí Lê Văn An -")),
        _laid((5, "Rà soát cơ chế quản lý ngân sách chi cho")),
        _laid((1, "1"), (65, "tỉnh; Đảng ủy Tỉnh ủy viên, Phó Chủ 2026 - 2027")),
        _laid((5, "sự nghiệp bảo vệ môi trường")),
        _laid((67, "UBND tỉnh"), (82, "tịch UBND tỉnh")),
        "\n",
        _laid((70, "Đồng chí Lê Văn An -")),
        _laid((64, "Đảng ủy UBND")),
        _laid((0, " 2 Xây dựng kịch bản ứng phó thiên tai"), (71, "Tỉnh ủy viên, Phó Chủ 2028 - 2030")),
        _laid((69, "tỉnh")),
        _laid((74, "tịch UBND tỉnh")),
    ]
)


def test_table_laid_out_with_the_people_in_charge_beside_the_units():
    tasks = _tasks(PEOPLE)
    assert [t.assignees for t in tasks] == [
        ["Đảng ủy Hội đồng nhân dân tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh"],
        ["Đảng ủy Ủy ban nhân dân tỉnh"],
    ]
    assert [t.deadline.text for t in tasks] == ["2026 - 2027", "2028 - 2030"]


@pytest.mark.parametrize(
    ("topic", "texts"),
    [
        # a topic that names no one and asks nothing: the title of the paragraph under it
        ("Về thời gian chạy song song hai phần mềm kế toán tại các xã.", ["Trong thời gi"]),
        # a topic that asks for something (`cần`): an item of its own
        ("Về phương án tài chính cần bổ sung số liệu năm 2025.", ["Về phương án ", "Trong thời gi"]),
    ],
)
def test_numbered_topic_over_a_paragraph_that_gives_work(topic, texts):
    text = (
        "Sở Tài chính đề nghị UBND huyện Tân Lạc thực hiện các nội dung sau:\n"
        "1. Rà soát số dư tạm ứng của các xã.\n"
        f"2. {topic}\n"
        "Trong thời gian chuyển đổi, Phòng Tài chính - Kế hoạch huyện hướng dẫn các xã đối chiếu số liệu trước ngày 30/6/2025.\n"
    )
    tasks = _tasks(text, issuer=Issuer(name="SỞ TÀI CHÍNH"))
    assert [t.text[:13] for t in tasks[1:]] == texts

def test_closing_after_a_numbered_lead_in_takes_over_its_items():
    tasks = _tasks(
        "II. NHIỆM VỤ\n"
        "1. Yêu cầu UBND huyện Cái Nước chỉnh sửa dự thảo Báo cáo theo các nội dung sau:\n"
        "- Bổ sung số liệu thu ngân sách năm 2024.\n"
        "- Làm rõ nguyên nhân chậm giải ngân vốn đầu tư công.\n"
        "UBND huyện tiếp thu các ý kiến trên, hoàn chỉnh dự thảo Báo cáo, gửi Sở Tài chính trước ngày 10/5/2025.\n"
        "2. Giao Sở Tài chính thẩm định dự thảo Báo cáo.\n",
        date=DocDate(text="", year=2025, month=4, day=20),
    )
    texts = [t.text for t in tasks]
    assert not any(t.startswith("Yêu cầu UBND huyện") for t in texts)  # the lead-in only introduced the items
    closing = next(t for t in tasks if t.text.startswith("UBND huyện tiếp thu"))
    items = [t for t in tasks if t.parent == closing.id]
    assert [t.text[:10] for t in items] == ["Bổ sung số", "Làm rõ ngu"]
    assert all(t.deadline.due == dt.date(2025, 5, 10) and t.deadline.inherited for t in items)
    assert closing.parent is None and closing.assignees == ["UBND huyện Cái Nước"]


def test_follow_up_of_the_list_without_its_unit_named_again():
    tasks = _tasks(
        "Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố thực hiện các nội dung sau:\n"
        "1. Rà soát danh mục trang thiết bị y tế tại các trạm y tế xã.\n"
        "2. Lập kế hoạch mua sắm bổ sung.\n"
        "Báo cáo kết quả thực hiện các nội dung trên gửi về Bộ Y tế trước ngày 20/10/2024.\n"
        "Trân trọng./.\n",
        date=DocDate(text="", year=2024, month=9, day=5),
    )
    closing = next(t for t in tasks if t.text.startswith("Báo cáo kết quả"))
    assert closing.assignees == ["Sở Y tế các tỉnh, thành phố"]
    assert closing.deadline.due == dt.date(2024, 10, 20) and not closing.deadline.inherited
    items = [t for t in tasks if t.parent == closing.id]
    assert len(items) == 2 and all(t.deadline.due == dt.date(2024, 10, 20) and t.deadline.inherited for t in items)


def test_time_line_with_an_exception_for_one_piece_of_work():
    tasks = _tasks(
        "1.1. Tổ chức rà soát, cập nhật danh mục di tích trên địa bàn.\n"
        "1.2. Tuyên truyền về giá trị di sản đến Nhân dân.\n"
        "- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n"
        "- Thời gian thực hiện: Thường xuyên; riêng việc rà soát, cập nhật danh mục di tích hoàn thành trong quý III/2024.\n",
        date=DocDate(text="", year=2024, month=3, day=1),
    )
    by_start = {t.text[:8]: t.deadline for t in tasks}
    assert (by_start["Tổ chức "].kind, by_start["Tổ chức "].due) == ("quarter", dt.date(2024, 9, 30))
    assert (by_start["Tuyên tr"].kind, by_start["Tuyên tr"].due) == ("recurring", None)


def test_department_named_at_its_fullest_from_the_addressee_line():
    tasks = _tasks(
        "Kính gửi: Sở Nội vụ tỉnh Điện Biên.\nĐề nghị Sở Nội vụ hướng dẫn thủ tục tuyển dụng viên chức năm 2025.",
        addressees=[Addressee(name="Sở Nội vụ tỉnh Điện Biên")],
    )
    assert [t.assignees for t in tasks] == [["Sở Nội vụ tỉnh Điện Biên"]]


@pytest.mark.parametrize(
    ("opening", "is_task"),
    [
        ("Ngày 14/3/2024, Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống hạn mặn tại huyện Ba Tri.", False),
        ("Ngày 25/3/2024, Sở Nông nghiệp và Phát triển nông thôn kiểm tra các cống ngăn mặn.", True),  # after the notice
    ],
)
def test_sentence_opening_with_a_day_before_the_document_tells_what_happened(opening, is_task):
    tasks = _tasks(opening, date=DocDate(text="", year=2024, month=3, day=18))
    assert bool(tasks) is is_task


@pytest.mark.parametrize(
    ("opening", "is_task"),
    [
        ("Ngày 14/1/2024, Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống hạn mặn tại huyện Ba Tri.", False),
        ("Ngày 14/2/2024, Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống hạn mặn tại huyện Ba Tri.", True),
    ],
)
def test_a_document_dated_on_a_day_that_does_not_exist_compares_months(opening, is_task):
    """`ngày 31 tháng 2`: the checker reports the date; the task walk neither fails on it nor guesses the day."""
    tasks = _tasks(opening, date=DocDate(text="", year=2024, month=2, day=31))
    assert bool(tasks) is is_task


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an item under a unit's heading that opens with `Phối hợp với Y`: Y helps the unit of the heading
            "Giao Sở Công Thương:\n- Phối hợp với Sở Xây dựng kiểm tra các chợ đầu mối.\n"
            "- Kết hợp với Công an tỉnh xử lý hàng giả.",
            [(["Sở Công Thương"], ["Sở Xây dựng"]), (["Sở Công Thương"], ["Công an tỉnh"])],
        ),
        (  # the province's press agency since 2025
            "Giao Báo và Phát thanh, Truyền hình Lâm Đồng mở chuyên mục về chuyển đổi số.",
            [(["Báo và Phát thanh, Truyền hình Lâm Đồng"], [])],
        ),
        (  # a comma inside a name's fixed phrase (`phòng, chống`, `khám, chữa bệnh`) parts no units
            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì, phối hợp với Cục Quản lý Khám, "
            "chữa bệnh kiểm tra phương án.",
            [(["Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"], ["Cục Quản lý Khám, chữa bệnh"])],
        ),
        (  # ... but a comma after a unit before such words still ends it
            "Sở Y tế chủ trì công tác phòng, chống dịch.\nTrung tâm Y tế huyện khám, chữa bệnh cho người dân.",
            [(["Sở Y tế"], []), (["Trung tâm Y tế huyện"], [])],
        ),
        (  # a commune's civil servant by the field in his charge; the head of the hamlets
            "1. Công chức Tư pháp - Hộ tịch hướng dẫn thủ tục đăng ký khai sinh.\n"
            "2. Trưởng các thôn vận động người dân đăng ký khai sinh đúng hạn.\n"
            "3. Trưởng các ấp lập danh sách trẻ chưa đăng ký khai sinh.",
            [(["Công chức Tư pháp - Hộ tịch"], []), (["Trưởng các thôn"], []), (["Trưởng các ấp"], [])],
        ),
        (  # the head of one hamlet, named by the office and the hamlet word, with the hamlet's name or without
            "1. Trưởng thôn phối hợp với Công an xã kiểm tra các hộ kinh doanh.\n"
            "2. Trưởng ấp Tân Hòa lập danh sách hộ nghèo trước ngày 15/5/2025.\n"
            "3. Giao Trưởng các thôn, tổ dân phố tuyên truyền đến từng hộ dân.",
            [
                (["Trưởng thôn"], ["Công an xã"]),
                (["Trưởng ấp Tân Hòa"], []),
                (["Trưởng các thôn, tổ dân phố"], []),
            ],
        ),
        (  # `dự` alone attends a meeting, `dự báo` is work
            "Sở Công Thương dự báo cung cầu xăng dầu dịp cuối năm.",
            [(["Sở Công Thương"], [])],
        ),
        (  # units abbreviated at their head: `BQL` (Ban Quản lý), `BCH` (Bộ Chỉ huy)
            "1. Sở Tài chính chủ trì, phối hợp với BQL Khu kinh tế tỉnh rà soát các khoản thu.\n"
            "2. BCH Quân sự tỉnh và Công an tỉnh tổ chức diễn tập trong quý III/2024.",
            [(["Sở Tài chính"], ["BQL Khu kinh tế tỉnh"]), (["BCH Quân sự tỉnh", "Công an tỉnh"], [])],
        ),
    ],
)
def test_fresh_units_and_helpers(text, expected):
    assert [(t.assignees, t.coordinators) for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    ("row", "lead"),
    [
        ("| 1 | Số hóa hồ sơ | Văn phòng HĐND và UBND huyện | Phòng Nội vụ | Quý III/2024 |", "Văn phòng HĐND và UBND huyện"),
        ("| 2 | Kiểm tra chợ | Ban Quản lý chợ thị xã | Phòng Kinh tế | Tháng 6/2024 |", "Ban Quản lý chợ thị xã"),
    ],
)
def test_unit_name_stops_at_a_pipe_tables_cell_border(row, lead):
    text = "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n" + row
    assert [t.assignees for t in _tasks(text)] == [[lead]]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("CV", [["UBND các huyện"]]),  # a letter's issuer telling what it does asks no one
        ("KH", [["Sở Giáo dục và Đào tạo"], ["UBND các huyện"]]),  # a plan gives its issuer work too
    ],
)
def test_issuer_of_a_letter_is_no_addressee_of_it(code, expected):
    text = (
        "Thực hiện kế hoạch năm học, Sở Giáo dục và Đào tạo tổ chức hội thi giáo viên dạy giỏi vào ngày 12/3/2025.\n"
        "Đề nghị UBND các huyện cử giáo viên dự thi, gửi danh sách trước ngày 20/2/2025."
    )
    tasks = _tasks(text, issuer=Issuer(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO"), type=DocType(code=code, name=""))
    assert [t.assignees for t in tasks] == expected


@pytest.mark.parametrize("code", sorted(letter_codes()))
def test_every_type_marked_a_letter_is_read_as_one(code):
    """`letter = true` of data/document_types.toml: the issuer's own work is background, an item's unit before
    `yêu cầu` is the body asked."""
    text = (
        "Thực hiện chương trình công tác, Sở Nông nghiệp và Môi trường tổ chức tập huấn vào ngày 5/6/2025.\n"
        "Sở Nông nghiệp và Môi trường đề nghị:\n1. UBND các xã cử cán bộ dự tập huấn.\n"
        "2. Ban Quản lý dự án huyện yêu cầu các nhà thầu dừng thi công."
    )
    issuer = Issuer(name="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    tasks = _tasks(text, issuer=issuer, type=DocType(code=code, name=""))
    assert [t.assignees for t in tasks] == [["UBND các xã"], ["Ban Quản lý dự án huyện"]]


def test_a_cong_van_is_a_letter_and_a_plan_is_not():
    assert "CV" in letter_codes() and not {"KH", "TB", "QĐ"} & letter_codes()


@pytest.mark.parametrize(
    "lead",
    ["Chủ tịch UBND tỉnh yêu cầu:", "Chủ tịch UBND tỉnh chỉ đạo:", "Chủ tịch UBND tỉnh yêu cầu như sau:"],
)
def test_lead_in_of_the_issuers_head_gives_the_items_to_the_units_they_name(lead):
    text = (
        lead + "\n1. Sở Tài chính cân đối kinh phí trong tháng 10/2025.\n"
        "2. Đề nghị Hội Nông dân tỉnh vận động hội viên tham gia."
    )
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"))
    assert [t.assignees for t in tasks] == [["Sở Tài chính"], ["Hội Nông dân tỉnh"]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh Đoàn", ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh Đoàn"]),
        ("Sở Tài chính, Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
        ("UBND các huyện, thị xã, thành phố", ["UBND các huyện, thị xã, thành phố"]),
        ("Các sở: Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
        ("Giám đốc các Sở: Y tế, Xây dựng", ["Giám đốc Sở Y tế", "Giám đốc Sở Xây dựng"]),
        # a group of places after a body with no `các` before its first level: one line, one group
        ("Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố", ["Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố"]),
        ("Các Trung tâm Y tế huyện, thành phố", ["Các Trung tâm Y tế huyện, thành phố"]),
    ],
)
def test_kinh_gui_line_naming_several_bodies_is_read_body_by_body(line, expected):
    assert _addressee_units(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện như sau:\n1. Đối với các sở, ban, ngành:\n"
            "- Rà soát vị trí việc làm.\n2. Đối với UBND các xã, phường:\n- Báo cáo số lượng công chức.",
            [["các sở, ban, ngành"], ["UBND các xã, phường"]],
        ),
        (
            "1. Đối với Công an tỉnh:\n- Tăng cường tuần tra kiểm soát.\n2. Đối với Sở Y tế và Sở Tài chính:\n"
            "- Bảo đảm thuốc thiết yếu.",
            [["Công an tỉnh"], ["Sở Y tế", "Sở Tài chính"]],
        ),
        (  # a gloss in brackets after the units, the heading with its colon or without
            "Bộ Nội vụ đề nghị các Bộ, ngành thực hiện như sau:\n1. Đối với các Bộ quản lý chuyên ngành (theo khoản 3"
            " Điều 7 Nghị định số 12/2031/NĐ-CP):\na) Công bố danh mục trạm quan trắc.\n2. Đối với các Bộ quản lý "
            "ngành (cơ quan chủ trì)\na) Thẩm định định mức biên chế.",
            [["các Bộ quản lý chuyên ngành"], ["các Bộ quản lý ngành"]],
        ),
        (  # ... and on the item's own line, before its work
            "Bộ Nội vụ đề nghị các Bộ, ngành thực hiện như sau:\n1. Đối với Sở Công Thương (cơ quan thường trực): Tổng"
            " hợp đề xuất của các huyện.",
            [["Sở Công Thương"]],
        ),
        (  # a locality addressed by its name
            "III. TỔ CHỨC THỰC HIỆN\n1. Đối với Thủ đô Hà Nội\n- Tập trung chỉ đạo các sở, ban, ngành rà soát kế hoạch.\n"
            "2. Đối với tỉnh Nam An:\n- Chủ động xây dựng chương trình liên kết với Thủ đô.",
            [["Thủ đô Hà Nội"], ["tỉnh Nam An"]],
        ),
    ],
)
def test_for_units_heading_gives_its_items_to_those_units(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


def test_a_deputy_of_the_issuers_head_is_not_the_issuer():
    text = "Chủ tịch UBND tỉnh kết luận như sau:\n1. Phó Chủ tịch UBND tỉnh Lê Văn A trực tiếp chỉ đạo công tác cứu hộ."
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"))
    assert [t.assignees for t in tasks] == [["Phó Chủ tịch UBND tỉnh Lê Văn A"]]


def test_group_of_the_whole_country_is_named_at_its_fullest():
    text = "Đề nghị Sở Y tế các tỉnh, thành phố chỉ đạo các bệnh viện bố trí trực Tết."
    tasks = _tasks(text, addressees=[Addressee(name="Sở Y tế các tỉnh, thành phố trực thuộc Trung ương")])
    assert [t.assignees for t in tasks] == [["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]]


@pytest.mark.parametrize(
    ("code", "item", "expected"),
    [
        # an item of a letter: the body asked is the one that is to require the work of others
        ("CV", "2. Ban Quản lý dự án tỉnh yêu cầu các nhà thầu che chắn công trường.", ["Ban Quản lý dự án tỉnh"]),
        # an office holder before `yêu cầu` speaks: the units after it are asked
        ("CV", "2. Giám đốc Ban Quản lý dự án tỉnh yêu cầu các nhà thầu che chắn công trường.", ["các nhà thầu"]),
        # ... in any other document too: a board that does not speak for it asks on its own behalf
        ("TB", "2. Ban Quản lý dự án tỉnh yêu cầu các nhà thầu che chắn công trường.", ["Ban Quản lý dự án tỉnh"]),
        # ... where a body that directs, of the issuer's level or above, speaks for it (`[voice]` of lead_ins.toml)
        ("TB", "2. UBND tỉnh yêu cầu các nhà thầu che chắn công trường.", ["các nhà thầu"]),
    ],
)
def test_unit_of_a_letters_item_that_requires_work_of_others(code, item, expected):
    text = "Sở Xây dựng đề nghị:\n1. UBND các huyện kiểm tra các công trình.\n" + item
    tasks = _tasks(text, issuer=Issuer(name="SỞ XÂY DỰNG"), type=DocType(code=code, name=""))
    assert tasks[-1].assignees == expected


def test_numbered_item_whose_fields_stand_under_it_as_dashes_gets_them():
    text = (
        "II. NHIỆM VỤ\n1. Nạo vét kênh tiêu thoát nước\n- Cơ quan chủ trì: Sở Xây dựng.\n"
        "- Cơ quan phối hợp: UBND huyện Phong Điền.\n- Thời hạn hoàn thành: trước ngày 30/4/2025.\n"
        "2. Trồng cây xanh ven kè\n- Cơ quan chủ trì: UBND quận Bình Thủy.\n- Thời hạn: Quý III/2025."
    )
    tasks = _tasks(text)
    assert _rows(tasks) == [
        (["Sở Xây dựng"], ["UBND huyện Phong Điền"], "Nạo vét kênh tiêu thoát nước"),
        (["UBND quận Bình Thủy"], [], "Trồng cây xanh ven kè"),
    ]
    assert [t.deadline.due for t in tasks] == [dt.date(2025, 4, 30), dt.date(2025, 9, 30)]


@pytest.mark.parametrize(
    ("later", "assignees"),
    [
        # a later sentence naming one of the heading's units goes on with the item
        ("Các sở, ngành khẩn trương gửi danh mục đề xuất về Sở Tài chính.", ["Các sở, ngành", "Ủy ban nhân dân các xã, phường"]),
        # ... one naming another unit makes the item that unit's, as before
        ("Sở Xây dựng khẩn trương gửi danh mục đề xuất về Sở Tài chính.", ["Sở Xây dựng"]),
    ],
)
def test_item_under_a_heading_of_units_keeps_them_past_a_later_sentence(later, assignees):
    """`a) Các sở, ngành, Ủy ban nhân dân các xã, phường` over `- Rà soát … . Các sở, ngành khẩn trương …`: the item opens
    with its work in a sentence naming no one; a later sentence naming some of the heading's units is still the
    item's work, done by all the heading's units."""
    text = (
        "II. NHIỆM VỤ\n1. Về đầu tư công\na) Các sở, ngành, Ủy ban nhân dân các xã, phường\n"
        f"- Rà soát danh mục dự án khởi công mới năm 2027, bảo đảm đủ hồ sơ thủ tục đầu tư. {later}\n"
        "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công được giao.\n"
    )
    first = _tasks(text)[0]
    assert first.assignees == assignees
    assert first.text.startswith("Rà soát danh mục dự án")


@pytest.mark.parametrize(
    ("before", "lead_in"),
    [
        # an article above the article whose lead-in introduces the fields
        (
            "Điều 1. Phê duyệt kèm theo Quyết định này danh mục các công trình giao thông trọng điểm năm 2026.",
            "Điều 2. Bổ sung một nhiệm vụ vào danh mục ban hành kèm theo Quyết định số 45/QĐ-UBND như sau:",
        ),
        # ... or a numbered item beside the numbered lead-in
        (
            "1. Thống nhất kéo dài thời gian thực hiện dự án kè sông Cái đến hết năm 2026.",
            "2. Giao thêm nhiệm vụ cho các cơ quan như sau:",
        ),
    ],
)
def test_fields_under_a_numbered_lead_in_skip_the_items_before_it(before, lead_in):
    """Field lines (`Cơ quan chủ trì: …`) under the items of a numbered lead-in give their units to those items only,
    not to an item at the lead-in's level or above it, before it."""
    depth = "a)" if lead_in.startswith("2.") else "1."
    text = (
        f"{before}\n{lead_in}\n{depth} Tên nhiệm vụ: Lập quy hoạch chi tiết khu tái định cư phía Bắc.\n"
        "- Cơ quan chủ trì: Sở Xây dựng.\n- Cơ quan phối hợp: UBND các xã.\n- Thời gian hoàn thành: Quý III/2026."
    )
    assert _rows(_tasks(text)) == [
        (["Sở Xây dựng"], ["UBND các xã"], "Tên nhiệm vụ: Lập quy hoạch chi tiết khu tái định cư phía Bắc.")
    ]


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        ("| TT | Nội dung | Cơ quan tham mưu | Đồng chí phụ trách | Thời gian |", "Văn phòng Đảng ủy"),
        ("| TT | Nội dung | Cơ quan chuẩn bị | Đồng chí phụ trách | Thời gian |", "Văn phòng Đảng ủy"),
    ],
)
def test_party_programme_table_names_the_body_that_prepares_each_item(header, lead):
    text = header + "\n|---|---|---|---|---|\n| 1 | Sơ kết công tác dân vận | Văn phòng Đảng ủy | Đồng chí Phó Bí thư | Tháng 10/2025 |"
    assert [t.assignees for t in _tasks(text)] == [[lead]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ trưởng các phòng, ban, ngành thuộc huyện, Chủ tịch UBND các xã rà soát hồ sơ.",
         ["Thủ trưởng các phòng, ban, ngành thuộc huyện", "Chủ tịch UBND các xã"]),
        ("Các phòng, ban, ngành huyện rà soát hồ sơ.", ["Các phòng, ban, ngành huyện"]),
        # the levels of government with the branches, either way round
        ("Thủ tướng Chính phủ yêu cầu các ngành, các cấp tổ chức kiểm kê đất đai.", ["các ngành, các cấp"]),
        ("Yêu cầu các cấp, các ngành tăng cường tuyên truyền phòng chống dịch.", ["các cấp, các ngành"]),
        # a group with its levels or its bodies in a bracket before its work
        ("Ủy ban nhân dân các cấp (tỉnh, huyện, xã) cử một Phó Chủ tịch trực tiếp chỉ đạo công tác kiểm kê.",
         ["Ủy ban nhân dân các cấp"]),
        ("UBND các huyện (Phòng Tài chính - Kế hoạch, Phòng Kinh tế) cử cán bộ tham gia đoàn kiểm tra.",
         ["UBND các huyện"]),
        # the propaganda bodies and the press as one group, before another body
        ("Các cơ quan tuyên truyền, báo chí, Đài Phát thanh tỉnh có kế hoạch tuyên truyền về kiểm kê đất đai.",
         ["Các cơ quan tuyên truyền, báo chí", "Đài Phát thanh tỉnh"]),
    ],
)
def test_groups_of_a_district_keep_their_place(text, expected):
    assert [t.assignees for t in _tasks(text)] == [expected]


def test_offices_in_the_plural_with_their_reach_are_assigned_work():
    text = (
        "Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Các Phó Chủ tịch UBND tỉnh theo lĩnh vực được phân công kiểm tra tiến độ các dự án.\n"
        "2. Giao các Phó Chủ tịch UBND các huyện theo dõi việc giải ngân."
    )
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH TÂY NINH"))
    assert [t.assignees for t in tasks] == [["Các Phó Chủ tịch UBND tỉnh"], ["các Phó Chủ tịch UBND các huyện"]]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("- Rà soát quỹ đất trồng rừng (Sở Nông nghiệp và Môi trường chủ trì).", (["Sở Nông nghiệp và Môi trường"], [])),
        ("- Rà soát quỹ đất (Sở Tài chính chủ trì, phối hợp với UBND các xã; hoàn thành trong quý II/2026).",
         (["Sở Tài chính"], ["UBND các xã"])),
        ("- Công bố danh mục vùng trồng (Văn phòng UBND tỉnh thực hiện; trong tháng 7/2026).", (["Văn phòng UBND tỉnh"], [])),
    ],
)
def test_who_leads_an_item_in_brackets_at_its_end(item, expected):
    tasks = _tasks("1. Về quy hoạch vùng trồng\n" + item)
    assert [(t.assignees, t.coordinators) for t in tasks] == [expected]


@pytest.mark.parametrize(
    ("text", "task_text"),
    [
        # a paragraph: the background sentence before the unit's sentence is not its task's text
        ("IV. KINH PHÍ\nKinh phí được bố trí từ ngân sách huyện năm 2020. Phòng Tài chính - Kế hoạch thẩm định dự toán.\n",
         "Phòng Tài chính - Kế hoạch thẩm định dự toán."),
        # an opening clause of the unit's own sentence is
        ("IV. KINH PHÍ\nĐể bảo đảm tiến độ, Phòng Tài chính - Kế hoạch thẩm định dự toán.\n",
         "Để bảo đảm tiến độ, Phòng Tài chính - Kế hoạch thẩm định dự toán."),
        # a list item's whole text is its task
        ("1. Việc bổ sung cụm công nghiệp vào quy hoạch. Sở Công Thương thực hiện theo kết luận của UBND tỉnh.\n",
         "Việc bổ sung cụm công nghiệp vào quy hoạch. Sở Công Thương thực hiện theo kết luận của UBND tỉnh."),
        # the request the speaker considered, before the comma that hands over to him, is not the order's text
        ("Xét đề nghị của Ủy ban nhân dân tỉnh Hòa Lâm tại văn bản số 88/UBND-KT ngày 04 tháng 3 năm 2026, Phó Thủ "
         "tướng Lê Văn An giao Bộ Tài chính xem xét, xử lý theo thẩm quyền.\n",
         "Phó Thủ tướng Lê Văn An giao Bộ Tài chính xem xét, xử lý theo thẩm quyền."),
        ("Về báo cáo của Bộ Xây dựng tại văn bản số 51/BXD-HĐXD, Phó Thủ tướng Lê Văn An đồng ý dự thảo Tờ trình và "
         "giao Bộ trưởng Bộ Xây dựng thay mặt Chính phủ trình Quốc hội.\n",
         "Phó Thủ tướng Lê Văn An đồng ý dự thảo Tờ trình và giao Bộ trưởng Bộ Xây dựng thay mặt Chính phủ trình Quốc "
         "hội."),
        # ... but a list item keeps it whole
        ("1. Xét đề nghị của Sở Nội vụ, giao Sở Tài chính bố trí kinh phí.\n",
         "Xét đề nghị của Sở Nội vụ, giao Sở Tài chính bố trí kinh phí."),
    ],
)
def test_background_sentence_before_a_task_in_a_paragraph(text, task_text):
    assert [t.text for t in _tasks(text)] == [task_text]


@pytest.mark.parametrize(
    "opening",
    [
        "Ngày 10/9/2020, Thường trực Huyện ủy nghe Ban Tổ chức báo cáo. Ban Thường vụ Huyện ủy có ý kiến như sau:",
        "Ngày 10/9/2020, Ban Tổ chức Huyện ủy báo cáo tiến độ. Thường trực Huyện ủy kết luận như sau:",
        "Thường trực Huyện ủy có ý kiến như sau:",
    ],
)
def test_lead_in_after_a_dated_opening_is_the_issuer_speaking(opening):
    """The body that speaks in a lead-in is the one of its last sentence (the one ending with `:`)."""
    text = f"{opening}\n1. Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền.\n2. Văn phòng Huyện ủy tổng hợp.\n"
    tasks = _tasks(text)
    assert [t.assignees for t in tasks] == [["Ban Tuyên giáo Huyện ủy"], ["Văn phòng Huyện ủy"]]
    assert all(t.parent is None for t in tasks)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Kinh phí được bố trí từ ngân sách tỉnh. Sở Tài chính thẩm định dự toán.", True),
        # a lead-in keeps its opening sentences (their time is its items')
        ("Sở X tổ chức kỳ thi vào ngày 18/01/2025. Sở X đề nghị UBND các huyện chỉ đạo một số việc sau:", False),
        ("Để bảo đảm tiến độ, Sở Tài chính thẩm định dự toán.", False),
    ],
)
def test_a_sentence_of_its_own_before_a_task(text, ends):
    from chidao.documents.extract.clauses import clauses
    from chidao.documents.extract.tasks import _ends_sentence

    a, b = clauses(text)[0]
    assert _ends_sentence(text, a, b) is ends


# Công văn of central and provincial bodies (fresh documents, round 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what follows once the time given has run out, in a sentence of its own, ends a paragraph's task
        (
            "Đề nghị các sở góp ý dự thảo, gửi Sở Tư pháp trước ngày 10/5/2025. Quá thời hạn trên, đơn vị nào không "
            "có ý kiến thì coi như thống nhất.",
            ["Đề nghị các sở góp ý dự thảo, gửi Sở Tư pháp trước ngày 10/5/2025."],
        ),
        (
            "Sở Y tế đề nghị Sở Nội vụ bổ sung hồ sơ trong 05 ngày làm việc. Hết thời hạn nêu trên, Sở Y tế sẽ trả "
            "lại hồ sơ.",
            ["Sở Y tế đề nghị Sở Nội vụ bổ sung hồ sơ trong 05 ngày làm việc."],
        ),
        # ... other conditions go on telling the work
        (
            "Sở Công Thương rà soát danh mục hàng hóa trước ngày 10/5/2025. Trường hợp có sai sót thì điều chỉnh "
            "ngay.",
            ["Sở Công Thương rà soát danh mục hàng hóa trước ngày 10/5/2025. Trường hợp có sai sót thì điều chỉnh "
             "ngay."],
        ),
    ],
)
def test_paragraph_task_ends_before_what_follows_a_lapsed_time(text, expected):
    assert [t.text for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    "sentence", [e for e in load_toml("task_exclusions.toml")["conditional"]["lapse_examples"]]
)
def test_lapse_examples_tell_a_lapse(sentence):
    from chidao.documents.extract.clauses import tells_lapse

    assert tells_lapse(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # telling others, after a comma, is one more piece of the unit's work, not the issuer's closing
        ("Sở Nông nghiệp và Môi trường theo dõi diễn biến thời tiết, thông báo cho các chủ tàu biết để phòng tránh.",
         [["Sở Nông nghiệp và Môi trường"]]),
        # ... said by the issuer it is the closing
        ("Ban An toàn giao thông tỉnh thông báo để các đơn vị biết, thực hiện./.", []),
        # a liability after `;` ends an item that gave work first
        ("Các chủ đầu tư hoàn thiện hồ sơ quyết toán trước ngày 15/12/2025; chịu trách nhiệm trước Chủ tịch UBND "
         "tỉnh nếu chậm trễ.", [["Các chủ đầu tư"]]),
        ("Các chủ đầu tư chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu chậm trễ.", []),
        # ... or with no one named, only what would bring it, also after a unit given work in turn
        ("Chủ tịch UBND các huyện chịu trách nhiệm nếu để xảy ra cháy rừng trên địa bàn.", []),
        ("Giao Sở Nông nghiệp và Môi trường kiểm tra công tác phòng cháy rừng, Chủ tịch UBND các huyện chịu trách "
         "nhiệm nếu để xảy ra cháy rừng.", [["Sở Nông nghiệp và Môi trường"]]),
        # ... but a duty to carry out work is work
        ("Chủ tịch UBND các huyện chịu trách nhiệm kiểm tra, xử lý vi phạm trên địa bàn.", [["Chủ tịch UBND các huyện"]]),
        # taking stock of one's own work is work
        ("Các đơn vị thuộc Bộ đánh giá kết quả thực hiện nhiệm vụ năm 2025.", [["Các đơn vị thuộc Bộ"]]),
        # `công khai` opens the work: a group's place ends before it
        ("Chi cục Thuế các khu vực công khai danh sách người nộp thuế nợ kéo dài.", [["Chi cục Thuế các khu vực"]]),
        # a body moving house, announced, does no work
        ("Kể từ ngày 01/10/2025, Trung tâm Phục vụ hành chính công tỉnh chuyển đến làm việc tại trụ sở mới.", []),
        # urged on after a word on why, with no work named: a closing
        ("Đây là nhiệm vụ cấp bách, yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện./.", []),
        ("Sở Tư pháp đề nghị Sở Nội vụ quan tâm phối hợp./.", []),
        # the Front committee's standing board is one body, named whole
        ("Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân tham gia.",
         [["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]]),
        # `Đối với Sở X: <work>` on one line: the unit's work after the colon
        ("Đối với Sở Y tế: chỉ đạo các bệnh viện bảo đảm đủ thuốc, vật tư.", [["Sở Y tế"]]),
        # the province's web portal is a unit that informs
        ("Cổng Thông tin điện tử tỉnh đăng tải toàn văn dự thảo để lấy ý kiến Nhân dân.", [["Cổng Thông tin điện tử tỉnh"]]),
        # a word on the unit's role in brackets between it and its work
        ("Sở Nội vụ (cơ quan thường trực Hội đồng) chủ trì tổ chức kỳ thi.", [["Sở Nội vụ"]]),
        ("Sở Y tế (năm 2024) đã tổ chức kiểm tra.", []),
        # a liability, however whole, is no work
        ("UBND các xã chịu trách nhiệm toàn diện trước Chủ tịch UBND tỉnh về an toàn thực phẩm trên địa bàn.", []),
        # a `;`-clause asking other units anew is a request of its own
        ("UBND tỉnh kính đề nghị Bộ Tài chính xem xét, hỗ trợ kinh phí; đề nghị Bộ Xây dựng hướng dẫn thủ tục đầu tư.",
         [["Bộ Tài chính"], ["Bộ Xây dựng"]]),
        ("Giao Sở Y tế kiểm tra các cơ sở; giao Sở Công Thương kiểm soát giá thuốc.", [["Sở Y tế"], ["Sở Công Thương"]]),
    ],
)
def test_letter_sentences_of_work_and_closings(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    ("addressees", "text", "expected"),
    [
        # a group the one Kính gửi line names in full is named so
        (["Sở Tài chính", "Các chủ đầu tư sử dụng vốn ngân sách tỉnh"], "Các chủ đầu tư lập hồ sơ quyết toán.",
         [["Các chủ đầu tư sử dụng vốn ngân sách tỉnh"]]),
        (["Các doanh nghiệp trong khu kinh tế"], "Đề nghị các doanh nghiệp báo cáo số lao động hằng quý.",
         [["Các doanh nghiệp trong khu kinh tế"]]),
        # ... also a group of local bodies whose name the sentence cuts short (`từ` opens a predicate)
        (["Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh đến Huế"],
         "Đề nghị Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh đến Huế kêu gọi tàu thuyền vào bờ.",
         [["Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Ninh đến Huế"]]),
        # ... also a group named with its owner (the fullest name the letter gives)
        (["Các sở, ban, ngành thuộc UBND tỉnh"], "Các sở, ban, ngành rà soát thủ tục hành chính.",
         [["Các sở, ban, ngành thuộc UBND tỉnh"]]),
        # ... not an addressee that lists its members (`Các sở: …`): the group stays as written
        (["Các sở: Tài chính, Xây dựng"], "Các sở rà soát thủ tục hành chính.", [["Các sở"]]),
        # `các sở nêu trên`: the departments the letter is sent to, each with the office
        (["Sở Tư pháp", "Sở Nội vụ", "UBND các xã"], "Yêu cầu Giám đốc các sở nêu trên hoàn thành báo cáo.",
         [["Giám đốc Sở Tư pháp", "Giám đốc Sở Nội vụ"]]),
        # the heads of the units the letter is sent to, named by their offices already, are those heads
        (["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã"],
         "Yêu cầu Thủ trưởng các cơ quan, đơn vị rà soát hồ sơ quá hạn.",
         [["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã"]]),
        # `các cơ quan, đơn vị, địa phương` is the letter's addressees too
        (["Các sở, ban, ngành tỉnh", "UBND các xã"], "Đề nghị các cơ quan, đơn vị, địa phương rà soát trụ sở dôi dư.",
         [["Các sở, ban, ngành tỉnh", "UBND các xã"]]),
        # a group the letter is sent to whole is not the part of it the letter narrows once
        (["UBND các xã, phường"],
         "1. Sở Y tế phối hợp với UBND các xã, phường có chợ kiểm tra an toàn thực phẩm.\n"
         "2. UBND các xã, phường tuyên truyền phòng dịch.",
         [["Sở Y tế"], ["UBND các xã, phường"]]),
    ],
)
def test_group_named_by_the_letters_addressees(addressees, text, expected):
    tasks = _tasks(text, addressees=[Addressee(name=a) for a in addressees])
    assert [t.assignees for t in tasks] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `các sở` with its field in lower case: the group of such departments, not one named department
        ("Đề nghị các sở giáo dục và đào tạo cập nhật số liệu hằng tháng.", [["các sở giáo dục và đào tạo"]]),
        ("Các sở y tế rà soát số ca mắc, báo cáo Cục Y tế dự phòng.", [["Các sở y tế"]]),
        # ... an elided list of named departments is each of them
        ("Đề nghị các Sở: Y tế, Tài chính báo cáo kết quả.", [["Sở Y tế", "Sở Tài chính"]]),
    ],
)
def test_departments_of_a_field_as_one_group(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        # the lead-in tells of a month before the letter's date: what happened, no time for the items
        ("10/2025", None),
        # ... a month still to come is the items' time
        ("12/2025", dt.date(2025, 12, 31)),
    ],
)
def test_lead_in_time_before_the_letters_date_is_no_deadline(month, expected):
    text = (
        f"Trong tháng {month} còn nhiều hồ sơ quá hạn. Để chấn chỉnh, Chủ tịch UBND tỉnh yêu cầu các sở, ngành:\n"
        "1. Rà soát toàn bộ hồ sơ quá hạn.\n"
    )
    (task,) = _tasks(text, date=DocDate(text="", year=2025, month=11, day=17))
    assert task.deadline.due == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a short lettered item that does work of its own over the items under it: a task, parent of theirs
        ("b) Tổ chức tập huấn cho cán bộ thú y:", "Tổ chức tập huấn cho cán bộ thú y:"),
        ("- Kiểm tra các cơ sở giết mổ:", "Kiểm tra các cơ sở giết mổ:"),
        # ... one that only introduces them stays their title
        ("b) Thực hiện các nội dung sau:", None),
    ],
)
def test_short_item_doing_work_over_its_own_items(item, expected):
    text = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Chi cục Chăn nuôi và Thú y\na) Hướng dẫn các xã xây dựng phương án phòng dịch.\n"
        f"{item}\n+ Tuyến huyện trong tháng 3/2026;\n+ Tuyến xã trong tháng 4/2026.\n"
    )
    tasks = _tasks(text)
    parent = next((t for t in tasks if t.text == expected), None)
    children = [t for t in tasks if t.text.startswith("Tuyến")]
    assert all(t.assignees == ["Chi cục Chăn nuôi và Thú y"] for t in tasks)
    assert len(children) == 2
    if expected is None:
        assert len(tasks) == 3
    else:
        assert parent is not None and all(t.parent == parent.id for t in children)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # an item's fields in brackets on the line under it
        (
            "(Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Công an tỉnh; thời gian: năm 2026)",
            (["Sở Tư pháp"], ["Công an tỉnh"], "2026-12-31", "year"),
        ),
        ("(Cơ quan chủ trì: Sở Tư pháp; thời gian: thường xuyên)", (["Sở Tư pháp"], [], None, "recurring")),
        # ... or on one line, each closed by a full stop
        (
            "Đơn vị chủ trì: Sở Nội vụ. Đơn vị phối hợp: Sở Tài chính; UBND các xã. Thời hạn: 6 tháng đầu năm 2026.",
            (["Sở Nội vụ"], ["Sở Tài chính", "UBND các xã"], "2026-06-30", "half"),
        ),
        # ... or with a dash before the time, as before
        (
            "- Cơ quan thực hiện: Sở Y tế - Thời gian thực hiện: Quý III/2026.",
            (["Sở Y tế"], [], "2026-09-30", "quarter"),
        ),
    ],
)
def test_fields_of_an_item_on_one_line(fields, expected):
    text = f"II. NHIỆM VỤ\n1. Cải cách thể chế\na) Rà soát các văn bản quy phạm pháp luật của tỉnh.\n{fields}\n"
    (task,) = _tasks(text)
    assert (task.assignees, task.coordinators, task.deadline.due and task.deadline.due.isoformat(), task.deadline.kind) == expected


@pytest.mark.parametrize(
    ("issuer", "organ", "is_it"),
    [
        # the standing organ of the committee that issues the document speaks for it
        ("ĐẢNG ỦY XÃ CAM LỘ", "Ban Thường vụ Đảng ủy xã", True),
        ("TỈNH ỦY QUẢNG NGÃI", "Ban Thường vụ Tỉnh ủy", True),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI", "Thường trực Hội đồng nhân dân tỉnh", True),
        # ... not that of another committee, nor of the body an office serves
        ("ĐẢNG ỦY XÃ CAM LỘ", "Ban Thường vụ Tỉnh ủy", False),
        ("VĂN PHÒNG TỈNH ỦY", "Ban Thường vụ Tỉnh ủy", False),
        ("ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Thường trực Hội đồng nhân dân tỉnh", False),
        # ... nor its members (`members` of `[offices]`), while its head by office is
        ("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI", "đại biểu Hội đồng nhân dân tỉnh", False),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI", "Chủ tịch Hội đồng nhân dân tỉnh", True),
    ],
)
def test_standing_organ_of_the_issuing_committee_is_the_issuer(issuer, organ, is_it):
    from chidao.documents.extract.task_frames import is_issuer

    doc = Document(source=Source(name="sample.txt"), text="", issuer=Issuer(name=issuer))
    assert is_issuer([organ], doc) is is_it


def test_issuer_introducing_its_plan_is_no_task_and_its_time_for_a_list_dates_the_items():
    text = (
        "Thực hiện Nghị quyết Đại hội, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:\n"
        "1. Các chi bộ trực thuộc quán triệt Kế hoạch đến đảng viên.\n"
        "2. Để hoàn thành kế hoạch năm 2026, Ban Thường vụ Đảng ủy xã giao:\n"
        "- Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện.\n"
    )
    tasks = _tasks(text, issuer=Issuer(name="ĐẢNG ỦY XÃ CAM LỘ"))
    assert [(t.assignees, t.deadline.due and t.deadline.due.isoformat()) for t in tasks] == [
        (["Các chi bộ trực thuộc"], None),
        (["Văn phòng Đảng ủy"], "2026-12-31"),
    ]


# Decisions, notices and plans of districts, communes and sector bodies (fresh documents, round 5)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places listed by name with no colon: one unit each
        ("2. Yêu cầu UBND các xã Tân Phú, Hòa Lạc hoàn thành kiểm đếm trước ngày 30/5/2026.\n",
         [(["UBND xã Tân Phú", "UBND xã Hòa Lạc"], "2026-05-30")]),
        # a liability before a superior of the issuer's own is no work
        ("Điều 2. Các phòng được giao nhiệm vụ chịu trách nhiệm trước Giám đốc Sở về tiến độ công việc.\n", []),
        # a team set up, a Party cell's committee, a hamlet's heads in the plural, a section of a department
        ("- Đoàn Thanh niên xã thành lập đội tình nguyện cứu hộ tại các bến sông.\n", [(["Đoàn Thanh niên xã"], None)]),
        ("3. Chi ủy đôn đốc đảng viên đóng đảng phí, hoàn thành trước ngày 31/12/2025.\n", [(["Chi ủy"], "2025-12-31")]),
        ("3. Các trưởng thôn phối hợp với Công an xã tăng cường tuần tra.\n", [(["Các trưởng thôn"], None)]),
        ("4. Phòng Nghiệp vụ Y Sở Y tế theo dõi, đôn đốc các đơn vị.\n", [(["Phòng Nghiệp vụ Y Sở Y tế"], None)]),
        ("2. Hiệu trưởng các trường tiểu học, trung học cơ sở lồng ghép nội dung phòng, chống đuối nước.\n",
         [(["Hiệu trưởng các trường tiểu học, trung học cơ sở"], None)]),
        # the officers of a board a decision sets up, under the article on its duties, do their own work
        ("Điều 2. Nhiệm vụ của Ban Chỉ đạo và các thành viên\n1. Trưởng ban phân công nhiệm vụ cho các thành viên.\n"
         "2. Phó Trưởng ban thường trực giúp Trưởng ban điều hành công việc.\n",
         [(["Trưởng ban"], None), (["Phó Trưởng ban thường trực"], None)]),
        # a work programme laid out month by month: the month cell dates the row
        ("| Tháng | Nội dung | Cơ quan chủ trì |\n|---|---|---|\n| Tháng 3 | Đề án sắp xếp thôn | Phòng Nội vụ |\n",
         [(["Phòng Nội vụ"], "2026-03-31")]),
    ],
)
def test_round5_units_liabilities_and_month_tables(text, expected):
    tasks = _tasks(text, date=DocDate(text="ngày 08 tháng 01 năm 2026", year=2026, month=1, day=8))
    assert [(t.assignees, t.deadline.due and t.deadline.due.isoformat()) for t in tasks] == expected


_GUIDANCE_DOC = """TỈNH ỦY PHÚ THỌ                          ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
      *                            Phú Thọ, ngày 10 tháng 9 năm 2025
Số 15-HD/BTCTU

HƯỚNG DẪN
lập hồ sơ đề nghị khen thưởng

Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ; Hướng dẫn số
12-HD/BTCTW ngày 05/3/2023 của Ban Tổ chức Trung ương; Kế hoạch số 45-KH/TU ngày 20/6/2025 của Ban
Thường vụ Tỉnh ủy, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:
  {item}

Nơi nhận:                                  K/T TRƯỞNG BAN
- Lưu Văn phòng Ban.                        PHÓ TRƯỞNG BAN

                                            Lê Văn Nam
"""


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a unit other than the issuer doing work of its own by a day: its task, even under guidance
        ("1. Các đảng ủy cơ sở gửi danh sách đề nghị về Ban Tổ chức Tỉnh ủy trước ngày 15/10/2025.",
         [["Các đảng ủy cơ sở"]]),
        ("a) Ban Tuyên giáo Huyện ủy tổng hợp hồ sơ, trình Ban Thường vụ Huyện ủy trong tháng 11/2025.",
         [["Ban Tuyên giáo Huyện ủy"]]),
        # how things are done, with no day, or with a day and no one doing it: guidance, no one's task
        ("1. Các đảng ủy cơ sở lập danh sách theo Mẫu số 01 kèm theo Hướng dẫn này.", []),
        ("2. Hồ sơ gửi về Ban Tổ chức Tỉnh ủy trước ngày 15/10/2025.", []),
        # the issuer itself, by a day: its own guidance
        ("3. Ban Tổ chức Tỉnh ủy thẩm định hồ sơ trước ngày 30/10/2025.", []),
    ],
)
def test_unit_doing_work_by_a_day_under_guidance_is_a_task(item, expected, tmp_path):
    source = tmp_path / "hd.txt"
    source.write_text(_GUIDANCE_DOC.format(item=item), encoding="utf-8")
    assert [t.assignees for t in parse(source).tasks] == expected


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # a tờ trình's request names what the body is to pass: a request to that body
        ("Ủy ban nhân dân huyện kính trình Hội đồng nhân dân huyện xem xét, thông qua Nghị quyết về giá đất.",
         ["Hội đồng nhân dân huyện"]),
        # the bare formula that closes a submission asks nothing more
        ("Sở Tài chính kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.", None),
        # ... nor does a report's (`kính báo cáo X xem xét, chỉ đạo`); work of the body's own is asked
        ("Trên đây là báo cáo của Sở Y tế, kính báo cáo Bộ Y tế xem xét, chỉ đạo./.", None),
        ("Sở Y tế kính báo cáo Bộ Y tế theo dõi, tổng hợp./.", ["Bộ Y tế"]),
        # an invitation's call to attend asks nothing; what the invited are to prepare is asked
        ("Đề nghị Sở Xây dựng cử đại diện lãnh đạo dự họp đúng thời gian.", None),
        ("Đề nghị Sở Xây dựng chuẩn bị báo cáo và cử đại diện lãnh đạo dự họp.", ["Sở Xây dựng"]),
    ],
)
def test_submission_to_the_body_that_decides(sentence, asked):
    found = assignment(sentence)
    assert (found.names if found is not None and excluded(sentence) is None else None) == asked


def test_the_closing_paragraph_stands_in_no_section():
    """`Trên đây là …` after the last section of a report: the section's month (`NHIỆM VỤ TRỌNG TÂM THÁNG 3`) dates
    the items under it, not the request that closes the document."""
    text = (
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3 NĂM 2026\n"
        "1. Sở Nội vụ rà soát thủ tục hành chính nội bộ.\n"
        "Trên đây là kết quả thực hiện tháng 02 năm 2026, kính báo cáo Bộ Nội vụ theo dõi, tổng hợp./.\n"
    )
    tasks = _tasks(text, date=DocDate(text="ngày 05 tháng 3 năm 2026", year=2026, month=3, day=5))
    assert [(t.assignees, t.deadline.kind) for t in tasks] == [(["Sở Nội vụ"], "month"), (["Bộ Nội vụ"], "none")]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # the letter's content named so, its one addressee told to carry it out: a closing formula, no task
        ("Căn cứ nội dung này, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Công Thương triển khai thực hiện.", None),
        ("Theo nội dung trên, Giám đốc Sở Nội vụ tổ chức thực hiện./.", None),
        # ... while work of its own named after it is a task
        ("Căn cứ nội dung này, Sở Công Thương xây dựng kế hoạch triển khai thực hiện.", ["Sở Công Thương"]),
        ("Căn cứ nội dung trên, Sở Y tế báo cáo kết quả triển khai thực hiện.", ["Sở Y tế"]),
        # the members urged to do the duties they were given: no work named, no task; work named after it is one
        ("Đề nghị các thành viên Tổ công tác với tinh thần trách nhiệm cao, thực hiện tốt nhiệm vụ được giao.", None),
        ("Đề nghị Phòng Nội vụ thực hiện nhiệm vụ được giao tại Kế hoạch số 12/KH-UBND, báo cáo trước ngày 10/6.",
         ["Phòng Nội vụ"]),
    ],
)
def test_closings_that_name_no_work(sentence, asked):
    found = assignment(sentence)
    assert (list(found.names) if found is not None and excluded(sentence) is None else None) == asked


_CARRIED = "Chủ tịch UBND huyện có ý kiến chỉ đạo như sau:\n{task}\n{after}\n"


@pytest.mark.parametrize(
    ("task", "after", "expected"),
    [
        # a paragraph naming no one that sets the time of the work just given: that task's, carried on and dated
        ("Giao Phòng Nội vụ chủ trì rà soát biên chế.", "Yêu cầu hoàn thiện, gửi UBND huyện trước ngày 12/5/2026.",
         [(["Phòng Nội vụ"], dt.date(2026, 5, 12), True)]),
        ("2. Giao UBND xã Tân Hòa đẩy nhanh giải phóng mặt bằng.", "Thời gian hoàn thành trước ngày 30/6/2026.",
         [(["UBND xã Tân Hòa"], dt.date(2026, 6, 30), True)]),
        ("Giao Phòng Kinh tế lập hồ sơ thiết kế.", "Báo cáo kết quả trước ngày 15/7/2026.",
         [(["Phòng Kinh tế"], dt.date(2026, 7, 15), True)]),
        # ... not a task of its own dated already, nor a paragraph with no time, nor one naming its own unit
        ("Giao Phòng Nội vụ rà soát biên chế trước ngày 05/5/2026.", "Yêu cầu hoàn thành trước ngày 12/5/2026.",
         [(["Phòng Nội vụ"], dt.date(2026, 5, 5), False)]),
        ("Giao Phòng Nội vụ chủ trì rà soát biên chế.", "Yêu cầu hoàn thành nghiêm túc.",
         [(["Phòng Nội vụ"], None, False)]),
        ("Giao Phòng Nội vụ chủ trì rà soát biên chế.", "Phòng Tài chính hoàn thành dự toán trước ngày 12/5/2026.",
         [(["Phòng Nội vụ"], None, False), (["Phòng Tài chính"], dt.date(2026, 5, 12), True)]),
        # ... a time field on its own line (`Thời hạn:`, `Thời gian hoàn thành:`) under a task no agency field made
        ("1. Giao Phòng Nội vụ chủ trì rà soát biên chế.", "Thời hạn: trong tháng 12/2026.",
         [(["Phòng Nội vụ"], dt.date(2026, 12, 31), True)]),
        ("Giao Phòng Kinh tế lập hồ sơ thiết kế.", "Thời gian hoàn thành: trước ngày 30/6/2026.",
         [(["Phòng Kinh tế"], dt.date(2026, 6, 30), True)]),
        ("Phòng Y tế kiểm tra các cơ sở.", "Hoàn thành trước ngày 15/12/2026.",
         [(["Phòng Y tế"], dt.date(2026, 12, 15), True)]),
        # ... not one dated already
        ("Giao Phòng Kinh tế lập hồ sơ trước ngày 05/5/2026.", "Thời hạn: trong tháng 6/2026.",
         [(["Phòng Kinh tế"], dt.date(2026, 5, 5), False)]),
    ],
)
def test_paragraph_naming_no_one_dates_the_task_above(task, after, expected):
    tasks = _tasks(_CARRIED.format(task=task, after=after))
    assert [(t.assignees, t.deadline.due, after in t.text) for t in tasks] == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # the time of a lead-in's list, unmarked after its items: each item's, inherited (a group's deadline)
        ("- Kiểm kê tài sản công.\n- Đề xuất phương án xử lý.", [(dt.date(2026, 9, 30), True)] * 2),
        ("- Kiểm kê tài sản công.", [(dt.date(2026, 9, 30), True)]),
        # ... an item dated itself keeps its own
        ("- Kiểm kê tài sản công trước ngày 15/8/2026.\n- Đề xuất phương án xử lý.",
         [(dt.date(2026, 8, 15), False), (dt.date(2026, 9, 30), True)]),
    ],
)
def test_time_field_after_a_lead_in_s_items_dates_each(items, expected):
    tasks = _tasks(f"3. Giao UBND các xã, thị trấn:\n{items}\nThời gian thực hiện: Quý III/2026.\n")
    assert [(t.deadline.due, t.deadline.inherited) for t in tasks] == expected
    assert all(t.assignees == ["UBND các xã, thị trấn"] for t in tasks)


_DIRECTS = load_toml("lead_ins.toml")["directs"]
_COMMUNE_NOTICE = dict(issuer=Issuer(name="ỦY BAN NHÂN DÂN XÃ CAO SƠN"), type=DocType(code="TB", name="THÔNG BÁO"))


@pytest.mark.parametrize("sentence", _DIRECTS["examples"])
def test_units_the_issuer_s_head_directs_are_asked(sentence):
    """`[directs]`: the issuer or its head directing units: the units named after the verb do the work (of the
    sentence, or of the items its lead-in introduces)."""
    text = sentence if not sentence.endswith(":") else f"{sentence}\n1. Rà soát hộ nghèo trong tháng 11/2025.\n"
    tasks = _tasks(text, **_COMMUNE_NOTICE)
    assert tasks and all(not any("Chủ tịch" in n or n.startswith("Ủy ban") for n in t.assignees) for t in tasks)
    assert all(t.assignees for t in tasks)


@pytest.mark.parametrize("sentence", _DIRECTS["counter_examples"])
def test_directing_by_another_body_or_with_no_units_is_its_own_work(sentence):
    """... while a deputy (whose work it may be) or the head directing no named units keeps the work."""
    tasks = _tasks(sentence, **_COMMUNE_NOTICE)
    assert tasks and all(any("Chủ tịch" in n for n in t.assignees) for t in tasks)


@pytest.mark.parametrize("sentence", _DIRECTS["copy_examples"])
def test_in_a_copy_with_no_header_the_units_a_directing_head_directs_are_asked(sentence):
    """`copy_examples` of `[directs]`: with no header, a directing body's head directing units speaks for the copy."""
    tasks = _tasks(sentence)
    assert tasks and all(t.assignees and not any("Chủ tịch" in n for n in t.assignees) for t in tasks)


@pytest.mark.parametrize("sentence", _DIRECTS["copy_counter_examples"])
def test_in_a_copy_with_no_header_another_head_keeps_its_directing(sentence):
    """... while the head of another body, or one directing no named units, keeps the work."""
    tasks = _tasks(sentence)
    assert tasks and all(any(w in n for w in ("Chủ tịch", "Giám đốc")) for t in tasks for n in t.assignees)
@pytest.mark.parametrize(
    "example", _DIRECTS["speaker_examples"] + _DIRECTS["speaker_counter_examples"] + _DIRECTS["bare_examples"]
)
def test_a_headerless_copy_s_leader_directs_the_units_he_names(example):
    """`[directs] speakers`: with no header, one leader by office (a personal name before it or not) directing units
    asks them; a body, or the holders of a group, directing keeps the work."""
    sentence, assignee = example.split("|")
    assert [t.assignees for t in _tasks(sentence)] == [[assignee]]


_HEADLINE = load_toml("lead_ins.toml")["headline"]


@pytest.mark.parametrize(
    ("headline", "meets"),
    [(h, True) for h in _HEADLINE["examples"]] + [(h, False) for h in _HEADLINE["counter_examples"]],
)
def test_a_headline_telling_a_body_met_is_no_task(headline, meets):
    """`[headline]`: over a copy with no header (a site's banner above it), an unclosed headline telling that a body
    met is news of a meeting; the work the meeting gave is read in the body. A closed sentence stays a duty."""
    text = f"Chủ đề năm 2024: Kỷ cương, trách nhiệm\n\n{headline}\n\nSáng 5/7, Chủ tịch UBND tỉnh yêu cầu Sở Y tế kiểm tra.\n"
    assignees = [t.assignees for t in _tasks(text)]
    assert ["Sở Y tế"] in assignees
    assert (len(assignees) == 1) == meets


def test_a_lead_in_whose_last_sentence_directs_units():
    """`… họp phiên thường kỳ. Sau khi nghe …, Chủ tịch UBND xã chỉ đạo các bộ phận … sau:`: its first sentence names
    no one, its last has the issuer's head direct units, who do the items."""
    text = (
        "Chiều ngày 06/11/2025, UBND xã tổ chức phiên họp thường kỳ tháng 11. Sau khi nghe ý kiến thảo luận, Chủ tịch "
        "UBND xã chỉ đạo các bộ phận chuyên môn thực hiện các nội dung sau:\n"
        "1. Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất.\n"
        "2. Kiểm tra an toàn thực phẩm tại các chợ.\n"
    )
    assert [t.assignees for t in _tasks(text, **_COMMUNE_NOTICE)] == [["các bộ phận chuyên môn"]] * 2


@pytest.mark.parametrize(
    ("sentence", "assignees"),
    [
        # the enacting formula of a legal document is the issuer saying what it enacts: no task
        ("Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn chế độ báo cáo thống kê ngành nội vụ.", None),
        ("Ủy ban nhân dân tỉnh ban hành Quyết định sửa đổi Quy chế làm việc.", None),
        # ... but a body asked to take a decision, or given a time for it, has work
        ("Chủ tịch UBND huyện Mỹ An ban hành Quyết định thành lập Đoàn kiểm tra liên ngành.", ["Chủ tịch UBND huyện Mỹ An"]),
        ("UBND huyện Mỹ An ban hành Quyết định quy định giá cho thuê chợ trước ngày 30/6/2024.", ["UBND huyện Mỹ An"]),
        ("Ủy ban nhân dân các xã ban hành Quyết định về quy chế quản lý nghĩa trang.", ["Ủy ban nhân dân các xã"]),
    ],
)
def test_enacting_formula_is_no_task(sentence, assignees):
    tasks = _tasks(sentence)
    assert (tasks[0].assignees if tasks else None) == assignees


@pytest.mark.parametrize(
    ("text", "assignees"),
    [
        # the letter's addressee named by courtesy in lower case after the request
        ("Đề nghị quý cơ quan có ý kiến bằng văn bản, gửi về Sở Tư pháp trước ngày 10/3/2025.", [["quý cơ quan"]]),
        ("Kính đề nghị Quý Công ty cử cán bộ phối hợp kiểm tra hiện trường.", [["Quý Công ty"]]),
        # ... never `quý` after a word of time
        ("Hằng quý đơn vị tự kiểm tra, đánh giá kết quả.", []),
    ],
)
def test_courtesy_addressee_in_lower_case(text, assignees):
    assert [t.assignees for t in _tasks(text)] == assignees


def _joined_plainly(text: str, segs: list[Segment]) -> str:
    """`_joined_text` as first written: every line break inside a paragraph the segments joined made a space."""
    chars = list(text)
    for seg in segs:
        if seg.cells is None and not seg.layout:
            for at in range(seg.start, seg.end):
                if chars[at] == "\n":
                    chars[at] = " "
    return "".join(chars)


@pytest.mark.parametrize(
    ("text", "spans", "kinds"),
    [
        ("Sở Y tế\nchủ trì.\nUBND huyện Yên\nSơn phối hợp.", [(0, 16), (17, 45)], ["", ""]),
        ("Không ngắt dòng nào.", [(0, 20)], [""]),
        ("a\nb\n\nc\nd", [(0, 3), (5, 8)], ["", "layout"]),  # a table laid out with spaces keeps its breaks
        ("x\ny\nz", [(0, 5)], ["cells"]),  # a table row too
        ("\nđầu\ncuối\n", [(0, 10)], [""]),
        ("hai\nđoạn\nnối\nnhau", [(4, 17), (0, 8)], ["", ""]),  # segments not in order, overlapping
    ],
)
def test_joined_text_makes_a_paragraphs_breaks_spaces(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> None:
    segs = [
        Segment(text[a:b], range(a, b), cells=[text[a:b]] if kind == "cells" else None, layout=kind == "layout")
        for (a, b), kind in zip(spans, kinds, strict=True)
    ]
    joined = _joined_text(text, segs)
    assert joined == _joined_plainly(text, segs)
    assert len(joined) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit after a comma with work of its own is given that work in turn, in the giver's mode
        (
            "Giao Sở Y tế chủ trì tổ chức tập huấn, Sở Giáo dục và Đào tạo tổng hợp danh sách học sinh.",
            [(["Sở Y tế"], "giao", "Giao Sở Y tế chủ trì tổ chức tập huấn"),
             (["Sở Giáo dục và Đào tạo"], "giao", "Sở Giáo dục và Đào tạo tổng hợp danh sách học sinh.")],
        ),
        (
            "Yêu cầu Công an tỉnh tăng cường tuần tra, đồng thời Sở Giao thông vận tải bổ sung biển báo.",
            [(["Công an tỉnh"], "yêu cầu", "Yêu cầu Công an tỉnh tăng cường tuần tra"),
             (["Sở Giao thông vận tải"], "yêu cầu", "đồng thời Sở Giao thông vận tải bổ sung biển báo.")],
        ),
        # ... after a semicolon too
        (
            "Giao Phòng Y tế kiểm tra các cơ sở; Phòng Kinh tế hướng dẫn các hộ kinh doanh.",
            [(["Phòng Y tế"], "giao", "Giao Phòng Y tế kiểm tra các cơ sở;"),
             (["Phòng Kinh tế"], "giao", "Phòng Kinh tế hướng dẫn các hộ kinh doanh.")],
        ),
        # not a list of coordinators, units sharing one verb (`lần lượt` too), nor the bodies reported to
        (
            "Giao Sở Nội vụ chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương triển khai kế hoạch.",
            [(["Sở Nội vụ"], "giao", "Giao Sở Nội vụ chủ trì, phối hợp với Sở Xây dựng, Sở Công Thương triển khai kế hoạch.")],
        ),
        (
            "Giao Sở Tư pháp, Sở Nội vụ lần lượt tổ chức các lớp bồi dưỡng.",
            [(["Sở Tư pháp", "Sở Nội vụ"], "giao", "Giao Sở Tư pháp, Sở Nội vụ lần lượt tổ chức các lớp bồi dưỡng.")],
        ),
        (
            "Giao Sở Nội vụ rà soát hồ sơ, báo cáo Sở Tài chính, UBND tỉnh xem xét.",
            [(["Sở Nội vụ"], "giao", "Giao Sở Nội vụ rà soát hồ sơ, báo cáo Sở Tài chính, UBND tỉnh xem xét.")],
        ),
    ],
)
def test_units_given_work_in_turn(text, expected):
    assert [(t.assignees, t.mode, t.text) for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time of the sentence's last comma clause, or put first, dates each unit's work
        (
            "Giao Sở Y tế chủ trì tổ chức tập huấn, Sở Giáo dục và Đào tạo tổng hợp danh sách, hoàn thành trước "
            "ngày 30/4/2026.",
            [(dt.date(2026, 4, 30), True), (dt.date(2026, 4, 30), False)],
        ),
        (
            "Trước ngày 15/5/2026, giao Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch, Ban Dân tộc tổng hợp nhu "
            "cầu của các xã.",
            [(dt.date(2026, 5, 15), False), (dt.date(2026, 5, 15), True)],
        ),
        # ... not one written in a clause of one unit's work, nor after a semicolon
        (
            "Giao Sở Y tế tổ chức tập huấn trong tháng 5/2026, Sở Giáo dục và Đào tạo tổng hợp danh sách học sinh.",
            [(dt.date(2026, 5, 31), False), (None, False)],
        ),
        (
            "Giao Phòng Y tế kiểm tra các cơ sở; Phòng Kinh tế hướng dẫn các hộ, hoàn thành trước ngày 30/4/2026.",
            [(None, False), (dt.date(2026, 4, 30), False)],
        ),
    ],
)
def test_time_of_a_sentence_given_to_units_in_turn(text, expected):
    assert [(t.deadline.due, t.deadline.inherited) for t in _tasks(text, date=DocDate(text="", year=2026, month=3, day=2))] == expected


def test_issuer_named_in_turn_takes_its_own_step_in_the_unit_s_task():
    """`Giao Sở X thẩm định, UBND tỉnh xem xét, quyết định`: the issuer after the comma gives itself no task."""
    text = "Giao Sở Tài chính thẩm định phương án, UBND tỉnh xem xét, quyết định."
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"))
    assert [(t.assignees, t.text) for t in tasks] == [(["Sở Tài chính"], text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the addressees named anew in a bracket after them: the lead-in still only introduces the list
        (
            "Chủ tịch UBND huyện yêu cầu Trưởng phòng Nội vụ, Chủ tịch UBND các xã (sau đây gọi tắt là các đơn vị) "
            "thực hiện một số nội dung sau:\n1. Rà soát hồ sơ tồn đọng.\n2. Báo cáo kết quả trước ngày 10/5/2025.\n",
            [("Rà soát hồ sơ tồn đọng.", None), ("Báo cáo kết quả trước ngày 10/5/2025.", None)],
        ),
        # a closing that asks the units at large, no task, does not run on into the last dashed item above it
        (
            "UBND tỉnh yêu cầu như sau:\n1. UBND các huyện:\n- Kiểm tra các cơ sở lưu trú.\n"
            "- Xử lý nghiêm các vi phạm.\nChủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ngành triển khai thực hiện "
            "và báo cáo Chủ tịch UBND tỉnh nếu có vấn đề phát sinh./.\n",
            [("Kiểm tra các cơ sở lưu trú.", None), ("Xử lý nghiêm các vi phạm.", None)],
        ),
        # the parts a file holds (`Hồ sơ gồm:`) are no one's tasks, also under a lead-in naming the units
        (
            "Sở Nội vụ đề nghị UBND các xã thực hiện như sau:\n1. Lập danh sách cán bộ, gửi Sở trước ngày 05/11/2025.\n"
            "2. Hồ sơ đề nghị gồm:\n- Tờ trình của UBND xã;\n- Danh sách trích ngang.\n"
            "3. Chủ động bố trí kinh phí thực hiện.\n",
            [("Lập danh sách cán bộ, gửi Sở trước ngày 05/11/2025.", None), ("Chủ động bố trí kinh phí thực hiện.", None)],
        ),
        # a lead-in over roman sections reaches all of them, not only the first
        (
            "Sở Y tế đề nghị các bệnh viện thực hiện như sau:\nI. NHIỆM VỤ CHUNG\n1. Bảo đảm thuốc, vật tư.\n"
            "II. NHIỆM VỤ CỤ THỂ\n1. Tổ chức trực cấp cứu 24/24 giờ.\n",
            [("Bảo đảm thuốc, vật tư.", None), ("Tổ chức trực cấp cứu 24/24 giờ.", None)],
        ),
    ],
)
def test_cong_van_lists_real_wording(text, expected):
    tasks = _tasks(text)
    assert [(t.text, None) for t in tasks] == expected

_SUBMISSION_DOC = """ỦY BAN NHÂN DÂN
HUYỆN ĐÀ BẮC
Số: 17/TTr-UBND
Đà Bắc, ngày 04 tháng 3 năm 2026

TỜ TRÌNH
Về việc điều chỉnh dự án trường học

Kính gửi: Ủy ban nhân dân tỉnh Hòa Bình.

{lead}
1. {item} điều chỉnh quy mô dự án Trường Tiểu học Tu Lý.
2. Giao Sở Tài chính bố trí vốn cho dự án trong tháng 5/2026.
Ủy ban nhân dân huyện Đà Bắc kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.
"""


@pytest.mark.parametrize(
    ("lead", "item", "expected"),
    [
        # the points a submission asks the body above to decide are its tasks, the request not one of its own
        ("Ủy ban nhân dân huyện Đà Bắc kính trình Ủy ban nhân dân tỉnh xem xét một số nội dung sau:", "Phê duyệt",
         [["Ủy ban nhân dân tỉnh Hòa Bình"], ["Sở Tài chính"]]),
        ("Ủy ban nhân dân huyện Đà Bắc kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt một số nội dung sau:",
         "Chấp thuận", [["Ủy ban nhân dân tỉnh Hòa Bình"], ["Sở Tài chính"]]),
        # the issuer's own approval, under no request, stays none
        ("Ủy ban nhân dân huyện Đà Bắc thống nhất một số nội dung sau:", "Phê duyệt", [["Sở Tài chính"]]),
    ],
)
def test_approval_asked_of_the_body_above_is_its_task(lead, item, expected, tmp_path):
    source = tmp_path / "ttr.txt"
    source.write_text(_SUBMISSION_DOC.format(lead=lead, item=item), encoding="utf-8")
    assert [t.assignees for t in parse(source).tasks] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit that only helps, after a lead given work of its own: the lead's coordinator (comma or semicolon)
        (
            "Giao Sở Y tế chủ trì tổ chức tập huấn, Sở Giáo dục và Đào tạo phối hợp.",
            [(["Sở Y tế"], ["Sở Giáo dục và Đào tạo"], "Giao Sở Y tế chủ trì tổ chức tập huấn, Sở Giáo dục và Đào tạo phối hợp.")],
        ),
        (
            "Giao Sở Tài chính rà soát nguồn vốn; Sở Xây dựng phối hợp thực hiện.",
            [(["Sở Tài chính"], ["Sở Xây dựng"], "Giao Sở Tài chính rà soát nguồn vốn; Sở Xây dựng phối hợp thực hiện.")],
        ),
        (
            "Giao Sở Công Thương lập dự toán, Sở Tài chính phối hợp, hoàn thành trước ngày 30/4/2026.",
            [(["Sở Công Thương"], ["Sở Tài chính"], "Giao Sở Công Thương lập dự toán, Sở Tài chính phối hợp, hoàn thành trước ngày 30/4/2026.")],
        ),
        # ... not one that helps with work named after it (left as main reads it: one task of the lead)
        (
            "Giao Sở Y tế kiểm tra an toàn thực phẩm, Công an tỉnh phối hợp kiểm tra các cơ sở kinh doanh.",
            [(["Sở Y tế"], [], "Giao Sở Y tế kiểm tra an toàn thực phẩm, Công an tỉnh phối hợp kiểm tra các cơ sở kinh doanh.")],
        ),
    ],
)
def test_helper_after_a_lead_with_work(text, expected):
    assert _rows(_tasks(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead-in naming the work its list spells out only introduces it: no task of its own
        (
            "UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo thực hiện nhiệm vụ giáo dục năm học 2026-2027 như sau:\n"
            "1. Rà soát mạng lưới trường lớp.\n2. Bồi dưỡng giáo viên.",
            [(["Sở Giáo dục và Đào tạo"], [], "Rà soát mạng lưới trường lớp."), (["Sở Giáo dục và Đào tạo"], [], "Bồi dưỡng giáo viên.")],
        ),
        # the objects of a work item's work are no tasks: the item's own text holds them
        (
            "Giao Công an tỉnh thực hiện các nội dung sau:\na) Tuần tra các tuyến đường.\n"
            "b) Kiểm tra, xử lý nghiêm các hành vi vi phạm sau:\n- Đua xe trái phép;\n- Chở hàng quá tải.",
            [(["Công an tỉnh"], [], "Tuần tra các tuyến đường."),
             (["Công an tỉnh"], [], "Kiểm tra, xử lý nghiêm các hành vi vi phạm sau: - Đua xe trái phép; - Chở hàng quá tải.")],
        ),
        # ... a lead-in doing work on the objects it lists stays that one task
        (
            "Giao Công an tỉnh xử lý nghiêm những trường hợp sau đây:\n- Đua xe trái phép;\n- Chở hàng quá tải.",
            [(["Công an tỉnh"], [], "Giao Công an tỉnh xử lý nghiêm những trường hợp sau đây:")],
        ),
    ],
)
def test_lead_ins_naming_their_work_or_objects(text, expected):
    assert _rows(_tasks(text)) == expected



_CONSIDERED = load_toml("lead_ins.toml")["considered"]


@pytest.mark.parametrize(
    ("text", "considered"),
    [(e, True) for e in _CONSIDERED["examples"]] + [(e, False) for e in _CONSIDERED["counter_examples"]],
)
def test_opens_with_the_considered_request(text, considered):
    """`[considered]` of lead_ins.toml: a paragraph that opens with the request its speaker considered."""
    assert opens_considered(text) is considered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a team set up for an inspection, named by that work, and the few of its duties a rule sets it dwells on
            "Tổ kiểm tra thực hiện nhiệm vụ theo quy định tại Điều 7 Nghị định số 40/2024/NĐ-CP, trong đó tập trung:\n"
            "1. Lập kế hoạch kiểm tra chi tiết.\n2. Báo cáo kết quả cho Giám đốc Sở.",
            [(["Tổ kiểm tra"], [])] * 2,
        ),
        (  # how far a group's work reaches, with its field after its duties
            "Các sở, ngành theo chức năng, nhiệm vụ, lĩnh vực được giao chủ động hướng dẫn UBND các xã.",
            [(["Các sở, ngành"], [])],
        ),
        (  # a group narrowed by a licence for two stages of mining, a comma between them
            "Các tổ chức, cá nhân được cấp phép thăm dò, khai thác đá có trách nhiệm bảo vệ mốc giới.",
            [(["Các tổ chức, cá nhân được cấp phép thăm dò, khai thác đá"], [])],
        ),
        (  # the letter's closing on itself, and a decision that lends the issuer's powers: no tasks
            "Ủy quyền cho Giám đốc Sở Nội vụ ký quyết định nâng lương.\nGiao Sở Nội vụ rà soát hồ sơ.\n"
            "Căn cứ văn bản này, các cơ quan, đơn vị liên quan triển khai thực hiện./.",
            [(["Sở Nội vụ"], [])],
        ),
        (  # a power a team is given is no task; an area a licence allows is no power
            "Tổ công tác được sử dụng con dấu của Sở Nội vụ.\n"
            "Sở yêu cầu Công ty TNHH Minh Long thực hiện các nội dung sau:\n"
            "- Cắm mốc ranh giới khu vực được phép khai thác.",
            [(["Công ty TNHH Minh Long"], [])],
        ),
        (  # the duty, then the liability joined to it by `và`: a task
            "Giám đốc Sở Xây dựng thực hiện đúng nhiệm vụ được ủy quyền và chịu trách nhiệm trước pháp luật về kết quả.",
            [(["Giám đốc Sở Xây dựng"], [])],
        ),
        (  # whom each item is for, named before its work on the line; a bare group noun read as a group
            "3.1. Đối với Tổ công tác: Bảo mật thông tin, lập biên bản đúng quy định.\n"
            "3.2. Đối với đơn vị được kiểm tra: Chuẩn bị hồ sơ theo yêu cầu.",
            [(["Tổ công tác"], []), (["đơn vị được kiểm tra"], [])],
        ),
        (  # a team's division of work: the role each member holds does his duties
            "4.1. Ông Trần Văn Hải - Trưởng đoàn: Phụ trách chung; ký biên bản.\n4.2. Bà Lê Thu Hà - Thư ký: Lập biên bản.",
            [(["Trưởng đoàn"], []), (["Thư ký"], [])],
        ),
        (  # a topic closed by a full stop over items of its own: their title, no task
            "Sở đề nghị Công ty TNHH Minh Long thực hiện các nội dung sau:\n"
            "1. Đối với công tác phòng cháy trong mùa khô.\n- Xây dựng phương án phòng cháy.\n- Bố trí lực lượng trực.",
            [(["Công ty TNHH Minh Long"], [])] * 2,
        ),
    ],
)
def test_r9_fresh1_held_out_shapes(text, expected):
    assert [(a, c) for a, c, _ in _rows(_tasks(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a portal's lead that sums up the work the body then gives: one task, the body's
            "Giao Sở Y tế rà soát danh mục thuốc của Trung tâm Y tế huyện Bình Xuyên\n"
            "UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát danh mục thuốc của Trung tâm Y tế "
            "huyện Bình Xuyên, báo cáo UBND tỉnh.\n"
            "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát danh mục thuốc của Trung tâm Y tế huyện Bình "
            "Xuyên; báo cáo kết quả về UBND tỉnh trước ngày 20/11/2025.",
            [(["Sở Y tế"], ["Sở Tài chính"])],
        ),
        (  # ... also in other words, naming who gives it and an office holder of the body's unit
            "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Nội vụ và Thủ trưởng các đơn vị liên quan phối hợp rà soát biên "
            "chế năm 2026 của các đơn vị sự nghiệp.\n"
            "Ngày 03/02/2026, Ủy ban nhân dân tỉnh nhận được Văn bản số 77/BNV-TCBC của Bộ Nội vụ.\n"
            "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n"
            "Giao Sở Nội vụ chủ trì, phối hợp với các đơn vị liên quan rà soát biên chế năm 2026 của các đơn vị sự "
            "nghiệp thuộc tỉnh, trình UBND tỉnh trước ngày 20/02/2026.",
            [(["Sở Nội vụ"], ["các đơn vị liên quan"])],
        ),
        (  # a ministry's earlier letter told, with its number, as the ground: no task
            "Bộ Y tế có văn bản số 512/BYT-DP ngày 10/3/2026 về việc phòng chống sốt xuất huyết (gửi kèm theo);\n"
            "Về nội dung trên, UBND tỉnh có ý kiến chỉ đạo như sau:\n"
            "Giao Sở Y tế chủ trì triển khai các biện pháp phòng chống dịch, báo cáo UBND tỉnh theo quy định./.",
            [(["Sở Y tế"], [])],
        ),
        (  # the leader's direction announced, closed by a full stop before the paragraph that gives the work
            "Sau khi xem xét đề nghị của Hợp tác xã Đồng Tiến, Phó Chủ tịch UBND tỉnh có ý kiến chỉ đạo.\n"
            "Giao Sở Nông nghiệp và Môi trường kiểm tra hiện trạng đất, báo cáo UBND tỉnh.",
            [(["Sở Nông nghiệp và Môi trường"], [])],
        ),
        (  # who comes to a working visit, then the work given for it: tasks again after the field's list
            "Thành phần:\nĐ/c Lê Văn Toàn – Phó Chủ tịch UBND tỉnh.\nĐại diện lãnh đạo Sở Xây dựng.\n"
            "Giao UBND huyện Thạch Khê chuẩn bị báo cáo về tiến độ các dự án.\n"
            "Giao Văn phòng UBND tỉnh bố trí phương tiện.",
            [(["UBND huyện Thạch Khê"], []), (["Văn phòng UBND tỉnh"], [])],
        ),
        (  # ... but the participants' own lines are no tasks
            "Thành phần:\nĐại diện lãnh đạo Sở Xây dựng.\nLãnh đạo UBND huyện Thạch Khê và các phòng liên quan.",
            [],
        ),
        (  # a body the lead-in names glued (a web copy's lost space), written as its `Kính gửi` entry spells it
            "UBND tỉnh giao Văn phòng Ban Chỉ đạochuyển đổi số tỉnh:\n- Chủ trì tổng hợp kết quả thực hiện.",
            [(["Văn phòng Ban Chỉ đạo chuyển đổi số tỉnh"], [])],
        ),
    ],
)
def test_r10_north_held_out_shapes(text, expected):
    """Round 10 held-out shapes of northern provinces' documents (our own wording): a news rendering's lead summing up
    its body's task, an earlier letter told as the ground, a direction announced with a full stop, work given under
    a visit's `Thành phần:`, a lead-in's body glued where its `Kính gửi` entry is spaced."""
    addressees = [Addressee(name="Văn phòng Ban Chỉ đạo chuyển đổi số tỉnh")]
    assert [(a, c) for a, c, _ in _rows(_tasks(text, addressees=addressees))] == expected


def test_a_document_with_a_header_giving_the_same_work_twice_keeps_both():
    """Only a headerless news rendering's lead is a summary of its body: a document that repeats a task keeps both."""
    text = "Sở Y tế rà soát danh mục thuốc của các trạm y tế xã.\nSở Y tế rà soát danh mục thuốc của các trạm y tế xã."
    tasks = _tasks(text, issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH HÒA LÂM"))
    assert [t.assignees for t in tasks] == [["Sở Y tế"]] * 2

# Round 10, held-out documents of districts, communes, Sở and schools (helper `local`): the shapes that failed there,
# in our own wording. Each row: text, then (assignees, due date or None) of every task read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plan's event under a numbered title with its own full stop, its fields under the sub-item (time, then
            # the particulars `Thành phần:`, then the agency): the sub-item is the task, dated by its own time line;
            # time lines of several events announce no one meeting, so a duty naming `hội nghị` stays undated
            "II. NỘI DUNG\n1. Hội nghị sơ kết lần thứ nhất.\n1.1. Nội dung: Đánh giá kết quả phong trào thi đua quý I.\n"
            "- Thời gian: Dự kiến ngày 10/4/2026.\n- Thành phần: Ban Thường vụ Hội, các chi hội trưởng.\n"
            "- Đơn vị chủ trì: Ban Thường vụ Hội Nông dân xã.\n"
            "2. Hội nghị sơ kết lần thứ hai\n2.1. Nội dung: Đánh giá kết quả phong trào thi đua quý II.\n"
            "- Thời gian: Dự kiến ngày 10/7/2026.\n- Thành phần: Ban Thường vụ Hội, các chi hội trưởng.\n"
            "- Đơn vị chủ trì: Văn phòng Hội Nông dân xã.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Các chi hội\n- Cử đại diện tham dự đầy đủ các hội nghị sơ kết.",
            [(["Ban Thường vụ Hội Nông dân xã"], "2026-04-10"), (["Văn phòng Hội Nông dân xã"], "2026-07-10"),
             (["Các chi hội"], None)],
        ),
        (  # a meeting's particulars left without their full stops (`2. Địa điểm: …`): no title over the request after
            "UBND xã Tân Phú tổ chức hội nghị tổng kết công tác dân số.\n1. Thời gian: 14 giờ 00, ngày 12/12/2025\n"
            "2. Địa điểm: Hội trường UBND xã\nĐề nghị Trạm Y tế xã chuẩn bị báo cáo tham luận tại hội nghị.",
            [(["UBND xã Tân Phú"], "2025-12-12"), (["Trạm Y tế xã"], "2025-12-12")],
        ),
        (  # a request's particulars, numbered under it (`Đối tượng dự thi:`, `Thể lệ …:`): no tasks of their own
            "Phòng Văn hóa đề nghị Hiệu trưởng các trường tổ chức hội thi kể chuyện về Bác như sau:\n"
            "1. Đối tượng dự thi: học sinh lớp 4 và lớp 5.\n2. Thể lệ và quy định của hội thi: theo phụ lục đính kèm.\n"
            "3. Cách thức gửi bài dự thi: qua thư điện tử của Phòng.",
            [(["Hiệu trưởng các trường"], None)],
        ),
        (  # closing formulas that urge the document's own content, or bare compliance: no tasks
            "Giao Trạm Y tế xã rà soát danh sách trẻ chưa tiêm chủng.\n"
            "UBND xã yêu cầu trưởng các thôn nghiêm túc thực hiện những nội dung thông báo này.\n"
            "Đề nghị Thủ trưởng các đơn vị chấp hành nghiêm túc./.",
            [(["Trạm Y tế xã"], None)],
        ),
        (  # the last particular of an event, its value on its line and no full stop (`3. Địa điểm …`), then paragraphs:
            # no title over them; the wards' own work and the request after it are tasks
            "Lễ ra quân làm sạch môi trường của quận Bình An:\n1. Thời gian tổ chức: 07 giờ 00, ngày 08/3/2026.\n"
            "2. Địa điểm tổ chức lễ ra quân Công viên trung tâm phường Bình Minh\n"
            "Ủy ban nhân dân các phường tổ chức ra quân trên địa bàn phường, hoàn thành trước ngày 15/3/2026.\n"
            "Đề nghị Ủy ban nhân dân các phường chỉ đạo Đài truyền thanh phường đưa tin.",
            [(["Ủy ban nhân dân các phường"], "2026-03-15"), (["Ủy ban nhân dân các phường"], None)],
        ),
        (  # an item naming its own group before its work (`Đối với các trường công lập: …`) under a lead-in naming
            # more: the item is that group's, its ownership kept in its name
            "Sở Giáo dục đề nghị UBND các huyện và các trường trực thuộc Sở thực hiện các nội dung sau:\n"
            "Đối với các trường công lập: Niêm yết công khai mức thu học phí trước ngày 15/9/2026.",
            [(["các trường công lập"], "2026-09-15")],
        ),
        (  # the issuer's own units named first, then outside bodies asked with `và đề nghị`: all of them do the work
            "Trưởng các phòng chuyên môn huyện, Chủ tịch UBND các xã và đề nghị các cơ quan của tỉnh đóng trên địa bàn "
            "huyện bố trí lực lượng trực bảo vệ trụ sở trong dịp nghỉ lễ.",
            [(["Trưởng các phòng chuyên môn huyện", "Chủ tịch UBND các xã", "các cơ quan của tỉnh đóng trên địa bàn huyện"],
              None)],
        ),
        (  # a department whose name holds a comma between two fields of its work
            "Phòng Chính trị, tư tưởng phối hợp với các phòng thuộc Sở kiểm tra việc tổ chức chào cờ đầu tuần.",
            [(["Phòng Chính trị, tư tưởng"], None)],
        ),
    ],
)
def test_r10_local_held_out_shapes(text, expected):
    got = [(t.assignees, t.deadline.due.isoformat() if t.deadline and t.deadline.due else None) for t in _tasks(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a person named after `đồng chí`, then the office after a dash: the holder named by the office
            "Giao đồng chí Nguyễn Văn An – Phó Chủ tịch UBND huyện chỉ đạo kiểm tra các hồ chứa, báo cáo trước ngày "
            "20/3/2026.",
            [(["Phó Chủ tịch UBND huyện"], "2026-03-20")],
        ),
        (  # ... the same opening a sentence, with a hyphen
            "Đồng chí Phạm Văn Tú - Giám đốc Ban Quản lý dự án huyện khẩn trương hoàn thiện hồ sơ.",
            [(["Giám đốc Ban Quản lý dự án huyện"], None)],
        ),
        (  # a section's head after `đồng chí`, no person named: the office as written
            "Giao đồng chí Trưởng phòng Nông nghiệp và Môi trường huyện tham mưu phương án nạo vét kênh mương.",
            [(["Trưởng phòng Nông nghiệp và Môi trường huyện"], None)],
        ),
        (  # the body's fullest name read from the closing sentence, the closing mark `./.` glued to it: not part of it
            "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n- Rà soát danh sách thư viện các thôn.\n"
            "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã An Phú./.",
            [(["Ban Thường trực Ủy ban MTTQ Việt Nam xã An Phú"], None)],
        ),
        (  # an election body named with `Bầu cử` in capitals, first of the bodies a monitor urges: one unit, no new
            # clause after it; the work is the monitor's
            "Ban Thường trực UBMTTQ phường theo dõi, đôn đốc Ủy ban Bầu cử phường, UBND phường và các cơ quan chuyên "
            "môn xử lý kiến nghị của cử tri đúng hạn.",
            [(["Ban Thường trực UBMTTQ phường"], None)],
        ),
        (  # under guidance, an item that names what it is about, then a unit sending its papers by a day: that
            # unit's task; the rest of the guidance is no one's
            "HƯỚNG DẪN THỰC HIỆN\n1. Biên bản hội nghị: Các cơ quan, đơn vị gửi toàn bộ biên bản về Ủy ban nhân dân xã "
            "chậm nhất ngày 25/01/2026.\n2. Hồ sơ ứng cử: gồm đơn ứng cử, sơ yếu lý lịch.\n"
            "3. Thành phần: Ban lãnh đạo cơ quan họp dự kiến người giới thiệu.",
            [(["Các cơ quan, đơn vị"], "2026-01-25")],
        ),
        (  # a commune's civil servant in lower case after the verb, his field in capitals: the addressee
            "Giao công chức Địa chính - Xây dựng xã rà soát hiện trạng các thửa đất công trước ngày 30/5/2026.",
            [(["công chức Địa chính - Xây dựng xã"], "2026-05-30")],
        ),
        (  # ... but civil servants named by no field are no unit: the work stays the subject's
            "Phòng Nội vụ phân công công chức trực điện thoại ngoài giờ hành chính.",
            [(["Phòng Nội vụ"], None)],
        ),
        (  # the duties of a team a decision sets up, named by its work (`Tổ tiếp công dân`): the team's tasks
            "Điều 1. Thành lập Tổ tiếp công dân phục vụ bầu cử gồm các thành viên:\n1. Bà Trần Thị Mơ - Tổ trưởng.\n"
            "Điều 2. Nhiệm vụ của Tổ tiếp công dân phục vụ bầu cử:\n- Tiếp nhận, phân loại đơn thư của cử tri.\n"
            "- Tổng hợp, báo cáo Ban Thường trực các vụ việc phức tạp.",
            [(["Tổ tiếp công dân phục vụ bầu cử"], None)] * 2,
        ),
        (  # a range of days written with a dash for `đến`: due on its last day
            "Từ ngày 05/02/2026 - 08/02/2026: Ủy ban nhân dân xã tổ chức hội nghị cử tri tại các thôn.",
            [(["Ủy ban nhân dân xã"], "2026-02-08")],
        ),
    ],
)
def test_r11_district_held_out_shapes(text, expected):
    got = [(t.assignees, t.deadline.due.isoformat() if t.deadline and t.deadline.due else None) for t in _tasks(text)]
    assert got == expected


def test_a_group_sent_to_in_narrower_parts_is_those_addressees():
    """`Hiệu trưởng các trường` in a letter sent to `Hiệu trưởng các trường Tiểu học` and `… THCS`: the group is the
    addressees that narrow it (README: a group the document enumerates is expanded to its members)."""
    from chidao.documents import parse_text

    doc = parse_text(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/PGDĐT\nV/v rà soát sĩ số học sinh\nKính gửi:\n"
        "- Hiệu trưởng các trường Tiểu học;\n- Hiệu trưởng các trường THCS.\n"
        "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường rà soát sĩ số học sinh, báo cáo trước ngày 12/10/2026.\n",
        check=False,
    )
    assert [t.assignees for t in doc.tasks] == [["Hiệu trưởng các trường Tiểu học", "Hiệu trưởng các trường THCS"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lead-in lists the units one a line, each with the scope it answers for; a duty line hands them the items
            "2. Các sở quản lý chuyên ngành\n"
            "Giao các sở quản lý chuyên ngành theo lĩnh vực gồm:\n"
            "- Sở Giao thông vận tải (đối với cầu, đường do tỉnh quản lý);\n"
            "- Sở Xây dựng (đối với công viên, chiếu sáng đô thị).\n"
            "Có trách nhiệm:\n"
            "a) Lập danh mục các công trình thuộc phạm vi quản lý.\n"
            "b) Cập nhật dữ liệu vào phần mềm quản lý tài sản.",
            [(["Sở Giao thông vận tải", "Sở Xây dựng"], [])] * 2,
        ),
        (  # a numbered title naming a group narrowed by what it was given to run: the items are that group's
            "3. Các tổ chức, doanh nghiệp được giao vận hành, bảo trì công trình thủy lợi\n"
            "a) Kiểm tra cống, đập trước mùa mưa.\n"
            "b) Lập sổ theo dõi vận hành.",
            [(["Các tổ chức, doanh nghiệp được giao vận hành, bảo trì công trình thủy lợi"], [])] * 2,
        ),
        (  # ... or the owners of the projects it names
            "5. Các chủ đầu tư dự án khu dân cư, khu đô thị mới\n"
            "- Hoàn thiện hạ tầng thoát nước trong dự án.",
            [(["Các chủ đầu tư dự án khu dân cư, khu đô thị mới"], [])],
        ),
        (  # units listed with `;`, then what they act on set off by commas, then their work
            "Các sở, ngành; Ủy ban nhân dân các xã, căn cứ chức năng, nhiệm vụ được giao khẩn trương kiểm kê tài sản "
            "công, gửi kết quả về Sở Tài chính.",
            [(["Các sở, ngành", "Ủy ban nhân dân các xã"], [])],
        ),
        (  # a plan's closing: the units urged, then the Front and the mass organisations asked to work along
            "1. Sở Y tế chủ trì tổ chức chiến dịch tiêm chủng.\n"
            "Yêu cầu các sở, ngành triển khai thực hiện; đề nghị Hội Chữ thập đỏ tỉnh và Tỉnh đoàn phối hợp thực "
            "hiện./.",
            [(["Sở Y tế"], [])],
        ),
        (  # a task table whose rows have no outer pipes, numbered columns under its header, an empty last cell
            "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Ghi chú\n"
            " | (1) | (2) | (3) | (4) | (5)\n"
            "1 | Rà soát điểm sạt lở | Sở Xây dựng | UBND các xã | Quý II/2026 | \n"
            "2 | Diễn tập cứu hộ | Công an tỉnh | Sở Y tế | Tháng 8/2026 |",
            [(["Sở Xây dựng"], ["UBND các xã"]), (["Công an tỉnh"], ["Sở Y tế"])],
        ),
    ],
)
def test_r10_tbkl_held_out_shapes(text, expected):
    """Round 10 held-out shapes of conclusions and plans (our own wording): units listed, then handed duties; a title
    naming a group narrowed by a clause or by its projects; a `;` list with `căn cứ chức năng, nhiệm vụ` before its
    work; the Front asked to work along in a plan's closing; a task table without outer pipes."""
    assert [(a, c) for a, c, _ in _rows(_tasks(text))] == expected

@pytest.mark.parametrize("sentence", load_toml("task_verbs.toml")["assign"]["relayed_examples"])
def test_a_request_the_subjects_work_carries_asks_the_subject(sentence):
    """`relayed_by` of `[assign]`: `Sở X tham mưu UBND tỉnh kiến nghị Bộ Y …` gives the work to Sở X, the subject; the
    body after the request is what the advice asks for."""
    found = assignment(sentence)
    assert found is not None and found.mode is None and found.start == 0
    assert sentence[found.assignees[0].start : found.assignees[0].end] == sentence.split(" tham mưu")[0].split(" chủ trì")[0].split(" trao đổi")[0]


@pytest.mark.parametrize("sentence", load_toml("task_verbs.toml")["assign"]["relayed_counter_examples"])
def test_a_request_after_a_comma_or_another_verb_keeps_its_addressee(sentence):
    """A comma between the advice and the request, or a verb other than a request, leaves the request the speaker's
    own: the body after it is asked."""
    found = assignment(sentence)
    assert found is not None and found.mode in ("đề nghị", "yêu cầu") and found.start > 0


@pytest.mark.parametrize("sentence", load_toml("task_verbs.toml")["assign"]["proposes_examples"])
def test_proposing_to_a_body_asks_it_nothing(sentence):
    """`proposes` of `[assign]`: a body told of measures (`kiến nghị X các giải pháp …`) is not asked; the work is
    the proposer's."""
    found = assignment(sentence)
    assert found is not None and found.mode is None and found.start == 0


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        (  # a paragraph between item 1 and item 2 carries item 1 on: the numbered list goes on after it
            "Phòng Tài chính yêu cầu các trường học thực hiện:\n1. Rà soát định mức chi thường xuyên.\n"
            "Đối với các trường có số dư lớn như: Trường Tiểu học An Bình (12%)..., kịp thời đề ra phương án sử dụng.\n"
            "2. Lập dự toán năm sau đúng hạn.\n3. Công khai tài chính theo quy định.",
            {},
            [["các trường học"]] * 3,
        ),
        (  # a report's results, then the issuer's order on their ground over a numbered list
            "Đánh giá kết quả công tác kiểm tra năm qua như sau:\n"
            "Các đơn vị đã thực hiện 120 cuộc kiểm tra, đạt 90% kế hoạch.\n"
            "Từ kết quả kiểm tra, Sở Nội vụ yêu cầu Trưởng phòng Nội vụ các huyện chỉ đạo thực hiện:\n"
            "1. Bố trí đủ công chức cho công tác kiểm tra.\n2. Hoàn thành kế hoạch kiểm tra năm.",
            {"issuer": Issuer(name="SỞ NỘI VỤ")},
            [["Trưởng phòng Nội vụ các huyện"]] * 2,
        ),
        (  # a digital signature's stamp a gazette prints between two pages is no body text
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Danh mục dịch vụ công kèm theo Quyết định này\n"
            "Ký bởi: Cổng Thông tin điện tử\nThời gian ký: 12.03.2025 09:10:11 +07:00\n"
            "Điều 2. Tổ chức thực hiện\n1. Vụ Kế hoạch thực hiện đăng tải Danh mục trên Cổng thông tin điện tử.\n"
            "2. Trung tâm Dữ liệu thực hiện cập nhật Danh mục vào hệ thống.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            {},
            [["Vụ Kế hoạch"], ["Trung tâm Dữ liệu"]],
        ),
        (  # a liability the article goes on from with duties: the article is a task
            "Điều 4. Giám đốc Sở Tư pháp chịu trách nhiệm toàn diện trước pháp luật, Ủy ban nhân dân tỉnh về nội dung "
            "được ủy quyền, có trách nhiệm công khai các nội dung đó cho tổ chức, cá nhân biết và thực hiện; tham mưu "
            "Ủy ban nhân dân tỉnh điều chỉnh khi cần thiết.\nĐiều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
            {},
            [["Giám đốc Sở Tư pháp"]],
        ),
        (  # a short name given in brackets to the first addressees: the list of addressees goes on after it
            "Để triển khai Nghị định, Bộ Xây dựng đề nghị các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, cơ quan) và "
            "Ủy ban nhân dân các tỉnh tập trung thực hiện các nhiệm vụ sau:\n1. Tổ chức phổ biến Nghị định.\n"
            "2. Rà soát văn bản đã ban hành.",
            {},
            [["các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh"]] * 2,
        ),
    ],
)
def test_round10_wave2_shapes(text, fields, expected):
    """Round 10 wave 2 held-out shapes (our own wording): a paragraph inside a numbered list, an order after a
    report's results, a signature stamp inside the body, a liability followed by duties."""
    assert [t.assignees for t in _tasks(text, **fields)] == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # an item of a list closed by a dash and the unit it falls to
        ("- Danh mục trạm bơm, kênh mương nội đồng - Bộ Nông nghiệp và Môi trường.", ["Bộ Nông nghiệp và Môi trường"]),
        ("- Danh mục bến thủy nội địa – Sở Xây dựng;", ["Sở Xây dựng"]),
        # ... but a dash before a time or a thing, no unit, leaves the lead's
        ("- Cập nhật số liệu kho dữ liệu - chậm nhất quý III.", ["các Bộ, ngành"]),
        ("- Sửa chữa trạm bơm Đông Hưng - Hợp phần 2.", ["các Bộ, ngành"]),
        # ... as does an item of more sentences, where the unit at the end says where a thing was done
        ("- Rà soát kho dữ liệu. Kết quả ghi tại biên bản họp ở Chi cục Thủy lợi - Sở Nông nghiệp.", ["các Bộ, ngành"]),
    ],
)
def test_item_closed_by_the_unit_it_falls_to(item, expected):
    text = f"Bộ Nội vụ đề nghị các Bộ, ngành thực hiện như sau:\n1. Ban hành danh mục tài sản theo ngành, cụ thể:\n{item}"
    assert [t.assignees for t in _tasks(text)][-1] == expected


@pytest.mark.parametrize(
    ("addressee", "lead", "expected"),
    [
        (  # the lead-in names the Kính gửi group in full, narrowed by what it takes part in, and whose that is: it
            # only introduces the items, which are the group's
            "Sở Y tế các tỉnh tham gia Đề án bệnh viện vệ tinh",
            "Cục Quản lý Khám, chữa bệnh đề nghị Sở Y tế các tỉnh tham gia Đề án bệnh viện vệ tinh của Bộ Y tế thực "
            "hiện tốt một số việc sau:",
            [["Sở Y tế các tỉnh tham gia Đề án bệnh viện vệ tinh"]] * 2,
        ),
        (  # ... and without the owner
            "Các trường tham gia Chương trình sữa học đường",
            "Sở Giáo dục và Đào tạo đề nghị các trường tham gia Chương trình sữa học đường thực hiện các nội dung sau:",
            [["Các trường tham gia Chương trình sữa học đường"]] * 2,
        ),
    ],
)
def test_r11_lead_in_naming_its_addressee_in_full(addressee, lead, expected):
    tasks = _tasks(f"{lead}\n1. Rà soát số liệu của đơn vị.\n2. Báo cáo kết quả về Sở.\n",
                   addressees=[Addressee(name=addressee)])
    assert [t.assignees for t in tasks] == expected and all(t.parent is None for t in tasks)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (  # a numbered item doing work on a thing whose parts it lists: one task, the parts its text
            "2. Hoàn thành Biểu mẫu báo cáo gồm:\n- Phần I: Thống kê số lượng học viên.\n- Phần II: Đăng ký nhu cầu bồi dưỡng.",
            ["Hoàn thành Biểu mẫu báo cáo gồm: - Phần I: Thống kê số lượng học viên. - Phần II: Đăng ký nhu cầu bồi dưỡng."],
        ),
        (
            "2. Chuẩn bị hồ sơ dự thi gồm:\n- Bản sao giấy khai sinh;\n- Đơn đăng ký dự thi.",
            ["Chuẩn bị hồ sơ dự thi gồm: - Bản sao giấy khai sinh; - Đơn đăng ký dự thi."],
        ),
        (  # ... a numbered title naming what something holds, with no work, lists parts that are no one's tasks
            "2. Hồ sơ dự thi gồm:\n- Bản sao giấy khai sinh;\n- Đơn đăng ký dự thi.",
            [],
        ),
    ],
)
def test_r11_item_working_on_listed_parts(item, expected):
    text = (f"Kính gửi: Các trung tâm ngoại ngữ.\nSở Giáo dục yêu cầu các đơn vị:\n1. Rà soát danh sách học viên.\n{item}\n"
            "3. Báo cáo về Sở trước ngày 10/9/2026.\n")
    tasks = _tasks(text, addressees=[Addressee(name="Các trung tâm ngoại ngữ")])
    assert [t.text for t in tasks][1:-1] == expected and len(tasks) == len(expected) + 2


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the issuer named alone before a colon at the head of an item, then its duties: its own task
        ("1. Sở Giáo dục và Đào tạo: Hướng dẫn chuyên môn; kiểm tra việc thực hiện.", [["Sở Giáo dục và Đào tạo"]]),
        # ... the issuer telling what it does in a sentence asks no one
        ("1. Sở Giáo dục và Đào tạo tổ chức bồi dưỡng nghiệp vụ; kiểm tra việc thực hiện.", []),
    ],
)
def test_r11_issuer_duties_named_before_a_colon(item, expected):
    text = (f"III. TỔ CHỨC THỰC HIỆN\n{item}\n2. Đề nghị Ủy ban nhân dân các xã, phường: Tổ chức triển khai, rà soát.\n")
    tasks = _tasks(text, issuer=Issuer(name="SỞ GIÁO DỤC VÀ ĐÀO TẠO"), type=DocType(code="CV", name="CÔNG VĂN"))
    assert [t.assignees for t in tasks] == [*expected, ["Ủy ban nhân dân các xã, phường"]]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # items whose numbers lost their dot and that close with no mark (an OCR'd list): each one a task
        ("1 Rà soát số liệu tiêm chủng của đơn vị (mẫu kèm theo)\n2 Đánh giá khó khăn, nêu kiến nghị\n"
         "3 Đề xuất nhu cầu vắc xin năm sau\n",
         ["Rà soát số liệu tiêm chủng của đơn vị (mẫu kèm theo)", "Đánh giá khó khăn, nêu kiến nghị",
          "Đề xuất nhu cầu vắc xin năm sau"]),
        # ... a dotted number left open over a paragraph stays the title of that paragraph
        ("1. Rà soát số liệu tiêm chủng\nCác trạm y tế xã gửi số liệu về Trung tâm trước ngày 10/6/2026.\n",
         ["Các trạm y tế xã gửi số liệu về Trung tâm trước ngày 10/6/2026."]),
    ],
)
def test_r11_open_items_whose_numbers_lost_their_dot(items, expected):
    tasks = _tasks(f"Sở Y tế đề nghị Trung tâm Y tế các huyện thực hiện một số việc sau:\n{items}")
    assert [t.text for t in tasks] == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # a paragraph after the list that sends the report in by a day, naming no one: the list's follow-up, asked of
        # the lead-in's addressee, its day each item's
        ("Báo cáo gửi về Sở Y tế trước ngày 30/5/2026.",
         [("Rà soát số liệu.", "2026-05-30"), ("Đánh giá kết quả.", "2026-05-30"),
          ("Báo cáo gửi về Sở Y tế trước ngày 30/5/2026.", "2026-05-30")]),
        # ... not without a day of its own
        ("Báo cáo gửi về Sở Y tế qua hệ thống thư điện tử.", [("Rà soát số liệu.", None), ("Đánh giá kết quả.", None)]),
    ],
)
def test_r11_report_sent_in_after_a_list(closing, expected):
    tasks = _tasks(f"Sở Y tế đề nghị Trung tâm Y tế các huyện thực hiện một số việc sau:\n1. Rà soát số liệu.\n"
                   f"2. Đánh giá kết quả.\n{closing}\n", date=DocDate(text="ngày 02/5/2026", year=2026, month=5, day=2))
    assert [(t.text, t.deadline.due.isoformat() if t.deadline and t.deadline.due else None) for t in tasks] == expected
    assert all(t.assignees == ["Trung tâm Y tế các huyện"] for t in tasks)


def _purpose_cases():
    table = load_toml("lead_ins.toml")["purpose_lead"]
    return [(e, True) for e in table["examples"]] + [(c, False) for c in table["counter_examples"]]


@pytest.mark.parametrize(("listing", "aims"), _purpose_cases())
def test_aims_under_a_work_item_join_its_text(listing, aims):
    """`Sửa đổi Quy chế … để:` over `- Rút ngắn …`: the items below a work item that says what it is for are its
    aims, one task with it; items under a lead-in that gives work (`… thực hiện các việc sau:`) stay tasks."""
    item, *below = listing.split("|")
    text = "Ủy ban nhân dân huyện yêu cầu Phòng Nội vụ thực hiện các nhiệm vụ sau:\n" + "\n".join([item, *below]) + "\n"
    tasks = _tasks(text)
    if aims:
        assert len(tasks) == 1
        assert tasks[0].assignees == ["Phòng Nội vụ"]
        assert all(line.lstrip("-+ ") in tasks[0].text for line in below)
    else:
        assert not any(all(line.lstrip("-+ ") in t.text for line in below) for t in tasks)


@pytest.mark.parametrize(
    ("text", "assignees"),
    [
        # `bàn giao cho X`, `chuyển giao cho X`: the subject hands a thing over to X; the work is the subject's
        # (`not_after` of [assign] in task_verbs.toml)
        ("Sở Tài chính tiếp nhận các phương tiện để bàn giao cho UBND các huyện trước ngày 30/6/2026.", [["Sở Tài chính"]]),
        ("Trung tâm Giống cây trồng tiếp nhận giống lúa để bàn giao cho UBND các huyện, thị xã cấp cho nông dân.",
         [["Trung tâm Giống cây trồng"]]),
        ("Sở Khoa học và Công nghệ chuyển giao cho các hợp tác xã quy trình sản xuất giống.", [["Sở Khoa học và Công nghệ"]]),
        # ... while `giao cho X` alone gives X the work
        ("UBND tỉnh giao cho UBND các huyện tiếp nhận giống lúa.", [["UBND các huyện"]]),
        # `tăng cường phân cấp cho X`: the direction a change goes in names X, asks it nothing
        ("Sở Nội vụ nghiên cứu, sửa đổi Quy định theo hướng tăng cường phân cấp cho các huyện, thị xã.", [["Sở Nội vụ"]]),
        ("Nghiên cứu, sửa đổi Quyết định số 41/2016/QĐ-UBND theo hướng tăng cường phân cấp cho các quận, huyện.", []),
    ],
)
def test_handing_over_to_a_unit_is_the_subjects_work(text, assignees):
    from chidao.documents.pipeline import parse_text

    doc = parse_text(text + "\n", check=False)
    assert [t.assignees for t in doc.tasks] == assignees


@pytest.mark.parametrize(
    "team",
    [
        "Tổ tiếp công dân, xử lý khiếu nại, tố cáo, kiến nghị, phản ánh của công dân xã",
        "Tổ công tác rà soát, kiểm tra, phân loại hồ sơ đất đai tồn đọng trên địa bàn xã",
        "Tổ giúp việc",
    ],
)
def test_a_long_duty_heading_gives_its_items_the_unit(team):
    """`Nhiệm vụ của <unit>:` over items (`[duty_heading]`): a heading however many words the unit's name holds
    (a team named by its work runs long), its items that unit's."""
    from chidao.documents.pipeline import parse_text

    text = (
        "ỦY BAN NHÂN DÂN XÃ NAM AN\nSố: 12/QĐ-UBND\nNam An, ngày 05 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc thành lập"
        f" tổ\n\nĐiều 1. Thành lập {team}.\nĐiều 2. Nhiệm vụ của {team}:\n1. Tiếp nhận, phân loại hồ sơ theo quy định.\n"
        "2. Tổng hợp, báo cáo kết quả hằng tháng.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    doc = parse_text(text, check=False)
    assert [t.assignees for t in doc.tasks] == [[team], [team]]


_LEAD_IN = "Kính gửi: Các Bộ, cơ quan ngang Bộ.\nThủ tướng Chính phủ yêu cầu các Bộ, cơ quan ngang Bộ thực hiện các nội dung sau:\n"


@pytest.mark.parametrize(
    ("text", "assignees"),
    [
        # `giao trách nhiệm X` said by the speaker named right before it, or opening the sentence: X is asked
        ("UBND tỉnh giao trách nhiệm Sở Tư pháp phối hợp với các sở hướng dẫn các xã rà soát hồ sơ.", [["Sở Tư pháp"]]),
        ("Giao trách nhiệm Sở Nội vụ chủ trì tổng hợp kết quả.", [["Sở Nội vụ"]]),
        # ... in the middle of an item under a lead-in, the charge given as part of the work (a noun phrase): the
        # item stays the lead-in's units' (named as the Kính gửi writes them: `_addressed_plural`)
        (_LEAD_IN + "1. Siết chặt kỷ luật hành chính; giao trách nhiệm người đứng đầu các cơ quan, đơn vị trong việc"
         " để chậm trễ hồ sơ.", [["Các Bộ, cơ quan ngang Bộ"]]),
        (_LEAD_IN + "1. Rà soát thủ tục nội bộ, gắn với việc giao trách nhiệm cho người đứng đầu các cơ quan, đơn vị"
         " trực thuộc.", [["Các Bộ, cơ quan ngang Bộ"]]),
    ],
)
def test_giving_a_charge_asks_only_where_a_speaker_gives_it(text, assignees):
    """`speaker_only` of `[assign]` (task_verbs.toml): `giao trách nhiệm` is a verb only after its speaker or opening
    the sentence; elsewhere it names the charge given as part of the work and takes no task from its subject."""
    from chidao.documents.pipeline import parse_text

    doc = parse_text(text + "\n", check=False)
    assert [t.assignees for t in doc.tasks] == assignees


@pytest.mark.parametrize(
    ("subject", "due"),
    [
        # a plan about holding a meeting, the day it sets for it in its body: the work that serves the meeting is due then
        ("Tổ chức hội nghị đại biểu nhân dân xã năm 2026", "2026-03-20"),
        # ... but a plan about other work names no meeting to come
        ("Tuyên truyền phòng, chống cháy rừng năm 2026", None),
    ],
)
def test_a_plan_for_a_meeting_dates_the_work_that_serves_it(subject: str, due: str | None) -> None:
    from chidao.documents import parse_text

    doc = parse_text(
        f"ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 31/KH-UBND\nAn Phú, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n{subject}\n"
        "I. THỜI GIAN\nỦy ban nhân dân xã dự kiến tổ chức hội nghị vào ngày 20/3/2026.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng HĐND và UBND xã chuẩn bị hội trường, tài liệu phục vụ hội nghị.\n",
        check=False,
    )
    assert [(t.deadline.due.isoformat() if t.deadline and t.deadline.due else None) for t in doc.tasks] == [due]


def test_r12_commune_numbered_item_left_open_between_closed_ones_is_an_item() -> None:
    """`2. Tuyên truyền, vận động …` without its full stop, between numbered items that have theirs and with nothing
    under it: an item of the list (the lead-in's addressee's task), not a title."""
    tasks = _tasks(
        "UBND xã yêu cầu các ông xóm trưởng thực hiện nghiêm một số nội dung sau:\n"
        "1. Nắm bắt thông tin người dân đến địa bàn.\n"
        "2. Tuyên truyền, vận động các hộ dân phòng chống dịch bệnh qua loa truyền thanh của thôn\n"
        "3. Báo cáo UBND xã danh sách người dân đến địa bàn hàng ngày.\n"
    )
    assert [t.assignees for t in tasks] == [["các ông xóm trưởng"]] * 3
    assert tasks[1].text.startswith("Tuyên truyền, vận động")


def test_r12_commune_a_body_directing_with_no_one_named_carries_no_one_down() -> None:
    """`UBND huyện chỉ đạo một số nội dung sau:` names no one asked: an item naming no unit is no one's task (not the
    directing body's), an item naming its unit is that unit's."""
    tasks = _tasks(
        "Để chấn chỉnh tình trạng trên, UBND huyện chỉ đạo một số nội dung sau:\n"
        "1. Tạm dừng việc khai thác đất trên địa bàn huyện.\n"
        "2. Phòng Tài nguyên và Môi trường huyện tăng cường kiểm tra các điểm khai thác.\n"
    )
    assert [t.assignees for t in tasks] == [["Phòng Tài nguyên và Môi trường huyện"]]


def test_r12_item_opening_with_the_issuer_gives_the_unit_it_names_the_work():
    """Under a ministry's lead-in to a province and its institutes, an item that opens with the ministry's own name
    and `giao` gives the work to the units named after it (a group named by its members right after it is those
    members), not to the lead-in's addressees; the closing that only urges the whole letter is no task."""
    text = (
        "BỘ Y TẾ\nSố: 12/BYT-DP\nV/v hỗ trợ xét nghiệm\nHà Nội, ngày 04 tháng 8 năm 2026\n"
        "Kính gửi:\n- Ủy ban nhân dân tỉnh Nam An;\n- Viện Pasteur Nam An;\n- Bệnh viện Đa khoa Bắc Hà.\n"
        "Bộ Y tế đề nghị Ủy ban nhân dân tỉnh Nam An và các đơn vị triển khai một số nội dung sau:\n"
        "1. Bộ Y tế giao các đơn vị Viện Pasteur Nam An và Bệnh viện Đa khoa Bắc Hà hỗ trợ tỉnh xét nghiệm mẫu.\n"
        "2. Ủy ban nhân dân tỉnh Nam An chỉ đạo các đơn vị liên quan phối hợp.\n"
        "Bộ Y tế đề nghị Ủy ban nhân dân tỉnh Nam An và các đơn vị chỉ đạo và khẩn trương tổ chức thực hiện./.\n"
    )
    from chidao.documents import parse_text

    doc = parse_text(text)
    assert [t.assignees for t in doc.tasks] == [
        ["Viện Pasteur Nam An", "Bệnh viện Đa khoa Bắc Hà"], ["Ủy ban nhân dân tỉnh Nam An"],
    ]


@pytest.mark.parametrize(
    ("second", "assignees"),
    [
        # a later paragraph recalling an earlier document by its number: background, no direction of the copy's own
        ("Công điện nêu: Ngày 10/3/2026, Thủ tướng Chính phủ đã có Công điện số 21/CĐ-TTg chỉ đạo các địa phương"
         " rà soát công tác đấu giá và đã đạt kết quả nhất định.", [["các bộ, các địa phương"]]),
        # ... while a lead naming the copy's own number directs
        ("Ngày 14/6/2026, Thủ tướng Chính phủ đã có Công điện số 55/CĐ-TTg chỉ đạo các địa phương rà soát công tác"
         " đấu giá.", [["các bộ, các địa phương"], ["các địa phương"]]),
    ],
)
def test_a_news_lead_directs_only_under_the_copys_own_number(second, assignees):
    from chidao.documents.pipeline import parse_text

    text = (
        "Thủ tướng yêu cầu chấn chỉnh công tác đấu giá\n\nThủ tướng Chính phủ vừa ký ban hành Công điện 55/CĐ-TTg ngày"
        " 14/6/2026 yêu cầu các bộ, các địa phương chấn chỉnh công tác đấu giá quyền sử dụng đất.\n\n" + second + "\n"
    )
    doc = parse_text(text, check=False)
    assert [t.assignees for t in doc.tasks] == assignees


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a group noun after a comma with no `các` of its own shares the one of the group before it, closed by
            # its qualifier: two groups, each as written
            "Chủ tịch UBND phường đề nghị các phòng chuyên môn, đơn vị sự nghiệp chủ động rà soát hồ sơ tồn đọng.",
            [["các phòng chuyên môn", "đơn vị sự nghiệp"]],
        ),
        (  # the contractor given its share after a linking adverb, in lower case: its own task
            "Yêu cầu Ban Quản lý dự án huyện Tân Lập đôn đốc giải phóng mặt bằng. Đồng thời, nhà thầu bổ sung máy "
            "móc để sớm hoàn thành tuyến kè.",
            [["Ban Quản lý dự án huyện Tân Lập"], ["nhà thầu"]],
        ),
        (  # the chair of a meeting named in the news of it, and his view, are no work; his request is
            "Đồng chí Hà Văn Tâm – Chủ tịch UBND huyện chủ trì hội nghị. Đồng chí Chủ tịch UBND huyện khẳng định: "
            "chính quyền huyện sẽ giải quyết dứt điểm các kiến nghị. Chủ tịch UBND huyện yêu cầu Phòng Nội vụ rà "
            "soát hồ sơ.",
            [["Phòng Nội vụ"]],
        ),
    ],
)
def test_r12_tbkl3_conclusion_shapes(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an approval, a task and a lead-in joined by `;` in one paragraph: the approval is no work, the lead-in
            # after `; trong thời gian tới yêu cầu …` introduces the items (its purpose clause says nothing more)
            "Chủ tịch UBND thị xã kết luận như sau:\n"
            "UBND thị xã thống nhất với dự thảo Báo cáo quý III; Giao Văn phòng HĐND và UBND thị xã hoàn chỉnh Báo cáo; "
            "trong thời gian tới yêu cầu các phòng, ban tập trung làm tốt các nhiệm vụ sau để hoàn thành kế hoạch:\n"
            "1. Phòng Nội vụ rà soát hồ sơ cán bộ.\n"
            "2. Phòng Tư pháp kiểm tra việc chứng thực.\n",
            [["Văn phòng HĐND và UBND thị xã"], ["Phòng Nội vụ"], ["Phòng Tư pháp"]],
        ),
        (  # the last numbered item of a copy cut short, opening with its unit: a task, not a title
            "Chủ tịch UBND huyện yêu cầu các cơ quan tập trung thực hiện các nhiệm vụ sau:\n"
            "1. Phòng Nội vụ rà soát hồ sơ cán bộ.\n"
            "2. Phòng Tư pháp kiểm tra việc chứng thực; tổ",
            [["Phòng Nội vụ"], ["Phòng Tư pháp"]],
        ),
        (  # a month between the verb of asking and who is asked, with or without a comma (the standing members at their
            # fullest, the council named in the group beside them)
            "Giám đốc Sở yêu cầu trong tháng 10/2025, Văn phòng Sở hoàn thành việc chỉnh lý hồ sơ lưu trữ. Chủ tịch "
            "HĐND xã đề nghị tháng 11/2025 thường trực HĐND, các ban HĐND xã chuẩn bị kỳ họp.",
            [["Văn phòng Sở"], ["thường trực HĐND xã", "các ban HĐND xã"]],
        ),
    ],
)
def test_r13_tbhop_conclusion_shapes(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


# A report's preamble (`[reports_own_work]` of data/lead_ins.toml): the issuer tells the work it was given and its
# time, then reports; the requests of its `Kiến nghị` section are dated by their own words only.
REPORT_PREAMBLE = """Thực hiện Công văn số 412/UBND-KT ngày 02/3/2026 của UBND tỉnh Nam An, Sở Xây dựng được giao chủ trì rà soát quy hoạch các khu tái định cư, thời hạn gửi UBND tỉnh trước ngày 20/3/2026. Sở Xây dựng báo cáo như sau:
I. TÌNH HÌNH TRIỂN KHAI
Sở đã làm việc với UBND các huyện và thu thập hồ sơ của 14 khu tái định cư.
II. HIỆN TRẠNG VÀ VẤN ĐỀ ĐẶT RA
Các chủ đầu tư chậm điều chỉnh quy hoạch chi tiết, chưa cập nhật số liệu dân cư.
III. KIẾN NGHỊ
Sở Xây dựng kính đề nghị UBND tỉnh:
1. Cho phép Sở tiếp tục hoàn thiện báo cáo rà soát sau khi có số liệu của các huyện.
2. Chỉ đạo UBND các huyện cung cấp số liệu dân cư cho Sở Xây dựng.
Sở Xây dựng kính báo cáo UBND tỉnh xem xét, cho ý kiến chỉ đạo./.
"""


def test_report_preamble_keeps_its_own_time():
    tasks = _tasks(REPORT_PREAMBLE, issuer=Issuer(name="SỞ XÂY DỰNG", parent="UBND TỈNH NAM AN"))
    assert [t.text[:20] for t in tasks] == ["Cho phép Sở tiếp tục", "Chỉ đạo UBND các huy"]
    assert all(t.assignees == ["UBND tỉnh Nam An"] or t.assignees == ["UBND tỉnh"] for t in tasks), _rows(tasks)
    assert all(t.deadline is None or t.deadline.kind == "none" for t in tasks)


@pytest.mark.parametrize(("lead_in", "own_time"), [
    *((t, True) for t in lead_ins()["reports_own_work"]["examples"]),
    *((t, False) for t in lead_ins()["reports_own_work"]["counter_examples"]),
])
def test_reports_own_work(lead_in, own_time):
    """The time of a report's preamble stays the issuer's; the time of a lead-in that hands out work dates its items."""
    tasks = _tasks(f"{lead_in}\n- Phòng Quy hoạch rà soát hồ sơ các khu tái định cư.\n", issuer=Issuer(name="SỞ XÂY DỰNG"))
    dated = [t for t in tasks if t.deadline is not None and t.deadline.kind == "date"]
    assert (not dated) is own_time, _rows(tasks)


@pytest.mark.parametrize("sentence", [
    "Thực hiện nhiệm vụ được UBND tỉnh Nam An giao, Giám đốc Sở Tư pháp đã ban hành kế hoạch rà soát văn bản.",
    "Theo nội dung được Bộ Nội vụ giao, Sở Nội vụ đã hướng dẫn các huyện sắp xếp thôn, tổ dân phố.",
])
def test_passive_giver_asks_no_one(sentence):
    """`được X giao,`: X gave the work before (the agent of a passive); the unit after the comma is asked nothing."""
    assert assignment(sentence) is None


def test_speaker_before_comma_still_asks():
    found = assignment("Chủ tịch UBND huyện Bắc Sơn yêu cầu, các phòng chuyên môn rà soát hồ sơ đất đai.")
    assert found is not None and found.names == ["các phòng chuyên môn"]


def test_charges_set_anew_ask_no_one():
    """`kiện toàn phân công …`: the charges set anew, as a report names what was done."""
    sentence = "Quyết định kiện toàn phân công lãnh đạo các sở giúp đỡ các xã đạt chuẩn nông thôn mới."
    assert assignment(sentence) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copy cut short in its last paragraph: no title, as it heads nothing
        ("UBND tỉnh yêu cầu:\n1. Về phòng, chống dịch bệnh:\nCác sở, ngành tiếp tục thực hiện nghiêm các biện pháp"
         " phòng dịch.\nỦy ban nhân dân các huyện chỉ đạo tăng cư",
         [["Các sở, ngành"], ["Ủy ban nhân dân các huyện"]]),
        # ... or one left without its full stop right before the closing
        ("Sở Nội vụ thông báo như sau:\nCác phòng chuyên môn rà soát hồ sơ công chức trước ngày 30/6/2026\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
         [["Các phòng chuyên môn"]]),
        # a short unfinished line with a paragraph after it stays the title of what follows
        ("Sở Y tế chủ trì công tác tiêm chủng\nCác trạm y tế xã lập danh sách trẻ em trong độ tuổi.",
         [["Các trạm y tế xã"]]),
    ],
)
def test_a_last_paragraph_cut_before_its_full_stop_is_no_title(text, expected):
    assert [t.assignees for t in _tasks(text)] == expected


_COPY_RECOUNT = load_toml("lead_ins.toml")["copy_recount"]


@pytest.mark.parametrize(
    ("sentence", "recounts"),
    [(e, True) for e in _COPY_RECOUNT["examples"]] + [(c, False) for c in _COPY_RECOUNT["counter_examples"]],
)
def test_a_copy_recounting_another_document_asks_nothing(sentence: str, recounts: bool) -> None:
    """`[copy_recount]`: in a copy with no header, `Chính vì vậy, ngày …, Bộ Y tế có Công điện số … đề nghị …` tells
    another document's request (background); a letter with its own header is not read so."""
    headerless = Document(Source("x.txt"), sentence)
    assert recounted_in_copy(sentence, headerless) is recounts
    lettered = Document(Source("x.txt"), sentence, issuer=Issuer("ỦY BAN NHÂN DÂN TỈNH HÒA LÂM"))
    assert recounted_in_copy(sentence, lettered) is False


def test_a_copy_telling_its_own_number_after_a_connective_is_not_a_recount() -> None:
    from chidao.documents.model import OwnCaption

    sentence = "Trước đó, ngày 10/3, UBND tỉnh có Công văn số 15/UBND-VX yêu cầu các sở triển khai."
    doc = Document(Source("x.txt"), sentence, own_caption=OwnCaption(type=None, party=False, numbers=("15/UBND-VX",)))
    assert recounted_in_copy(sentence, doc) is False


@pytest.mark.parametrize(
    ("sentence", "issuer", "expected"),
    [
        # a unit's own work, then its proposal to another body after a comma: the unit's task
        ("Sở Nội vụ tổng hợp hồ sơ, đề nghị UBND tỉnh xét tặng danh hiệu.", "UBND TỈNH NAM AN", ["Sở Nội vụ"]),
        ("Các cơ quan báo chí: có trách nhiệm giới thiệu gương điển hình, đề nghị Hội đồng Thi đua tỉnh xem xét.",
         "UBND TỈNH NAM AN", ["Các cơ quan báo chí"]),
        # ... not when the unit speaks for the document (the Sở's own letter asks the UBND)
        ("Sở Y tế tổng hợp hồ sơ, đề nghị UBND tỉnh xem xét, quyết định.", "SỞ Y TẾ", ["UBND tỉnh"]),
        # ... nor when the unit only proposes, with no work of its own before (a request it reports)
        ("Đề nghị UBND tỉnh xem xét, quyết định.", "SỞ Y TẾ", ["UBND tỉnh"]),
    ],
)
def test_a_units_proposal_after_its_own_work_is_its_task(sentence, issuer, expected):
    """`_proposer`: `X <work>, đề nghị Y <verb> …` gives the task to X, whose work the proposal is part of."""
    tasks = _tasks(f"{sentence}\n", issuer=Issuer(name=issuer))
    assert [t.assignees for t in tasks] == [expected]


@pytest.mark.parametrize(
    ("lead", "meets"),
    [(h, True) for h in _HEADLINE["dated_examples"]] + [(h, False) for h in _HEADLINE["dated_counter_examples"]],
)
def test_a_copy_s_dated_lead_telling_a_body_met_is_no_task(lead, meets):
    """`[headline] dated_reach`: a copy's closed lead opening with the day and telling that a body met is news of a
    meeting; a body asking others to meet keeps its request."""
    text = f"{lead}\n\nLãnh đạo UBND huyện chỉ đạo Phòng Nông nghiệp hướng dẫn nông dân xuống giống vụ Đông Xuân.\n"
    assignees = [t.assignees for t in _tasks(text)]
    assert ["Phòng Nông nghiệp"] in assignees
    assert (len(assignees) == 1) == meets


@pytest.mark.parametrize(
    ("second", "third", "assignees"),
    [
        # after the request, a paragraph opened by a linking adverb and a verb of work goes on with it
        (None, "Đồng thời, tổ chức kiểm tra việc tiết kiệm điện tại cơ quan.",
         [["các sở, ban, ngành", "UBND các huyện"], ["các sở, ban, ngành", "UBND các huyện"]]),
        # ... and after units named with a colon before their work, with theirs
        ("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện: Chủ động xây dựng kế hoạch tiết kiệm điện.",
         "Đồng thời, tổ chức kiểm tra việc tiết kiệm điện tại cơ quan.",
         [["các sở, ban, ngành", "UBND các huyện"], ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các huyện"],
          ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các huyện"]]),
        # ... not after units named as a sentence's subject, nor where the adverb's paragraph tells no work
        ("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện chủ động xây dựng kế hoạch tiết kiệm điện.",
         "Đồng thời, tổ chức kiểm tra việc tiết kiệm điện tại cơ quan.",
         [["các sở, ban, ngành", "UBND các huyện"], ["Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các huyện"]]),
        (None, "Đồng thời, năm 2025 toàn tỉnh đã tiết kiệm được 5% điện năng.",
         [["các sở, ban, ngành", "UBND các huyện"]]),
    ],
)
def test_a_news_request_goes_on_after_a_linking_adverb(second, third, assignees):
    """`_request_goes_on`: in a copy with no header, a paragraph opening with a verb of work (after a linking adverb
    of `[adverbial]` or not) goes on with the request above it, or with the work given under the units' names and a
    colon (`Thủ trưởng …: Chủ động …`)."""
    from chidao.documents.pipeline import parse_text

    paragraphs = ["Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện tăng cường tiết kiệm điện.",
                  *([second] if second else []), third]
    doc = parse_text("\n\n".join(paragraphs) + "\n", check=False)
    assert [t.assignees for t in doc.tasks] == assignees
