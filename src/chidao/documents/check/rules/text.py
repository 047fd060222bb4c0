"""Text-level rules over the whole of `doc.text`: repeated words, confusable and misspelt words,
unbalanced brackets and quotes, mixed tone placement, spacing around punctuation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from operator import eq
from typing import Final, TypeVar

from chidao.documents.check.rule import Context, Hit, Rule
from chidao.documents.check.scan import SAME_LINE_GAP, WORD, Scan, load, scan, screen
from chidao.documents.extract.prefilter import with_first_chars
from chidao.documents.model import Document, Span

_MAX_PAIR_DISTANCE: Final = 2000  # a bracket or quote left open longer than this is not closed by a far one


@cache
def _doubled() -> frozenset[str]:
    return frozenset(w for entry in load("words")["doubled"] for w in entry["words"])


@cache
def _doubled_utf8() -> frozenset[bytes]:
    return frozenset(w.encode() for w in _doubled())


_Word = TypeVar("_Word", str, bytes)


_JOINED = re.compile(rf"[^\W_]+(?:{SAME_LINE_GAP}[^\W_]+){{0,5}}")  # up to six words on one line, plain gaps


def repeated_words(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    seen = scan(text)
    resume = 0
    for start in _repeat_starts(seen):
        if start < resume:
            continue  # inside the phrase just reported
        end = _doubled_phrase(seen, start)
        if end is not None:
            yield Hit((start, end), f"Từ bị lặp: “{text[start:end]}”; bỏ một lần lặp")
            resume = end


def _repeat_starts(seen: Scan) -> list[int]:
    """Where the doubled phrases may start, in order: the words whose next one to three words are written
    again right after them, compared as words alone (what separates them is checked by `_doubled_phrase`).
    The words are read from the UTF-8 of the lower-cased text; offsets are found for the few starts, if any."""
    read = None if seen.fold else _utf8_words(seen.low)
    if read is None:  # the reference reading: every word with its span, lowered one by one
        spans = [m.span() for m in WORD.finditer(seen.text)]
        lows = [seen.word(a, b) for a, b in spans]
        return [spans[i][0] for i in _doubled_words(lows, _doubled())]
    data, words = read
    found = _doubled_words(words, _doubled_utf8())
    if not found:
        return []
    encoded = seen.low.encode()  # `data` before the spaces: its prefixes decode to the text's
    if len(found) > _FEW_REPEATS:
        return _starts_in_one_pass(data, encoded, found)
    padded = b" " + data + b" "  # each word between two spaces, at its byte offset plus one
    starts = []
    for i in found:
        word = b" " + words[i] + b" "
        at = -1
        for _ in range(words[:i].count(words[i]) + 1):  # to the occurrence after those of the words before
            at = padded.find(word, at + 1)
        starts.append(len(encoded[:at].decode()))  # the byte offset as a character offset
    return starts


_FEW_REPEATS: Final = 16  # more starts than this are found in one pass over the words (else each by `find`, in C)


def _starts_in_one_pass(data: bytes, encoded: bytes, found: list[int]) -> list[int]:
    """The character offsets of the words `found` (their indices, in order) of `data`: byte offsets read in one pass
    (`data` holds only spaces between words), turned into character offsets piece by piece; linear however many
    repeats a text holds (a pathological one: thousands)."""
    wanted = iter(found)
    target = next(wanted)
    starts: list[int] = []
    byte_at = char_at = 0
    for i, match in enumerate(_UTF8_WORD.finditer(data)):
        if i != target:
            continue
        at = match.start()
        char_at += len(encoded[byte_at:at].decode())
        byte_at = at
        starts.append(char_at)
        target = next(wanted, -1)
        if target < 0:
            break
    return starts


# Every ASCII character but letters and digits becomes a space by one `bytes.translate` of the UTF-8 text, and the
# usual separators outside ASCII by as many spaces as they have bytes (so byte offsets stay those of the text's).
_ASCII_GAPS = bytes(c if c >= 0x80 or chr(c).isalnum() else 0x20 for c in range(256))
_ASCII_WORD_OR_SPACE = bytes(c for c in range(0x80) if chr(c).isalnum() or c == 0x20)
_WIDE_SEPARATORS = tuple("\u00a0“”‘’…–—•·")
_UTF8_WORD = re.compile(rb"[^ ]+")  # a word of `_utf8_words`'s data, whose only separator is the space


def _utf8_words(low: str) -> tuple[bytes, list[bytes]] | None:
    """(the UTF-8 of `low` with a space for each byte of a character that is not a letter or digit, its words: the
    UTF-8 of `WORD.findall(low)`), or None for a lone surrogate (which has no UTF-8)."""
    try:
        data = low.encode().translate(_ASCII_GAPS)
    except UnicodeEncodeError:
        return None
    rest = data.translate(None, _ASCII_WORD_OR_SPACE).decode()  # the characters outside ASCII
    if rest and not rest.isalnum():
        # The separators among them (the usual ones, then any other: `§`, `÷`, a stray combining mark), found
        # in these few characters, not in the whole text.
        separators = [sep for sep in _WIDE_SEPARATORS if sep in rest]
        for sep in separators:
            rest = rest.replace(sep, "")
        if rest and not rest.isalnum():
            separators += [ch for ch in set(rest) if not ch.isalnum()]
        for sep in separators:
            data = data.replace(sep.encode(), b" " * len(sep.encode()))
    return data, data.split()


def _doubled_words(lows: list[_Word], doubled: frozenset[_Word]) -> list[int]:
    """The indices of the words that open n = 1-3 words written twice in a row (`lows[i:i+n]` equal to
    `lows[i+n:i+2n]`), a lone word only if it is one of `doubled`: all that `_doubled_phrase` can report.

    Each pass compares words in C: every word with the next one; for n = 2 and 3, only every n-th word with the
    word n further on, since of the n equal pairs of a doubled phrase one starts at a multiple of n."""
    found = {i for i in _equal_at(lows, lows[1:]) if lows[i] in doubled}
    for n in (2, 3):
        for k in _equal_at(lows[::n], lows[n::n]):
            k *= n
            found.update(i for i in range(max(0, k - n + 1), k + 1) if lows[i : i + n] == lows[i + n : i + 2 * n])
    return sorted(found)


def _equal_at(a: list[_Word], b: list[_Word]) -> Iterator[int]:
    """The indices k where `a[k] == b[k]`: compared in C into one byte each, the few equal ones then found by
    `bytes.find` (cheaper than pairing every comparison with its index)."""
    flags = bytes(map(eq, a, b))
    k = flags.find(1)
    while k >= 0:
        yield k
        k = flags.find(1, k + 1)


def _doubled_phrase(seen: Scan, start: int) -> int | None:
    """Where the doubled phrase starting at `start` ends (`đồng chí đồng chí`, `số số`), or None.

    The longest repeat first, of one to three words written twice on one line with plain spaces between.
    """
    text = seen.text
    run = _JOINED.match(seen.words_in, start)
    if run is None:
        return None
    spans = [m.span() for m in WORD.finditer(seen.words_in, start, run.end())]
    lows = [seen.word(a, b) for a, b in spans]
    for n in (3, 2, 1):
        if 2 * n > len(lows) or lows[:n] != lows[n : 2 * n]:
            continue
        first = lows[:n]
        if any(w.isdigit() or len(w) == 1 for w in first):
            continue
        if text[start].isupper() and text[spans[n][0]].islower() and not _opens(text, start):
            continue  # `Phòng Kế hoạch - Tổng hợp tổng hợp, báo cáo`: a name, then the same words as a verb
        if n == 1 and (first[0] not in _doubled() or not text[spans[1][0] : spans[1][1]].islower()):
            continue
        return spans[2 * n - 1][1]
    return None


def _opens(text: str, pos: int) -> bool:
    """Whether `pos` starts a sentence: only spaces and tabs after the start, a line break or a full stop."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] in ".!?:\n"


