"""Quyền hạn, chức vụ, họ tên người ký (ô 7): the authority chain of ND30 Điều 13 and its printed form.

Valid chains: `[TM. <tập thể>] [Q.|KT. <thủ trưởng>] <chức vụ> <họ tên>`, `TL. <thủ trưởng> [KT. <trưởng
đơn vị>] …`, `TUQ. <thủ trưởng> …`. Party documents (HD 36) write `T/M`, `K/T`, `T/L`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from chidao.documents.check import samples
from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import load, tone_neutral
from chidao.documents.model import Document, Signature

_MARKER = re.compile(r"^[ \t]*(T/M|K/T|T/L|TUQ|TM|KT|TL|Q)(\.?)[ \t]+[A-ZĐÀ-Ỹ]", re.MULTILINE)
_EXPORT = "; có thể do bản xuất làm mất"


def _norm(marker: str) -> str:
    return marker.upper().replace("/", "").replace(".", "").strip()


def _upper(s: str | None) -> str:
    return tone_neutral(" ".join((s or "").upper().split()))


@cache
def _deputy_pairs() -> tuple[tuple[str, str], ...]:
    """(head, deputy) title pairs, in the form `_upper` gives."""
    return tuple((_upper(h), _upper(d)) for h, d in load("signature")["deputies"]["pairs"])


@cache
def _heads() -> frozenset[str]:
    """Titles of the head of a body (not a collective), in the form `_upper` gives."""
    return frozenset(_upper(t) for t in load("signature")["heads"]["titles"])


def _is_deputy(title: str, head: str) -> bool:
    if any(h in head and d in title for h, d in _deputy_pairs()):
        return True
    if not title.startswith("PHÓ "):
        return False
    own = title[4:]
    return any(part.strip() and (part.strip() in own or own in part.strip()) for part in head.split(","))


def authority(doc: Document, sig: Signature) -> list[tuple[str, str]]:
    """The (marker, of) lines of a signature block as printed: only lines that start with a marker, so a
    `Lưu: VT, KTN.` above the block is never read as a `KT.` line."""
    if sig.span is None:
        return [(_norm(a.marker), _upper(a.of)) for a in sig.authority]
    found = []
    for m in _MARKER.finditer(doc.text, sig.span[0], sig.span[1]):
        line_end = doc.text.find("\n", m.start())
        rest = doc.text[m.end(2) : line_end if 0 <= line_end <= sig.span[1] else sig.span[1]]
        found.append((_norm(m.group(1)), _upper(rest.strip(" |*"))))
    return found


def chain_problems(chain: list[tuple[str, str]], title: str | None) -> list[str]:
    """Why the authority chain is not one Điều 13 allows (empty when it is)."""
    markers = [m for m, _ in chain]
    problems = []
    if "TUQ" in markers and "KT" in markers[markers.index("TUQ") + 1 :]:
        problems.append("người được ủy quyền (TUQ.) không được giao ký thay (KT.) tiếp")
    if "TL" in markers and "KT" in markers and markers.index("TL") > markers.index("KT"):
        problems.append("TL. không đứng sau KT.")
    heads = _heads()
    for marker, of in chain:
        if marker == "TM" and of in heads:
            problems.append(f"TM. đi với tên tập thể, không đi với chức vụ “{of}”")
    if chain and chain[-1][0] == "KT" and title and _upper(title) == chain[-1][1]:
        problems.append(f"cấp trưởng ký thì không ghi KT.; cấp phó ký thay thì chức vụ là cấp phó, không phải “{title}”")
    return problems


def doubled_markers(chain: list[tuple[str, str]]) -> list[str]:
    """Markers printed twice in one block: wrong in one signature, but two blocks of a joint document
    flattened by an export look the same, so this is a warning, not an error."""
    markers = [m for m, _ in chain]
    return [m for m in ("KT", "TL", "TM", "TUQ") if markers.count(m) > 1]


def missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    if not doc.signatures and not _MARKER.search(doc.text, max(0, len(doc.text) - 3000)):
        yield Hit(None, "Không thấy quyền hạn, chức vụ, họ tên người ký" + _EXPORT)


def chain(doc: Document, ctx: Context) -> Iterator[Hit]:
    for sig in doc.signatures:
        source = "Hướng dẫn 36-HD/VPTW" if doc.family == "party" else "Điều 13 Nghị định 30/2020"
        chain = authority(doc, sig)
        for problem in chain_problems(chain, sig.title):
            yield Hit(sig.span, f"Thẩm quyền ký không đúng {source}: {problem}")
        for marker in doubled_markers(chain):
            yield Hit(sig.span, f"Hai dòng {marker}. trong một khối chữ ký (trừ văn bản liên tịch)", "warning")


def deputy(doc: Document, ctx: Context) -> Iterator[Hit]:
    for sig in doc.signatures:
        chain = authority(doc, sig)
        if not chain or chain[-1][0] != "KT" or not sig.title or not chain[-1][1]:
            continue
        title, head = _upper(sig.title), chain[-1][1]
        if title != head and not _is_deputy(title, head):
            yield Hit(sig.span, f"Ký thay (KT.) “{head}” nhưng chức vụ người ký “{sig.title}” không phải cấp phó "
                                "của chức vụ đó")


def marker_form(doc: Document, ctx: Context) -> Iterator[Hit]:
    for sig in doc.signatures:
        if sig.span is None:
            continue
        for m in _MARKER.finditer(doc.text, sig.span[0], sig.span[1]):
            marker, dot = m.group(1), m.group(2)
            span = (m.start(1), m.end(2))
            if doc.family == "party" and "/" not in marker and marker != "Q":
                yield Hit(span, f"Văn bản của Đảng ghi “{marker[0]}/{marker[1:]}” (HD 36), không ghi “{marker}.”", "info")
            elif doc.family != "party" and "/" in marker:
                yield Hit(span, f"Văn bản hành chính ghi “{_norm(marker)}.”, không ghi “{marker}” (cách ghi của Đảng)")
            elif doc.family != "party" and not dot:
                yield Hit(span, f"Sau chữ viết tắt quyền hạn ký phải có dấu chấm: “{marker}.”")


def title_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    for sig in doc.signatures:
        chain = authority(doc, sig) or [(_norm(a.marker), a.of) for a in sig.authority]
        if chain and chain[-1][0] != "Q" and not sig.title:  # `Q. GIÁM ĐỐC` is itself the acting head's title
            yield Hit(sig.span, "Thiếu dòng chức vụ của người ký dưới dòng quyền hạn ký" + _EXPORT)


def name_missing(doc: Document, ctx: Context) -> Iterator[Hit]:
    for sig in doc.signatures:
        if not sig.name:
            yield Hit(sig.span, "Thiếu họ tên người ký" + _EXPORT)


@cache
def _honorific_line() -> re.Pattern[str]:
    """A line that starts with honorifics (`TS.`, `PGS.TS.`) before a name; the longest prefix tried first."""
    prefixes = sorted(load("signature")["honorifics"]["prefixes"], key=len, reverse=True)
    return re.compile(r"^[ \t]*((?:" + "|".join(map(re.escape, prefixes)) + r")+)[ \t]*[A-ZĐÀ-Ỹ][^\W\d_]+[ \t]+[A-ZĐÀ-Ỹ]",
                      re.MULTILINE)


def honorific(doc: Document, ctx: Context) -> Iterator[Hit]:
    line = _honorific_line()
    for sig in doc.signatures:
        if sig.span is None:
            continue
        m = line.search(doc.text, sig.span[0], min(len(doc.text), sig.span[1] + 120))
        if m:
            yield Hit(m.span(1), f"Không ghi học hàm, học vị “{m.group(1)}” trước họ tên người ký")


def title_undefined(doc: Document, ctx: Context) -> Iterator[Hit]:
    for sig in doc.signatures:
        title = _upper(sig.title)
        for word in ("THƯỜNG TRỰC", "PHỤ TRÁCH"):
            if word in title:
                yield Hit(sig.span, f"Chức vụ “{sig.title}”: chỉ ghi chức danh lãnh đạo chính thức, không thêm "
                                    f"“{word.lower()}”")


RULES = [
    Rule(
        code="signature.missing",
        severity="warning",
        message="Thiếu chữ ký",
        find=missing,
        bad=(samples.state(signature=""),),
        good=(samples.state(), samples.party(), samples.letter()),
    ),
    Rule(
        code="signature.chain",
        severity="error",
        message="Thẩm quyền ký không đúng",
        find=chain,
        bad=(samples.state(signature="TUQ. CHỦ TỊCH\nKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn An"),
             samples.state(signature="KT. CHỦ TỊCH\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\nNguyễn Văn An"),
             samples.state(signature="TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An"),
             samples.state(signature="KT. CHỦ TỊCH\nCHỦ TỊCH\n\n\nNguyễn Văn An"),
             samples.state(signature="KT. CHỦ TỊCH\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn An")),
        good=(samples.state(), samples.letter(),
              samples.state(signature="TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nNguyễn Văn An"),
              samples.state(signature="TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ\n\n\nNguyễn Văn An")),
    ),
    Rule(
        code="signature.deputy-title",
        severity="warning",
        message="Chức vụ người ký thay không khớp với dòng KT.",
        find=deputy,
        bad=(samples.state(signature="KT. CHỦ TỊCH\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn An"),),
        good=(samples.letter(), samples.state(signature="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\nNguyễn Văn An"),
              samples.state(signature="KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n\nNguyễn Văn An")),
    ),
    Rule(
        code="signature.marker-form",
        severity="warning",
        message="Cách ghi quyền hạn ký chưa đúng",
        find=marker_form,
        bad=(samples.state(signature="K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An"),
             samples.party(signature="TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n\nLê Văn Cường")),
        good=(samples.state(), samples.letter(), samples.party()),
    ),
    Rule(
        code="signature.title-missing",
        severity="warning",
        message="Thiếu chức vụ người ký",
        find=title_missing,
        bad=(samples.state(signature="KT. CHỦ TỊCH\n\n\nNguyễn Văn An"),),
        good=(samples.state(), samples.letter(), samples.party(),
              samples.state(signature="Q. GIÁM ĐỐC\n\n\nNguyễn Văn An")),
    ),
    Rule(
        code="signature.name-missing",
        severity="warning",
        message="Thiếu họ tên người ký",
        find=name_missing,
        bad=(samples.state(signature="TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"),),
        good=(samples.state(), samples.letter(), samples.party()),
    ),
    Rule(
        code="signature.honorific",
        severity="warning",
        message="Không ghi học hàm, học vị trước họ tên người ký",
        find=honorific,
        bad=(samples.state(signature="TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\nTS. Nguyễn Văn An"),),
        good=(samples.state(),),
    ),
    Rule(
        code="signature.title-undefined",
        severity="info",
        message="Chức vụ người ký không phải chức danh chính thức",
        find=title_undefined,
        families=("state",),
        bad=(samples.state(signature="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n\n\nNguyễn Văn An"),),
        good=(samples.state(), samples.letter()),
    ),
]
