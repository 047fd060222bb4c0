from chidao.documents import parse


def test_parse_bytes_returns_document_with_name():
    doc = parse("Số: 15/TB-UBND\n".encode(), name="x.txt")
    out = doc.to_dict()
    assert out["format"] == "chidao.document/1"
    assert out["source"]["name"] == "x.txt"
