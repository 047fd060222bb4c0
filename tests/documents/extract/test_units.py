"""Unit names: gazetteer, abbreviation folding, registry matching, unit phrases and their resolution."""

from __future__ import annotations

import re

import pytest

from chidao.documents import parse_text
from chidao.documents.data import load_toml
from chidao.documents.extract.assignees import (
    _PLACED,
    UnitMention,
    _alternation,
    _field_at,
    _field_at_folded,
    _ministry_end,
    _opens_predicate,
    _predicates,
    _read_fields,
    find_units,
    head_starts,
    mention_at,
    read_unit,
    read_units,
    strip_office,
    unglue,
)
from chidao.documents.extract.clauses import bare_head, bare_subject
from chidao.documents.extract.doc_units import DocumentUnits, name_section_owners, resolve_names
from chidao.documents.extract.units import UnitRegistry, abbreviations, field_names, gazetteer, unit_key
from chidao.documents.model import Task
from tests.fixtures.samples import sample_notice


@pytest.mark.parametrize("unit", gazetteer(), ids=lambda u: u.name)
def test_gazetteer_aliases_resolve_to_their_unit(unit):
    registry = UnitRegistry.default()
    for alias in (unit.name, *unit.aliases):
        name, confidence = registry.match(alias)
        assert confidence == 1.0
        assert unit_key(name) == unit_key(registry.match(unit.name)[0])
    assert unit.example, "every gazetteer entry carries an example"
    assert any(unit_key(a) in unit_key(unit.example) for a in (unit.name, *unit.aliases))


@pytest.mark.parametrize("abbr", abbreviations(), ids=lambda a: a.abbreviation)
def test_abbreviation_examples(abbr):
    """Each row of `data/abbreviations.csv`: its example writes it as a word; a compared abbreviation gives the
    example the same comparison form as the example written out; a spelled-out one is written out in names."""
    assert re.search(rf"(?<!\w){re.escape(abbr.abbreviation)}(?!\w)", abbr.example)
    assert abbr.spell_out in ("always", "document", "never")
    written_out = abbr.example.replace(abbr.abbreviation, abbr.written_out)
    assert (unit_key(abbr.example) == unit_key(written_out)) is abbr.compare
    units = DocumentUnits(f"{written_out}.")
    spelled = resolve_names(units, None, [abbr.example])
    assert (abbr.written_out in spelled[0]) is (abbr.spell_out != "never")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("UBND thành phố Hòa Bình", "uy ban nhan dan thanh pho hoa binh"),
        ("Sở KH&ĐT", "so ke hoach va dau tu"),
        # `&` standing as a word for `và` (`Trung tâm Giống cây trồng & Vật nuôi`, the same as with `và`)
        ("Trung tâm Giống cây trồng & Vật nuôi", "trung tam giong cay trong va vat nuoi"),
        ("Sở Lao động - Thương binh và Xã hội", "so lao dong thuong binh va xa hoi"),
        ("  Ủy ban  nhân dân TP. Cần Thơ ", "uy ban nhan dan thanh pho can tho"),
    ],
)
def test_unit_key(written, key):
    assert unit_key(written) == key


@pytest.mark.parametrize(
    ("query", "canonical", "confidence"),
    [
        ("Sở TN&MT", "Sở Tài nguyên và Môi trường", 1.0),
        ("sở tài chính", "Sở Tài chính", 1.0),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh", 1.0),
        ("Phòng Hành chính quản trị", None, 0.0),
    ],
)
def test_registry_match(query, canonical, confidence):
    name, score = UnitRegistry.default().match(query)
    assert name == canonical
    assert score == confidence


