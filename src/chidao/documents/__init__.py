"""chidao.documents: read, parse, extract and check Vietnamese administrative documents.

Framework-free (never imports Django). Public verbs:

    >>> from chidao.documents import parse
    >>> doc = parse("notice.docx")
    >>> doc.to_json()
"""

from chidao.documents.model import Document
from chidao.documents.pipeline import parse, parse_text
from chidao.documents.readers import ReadError, read

__all__ = ["Document", "ReadError", "parse", "parse_text", "read"]
