from chidao.documents import parse


def test_parse_bytes_returns_document_with_name():
    doc = parse("Số: 15/TB-UBND\n".encode(), name="x.txt")
    out = doc.to_dict()
    assert out["format"] == "chidao.document/1"
    assert out["source"]["name"] == "x.txt"


def test_reader_layout_reaches_the_steps_of_parse(tmp_path):
    """The .docx presentation facts are on the document before the header parser and the checks run, so
    `parse()` reports the same layout findings as checking the parsed document afterwards."""
    import docx

    from chidao.documents.check import check_document

    sample = tmp_path / "word-defaults.docx"  # python-docx's template: Letter paper, 1-inch margins, Calibri
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Số: 12/TB-UBND", "Bắc Ninh, ngày 03 tháng 3 năm 2025",
                 "THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh", "Giao Sở Tài chính tổng hợp, báo cáo."):
        d.add_paragraph(line)
    d.save(sample)
    doc = parse(sample)
    assert doc.layout is not None
    later = check_document(parse(sample, check=False))
    assert {f.rule for f in doc.findings} == {f.rule for f in later}
    assert any(f.rule.startswith("layout.") for f in doc.findings)


def test_reader_stamps_and_header_marks_live_apart():
    """A scan's reader stamps (a dict) and the header's marks (KHẨN, HỎA TỐC) never share a key."""
    from chidao.documents import parse_text

    text = "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nHỎA TỐC\nSố: 3/UBND-VP\nHòa Bình, ngày 2 tháng 1 năm 2025\n"
    doc = parse_text(text, metadata={"stamps": {"signature": {"signer": "Văn phòng"}}})
    assert doc.metadata["stamps"] == {"signature": {"signer": "Văn phòng"}}
    assert doc.metadata["marks"] == ["HỎA TỐC"]
