"""Paths, stdin, HTML and PDF -> :class:`~tradecheck.document.Document` objects.

This is the first stage of the pipeline. It finds the files to read, decodes
them (UTF-8, UTF-16/32 with a byte-order mark, else a legacy code page such as
cp1252 or cp1251), normalises the text to NFC, joins hard-wrapped lines
(:mod:`tradecheck.unwrap`) and attaches metadata from a
``--meta`` CSV, the HTML page or a dateline at the top of the text.

Problems with single inputs (a missing path, a binary file, an empty file) are
not fatal: each one is handed to ``on_problem`` and the next input is read.
Only a broken ``--meta`` file raises, because it concerns every document.

Large text files are read in two streaming passes (check and hash, then decode)
and handed over in parts of at most ``max_part_chars`` characters, so memory
stays bounded whatever the file size. HTML and PDF files are read whole.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from tradecheck.document import Document
from tradecheck.errors import InputError, UsageError
from tradecheck.unwrap import unwrap

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Problem",
    "bundled_seeds",
    "find_dateline",
    "normalise_text",
    "is_candidate",
    "read_documents",
]

#: Suffixes read from folders when no ``--glob`` is given.
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".text", ".html", ".htm", ".pdf")
_HTML_SUFFIXES = frozenset({".html", ".htm"})

#: Bytes read per step while streaming a file.
_CHUNK = 1 << 20
#: Files up to this size are kept in memory between the check pass and the decode pass.
_KEEP_IN_MEMORY = 8 << 20
#: How much of a non-UTF-8 file the encoding detector looks at.
_DETECT_SAMPLE = 16 << 10
#: How far into the text a dateline may start.
_DATELINE_WINDOW = 400


@dataclass(frozen=True)
class Problem:
    """A non-fatal input problem: the input is reported and (unless ``skipped`` is False) skipped."""

    path: str
    reason: str
    skipped: bool = True  # False for a notice that loses nothing (meta rows naming unread documents)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _ignore(problem: Problem) -> None:
    """Default ``on_problem``: skip quietly (the CLI passes its own reporter)."""


def bundled_seeds() -> Path:
    """The seed corpus folder shipped with tradecheck.

    Inside an installed wheel it is the ``tradecheck/seeds`` package folder; in
    an editable install (a source checkout) it is the repository's ``seeds/``.
    """
    from importlib.resources import files

    packaged = files("tradecheck") / "seeds"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "seeds"


# --------------------------------------------------------------------------- datelines

_MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Longest first so "September" is not read as "Sep" + "tember".
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:19|20)\d{2})\b"

_MONTH_FIRST = re.compile(
    rf"""
    \b(?P<month>{_MONTH_ALT})\.?   # "April", "Dec", "Sept."
    \s+{_DAY}                      # "16th", "07"
    ,?\s+{_YEAR}                   # ", 2025" or " 2025"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_DAY_FIRST = re.compile(
    rf"""
    \b{_DAY}                       # "21", "16th"
    \s+(?:of\s+)?                  # "16th of April"
    (?P<month>{_MONTH_ALT})\b\.?   # "May", "Dec."
    ,?\s+{_YEAR}                   # ", 2024"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_FIRST = re.compile(
    r"""
    (?<![\d.,/-])                  # not the tail of a longer number
    (?P<year>(?:19|20)\d{2})
    (?P<sep>[-/.])                 # 2024-05-21, 2024/05/21, 2024.05.21
    (?P<month>\d{1,2})
    (?P=sep)
    (?P<day>\d{1,2})
    (?![\d.,]\d|\d)                # nothing numeric glued to the end
    """,
    re.VERBOSE,
)
_NUMERIC = re.compile(
    r"""
    (?<![\d.,/-])                  # not the tail of a longer number
    (?P<a>\d{1,2})
    (?P<sep>[/.-])                 # 21/05/2024, 21.05.2024, 05-21-2024
    (?P<b>\d{1,2})
    (?P=sep)
    (?P<year>(?:19|20)\d{2})
    (?![\d.,]\d|\d)                # nothing numeric glued to the end
    """,
    re.VERBOSE,
)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_day_month(a: int, b: int, sep: str = "/") -> tuple[int, int] | None:
    """(day, month) for "a/b/yyyy" when only one reading is possible, else None. Dots are day first
    ("03.11.2025", as Europe and the former Soviet states write); month-first writers use slashes."""
    if sep == "." and b <= 12:
        return a, b
    if a == b:
        return a, b
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    return None  # 05/06/2024: June 5 or May 6, we cannot tell


def find_dateline(text: str) -> dt.date | None:
    """The publication date stated near the top of ``text``, if any.

    Looks at the first ~400 characters for a full date (day, month and year):
    "Updated April 16th 2025, 14:19 IST", "21 May, 2024 14:14", "2024-05-21",
    "Published: Dec 07, 2023 08:34 PM". Numeric day/month forms count only when
    unambiguous (one part above 12). The earliest date wins.

    >>> find_dateline("Published: Dec 07, 2023 08:34 PM")
    datetime.date(2023, 12, 7)
    >>> find_dateline("In 2024 trade grew") is None
    True
    >>> find_dateline("Baku, 03.11.2025 - trade grew")
    datetime.date(2025, 11, 3)
    """
    head = text[: _DATELINE_WINDOW + 40]
    found: list[tuple[int, dt.date]] = []
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for m in pattern.finditer(head):
            date = _safe_date(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
            if date is not None:
                found.append((m.start(), date))
    for m in _YEAR_FIRST.finditer(head):
        date = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if date is not None:
            found.append((m.start(), date))
    for m in _NUMERIC.finditer(head):
        # "03.11.2025" is a date; "1.2.2024" a version and "12.05.2024%" a rate
        dotted = m["sep"] == "." and len(m["a"]) == len(m["b"]) == 2 and not head.startswith("%", m.end())
        day_month = _numeric_day_month(int(m["a"]), int(m["b"]), "." if dotted else "/")
        if day_month is not None:
            date = _safe_date(int(m["year"]), day_month[1], day_month[0])
            if date is not None:
                found.append((m.start(), date))
    found = [(start, date) for start, date in found if start < _DATELINE_WINDOW]
    return min(found, key=lambda item: item[0])[1] if found else None


#: Words that say a name is a news outlet's: "KYODO NEWS", "Khmer Times", "Business Standard"
_OUTLET_WORDS = (
    r"NEWS|PRESS|AGENCY|TIMES|POST|WIRE|HERALD|TRIBUNE|JOURNAL|DAILY|GAZETTE|EXPRESS|STANDARD|TELEGRAPH|"
    r"CHRONICLE|OBSERVER|GUARDIAN|MAIL|RECORDER|NATION|STAR|REVIEW|INSIDER|MONITOR|TODAY"
)
_OUTLET_PART = re.compile(r"\b(?:" + _OUTLET_WORDS + r")\b(?!\s+(?:REPORT|DESK)\b)", re.IGNORECASE)
#: A byline that names neither a writer nor the outlet: "Staff Reporter", "NEWS DESK", "Our Correspondent"
_STAFF_BYLINE = re.compile(r"(?:staff|news|our|web)\s+(?:report|reporter|desk|correspondent|writer)", re.IGNORECASE)

#: A wire dateline: a place in capitals, maybe a date, the agency in brackets, then a dash or colon.
_AGENCY = r"[A-Z][\w&.’' -]{0,38}?"  # "Reuters", "PTI", "Interfax", "AFP" inside the brackets
_AGENCY_DATELINE = re.compile(
    r"^[ \t]*(?:"
    r"[A-Z][A-Z .'’-]{1,40}(?:/[A-Z][A-Za-z .'’-]{1,30})?"  # "NEW DELHI", "BEIJING/HONG KONG"
    r"(?:[,.]\s*[^()\n]{1,30}?)?"  # ", Nov 7", ", March 3, 2025", "MOSCOW. Feb 12"
    r"\s*\((?P<agency>" + _AGENCY + r")\)\s*[-–—:]"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"  # "Nairobi (AFP) -": a place as written, then a dash only
    r"(?:,\s*[^()\n]{1,30}?)?\s*\((?P<wire>" + _AGENCY + r")\)\s*[-–—]"
    # "ASTANA. KAZINFORM –": the place and the agency both in capitals, a full stop between them
    r"|[A-Z][A-Z'’-]{2,20}(?:[ -][A-Z][A-Z'’-]{1,20})?\.[ \t]+(?P<caps>[A-Z][A-Z&]{2,20})[ \t]*[–—-]"
    # "KYODO NEWS - Aug 20, 2025": an outlet whose name says it is one, a dash, then the date
    r"|(?P<outlet>[A-Z][A-Z&]{1,20}(?:[ \t][A-Z][A-Z&]{1,20}){0,2}[ \t](?i:" + _OUTLET_WORDS + r"))"
    r"[ \t]*[–—-][ \t]*(?=[A-Z][a-z]{2,8}\.?[ \t]+\d|\d{1,2}[ \t]+[A-Z])"
    r")",
    re.MULTILINE,
)


#: "Mint | New Delhi | 12 May 2025": a line of "|"-separated parts, one a date with its year
_MASTHEAD = re.compile(
    r"^[ \t]*(?P<outlet>[A-Z][^|\d\n]{1,40}?)[ \t]*\|(?=[^\n]*\b(?:19|20)\d\d\b)[^\n]*$", re.MULTILINE
)


def normalise_text(raw: str) -> str:
    """Decoded text as every later stage reads it: NFC, hard-wrapped lines joined (same length)."""
    return unwrap(unicodedata.normalize("NFC", raw))


def find_agency(text: str) -> str:
    r"""The news agency named in a wire dateline near the top of ``text``, else "".

    >>> find_agency("China's exports\n\nBEIJING, Nov 7 (Reuters) - China's exports grew")
    'Reuters'
    >>> find_agency("NEW DELHI, March 3, 2025 (PTI) – India's exports rose")
    'PTI'
    >>> find_agency("Exports rose (about 5%) - officials said")
    ''
    >>> find_agency("MOSCOW. Feb 12 (Interfax) - Trade between Russia and India rose")
    'Interfax'
    >>> find_agency("Nairobi (AFP) - Kenya's tea exports fell")
    'AFP'
    >>> find_agency("Trade up\n\nALMATY. KAZINFORM – In January-May, trade rose")
    'KAZINFORM'
    >>> find_agency("Trade up\n\nKYODO NEWS - Aug 20, 2025 - Japan's exports fell")
    'KYODO NEWS'
    >>> find_agency("EU-UK TRADE - Exports rose")
    ''
    >>> find_agency("Trade rises\n\nBusiness Standard | New Delhi | November 18, 2024\n\nIndia's exports rose")
    'Business Standard'
    >>> find_agency("Trade rises\nBy Ana Lima | VeriFact | October 9, 2025\n\nThe deficit rose")
    'VeriFact'
    >>> find_agency("Trade rises\nBy Ana Lima | New Delhi | October 9, 2025\n\nThe deficit rose")
    ''
    >>> find_agency("Trade rises\n\nLina Sok | Phnom Penh Post | 13 October 2025 | 08:12\n\nExports rose")
    'Phnom Penh Post'
    >>> find_agency("Trade rises\n\nSTAFF REPORT | LAHORE | Published July 22, 2025\n\nExports rose")
    ''
    """
    m = _AGENCY_DATELINE.search(text, 0, _DATELINE_WINDOW + 80)
    if m:
        return (m["agency"] or m["wire"] or m["caps"] or m["outlet"]).strip()
    # a masthead line: "Business Standard | New Delhi | November 18, 2024" (the outlet comes first,
    # after a byline if there is one: "By Ana Lima | VeriFact | October 9, 2025")
    bar = _MASTHEAD.search(text, 0, _DATELINE_WINDOW + 80)
    if bar is None:
        return ""
    parts = [part.strip() for part in bar.group().split("|")]
    # a part whose words say it is an outlet ("Chea Sokunthea | Khmer Times | 13 October 2025")
    named = next((p for p in parts if _OUTLET_PART.search(p) and not _dated_or_place(p)), None)
    if named is not None:
        return named
    outlet = bar["outlet"].strip()
    if _STAFF_BYLINE.fullmatch(outlet):
        return ""  # "STAFF REPORT | LAHORE | ...": the outlet is not named ("ET Bureau" names it)
    if not _BYLINE.match(outlet):
        return outlet
    return next((p for p in parts[1:] if p and not _BYLINE.match(p) and not _dated_or_place(p)), "")


#: Words that end an official body's name ("Kenya National Bureau of Statistics", "Vietnam Customs")
_BODY_END = r"Statistics|Customs|Treasury|Administration|Service"
#: A line of capitalised words (and the small words of a name): "BANK OF TANZANIA", "Statistics Canada"
_NAME_LINE = re.compile(r"(?:the\s+)?[A-Z][\w'’.&-]*(?:[ \t]+(?:of|for|and|the|&|[A-Z][\w'’.&-]*)){0,7}", re.IGNORECASE)


@cache
def _body_word() -> re.Pattern[str]:
    """A word of an official body's name: the institution nouns, and the words that end such a name."""
    from tradecheck.countries import INSTITUTION_NOUNS

    return re.compile(r"\b(?:" + "|".join((*INSTITUTION_NOUNS, _BODY_END)) + r")\b", re.IGNORECASE)


