"""Countries, blocs and the world in news text; the economy behind a statistics source.

>>> [(m.surface, m.code, m.form) for m in find_countries("Vietnam’s exports to the US$ zone and the EU")]
[('Vietnam’s', 'VNM', 'possessive'), ('EU', 'EUU', 'bloc')]
>>> reporter_of("China's General Administration of Customs (GACC)")
'CHN'
>>> country_name("VNM"), fiscal_start_month("IND")
('Vietnam', 4)

Names come from pycountry (name, official name, common name), then from
``lexicon/countries.csv`` (other spellings, demonyms, capitals, blocs, world
phrases, stop phrases) and ``lexicon/agencies.csv`` (statistics offices,
customs, ministries, central banks). A user adds more with :func:`load_extra`.

Precision matters more than recall, because a wrong country makes a wrong
claim: matching is case-sensitive ("US" never matches "us"), whole words
only, leftmost-longest (so a stop phrase such as "Indian Ocean" hides the
shorter "Indian"), and a few ambiguous words carry a guard against a
capitalised next word ("Chad Bown", "Washington Post").

Nothing is loaded at import; the first call builds one regex from the data
(a trie of every alias, so matching stays linear in the text's length).
"""

from __future__ import annotations

import csv
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from tradecheck.errors import InputError, LexiconError
from tradecheck.lexicon import rows
from tradecheck.trie import trie_regex

__all__ = [
    "DEFAULT_FISCAL_START",
    "CountryMention",
    "country_name",
    "find_countries",
    "fiscal_start_month",
    "fiscal_year_named_by_start",
    "listed_fiscal_start",
    "trade_year_is_calendar",
    "load_extra",
    "reporter_of",
    "reset_extra",
]

#: Month a fiscal year starts in for a code the data does not list: April is the
#: commonest start among economies that label split years ("FY2023-24").
DEFAULT_FISCAL_START = 4

#: Forms a :class:`CountryMention` can carry.
MENTION_FORMS = frozenset({"name", "official", "alias", "demonym", "capital", "possessive", "bloc", "world"})
# Forms a countries.csv row can have: every mention form but "possessive" (that one
# comes from the text), plus the rows that steer matching and naming.
_ROW_FORMS = (MENTION_FORMS - {"possessive"}) | {"stop", "after_stop", "display"}

_FORM_RANK = {
    form: rank
    for rank, form in enumerate(("name", "official", "capital", "demonym", "bloc", "world", "alias", "stop"))
}

_OFFICIAL_KINDS = frozenset(
    {"statistics", "customs", "ministry", "central_bank", "trade_agency", "government"}
)
_NO_CODE_KINDS = frozenset({"media", "international", "research", "ambiguous"})
_AGENCY_KINDS = _OFFICIAL_KINDS | _NO_CODE_KINDS

_ALIAS_HEADER = ("alias", "code", "form")
_AGENCY_HEADER = ("name", "code", "kind")
_ALIAS_COLUMNS = frozenset({"alias", "code", "form", "guard", "fiscal_start", "fiscal_named", "trade_year"})
_AGENCY_COLUMNS = frozenset({"name", "code", "kind"})

_APOSTROPHES = "'\u2019\u02bc"  # straight, curly (right single quote), modifier letter
_WORLD_CODE = "WLD"

# A guarded alias ("Chad", "Washington") is dropped when the next word is capitalised,
# since that word is most likely a surname or the rest of an institution's name. Dates
# follow place names in datelines ("in Washington Tuesday"), so they do not count.
_GUARD_EXEMPT = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    ]
)
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]\w*)")


@dataclass(frozen=True)
class CountryMention:
    """A country, bloc or world phrase as written in a text.

    ``text[start:end] == surface``. ``code`` is ISO 3166-1 alpha-3, ``WLD`` for the
    world, or a bloc code (``EUU``, ``EAEU``, ``ASEAN``, ``C5`` ...); ``form`` is one of
    :data:`MENTION_FORMS` ("possessive" when the surface ends in 's or s').
    """

    start: int
    end: int
    surface: str
    code: str
    form: str


# ---------------------------------------------------------------------------------------
# data rows


@dataclass(frozen=True)
class _Alias:
    code: str  # empty for stop rows
    form: str  # a mention form, or "stop"
    guard: bool = False


