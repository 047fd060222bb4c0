"""What headings and lead-in sentences pass down to the items under them, and the wording that decides it.

A `Frame` is opened by a heading (`1. Sở Xây dựng`, `I. ĐÁNH GIÁ CHUNG`) or a lead-in (`UBND tỉnh yêu cầu X thực
hiện một số nội dung sau:`) and carries an addressee, a deadline or a parent task to the items below it, or
silences them (evaluations, guidance, quoted law).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chidao.documents.extract.assignees import strip_office
from chidao.documents.extract.clauses import assignment
from chidao.documents.extract.segments import Segment
from chidao.documents.extract.units import unit_key
from chidao.documents.model import Deadline, Document, Task
from chidao.documents.text import fold

SILENT_HEADINGS = re.compile(
    r"^(?:danh gia|ket qua|muc dich|yeu cau$|muc dich, yeu cau|tinh hinh|boi canh|han che|nguyen nhan|can cu|"
    r"thuc trang|quan diem|muc tieu|mot so ket qua|khai quat|thanh phan|chu tri cuoc hop|dia diem|thoi gian|"
    r"ton tai|kho khan|vuong mac|bai hoc|uu diem|nhung mat lam duoc|ket qua dat duoc|tham quyen)"
)
_LEAD_FILLER = re.compile(
    r"\b(?:tap trung|thuc hien|trien khai|to chuc|tot|mot so|cac|nhung|noi dung|nhiem vu|cong viec|viec|cu the|"
    r"nhu|sau|day|chu yeu|trong tam|sau day|yeu cau|kien nghi|de xuat|giai phap|gom|bao gom|moi|khan truong|"
    r"nghiem tuc|co hieu qua|hieu qua|chi dao|ket luan|co trach nhiem|chiu trach nhiem|bien phap|dong bo|quyet liet)\b"
)
TARGET = re.compile(
    r"^(?:Tại\s+)?((?:(?:[Tt]rang|[Mm]ục|[Kk]hoản|[Đđ]iểm|[Pp]hần|[Đđ]iều)\s+[\dIVXa-zđ][\w.]*(?:,\s*|\s+(?=[Mm]ục|[Kk]hoản|[Pp]hần)))+)"
)
REFERS_BACK = re.compile(r"(?:các|những) (?:nội dung|ý kiến|yêu cầu|nhiệm vụ)(?: nêu)? trên")
GUIDANCE_LEAD = re.compile(r"hướng dẫn(?: bổ sung| cụ thể| thêm)?(?: một số nội dung)?(?: như sau| sau)?\s*:\s*$")
# What an issuer says of itself (`Bộ X thống nhất ...`, `Sở Y có ý kiến ...`): never its own task.
SPEECH = (
    "thong nhat", "co y kien", "nhat tri", "dong y", "ghi nhan", "huong dan", "thong bao", "tra loi", "xin",
    "tran trong", "kinh", "nhan duoc", "cam on", "da ", "dang ", "se ", "de nghi mot so", "de nghi cac noi dung",
)
# A provision quoted from a law (`Khoản 1 Điều 59 Nghị định số ... quy định: ...`): what follows is the law's text.
QUOTED_LAW = re.compile(
    r"(?:Theo quy định tại |Tại |Căn cứ )?(?:[Kk]hoản|[Đđ]iểm|[Đđ]iều)\s+[\w.]+[^:]{0,160}?quy định(?: như sau| rõ| cụ thể)?\s*:"
)
DUTY_HEADING = re.compile(r"(?:Yêu cầu|Đề nghị|Trách nhiệm|Nhiệm vụ) (?:đối với|của)\s+(.+?)[.:]?$")
# A lead-in whose subject only describes or reports (`Sở X tổng hợp, dự báo ... như sau:`) carries no one down.
DESCRIBING = (
    "huong dan", "co y kien", "thong bao", "bao cao", "danh gia", "tong hop", "du bao", "thong ke", "nhan dinh",
    "ban hanh", "de ra",
    # the unit that gives out the work of the items below (`Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:`)
    "giao nhiem vu", "giao cac nhiem vu", "phan cong nhiem vu", "giao nhiem vu cu the", "phan cong cu the",
)
DUTY_END = re.compile(r"(?:trách nhiệm|thực hiện|nhiệm vụ|như sau|sau đây|sau)\s*:\s*$")
_ROMAN_SPLIT = re.compile(r"\((?:i|ii|iii|iv|v|vi|vii|viii)\)\s*")
_HEADING_WORDS = 31  # a title has at most 30 words: `split` makes at most this many cuts, so 32 means "more"

@dataclass
class Frame:
    """What a heading or lead-in passes down to the items under it."""

    depth: int
    marked: bool
    assignees: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    deadline: Deadline | None = None
    task_id: str | None = None
    mode: str | None = None
    silent: bool = False
    reported: bool = False  # silent as a section of results or background (`I. KẾT QUẢ THỰC HIỆN`)
    recommending: bool = False  # under a `Kiến nghị, đề xuất` heading
    coordinators: list[str] = field(default_factory=list)  # a section sentence's helpers, passed to its items
    section_depth: int = 0  # depth of the numbered section an unmarked lead-in sits in
    children: list[Task] = field(default_factory=list)
    details: Task | None = None  # the task whose text takes in the topics a silent lead-in lists
    saw_items: bool = False
    marker: str | None = None  # a heading's own marker (`a)`): `a.1)` items under it sit at its depth
    whole_items: bool = False  # a duty title's: each first-level item, with all under it, is one task
    item_depth: int = 0  # the depth of those items
    item: Task | None = None  # the task of the item being read


def is_heading(seg: Segment) -> bool:
    """A title line: upper case, short and unfinished, or a short line ending with `:` that assigns nothing."""
    text = seg.text
    upper, unfinished, colon = text.isupper(), not text.endswith(",") and seg.ends_open, text.endswith(":")
    if not (upper or unfinished or colon):
        return False  # most paragraphs: no need to count their words
    words = len(text.split(None, _HEADING_WORDS))  # counts the words up to one past the longest title
    if upper and words <= 30:
        return True
    limit = 25 if 0 < seg.depth <= 3 else 16
    if unfinished and words <= limit:
        return True
    return colon and words <= 16 and assignment(text) is None


def split_roman(text: str) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """`Giao Bộ X: (i) ...; (ii) ...` → (lead-in span, item spans), else None."""
    if "(i)" not in text:  # the first mark must be `(i)`
        return None
    marks = list(_ROMAN_SPLIT.finditer(text))
    if len(marks) < 2 or not marks[0].group(0).startswith("(i)"):
        return None
    items = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        end = nxt.start() if nxt else len(text)
        items.append((m.end(), len(text[:end].rstrip(" ;"))))
    return (0, marks[0].start()), items


def pure_lead(rest: str) -> bool:
    """`... thực hiện một số nội dung sau:` says nothing beyond introducing the list."""
    words = _LEAD_FILLER.sub(" ", fold(rest).replace(":", " ")).split()
    return len(words) <= 2


def predicate_is(rest: str, verbs: tuple[str, ...]) -> bool:
    return fold(rest).lstrip(" ,").startswith(verbs)


def is_issuer(names: list[str], doc: Document) -> bool:
    """Do `names` name the issuer, or its head by office (`Chủ tịch UBND tỉnh` of `ỦY BAN NHÂN DÂN TỈNH X`)? A
    deputy (`Phó Chủ tịch UBND tỉnh`) is not the issuer: work may be his own."""
    if doc.issuer is None:
        return False
    names = [n if fold(n).startswith(("pho ", "cac pho ")) else strip_office(n) for n in names]
    issuer = fold(doc.issuer.name)
    if any(folded and folded in issuer for folded in map(fold, names)):
        return True
    spelled = unit_key(doc.issuer.name)  # `UBND huyện` for `ỦY BAN NHÂN DÂN HUYỆN YÊN SƠN`
    return any(key and spelled.startswith(key) for key in map(unit_key, names))


RECIPIENTS = re.compile(r"(?:Nơi nhận|NƠI NHẬN)\s*:?")


def introduces_items(seg: Segment, nxt: Segment | None) -> bool:
    """A numbered sentence directly followed by deeper items (without a `:`) heads them."""
    return nxt is not None and 0 < seg.depth < nxt.depth and not seg.text.rstrip().endswith(":")
