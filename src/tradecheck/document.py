"""The unit that flows into the pipeline: one document's decoded text and metadata."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A decoded, NFC-normalised document.

    ``name`` is what the claims table shows in its ``doc`` column: the path
    relative to the folder given, the file name when a file was given, ``-``
    for stdin. Offsets in the claims table index ``text``.
    """

    name: str
    text: str
    date: dt.date | None = None
    publisher: str = ""
    url: str = ""
    title: str = ""
    #: Where ``text`` starts in the whole decoded file. A very large file is
    #: handed over in several parts (split at line breaks) so memory stays
    #: bounded; claim offsets add this so they index the whole file.
    offset: int = 0