@dataclass(frozen=True)
class _Agency:
    code: str  # empty when the name says nothing about the reporter
    kind: str


@dataclass(frozen=True)
class _Title:
    candidates: tuple[str, ...]  # the codes the word can stand for, in the file's order
    company: bool  # not after a capitalised word ("Vale SA")
    guard: bool  # not before a capitalised word ("the Kingdom Tower")


@dataclass
class _AliasFile:
    """One countries-style CSV, validated except for codes declared by other files."""

    origin: str
    aliases: dict[str, tuple[_Alias, int]] = field(default_factory=dict)  # alias -> (entry, line)
    after_stop: set[str] = field(default_factory=set)
    display: dict[str, str] = field(default_factory=dict)
    fiscal: dict[str, int] = field(default_factory=dict)
    named_by_start: dict[str, bool] = field(default_factory=dict)
    calendar_trade: dict[str, bool] = field(default_factory=dict)


@dataclass
class _AgencyFile:
    origin: str
    agencies: dict[str, tuple[_Agency, int]] = field(default_factory=dict)  # name -> (entry, line)


def _data_lines(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each CSV line that is neither blank nor a ``#`` comment."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, next(csv.reader([line]))


def _rows(text: str, origin: str, known: frozenset[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a commented CSV as dicts keyed by its header; unknown columns are an error."""
    lines = _data_lines(unicodedata.normalize("NFC", text))
    first = next(lines, None)
    if first is None:
        return
    _, header = first
    header = [name.strip() for name in header]
    unknown = [name for name in header if name not in known]
    if unknown:
        raise LexiconError(f"{origin}: unknown column(s) {', '.join(unknown)} in the header")
    for number, values in lines:
        if len(values) > len(header):
            raise LexiconError(f"{origin} line {number}: {len(values)} fields, the header has {len(header)}")
        row = dict.fromkeys(header, "")
        row.update(zip(header, values, strict=False))
        yield number, row


def _parse_alias_file(text: str, origin: str) -> _AliasFile:
    parsed = _AliasFile(origin)
    for number, row in _rows(text, origin, _ALIAS_COLUMNS):
        where = f"{origin} line {number}"
        alias, code, form = row.get("alias", ""), row.get("code", "").strip(), row.get("form", "").strip()
        guard, fiscal = row.get("guard", "").strip(), row.get("fiscal_start", "").strip()
        if not alias or alias != alias.strip() or "\n" in alias:
            raise LexiconError(f"{where}: empty alias or alias with surrounding spaces: {alias!r}")
        if form not in _ROW_FORMS:
            raise LexiconError(
                f"{where}: unknown form {form!r} for {alias!r} (use one of {sorted(_ROW_FORMS)})"
            )
        if guard not in ("", "yes"):
            raise LexiconError(f"{where}: guard must be empty or 'yes', not {guard!r}")
        named, trade_year = row.get("fiscal_named", "").strip(), row.get("trade_year", "").strip()
        if (fiscal or named or trade_year) and form != "display":
            raise LexiconError(f"{where}: fiscal_start, fiscal_named and trade_year belong on display rows only")
        if named not in ("", "start", "end"):
            raise LexiconError(f"{where}: fiscal_named must be empty, 'start' or 'end', not {named!r}")
        if trade_year not in ("", "calendar", "fiscal"):
            raise LexiconError(f"{where}: trade_year must be empty, 'calendar' or 'fiscal', not {trade_year!r}")
        if form in ("stop", "after_stop"):
            if code:
                raise LexiconError(f"{where}: a {form} row takes no code ({alias!r} has {code!r})")
        elif not code:
            raise LexiconError(f"{where}: {alias!r} has no code")
        if form == "world" and code != _WORLD_CODE:
            raise LexiconError(f"{where}: world phrase {alias!r} must have code {_WORLD_CODE}")

        if form == "after_stop":
            if alias != "$" and not re.fullmatch(r"\w+", alias):
                raise LexiconError(f"{where}: after_stop must be one word or '$', not {alias!r}")
            parsed.after_stop.add(alias.casefold())
        elif form == "display":
            if code in parsed.display:
                raise LexiconError(f"{where}: second display name for {code}")
            parsed.display[code] = alias
            if fiscal:
                if not fiscal.isdigit() or not 1 <= int(fiscal) <= 12:
                    raise LexiconError(f"{where}: fiscal_start must be a month 1-12, not {fiscal!r}")
                parsed.fiscal[code] = int(fiscal)
            if named:
                parsed.named_by_start[code] = named == "start"
            if trade_year:
                parsed.calendar_trade[code] = trade_year == "calendar"
        else:
            if alias in parsed.aliases:
                raise LexiconError(
                    f"{where}: duplicate alias {alias!r} (first on line {parsed.aliases[alias][1]})"
                )
            parsed.aliases[alias] = (_Alias(code, form, guard == "yes"), number)
    return parsed


def _parse_agency_file(text: str, origin: str) -> _AgencyFile:
    parsed = _AgencyFile(origin)
    seen_folded: dict[str, int] = {}
    for number, row in _rows(text, origin, _AGENCY_COLUMNS):
        where = f"{origin} line {number}"
        name, code, kind = row.get("name", ""), row.get("code", "").strip(), row.get("kind", "").strip()
        if not name or name != name.strip():
            raise LexiconError(f"{where}: empty name or name with surrounding spaces: {name!r}")
        if kind not in _AGENCY_KINDS:
            raise LexiconError(
                f"{where}: unknown kind {kind!r} for {name!r} (use one of {sorted(_AGENCY_KINDS)})"
            )
        if kind in _OFFICIAL_KINDS and not code:
            raise LexiconError(f"{where}: {name!r} is kind {kind} and needs a code")
        if kind in _NO_CODE_KINDS and code:
            raise LexiconError(f"{where}: {name!r} is kind {kind} and takes no code")
        key = _agency_key(name)
        if key in seen_folded:
            raise LexiconError(f"{where}: duplicate agency {name!r} (first on line {seen_folded[key]})")
        seen_folded[key] = number
        parsed.agencies[name] = (_Agency(code, kind), number)
    return parsed


def _case_insensitive(name: str) -> bool:
    # Multi-word names are safe in any case; single words and acronyms ("ABS", "Mint")
    # collide with ordinary words unless matched as written.
    return " " in name


def _agency_key(name: str) -> str:
    return name.casefold() if _case_insensitive(name) else name


# ---------------------------------------------------------------------------------------
# building the matchers


def _variants(alias: str) -> set[str]:
    """Spellings of one alias that news text uses without anyone listing them."""
    found = {alias}
    if alias[0].islower():
        found.add(alias[0].upper() + alias[1:])  # sentence start: "The world", "Globally"
    if len(alias) >= 4:
        found |= {variant.upper() for variant in found}  # datelines, headlines: "ASTANA –"
    if any(mark in alias for mark in _APOSTROPHES):
        for variant in list(found):
            for mark in _APOSTROPHES:
                found.add(re.sub(f"[{_APOSTROPHES}]", mark, variant))
    found |= {unicodedata.normalize("NFD", variant) for variant in found}
    return found


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    aliases: dict[str, _Alias]  # every spelling the pattern can match -> its entry
    after_stop: re.Pattern[str] | None
    display: dict[str, str]
    fiscal: dict[str, int]
    named_by_start: dict[str, bool]
    calendar_trade: dict[str, bool]
    agency_pattern: re.Pattern[str] | None
    agencies: dict[str, _Agency]  # _agency_key(name) -> entry
    title_pattern: re.Pattern[str] | None
    titles: dict[str, _Title]  # every spelling the title pattern can match -> its entry


def _pycountry_data() -> tuple[dict[str, _Alias], dict[str, str]]:
    import pycountry  # here, not at module level: importing tradecheck stays cheap

    aliases: dict[str, _Alias] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_3)
        for attribute, form in (("name", "name"), ("common_name", "name"), ("official_name", "official")):
            value = getattr(country, attribute, None)
            # Catalogue forms ("Korea, Republic of", "Holy See (Vatican City State)") are
            # not how prose names a country; countries.csv gives the prose forms.
            if isinstance(value, str) and value and "," not in value and "(" not in value:
                aliases.setdefault(unicodedata.normalize("NFC", value), _Alias(code, form))
        display[code] = str(getattr(country, "common_name", None) or country.name)
    return aliases, display


def _bundled(filename: str) -> tuple[str, str]:
    resource = resources.files("tradecheck.lexicon").joinpath(filename)
    return filename, resource.read_text(encoding="utf-8")


def _build(extra_aliases: list[tuple[str, str]], extra_agencies: list[tuple[str, str]]) -> _Lexicon:
    aliases, display = _pycountry_data()
    iso_codes = {entry.code for entry in aliases.values()} | set(display)
    alias_files = [
        _parse_alias_file(text, origin) for origin, text in [_bundled("countries.csv"), *extra_aliases]
    ]
    known = _check_codes(alias_files, iso_codes)
    fiscal: dict[str, int] = {}
    named_by_start: dict[str, bool] = {}
    calendar_trade: dict[str, bool] = {}
    after_stop: set[str] = set()
    for parsed in alias_files:
        aliases.update((alias, entry) for alias, (entry, _) in parsed.aliases.items())  # later files win
        display.update(parsed.display)
        fiscal.update(parsed.fiscal)
        named_by_start.update(parsed.named_by_start)
        calendar_trade.update(parsed.calendar_trade)
        after_stop |= parsed.after_stop
    spellings = _spellings(aliases)
    agency_files = [
        _parse_agency_file(text, origin) for origin, text in [_bundled("agencies.csv"), *extra_agencies]
    ]
    agencies = _agencies(agency_files, known)
    blocs = sorted({entry.code for entry in aliases.values() if entry.form == "bloc"})
    titles = _titles(known, blocs)
    return _Lexicon(
        pattern=_mention_pattern(spellings),
        aliases=spellings,
        after_stop=_after_stop_pattern(after_stop),
        display=display,
        fiscal=fiscal,
        named_by_start=named_by_start,
        calendar_trade=calendar_trade,
        agency_pattern=_agency_pattern(agencies),
        agencies=agencies,
        title_pattern=_title_pattern(titles),
        titles=titles,
    )


def _titles(known: set[str], blocs: list[str]) -> dict[str, _Title]:
    titles: dict[str, _Title] = {}
    for row in rows("titles.csv"):
        title = row.get("title", "").strip()
        codes = row.get("candidates", "").split()
        candidates = tuple(blocs) if codes == ["bloc"] else tuple(codes)
        unknown = [code for code in candidates if code not in known]
        if not title or not candidates or unknown:
            raise LexiconError(f"titles.csv: bad row {row}")
        entry = _Title(candidates, row.get("company", "").strip() == "yes", row.get("guard", "").strip() == "yes")
        titles[title] = entry
        titles.setdefault(title[0].upper() + title[1:], entry)  # at a sentence's start
    return titles


def _title_pattern(titles: dict[str, _Title]) -> re.Pattern[str] | None:
    if not titles:
        return None
    apostrophes = re.escape(_APOSTROPHES)
    return re.compile(rf"(?<!\w)(?P<alias>{trie_regex(titles)})(?:(?P<poss>[{apostrophes}]s)(?!\w)|(?!\w))")


def _check_codes(alias_files: list[_AliasFile], iso_codes: set[str]) -> set[str]:
    """Every code the files may use: ISO codes plus the bloc codes their display rows
    declare. A declared code no bloc or world row uses is most likely a typo."""
    declared = {code for parsed in alias_files for code in parsed.display} - iso_codes
    known = iso_codes | declared
    used_by_blocs: set[str] = set()
    for parsed in alias_files:
        for alias, (entry, number) in parsed.aliases.items():
            if entry.form != "stop" and entry.code not in known:
                raise LexiconError(
                    f"{parsed.origin} line {number}: unknown code {entry.code!r} for {alias!r} "
                    "(not ISO 3166-1 alpha-3 and not declared by a display row)"
                )
            if entry.form in ("bloc", "world"):
                used_by_blocs.add(entry.code)
    unused = sorted(declared - used_by_blocs)
    if unused:
        raise LexiconError(
            f"display rows declare code(s) {', '.join(unused)} that are neither ISO 3166-1 alpha-3 "
            "nor used by any bloc or world row (a typo?)"
        )
    return known


def _spellings(aliases: dict[str, _Alias]) -> dict[str, _Alias]:
    spellings = dict(aliases)
    # When two aliases derive the same spelling ("VIETNAM" from "Vietnam" and "VietNam"),
    # the standard name's form is the one to report.
    for alias in sorted(aliases, key=lambda alias: (_FORM_RANK.get(aliases[alias].form, 99), alias)):
        for variant in sorted(_variants(alias)):
            spellings.setdefault(variant, aliases[alias])  # a listed spelling beats a derived one
    return spellings


def _mention_pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    apostrophes = re.escape(_APOSTROPHES)
    # Where a name may start (a whole word: no "Oman" in "Romania"; or a dateline glued
    # to a menu: "LinkBEIJING:") is checked by :func:`_starts_word`, not by a look-behind
    # here: a pattern that opens with a look-behind makes the engine try every position,
    # one that opens with the trie skips to the letters a name can start with.
    return re.compile(
        rf"""
        (?P<alias>{trie_regex(spellings)})  # every spelling, longest first
        (?:
            (?P<poss>[{apostrophes}]s        # India's, Vietnam’s
              | (?<=s)[{apostrophes}])       # the Philippines'
            (?!\w)
          | (?!\w)
        )
        """,
        re.VERBOSE,
    )


def _after_stop_pattern(words: set[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    # A word must end where it ends ("rand", not "random"); a symbol sticks to the
    # number that follows ("US$52").
    alternatives = [
        rf"{re.escape(word)}(?!\w)" if word.isalnum() else re.escape(word)
        for word in sorted(words, key=lambda word: (-len(word), word))
    ]
    return re.compile(rf"[ \t\u00a0-]*(?:{'|'.join(alternatives)})", re.IGNORECASE)


def _agencies(agency_files: list[_AgencyFile], known: set[str]) -> dict[str, _Agency]:
    agencies: dict[str, _Agency] = {}
    for parsed in agency_files:
        for name, (agency, number) in parsed.agencies.items():
            if agency.code and agency.code not in known:
                raise LexiconError(
                    f"{parsed.origin} line {number}: unknown code {agency.code!r} for {name!r}"
                )
            for variant in _apostrophe_variants(name):
                agencies[_agency_key(variant)] = agency  # later files win
    return agencies


def _agency_pattern(agencies: dict[str, _Agency]) -> re.Pattern[str] | None:
    if not agencies:
        return None
    # Keys of case-insensitive names are casefolded; (?i:) matches them in any case.
    names = sorted(agencies, key=lambda name: (-len(name), name))
    alternatives = "|".join(
        f"(?i:{re.escape(name)})" if _case_insensitive(name) else re.escape(name) for name in names
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _apostrophe_variants(name: str) -> set[str]:
    if not any(mark in name for mark in _APOSTROPHES):
        return {name}
    return {re.sub(f"[{_APOSTROPHES}]", mark, name) for mark in _APOSTROPHES}


class _Registry:
    """The one place the compiled lexicon lives; built on first use, rebuilt after
    :func:`load_extra`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._extra_aliases: list[tuple[str, str]] = []
        self._extra_agencies: list[tuple[str, str]] = []
        self._lexicon: _Lexicon | None = None

    def lexicon(self) -> _Lexicon:
        lexicon = self._lexicon
        if lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    self._lexicon = _build(self._extra_aliases, self._extra_agencies)
                lexicon = self._lexicon
        return lexicon

    def add(self, kind: str, origin: str, text: str) -> None:
        with self._lock:
            aliases = [*self._extra_aliases, (origin, text)] if kind == "alias" else self._extra_aliases
            agencies = [*self._extra_agencies, (origin, text)] if kind == "agency" else self._extra_agencies
            lexicon = _build(aliases, agencies)  # raises before anything changes
            self._extra_aliases, self._extra_agencies, self._lexicon = aliases, agencies, lexicon

    def reset(self) -> None:
        with self._lock:
            self._extra_aliases, self._extra_agencies, self._lexicon = [], [], None


_REGISTRY = _Registry()


# ---------------------------------------------------------------------------------------
# public API


def find_countries(text: str) -> list[CountryMention]:
    """Every country, bloc and world mention in ``text``: sorted, non-overlapping,
    the longest match winning at each place.

    >>> [(m.surface, m.code) for m in find_countries("Azeri oil to Hanoi, not the Indian Ocean")]
    [('Azeri', 'AZE'), ('Hanoi', 'VNM')]
    """
    lexicon = _REGISTRY.lexicon()
    found: list[CountryMention] = []
    search = lexicon.pattern.search
    pos = 0
    while (match := search(text, pos)) is not None:
        start, end = match.span()
        if not _starts_word(text, start):
            pos = start + 1  # a name may still start inside this one ("xSouth Africa")
            continue
        pos = end
        entry = lexicon.aliases[match.group("alias")]
        if entry.form == "stop":
            continue
        if start and text[start - 1].isalnum() and not _is_shouted(match.group("alias")):
            continue  # glued to a word before it, and not a dateline in capitals
        possessive = match.group("poss") is not None
        if not possessive:
            if lexicon.after_stop is not None and lexicon.after_stop.match(text, end):
                continue  # "US$", "Kazakh tenge": a currency, not the country
            if entry.guard and _capitalised_word_follows(text, end):
                continue
        form = "possessive" if possessive else entry.form
        found.append(CountryMention(start, end, match.group(), entry.code, form))
    if lexicon.title_pattern is not None and found:
        found = _with_titles(text, found, lexicon)
    return found


def _with_titles(text: str, found: list[CountryMention], lexicon: _Lexicon) -> list[CountryMention]:
    """Add the titles ("the Kingdom", "SA", "the bloc") that stand for a country the text names:
    each for its candidate named most often (the first named on a tie)."""
    assert lexicon.title_pattern is not None
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for mention in found:
        counts[mention.code] = counts.get(mention.code, 0) + 1
        first.setdefault(mention.code, mention.start)
    taken = [(m.start, m.end) for m in found]
    added: list[CountryMention] = []
    for match in lexicon.title_pattern.finditer(text):
        entry = lexicon.titles[match.group("alias")]
        named = [code for code in entry.candidates if code in counts]
        start, end = match.span()
        if not named or any(s < end and start < e for s, e in taken):
            continue  # no candidate named, or inside a name already found ("the Kingdom of Bahrain")
        if entry.company and _CAPITALISED_BEFORE.search(text, max(0, start - 40), start):
            continue
        if entry.guard and match.group("poss") is None and _capitalised_word_follows(text, end):
            continue
        code = max(named, key=lambda c: (counts[c], -first[c]))
        form = "possessive" if match.group("poss") is not None else "alias"
        added.append(CountryMention(start, end, match.group(), code, form))
    return sorted(found + added, key=lambda m: m.start) if added else found


# a capitalised word before, other than a function word opening a sentence ("In SA, ...")
_CAPITALISED_BEFORE = re.compile(
    r"(?<![\w&.-])(?!(?:In|From|To|For|And|But|With|Of|By|As|At|On|While|Both|Between|Unlike)\b)"
    r"[A-Z][\w&.-]*[ \t\u00a0]+$"
)


def _starts_word(text: str, start: int) -> bool:
    """A name may start here: after no word character, or as two capitals glued to a
    lowercase letter (a dateline run into a menu: "LinkBEIJING")."""
    if start == 0:
        return True
    before = text[start - 1]
    if not (before.isalnum() or before == "_"):
        return True
    return "a" <= before <= "z" and _TWO_CAPITALS.match(text, start) is not None


_TWO_CAPITALS = re.compile("[A-Z]{2}")


def _is_shouted(spelling: str) -> bool:
    return len(spelling) >= 4 and spelling.isupper()


def _capitalised_word_follows(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return word[0].isupper() and word.casefold() not in _GUARD_EXEMPT


def country_name(code: str) -> str:
    """A short readable name for explanations: ``"VNM"`` -> ``"Vietnam"``,
    ``"EUU"`` -> ``"European Union"``, ``"WLD"`` -> ``"World"``.

    A code the data does not know comes back unchanged, so an explanation never fails
    over a user's own bloc code.
    """
    return _REGISTRY.lexicon().display.get(code, code)


def fiscal_start_month(code: str) -> int:
    """The month (1-12) the fiscal year of ``code`` starts in: 4 for India, Japan and
    the UK, 7 for Pakistan and Australia, 10 for the US federal year, 1 for calendar-year
    economies listed in the data; :data:`DEFAULT_FISCAL_START` for anything else."""
    return _REGISTRY.lexicon().fiscal.get(code, DEFAULT_FISCAL_START)


def listed_fiscal_start(code: str) -> int | None:
    """The month the fiscal year of ``code`` starts in when the data lists it, else None.

    >>> listed_fiscal_start("BGD"), listed_fiscal_start("ZZZ")
    (7, None)
    """
    return _REGISTRY.lexicon().fiscal.get(code)


def fiscal_year_named_by_start(code: str) -> bool:
    """Whether a one-year fiscal name ("fiscal 2024", "FY2024") is the year the fiscal year of
    ``code`` starts in, as in Japan; most economies name it by the year it ends in."""
    return _REGISTRY.lexicon().named_by_start.get(code, False)


def trade_year_is_calendar(code: str) -> bool:
    """Whether the trade statistics of ``code`` run by calendar year although its government's fiscal
    year does not, as in the US (federal year from October, trade data January to December): a fiscal
    year an article names is then another economy's, never read by its calendar.

    >>> trade_year_is_calendar("USA"), trade_year_is_calendar("THA")
    (True, False)
    """
    return _REGISTRY.lexicon().calendar_trade.get(code, False)


#: Nouns that head an official body's name, usually going on with "of" or "for": "Office for National
#: Statistics", "Ministry of Investment, Trade and Industry", "Bank of Tanzania"
INSTITUTION_NOUNS = (
    "Ministry", "Department", "Board", "Bureau", "Office", "Council", "Committee", "Chamber", "Agency",
    "Commission", "Institute", "Authority", "Secretary", "Minister", "Bank", "Centre", "Center", "Corporation",
    "Organisation", "Organization",
)


def reporter_of(source: str) -> str | None:
    """The economy whose statistics a named source publishes, or None.

    The first thing in ``source`` that names an economy decides: an agency row with a
    code ("Destatis", "GACC", "Eurostat") or a country word ("Vietnam Customs",
    "Kazakh media", "Japan's Ministry of Finance"). News agencies, international
    bodies and think tanks hide any country word inside their name ("Vietnam News
    Agency"); an office that several countries have ("Ministry of Industry and Trade")
    says nothing on its own. The world is not a reporter.

    >>> reporter_of("Destatis"), reporter_of("TASS"), reporter_of("Ministry of Commerce")
    ('DEU', None, None)
    """
    lexicon = _REGISTRY.lexicon()
    text = unicodedata.normalize("NFC", source)
    hidden: list[tuple[int, int]] = []
    candidates: list[tuple[int, str]] = []
    if lexicon.agency_pattern is not None:
        for match in lexicon.agency_pattern.finditer(text):
            agency = lexicon.agencies.get(_agency_key(match.group()))
            hidden.append(match.span())
            if agency is not None and agency.code:
                candidates.append((match.start(), agency.code))
    for mention in find_countries(text):
        if mention.code == _WORLD_CODE:
            continue
        if any(start <= mention.start and mention.end <= end for start, end in hidden):
            continue
        candidates.append((mention.start, mention.code))
        break
    return min(candidates)[1] if candidates else None


def load_extra(path: str | os.PathLike[str]) -> int:
    """Add a user's CSV on top of the bundled data and return how many rows it had.

    The header says what the file is: ``alias,code,form[,guard,fiscal_start,fiscal_named,trade_year]`` like
    ``lexicon/countries.csv``, or ``name,code,kind`` like ``lexicon/agencies.csv``.
    A row replaces a bundled row for the same alias; a ``stop`` row hides a bundled
    name. Raises :class:`~tradecheck.errors.InputError` when the file cannot be read
    and :class:`~tradecheck.errors.LexiconError` when a row is invalid; either way
    nothing changes.
    """
    origin = os.fspath(path)
    try:
        with open(origin, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(origin, str(error)) from error
    rows = list(_data_lines(text))
    header = tuple(name.strip() for name in rows[0][1]) if rows else ()
    if header[:3] == _ALIAS_HEADER:
        kind = "alias"
    elif header[:3] == _AGENCY_HEADER:
        kind = "agency"
    else:
        raise LexiconError(
            f"{origin}: the header must start with {','.join(_ALIAS_HEADER)} or {','.join(_AGENCY_HEADER)}"
        )
    _REGISTRY.add(kind, origin, text)
    return len(rows) - 1


def reset_extra() -> None:
    """Forget every file :func:`load_extra` added (the bundled data stays)."""
    _REGISTRY.reset()
