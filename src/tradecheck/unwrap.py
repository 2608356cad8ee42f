"""Hard-wrapped text -> one line per paragraph, at the same offsets.

Press releases, e-mailed newsletters, wire copy and text taken out of PDFs break
lines at a fixed width (about 60-100 characters), in the middle of sentences:
"... amounted to $3.6\\nbillion". Later stages read a line break as the end of a
sentence and a paragraph, so such a figure loses its scale word and its context.

:func:`unwrap` replaces each line break that only wraps a paragraph by a space
(and a carriage return before it too), so the text keeps its length and every
offset still points at the same character of the file. A text is treated as
hard-wrapped only when most of its lines that run on into another line stop at
about the same width without ending a sentence; one paragraph per line, headings
and lists are left as they are.
"""

from __future__ import annotations

import re
from functools import cache

from .numbers import scales

__all__ = ["unwrap"]

#: Lines a text needs before its layout is judged.
_MIN_LINES = 4
#: Wrapped text is narrower than this: the longest usual line (90th percentile).
_MAX_WIDTH = 120
#: A wrapped line fills at least this share of the width (shorter lines end a paragraph).
_FILL = 0.6
#: At least this share of the lines that run on must stop mid-sentence.
_MID_SENTENCE = 0.5
#: Breaks before a lowercase word, a digit or a currency sign are inside a sentence; in
#: wrapped prose at least this share of breaks are (most words are lowercase).
_INSIDE_SHARE = 0.4
_INSIDE = frozenset("0123456789$€£¥₹(")
#: A dateline opens a story: "ASTANA, 20 January (Kazinform) -", "NEW DELHI, Oct 14 (Reuters) -".
_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3},\s")
#: What a line that ends a sentence or introduces a list ends with.
_ENDS = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")
#: What a list item or a new block starts with.
_ITEM_STARTS = ("-", "*", "•", "–", "—", "#", "|", ">")


def unwrap(text: str) -> str:
    r"""``text`` with the line breaks inside hard-wrapped paragraphs turned into spaces.

    >>> wrapped = ("Trade between the two came\n"
    ...            "to $3.6 billion in 2024,\n"
    ...            "down 5.1% from 2023, the\n"
    ...            "ministry said.\n\nNext.")
    >>> unwrap(wrapped)
    'Trade between the two came to $3.6 billion in 2024, down 5.1% from 2023, the ministry said.\n\nNext.'
    >>> len(unwrap(wrapped)) == len(wrapped)
    True
    >>> unwrap("Headline without a full stop\nThe first paragraph is one long line.\nThe second one.")
    'Headline without a full stop\nThe first paragraph is one long line.\nThe second one.'
    """
    # the layout is judged on the text as written; a break inside an amount is joined whatever it is
    return _join_split_amounts(_unwrap_layout(text))


def _unwrap_layout(text: str) -> str:
    """``text`` with its paragraphs' line breaks joined when its layout is hard-wrapped."""
    if text.count("\n") < _MIN_LINES:
        return text
    lines = text.split("\n")
    body = [line.rstrip() for line in lines]
    widths = sorted(len(line) for line in body if line)
    if not widths:
        return text
    width = widths[int(0.9 * (len(widths) - 1))]
    if width > _MAX_WIDTH:
        return text
    # lines followed by another non-blank line: in wrapped text most of them stop mid-sentence
    run_on = [i for i in range(len(lines) - 1) if body[i] and body[i + 1]]
    mid = [i for i in run_on if not body[i].endswith(_ENDS)]
    if len(mid) < 3 or len(mid) < _MID_SENTENCE * len(run_on):
        return text
    # ... and the words they break before are mostly inside a sentence (lowercase, a number, a
    # currency): a table's or a list's lines each start a new thing
    inside = [i for i in mid if _inside(body[i + 1].lstrip())]
    if len(inside) < _INSIDE_SHARE * len(mid):
        return text
    out: list[str] = []
    for i, line in enumerate(lines[:-1]):
        nxt = body[i + 1].lstrip()
        if body[i] and nxt and _joins(body[i], nxt, width):
            out.append(body[i] + " " * (len(line) - len(body[i]) + 1))  # trailing spaces, "\r", "\n"
        else:
            out.append(line + "\n")
    out.append(lines[-1])
    return "".join(out)


@cache
def _split_amount() -> re.Pattern[str]:
    """A line break between a number and the scale word that goes with it ("JD149" / "million")."""
    words = sorted({s.word for s in scales() if not s.attached and s.word.islower()}, key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<=\d)[ \t]?(?P<brk>\r?\n)[ \t]?(?=(?:{alt})(?![^\W\d_]))")


def _join_split_amounts(text: str) -> str:
    """``text`` with the line breaks inside an amount turned into spaces, whatever its layout.

    No line ends on a bare number whose scale word opens the next one except by wrapping: such a break is
    inside the figure ("... a surplus of JD149\nmillion in ..."), even where the rest of the text keeps
    one paragraph per line.
    """
    if "\n" not in text:
        return text
    return _split_amount().sub(lambda m: m.group().replace("\r", " ").replace("\n", " "), text)


def _inside(line: str) -> bool:
    """Does ``line`` go on with a sentence (a lowercase word, a number, a currency)?"""
    return line[:1].islower() or line[:1] in _INSIDE


def _joins(line: str, nxt: str, width: int) -> bool:
    """Is the break between ``line`` and ``nxt`` (both stripped, non-blank) a wrap of one paragraph?"""
    if nxt.startswith(_ITEM_STARTS) or _DATELINE.match(nxt):
        return False  # a list item, a dateline: a new block
    if len(line) >= _FILL * width:
        return True  # a full line runs on; a short one ended its paragraph ...
    return not line.endswith(_ENDS) and _inside(nxt)  # ... unless it stops mid-sentence ("... $3.6" / "billion")