def test_registry_from_caller_names_and_partial_match():
    registry = UnitRegistry.of(["Ban Quản lý dự án giao thông tỉnh Bắc Kạn", "Sở Y tế"])
    assert registry.match("sở y tế") == ("Sở Y tế", 1.0)
    name, score = registry.match("Ban Quản lý dự án giao thông")
    assert name == "Ban Quản lý dự án giao thông tỉnh Bắc Kạn"
    assert 0 < score < 1
    registry.add("Trung tâm Kiểm soát bệnh tật tỉnh", aliases=["CDC tỉnh"])
    assert registry.match("CDC tỉnh") == ("Trung tâm Kiểm soát bệnh tật tỉnh", 1.0)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sở Tài chính chủ trì thẩm định", [("Sở Tài chính",)]),
        ("Sở TN&MT và Sở GD&ĐT phối hợp", [("Sở TN&MT",), ("Sở GD&ĐT",)]),
        # one `Sở` before its known fields listed with commas: that many Sở (a field holding a comma stays whole)
        ("Sở Tài chính, NN&PTNT, Xây dựng theo dõi việc hỗ trợ", [("Sở Tài chính", "Sở NN&PTNT", "Sở Xây dựng")]),
        ("Sở Kế hoạch và Đầu tư, Tài chính thẩm định", [("Sở Kế hoạch và Đầu tư", "Sở Tài chính")]),
        ("Sở Văn hóa, Thể thao và Du lịch chủ trì", [("Sở Văn hóa, Thể thao và Du lịch",)]),
        ("UBND TP. Cần Thơ chỉ đạo", [("UBND TP. Cần Thơ",)]),
        ("Bộ CHQS tỉnh và KBNN tỉnh phối hợp", [("Bộ CHQS tỉnh",), ("KBNN tỉnh",)]),
        ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh cho vay", [("Chi nhánh Ngân hàng Chính sách xã hội tỉnh",)]),
        ("các Bộ: Xây dựng, Công Thương và Tư pháp có ý kiến", [("Bộ Xây dựng", "Bộ Công Thương", "Bộ Tư pháp")]),
        ("các Sở Y tế, Giáo dục và Đào tạo hướng dẫn", [("Sở Y tế", "Sở Giáo dục và Đào tạo")]),
        ("UBND huyện Bảo Lâm tiếp tục rà soát", [("UBND huyện Bảo Lâm",)]),
        ("Giám đốc Sở Nội vụ, Giám đốc các Sở liên quan báo cáo", [("Giám đốc Sở Nội vụ",), ("Giám đốc các Sở liên quan",)]),
        ("các sở, ban, ngành liên quan triển khai", [("các sở, ban, ngành liên quan",)]),
        ("Ban Quản lý dự án đầu tư xây dựng số 2 đẩy nhanh", [("Ban Quản lý dự án đầu tư xây dựng số 2",)]),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo", [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",)]),
        ("Công an tỉnh và Sở Tư pháp phối hợp", [("Công an tỉnh",), ("Sở Tư pháp",)]),
        ("Báo cáo kết quả thực hiện", []),
        ("Trường hợp hồ sơ còn thiếu, công chức hướng dẫn bổ sung", []),  # `trường hợp` (a case), no school
        # a management board written with a lower-case `quản lý`, its zone and parks one body
        ("Ban quản lý dự án nông thôn mới huyện lập danh mục", [("Ban quản lý dự án nông thôn mới huyện",)]),
        ("Ban quản lý Khu kinh tế Vân Phong và các KCN Khánh Hòa kiểm tra", [("Ban quản lý Khu kinh tế Vân Phong và các KCN Khánh Hòa",)]),
        # relative clauses narrow a group, up to its predicate
        ("các tổ chức, cá nhân được cấp phép khai thác cát báo cáo sản lượng",
         [("các tổ chức, cá nhân được cấp phép khai thác cát",)]),
        ("UBND các xã có làng nghề truyền thống phối hợp", [("UBND các xã có làng nghề truyền thống",)]),
        ("các đơn vị có trách nhiệm báo cáo", [("các đơn vị",)]),
        # ... and what a group has not done yet, over its own verbs of work up to the manner of the task
        ("Các trường chưa gửi báo cáo tổng kết khẩn trương gửi về Phòng", [("Các trường chưa gửi báo cáo tổng kết",)]),
        ("UBND các phường chưa rà soát nghiêm túc thực hiện", [("UBND các phường chưa rà soát",)]),
        ("Các đơn vị chưa thực hiện việc báo cáo", [("Các đơn vị",)]),  # no manner word: no narrower group
        # companies named by their legal form and field
        ("Các công ty TNHH một thành viên thủy lợi vận hành", [("Các công ty TNHH một thành viên thủy lợi",)]),
        ("các doanh nghiệp cổ phần rà soát", [("các doanh nghiệp cổ phần",)]),
        # the body a unit belongs to is not part of its name
        ("Phòng Quản lý đất đai thuộc Sở chủ trì kiểm tra", [("Phòng Quản lý đất đai",)]),
        ("Trung tâm Khuyến nông trực thuộc Sở Nông nghiệp hướng dẫn", [("Trung tâm Khuyến nông",)]),
        # a group owned by a unit named in full takes the owner as the unit reader reads it
        ("các đơn vị thuộc Bộ Tài chính rà soát", [("các đơn vị thuộc Bộ Tài chính",)]),
        ("các phòng trực thuộc Chi cục Thuế khu vực II kiểm tra", [("các phòng trực thuộc Chi cục Thuế khu vực II",)]),
        # `khu vực` and its number or name after the proper words of a name: still the name
        ("Chi cục Hải quan cửa khẩu cảng Hòn Gai khu vực 2 phối hợp", [("Chi cục Hải quan cửa khẩu cảng Hòn Gai khu vực 2",)]),
        ("Cảng vụ Hàng hải Quy Nhơn khu vực Bắc Bình Định kiểm tra", [("Cảng vụ Hàng hải Quy Nhơn khu vực Bắc Bình Định",)]),
        ("Trạm Kiểm lâm Mường Lát khu vực rừng phòng hộ tuần tra", [("Trạm Kiểm lâm Mường Lát",)]),
        ("các đơn vị trực thuộc Sở chủ động rà soát", [("các đơn vị trực thuộc Sở",)]),
        ("Vụ Tổ chức cán bộ và các cơ quan có liên quan thuộc Bộ GD&ĐT.",
         [("Vụ Tổ chức cán bộ",), ("các cơ quan có liên quan thuộc Bộ GD&ĐT",)]),
        ("các đơn vị trực thuộc, các xã báo cáo", [("các đơn vị trực thuộc",), ("các xã",)]),
        # party bodies and schools named by their level
        ("các chi, đảng bộ cơ sở tổ chức quán triệt", [("các chi, đảng bộ cơ sở",)]),
        ("các trường mầm non, tiểu học trên địa bàn rà soát", [("các trường mầm non, tiểu học trên địa bàn",)]),
        ("Trạm Chăn nuôi và Thú y huyện chủ trì", [("Trạm Chăn nuôi và Thú y huyện",)]),
        # copies from old web pages glue words together
        ("các Bộ: Kế hoạch vàĐầu tư, Tài chính xem xét", [("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính")]),
        ("Ủyban nhân dân tỉnh Kon Tum nghiên cứu", [("Ủyban nhân dân tỉnh Kon Tum",)]),
        # place names of other shapes, read as written (no list of places is needed): an apostrophe inside a
        # word, two names joined by a dash, one syllable, four
        ("UBND huyện Ea H'Leo chủ trì rà soát", [("UBND huyện Ea H'Leo",)]),
        ("Ủy ban nhân dân huyện Cư M’gar phối hợp", [("Ủy ban nhân dân huyện Cư M’gar",)]),
        ("UBND huyện Đắk R'Lấp và UBND thành phố Vinh báo cáo", [("UBND huyện Đắk R'Lấp",), ("UBND thành phố Vinh",)]),
        ("UBND tỉnh Bà Rịa - Vũng Tàu chỉ đạo", [("UBND tỉnh Bà Rịa - Vũng Tàu",)]),
        ("UBND thành phố Phan Rang - Tháp Chàm kiểm tra", [("UBND thành phố Phan Rang - Tháp Chàm",)]),
        # the dash as Word corrects it (an en dash)
        ("UBND tỉnh Bà Rịa – Vũng Tàu chỉ đạo", [("UBND tỉnh Bà Rịa – Vũng Tàu",)]),
        ("UBND thành phố Phan Rang – Tháp Chàm và Sở Y tế phối hợp", [("UBND thành phố Phan Rang – Tháp Chàm",), ("Sở Y tế",)]),
        ("UBND xã Y Tý và UBND huyện Hoàng Su Phì phối hợp", [("UBND xã Y Tý",), ("UBND huyện Hoàng Su Phì",)]),
        # a one-word name and a predicate the unit list would otherwise run into (`Báo Huế mở chuyên mục`)
        ("Báo Huế mở chuyên mục tuyên truyền", [("Báo Huế",)]),
        # a mass organisation's branches choosing and putting people forward (`đề cử`, not `đề` + `cử`)
        ("Hội Cựu chiến binh các huyện, thị xã lựa chọn hội viên gương mẫu",
         [("Hội Cựu chiến binh các huyện, thị xã",)]),
        ("Đoàn Thanh niên các trường đề cử đoàn viên xuất sắc", [("Đoàn Thanh niên các trường",)]),
        ("Trung tâm Giáo dục nghề nghiệp Vinh mở lớp đào tạo", [("Trung tâm Giáo dục nghề nghiệp Vinh",)]),
        # an office holder named by the field in his charge when his work follows
        ("Phó Chủ tịch UBND huyện phụ trách khối kinh tế chỉ đạo giải ngân",
         [("Phó Chủ tịch UBND huyện phụ trách khối kinh tế",)]),
        ("Phó Chủ tịch UBND huyện phụ trách chặt chẽ", [("Phó Chủ tịch UBND huyện",)]),
        # the office's head word opening a longer head: the office of both councils of a district
        ("Chánh Văn phòng HĐND và UBND huyện theo dõi", [("Chánh Văn phòng HĐND và UBND huyện",)]),
        ("Chánh Văn phòng UBND tỉnh và Giám đốc Sở Y tế kiểm tra", [("Chánh Văn phòng UBND tỉnh",), ("Giám đốc Sở Y tế",)]),
        # a Party organ of a group of bodies, the group as its owner (`Ban Tuyên giáo các huyện ủy, thị ủy`)
        ("Ban Tuyên giáo các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy hướng dẫn",
         [("Ban Tuyên giáo các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy",)]),
        ("Ban Thường vụ các huyện ủy, thành ủy chỉ đạo", [("Ban Thường vụ các huyện ủy, thành ủy",)]),
        ("Ban Dân vận các huyện ủy phối hợp", [("Ban Dân vận các huyện ủy",)]),
        ("UBND các tỉnh: Bà Rịa - Vũng Tàu, Đồng Nai phối hợp", [("UBND tỉnh Bà Rịa - Vũng Tàu", "UBND tỉnh Đồng Nai")]),
        ("UBND các huyện: Ea H'Leo, Krông Búk và Cư M'gar chủ trì",
         [("UBND huyện Ea H'Leo", "UBND huyện Krông Búk", "UBND huyện Cư M'gar")]),
        # ... the places listed with no colon, after a local head, an open head or an office
        ("UBND các xã Tân Phú, Hòa Lạc khẩn trương bàn giao", [("UBND xã Tân Phú", "UBND xã Hòa Lạc")]),
        ("Đảng ủy các xã Đông Hòa, Tây Hòa và Nam Hòa lãnh đạo",
         [("Đảng ủy xã Đông Hòa", "Đảng ủy xã Tây Hòa", "Đảng ủy xã Nam Hòa")]),
        ("Chủ tịch UBND các tỉnh Sơn La, Điện Biên tập trung",
         [("Chủ tịch UBND tỉnh Sơn La", "Chủ tịch UBND tỉnh Điện Biên")]),
        # ... not a single name, nor a list that goes on with a unit
        ("UBND các xã Tân Phú, Sở Tài chính phối hợp", [("UBND các xã Tân Phú",), ("Sở Tài chính",)]),
        ("Đảng ủy các xã, phường quán triệt", [("Đảng ủy các xã, phường",)]),
        # a head word after a dash is the second field of the same name; after a comma it opens another unit
        ("Phòng Bưu chính - Viễn thông tổng hợp", [("Phòng Bưu chính - Viễn thông",)]),
        ("Phòng Văn hóa – Thông tin và Trung tâm Y tế tuyên truyền", [("Phòng Văn hóa – Thông tin",), ("Trung tâm Y tế",)]),
        ("Phòng Bưu chính, Viễn thông tỉnh phối hợp", [("Phòng Bưu chính",), ("Viễn thông tỉnh",)]),
        # the Government's list of offices: an office alone before another office, the heads of a kind of body
        ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch UBND các tỉnh chỉ đạo",
         [("Bộ trưởng",), ("Thủ trưởng cơ quan ngang bộ",), ("Chủ tịch UBND các tỉnh",)]),
        ("Bộ trưởng, người đứng đầu ngành ký", []),
        # ... but an office alone before another office heading a group after `các` holds it in that group
        ("Giám đốc, Thủ trưởng các sở, ban, ngành huyện chỉ đạo",
         [("Giám đốc các sở, ban, ngành huyện",), ("Thủ trưởng các sở, ban, ngành huyện",)]),
        ("Bí thư, Chủ tịch UBND các tỉnh, thành phố từ Nam An đến Bắc Hà chỉ đạo",
         [("Bí thư các tỉnh, thành phố từ Nam An đến Bắc Hà",),
          ("Chủ tịch UBND các tỉnh, thành phố từ Nam An đến Bắc Hà",)]),
        # the committee as the press capitalises it, after a list of ministers and a semicolon
        ("Bộ trưởng các Bộ: Công an, Y tế; Chủ tịch Ủy ban Nhân dân các tỉnh từ Nam An đến Bắc Hà tiếp tục chỉ đạo",
         [("Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Y tế"), ("Chủ tịch Ủy ban Nhân dân các tỉnh từ Nam An đến Bắc Hà",)]),
        # ... also in the plural (`Các Bộ trưởng, …`: no elided list of ministries `các Bộ`)
        ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND các tỉnh chỉ đạo",
         [("Bộ trưởng",), ("Thủ trưởng cơ quan ngang bộ",), ("Chủ tịch UBND các tỉnh",)]),
        # ... in lower case, as the Government's news writes it (not the group `các bộ`)
        ("các bộ trưởng, thủ trưởng cơ quan ngang bộ trực tiếp chỉ đạo",
         [("bộ trưởng",), ("thủ trưởng cơ quan ngang bộ",)]),
        # `và Phòng, chống …` inside a name: a phrase of it, no section named `Phòng`
        ("Cục Quản lý đê điều và Phòng, chống thiên tai tổng hợp", [("Cục Quản lý đê điều và Phòng, chống thiên tai",)]),
        ("Sở Y tế và Phòng Tư pháp kiểm tra", [("Sở Y tế",), ("Phòng Tư pháp",)]),
        # a group of places narrowed by the two ends of its stretch of coast (`range` of `[relative]`)
        ("Chủ tịch UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa tiếp tục chỉ đạo",
         [("Chủ tịch UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa",)]),
        # a Party committee owns the board named before it; an owner's own name takes no second owner
        ("Ủy ban Kiểm tra Đảng ủy phường kiểm tra", [("Ủy ban Kiểm tra Đảng ủy phường",)]),
        ("Văn phòng Đảng ủy UBND tỉnh tổng hợp", [("Văn phòng Đảng ủy UBND tỉnh",)]),
        ("Đảng ủy HĐND Đảng uỷ UBND tỉnh", [("Đảng ủy HĐND",)]),  # (the second one is a unit of its own)
        # real chỉ thị: the heads of a group in lower case after the verb, mass organisations capitalised in it
        ("thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể và Chủ tịch UBND các xã khẩn trương rà soát",
         [("thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể",), ("Chủ tịch UBND các xã",)]),
        ("Bộ trưởng các bộ: Nội vụ, Tư pháp, Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo",
         [("Bộ trưởng Bộ Nội vụ", "Bộ trưởng Bộ Tư pháp"), ("Thống đốc Ngân hàng Nhà nước Việt Nam",)]),
        # a department's field written with a dash between its two parts, as older letters and the press do
        ("Sở Giao thông - Vận tải và Sở Kế hoạch - Đầu tư kiểm tra",
         [("Sở Giao thông - Vận tải",), ("Sở Kế hoạch - Đầu tư",)]),
        ("Sở Tài nguyên - Môi trường, Sở Giáo dục - Đào tạo phối hợp",
         [("Sở Tài nguyên - Môi trường",), ("Sở Giáo dục - Đào tạo",)]),
        # the body an agency or an office serves, read whole after the head (`Ban An toàn …` is no proper name run)
        ("cơ quan Thường trực Ban An toàn giao thông huyện, Thủ trưởng các cơ quan, đơn vị tổ chức",
         [("cơ quan Thường trực Ban An toàn giao thông huyện",), ("Thủ trưởng các cơ quan, đơn vị",)]),
        ("Văn phòng Ban An toàn giao thông tỉnh tổng hợp", [("Văn phòng Ban An toàn giao thông tỉnh",)]),
        # how often a team works ends its open name
        ("Tổ công tác liên ngành hằng tuần báo cáo", [("Tổ công tác liên ngành",)]),
        # bodies of one kind named by a capitalised head and its name after `các`: one group, read whole (the group
        # noun `các Ban` alone was read before)
        ("các Ban Quản lý dự án chuyên ngành huyện báo cáo", [("các Ban Quản lý dự án chuyên ngành huyện",)]),
        ("Các Ban QLDA đầu tư xây dựng tỉnh đẩy nhanh", [("Các Ban QLDA đầu tư xây dựng tỉnh",)]),
        ("UBND các xã, phường; Các Ban QLDA chuyên ngành báo cáo",
         [("UBND các xã, phường",), ("Các Ban QLDA chuyên ngành",)]),
        ("các Phòng Tư pháp huyện hướng dẫn", [("các Phòng Tư pháp huyện",)]),
        ("các Công ty Điện lực khu vực bảo đảm", [("các Công ty Điện lực khu vực",)]),
        ("các Ban đảng Tỉnh ủy hướng dẫn", [("các Ban đảng Tỉnh ủy",)]),
        # ... while a group whose nouns run on past the head stays the group
        ("các Ban, ngành tỉnh phối hợp", [("các Ban, ngành tỉnh",)]),
        ("các Ban, Sở, ngành báo cáo", [("các Ban, Sở, ngành",)]),
        # departments listed after `Các Sở:` by their abbreviations, a hyphen in one (`GT-VT`)
        ("Các Sở: Xây dựng, NN&PTNT, GT-VT, KH&ĐT đẩy nhanh thẩm định",
         [("Sở Xây dựng", "Sở NN&PTNT", "Sở GT-VT", "Sở KH&ĐT")]),
        # the places named last in a list (`joined_places` of `[group_nouns]`): one more member, as written
        ("Các Bộ, cơ quan trung ương và địa phương tập trung chỉ đạo",
         [("Các Bộ, cơ quan trung ương",), ("địa phương",)]),
        ("Sở Y tế, Sở Tài chính và các địa phương liên quan rà soát",
         [("Sở Y tế",), ("Sở Tài chính",), ("các địa phương liên quan",)]),
        # a level followed by a verb of reconciling ends the name there
        ("Kho bạc Nhà nước tỉnh đối chiếu số liệu thu, chi", [("Kho bạc Nhà nước tỉnh",)]),
        # `các` before a local head and its level words: the committees of every such place, one group as written
        ("các UBND huyện, thị xã, thành phố góp ý dự thảo", [("các UBND huyện, thị xã, thành phố",)]),
        ("Các Ủy ban nhân dân xã rà soát danh sách", [("Các Ủy ban nhân dân xã",)]),
        # the organisations and persons a licensing letter addresses, `Tổ chức` capitalised
        ("các Tổ chức, cá nhân khai thác cát thực hiện", [("các Tổ chức, cá nhân khai thác cát",)]),
        # a group taken whole (`whole` of `[group_nouns]`: `tất cả các …`): a unit of its own, after `và` too
        ("Phòng Giáo dục và Đào tạo và tất cả các trường học trực thuộc báo cáo",
         [("Phòng Giáo dục và Đào tạo",), ("tất cả các trường học trực thuộc",)]),
        ("Tất cả các đơn vị trên địa bàn rà soát", [("Tất cả các đơn vị trên địa bàn",)]),
        # the members of a body named after the group noun (`members` of `[group_nouns]`): the body's whole name
        ("Các thành viên UBND tỉnh theo dõi", [("Các thành viên UBND tỉnh",)]),
        ("các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh; Thủ trưởng các sở chủ động",
         [("các thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh",), ("Thủ trưởng các sở",)]),
        # a lower-case name's fields listed with commas, up to its level; never over another unit's lower-case head
        ("Trung tâm y tế, phòng giáo dục và đào tạo huyện phối hợp", [("Trung tâm y tế",)]),
        # a relative clause narrows a group of places, never one place (`UBND Thành phố X được phân công …`)
        ("UBND thành phố Nam An được phân công chủ trì tổ chức", [("UBND thành phố Nam An",)]),
        ("UBND các xã được phân công kiểm tra báo cáo", [("UBND các xã được phân công",)]),
        # bodies of one kind named by a capitalised head that is no group noun (`các Chi cục Thuế khu vực`): one group
        ("các Chi cục Thuế khu vực thực hiện các nội dung sau", [("các Chi cục Thuế khu vực",)]),
        ("Các Trung tâm Y tế huyện báo cáo số ca mắc", [("Các Trung tâm Y tế huyện",)]),
        # the kinds of a group's members after each noun of a list (`kinds` of `[group_nouns]`): one group, as written
        ("Các tổ chức chính trị, xã hội, nghề nghiệp, các đoàn thể quần chúng, các tổ chức phi chính phủ và doanh"
         " nghiệp tham gia", [("Các tổ chức chính trị, xã hội, nghề nghiệp, các đoàn thể quần chúng, các tổ chức phi"
                              " chính phủ và doanh nghiệp",)]),
        ("các tổ chức xã hội - nghề nghiệp tham gia góp ý", [("các tổ chức xã hội - nghề nghiệp",)]),
        # the forest rangers, owners and guarding households as groups (a forest fire notice's addressees), `các` over
        # the rangers and the owners both, as over `các sở, ngành`
        ("Các Hạt Kiểm lâm, đơn vị chủ rừng, UBND các xã, các hộ nhận khoán xây dựng phương án",
         [("Các Hạt Kiểm lâm, đơn vị chủ rừng",), ("UBND các xã",), ("các hộ nhận khoán",)]),
        ("các đơn vị chủ rừng bố trí lực lượng", [("các đơn vị chủ rừng",)]),
        ("Các hộ nhận khoán bảo vệ rừng tuần tra", [("Các hộ nhận khoán bảo vệ rừng",)]),
        # a headline in title case: a capitalised verb of two words after a place is no word of the place's name
        ("Ban Thường vụ Huyện ủy Chỉ đạo Đại hội Đảng bộ xã", [("Ban Thường vụ Huyện ủy",)]),
        ("UBND xã Tân Phú Tổ chức hội nghị", [("UBND xã Tân Phú",)]),
        ("Tỉnh ủy Nam An Triển khai Nghị quyết", [("Tỉnh ủy Nam An",)]),
        # ... while a place's last word before a verb of one word stays the place's (`Tân Thành` + `lập`)
        ("UBND xã Tân Thành lập danh sách hộ nghèo", [("UBND xã Tân Thành",)]),
        # a steering board's head in lower case, as web copies write it
        ("các thành viên Ban chỉ đạo phòng, chống dịch các cấp; Thủ trưởng các sở chủ động",
         [("các thành viên Ban chỉ đạo phòng, chống dịch các cấp",), ("Thủ trưởng các sở",)]),
        # `các Sở` before one field: that department of every province a ministry writes to, one group as written
        # (two fields are two departments)
        ("các Sở GD&ĐT rà soát số liệu", [("các Sở GD&ĐT",)]),
        ("giám đốc các sở Y tế chỉ đạo", [("giám đốc các sở Y tế",)]),
        ("các Sở Y tế, Xây dựng kiểm tra", [("Sở Y tế", "Sở Xây dựng")]),
        # the sections of a field in lower case after `các`, with their levels; the group after a comma is another
        ("các phòng GDĐT, các đơn vị trực thuộc sở báo cáo", [("các phòng GDĐT",), ("các đơn vị trực thuộc sở",)]),
        ("các phòng Giáo dục và Đào tạo các huyện, thị xã, các trường THPT báo cáo",
         [("các phòng Giáo dục và Đào tạo các huyện, thị xã",), ("các trường THPT",)]),
        ("Trung tâm Y tế các huyện, các bệnh viện giám sát", [("Trung tâm Y tế các huyện",), ("các bệnh viện",)]),
        ("các phòng, ban chuyên môn tham mưu", [("các phòng, ban chuyên môn",)]),
        # a ministry's department of the provinces it lists after a colon, to the end of the addressee
        ("Sở Y tế: Nam An, Bắc Hà, Hà Nội;", [("Sở Y tế tỉnh Nam An", "Sở Y tế tỉnh Bắc Hà", "Sở Y tế thành phố Hà Nội")]),
        ("Sở Y tế: Chủ trì, Tổ chức kiểm tra", [("Sở Y tế",)]),
        # a bracketed note on a unit of a list (what it does through others), another unit after its comma
        ("UBND các xã (chỉ đạo các trường thuộc phạm vi quản lý), các trường trực thuộc Sở báo cáo",
         [("UBND các xã",), ("các trường trực thuộc Sở",)]),
    ],
)
def test_read_units(text, names):
    mentions, _ = read_units(text, 0)
    assert [m.names for m in mentions] == names


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Tham dự có lãnh đạo UBND thị xã Cửa Lò. UBND thị xã tiếp thu ý kiến.",
            "UBND thị xã",
            "UBND thị xã Cửa Lò",
        ),
        (
            "Xét đề nghị của Trung tâm Phát triển quỹ đất tỉnh (TTPTQĐ tỉnh) về việc đấu giá.",
            "TTPTQĐ tỉnh",
            "Trung tâm Phát triển quỹ đất tỉnh",
        ),
        (
            "Xét đề nghị của Trung tâm Phát triển quỹ đất tỉnh (TTPTQĐ tỉnh) về việc đấu giá.",
            "Giám đốc TTPTQĐ tỉnh",
            "Giám đốc Trung tâm Phát triển quỹ đất tỉnh",
        ),
        ("Sở Y tế tỉnh Nam Định và Sở Y tế tỉnh Thái Bình", "Sở Y tế", "Sở Y tế"),
        # the fullest name on a header line in capitals, written in the case of a name
        ("UBND TỈNH HÀ GIANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nKiến nghị Ủy ban nhân dân tỉnh bố trí biên chế.",
         "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Hà Giang"),
        ("UBND TỈNH BÀ RỊA - VŨNG TÀU\nSỞ Y TẾ\nĐề nghị UBND tỉnh xem xét.", "UBND tỉnh", "UBND tỉnh Bà Rịa - Vũng Tàu"),
        # a group the document narrows once with a relative clause
        (
            "UBND các xã, phường có làng nghề phối hợp kiểm tra. UBND xã, phường báo cáo kết quả.",
            "UBND xã, phường",
            "UBND các xã, phường có làng nghề",
        ),
        # an abbreviation defined after a name that ends with its area
        (
            "Cục X hướng dẫn Chi cục Hải quan cảng Hòn Gai khu vực 2 (Chi cục HQ HG2) thực hiện. Chi cục HQ HG2 báo cáo.",
            "Chi cục HQ HG2",
            "Chi cục Hải quan cảng Hòn Gai khu vực 2",
        ),
        # a name cut by a line break and the same name whole
        ("do UBND huyện Yên\nSơn làm chủ đầu tư\ndo UBND huyện Yên Sơn làm chủ đầu tư", "UBND huyện", "UBND huyện Yên Sơn"),
        # a group of places is many bodies: a name opening with its place word is another body, not its fullest
        ("Tỉnh ủy Sơn La ban hành Chương trình. Các tỉnh phối hợp thực hiện.", "Các tỉnh", "Các tỉnh"),
        ("Huyện ủy Mai Sơn chỉ đạo. Các huyện, thị xã báo cáo kết quả.", "Các huyện, thị xã", "Các huyện, thị xã"),
        # ... while a place that is one body is named at its fullest
        ("Thành phố Hải Phòng chủ trì. Thành phố khẩn trương triển khai.", "Thành phố", "Thành phố Hải Phòng"),
        # a short name a decision defines in brackets stands for the whole name before them
        ("Điều 1. Thành lập Ban Chỉ đạo phổ cập bơi xã Tân Hòa (sau đây gọi là Ban Chỉ đạo), gồm:", "Ban Chỉ đạo",
         "Ban Chỉ đạo phổ cập bơi xã Tân Hòa"),
        ("Thành lập Tổ công tác kiểm tra an toàn thực phẩm tại các chợ trên địa bàn xã (gọi tắt là Tổ công tác).",
         "Tổ công tác", "Tổ công tác kiểm tra an toàn thực phẩm tại các chợ trên địa bàn xã"),
        # ... also a short name that tells the level instead of listing it: the full name opens with its head
        ("Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã) lập danh sách báo cáo Ủy ban "
         "nhân dân quận, huyện, thị xã (sau đây gọi là Ủy ban nhân dân cấp huyện). Ủy ban nhân dân cấp xã vận động.",
         "Ủy ban nhân dân cấp xã", "Ủy ban nhân dân phường, xã, thị trấn"),
        ("Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã) lập danh sách báo cáo Ủy ban "
         "nhân dân quận, huyện, thị xã (sau đây gọi là Ủy ban nhân dân cấp huyện). Ủy ban nhân dân cấp huyện duyệt.",
         "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân quận, huyện, thị xã"),
        # ... and a number added to a board's head (`Ban Chỉ đạo 1237`): the long name it stands for
        ("Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ (gọi tắt là Ban Chỉ đạo 1237) chủ trì. Ban Chỉ đạo "
         "1237 báo cáo.", "Ban Chỉ đạo 1237", "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ"),
        # ... an office over no unit stays as written
        ("Thành lập Ban Chỉ đạo phổ cập bơi xã Tân Hòa (sau đây gọi là Ban Chỉ đạo).", "Trưởng ban", "Trưởng ban"),
        # the attendees of a meeting, each named with his office, his unit and his name: the name is no part of
        # the unit (also with a line break before it)
        ("Dự họp có Giám đốc Kho bạc Nhà nước Phú An Lê Quang Vinh, Tổng Giám đốc Công ty Điện lực\nĐỗ Thị Mai."
         " Kho bạc Nhà nước báo cáo.", "Kho bạc Nhà nước", "Kho bạc Nhà nước Phú An"),
        ("Dự họp có Chủ nhiệm Văn phòng Đoàn đại biểu Quốc hội\nPhạm Văn Kiên. Văn phòng Đoàn đại biểu Quốc hội "
         "chủ trì.", "Văn phòng Đoàn đại biểu Quốc hội", "Văn phòng Đoàn đại biểu Quốc hội"),
        # ... while a unit named after a person, without an office before it, keeps its name
        ("Trường Tiểu học Lê Văn Tám tổ chức lễ. Trường Tiểu học báo cáo.", "Trường Tiểu học", "Trường Tiểu học Lê Văn Tám"),
        # a code glued on by a hyphen names another body, no fuller name (the ministry's department, another office)
        ("2.3. Giao Vụ KHTC\n- Phối hợp với Vụ KHTC-BXD rà soát.\n- Vụ KHTC báo cáo.", "Vụ KHTC", "Vụ KHTC"),
        ("Giao Phòng QLĐT báo cáo. Phòng QLĐT-XD phối hợp.", "Phòng QLĐT", "Phòng QLĐT"),
        # ... nor a place after its level word, after an office too
        ("Dự họp có Chủ tịch UBND thành phố Hồ Chí Minh. UBND thành phố phát biểu.", "UBND thành phố",
         "UBND thành phố Hồ Chí Minh"),
    ],
)
def test_resolve_to_fullest_name(text, short, full):
    assert DocumentUnits(text).resolve(short) == full