@dataclass(frozen=True)
class _Confusable:
    """A `confusable` entry: `written` is taken for `meant` unless one of `after` follows it or one of `before`
    precedes it. `pattern` finds, over the lower-cased text, `written` followed on its line (1-3 spaces, tabs
    or no-break spaces) by a word that is not one of `after` (group 1): `written` first, so that `re` jumps
    from one occurrence of it to the next, the next word in a lookahead, so that it may be `written` again."""

    written: str
    meant: str
    after: frozenset[str]
    before: frozenset[str]
    pattern: re.Pattern[str]


@cache
def _confusable() -> tuple[_Confusable, ...]:
    entries = []
    for e in load("words")["confusable"]:
        written, after = e["written"], sorted(e["after"], key=len, reverse=True)
        word = re.escape(written)
        nxt = rf"{SAME_LINE_GAP}(?!(?:{'|'.join(map(re.escape, after))})(?![^\W_]))([^\W_]+)"
        pattern = re.compile(rf"{word}(?<![^\W_]{word})(?![^\W_])(?={nxt})")
        entries.append(_Confusable(written, e["meant"], frozenset(after), frozenset(e["before"]), pattern))
    return tuple(entries)


def confusables(doc: Document, ctx: Context) -> Iterator[Hit]:
    seen = scan(doc.text)
    for entry in _confusable():
        if seen.fold and entry.written not in seen.low:  # else its pattern looks for it as quickly
            continue
        for start, end, following in _confused_at(seen, entry):
            preceding = seen.previous_word(start)
            if preceding is not None and seen.word(*preceding) in entry.before:
                continue
            word, nxt = doc.text[start:end], doc.text[following[0] : following[1]]
            yield Hit(
                (start, following[1]),
                f"“{doc.text[start : following[1]]}”: có lẽ là “{entry.meant} {nxt}” (nhầm “{word}” với “{entry.meant}”)",
            )


