"""A `Paragraph` hands out what the plain calls give (`clauses`, `excluded`, `assignment`, the last sentence, the
lead-in's assignment), each computed once; what it hands one caller to change is no one else's."""

from __future__ import annotations

import random
from pathlib import Path

from chidao.documents import parse
from chidao.documents.extract import tasks
from chidao.documents.extract.clauses import Assignment, assignment, clauses, excluded, shift
from chidao.documents.extract.paragraph_view import Paragraph, sentence_apart
from chidao.documents.text import FoldedText
from tests.fixtures.samples import sample_notice

CASES = Path(__file__).resolve().parents[1] / "cases"


def _paragraphs() -> list[str]:
    """The lines of our golden cases that read as paragraphs, and a few of them joined or cut."""
    lines = [
        ln.strip()
        for path in sorted(CASES.glob("*.txt"))
        for ln in path.read_bytes().decode("utf-8", "replace").splitlines()  # (a few cases are in legacy encodings)
        if len(ln.strip()) >= 20
    ]
    rnd = random.Random(13)
    picked = rnd.sample(lines, min(len(lines), 3000))
    joined = [f"{a} {b}" for a, b in zip(picked[::7], picked[1::7], strict=False)]
    cut = [p[: rnd.randrange(10, len(p))] + ":" for p in picked[::11]]
    return picked + joined + cut


def _last_sentence(text: str) -> tuple[int, int] | None:
    a, b = clauses(text)[-1]
    return (a, b) if sentence_apart(text, a) else None


def _last_request(text: str) -> tuple[int, int] | None:
    pieces = clauses(text)
    if len(pieces) < 2:
        return None
    a, b = pieces[-1]
    if not text[:a].rstrip().endswith(";"):
        return None
    found = assignment(text[a:b])
    return (a, b) if found is not None and found.mode is not None else None


def _lead_clause_assignment(text: str) -> Assignment | None:
    sentence = _last_sentence(text) or _last_request(text)
    if sentence is not None and (last := assignment(text[sentence[0] : sentence[1]])) is not None:
        return shift(last, sentence[0])
    return assignment(text)


def test_a_paragraph_view_is_the_plain_calls() -> None:
    texts = _paragraphs()
    assert len(texts) > 2000
    for text in texts:
        view = Paragraph(text)
        pieces = clauses(text)
        assert view.pieces() == pieces and view.head() == pieces[0], text
        for a, b in pieces:
            assert view.why(a, b) == excluded(text[a:b]), text
            assert view.assigned(a, b) == assignment(text[a:b]), text
        assert view.why(0, len(text)) == excluded(text), text
        assert view.last_sentence() == _last_sentence(text), text
        assert view.lead_clause_assignment() == _lead_clause_assignment(text), text


def test_an_assignment_taken_to_change_is_no_one_elses() -> None:
    text = "Sở Y tế chủ trì, phối hợp với Sở Tài chính lập dự toán. Giao Sở Nội vụ thẩm định trước ngày 15/5/2026:"
    view = Paragraph(text)
    a, b = view.pieces()[0]
    read = view.assigned(a, b)
    lead = view.lead_clause_assignment()
    assert read is not None and lead is not None
    taken = view.take_assigned(a, b, False, view.folded.part(a, b))
    assert taken is read  # handed over, not read twice
    taken.mode, taken.start = "giao", 99
    assert view.assigned(a, b) == assignment(text[a:b]) != taken  # the next reader reads the clause anew
    assert view.lead_clause_assignment() is lead and lead == _lead_clause_assignment(text)
    # a recommendations section's reading is its own
    assert view.take_assigned(a, b, True, FoldedText(text[a:b])) == assignment(text[a:b], True)


def test_one_view_per_paragraph_text_object() -> None:
    doc = parse(sample_notice(seq="3", items=4).text().encode(), name="n.txt")
    builder = tasks._Builder(doc, tasks.DocumentUnits(""), None)
    text = "Sở Y tế chủ trì thực hiện."
    same = "".join(["Sở Y tế chủ trì ", "thực hiện."])  # equal, another object
    assert builder.view(text) is builder.view(text)
    assert builder.view(same) is not builder.view(text)