def test_generic_group_expands_to_addressees_only_in_letters():
    names = DocumentUnits("...", addressees=["Công ty A", "Công ty B"])
    assert names.expand_group("các đơn vị") == ["Công ty A", "Công ty B"]
    assert names.expand_group("các sở, ngành liên quan") == ["các sở, ngành liên quan"]
    assert DocumentUnits("...").expand_group("các đơn vị") == ["các đơn vị"]


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        # the bodies listed after the group's own `gồm`, a few words of its kind between
        (
            "Giao các cơ sở đào tạo gồm: Trường Cao đẳng Y tế tỉnh, Đại học Quốc gia Hà Nội tổ chức bồi dưỡng.",
            "các cơ sở",
            ["Trường Cao đẳng Y tế tỉnh", "Đại học Quốc gia Hà Nội"],
        ),
        ("Các đơn vị được kiểm tra bao gồm: Công ty Sông Đà 5 và Công ty Hưng Phát.", "các đơn vị",
         ["Công ty Sông Đà 5", "Công ty Hưng Phát"]),
        # ... not a list that belongs to another group, nor one body alone
        ("Các cơ sở báo cáo. Thành phần gồm: Sở Y tế, Sở Tài chính.", "các cơ sở", ["các cơ sở"]),
        ("Giao các cơ sở gồm: Trường Cao đẳng Y tế tỉnh thực hiện.", "các cơ sở", ["các cơ sở"]),
    ],
)
def test_a_group_listed_after_its_own_gom_expands_to_the_list(text, group, members):
    assert DocumentUnits(text).expand_group(group) == members


@pytest.mark.parametrize(
    ("alias", "group", "members"),
    [
        # the short name the Kính gửi list is given stands for the whole list, in either case
        ("các chủ đầu tư", "Các chủ đầu tư", ["Ban QLDA huyện", "UBND các xã"]),
        ("các địa phương", "các địa phương", ["Ban QLDA huyện", "UBND các xã"]),
        # ... and for nothing else
        ("các chủ đầu tư", "các nhà thầu", ["các nhà thầu"]),
        (None, "các chủ đầu tư", ["các chủ đầu tư"]),
    ],
)
def test_the_alias_of_the_addressees_expands_to_them(alias, group, members):
    names = DocumentUnits("...", addressees=["Ban QLDA huyện", "UBND các xã"], alias=alias)
    assert names.expand_group(group) == members


@pytest.mark.parametrize(
    ("text", "addressees", "group", "members"),
    [
        ("...", ["Sở Y tế các tỉnh", "Các bệnh viện trực thuộc Bộ"], "Thủ trưởng các đơn vị",
         ["Thủ trưởng Sở Y tế các tỉnh", "Thủ trưởng các bệnh viện trực thuộc Bộ"]),
        ("Đoàn đã kiểm tra Công ty cổ phần Khoáng sản Bắc Giang và Công ty TNHH Đá Lạng Sơn.", [], "các Công ty",
         ["Công ty cổ phần Khoáng sản Bắc Giang", "Công ty TNHH Đá Lạng Sơn"]),
        ("Đoàn đã kiểm tra Công ty TNHH Đá Lạng Sơn.", [], "các Công ty", ["các Công ty"]),
        # places of one level named under one head, then referred to as a group (`… các tỉnh nêu trên`)
        ("Kính gửi Chủ tịch UBND các tỉnh: Điện Biên, Sơn La.", [], "Chủ tịch UBND các tỉnh nêu trên",
         ["Chủ tịch UBND tỉnh Điện Biên", "Chủ tịch UBND tỉnh Sơn La"]),
        ("UBND các huyện: Tân Lạc, Lạc Sơn báo cáo.", [], "UBND các huyện trên", ["UBND huyện Tân Lạc", "UBND huyện Lạc Sơn"]),
        ("UBND huyện Tân Lạc báo cáo.", [], "UBND các huyện nêu trên", ["UBND các huyện nêu trên"]),
        ("Đoàn kiểm tra 02 đơn vị, gồm: Công ty TNHH Cát Vàng, Tổng công ty Xây dựng Trường Sơn. Công ty Bê tông "
         "Hòa Bình cung cấp vật liệu.", [], "các Công ty", ["Công ty TNHH Cát Vàng", "Tổng công ty Xây dựng Trường Sơn"]),
        # addressees already named by their head's office keep it once (`Giám đốc các đơn vị` of such a list)
        ("...", ["Giám đốc các bệnh viện tuyến tỉnh", "Trung tâm Y tế huyện Kỳ Sơn"], "Giám đốc các đơn vị",
         ["Giám đốc các bệnh viện tuyến tỉnh", "Giám đốc Trung tâm Y tế huyện Kỳ Sơn"]),
        # a counted group stands for the addressees of its head and levels when the count matches ...
        ("...", ["UBND tỉnh Cà Mau", "UBND tỉnh Bạc Liêu", "Sở Tài chính"], "UBND 2 tỉnh",
         ["UBND tỉnh Cà Mau", "UBND tỉnh Bạc Liêu"]),
        ("...", ["Ủy ban nhân dân tỉnh Cà Mau", "UBND thành phố Cần Thơ"], "UBND 02 tỉnh, thành phố",
         ["Ủy ban nhân dân tỉnh Cà Mau", "UBND thành phố Cần Thơ"]),
        ("...", ["UBND huyện A Lưới", "UBND huyện Nam Đông", "UBND huyện Phú Lộc"], "Chủ tịch UBND 3 huyện miền núi",
         ["Chủ tịch UBND huyện A Lưới", "Chủ tịch UBND huyện Nam Đông", "Chủ tịch UBND huyện Phú Lộc"]),
        # ... else it keeps its written name
        ("...", ["UBND tỉnh Cà Mau", "UBND tỉnh Bạc Liêu", "UBND thành phố Cần Thơ"], "UBND 3 tỉnh", ["UBND 3 tỉnh"]),
        ("...", [], "UBND 05 huyện ven biển", ["UBND 05 huyện ven biển"]),
        # an addressee that ends on a level of place, which the body names once more with the place after it
        ("Sở yêu cầu các Đơn vị vận tải trên địa bàn tỉnh Gia Lai rà soát.", ["Các đơn vị vận tải trên địa bàn tỉnh"],
         "các đơn vị", ["Các đơn vị vận tải trên địa bàn tỉnh Gia Lai"]),
        # ... not when the body gives two places after it
        ("Các đơn vị vận tải trên địa bàn tỉnh Gia Lai và các đơn vị vận tải trên địa bàn tỉnh Kon Tum báo cáo.",
         ["Các đơn vị vận tải trên địa bàn tỉnh"], "các đơn vị", ["Các đơn vị vận tải trên địa bàn tỉnh"]),
    ],
)
def test_group_expansion(text, addressees, group, members):
    assert DocumentUnits(text, addressees=addressees).expand_group(group) == members


@pytest.mark.parametrize(
    ("addressees", "short", "full"),
    [
        # a group a sentence names short, the letter's addressee named with its qualifier
        (["Các hợp tác xã vận tải trên địa bàn tỉnh", "Sở Xây dựng"], "Các hợp tác xã",
         "Các hợp tác xã vận tải trên địa bàn tỉnh"),
        (["Các cơ sở lưu trú du lịch", "Các doanh nghiệp lữ hành quốc tế"], "các cơ sở", "Các cơ sở lưu trú du lịch"),
        # an organ of a group of bodies the reader cut short
        (["Ban Tổ chức các đảng ủy xã, phường"], "Ban Tổ chức", "Ban Tổ chức các đảng ủy xã, phường"),
        # the holder of an office in the bodies addressed
        (["Các chi bộ trực thuộc Đảng ủy"], "bí thư các chi bộ", "bí thư các chi bộ trực thuộc Đảng ủy"),
        # two addressees go on from it, or one goes on with a name or a list: left as written
        (["Các doanh nghiệp vận tải", "Các doanh nghiệp xây dựng"], "Các doanh nghiệp", "Các doanh nghiệp"),
        (["Các sở: Tài chính, Xây dựng"], "Các sở", "Các sở"),
        (["Ban Quản lý Khu kinh tế"], "Ban Quản lý", "Ban Quản lý"),
        # a group the letter addresses as a whole is the Kính gửi list, expanded elsewhere
        (["Các đơn vị sử dụng ngân sách"], "các đơn vị", "các đơn vị"),
        # a group a sentence writes in lower case keeps its case, the Kính gửi line's capital aside
        (["Văn phòng các sở, ban, ngành", "Sở Nội vụ"], "văn phòng các sở, ban, ngành", "văn phòng các sở, ban, ngành"),
        # the departments of one field in the plural, short, in a letter sent to them all
        (["Các Sở Nông nghiệp và Phát triển nông thôn"], "các Sở NN&PTNT", "Các Sở Nông nghiệp và Phát triển nông thôn"),
        (["Các Sở Y tế"], "các Sở GD&ĐT", "các Sở GD&ĐT"),
        # ... sent to the department of each province, named as a group of places, by its head's office or not
        (["Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"], "các Sở Y tế",
         "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"),
        (["Sở Tài chính các tỉnh, thành phố", "Kho bạc Nhà nước"], "Sở Tài chính", "Sở Tài chính các tỉnh, thành phố"),
        (["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"], "các Sở Tài chính", "các Sở Tài chính"),
    ],
)
def test_name_read_short_written_out_as_the_letter_addresses_it(addressees, short, full):
    assert DocumentUnits("...", addressees=addressees).resolve(short) == full