def _confused_at(seen: Scan, entry: _Confusable) -> Iterator[tuple[int, int, Span]]:
    """(start, end, the next word's span) of each `written` followed on its line by a word not in `after`."""
    if seen.fold:
        for start, end in seen.occurrences(entry.written):
            following = seen.next_word(end)
            if following is not None and seen.word(*following) not in entry.after:
                yield start, end, following
        return
    for m in entry.pattern.finditer(seen.low):
        yield m.start(), m.end(), m.span(1)


@cache
def _misspelt() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """(pattern of the misspelt words, its screen, the right spelling) for each `misspelling` entry."""
    return tuple(
        (
            with_first_chars(re.compile(
                r"(?<![^\W_])" + r"\s+".join(map(re.escape, entry["written"].split())) + r"(?![^\W_])",
                re.IGNORECASE,
            )),
            screen(entry["written"]),
            entry["meant"],
        )
        for entry in load("words")["misspelling"]
    )


def misspellings(doc: Document, ctx: Context) -> Iterator[Hit]:
    lowered = scan(doc.text).lowered
    for pattern, quick, meant in _misspelt():
        if lowered.exact and quick.search(lowered.low) is None:
            continue
        for m in pattern.finditer(doc.text):
            yield Hit(m.span(), f"Sai chính tả: “{m.group()}”, đúng là “{meant}”")


_LIST_MARKER = re.compile(r"^[ \t]*(?:[-+*•][ \t]*)?[0-9a-zđA-Z]{1,3}(?:\.[0-9a-zđ]{1,3})*\)", re.MULTILINE)


def _marks(text: str, first: str, second: str) -> Iterator[tuple[int, str]]:
    """(position, mark) of each `first` and `second` (single characters) in `text`, in order: `str.find` jumps
    from one to the next."""
    a, b = text.find(first), text.find(second)
    while a >= 0 or b >= 0:
        if b < 0 or 0 <= a < b:
            yield a, first
            a = text.find(first, a + 1)
        else:
            yield b, second
            b = text.find(second, b + 1)


def _unpaired(text: str, opener: str, closer: str, marker: Callable[[int], bool]) -> Iterator[tuple[int, str]]:
    stack: list[int] = []
    for pos, ch in _marks(text, opener, closer):
        if ch == opener:
            stack.append(pos)
        elif (stack and pos - stack[-1] < 200) or not marker(pos):
            while stack and pos - stack[-1] > _MAX_PAIR_DISTANCE:
                yield stack.pop(), opener
            if stack:
                stack.pop()
            else:
                yield pos, closer
    for pos in stack:
        yield pos, opener


def _list_marker(text: str, pos: int) -> bool:
    """Whether the `)` at `pos` ends a list marker at the start of its line (`a)`, `1.2)`)."""
    m = _LIST_MARKER.match(text, text.rfind("\n", 0, pos) + 1)
    return m is not None and m.end() - 1 == pos


def _never(pos: int) -> bool:
    return False


