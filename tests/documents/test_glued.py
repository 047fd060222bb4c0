"""glued.py: syllables a copy ran together, parted where the pieces make known words; the pipeline reads the
tasks through them and keeps the text as published."""

from __future__ import annotations

import inspect
import random
from pathlib import Path

import pytest

from chidao.documents import glued, legacy
from chidao.documents.pipeline import parse_text


@pytest.mark.parametrize(("text", "spaced"), glued.rules().examples)
def test_data_examples(text: str, spaced: str) -> None:
    assert glued.spaced(text) == spaced


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        pytest.param("Ủy ban nhân dân thànhphố yêu cầu", "Ủy ban nhân dân thành phố yêu cầu", id="lower-pair"),
        pytest.param("Sở Tài nguyên và Môi trườngchủ trì", "Sở Tài nguyên và Môi trường chủ trì", id="name-then-verb"),
        pytest.param("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập",
                     id="capitals-then-capitalised"),
        pytest.param("Các cơ quan, đơnvịsau đây", "Các cơ quan, đơn vị sau đây", id="three-syllables"),
        pytest.param("HĐNDhuyện quyết định", "HĐND huyện quyết định", id="abbreviation-then-word"),
    ],
)
def test_parts_glued_syllables(text: str, spaced: str) -> None:
    assert glued.spaced(text) == spaced


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Số: 15/TB-UBND; QĐ-UBNDtỉnh", id="code"),
        pytest.param("xem tại www.sotaichinh.gov.vn hoặc email: vanthu@tinh.gov.vn", id="address"),
        pytest.param("Công ty Vietcombank, Hanoi, Saigon", id="foreign-names"),
        pytest.param("ông Nguyễn Thanh Tùng, huyện Ea Kar, tỉnh KonTum", id="names"),
        pytest.param("phần mềm online, Internet, website, Zalo, Facebook", id="english"),
        pytest.param("ứng dụng VNeID, iHanoi, eCabinet", id="brands"),
    ],
)
def test_keeps_codes_names_and_foreign_words(text: str) -> None:
    assert glued.respace(text) is None


def test_original_offsets() -> None:
    text = "Giao Sở Y tế chủtrì, đềnghị các sở."
    found = glued.respace(text)
    assert found is not None
    assert found.text == "Giao Sở Y tế chủ trì, đề nghị các sở."
    start = found.text.index("đề nghị")
    assert found.original_span((start, start + len("đề nghị"))) == (text.index("đềnghị"), text.index("đềnghị") + 6)
    assert found.original(len(found.text)) == len(text)


def test_tasks_read_through_glue_and_text_kept() -> None:
    text = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Sở Giáo dục và Đào tạochủ trì, phối hợp với Sở Y tế kiểm tra bếp ăn các trường.\n"
        "2. UBND các huyện, thànhphố hoàn thành rà soát trước ngày 30/6/2026.\n"
    )
    doc = parse_text(text)
    assert doc.text == text  # the document keeps the text as published
    assert [t.assignees for t in doc.tasks] == [["Sở Giáo dục và Đào tạo"], ["UBND các huyện, thành phố"]]
    first = doc.tasks[0]
    assert first.span is not None
    assert text[first.span[0] : first.span[1]].startswith("Sở Giáo dục và Đào tạochủ trì")
    name = first.assignee_spans[0]
    assert text[name[0] : name[1]] == "Sở Giáo dục và Đào tạo"


def _case_texts() -> tuple[list[str], list[str]]:
    """Every golden case's text, and the first 40,000 words they hold (to splice new texts from)."""
    cases = Path(__file__).parent / "cases"
    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(cases.glob("*.txt"))]
    return texts, [w for t in texts for w in t.split()][:40000]


def test_quick_test_passes_every_text_a_run_is_found_in() -> None:
    """`respace` returns early when `_may_be_glued` finds nothing: sound only if every text in which the run pattern
    finds a run passes it. Checked on every golden case's text and on random joins of its words and pieces."""
    runs, quick = glued._two_vowel_groups(), glued._may_be_glued()
    texts, words = _case_texts()
    rng = random.Random(13)
    for _ in range(20000):
        picked = rng.sample(words, rng.randint(1, 4))
        cut = [w[: rng.randint(1, len(w))] if rng.random() < 0.3 else w for w in picked]
        texts.append(rng.choice(["", " ", "-"]).join(cut))
    texts += [w.upper() + v for w in ("ubnd", "hđnd", "tp") for v in ("tỉnh", "huyện", "xã", "ab")]
    found = 0
    for text in texts:
        if runs.search(text) is not None:
            found += 1
            assert quick.search(text) is not None, text
    assert found > 1000


def test_runs_are_the_pattern_s_matches() -> None:
    """`_runs` finds the words the run pattern's `finditer` matches, at the same places, reading only the words
    around the places the quick test finds."""
    runs = glued._two_vowel_groups()
    texts, words = _case_texts()
    rng = random.Random(7)
    for _ in range(5000):
        picked = rng.sample(words, rng.randint(2, 12))
        texts.append("".join(w + rng.choice([" ", "", "_", "1", ", ", "-", "\n"]) for w in picked))
    texts += ["đềnghị", "3đềnghị", "đềnghị3", "_UBNDtỉnh", "UBNDtỉnh.", "Quốcgia Website café"]
    for text in texts:
        assert glued._runs(text) == [(m.start(), m.end(), m.group()) for m in runs.finditer(text)], text


def test_a_long_word_is_cut_at_syllable_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of 20,000 letters (OCR noise, a pasted hash) is looked at only as far as a syllable can reach: a handful
    of syllable checks, not one for every cut of the word (which took minutes)."""
    if not inspect.isfunction(glued._splits.__wrapped__):  # type: ignore[attr-defined]
        pytest.skip("compiled: the source build checks it")
    calls: list[str] = []
    real = legacy.is_syllable
    monkeypatch.setattr(legacy, "is_syllable", lambda word: calls.append(word) or real(word))
    glued._splits.cache_clear()
    assert glued._splits("a" * 20_000, 3) == ()
    assert len(calls) < 50
    assert legacy.is_syllable("nghiêng") and legacy.is_syllable("NGHIÊNG") and not legacy.is_syllable("a" * 9)