def find_letterhead(text: str) -> str:
    r"""The official body whose name is a line of its own at the top, as on a release's letterhead, else "".

    The line must be a name alone: it ends with the country ("Bank of Tanzania") or with the
    body's own word ("Kenya National Bureau of Statistics"), and names the country it reports for.

    >>> find_letterhead("BANK OF TANZANIA\nMonthly Economic Review - June 2025\n")
    'BANK OF TANZANIA'
    >>> find_letterhead("\nStatistics Canada\n\nThe Daily, Thursday, May 7, 2026\n")
    'Statistics Canada'
    >>> find_letterhead("Central Bank of Nigeria Holds Rates\n\nABUJA - The bank held rates")
    ''
    >>> find_letterhead("Ministry of Commerce\nPress release\n")
    ''
    >>> find_letterhead("PRESS RELEASE\nTrade Policy Unit (TPU)\nMinistry of Foreign Affairs of Chile\n")
    'Ministry of Foreign Affairs of Chile'
    """
    from tradecheck.countries import find_countries, reporter_of

    body = _body_word()
    lines = [line.strip() for line in text[:_DATELINE_WINDOW].splitlines() if line.strip()]
    for line in lines[:3]:
        if len(line) > 80:
            break  # the text has begun
        if not _NAME_LINE.fullmatch(line) or reporter_of(line) is None:
            continue
        body_end = body.fullmatch(line.split()[-1])
        country_end = any(m.end == len(line) for m in find_countries(line))
        if body.search(line) and (body_end or country_end):
            return line
    return ""


