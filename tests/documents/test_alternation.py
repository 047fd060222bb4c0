"""A trie-shaped alternation matches what the flat one (longest words first) matches."""

from __future__ import annotations

import random
import re

from chidao.documents.alternation import alternation, either_case

_WORDS = ("thong bao", "thong bao ket luan", "thong tu", "thong tu lien tich", "to trinh", "ke hoach", "bao cao",
          "ban", "ban sao y", "chuong trinh", "chuong trinh cong tac")


def test_trie_matches_like_the_flat_alternation() -> None:
    flat = re.compile("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_WORDS, key=len, reverse=True)) + ")")
    trie = re.compile(alternation(_WORDS))
    rng = random.Random(2)
    pieces = ("thong", "bao", "ket", "luan", "tu", "lien", "tich", "ban", "sao", "y", "chuong", "trinh", "cong",
              "tac", "to", "ke", "hoach", "cao", " ", "  ", "x")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_either_case_takes_the_first_letter_in_either_case_only() -> None:
    pattern = re.compile(either_case(["Khoản", "Điều"]))
    assert [bool(pattern.fullmatch(w)) for w in ("Khoản", "khoản", "điều", "KHOẢN", "Khoan")] == [
        True, True, True, False, False,
    ]
