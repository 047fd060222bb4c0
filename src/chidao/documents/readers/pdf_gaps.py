"""The gaps between the words of one PDF line, and which of them part two columns.

A column gap is a gap the line really has: wider than the line's own word spacing. A justified line has its
spaces stretched, all alike, so none of them parts columns however wide; a centred or indented line is one run
of words wherever it starts. Positions alone (the middle of the page, a border carried from the line above)
only say which of the wide gaps is the one between the columns.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chidao.documents.readers.pdf_lines import Char

WORD_GAP = 0.1  # line heights: a gap this wide parts two words (the loose boxes of one word's letters touch)
WIDER = 1.8  # a column gap is this many times the line's word spacing


def word_spacing(visible: list[Char], height: float) -> float:
    """The line's typical gap between words, its widest gap left out (it may be the column gap); 0 when the
    line has no other gap."""
    gaps = sorted(b.left - a.right for a, b in itertools.pairwise(visible))
    spaces = [gap for gap in gaps if gap > WORD_GAP * height][:-1]
    return spaces[len(spaces) // 2] if spaces else 0.0


def wider_than_words(gap: float, word: float) -> bool:
    """Is `gap` wider than word spacing `word` (from `word_spacing`) by enough to part two columns?"""
    return gap > WIDER * word