@pytest.mark.parametrize(
    ("body", "short", "full"),
    [
        # the addressee goes on from the name at a comma, a wider group: the sentence named only its first part
        ("Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh rà soát hồ sơ.", "Giám đốc các sở", "Giám đốc các sở"),
        ("Các sở chủ động rà soát hồ sơ.", "Các sở", "Các sở"),
        # ... unless the text goes on so after the name: the reader cut the name at the comma
        ("Các sở, ban, ngành tỉnh rà soát hồ sơ.", "Các sở", "Các sở, ban, ngành tỉnh"),
        ("Giám đốc các sở, ban, ngành tỉnh rà soát hồ sơ.", "Giám đốc các sở", "Giám đốc các sở, ban, ngành tỉnh"),
    ],
)
def test_addressee_widened_at_a_comma_written_out_only_where_the_text_goes_on_so(body, short, full):
    text = f"Kính gửi: Các sở, ban, ngành tỉnh.\n{body}\n"
    assert DocumentUnits(text, addressees=["Các sở, ban, ngành tỉnh"]).resolve(short) == full


@pytest.mark.parametrize(
    ("addressees", "courtesy", "members"),
    [
        (["Công ty TNHH Thủy sản Hòa Phát"], "Quý Công ty", ["Công ty TNHH Thủy sản Hòa Phát"]),
        (["Sở Xây dựng", "Công ty Điện lực Hà Giang"], "Quý Công ty", ["Công ty Điện lực Hà Giang"]),
        (["Bảo hiểm xã hội tỉnh Hà Giang"], "Quý cơ quan", ["Bảo hiểm xã hội tỉnh Hà Giang"]),
        # a kind the Kính gửi list does not name: the letter's addressees all the same
        (["Bảo hiểm xã hội tỉnh Hà Giang"], "Quý Sở", ["Bảo hiểm xã hội tỉnh Hà Giang"]),
        ([], "Quý Công ty", ["Quý Công ty"]),
    ],
)
def test_addressee_named_by_courtesy_is_the_letter_s_addressee(addressees, courtesy, members):
    assert DocumentUnits("...", addressees=addressees).expand_group(courtesy) == members


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("Ủyban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum"),
        ("Ban Quản lý dự án thuộcThành phố", "Ban Quản lý dự án thuộc Thành phố"),
        ("Sở KH&ĐT", "Sở KH&ĐT"),
        ("Bộ Khoa họcvà Công nghệ", "Bộ Khoa học và Công nghệ"),
        ("Sở Văn hóa, Thể thaovà Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Tài chính và Sở Y tế", "Sở Tài chính và Sở Y tế"),
    ],
)
def test_unglue(glued, spaced):
    assert unglue(glued) == spaced


@pytest.mark.parametrize(
    ("cell", "canonical"),
    [
        ("Đảng ủy UBND tỉnh Tỉnh ủy viên", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("Sở TN&MT Phó Giám đốc", "Sở Tài nguyên và Môi trường"),
        ("Hợp tác xã Nông nghiệp Tân Lập", None),
    ],
)
def test_registry_prefix(cell, canonical):
    assert UnitRegistry.default().prefix(cell) == canonical


# The fast paths of the unit reader against the plain forms they replace.

@pytest.mark.parametrize(
    "text",
    ["Bộ Chỉ huy Quân sự", "Bộ trưởng", "Ban", "Ban QLDA", "Ban Quản lý", "Ủyban nhân dân", "Ủy  ban", "Ủy\tban MTTQ"],
)
def test_trie_alternation_matches_like_longest_first(text):
    words = ("Bộ", "Bộ Chỉ huy", "Ban", "Ban QLDA", "Ban Quản lý", "Ủy ban", "Ủy ban nhân dân", "Ủy ban MTTQ")
    for space in (re.escape(" "), "[ \t]?"):
        flat = "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))
        expected = re.match(rf"(?:{flat})(?![\wÀ-ỹ])", text)
        got = re.match(rf"(?:{_alternation(words, space=space)})(?![\wÀ-ỹ])", text)
        assert (got and got.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text",
    [
        "Tài chính chủ trì",
        "Kế hoạch vàĐầu tư, Tài chính",
        "Kế  hoạch\nvà Đầu tư",
        "KH&ĐT phối hợp",
        "TÀI CHÍNH",
        "Văn hóa, Thể thao và Du lịch",
        "Văn hóa - Thể thao",
        "Tài chínhx",
        "Tài chính²",  # a digit that is no decimal: compared folded
        "Ta\u0300i chi\u0301nh",  # decomposed letters: compared folded
        " Tư pháp",
        "Y tế.",
    ],
)
def test_field_read_as_written_as_when_folded(text):
    for head in ("Sở", "Bộ"):
        assert _field_at(text, 0, head) == _field_at_folded(text, 0, field_names(head))


@pytest.mark.parametrize("rest", ["chủ trì, phối hợp", "chủ trìx", "có trách nhiệm", "có trách nhiệmx", "cóx", "(Sở", "ngân sách"])
def test_predicate_opening(rest):
    for min_len in (0, 3):
        expected = any(
            len(p) > min_len and rest.startswith(p) and not rest[len(p) : len(p) + 1].isalpha() for p in _predicates()
        )
        assert _opens_predicate(rest, min_len) == expected


def test_find_units_skips_heads_inside_words():
    text = "VSở Tài chính; xUBND tỉnh; Sở Tài chính và UBND tỉnh Lạng Sơn"
    assert [m.names for m in find_units(text)] == [("Sở Tài chính",), ("UBND tỉnh Lạng Sơn",)]


@pytest.mark.parametrize(
    "text",
    [
        "Sở Tài chính chủ trì",
        "Sở Kế hoạch và Đầu tư, Tài chính; Xây dựng phối hợp",
        "Sở Kế hoạch\nvà Đầu tư",  # a field across a line break: read field by field
        "Sở Kế  hoạch và Đầu tư",
        "Sở Tài chính, Sở Xây dựng",
        "Sở Tài chính và Kế hoạch và Đầu tư tỉnh Lạng Sơn trực thuộc",
        "Sở Y tế\u200b tỉnh",  # a character compared folded
        "Sở Ta\u0300i chi\u0301nh",
        "Sở  Tài chính",
        "Sở Tài chínhx",
        "Bộ Chỉ huy Quân sự",
        "Bộ Tài chính, Công Thương",
    ],
)
def test_ministry_read_in_one_pass_as_field_by_field(text):
    head = text[:2]
    names, end = _read_fields(text, 3, head) if text[2:3] == " " else ([], 2)
    assert _ministry_end(text, 0, head) == (_PLACED.match(text, end).end() if names else None)


def test_find_units_reads_each_mention_as_read_unit_does():
    text = (
        "Giao Sở Tài chính, Bộ Chỉ huy Quân sự tỉnh và UBND các huyện, thành phố; Ủy ban MTTQ tỉnh, Ủyban nhân dân "
        "xã, Hội Nông dân tỉnh và Hội đồng nhân dân tỉnh, các sở, ban, ngành; các Sở: Y tế, Tư pháp; Bộ trưởng Bộ "
        "Công an, Kho bạc Nhà nước tỉnh chủ trì; các dự án; Thành phố Hồ Chí Minh và Trung tâm Y tế huyện."
    )
    mentions = find_units(text)
    assert len(mentions) >= 10
    assert all(read_unit(text, m.start) == m for m in mentions)
    assert all(not text.startswith("các dự án", m.start) for m in mentions)


def test_document_units_read_only_when_a_name_needs_them():
    text = "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh (Ban QLDA) và UBND thành phố Lạng Sơn chủ trì."
    units = DocumentUnits(text)
    assert units.resolve("Sở Tài chính") == "Sở Tài chính"
    assert units._units is None  # no place at its end, no abbreviation the text defines
    assert units.resolve("Ban QLDA") == "Ban Quản lý dự án đầu tư xây dựng tỉnh"
    assert DocumentUnits(text).resolve("UBND thành phố") == "UBND thành phố Lạng Sơn"


@pytest.mark.parametrize("place", ["Lào Cai", "Bà Rịa - Vũng Tàu", "Ea H'Leo", "Huế", "Thừa Thiên Huế"])
def test_department_written_out_with_a_place_of_any_shape(place):
    """`Sở Y tế` → `Sở Y tế tỉnh X` where the document names it so, whatever the shape of X's name."""
    text = f"Kính gửi: Sở Y tế tỉnh {place}.\nĐề nghị Sở Y tế chủ trì rà soát danh mục thuốc."
    assert DocumentUnits(text).resolve("Sở Y tế") == f"Sở Y tế tỉnh {place}"


_EXTENDING_TEXTS = [
    "Giao UBND thành phố Lạng Sơn, Chủ tịch UBND các huyện, thị xã và Văn phòng UBND tỉnh Cao Bằng chủ trì; "
    "các sở, ban, ngành tỉnh; các Sở: Y tế, Tài chính tỉnh; Giám đốc Ủyban nhân dân xã Tân Lập; đồng chí "
    "Phó Chủ tịch Ủy ban nhân dân huyện Yên\nSơn; UBND-tỉnh Hà Giang; Kho bạc Nhà nước tỉnh, KBNN huyện Na Rì.",
    "Ủy ban nhân dân các xã, phường có cụm công nghiệp và UBND các xã, phường thực hiện; Công an tỉnh, "
    "Công an tỉnh Bắc Kạn, Liên đoàn Lao động tỉnh Thái Nguyên; các tổ chức chính trị - xã hội tỉnh Lào Cai; "
    "Giám đốc các Sở: Xây dựng, Công Thương tỉnh; các BộTài chính, Nội vụ; Thủ trưởng các sở, ngành.",
    sample_notice(seq="7", day=3, items=20).text(),
]


@pytest.mark.parametrize("text", _EXTENDING_TEXTS)
def test_names_that_may_extend_a_key_hold_every_name_that_does(text):
    """`resolve` reads the whole document only when a name it reads around the heads may be fuller: those names
    hold every name of the document that extends the key, whatever the key."""
    units = DocumentUnits(text, addressees=["UBND tỉnh Hà Giang"])
    assert list(DocumentUnits(text)._mentions()) == find_units(text)
    everything = set(units.names)
    keys = {" ".join(units._key(n).split()[:width]) for n in everything for width in range(1, 8)}
    for key in keys - {""}:
        extending = {n for n in everything if units._key(n).startswith(key + " ")}
        assert extending <= set(units._names_extending(tuple(key.split()))), key
        shortcut = DocumentUnits(text, addressees=units.addressees)
        if not shortcut._may_write_out(key):
            for name in (n for n in everything if units._key(n) == key):
                assert shortcut.resolve(name) == units.resolve(name)


@pytest.mark.parametrize(
    ("text", "addressees", "short", "full"),
    [
        # the group named once with the body it belongs to: that is its fullest name
        ("Các chi cục, trung tâm kiểm tra định kỳ. Giao các chi cục, trung tâm trực thuộc Sở thực hiện nghiêm.", [],
         "Các chi cục, trung tâm", "Các chi cục, trung tâm trực thuộc Sở"),
        ("Yêu cầu các đơn vị thuộc Bộ rà soát. Thủ trưởng các đơn vị báo cáo.", [],
         "Thủ trưởng các đơn vị", "Thủ trưởng các đơn vị thuộc Bộ"),
        # two owners, or another narrowing: not one group, left as written
        ("các chi cục, trung tâm thuộc Cục A và các chi cục, trung tâm thuộc Cục B cùng làm.", [],
         "Các chi cục, trung tâm", "Các chi cục, trung tâm"),
        ("Các chi cục, trung tâm liên quan kiểm tra; các chi cục, trung tâm báo cáo.", [],
         "Các chi cục, trung tâm", "Các chi cục, trung tâm"),
        # a letter's `các đơn vị` is its Kính gửi list, read by `expand_group`
        ("Các đơn vị trực thuộc Sở báo cáo.", ["Công ty A"], "các đơn vị", "các đơn vị"),
    ],
)
def test_group_resolves_to_its_owned_name(text, addressees, short, full):
    assert DocumentUnits(text, addressees=addressees).resolve(short) == full


@pytest.mark.parametrize(
    ("text", "written", "resolved"),
    [
        # the document spells the abbreviation out elsewhere: written as the document spells it
        ("Mời Mặt trận Tổ quốc và các hội cùng dự. Ủy ban MTTQ huyện tuyên truyền.",
         "Ủy ban MTTQ huyện", "Ủy ban Mặt trận Tổ quốc huyện"),
        ("Bộ Chỉ huy quân sự tỉnh được mời họp. Bộ CHQS tỉnh bố trí lực lượng.", "Bộ CHQS tỉnh", "Bộ Chỉ huy quân sự tỉnh"),
        ("Ngân hàng Chính sách xã hội có ý kiến. Phòng giao dịch NHCSXH huyện rà soát hộ vay.",
         "Phòng giao dịch NHCSXH huyện", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện"),
        # the office of a province's National Assembly delegation and council: its delegation spelled out elsewhere
        ("Khai thác dữ liệu của Đoàn đại biểu Quốc hội tỉnh. Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp.",
         "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"),
        # never spelled out: left as the document writes it
        ("Bộ CHQS tỉnh bố trí lực lượng.", "Bộ CHQS tỉnh", "Bộ CHQS tỉnh"),
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp.", "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
         "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        # part of a longer acronym: not this abbreviation
        ("Mặt trận Tổ quốc họp. Ban MTTQVN xã báo cáo.", "Ban MTTQVNX xã", "Ban MTTQVNX xã"),
    ],
)
def test_abbreviation_spelled_out_where_the_document_spells_it(text, written, resolved):
    assert resolve_names(DocumentUnits(text), None, [written]) == [resolved]


@pytest.mark.parametrize(
    ("text", "issuer", "resolved"),
    [
        # the head alone in a document its office issued: the office, as the running text names it in full
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh tổng hợp. Văn phòng rà soát.",
         "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        ("Giao Văn phòng UBND tỉnh theo dõi. Văn phòng tổng hợp.", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Văn phòng UBND tỉnh"),
        # an issuer of another kind, a text that names only another office, or never names the issuer: as written
        ("Giao Văn phòng UBND tỉnh theo dõi. Văn phòng tổng hợp.", "ỦY BAN NHÂN DÂN TỈNH NAM AN", "Văn phòng"),
        ("Giao Văn phòng Tỉnh ủy theo dõi. Văn phòng tổng hợp.", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Văn phòng"),
        ("Văn phòng tổng hợp, báo cáo.", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Văn phòng"),
    ],
)
def test_a_head_alone_is_the_issuer_of_that_kind(text, issuer, resolved):
    assert DocumentUnits(text, issuer=issuer).resolve("Văn phòng") == resolved



def test_a_long_project_board_name_is_read_whole():
    # 20 words after the head: a project management board carries its whole remit in its name
    name = "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và hạ tầng đô thị khu vực phía Nam tỉnh"
    mention = read_unit(f"{name} chủ trì thực hiện.", 0)
    assert mention is not None and list(mention.names) == [name]


_ROLES = load_toml("task_verbs.toml")["role"]


_TYPED_BARE = load_toml("task_verbs.toml")["typed_bare"]


@pytest.mark.parametrize(
    ("text", "names"),
    [(t, [(n,)]) for t, n in zip(_TYPED_BARE["examples"], _TYPED_BARE["read_as"], strict=True)]
    + [(t, []) for t in _TYPED_BARE["not_units"]]
    + [
        ("Vụ Kế hoạch - Tài chính tổng hợp kinh phí.", [("Vụ Kế hoạch - Tài chính",)]),  # typed with its diacritic
        ("Đồng chí Trần Văn Vu chủ trì hội nghị.", []),  # a name's last word, nothing after it
    ],
)
def test_head_typed_without_its_diacritics(text, names):
    """`[typed_bare]` of task_verbs.toml: `Vu` before a capitalised name is the head `Vụ`, as written."""
    assert [m.names for m in find_units(text)] == names


@pytest.mark.parametrize(("text", "name"), list(zip(_ROLES["examples"], _ROLES["read_as"], strict=True)))
def test_group_role_read_when_another_predicate_follows(text, name):
    """`[role]` of task_verbs.toml: a role verb after a group's noun is part of its name only when the clause's
    predicate follows its object."""
    mentions, _ = read_units(text, 0)
    assert [m.names for m in mentions] == [(name,)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("các nhà thầu thi công các công trình cấp bách phải bảo đảm tiến độ", "các nhà thầu thi công các công trình cấp bách"),
        ("các đơn vị vận hành trạm bơm theo khu vực bố trí nhân lực", "các đơn vị vận hành trạm bơm"),
        # no other predicate before the clause ends: the role verb is the predicate
        ("các đơn vị duy trì chế độ trực ban.", "các đơn vị"),
        ("các đơn vị quản lý tài sản và báo cáo", "các đơn vị"),
        ("Các đơn vị quản lý, sử dụng tài sản công kiểm kê", "Các đơn vị"),
    ],
)
def test_group_role_object(text, name):
    mentions, _ = read_units(text, 0)
    assert [m.names for m in mentions] == [(name,)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # another unit joined after the role's object (by `và` or a comma) ends the object: the role names the
        # first group, whose object may hold a comma of its own
        ("các đơn vị quản lý hồ đập thủy điện, thủy lợi và các đơn vị có liên quan chủ động ứng phó với lũ",
         ["các đơn vị quản lý hồ đập thủy điện, thủy lợi", "các đơn vị có liên quan"]),
        ("Các đơn vị quản lý bến xe và các hộ kinh doanh chấp hành quy định về phòng cháy",
         ["Các đơn vị quản lý bến xe", "các hộ kinh doanh"]),
        # ... not a thing joined after it: the role verb stays the predicate
        ("Các đơn vị quản lý chặt chẽ hồ sơ và các tài liệu liên quan", ["Các đơn vị"]),
        ("Các đơn vị quản lý chặt chẽ hồ sơ, tài liệu của dự án", ["Các đơn vị"]),
    ],
)
def test_group_role_object_ended_by_another_unit(text, names):
    mentions, _ = read_units(text, 0)
    assert [n for m in mentions for n in m.names] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the level after the socio-political groups names the Front before them too
        ("Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội thành phố tăng cường giám sát",
         [("Ủy ban MTTQ Việt Nam thành phố",), ("các tổ chức chính trị - xã hội thành phố",)]),
        ("Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh vận động",
         [("Ủy ban Mặt trận Tổ quốc tỉnh",), ("các đoàn thể chính trị - xã hội tỉnh",)]),
        # a Front named with its own level, or groups named without one, stay as written
        ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận động",
         [("Ủy ban MTTQ Việt Nam tỉnh",), ("các tổ chức chính trị - xã hội tỉnh",)]),
        ("Ủy ban MTTQ Việt Nam, Sở Nội vụ và các tổ chức chính trị - xã hội tỉnh phối hợp",
         [("Ủy ban MTTQ Việt Nam",), ("Sở Nội vụ",), ("các tổ chức chính trị - xã hội tỉnh",)]),
    ],
)
def test_front_shares_the_level_of_its_partner_groups(text, names):
    mentions, _ = read_units(text, 0)
    assert [m.names for m in mentions] == names


