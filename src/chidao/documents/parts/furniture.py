"""Page furniture: what a page break or a digital signature puts into the text between a document's lines
(`2`, `- 2 -`, `Trang 2`; `Ký bởi: ...`, `Thời gian ký: ...`). Header and closing readers step over it."""

from __future__ import annotations

import re

from chidao.documents.alternation import as_written
from chidao.documents.data.formal import header_markers

_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:[Tt]rang\s+)?\d{1,3}\s*/\s*\d{1,3}$|^[Tt]rang\s+\d{1,3}$")


# The text of a digital signature's stamp, which a PDF may lay over the closing blocks.
# (`[signature_stamp]` of data/issuer_markers.toml)
_SIGNED_STAMP = re.compile(
    rf"^{as_written(header_markers().signature_stamp)}\s*:", re.IGNORECASE
)


# The file name a drafter's footer field prints (`D:\\2017\\CVUB\\uy quyen.doc`; a portal's copy may drop the colon).
_FILE_PATH = re.compile(r"^[A-Za-z]:?\\(?:[^\\]+\\)+[^\\]*$")


def is_page_furniture(text: str) -> bool:
    """`2`, `- 2 -`, `Trang 2`, `2/3`: a page break's furniture, which may fall inside the closing blocks;
    so may a digital signature's stamp (`Ký bởi: ...`, `Thời gian ký: ...`) and a footer's file name
    (`D:\\2017\\CVUB\\uy quyen.doc`)."""
    text = text.strip(" *")
    return (
        _PAGE_NUMBER.match(text) is not None
        or _SIGNED_STAMP.match(text) is not None
        or ("\\" in text and _FILE_PATH.match(text) is not None)
    )