def brackets(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for opener, closer, marker in (("(", ")", partial(_list_marker, text)), ("[", "]", _never)):
        if opener not in text and closer not in text:
            continue
        for pos, ch in sorted(_unpaired(text, opener, closer, marker)):
            what = "mở" if ch == opener else "đóng"
            yield Hit((pos, pos + 1), f"Dấu ngoặc {what} “{ch}” không có dấu ngoặc tương ứng")


def quotes(doc: Document, ctx: Context) -> Iterator[Hit]:
    opened: int | None = None  # curly quotes alternate “ ” and do not nest
    for pos, mark in _marks(doc.text, "“", "”"):
        if mark == "“":
            if opened is not None:
                yield Hit((opened, opened + 1), "Dấu ngoặc kép “ này chưa được đóng trước dấu “ tiếp theo")
            opened = pos
        elif opened is None:
            yield Hit((pos, pos + 1), "Dấu ngoặc kép đóng ” không có dấu mở tương ứng")
        else:
            opened = None
    if opened is not None:
        yield Hit((opened, opened + 1), "Dấu ngoặc kép mở “ không được đóng")
    text = doc.text
    at = text.find('"')
    while at >= 0:  # from the line of each next straight quote mark
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text.count('"', at, end) % 2:
            last = text.rfind('"', at, end)
            yield Hit((last, last + 1), "Số dấu ngoặc kép \" trong đoạn là số lẻ: thiếu dấu đóng hoặc mở")
        at = text.find('"', end)


# An open syllable oa, oe, uy ending a word with the tone on the second vowel (old placement: hoà, uỷ) or on
# the first (new: hòa, ủy), never after q (quý). Each starts with a plain class of the first vowel, the rest
# checked behind it, so that `re` skips quickly from one o or u to the next.
_OLD = re.compile(r"[oOuU](?:(?<=[oO])[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])(?<![qQ]..)")
_NEW = re.compile(r"[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ](?:(?<=[òóỏõọÒÓỎÕỌ])[aAeE]|(?<=[ùúủũụÙÚỦŨỤ])[yY])(?![^\W\d_])(?<![qQ]..)")


# `_OLD` over the lower-cased text, whose letters are those of the text (only `O` lowers to `o`, only `Q` to `q`,
# only `À` to `à` and so on; a letter lowers to a letter, anything else to itself): a pattern per vowel, each
# starting with it, a single character that `re` looks for alone.
_OLD_LOW = (re.compile(r"o[àáảãạèéẻẽẹ](?![^\W\d_])(?<!q..)"), re.compile(r"u[ỳýỷỹỵ](?![^\W\d_])(?<!q..)"))


def tone_mix(doc: Document, ctx: Context) -> Iterator[Hit]:
    seen = scan(doc.text)
    if seen.fold:
        old = [m.span() for m in _OLD.finditer(doc.text)]
    else:
        old = sorted(m.span() for pattern in _OLD_LOW for m in pattern.finditer(seen.low))
    new = [m.span() for m in _NEW.finditer(doc.text)] if old else []
    if old and new:
        first = (old if len(old) <= len(new) else new)[0]
        start = first[0]
        while start > 0 and doc.text[start - 1].isalpha():
            start -= 1
        yield Hit(
            (start, first[1]),
            f"Văn bản dùng cả hai cách đặt dấu thanh ({len(old)} chỗ kiểu “hoà, uỷ”, {len(new)} chỗ kiểu “hòa, ủy”); "
            "cả hai đều đúng, nên thống nhất một cách",
        )


# `,;:` then a letter, or `.` then a capitalised word, after two lower-case letters: a pattern per mark, written
# mark first, a single character that `re` looks for alone.
_NO_SPACE_AFTER = tuple(
    re.compile(rf"{re.escape(mark)}(?={after})(?<=[a-zđà-ỹ]{{2}}{re.escape(mark)})")
    for mark, after in ((",", "[A-Za-zĐđÀ-ỹ]"), (";", "[A-Za-zĐđÀ-ỹ]"), (":", "[A-Za-zĐđÀ-ỹ]"),
                        (".", "[A-ZĐÀ-Ỵ][a-zđà-ỹ]"))
)
_WEB = re.compile(r"https?:|www\.|@|\.(?:vn|com|net|org|gov)\b", re.IGNORECASE)


# `,` `;` `.` after a space or tab and before one, a line break or the end of the text: a pattern per mark, the
# mark first, a single character that `re` looks for alone (fewer places to try than the spaces).
_MARK_AFTER_SPACE = tuple(
    re.compile(rf"{re.escape(mark)}(?<=[ \t]{re.escape(mark)})(?=[ \t]|$)", re.MULTILINE) for mark in ",;."
)


def space_before_punct(doc: Document, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    for mark in sorted(m.start() for pattern in _MARK_AFTER_SPACE for m in pattern.finditer(text)):
        start = mark
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and text[start - 1].isalnum():  # the spaces follow a word
            yield Hit((start, mark + 1), f"Thừa khoảng trắng trước dấu “{text[mark]}”")


def missing_space(doc: Document, ctx: Context) -> Iterator[Hit]:
    for m in sorted((m for pattern in _NO_SPACE_AFTER for m in pattern.finditer(doc.text)), key=lambda m: m.start()):
        token = re.search(r"\S*$", doc.text[max(0, m.start() - 40) : m.start()])
        rest = re.match(r"\S{0,40}", doc.text[m.end() : m.end() + 40])
        around = (token.group() if token else "") + m.group() + (rest.group() if rest else "")
        if _WEB.search(around):
            continue
        yield Hit((m.start() - len(token.group() if token else ""), m.end() + len(rest.group() if rest else "")),
                  f"Thiếu khoảng trắng sau dấu “{m.group()}”: “{around}”")


RULES = [
    Rule(
        code="text.repeated-word",
        severity="warning",
        message="Từ bị lặp",
        find=repeated_words,
        bad=("Sau khi nghe báo cáo, đồng chí đồng chí Phó Chủ tịch kết luận.", "Căn cứ Luật số số 12/2024/QH15."),
        good=("Sau khi nghe báo cáo, đồng chí Phó Chủ tịch kết luận.", "Thực hiện dần dần; người người thi đua.",
              "Phòng Kế hoạch - Tổng hợp tổng hợp, báo cáo.",
              "| Sở Y tế | Sở Y tế |", "Xử lý hành vi vi phạm; nâng cao năng lực lực lượng; Đảng ủy Ủy ban tỉnh."),
    ),
    Rule(
        code="text.confusable",
        severity="warning",
        message="Có thể nhầm từ",
        find=confusables,
        bad=("Trên cơ sở ý kiến các thành viên và đề khẩn trương hoàn thiện dự thảo, UBND tỉnh yêu cầu.",),
        good=("Các sở đề xuất giải pháp, đề ra nhiệm vụ để khẩn trương hoàn thiện; vấn đề đặt ra tại cuộc họp "
              "chuyên đề.",),
    ),
    Rule(
        code="text.misspelling",
        severity="warning",
        message="Sai chính tả",
        find=misspellings,
        bad=("Kịp thời sử lý các trường hợp vi phạm.",),
        good=("Kịp thời xử lý các trường hợp vi phạm; lịch sử lâu đời.",),
    ),
    Rule(
        code="text.bracket-unbalanced",
        severity="warning",
        message="Dấu ngoặc không cân đối",
        find=brackets,
        bad=("Hoàn thành báo cáo (trước ngày 15/11 và gửi Sở Tài chính.", "Nội dung kéo dài.) Đề nghị bổ sung."),
        good=("Các nhiệm vụ sau:\na) Hoàn thành báo cáo (trước ngày 15/11);\nb) Gửi Sở Tài chính (02 bản).\n"
              "a.1) Tổng cục trưởng (nơi đi) quyết định;\nCập nhật Quy hoạch chung (đợt\n1); và các chỉ tiêu.",),
    ),
    Rule(
        code="text.quote-unbalanced",
        severity="warning",
        message="Dấu ngoặc kép không cân đối",
        find=quotes,
        bad=("Nêu rõ “Không thực hiện kiểm định định kỳ theo quy định.", 'Chủ đề "Chuyển đổi số năm nay.'),
        good=("Chủ đề “Chuyển đổi số” và khẩu hiệu \"Vì nhân dân phục vụ\".",),
    ),
    Rule(
        code="text.tone-mixed",
        severity="info",
        message="Văn bản dùng cả hai cách đặt dấu thanh",
        find=tone_mix,
        bad=("Ủy ban nhân dân tỉnh giao Uỷ ban Mặt trận phối hợp.",),
        good=("Uỷ ban nhân dân tỉnh giao Uỷ ban Mặt trận phối hợp, bảo đảm hoà hợp.",
              "Ủy ban nhân dân tỉnh giao Ủy ban Mặt trận phối hợp, bảo đảm hòa hợp; đồng chí Thủy, quý I."),
    ),
    Rule(
        code="text.space-before-punct",
        severity="info",
        message="Thừa khoảng trắng trước dấu câu",
        find=space_before_punct,
        bad=("Thực hiện Thông tư số 86/2013/TT-BTC , Thông tư số 128/2013/TT-BTC .",),
        good=("Thực hiện Thông tư số 86/2013/TT-BTC, Thông tư số 128/2013/TT-BTC./.",),
    ),
    Rule(
        code="text.missing-space",
        severity="info",
        message="Thiếu khoảng trắng sau dấu câu",
        find=missing_space,
        bad=("Đề nghị các bộ gửi ý kiến kèm theo.Thủ tướng Chính phủ đồng ý.",),
        good=("Đề nghị các bộ gửi ý kiến kèm theo. Thủ tướng Chính phủ đồng ý; xem tại www.chinhphu.vn, "
              "TP.HCM, tỷ lệ 1,5%.",),
    ),
]