_SECTIONS = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Giao thông vận tải là cơ quan thường trực, theo dõi việc thực hiện.\n"
    "1.1. Thanh tra Sở và các đơn vị thuộc Sở:\n"
    "- Kiểm tra các tuyến đường.\n"
    "2. Sở Tài chính phối hợp với Sở Y tế bố trí kinh phí; các phòng trực thuộc Sở hướng dẫn thanh toán.\n"
)


@pytest.mark.parametrize(
    ("issuer", "written", "at", "named"),
    [
        # in a document of the province, the Sở that opens the section owns the group
        ("ỦY BAN NHÂN DÂN TỈNH", "các đơn vị thuộc Sở", "các đơn vị", "các đơn vị thuộc Sở Giao thông vận tải"),
        ("ỦY BAN NHÂN DÂN TỈNH", "các phòng trực thuộc Sở", "các phòng", "các phòng trực thuộc Sở Tài chính"),
        # in a Sở's own document `Sở` is the issuer: as written
        ("SỞ GIAO THÔNG VẬN TẢI", "các đơn vị thuộc Sở", "các đơn vị", "các đơn vị thuộc Sở"),
        # a group with its owner named stays
        ("ỦY BAN NHÂN DÂN TỈNH", "các đơn vị thuộc Sở Y tế", "các đơn vị", "các đơn vị thuộc Sở Y tế"),
    ],
)
def test_group_of_a_bare_so_named_after_its_section(issuer, written, at, named):
    start = _SECTIONS.index(at)
    task = Task(id="t1", text="x", assignees=["Thanh tra Sở", written], assignee_spans=[(start, start + len(written))])
    name_section_owners(_SECTIONS, issuer, [task])
    assert task.assignees == ["Thanh tra Sở", named]


_UNIT_HEADS = load_toml("unit_heads.toml")


@pytest.mark.parametrize("text", _UNIT_HEADS["not_a_unit"]["examples"])
def test_words_that_open_like_a_unit_name_none(text):
    """`[not_a_unit]` of unit_heads.toml: a phrase opening with a head noun that names no unit."""
    assert read_unit(text, 0) is None and find_units(text) == []


@pytest.mark.parametrize("text", _UNIT_HEADS["not_a_unit"]["counter_examples"])
def test_units_with_those_head_nouns_are_still_read(text):
    """... while a unit whose name opens with the same head noun is read (the name is written before `|`)."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


_HEAD_TABLES = (
    "offices", "office_forms", "courtesy", "lower_heads", "local_heads", "open_heads", "group_nouns", "place_words",
    "qualifiers",
)


@pytest.mark.parametrize("text", [e for t in _HEAD_TABLES for e in _UNIT_HEADS[t]["examples"]])
def test_head_noun_examples_are_read_whole(text):
    """The head noun tables of unit_heads.toml: each example opens with the unit written before `|`."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", [c for t in _HEAD_TABLES for c in _UNIT_HEADS[t]["counter_examples"]])
def test_head_noun_counter_examples_name_no_unit(text):
    """... and each counter-example opens with words that look like a head noun but name no unit."""
    assert read_unit(text, 0) is None


@pytest.mark.parametrize(
    "text",
    [e for k in ("examples", "counter_examples", "own_examples", "own_counter_examples") for e in _UNIT_HEADS["field_offices"][k]],
)
def test_office_named_by_a_field_ends_with_it(text):
    """`[field_offices]`: an office named by a department's field (`Phòng Nội vụ`) ends with the field and its place,
    whatever verb follows (examples); a name whose field is none of those, or whose short tail runs right into its
    work, is read as an open name (counter-examples). The name is written before `|`."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", _UNIT_HEADS["group_nouns"]["named_by_members_examples"])
def test_group_named_by_its_members_is_read_as_them(text):
    """`named_by_members` of `[group_nouns]`: a generic group the sentence names its members right after is those
    members (the names after `|`, split by `;`)."""
    sentence, names = text.split("|")
    mentions, _ = read_units(sentence, 0)
    assert [n for m in mentions for n in m.names] == names.split(";")


def test_every_head_table_has_words_examples_and_counter_examples():
    for t in _HEAD_TABLES:
        assert _UNIT_HEADS[t]["words"] and _UNIT_HEADS[t]["examples"] and _UNIT_HEADS[t]["counter_examples"], t


@pytest.mark.parametrize("text", _UNIT_HEADS["glued_heads"]["examples"])
def test_head_glued_to_the_name_is_read_spaced(text):
    """`[glued_heads]` of unit_heads.toml: a head glued to a capital is read as if spaced, ending where printed."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    head = next(w for w in _UNIT_HEADS["glued_heads"]["words"] if name.startswith(w) and name[len(w)].isupper())
    assert mention is not None and mention.names == (f"{head} {name[len(head):]}",) and mention.end == len(name)


@pytest.mark.parametrize("text", _UNIT_HEADS["person_after_place"]["examples"])
def test_person_named_after_an_office_holders_place_is_left_out(text):
    """`[person_after_place]`: the person's name after an office holder's place is not part of the unit."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", _UNIT_HEADS["person_after_place"]["counter_examples"])
def test_place_that_holds_a_surname_is_read_whole(text):
    """... while a place whose own name holds a surname is read whole."""
    mention = read_unit(f"{text} chỉ đạo.", 0)
    assert mention is not None and mention.names == (text,)


_LOWER = _UNIT_HEADS["lower_heads"]


@pytest.mark.parametrize("text", _LOWER["serving_examples"] + _LOWER["organs_examples"] + _LOWER["teams_examples"])
def test_lower_case_head_is_read_with_what_follows(text):
    """`serving`, `organs` and `teams` of `[lower_heads]`: `văn phòng` in lower case before the body it serves,
    `ban thường vụ` before the Party committees it is the organ of, `đội` before the kind of team it is, head one
    unit with it."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize(
    "text", _LOWER["serving_counter_examples"] + _LOWER["organs_counter_examples"] + _LOWER["teams_counter_examples"]
)
def test_lower_case_head_word_before_anything_else_names_no_unit(text):
    """... and the word before anything else is no unit (`văn phòng phẩm`, `đội ngũ`, `đội mũ`)."""
    assert read_unit(text, 0) is None


@pytest.mark.parametrize("text", _UNIT_HEADS["lower_heads"]["teams_lists"])
def test_team_after_a_joiner_is_a_unit_of_its_own(text):
    """... so a list joined by `và` reads it apart from the unit before it."""
    sentence, names = text.split("|")
    mentions, _ = read_units(sentence, 0)
    assert [n for m in mentions for n in m.names] == names.split(";")


@pytest.mark.parametrize(
    "text", [e for t in ("name_parts", "noun_compounds") for k in ("examples", "counter_examples") for e in _UNIT_HEADS[t][k]]
)
def test_name_parts_and_noun_compounds(text):
    """`[name_parts]`, `[noun_compounds]` of unit_heads.toml: the name read is the one before `|` (whole with the
    part or compound in its examples, ending before the head noun or the verb in its counter-examples)."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", _UNIT_HEADS["office_forms"]["addressed"])
def test_office_after_a_form_of_address_names_the_holder(text):
    """`đồng chí Phó Bí thư Thường trực Đảng ủy`: the form of address is not part of the office holder's name."""
    address, name, rest = text.split("|")
    mention = read_unit(f"{address}{name}{rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", _UNIT_HEADS["office_forms"]["hamlet_heads"])
def test_a_hamlets_head_under_a_plain_address_or_named_after_the_hamlet(text):
    """`các ông xóm trưởng`, `Ấp trưởng`: a commune letter's hamlet heads, read whole (the plural kept, a lone
    holder's form of address not)."""
    name, rest = text.split("|")
    mention = read_unit(f"{name}{rest}", 0)
    expected = name.split(" ", 1)[1] if name.split(" ", 1)[0] in ("bà", "ông", "Bà", "Ông") else name
    assert mention is not None and mention.names == (expected,)


@pytest.mark.parametrize(
    ("text", "post"),
    [(e, e) for e in _UNIT_HEADS["office_forms"]["staff_examples"]]
    + [(c, None) for c in _UNIT_HEADS["office_forms"]["staff_counter_examples"]],
)
def test_staff_heading_names_the_post(text, post):
    """`[office_forms] staff`: a heading naming a post and the field in its charge alone carries the post, as
    written, to its items; a sentence giving such a post work, or a post with no field, is no such heading."""
    from chidao.documents.extract.tasks import staff_heading

    assert staff_heading(text) == post


@pytest.mark.parametrize(("item", "post"), _UNIT_HEADS["office_forms"]["addressed_posts"])
def test_item_opening_with_an_addressed_post(item, post):
    """`[office_forms] addressed_posts`: an item opening with a form of address, a post and a colon is the post's
    task, the post as written; a person's name or a group after the address names no post."""
    from chidao.documents.extract.tasks import addressed_post

    found = addressed_post(item)
    assert (item[slice(*found)] if found else "") == post


@pytest.mark.parametrize("text", _UNIT_HEADS["comma_pairs"]["examples"])
def test_comma_pairs_inside_a_name(text):
    """`[comma_pairs]` of unit_heads.toml: two words a comma joins stay inside the name (written before `|`)."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", _UNIT_HEADS["comma_pairs"]["counter_examples"])
def test_other_commas_end_a_name(text):
    """... and any other comma ends the name: the unit read is the one before it."""
    mention = read_unit(text, 0)
    assert mention is not None and mention.names == (text.split(",")[0],)


@pytest.mark.parametrize(
    "text",
    [
        e
        for t in ("owners", "name_predicates", "relative", "party_organs", "time_words", "board_scope", "lower_names",
                  "owner_in_name")
        for k in ("examples", "counter_examples")
        for e in _UNIT_HEADS[t][k]
    ],
)
def test_owners_name_predicates_relative_clauses_and_party_organs(text):
    """`[owners]`, `[name_predicates]`, `[relative]`, `[party_organs]`, `[time_words]`, `[lower_names]` of
    unit_heads.toml: the name read is the one before `|` (carried on by the owner, the words of work, the relative
    clause, the organ's body or a lower-case name to its level in its examples, ending before the verb, a unit of its
    own or how often the unit works otherwise)."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


def test_every_party_organ_is_an_open_head():
    """`[party_organs]` are read only where `[open_heads]` reads the head."""
    assert set(_UNIT_HEADS["party_organs"]["words"]) <= set(_UNIT_HEADS["open_heads"]["words"])


def test_every_head_that_names_no_unit_alone_is_an_open_head():
    """`alone` of `[open_heads]` holds open heads only (no other head is asked about it)."""
    assert set(_UNIT_HEADS["open_heads"]["alone"]) <= set(_UNIT_HEADS["open_heads"]["words"])


@pytest.mark.parametrize(
    ("group", "members"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _UNIT_HEADS["addressed_groups"][k]],
)
def test_addressed_groups(group, members):
    """`[addressed_groups]` of unit_heads.toml: in a letter a generic group stands for the bodies of its Kính gửi;
    any other group for itself."""
    names = DocumentUnits("...", addressees=["Sở Y tế", "Sở Tài chính"])
    assert names.expand_group(group) == members.split(";")


