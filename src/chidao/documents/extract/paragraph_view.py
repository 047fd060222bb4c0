"""One paragraph of the task walk as its tests read it.

The walk asks several tests of the same paragraph: its clauses (`clauses`), whether its first clause is no task
(`excluded`), its last sentence, who its lead-in clause assigns (`lead_clause_assignment`). Each was computed anew
by every test that needed it (the item tests of `run`, `_paragraph`, `_clause_tasks`, `_lead_in`). A `Paragraph`
computes each once, on first use, and keeps it while the document is read; the walk keeps one per paragraph text
object (`_Builder.view`), so nothing is carried from one document to the next, nor from one paragraph to another
that only reads the same."""

from __future__ import annotations

from chidao.documents.extract.clauses import Assignment, assignment, clauses, excluded, shift
from chidao.documents.text import FoldedText

_UNREAD = object()  # a value not computed yet (None is an answer)


class Paragraph:
    """A paragraph's text with what the walk's tests read of it, each computed on first use. The values handed
    out are shared: callers read them and change none (`_clause_tasks` takes the assignments it changes)."""

    __slots__ = ("_assigned", "_last", "_lead", "_pieces", "_why", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = FoldedText(text)  # each clause's words folded from the paragraph's fold
        self._pieces: list[tuple[int, int]] | None = None
        self._why: dict[tuple[int, int], str | None] = {}
        self._last: object = _UNREAD
        self._lead: object = _UNREAD
        self._assigned: dict[tuple[int, int], Assignment | None] = {}

    def pieces(self) -> list[tuple[int, int]]:
        """`clauses(text)`."""
        if self._pieces is None:
            self._pieces = clauses(self.text)
        return self._pieces

    def why(self, a: int, b: int) -> str | None:
        """`excluded(text[a:b])`: why that clause is never a task, else None."""
        key = (a, b)
        if key in self._why:
            return self._why[key]
        found = self._why[key] = excluded(self.text[a:b], self.folded.part(a, b))
        return found

    def head(self) -> tuple[int, int]:
        """The first clause, as (start, end)."""
        return self.pieces()[0]

    def assigned(self, a: int, b: int) -> Assignment | None:
        """`assignment(text[a:b])`, to read only (see `take_assigned`)."""
        key = (a, b)
        if key in self._assigned:
            return self._assigned[key]
        found = self._assigned[key] = assignment(self.text[a:b], False, self.folded.part(a, b))
        return found

    def take_assigned(self, a: int, b: int, recommending: bool, piece: FoldedText) -> Assignment | None:
        """`assignment(text[a:b], recommending)` for a caller that may change it: the one read before is handed
        over and not kept (a later reader reads the clause anew)."""
        if not recommending and (a, b) in self._assigned:
            return self._assigned.pop((a, b))
        return assignment(piece.text, recommending, piece)

    def last_sentence(self) -> tuple[int, int] | None:
        """The last clause when it is a sentence of its own (a full stop before it), as (start, end); None for one
        sentence or a last clause that goes on from a comma."""
        if self._last is _UNREAD:
            a, b = self.pieces()[-1]
            self._last = (a, b) if sentence_apart(self.text, a) else None
        return self._last  # type: ignore[return-value]

    def lead_clause_assignment(self) -> Assignment | None:
        """Who speaks in a lead-in: the unit of its last sentence, the one that ends with `:` (`Ngày 10/9, Thường
        trực Huyện ủy nghe báo cáo. Ban Thường vụ Huyện ủy có ý kiến như sau:`), else of the whole paragraph."""
        if self._lead is _UNREAD:
            sentence = self.last_sentence()
            last = assignment(self.text[sentence[0] : sentence[1]]) if sentence is not None else None
            self._lead = shift(last, sentence[0]) if last is not None and sentence is not None else assignment(self.text)
        return self._lead  # type: ignore[return-value]


def sentence_apart(text: str, a: int) -> bool:
    """The clause starting at `a` opens a sentence of its own (a full stop before it)."""
    return a > 0 and text[:a].rstrip().endswith(".")