def _dated_or_place(part: str) -> bool:
    """A masthead part that is a date or a place ("October 9, 2025", "New Delhi"), not an outlet."""
    from tradecheck.countries import find_countries

    return bool(re.search(r"\d", part)) or any(m.start == 0 and m.end == len(part) for m in find_countries(part))


#: a writer's credit, not an outlet: "By Ana Lima", "by Staff Reporter"
_BYLINE = re.compile(r"[Bb][Yy]\s+\S")


# --------------------------------------------------------------------------- decoding

# (magic bytes, offset, what it is). Text never starts like these.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"WEBP", 8, "WebP image"),
    (b"PK\x03\x04", 0, "zip archive"),
    (b"PK\x05\x06", 0, "zip archive"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"BZh", 0, "bzip2 archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\x28\xb5\x2f\xfd", 0, "zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "MS Office document"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"PAR1", 0, "Parquet file"),
    (b"\x7fELF", 0, "executable"),
    (b"\xca\xfe\xba\xbe", 0, "Java class file"),
    (b"\x00asm", 0, "WebAssembly module"),
    (b"ID3\x03", 0, "MP3 audio"),
    (b"ID3\x04", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg media"),
    (b"fLaC", 0, "FLAC audio"),
    (b"ftyp", 4, "MP4 media"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Legacy code pages tried in this order; an earlier one wins a tie. The
#: detector (charset-normalizer) adds its own candidates after these.
_LEGACY_FIRST: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "cp1254",
    "cp1250",
    "iso8859-15",
    "cp1253",
    "cp1257",
    "koi8-r",
    "iso8859-1",
)
#: Above this share of implausible words/characters a decoding is rejected.
_MAX_IMPLAUSIBILITY = 0.35
_TRIED = "tried utf-8, utf-16, cp1252, cp1251, cp1250..."

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ODD_CHAR = re.compile(r"[^\t\n\r\f\v\x20-\x7e]")
_SYMBOLS_OK = frozenset("©®°™№")
#: Non-letters that real words contain: apostrophes, the Catalan middle dot.
_INSIDE_WORDS_OK = frozenset("’‘·\u00ad")
#: Icelandic letters: what Turkish ğ and ş (cp1254) become in cp1252; rare in trade news.
_RARE_LETTERS = frozenset("ÐðÞþ")


def _binary_kind(head: bytes) -> str | None:
    for magic, offset, what in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if magic == b"BZh" and head[4:10] != b"1AY&SY":
                continue
            return what
    return None


def _bom_encoding(head: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def _bomless_utf16(head: bytes) -> str | None:
    """utf-16-le/be for UTF-16 text without a BOM (every other byte NUL), else None."""
    sample = head[: 4096 - (len(head[:4096]) % 2)]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) // 2)
    odd = sample[1::2].count(0) / (len(sample) // 2)
    if odd >= 0.4 and even < 0.05:
        return "utf-16-le"
    if even >= 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    """The script of a letter, from its Unicode name ("CYRILLIC SMALL LETTER A" -> CYRILLIC)."""
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0]
    return "CJK" if script in {"HIRAGANA", "KATAKANA", "CJK", "IDEOGRAPHIC"} else script


def _implausible_word(word: str) -> bool:
    """Does a letter run look like mojibake (bytes decoded with the wrong code page)?"""
    per_char = [_script(ch) for ch in word]
    scripts = set(per_char)
    if scripts & {"CJK", "HANGUL"} and "LATIN" in scripts:
        # "GDP增长" is normal in Chinese text; "sz嫙al幧kal" (Hungarian read as Big5) is not
        changes = sum(a != b for a, b in zip(per_char, per_char[1:], strict=False))
        if changes > 1:
            return True
        scripts.discard("LATIN")
    if len(scripts) > 1:
        return True  # "Cafй": Latin and Cyrillic in one word
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return True  # "тОВАР": KOI8-R read as cp1251 swaps the case
    if not _RARE_LETTERS.isdisjoint(word):
        return True  # "ulaþtý": Turkish ş and ı read as cp1252
    accented = sum(not ch.isascii() for ch in word)
    # "Òîâàðîîáîðîò": Cyrillic read as cp1252 gives words of accented Latin letters
    return scripts == {"LATIN"} and len(word) >= 4 and accented * 2 > len(word)


def _implausible_run(text: str, start: int, end: int) -> bool:
    """CJK-specific signs of mojibake, which the per-word rules cannot see."""
    scripts = {_script(ch) for ch in text[start:end]}
    if scripts == {"CJK"} and end - start >= 2:
        # Chinese and Japanese do not put spaces between words; Western bytes
        # read as GBK or Shift-JIS give space-separated runs of rare ideographs.
        return text[start - 1 : start] == " " or text[end : end + 1] == " "
    # Korean puts spaces between words: a long unbroken run is not Korean.
    return scripts == {"HANGUL"} and end - start > 12


def _implausibility(text: str) -> float:
    """Share of non-ASCII words and characters in ``text`` that look wrongly decoded."""
    units = bad = 0
    for match in _LETTER_RUN.finditer(text):
        word = match.group()
        if not word.isascii():
            units += 1
            bad += _implausible_word(word) or _implausible_run(text, match.start(), match.end())
    for match in _ODD_CHAR.finditer(text):
        ch = match.group()
        category = unicodedata.category(ch)
        if category.startswith("L") or category.startswith("M"):
            continue  # letters were judged as words
        units += 1
        if category in {"Cc", "Co", "Cn", "Cs"} or (category in {"So", "Sk"} and ch not in _SYMBOLS_OK):
            bad += 1
        elif category != "Pd" and ch not in _INSIDE_WORDS_OK:
            # "wed³ug", "mo¿e": Polish ł and ż read as cp1252 land inside words
            i = match.start()
            bad += text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha()
    return bad / units if units else 0.0


def _canonical(encoding: str) -> str | None:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _detect_sample(head: bytes, size: int) -> tuple[bytes, bool]:
    """The bytes to guess the encoding from, and whether they run to the end of the file.

    The start of the file, or when its first non-ASCII byte comes later, the
    stretch from just before it (everything before it is ASCII, so the sample
    cannot begin inside a multi-byte character).
    """
    found = re.search(rb"[\x80-\xff]", head)
    start = 0 if found is None else max(0, found.start() - _DETECT_SAMPLE // 16)
    sample = head[start : start + _DETECT_SAMPLE]
    return sample, start + len(sample) >= size


def _detect_legacy(sample: bytes, complete: bool) -> str | None:
    """The most plausible legacy encoding of ``sample``, or None when nothing fits.

    Candidates are our list of common code pages, then charset-normalizer's
    guesses. Each is scored by how much of its decoded text looks like mojibake
    (see :func:`_implausibility`); the least implausible wins, and on a tie the
    earlier candidate. charset-normalizer alone is unreliable on short news
    text (it reads a cp1252 sentence as cp437), hence the scoring.
    """
    from charset_normalizer import from_bytes

    detected = [enc for m in from_bytes(sample) if (enc := _canonical(m.encoding)) is not None]
    candidates = list(dict.fromkeys([*(_canonical(e) or e for e in _LEGACY_FIRST), *detected]))
    best: tuple[float, str] | None = None
    for encoding in candidates:
        try:
            text = codecs.getincrementaldecoder(encoding)("strict").decode(sample, final=complete)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _implausibility(text)
        if best is None or score < best[0]:  # strictly: an earlier candidate wins a tie
            best = (score, encoding)
    if best is None or best[0] > _MAX_IMPLAUSIBILITY:
        return None
    return best[1]


# --------------------------------------------------------------------------- splitting

_SPACES = (" ", "\t", "\r", "\f", "\v", "\xa0", "\u3000", "\u2028", "\u2029")


def _safe_cut(text: str, pos: int) -> bool:
    """Can ``text`` be cut before ``pos`` without changing its NFC form?"""
    ch = text[pos]
    if ch.isascii():
        return True  # no ASCII character composes with the one before it
    if unicodedata.combining(ch) or 0xD800 <= ord(ch) <= 0xDFFF:
        return False
    # Starters can still compose with what precedes (Hangul jamo L+V+T): check a window.
    before, after = text[max(0, pos - 8) : pos], text[pos : pos + 8]
    nfc = unicodedata.normalize
    return nfc("NFC", before) + nfc("NFC", after) == nfc("NFC", before + after)


def _cut_point(text: str, size: int) -> int:
    """Where to end a part of at most ``size`` characters taken from the start of ``text``."""
    window = text[:size]
    newline = window.rfind("\n") + 1
    if newline > size // 2:
        return newline
    space = max(window.rfind(s) for s in _SPACES) + 1
    best = max(newline, space)
    if best > 0:
        return best
    # One "word" longer than a part: cut where NFC cannot join the two sides.
    for pos in range(size, max(size // 2, 1) - 1, -1):
        if _safe_cut(text, pos):
            return pos
    return size


def _split(chunks: Iterable[str], size: int) -> Iterator[str]:
    """Regroup decoded chunks into parts of at most ``size`` characters, cut at line breaks."""
    pieces: list[str] = []
    length = 0
    for chunk in chunks:
        if not chunk:
            continue
        pieces.append(chunk)
        length += len(chunk)
        if length > size:
            buffer = "".join(pieces)
            while len(buffer) > size:
                cut = _cut_point(buffer, size)
                yield buffer[:cut]
                buffer = buffer[cut:]
            pieces, length = [buffer], len(buffer)
    if length:
        yield "".join(pieces)


# --------------------------------------------------------------------------- HTML and PDF


class _TextOnly(HTMLParser):
    """Fallback HTML -> text: drops tags, scripts and styles, keeps block breaks."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "hr",
            "title",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skipping += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skipping:
            self._skipping -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skipping:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class _Meta:
    date: dt.date | None = None
    publisher: str = ""
    url: str = ""
    title: str = ""
    bad_date: str = ""  # the unreadable date cell, reported when the row is used
    line: int = 0


def _parse_date(value: str) -> dt.date | None:
    value = value.strip()
    for parse in (dt.date.fromisoformat, lambda v: dt.datetime.fromisoformat(v).date()):
        try:
            return parse(value)
        except ValueError:
            pass
    return find_dateline(value)


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode_html(data: bytes) -> str | None:
    declared = _META_CHARSET.search(data[:4096])
    encoding = _bom_encoding(data)
    if encoding is None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = _canonical(declared.group(1).decode("ascii")) if declared else None
            if encoding in ("iso8859-1", "ascii"):
                encoding = "cp1252"  # as browsers do: pages labelled latin-1 are cp1252
            if encoding is None or encoding == "utf-8":
                encoding = _detect_legacy(*_detect_sample(data, len(data)))
    if encoding is None:
        return None
    return data.decode(encoding, errors="replace")


def _read_html(markup: str) -> tuple[str, _Meta]:
    """Main text and metadata of an HTML page (trafilatura, else all visible text)."""
    import trafilatura

    meta = _Meta()
    text = ""
    try:
        extracted = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    except Exception:  # trafilatura raises assorted errors on odd markup; fall back below
        extracted = None
    if extracted is not None:
        fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = str(fields.get("text") or "")
        date = fields.get("date")
        meta = _Meta(
            date=_parse_date(str(date)) if date else None,
            publisher=str(fields.get("sitename") or ""),
            url=str(fields.get("url") or ""),
            title=str(fields.get("title") or ""),
        )
    if not text.strip():
        parser = _TextOnly()
        parser.feed(markup)
        parser.close()
        text = parser.text()
        if not meta.title:
            meta = replace(meta, title=" ".join("".join(parser.title_parts).split()))
    return text, meta


def _read_pdf(data: bytes) -> tuple[str, _Meta] | str:
    """The text of a PDF, its pages joined by a blank line ("\\n\\n"); or a problem reason.

    Uses pypdf's text extraction, which follows the content stream order; a
    scanned PDF (images only) has no text and is reported as a problem.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as exc:  # missing crypto backend, unknown algorithm...
                return f"encrypted PDF ({exc})"
            if not unlocked:
                return "encrypted PDF (needs a password)"
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        info = reader.metadata
        if info is not None and info.title:
            title = str(info.title)
    except Exception as exc:  # pypdf raises many error types on damaged files
        return f"unreadable PDF ({type(exc).__name__}: {exc})"
    text = "\n\n".join(pages)
    if not text.strip():
        return "no text in PDF (scanned images?)"
    return text, _Meta(title=title)


# --------------------------------------------------------------------------- the meta CSV


def _load_meta(meta_path: str) -> dict[str, _Meta]:
    """The ``--meta`` CSV as {doc: metadata}. Raises InputError when it is unusable."""
    try:
        with open(meta_path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                raise InputError(meta_path, "empty file")
            columns = [name.strip().lower() for name in header]
            if "doc" not in columns:
                raise InputError(
                    meta_path, "no 'doc' column (the header needs doc, date; optional publisher, url, title)"
                )
            rows: dict[str, _Meta] = {}
            for row in reader:
                record = dict(zip(columns, (cell.strip() for cell in row), strict=False))
                doc = record.get("doc", "").replace("\\", "/").removeprefix("./")
                if not doc or doc in rows:
                    continue  # the first row for a doc wins
                raw_date = record.get("date", "")
                date = _parse_date(raw_date) if raw_date else None
                rows[doc] = _Meta(
                    date=date,
                    publisher=record.get("publisher", ""),
                    url=record.get("url", ""),
                    title=record.get("title", ""),
                    bad_date=raw_date if raw_date and date is None else "",
                    line=reader.line_num,
                )
            return rows
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(meta_path, "no such file") from None
    except IsADirectoryError:
        raise InputError(meta_path, "is a folder, not a CSV file") from None
    except UnicodeDecodeError:
        raise InputError(meta_path, "cannot decode (expected a UTF-8 CSV file)") from None
    except csv.Error as exc:
        raise InputError(meta_path, f"bad CSV ({exc})") from None
    except OSError as exc:
        raise InputError(meta_path, f"cannot read ({exc.strerror or exc})") from None


# --------------------------------------------------------------------------- walking


def is_candidate(relative: str, glob: str | None) -> bool:
    """Would a file at ``relative`` (posix path inside a folder given) be read?

    With ``glob`` the pattern decides ("*.txt" matches at any depth, "2024/*.md"
    from the right, "**" patterns against the whole relative path); without it,
    the suffix must be one of :data:`SUPPORTED_SUFFIXES`. Hidden files and
    folders (a name starting with ".") are never read from folders.
    """
    path = PurePosixPath(relative)
    if any(part.startswith(".") for part in path.parts):
        return False
    if glob is not None:
        return path.match(glob) or fnmatchcase(relative, glob)
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _walk(folder: Path, label: str, glob: str | None, report: Callable[[Problem], None]) -> list[str]:
    """Relative posix paths of the files to read in ``folder``, sorted."""
    found: list[str] = []

    def on_error(exc: OSError) -> None:
        report(Problem(str(exc.filename or label), f"cannot read folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(root).relative_to(folder)
        for name in files:
            relative = (base / name).as_posix()
            if is_candidate(relative, glob):
                found.append(relative)
    return sorted(found)


# --------------------------------------------------------------------------- reading


@dataclass
class _Reader:
    """State of one ``read_documents`` run: what was read, where problems go."""

    glob: str | None
    meta: dict[str, _Meta] | None
    meta_path: str
    stdin: BinaryIO | None
    report: Callable[[Problem], None]
    part_size: int
    seen_paths: set[Path] = field(default_factory=set)
    seen_digests: set[bytes] = field(default_factory=set)
    meta_by_base: dict[str, list[str]] = field(default_factory=dict)
    stdin_read: bool = False
    meta_used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        for doc in self.meta or {}:
            self.meta_by_base.setdefault(PurePosixPath(doc.replace("\\", "/")).name, []).append(doc)

    # -- entry points

    def documents(self, paths: Sequence[str]) -> Iterator[Document]:
        for given in paths or [str(bundled_seeds())]:
            if given == "-":
                yield from self._stdin()
                continue
            path = Path(given)
            try:
                is_dir, is_file = path.is_dir(), path.is_file()
                exists = is_dir or is_file or path.exists()
            except OSError as exc:
                self.report(Problem(given, f"cannot read ({exc.strerror or exc})"))
                continue
            if not exists:
                self.report(Problem(given, "no such file"))
            elif is_dir:
                yield from self._folder(path, given)
            elif is_file:
                yield from self._file(path, path.name, given)
            else:
                self.report(Problem(given, "not a regular file"))
        unused = [doc for doc in self.meta or {} if doc not in self.meta_used]
        if unused:
            more = f" and {len(unused) - 3} more" if len(unused) > 3 else ""
            self.report(
                Problem(
                    self.meta_path,
                    f"{len(unused)} row(s) name documents that were not read: {', '.join(unused[:3])}{more}",
                    skipped=False,
                )
            )

    def _folder(self, folder: Path, given: str) -> Iterator[Document]:
        relatives = _walk(folder, given, self.glob, self.report)
        if not relatives:
            wanted = f"matching {self.glob}" if self.glob else "with " + " ".join(SUPPORTED_SUFFIXES)
            self.report(Problem(given, f"no files {wanted} in folder"))
        for relative in relatives:
            yield from self._file(folder / relative, relative, os.path.join(given, relative))

    def _file(self, path: Path, name: str, label: str) -> Iterator[Document]:
        try:
            resolved = path.resolve()
        except OSError:
            resolved = path.absolute()
        if resolved in self.seen_paths:
            return
        self.seen_paths.add(resolved)

        def opener() -> AbstractContextManager[BinaryIO]:
            return open(path, "rb")

        try:
            yield from self._source(opener, name, label, path.suffix.lower())
        except OSError as exc:
            self.report(Problem(label, f"cannot read ({exc.strerror or exc})"))

    def _stdin(self) -> Iterator[Document]:
        if self.stdin_read:
            return
        self.stdin_read = True
        source = self.stdin if self.stdin is not None else sys.stdin.buffer
        # Spooled so the two passes over a big input need not keep it in memory.
        with tempfile.SpooledTemporaryFile(max_size=_KEEP_IN_MEMORY) as spool:
            while chunk := source.read(_CHUNK):
                spool.write(chunk)

            def opener() -> AbstractContextManager[BinaryIO]:
                spool.seek(0)
                return nullcontext(spool)  # type: ignore[arg-type]

            yield from self._source(opener, "-", "-", "")

    # -- one input

    def _source(
        self, opener: Callable[[], AbstractContextManager[BinaryIO]], name: str, label: str, suffix: str
    ) -> Iterator[Document]:
        with opener() as fh:
            head = fh.read(_CHUNK)
            if not head:
                self.report(Problem(label, "empty file"))
                return
            kind = "html" if suffix in _HTML_SUFFIXES else "pdf" if suffix == ".pdf" else _sniff(head)
            if kind != "pdf" and (binary := _binary_kind(head)) is not None:
                self.report(Problem(label, f"binary file (looks like {binary})"))
                return
            if kind in ("html", "pdf"):
                data = head + fh.read()
                if self._duplicate(hashlib.sha256(data).digest()):
                    return
                yield from self._structured(data, kind, name, label)
                return
            scan = _scan_text(head, fh)
        if isinstance(scan, str):
            self.report(Problem(label, scan))
            return
        if self._duplicate(scan.digest):
            return
        if scan.data is not None:
            yield from self._documents(name, label, _decode_chunks([scan.data], scan.encoding), _Meta())
            return
        with opener() as fh:
            yield from self._documents(name, label, _decode_chunks(_chunks(fh), scan.encoding), _Meta())

    def _structured(self, data: bytes, kind: str, name: str, label: str) -> Iterator[Document]:
        if kind == "pdf":
            result = _read_pdf(data)
            if isinstance(result, str):
                self.report(Problem(label, result))
                return
            text, found = result
        else:
            markup = _decode_html(data)
            if markup is None:
                self.report(Problem(label, f"cannot decode text ({_TRIED})"))
                return
            text, found = _read_html(markup)
        if not text.strip():
            self.report(Problem(label, "no text found"))
            return
        yield from self._documents(name, label, [text], found)

    def _duplicate(self, digest: bytes) -> bool:
        if digest in self.seen_digests:
            return True
        self.seen_digests.add(digest)
        return False

    def _documents(self, name: str, label: str, chunks: Iterable[str], found: _Meta) -> Iterator[Document]:
        """Cut the decoded text into parts and wrap each in a Document with its metadata."""
        given = self._meta_for(name)
        date = found.date
        if given is not None:
            if given.bad_date:
                self.report(
                    Problem(
                        self.meta_path,
                        f"line {given.line}: bad date {given.bad_date!r} for {name}; date ignored",
                    )
                )
            date = given.date or date
            found = _Meta(
                date=date,
                publisher=given.publisher or found.publisher,
                url=given.url or found.url,
                title=given.title or found.title,
            )
        offset = 0
        first = True
        yielded = False
        # NFC before the cut: composing can change a text's length ("\u0f57" decomposes to two
        # characters), and a part must stay within the size it was cut to
        for normal in _split((unicodedata.normalize("NFC", chunk) for chunk in chunks), self.part_size):
            part = unwrap(normal)
            if first:
                first = False
                date = date or find_dateline(part)
                if not found.publisher:
                    found = replace(found, publisher=find_agency(part) or find_letterhead(part))
            if part.strip():
                yielded = True
                yield Document(
                    name=name,
                    text=part,
                    date=date,
                    publisher=found.publisher,
                    url=found.url,
                    title=found.title,
                    offset=offset,
                )
            offset += len(part)
        if not yielded:
            self.report(Problem(label, "empty file" if first else "empty file (only whitespace)"))

    def _meta_for(self, name: str) -> _Meta | None:
        if not self.meta:
            return None
        key: str | None = None
        base = PurePosixPath(name).name
        if name in self.meta:
            key = name
        elif base in self.meta:
            key = base
        else:
            same_base = self.meta_by_base.get(base, [])
            key = same_base[0] if len(same_base) == 1 else None
        if key is None:
            return None
        self.meta_used.add(key)
        return self.meta[key]


def _sniff(head: bytes) -> str:
    """ "pdf", "html" or "text" for content whose name does not tell."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    start = head[:512].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


@dataclass(frozen=True)
class _Scan:
    digest: bytes
    encoding: str
    data: bytes | None  # the whole file when small enough to keep


def _chunks(fh: BinaryIO) -> Iterator[bytes]:
    while chunk := fh.read(_CHUNK):
        yield chunk


def _scan_text(head: bytes, fh: BinaryIO) -> _Scan | str:
    """First pass over a text file: hash it and choose its encoding (or say why not)."""
    encoding = _bom_encoding(head) or _bomless_utf16(head)
    wide = encoding is not None and encoding != "utf-8-sig"
    if not wide and b"\x00" in head:
        return "binary file (contains NUL bytes)"
    checking = encoding or "utf-8"
    decoder: codecs.IncrementalDecoder | None = codecs.getincrementaldecoder(checking)("strict")
    digest = hashlib.sha256()
    kept: list[bytes] | None = []
    size = 0
    for chunk in _prepend(head, fh):
        digest.update(chunk)
        size += len(chunk)
        if kept is not None:
            if size <= _KEEP_IN_MEMORY:
                kept.append(chunk)
            else:
                kept = None
        if not wide and b"\x00" in chunk:
            return "binary file (contains NUL bytes)"
        if decoder is not None:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                if wide:
                    return f"cannot decode text (invalid {encoding.upper() if encoding else ''})"
                decoder = None  # not UTF-8: a legacy code page, chosen below
    if decoder is not None:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            if wide:
                return f"cannot decode text (invalid {checking.upper()})"
            decoder = None
    if decoder is None:
        legacy = _detect_legacy(*_detect_sample(head, size))
        if legacy is None:
            return f"cannot decode text ({_TRIED})"
        checking = legacy
    data = b"".join(kept) if kept is not None else None
    return _Scan(digest=digest.digest(), encoding=checking, data=data)


def _prepend(head: bytes, fh: BinaryIO) -> Iterator[bytes]:
    yield head
    yield from _chunks(fh)


def _decode_chunks(chunks: Iterable[bytes], encoding: str) -> Iterator[str]:
    """Decode byte chunks; characters split across chunks are carried over."""
    # UTF-8 and the BOM encodings were checked strictly in the first pass; a legacy
    # code page was chosen from a sample, so a stray byte later becomes U+FFFD.
    errors = "strict" if encoding.startswith(("utf-8", "utf-16", "utf-32")) else "replace"
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    for chunk in chunks:
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def read_documents(
    paths: Sequence[str],
    *,
    glob: str | None = None,
    meta: str | None = None,
    stdin: BinaryIO | None = None,
    on_problem: Callable[[Problem], None] = _ignore,
    max_part_chars: int = 2_000_000,
) -> Iterator[Document]:
    """Read documents from files, folders and ``-`` (stdin); the bundled seeds when ``paths`` is empty.

    Folders are read recursively in sorted order: files matching ``glob``, or
    with a supported suffix (:data:`SUPPORTED_SUFFIXES`). A file named
    explicitly is read whatever its suffix. Each input is read once, even when
    named twice or when two files hold the same bytes (the first name wins).

    A text bigger than ``max_part_chars`` comes as several Documents with the
    same ``name``, cut at line breaks, each with the ``offset`` of its first
    character in the whole (NFC) text.

    ``meta`` is a CSV file (columns ``doc``, ``date``; optional ``publisher``,
    ``url``, ``title``) whose values override what the documents say about
    themselves. It is read before this function returns, and a missing or
    malformed file raises :class:`~tradecheck.errors.InputError`. Everything
    else that goes wrong is passed to ``on_problem`` and the input skipped.
    """
    if max_part_chars < 1:
        raise UsageError(f"max_part_chars must be at least 1, not {max_part_chars}")
    table = _load_meta(meta) if meta is not None else None
    reader = _Reader(
        glob=glob, meta=table, meta_path=meta or "", stdin=stdin, report=on_problem, part_size=max_part_chars
    )
    return reader.documents(paths)