@pytest.mark.parametrize(("group", "members"), [e.split("|") for e in _UNIT_HEADS["addressed_groups"]["held_examples"]])
def test_addressed_groups_of_heads(group, members):
    """`held_examples` of `[addressed_groups]`: a Kính gửi naming heads (`Chủ tịch UBND các xã`) stands, for a group
    named by the bodies alone (`các đơn vị, địa phương`), for the bodies they head; for `Thủ trưởng các đơn vị`, for
    the heads; a person addressed stays as written."""
    heads = ["Chủ tịch UBND các xã, thị trấn", "Giám đốc Trung tâm Y tế huyện", "Đồng chí Hà Văn Sơn, Bí thư Đảng ủy xã"]
    names = DocumentUnits("...", addressees=heads)
    assert names.expand_group(group) == members.split(";")


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [e.split("|") for k in ("above_examples", "above_counter_examples") for e in _UNIT_HEADS["addressed_groups"][k]],
)
def test_addressed_groups_pointing_back(text, group, members):
    """`above` of `[addressed_groups]`: `các đơn vị nêu trên` is the list of bodies just above it, when one stands in
    its paragraph or the one before; else (None) the Kính gửi list stands for it."""
    whole = f"{text} {group} hoàn thành."
    units = DocumentUnits(whole, addressees=["Sở Tài chính"])
    assert (units.listed_above(group, whole.index(group)) or [""]) == members.split(";")


@pytest.mark.parametrize(
    ("name", "members"),
    [
        ("Thủ trưởng các đơn vị nêu trên", ["Thủ trưởng Bệnh viện Đa khoa tỉnh", "Thủ trưởng Bệnh viện Phổi tỉnh"]),  # the office kept
        ("các đơn vị", None),  # no word that points back: the Kính gửi list
        ("các sở, ngành nêu trên", None),  # no noun of an addressed group
    ],
)
def test_listed_above_names(name, members):
    text = f"Bệnh viện Đa khoa tỉnh, Bệnh viện Phổi tỉnh chậm báo cáo.\n\nYêu cầu {name} hoàn thành."
    assert DocumentUnits(text).listed_above(name, text.index(name)) == members


def test_a_list_going_on_into_the_group_is_not_the_list_above():
    """`Sở Y tế, Sở Tài chính và các đơn vị nêu trên`: the group is named beside the list, not for it."""
    text = "Bệnh viện Đa khoa tỉnh, Bệnh viện Phổi tỉnh chậm báo cáo.\nYêu cầu Sở Y tế, Sở Tài chính và các đơn vị nêu trên"
    at = text.index("các đơn vị")
    assert DocumentUnits(text).listed_above("các đơn vị nêu trên", at) == ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Phổi tỉnh"]


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _UNIT_HEADS["named_groups"][k]],
)
def test_named_groups(text, group, members):
    """`[named_groups]` of unit_heads.toml: a group named by a head noun stands for the bodies of that head the
    document names, when it names two or more."""
    assert DocumentUnits(text).expand_group(group) == members.split(";")


@pytest.mark.parametrize(
    ("text", "clause", "body"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _UNIT_HEADS["bare_heads"][k]],
)
def test_bare_heads(text, clause, body):
    """`[bare_heads]` of unit_heads.toml: a head noun alone opening a clause before its work (also after a verb of
    giving, `given_by`) stands for the one body of that kind named before it; for no one when two or none were named, or no work follows the head."""
    whole = f"{text} {clause}"
    bare = bare_head(clause)
    found = DocumentUnits(whole).one_named(bare[0], 0, len(text)) if bare is not None else None
    assert (found or "") == body
    if bare is not None and bare[1]:  # after a verb of giving: no subject of its own
        assert bare_subject(clause) is None


@pytest.mark.parametrize(
    ("text", "start", "body"),
    [
        ("Giao Sở Y tế chủ trì. Sở Y tế báo cáo.", 0, "Sở Y tế"),  # one body named twice
        ("Kính gửi Sở Tài chính. Giao Sở Y tế chủ trì.", 22, "Sở Y tế"),  # named before the body: not counted
        ("Giao Sở Y tế tỉnh Lào Cai chủ trì. Sở Y tế báo cáo.", 0, "Sở Y tế tỉnh Lào Cai"),  # at its fullest
        ("Giao các Sở, ngành liên quan phối hợp.", 0, None),  # a group
    ],
)
def test_one_named(text, start, body):
    assert DocumentUnits(text).one_named("Sở", start, len(text)) == body


_PLACE_WORDS = _UNIT_HEADS["place_words"]


@pytest.mark.parametrize(
    "example", [e for k in ("subset_examples", "subset_counter_examples") for e in _PLACE_WORDS[k]]
)
def test_place_word_subsets(example):
    """The named subsets of `[place_words]` (`levels`, `province`, `above` ...): a text, a name in it and the names
    it is written out as (read from the text's start when it opens with `*`)."""
    text, name, written = example.split("|")
    if text.startswith("*"):
        assert text[1:].startswith(name)
        mentions, _ = read_units(text[1:], 0)
        assert [n for m in mentions for n in m.names] == written.split(";")
    else:
        assert resolve_names(DocumentUnits(text), None, [name]) == written.split(";")


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["central_cities"][k]]
)
def test_central_cities(example):
    """`[central_cities]` of unit_heads.toml: after `các tỉnh, thành phố:` each place listed is a province, or a
    city under the centre; with no list the group stays as written."""
    text, written = example.split("|")
    mention = read_unit(text, 0)
    assert mention is not None and list(mention.names) == written.split(";")


def test_place_word_subsets_are_place_words():
    """Each named subset of `[place_words]` holds place words only: one concept, read in parts."""
    subsets = {k: v for k, v in _PLACE_WORDS.items() if k != "words" and "examples" not in k}
    assert set(subsets) == {"levels", "listed", "capitalised", "group_levels", "province", "above", "after_stop", "communes", "districts"}
    for name, words in subsets.items():
        assert set(words) <= set(_PLACE_WORDS["words"]), name


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["joiners"][k]]
)
def test_joiners(example):
    """`[joiners]` of unit_heads.toml: the words that join the units of a list (`và`, `cùng`); the list ends at
    any other word."""
    text, names = example.split("|")
    mentions, _ = read_units(text, 0)
    assert [n for m in mentions for n in m.names] == names.split(";")


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["owned_by"][k]]
)
def test_owned_by(example):
    """`[owned_by]` of unit_heads.toml: `thuộc`, `trực thuộc` before a body end a unit's name, and close a group's
    name with the body read in full; before no body they stay in the name."""
    text, names = example.split("|")
    mentions, _ = read_units(text, 0)
    assert [n for m in mentions for n in m.names] == names.split(";")


@pytest.mark.parametrize("example", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["front"][k]])
def test_front_shares_the_partners_level(example):
    """`[front]` of unit_heads.toml: the Front named without its level takes the level of the socio-political
    groups named after it; another body keeps its name."""
    text, names = example.split("|")
    mentions, _ = read_units(text, 0)
    assert [n for m in mentions for n in m.names] == names.split(";")


def _enumeration_cases() -> list[tuple[str, int | None]]:
    table = load_toml("unit_heads.toml")["enumeration"]
    return [(e.replace("|", ""), e.index("|")) for e in table["examples"]] + [
        (c, None) for c in table["counter_examples"]
    ]


@pytest.mark.parametrize(("text", "start"), _enumeration_cases())
def test_enumeration_words(text, start):
    from chidao.documents.extract.doc_units import _enumerations

    assert next(_enumerations(text), None) == start


@pytest.mark.parametrize(
    ("text", "drafters", "short", "expected"),
    [
        # the name the reader cut before a word of work, written out where the drafter's initials run on over it
        ("Phòng Kế hoạch tổng hợp phối hợp với các khoa.", ["VT", "KHTH"], "Phòng Kế hoạch", "Phòng Kế hoạch tổng hợp"),
        ("Phòng Quản lý xây dựng chủ trì kiểm tra.", ["QLXD"], "Phòng Quản lý", "Phòng Quản lý xây dựng"),
        # the work after a name whose initials are no drafter's stays out of it
        ("Phòng Tài chính - Kế hoạch tổng hợp số liệu.", ["VT", "KHTH"], "Phòng Tài chính - Kế hoạch",
         "Phòng Tài chính - Kế hoạch"),
        ("Phòng Kế hoạch tổng hợp số liệu.", ["VT", "TCKH"], "Phòng Kế hoạch", "Phòng Kế hoạch"),
        ("Phòng Kế hoạch tổng hợp số liệu.", [], "Phòng Kế hoạch", "Phòng Kế hoạch"),
    ],
)
def test_a_name_cut_short_is_written_out_as_the_drafting_unit(text, drafters, short, expected):
    assert DocumentUnits(text, drafters=drafters).resolve(short) == expected


@pytest.mark.parametrize(
    ("text", "head", "full"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _UNIT_HEADS["set_up"][k]],
)
def test_set_up_bodies_named_by_the_body_they_help(text, head, full):
    """`[set_up]` of unit_heads.toml: the head of a body the decision sets up and names by the body it helps stands
    for its full name (a body named by its work is called by its head); its officers keep their office as written."""
    units = DocumentUnits(text)
    assert units.resolve(head) == full
    assert units.resolve(f"Tổ trưởng {head}") == f"Tổ trưởng {head}"


@pytest.mark.parametrize(
    "text",
    [
        "Thành lập Tổ giúp việc Ban Chỉ đạo tỉnh, gồm 5 thành viên.",
        "Quyết định kiện toàn Ban Chỉ đạo giúp Hội đồng nhân dân huyện\nĐiều 1. Nay quyết định.",
        "Giao Tổ công tác giúp Ban Thường vụ rà soát hồ sơ.",  # the helping word with no verb
        "Thành lập Tổ công tác rà soát các dự án chậm tiến độ.",  # the verb with no helping word
        "Sở Tài chính chủ trì thẩm định dự toán.",
    ],
)
def test_set_up_names_agree_with_their_plain_pattern(text):
    """`_set_up_names` runs its pattern only where its words occur: it finds what the pattern alone finds."""
    from chidao.documents.extract import doc_units

    plain = {unit_key(m.group(2)): " ".join(m.group(1).split()) for m in doc_units._SET_UP_NAME.finditer(text)}
    assert doc_units._set_up_names(text) == plain


@pytest.mark.parametrize("text", _EXTENDING_TEXTS)
def test_names_extending_a_key_looked_up_are_those_filtered(text):
    """`_extending` (each first word's names keyed and sorted once, then bisected) gives the names of
    `_names_extending` whose key extends the key, filtered one by one; once the document's units are read, those
    of `names`."""
    units = DocumentUnits(text, addressees=["UBND tỉnh Hà Giang"])
    everything = set(DocumentUnits(text, addressees=units.addressees).names)
    keys = {" ".join(units._key(n).split()[:width]) for n in everything for width in range(0, 8)}
    for key in sorted(keys, key=lambda k: (len(k), k)):
        plain = {(units._key(n), n) for n in units._names_extending(tuple(key.split()))}
        found = list(units._extending(key))
        assert len(found) == len(set(found)), key
        assert set(found) == {(k, n) for k, n in plain if k.startswith(key + " ")}, key
    assert units._units is None
    units.names  # noqa: B018  (read: `_extending` looks at them now)
    for key in keys:
        plain = {(units._key(n), n) for n in units.names}
        assert set(units._extending(key)) == {(k, n) for k, n in plain if k.startswith(key + " ")}, key


@pytest.mark.parametrize("text", _EXTENDING_TEXTS)
def test_names_extending_read_again_are_the_same(text):
    """What a head start gives `_names_extending` is kept per place: a second reading, for any key, gives what a
    fresh reading of the document gives."""
    units = DocumentUnits(text, addressees=["UBND tỉnh Hà Giang"])
    keys = sorted({" ".join(units._key(n).split()[:2]) for n in units.names} - {""})
    first = {key: units._names_extending(tuple(key.split())) for key in keys}
    for key in reversed(keys):
        fresh = DocumentUnits(text, addressees=["UBND tỉnh Hà Giang"])
        assert units._names_extending(tuple(key.split())) == first[key] == fresh._names_extending(tuple(key.split()))


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Giám đốc Sở Y tế", "Sở Y tế"),
        ("Chủ tịch UBND huyện Bảo Yên", "UBND huyện Bảo Yên"),
        ("Trưởng ban", "Trưởng ban"),  # an office over no unit stays whole
        ("Trưởng thôn", "Trưởng thôn"),
        ("Sở Tài chính", "Sở Tài chính"),
        ("", ""),
    ],
)
def test_strip_office_is_its_plain_definition(name, core):
    """`strip_office` tests the whole name for an office over no unit only where an office opens it: it answers
    as testing first would."""
    from chidao.documents.extract import assignees

    m = assignees._OFFICE.match(name)
    whole = assignees._BOARD_OFFICER.fullmatch(name) or assignees._HAMLET_HEAD.fullmatch(name)
    plain = name if whole or m is None else name[m.end() :]
    assert assignees.strip_office(name) == plain == core


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        # a header's capitals are no spelling of the abbreviation: the running text's is, or none
        (
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nNhân ngày truyền thống Mặt trận Tổ quốc Việt Nam, …",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã",
        ),
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nĐề nghị các xã thực hiện.", "Ban Thường trực Ủy ban MTTQ Việt Nam các xã"),
    ],
)
def test_an_abbreviation_is_spelled_out_as_the_running_text_spells_it(text, spelled):
    assert DocumentUnits(text).spell_out("Ban Thường trực Ủy ban MTTQ Việt Nam các xã") == spelled


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head inside a number's symbol names no unit
        ("Số: 214/MTTQ-BTT\nMTTQ xã chủ trì.", [("MTTQ xã",)]),
        ("Số: 05/KH-MTTQ-BTT về việc vận động.", []),
    ],
)
def test_no_unit_inside_a_symbol(text, names):
    assert [m.names for m in find_units(text)] == names


@pytest.mark.parametrize(
    ("name", "resolved"),
    [
        # a head's group of places is never the one place of that level the document names
        ("UBND các xã", "UBND các xã"),
        ("Đảng ủy các xã", "Đảng ủy các xã"),
        # ... while a name read short still is (`UBND xã` → the commune named)
        ("UBND xã", "UBND xã Tân Khê"),
    ],
)
def test_a_group_of_places_is_not_the_one_place_named(name, resolved):
    text = "Giao UBND xã Tân Khê rà soát hồ sơ. Đảng ủy xã Tân Khê chỉ đạo. UBND các xã báo cáo kết quả."
    assert DocumentUnits(text).resolve(name) == resolved


@pytest.mark.parametrize(
    ("text", "whole"),
    [(e, True) for e in _UNIT_HEADS["field_spellings"]["examples"]]
    + [(c, False) for c in _UNIT_HEADS["field_spellings"]["counter_examples"]],
)
def test_field_written_with_another_joiner_or_by_initials(text, whole):
    """`[field_spellings]`: a department named with its field's parts joined otherwise, or its second part by its
    initials, is read whole (the name before `|`); words that only start like a field are no unit."""
    if whole:
        name, rest = text.split("|")
        mention = read_unit(f"{name} {rest}", 0)
        assert mention is not None and mention.names == (name,)
    else:
        assert read_unit(text, 0) is None


