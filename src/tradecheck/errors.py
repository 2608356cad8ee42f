"""Exceptions the library raises; the CLI turns each into one line on stderr.

Each subclass also derives from the nearest built-in, so callers that already
catch ``ValueError`` or ``OSError`` keep working.
"""

from __future__ import annotations


class TradecheckError(Exception):
    """Base class for every error tradecheck raises on purpose."""


class InputError(TradecheckError, OSError):
    """A document or option file could not be read or understood.

    ``path`` names the file so the message can say which one.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(TradecheckError, ValueError):
    """The options given do not make sense together (bad format, output equals input...)."""


class OutputError(TradecheckError, OSError):
    """The output could not be written; nothing half-written is left behind."""


class LexiconError(TradecheckError, ValueError):
    """A word-list data file is malformed (bad row, unknown code)."""
