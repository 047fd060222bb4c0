import itertools
import tomllib
from importlib import resources

import pytest

from chidao.documents.ocr.lexicon import is_modern, is_syllable, key, lexicon, variants, with_tone

_RULES = tomllib.loads(resources.files("chidao.documents.data").joinpath("ocr_syllables.toml").read_text("utf-8"))


@pytest.mark.parametrize("word", [w for ex in _RULES["examples"] for w in ex["valid"]])
def test_rule_examples_valid(word):
    assert is_syllable(word)


@pytest.mark.parametrize("word", [w for ex in _RULES["examples"] for w in ex["invalid"]])
def test_rule_examples_invalid(word):
    assert not is_syllable(word)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("hoà", "hòa", True), ("HOÀ", "hòa", True), ("thuỷ", "thủy", True), ("hòa", "hóa", False), ("đầu", "đâu", False)],
)
def test_key_ignores_tone_placement(a, b, same):
    assert (key(a) == key(b)) is same


@pytest.mark.parametrize(
    ("base", "tone", "modern", "out"),
    [("hoa", "f", False, "hòa"), ("hoa", "f", True, "hoà"), ("quyêt", "s", False, "quyết"),
     ("nguyên", "f", False, "nguyền"), ("giưa", "x", False, "giữa"), ("thuy", "r", False, "thủy"),
     ("nguơi", "f", False, "nguời"), ("ngươi", "f", False, "người"), ("cua", "r", False, "của")],
)
def test_with_tone(base, tone, modern, out):
    assert with_tone(base, tone, modern) == out


@pytest.mark.parametrize(("word", "modern"), [("hoà", True), ("hòa", False), ("khoẻ", True), ("tỉnh", None)])
def test_is_modern(word, modern):
    assert is_modern(word) is modern


@pytest.mark.parametrize(("read", "printed"), [("đâu", "đầu"), ("thâm", "thẩm"), ("chuyên", "chuyển"), ("mỏi", "môi")])
def test_variants_cover_lost_marks(read, printed):
    assert printed in variants(read)


def test_domain_examples_are_known_pairs():
    lex = lexicon()
    raw = tomllib.loads(resources.files("chidao.documents.data").joinpath("ocr_lexicon.toml").read_text("utf-8"))
    for ex in raw["examples"]:
        words = ex["phrase"].split()
        assert all(lex.pair_score(a, b) > 0 for a, b in itertools.pairwise(words))