@pytest.mark.parametrize(
    "name",
    [
        "UBND tỉnh Lạng Sơn", "UBND  tỉnh\tLạng Sơn", "Sở Y\u00a0tế", "Sở Tài\nchính,", " Công an tỉnh; ", "UBND các huyện. thành phố",
        "Ban QLDA.", "Sở\u2003Xây dựng", "Trung tâm Y tế huyện", "UBND huyện\u3000Yên Sơn",
    ],
)
def test_names_are_single_spaced_only_where_they_need_it(name: str) -> None:
    """`resolve_names` makes the spaces of a name single only where it has others (a printable name holds no
    whitespace but the space): it reads the name as it would after `re.sub(r"\\s+", " ", name)`."""
    units = DocumentUnits("")
    assert resolve_names(units, None, [name]) == resolve_names(units, None, [re.sub(r"\s+", " ", name)])


@pytest.mark.parametrize(
    ("name", "core"),
    [
        # the office holds the section's head noun (`[office_forms] section`): the section is named with it
        ("Trưởng phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo"),
        ("Trưởng phòng Y tế huyện", "Phòng Y tế huyện"),
        ("Trưởng khoa Hồi sức tích cực", "Khoa Hồi sức tích cực"),
        ("Trưởng Phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch"),  # the noun written out already
    ],
)
def test_strip_office_keeps_a_section_head_noun(name, core):
    """`Trưởng phòng Giáo dục và Đào tạo` heads the Phòng, not the field: stripped to the field alone, it read as
    the issuing Sở Giáo dục và Đào tạo and the item's own lead was dropped for the lead-in's."""
    from chidao.documents.extract import assignees

    assert assignees.strip_office(name) == core


@pytest.mark.parametrize(
    ("text", "units"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _UNIT_HEADS["project_parties"][k]],
)
def test_project_parties(text, units):
    """`[project_parties]` of unit_heads.toml: a project's party named by its role is a unit after `phối hợp (với)`
    and after a unit and a separator in a list; not as the object of another verb."""
    tasks = parse_text(text, check=False).tasks
    assert [n for t in tasks for n in (*t.assignees, *t.coordinators)] == (units.split(";") if units else [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("các Bí thư Tỉnh ủy, Thành ủy chỉ đạo rà soát.", ("các Bí thư Tỉnh ủy, Thành ủy",)),
        ("Các Bí thư Huyện ủy, Thị ủy, Thành ủy kiểm tra.", ("Các Bí thư Huyện ủy, Thị ủy, Thành ủy",)),
        ("Bí thư Tỉnh ủy, Thành ủy chỉ đạo.", ("Bí thư Tỉnh ủy, Thành ủy",)),  # the office without the plural
        ("các đồng chí Bí thư Huyện ủy, Thị ủy chỉ đạo.", ("Bí thư Huyện ủy, Thị ủy",)),  # after a form of address
        ("Bí thư tỉnh ủy, thành ủy trực tiếp lãnh đạo.", ("Bí thư tỉnh ủy, thành ủy",)),  # in lower case: a kind
        # the standing organ of the committees of two kinds: one group too
        ("Ban Thường vụ Tỉnh ủy, Thành ủy chỉ đạo sơ kết.", ("Ban Thường vụ Tỉnh ủy, Thành ủy",)),
        ("Thường trực Huyện ủy, Thị ủy theo dõi.", ("Thường trực Huyện ủy, Thị ủy",)),
        # a committee named by its place is a body of its own
        ("các Bí thư Tỉnh ủy, Thành ủy Hải Phòng chỉ đạo.", ("các Bí thư Tỉnh ủy",)),
        # the ministers of the ministries listed after the office in the plural
        (
            "Các bộ trưởng: Quốc phòng, Công an, Y tế;",
            ("Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Y tế"),
        ),
    ],
)
def test_holders_of_committees_named_by_head(text, names):
    """`các Bí thư Tỉnh ủy, Thành ủy`: the holders of one office in Party committees each named by its head alone
    are one group (`assignees._heads_shared`; in lower case, `kinds` of `[office_forms]`); `Các bộ trưởng: X, Y`
    the minister of each ministry listed."""
    mention = read_unit(text, 0)
    assert mention is not None and mention.names == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ủy ban nhân dân cấp tỉnh, cấp huyện rà soát quỹ đất.", ("Ủy ban nhân dân cấp tỉnh, cấp huyện",)),
        ("Chủ tịch UBND cấp huyện và cấp xã chịu trách nhiệm chỉ đạo.", ("Chủ tịch UBND cấp huyện và cấp xã",)),
        ("Uỷ ban nhân dân cấp tỉnh, cấp huyện, cấp xã phổ biến.", ("Uỷ ban nhân dân cấp tỉnh, cấp huyện, cấp xã",)),
        # one level only, and a level that belongs to the next unit's name, stay as they were
        ("Ủy ban nhân dân cấp xã thống kê.", ("Ủy ban nhân dân cấp xã",)),
        ("Ủy ban nhân dân cấp tỉnh, cấp ủy các huyện lãnh đạo.", ("Ủy ban nhân dân cấp tỉnh",)),
    ],
)
def test_bodies_named_at_more_than_one_level_are_one_group(text, names):
    """`Ủy ban nhân dân cấp tỉnh, cấp xã`: the bodies of one kind at each level named, one group as written (not a
    unit cut at the first level, with the rest of the sentence no predicate)."""
    mention = read_unit(text, 0)
    assert mention is not None and mention.names == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the office said once for two bodies, the second in lower case after a comma
        ("Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo rà soát.",
         ["Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"]),
        ("Giám đốc các sở, đơn vị sự nghiệp thuộc tỉnh báo cáo.", ["Giám đốc các sở, đơn vị sự nghiệp thuộc tỉnh"]),
    ],
)
def test_office_said_once_for_a_body_in_lower_case_after_it(text, names):
    """`Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ`: the second body (no unit alone in lower case) has the
    office before it too (`assignees._office_elided`)."""
    assert [n for m in read_units(text, 0)[0] for n in m.names] == names


@pytest.mark.parametrize(
    ("text", "name", "resolved"),
    [
        # a head alone, the one body of that head the document names with a level after it
        ("Đại diện Công an tỉnh dự họp. Giao Công an chủ trì bảo đảm an ninh.", "Công an", "Công an tỉnh"),
        # a kind named short, the one project board the document names with a proper name
        (
            "Ban Quản lý dự án đường Hòa Bình - Tân Lạc làm chủ đầu tư. Giao Ban QLDA lập hồ sơ.",
            "Ban Quản lý dự án",
            "Ban Quản lý dự án đường Hòa Bình - Tân Lạc",
        ),
        (  # a place's name with an apostrophe
            "Ban Quản lý dự án đường Ea H'Leo làm chủ đầu tư. Giao Ban QLDA lập hồ sơ.",
            "Ban Quản lý dự án",
            "Ban Quản lý dự án đường Ea H'Leo",
        ),
        # two such bodies: as written
        (
            "Công an tỉnh và Công an huyện Tân Lạc dự họp. Giao Công an chủ trì.",
            "Công an",
            "Công an",
        ),
        ("Ban Quản lý dự án đường A Lưới và Ban Quản lý dự án cầu Bến Thủy dự họp.", "Ban Quản lý dự án", "Ban Quản lý dự án"),
        # a level after a name that is not a head alone is no fuller name of it (a piece of `Cục Hải quan tỉnh,
        # thành phố`)
        ("Kính gửi Cục Hải quan tỉnh, thành phố. Cục Hải quan báo cáo.", "Cục Hải quan", "Cục Hải quan"),
    ],
)
def test_named_fuller(text, name, resolved):
    """A body named by its head or its kind alone is written out as the one fuller name the document gives it
    (`DocumentUnits._named_fuller`)."""
    assert DocumentUnits(text).resolve(name) == resolved


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Các đồng chí Bộ trưởng chỉ đạo kiểm tra.", ("Các đồng chí Bộ trưởng",)),
        ("các Bộ trưởng báo cáo Thủ tướng Chính phủ.", ("các Bộ trưởng",)),
        ("các Giám đốc sở chỉ đạo.", None),  # a body after the office: not the holders alone
        ("Bộ trưởng chỉ đạo.", None),  # one holder, no plural
    ],
)
def test_office_holders_with_no_body(text, names):
    """`Các đồng chí Bộ trưởng …`: the holders of one office, in the plural, with no body named, before their work
    (`assignees._office_holders`)."""
    mention = read_unit(text, 0)
    assert (mention.names if mention is not None else None) == names


@pytest.mark.parametrize(
    ("addressees", "name", "expanded"),
    [
        (
            ["Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Y tế", "Chủ tịch Ủy ban nhân dân các tỉnh"],
            "Các đồng chí Bộ trưởng",
            ["Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Y tế"],
        ),
        (["Chủ tịch Ủy ban nhân dân các tỉnh"], "các Bộ trưởng", ["các Bộ trưởng"]),  # none addressed: as written
    ],
)
def test_office_holders_are_the_addressed(addressees, name, expanded):
    """... are the holders of that office the Kính gửi line names, each with his body (`expand_group`)."""
    assert DocumentUnits("", addressees=addressees).expand_group(name) == expanded


def test_office_and_head_alone_is_the_addressee():
    """`Các đồng chí Chủ tịch UBND` (no place) in a letter to `Chủ tịch Ủy ban nhân dân các tỉnh, thành phố`: the
    one addressee that office and head begin (`DocumentUnits._one_addressee_extending`)."""
    units = DocumentUnits("", addressees=["Bộ trưởng Bộ Y tế", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"])
    assert units.resolve("Chủ tịch UBND") == "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"


@pytest.mark.parametrize("example", _UNIT_HEADS["owned_by"]["within_examples"])
def test_group_within_a_body(example):
    """`within` of `[owned_by]`: a group whose members lie within a body named after `trong` takes that body in."""
    text, name = example.split("|")
    mention = read_unit(text, 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        # a field by its initials, with a separator or none, is written out to the gazetteer's field ...
        ("", "Sở NN-PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("", "Sở GD - ĐT", "Sở Giáo dục và Đào tạo"),
        ("", "Sở VH-TT&DL", "Sở Văn hóa - Thể thao và Du lịch"),
        ("", "Bộ KH-ĐT", "Bộ Kế hoạch và Đầu tư"),
        ("", "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("", "Sở TN-MT tỉnh Lào Cai", "Sở Tài nguyên và Môi trường tỉnh Lào Cai"),
        # ... or to the document's own name for it in full
        ("Giao Sở Lao động Thương binh và Xã hội chủ trì.", "Sở LĐTB-XH", "Sở Lao động Thương binh và Xã hội"),
        ("Giao Sở Nông nghiệp và Phát triển Nông thôn chủ trì.", "Giám đốc Sở NN-PTNT",
         "Giám đốc Sở Nông nghiệp và Phát triển Nông thôn"),
        ("Sở Lao động - Thương binh và Xã hội chủ trì.", "Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        # a usual abbreviation the gazetteer lists stays as written where the document does not spell it out, and
        # whole words joined otherwise are already in full
        ("", "Sở NN&PTNT", "Sở NN&PTNT"),
        ("", "Sở LĐ-TB&XH", "Sở LĐ-TB&XH"),
        ("", "Sở Kế hoạch - Đầu tư", "Sở Kế hoạch - Đầu tư"),
        ("", "Sở Y tế", "Sở Y tế"),
    ],
)
def test_department_initials_written_out(text, name, written):
    """`[field_spellings]`: a department or ministry named by the initials of its field's parts."""
    assert resolve_names(DocumentUnits(text), None, [name]) == [written]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sở Tài chính & Sở Xây dựng thẩm định", [("Sở Tài chính",), ("Sở Xây dựng",)]),
        ("Sở NN-PTNT & Sở Công Thương kiểm tra", [("Sở NN-PTNT",), ("Sở Công Thương",)]),
        ("UBND các huyện, thị, thành phố tổng hợp", [("UBND các huyện, thị, thành phố",)]),
        ("các huyện, thị, thành phố tổng hợp", [("các huyện, thị, thành phố",)]),
        ("các huyện, thành, thị tổng hợp", [("các huyện, thành, thị",)]),
        ("UBND 13 tỉnh, thành phố phối hợp", [("UBND 13 tỉnh, thành phố",)]),
        ("UBND 05 huyện rà soát", [("UBND 05 huyện",)]),
        # the last level of a plural group after `và`, the group's own qualifier after it ...
        ("UBND các xã, phường và thị trấn rà soát", [("UBND các xã, phường và thị trấn",)]),
        ("Sở Y tế các tỉnh và thành phố trực thuộc trung ương tổng hợp", [("Sở Y tế các tỉnh và thành phố trực thuộc trung ương",)]),
        # ... but not a place of its own named after it (a committee of its own, the head said once:
        # `_named_place_shared`), nor a level after one place
        ("UBND các huyện và thị xã Đông Triều rà soát", [("UBND các huyện",), ("UBND thị xã Đông Triều",)]),
        ("UBND huyện Yên Thế và thị trấn Cầu Gồ rà soát", [("UBND huyện Yên Thế",)]),
    ],
)
def test_joined_by_ampersand_level_pairs_and_counted_groups(text, names):
    """`&` joins two units (`[joiners]`); `thị, thành phố` is the pair of levels `thị xã, thành phố` in short
    (`[place_words]`, `[group_nouns]`); a number before the levels counts the group."""
    mentions, _ = read_units(text, 0)
    assert [m.names for m in mentions] == names


@pytest.mark.parametrize(
    "example", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["project_owner"][k]]
)
def test_project_owner(example):
    """`[project_owner]` of unit_heads.toml: `chủ đầu tư` is the one body the document names as its project's owner
    (`Ban X (chủ đầu tư)`, `Ban X làm chủ đầu tư`, `chủ đầu tư là Sở Y`); as written when it names none or two."""
    text, name, written = example.split("|")
    assert resolve_names(DocumentUnits(text), None, [name]) == [written]


@pytest.mark.parametrize(
    ("text", "names"),
    [e.split("|") for k in ("examples", "counter_examples") for e in _UNIT_HEADS["elided_lists"][k]],
)
def test_elided_lists_of_written_fields(text, names):
    """`[elided_lists]` of unit_heads.toml: `các Cục: A, B` is each field as written with the head put back."""
    assert [n for m in read_units(text, 0)[0] for n in m.names] == names.split(";")


@pytest.mark.parametrize("text", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["place_ends"][k]])
def test_a_head_word_ends_a_place(text):
    """`[place_ends]` of unit_heads.toml: a head word after a local unit's place starts no place name (the unit
    before `|` ends there); places read whole as before."""
    name, rest = text.split("|")
    assert read_units(name + " " + rest, 0)[0][0].names == (name,)


@pytest.mark.parametrize("text", [e for k in ("examples", "counter_examples") for e in _UNIT_HEADS["bare_cities"][k]])
def test_a_city_with_no_level_after_a_department(text):
    """`[bare_cities]` of unit_heads.toml: a city under the centre named right after a department's field, no level
    before it, is part of its name (the unit before `|`), as a glued spelling is after a local head (`UBND TP.HCM`);
    a city further on is not."""
    name, rest = text.split("|")
    assert read_units(name + " " + rest, 0)[0][0].names == (name,)


