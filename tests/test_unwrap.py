"""Hard-wrapped text reads as the same paragraphs written one per line."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_extract_articles import ARTICLES
from tradecheck.pipeline import claims_from_texts
from tradecheck.unwrap import unwrap

# (what a text looks like, the text, whether its line breaks are joined)
LAYOUTS = [
    (
        "a wire story wrapped at 40 columns",
        "Trade between the two countries in\n2024 amounted to $3.6 billion, down\n"
        "5.1% from 2023, the ministry said on\nTuesday, citing customs figures.\n",
        True,
    ),
    (
        "CRLF line ends",
        "Trade between the two countries in\r\n2024 amounted to $3.6 billion, down\r\n"
        "5.1% from 2023, the ministry said on\r\nTuesday, citing customs figures.\r\n",
        True,
    ),
    (
        "one paragraph per line, a headline without a full stop",
        "Kenya, Brazil eye wider trade\nTrade rose 12% to $4.2 billion in 2023.\n"
        "Exports reached $1.3 billion.\nImports fell 3 per cent.\nThe two sides will meet in May.\n",
        False,
    ),
    (
        "long paragraph lines (HTML or PDF text with one line per paragraph)",
        ("Trade between the two countries amounted to $3.6 billion in 2024, the ministry said, "
         "and officials expect it to grow further next year as new routes open") + "\n" * 2
        + ("Exports rose by a fifth, while imports from the partner fell slightly over the same "
           "period, according to figures released by the statistics office") + "\n" * 3,
        False,
    ),
    (
        "a table of figures, one per line",
        "Exports to China: $4.5bn, up 8% on 2023\nImports from China: $3.1bn, down 2% on 2023\n"
        "Trade balance with China: $1.4bn surplus\nTwo-way trade with China: $7.6bn in total\n",
        False,
    ),
    (
        "a bulleted list keeps its items",
        "Key figures for the first half of the year, as\nreported by the customs office on Friday:\n"
        "- exports of machinery to Germany: $1.2 bln\n- imports of chemicals from Germany: $0.9 bln\n"
        "- trade surplus with Germany widened to $0.3\nbln, the highest since records began in 1990\n",
        True,
    ),
]


@pytest.mark.parametrize("layout, text, joined", LAYOUTS, ids=[c[0] for c in LAYOUTS])
def test_layouts(layout: str, text: str, joined: bool) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert ("\n" in out.rstrip("\n")) is not joined or layout.startswith("a bulleted")
    if joined:
        assert "$3.6 billion" in out or "$0.3 bln" in out


def test_uneven_wrap_and_dateline() -> None:
    """A short line that stops mid-sentence runs on; a headline does not run into the dateline."""
    text = (
        "Trade between the two neighbours slips as metal prices fall\r\n"
        "ASTANA, 20 January 2025 (Wire) - Trade between the two neighbours in\r\n"
        "2024 amounted to $3.6\r\n"
        "billion, 5.1% less than in 2023, the statistics bureau said on\r\n"
        "Monday, adding that shipments of grain and metals fell by a tenth.\r\n"
    )
    out = unwrap(text)
    assert "fall\r\nASTANA, 20 January" in out
    assert "neighbours in  2024 amounted to $3.6  billion, 5.1% less" in out


def test_list_items_stay_on_their_own_lines() -> None:
    out = unwrap(LAYOUTS[5][1])
    assert "\n- exports of machinery" in out and "\n- imports of chemicals" in out
    assert "as reported by the customs office" in out
    assert "$0.3 bln, the highest" in out


@given(st.text(alphabet=st.sampled_from("ab .,\n\r-$1"), max_size=400))
def test_only_line_ends_change_and_offsets_hold(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert before == after or (before in "\r\n " and after == " ")


KEY = ["surface", "value", "value_high", "currency", "qualifier", "status", "scope", "metric", "economy", "partner",
       "period_label", "attributed_to", "reporter"]


def _rows(text: str) -> list[dict[str, Any]]:
    rows = claims_from_texts({"a.txt": text}).astype(object).fillna("").to_dict("records")
    # a joined "\r\n" is two spaces: the surface keeps the text's offsets, so compare its words
    return sorted(({k: " ".join(r[k].split()) if k == "surface" else r[k] for k in KEY} for r in rows), key=str)


@pytest.mark.parametrize("name", list(ARTICLES))
@pytest.mark.parametrize("width, newline", [(60, "\n"), (72, "\r\n"), (80, "\n")])
def test_wrapped_article_gives_the_same_rows(name: str, width: int, newline: str) -> None:
    """Each test article, its paragraphs wrapped by textwrap, gives the rows of its unwrapped form."""
    paragraphs = [p for p in ARTICLES[name].text.split("\n") if p.strip()]
    plain = "\n\n".join(paragraphs)
    wrapped = (newline * 2).join(textwrap.fill(p, width).replace("\n", newline) for p in paragraphs)
    assert wrapped != plain
    assert _rows(wrapped) == _rows(plain)


#: A line that ends on a number whose scale word opens the next line is wrapped inside the figure,
#: whatever the layout of the rest of the text (too short to judge, or one paragraph per line).
SPLIT_AMOUNTS = [
    ("Kuwait's exports to Oman reached KD 212\nmillion in 2024.\nThe ministry gave no more details.",
     "KD 212 million"),
    ("Peru's imports from Chile came to $1.4\r\nbillion in 2024, the ministry said.\nOfficials were pleased.",
     "$1.4 billion"),
]


@pytest.mark.parametrize("text, surface", SPLIT_AMOUNTS, ids=[t[:40] for t, _ in SPLIT_AMOUNTS])
def test_a_break_inside_an_amount_is_a_wrap(text: str, surface: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert [r["surface"] for r in _rows(text)] == [surface]


#: guards: a break after a number before anything but a lowercase scale word stays a break
KEPT_BREAKS = [
    "Chile's exports rose in 2024\nBillion-dollar deals were signed in Lima.\nThe talks went on.",
    "The port handled 45\nmiles of new track and 12 cranes.",
    "Exports reached $5.\nmillion-strong crowds were not expected.",
]


@pytest.mark.parametrize("text", KEPT_BREAKS, ids=[t[:40] for t in KEPT_BREAKS])
def test_other_breaks_after_a_number_stay(text: str) -> None:
    assert unwrap(text).count("\n") == text.count("\n")
