"""One paragraph of the task walk as its tests read it.

The walk asks several tests of the same paragraph: its clauses (`clauses`), whether its first clause is no task
(`excluded`), its last sentence, who its lead-in clause assigns (`lead_clause_assignment`). Each was computed anew
by every test that needed it (the item tests of `run`, `_paragraph`, `_clause_tasks`, `_lead_in`). A `Paragraph`
computes each once, on first use. The walk keeps the one of the paragraph its tests ask about (`_Builder.view`, by
the text object), so nothing is carried from one document to the next, nor from one paragraph to another that
only reads the same."""

from __future__ import annotations

from chidao.documents.extract.clauses import Assignment, assignment, clauses, excluded, shift
from chidao.documents.text import FoldedText

_UNREAD = object()  # a value not computed yet (None is an answer)


class Paragraph:
    """A paragraph's text with what the walk's tests read of it, each computed on first use (nothing before: most
    paragraphs are asked few of these). The values handed out are shared: callers read them and change none
    (`_clause_tasks` takes the assignments it changes)."""

    # what is not computed yet reads the class's value (one attribute set per paragraph, the text)
    _folded: FoldedText | None = None
    _pieces: list[tuple[int, int]] | None = None
    _why: dict[tuple[int, int], str | None] | None = None
    _assigned: dict[tuple[int, int], Assignment | None] | None = None
    _last: object = _UNREAD
    _lead: object = _UNREAD

    def __init__(self, text: str) -> None:
        self.text = text

    @property
    def folded(self) -> FoldedText:
        """The text's `FoldedText` (each clause's words are folded from the paragraph's fold)."""
        if self._folded is None:
            self._folded = FoldedText(self.text)
        return self._folded

    def pieces(self) -> list[tuple[int, int]]:
        """`clauses(text)`."""
        if self._pieces is None:
            self._pieces = clauses(self.text)
        return self._pieces

    def head(self) -> tuple[int, int]:
        """The first clause, as (start, end)."""
        return self.pieces()[0]

    def why(self, a: int, b: int, piece: FoldedText | None = None) -> str | None:
        """`excluded(text[a:b])`: why that clause is never a task, else None. `piece`: its `FoldedText`, where the
        caller has one."""
        if self._why is None:
            self._why = {}
        elif (a, b) in self._why:
            return self._why[a, b]
        if piece is None:
            piece = self.folded if a == 0 and b == len(self.text) else self.folded.part(a, b)
        found = self._why[a, b] = excluded(piece.text, piece)
        return found

    def assigned(self, a: int, b: int) -> Assignment | None:
        """`assignment(text[a:b])`, to read only (see `take_assigned`)."""
        if self._assigned is None:
            self._assigned = {}
        elif (a, b) in self._assigned:
            return self._assigned[a, b]
        piece = self.folded if a == 0 and b == len(self.text) else self.folded.part(a, b)
        found = self._assigned[a, b] = assignment(piece.text, False, piece)
        return found

    def take_assigned(self, a: int, b: int, recommending: bool, piece: FoldedText) -> Assignment | None:
        """`assignment(text[a:b], recommending)` for a caller that may change it: the one read before is handed
        over and not kept (a later reader reads the clause anew)."""
        if self._assigned is not None and not recommending and (a, b) in self._assigned:
            return self._assigned.pop((a, b))
        return assignment(piece.text, recommending, piece)

    def last_sentence(self) -> tuple[int, int] | None:
        """The last clause when it is a sentence of its own (a full stop before it), as (start, end); None for one
        sentence or a last clause that goes on from a comma."""
        if self._last is _UNREAD:
            a, b = self.pieces()[-1]
            self._last = (a, b) if sentence_apart(self.text, a) else None
        return self._last  # type: ignore[return-value]

    def _last_request(self) -> tuple[int, int] | None:
        """The last clause when a `;` opens it with a request of its own (`…; Giao Văn phòng …; trong thời gian tới yêu
        cầu các cơ quan … thực hiện các nhiệm vụ sau:`), as (start, end); else None."""
        pieces = self.pieces()
        if len(pieces) < 2:
            return None
        a, b = pieces[-1]
        if not _after_semicolon(self.text, a):
            return None
        found = self.assigned(a, b)
        return (a, b) if found is not None and found.mode is not None else None

    def lead_clause_assignment(self) -> Assignment | None:
        """Who speaks in a lead-in: the unit of its last sentence, the one that ends with `:` (`Ngày 10/9, Thường
        trực Huyện ủy nghe báo cáo. Ban Thường vụ Huyện ủy có ý kiến như sau:`), else of the whole paragraph."""
        if self._lead is _UNREAD:
            sentence = self.last_sentence() or self._last_request()
            last = assignment(self.text[sentence[0] : sentence[1]]) if sentence is not None else None
            self._lead = shift(last, sentence[0]) if last is not None and sentence is not None else assignment(self.text)
        return self._lead  # type: ignore[return-value]


def _after_semicolon(text: str, a: int) -> bool:
    """The clause starting at `a` follows a `;` (`clauses` splits there only where a new unit or request opens)."""
    return a > 0 and text[:a].rstrip().endswith(";")


def sentence_apart(text: str, a: int) -> bool:
    """The clause starting at `a` opens a sentence of its own (a full stop before it)."""
    return a > 0 and text[:a].rstrip().endswith(".")