@pytest.mark.parametrize(("short", "other", "full"), _UNIT_HEADS["omitted_country"]["examples"])
def test_front_named_without_its_country(short, other, full):
    """`[omitted_country]`: the Front named without `Việt Nam` is written out as the document names the same body with
    it; another body of the Front (another place) is no fuller name of it."""
    text = f"{other} tổ chức hội nghị. {short} phối hợp thực hiện."
    assert DocumentUnits(text).resolve(short) == full


@pytest.mark.parametrize("example", load_toml("unit_heads.toml")["open_heads"]["complete_examples"])
def test_complete_heads_take_no_lower_case_words(example):
    """`complete` of `[open_heads]`: the Government and its head are whole names; lower-case words after them are
    not part of the name."""
    name, rest = example.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # places named with no head after a committee: its head said once (`shared_by_places` of [local_heads])
        ("Ủy ban nhân dân thành phố và các huyện tổ chức đánh giá", ["Ủy ban nhân dân thành phố", "Ủy ban nhân dân các huyện"]),
        ("UBND huyện Tân Lạc, các xã báo cáo", ["UBND huyện Tân Lạc", "UBND các xã"]),
        # ... not after another body, nor a group that is no place
        ("Sở Y tế và các huyện triển khai", ["Sở Y tế", "các huyện"]),
        ("UBND các xã và các trường học rà soát", ["UBND các xã", "các trường học"]),
        # ... a place named by its level and name after the committee's places: a committee too (a city's districts
        # and the city within it, a province's districts and its capital)
        ("UBND các quận, huyện và thành phố Thủ Đức khẩn trương rà soát", ["UBND các quận, huyện", "UBND thành phố Thủ Đức"]),
        ("Ủy ban nhân dân các huyện, thị xã và thành phố Nam An báo cáo", ["Ủy ban nhân dân các huyện, thị xã", "Ủy ban nhân dân thành phố Nam An"]),
        ("UBND huyện Tân Lạc, xã Phú Cường báo cáo", ["UBND huyện Tân Lạc", "UBND xã Phú Cường"]),
        # ... not after another body
        ("Sở Y tế và thành phố Nam An triển khai", ["Sở Y tế"]),
        # ... the districts of a city by their numbers, listed after `các` or each with its level
        ("Ủy ban nhân dân các quận 1, 3 và 7 rà soát", ["Ủy ban nhân dân quận 1", "Ủy ban nhân dân quận 3", "Ủy ban nhân dân quận 7"]),
        ("UBND Quận 1, Quận 3 và huyện Cần Giờ rà soát", ["UBND Quận 1", "UBND Quận 3", "UBND huyện Cần Giờ"]),
        # ... not the address of the place before it, a level above it: one unit named with its address
        ("UBND phường Tân Định, Quận 1 phối hợp", ["UBND phường Tân Định, Quận 1"]),
        ("UBND phường Tràng An, quận Hoàn Kiếm và Công an quận phối hợp", ["UBND phường Tràng An, quận Hoàn Kiếm", "Công an quận"]),
        # ... a place's name alone after a committee of one place: the head and the level said once
        ("UBND huyện Tân Lạc, Mai Sơn rà soát", ["UBND huyện Tân Lạc", "UBND huyện Mai Sơn"]),
        ("UBND xã Tân Hòa, Tân Minh và Phú Cường báo cáo", ["UBND xã Tân Hòa", "UBND xã Tân Minh", "UBND xã Phú Cường"]),
        ("Ủy ban nhân dân tỉnh Nam An, Bắc Sơn chỉ đạo", ["Ủy ban nhân dân tỉnh Nam An", "Ủy ban nhân dân tỉnh Bắc Sơn"]),
        # ... not after a group of places or a committee with no name, nor a unit, a person or a bracket after it
        ("UBND các huyện, Mai Sơn rà soát", ["UBND các huyện"]),
        ("UBND tỉnh, Sở Y tế chỉ đạo", ["UBND tỉnh", "Sở Y tế"]),
        ("UBND huyện Tân Lạc, Sở Y tế phối hợp", ["UBND huyện Tân Lạc", "Sở Y tế"]),
        ("UBND huyện Tân Lạc, Nguyễn Văn An báo cáo", ["UBND huyện Tân Lạc"]),
        ("UBND xã Tân Hòa, Tân Lạc (Nam An) báo cáo", ["UBND xã Tân Hòa"]),
        ("Sở Y tế tỉnh Nam An, Bắc Sơn báo cáo", ["Sở Y tế tỉnh Nam An"]),
        # a committee named by its head alone before a unit that ends with a group of places: the group is both's
        ("UBND và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch",
         ["UBND các tỉnh, thành phố trực thuộc Trung ương", "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]),
        ("Ủy ban nhân dân và Phòng Giáo dục các huyện báo cáo", ["Ủy ban nhân dân các huyện", "Phòng Giáo dục các huyện"]),
        # ... not a committee with its own place, nor a unit of a whole name before the group's committee
        ("UBND tỉnh và Sở Y tế các tỉnh báo cáo", ["UBND tỉnh", "Sở Y tế các tỉnh"]),
        ("Sở Tài chính và UBND các huyện báo cáo", ["Sở Tài chính", "UBND các huyện"]),
        # departments named with no place before a department that ends with a group of provinces: each province's
        # (`shared_by_provinces` of [local_heads])
        ("Sở Y tế, Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương báo cáo",
         ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương"]),
        ("Sở Văn hóa và Thể thao, Sở Văn hóa, Thể thao và Du lịch, Sở Văn hóa, Thông tin, Thể thao và Du lịch các tỉnh, "
         "thành phố trực thuộc Trung ương báo cáo",
         ["Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc Trung ương",
          "Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương",
          "Sở Văn hóa, Thông tin, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương"]),
        ("UBND và Sở Nội vụ, Sở Tư pháp các tỉnh phối hợp",
         ["UBND các tỉnh", "Sở Nội vụ các tỉnh", "Sở Tư pháp các tỉnh"]),
        # ... not a group of districts (the province's own departments), nor a department with its own place, nor
        # a list whose last unit is no department
        ("Sở Tài chính, Sở Nội vụ các huyện báo cáo", ["Sở Tài chính", "Sở Nội vụ các huyện"]),
        ("Sở Y tế tỉnh Nam An, Sở Y tế các tỉnh báo cáo", ["Sở Y tế tỉnh Nam An", "Sở Y tế các tỉnh"]),
        ("Sở Tài chính, Kho bạc Nhà nước các tỉnh phối hợp", ["Sở Tài chính", "Kho bạc Nhà nước các tỉnh"]),
    ],
)
def test_local_head_shared_by_places(text, names):
    mentions, _ = read_units(text, 0)
    assert [n for m in mentions for n in m.names] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ban Chỉ đạo báo cáo về tiến độ thực hiện.", ("Ban Chỉ đạo",)),  # `về` after the predicate: no field
        ("Ban Chỉ đạo tỉnh về phòng, chống tội phạm và Công an tỉnh chỉ đạo.", ("Ban Chỉ đạo tỉnh về phòng, chống tội phạm",)),
        ("Ban Chỉ đạo tỉnh về an toàn thực phẩm (Quyết định số 5/QĐ-UBND) chỉ đạo.", ("Ban Chỉ đạo tỉnh về an toàn thực phẩm",)),
    ],
)
def test_a_boards_field_ends_at_a_joined_unit_or_an_aside(text, names):
    mention = read_unit(text, 0)
    assert mention is not None and mention.names == names


def test_office_before_a_unit_is_the_plain_pattern() -> None:
    """`_office_before` tells the title from the window's end; `_OFFICE_END` searched in the folded window is its
    definition (titles after a letter, blanks, commas, line breaks, combining marks alone, windows cut inside a
    title)."""
    import random

    from chidao.documents.extract import doc_units as d

    pieces = [
        "Bộ trưởng", "Phó Chủ tịch", "Chủ tịch", "Giám đốc", "Thủ trưởng", "Chánh Văn phòng", "Tổng cục trưởng",
        "Cục trưởng", "Bí thư", "xBộ trưởng", "ông", "UBND tỉnh", "Sở Y tế", " ", "  ", ",", ", ", "\n", "\t", "đ",
        "1", ".", "-", "a", "Z", "ưởng", "rưởng", "Thư ký", "thư", "\u0301", "\u0323", "\xa0", "\u2003", "\u200b",
        "giao", "với", "của", "Tổng Giám đốc", "GIÁM ĐỐC", "Trưởng\u0301",
    ]
    rnd = random.Random(11)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8)))
        for start in (len(text), max(0, len(text) - 1), len(text) // 2):
            window = d.fold(text[max(0, start - d._OFFICE_REACH) : start])
            assert d._office_before(text, start) == (d._OFFICE_END.search(window) is not None), (text, start)


def test_holders_name_cut_as_the_plain_loop_cuts_it() -> None:
    """`_without_person` tries only the last four words for the holder's name: it cuts what trying every word from
    the third on cuts (a surname opening at most four capitalised words, not after a place's level)."""
    import random

    from chidao.documents.extract import doc_units as d

    def plain(name: str) -> str:
        words = name.split()
        for i in range(2, len(words) - 2):
            tail = words[i:]
            if (
                words[i] in d.SURNAMES and len(tail) <= 4 and all(w[:1].isupper() and w.isalpha() for w in tail)
                and words[i - 1].lower() not in d._LEVEL_WORDS
            ):
                return " ".join(words[:i])
        return name

    words = ["Bộ", "Tài", "chính", "Hồ", "Đức", "Phớc", "Nguyễn", "Thị", "Hồng", "tỉnh", "Hà", "Tĩnh", "Lê", "Văn",
             "Trần", "Minh", "Sở", "Y", "tế", "Phố", "phố", "Thành", "huyện", "X1", "Đ/c", "Ngân", "hàng", "Nam"]
    rnd = random.Random(17)
    cut = 0
    for _ in range(30000):
        name = " ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 11)))
        assert d._without_person(name) == plain(name), name
        cut += d._without_person(name) != name
    assert cut > 1000


def test_names_taken_from_a_mention_are_the_plain_ones() -> None:
    """`_taken` looks for an office before a mention only where a holder's name could be cut from a name: it gives
    what the plain definition gives (the office always looked for, every name cut when one stands before it), on
    every mention read at a head start of texts built from offices, units and holders' names."""
    import random

    from chidao.documents.extract import doc_units as d

    def plain(text: str, mention: UnitMention) -> tuple[str, ...]:
        held = d._office_before(text, mention.start)
        names, cores = [], []
        for name in mention.names:
            core = strip_office(name)
            if held or core != name:
                name, core = d._without_person(name), d._without_person(core)
            names.append(name)
            if core != name:
                cores.append(core)
        return (*names, *cores)

    pieces = [
        "Bộ trưởng ", "Thống đốc ", "Giám đốc ", "Chủ tịch ", "đồng chí ", "Bộ Tài chính ", "Sở Y tế tỉnh Hà Tĩnh ",
        "Ngân hàng Nhà nước Việt Nam ", "UBND tỉnh Lào Cai ", "Hồ Đức Phớc ", "Nguyễn Thị Hồng ", "Trần Văn Nam ",
        "Lê Minh ", "Phạm ", "Thành phố Hồ Chí Minh ", "Sở Xây dựng, Công Thương ", "và ", ", ", "; ", "\n", "giao ",
        "Ủy ban nhân dân huyện Yên Sơn ", "Cục trưởng Cục Thuế ", "Công an tỉnh ", "các Sở: Y tế, Tài chính ",
    ]
    rnd = random.Random(13)
    texts = [*_EXTENDING_TEXTS] + ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(2, 12))) for _ in range(1500)]
    cut = 0
    for text in texts:
        for start, head in head_starts(text):
            mention = mention_at(text, start, head)
            if mention is not None:
                assert d._taken(text, mention) == plain(text, mention), (text, start)
                cut += d._taken(text, mention) != (*mention.names, *(c for n in mention.names if (c := strip_office(n)) != n))
    assert cut > 100  # holders' names were cut


@pytest.mark.parametrize("text", _UNIT_HEADS["honorific"]["examples"])
def test_honorific_before_an_office_is_dropped(text):
    """`[honorific]` of unit_heads.toml: `đồng chí Giám đốc Sở …` is read as the office, the form of address dropped."""
    phrase, rest, office = text.split("|")
    mention = read_unit(f"{phrase} {rest}", 0)
    assert mention is not None and mention.names == (office,)


@pytest.mark.parametrize("text", _UNIT_HEADS["honorific"]["counter_examples"])
def test_honorific_before_a_person_names_no_unit(text):
    assert read_unit(text, 0) is None


def test_a_letter_to_the_departments_as_a_whole_names_them_so():
    """`Kính gửi: Các Sở Giáo dục và Đào tạo`, then `các Sở GDĐT tổ chức …` and `Sở GDĐT hướng dẫn …`: the departments
    the letter is sent to, at their fullest as the Kính gửi line names them."""
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 51/BGDĐT-GDTrH\nV/v tập huấn giáo viên\nHà Nội, ngày 02 tháng 3 năm 2026\n"
        "Kính gửi: Các Sở Giáo dục và Đào tạo\n\n"
        "Bộ Giáo dục và Đào tạo (GDĐT) đề nghị các Sở GDĐT tổ chức tập huấn cho giáo viên trên địa bàn.\n\n"
        "Đối với cấp trung học phổ thông, Sở GDĐT hướng dẫn các trường xây dựng đề kiểm tra định kì.\n\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Nam\n"
    )
    doc = parse_text(text)
    assert [t.assignees for t in doc.tasks] == [["Các Sở Giáo dục và Đào tạo"]] * 2


@pytest.mark.parametrize("text", _UNIT_HEADS["name_list"]["examples"])
def test_lower_case_fields_inside_a_name_are_read_with_it(text):
    """`[name_list]` of unit_heads.toml: a known field in lower case after a comma goes on the name."""
    name, rest = text.split("|")
    mention = read_unit(f"{name} {rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("text", _UNIT_HEADS["name_list"]["counter_examples"])
def test_lower_case_words_after_a_comma_end_the_name(text):
    """... while other lower-case words after the comma start the next item of a list."""
    name, rest = text.split("|")
    mention = read_unit(f"{name}{rest}", 0)
    assert mention is not None and mention.names == (name,)


@pytest.mark.parametrize("example", _UNIT_HEADS["owned_by"]["scope_examples"])
def test_list_goes_on_past_where_a_group_lies(example):
    """`scope` of `[owned_by]`: the list goes on past the words that say where a group lies (`… trong tỉnh; …`)."""
    text, names = example.split("|")
    mentions, _ = read_units(text, 0)
    assert [n for m in mentions for n in m.names] == names.split(";")


@pytest.mark.parametrize(
    ("text", "name", "end"),
    [
        ("Sở Nội  vụ kiểm tra.", "Sở Nội  vụ", 10),  # two spaces inside the field, as a justified line's copy gives
        ("Sở Tài  chính  hướng dẫn", "Sở Tài  chính", 13),
        ("Sở Kế  hoạch và  Đầu tư tổng hợp", "Sở Kế  hoạch và  Đầu tư", 23),
    ],
)
def test_a_field_with_two_spaces_is_read_to_its_end(text, name, end):
    found = read_unit(text, 0)
    assert found is not None and found.names == (name,) and found.end == end
