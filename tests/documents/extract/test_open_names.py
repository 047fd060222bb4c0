"""`_extend_open` (the words of an open unit's name) asks its rarer questions only where they can be answered yes:
the closing mark (`./.`) only of a word holding a slash, the comma tests only where a comma follows the word."""

from __future__ import annotations

import random

from chidao.documents.extract import assignees


def test_a_closing_mark_holds_a_slash() -> None:
    pieces = ["a", "ơ", "Phú", "1", ".", "/", "./.", "/.", "-", "'", "đ"]
    rnd = random.Random(5)
    marked = 0
    for _ in range(50_000):
        word = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        if assignees._CLOSING_MARK.search(word) is not None:
            assert "/" in word, word
            marked += 1
    assert marked > 1_000


def test_comma_tests_need_a_comma() -> None:
    """The glued initials (`KH,CN&MT`) start with a comma, so they are looked for only after one."""
    for text in ("KH,CN&MT", "A,B", ",CN", "x ,CN&MT"):
        for pos in range(len(text) + 1):
            if assignees._GLUED_INITIALS.match(text, pos) is not None:
                assert text[pos] == ","
