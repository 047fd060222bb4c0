"""A PDF page whose text layer is good is used as it is, without OCR."""

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from chidao.documents.ocr import ocr_pdf, reader

LINE = "Uy ban nhan dan tinh giao phong chu tri bao cao"


def _text_pdf(lines: int) -> bytes:
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for i in range(lines):
        obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(11))
        text = (LINE + "\x00").encode("utf-16-le")
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(text), ctypes.POINTER(ctypes.c_ushort)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 50, 800 - i * 20)
        pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    page.gen_content()
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def test_good_text_layer_is_kept(monkeypatch):
    def no_ocr(*a, **k):
        raise AssertionError("a good text layer must not be recognised again")

    monkeypatch.setattr(reader, "_ocr_images", no_ocr)
    out = ocr_pdf(_text_pdf(8), "digital.pdf")
    assert out.text.splitlines()[:2] == [LINE, LINE]
    assert out.metadata["ocr"]["pages"] == [{"page": 1, "read": "text-layer", "skew": 0.0, "turn": 0}]
    assert out.source.encoding == "ocr"
