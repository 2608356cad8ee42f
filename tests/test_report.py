"""The HTML report: content, charts, escaping, offline safety, and the page in a real browser.

The browser tests run headless Chromium (Debian's ``chromium`` package) and are
skipped, saying why, when it is not installed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import matplotlib.image as mpimg
import numpy as np
import pandas as pd
import pytest

from tradecheck.conflicts import TRADE_METRICS, find_conflicts, rank_suspects
from tradecheck.pipeline import extract_claims
from tradecheck.report import build_report, short_money, write_charts
from tradecheck.table import claims_frame, conflicts_frame

# --------------------------------------------------------------------------- fixtures


Tables = tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]


@pytest.fixture(scope="module")
def seeds() -> Tables:
    claims = extract_claims([])
    conflicts = find_conflicts(claims)
    return claims, conflicts, rank_suspects(conflicts, claims)


@pytest.fixture(scope="module")
def seeds_page(seeds: Tables) -> str:
    return build_report(*seeds)


def _chart_groups(claims: pd.DataFrame) -> set[tuple[str, str, str, str]]:
    """The (metric, economy, partner, scope) groups the report should chart, computed apart."""
    dated = claims[
        claims["metric"].isin(TRADE_METRICS)
        & claims["value_usd"].notna()
        & claims["period_start"].str.fullmatch(r"\d{4}-\d{2}")
        & claims["period_end"].str.fullmatch(r"\d{4}-\d{2}")
    ]
    return set(dated[["metric", "economy", "partner", "scope"]].itertuples(index=False, name=None))


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script> and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "title"):
            self._in = tag
            if tag == "script":
                self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "title":
            self.title += data


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


_URL_ATTRIBUTES = frozenset({"action", "formaction", "poster", "background", "srcset", "data", "xlink:href"})


def _assert_inert(page: str) -> None:
    """Nothing on the page loads, links out or runs except the report's own one script."""
    parsed = _parse(page)
    names = [tag for tag, _ in parsed.tags]
    for banned in ("img", "iframe", "object", "embed", "link", "base", "frame", "audio", "video", "source"):
        assert banned not in names, f"<{banned}> on the page"
    assert names.count("script") == 1
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name}= on <{tag}>"
            assert name != "src", f"src= on <{tag}>"
            if name.endswith("href"):  # href, xlink:href: only links within the page
                assert value is not None and value.startswith("#"), f"{name}={value!r} on <{tag}>"
            if name in _URL_ATTRIBUTES:
                assert "javascript:" not in (value or "").lower(), f"{name}={value!r} on <{tag}>"
    script_tag = next(attrs for tag, attrs in parsed.tags if tag == "script")
    assert script_tag == {}, "the script must be inline, without attributes"
    ids = [attrs["id"] for _, attrs in parsed.tags if attrs.get("id")]
    assert len(ids) == len(set(ids)), "duplicate id attributes"


# --------------------------------------------------------------------------- the seeds report


def test_seeds_report_is_one_html_page(seeds_page: str) -> None:
    assert seeds_page.startswith("<!DOCTYPE html>")
    assert seeds_page.rstrip().endswith("</html>")
    assert "<style>" in seeds_page
    assert _parse(seeds_page).title == "tradecheck report"


def test_seeds_report_has_every_conflict_card(
    seeds: Tables, seeds_page: str
) -> None:
    _, conflicts, _ = seeds
    assert len(conflicts) == 3
    for rec in conflicts.to_dict("records"):
        assert html.escape(str(rec["explanation"])) in seeds_page
        assert f'id="conflict-{rec["conflict_id"]}"' in seeds_page
        for side in ("a", "b"):
            assert f'href="#claim-{rec[f"{side}_claim_id"]}"' in seeds_page
    assert seeds_page.count('<article class="card') == 3


@pytest.mark.parametrize("text", [
    "US$52 million", "$223.93 million", "$702.5 million", "$687.7 million", "712.5% year-on-year increase",
    "$84.6 million", "×4.31", "×8.30", "×2.54", "3 conflict, 0 explained",
], ids=lambda t: t)
def test_seeds_report_shows_the_numbers(seeds_page: str, text: str) -> None:
    assert html.escape(text) in seeds_page


def test_seeds_report_highlights_figures_in_sentences(seeds_page: str) -> None:
    assert "at around <mark>US$52 million</mark> in 2024" in seeds_page
    assert "it fell to <mark>$223.93 million</mark>, continuing" in seeds_page


def test_seeds_report_lists_every_claim_server_side(
    seeds: Tables, seeds_page: str
) -> None:
    claims, _, _ = seeds
    for cid in claims["claim_id"]:
        assert f'<tr id="claim-{cid}"' in seeds_page
    # The filter menus are hidden until the script runs, so the page reads fine without it.
    assert '<form class="filters" id="filters" hidden>' in seeds_page


def test_one_svg_per_chart_group(seeds: Tables, seeds_page: str) -> None:
    groups = _chart_groups(seeds[0])
    assert len(groups) == 2  # trade AZE-VNM and exports VNM->AZE
    assert seeds_page.count("<svg") == len(groups)
    assert seeds_page.count('<figure id="chart-') == len(groups)
    assert "Trade AZE–VNM" in seeds_page and "Exports VNM → AZE" in seeds_page


def test_charts_are_inline_svg_without_fonts_or_metadata(seeds_page: str) -> None:
    assert "<?xml" not in seeds_page and "<!DOCTYPE svg" not in seeds_page
    assert "<text" not in seeds_page  # glyphs are paths: no font needed
    assert "@font-face" not in seeds_page and "<metadata" not in seeds_page


def test_no_remote_resources(seeds_page: str) -> None:
    assert "http://" not in seeds_page and "https://" not in seeds_page
    assert "//" not in re.sub(r"<script>.*?</script>", "", seeds_page, flags=re.S).replace("://", "")
    _assert_inert(seeds_page)


def test_csp_allows_exactly_the_page_script(seeds_page: str) -> None:
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', seeds_page)
    assert csp is not None
    policy = html.unescape(csp.group(1))
    script = _parse(seeds_page).scripts[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_report_is_deterministic(seeds: Tables, seeds_page: str) -> None:
    assert build_report(*seeds) == seeds_page


def test_overview_counts_and_documents_read(seeds: Tables) -> None:
    page = build_report(*seeds, documents=5, title="Azerbaijan & Vietnam")
    assert "<b>5</b><span>documents read</span>" in page
    assert "<b>4</b><span>documents with figures</span>" in page
    assert "<b>14</b><span>figures found (11 stated, 3 derived)</span>" in page
    assert "<title>Azerbaijan &amp; Vietnam</title>" in page


# --------------------------------------------------------------------------- hostile documents

HOSTILE = [
    "<script>window.__pwned=1</script>",
    "</svg><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '"onerror="alert(1)',
    "</textarea></style></script><!--",
]


def _hostile_tables(evil: str) -> Tables:
    """Two conflicting claims whose every text field carries ``evil``."""
    common: dict[str, Any] = {
        "currency": "USD", "qualifier": "exact", "status": "actual", "metric": "trade_total",
        "economy": "AZE", "partner": "VNM", "period_start": "2024-01", "period_end": "2024-12",
        "period_label": "2024", "attributed_to": f"Agency {evil}",
    }
    claims = claims_frame([
        common | {"claim_id": f"a{evil}", "doc": f"doc-{evil}.html", "surface": f"$52 million {evil}",
                  "value": 52e6, "value_usd": 52e6, "sentence": f"Trade hit $52 million {evil} in 2024."},
        common | {"claim_id": "b2", "doc": f"{evil}", "surface": "$223.93 million", "value": 223.93e6,
                  "value_usd": 223.93e6, "sentence": f"{evil} Trade was $223.93 million in 2024."},
        common | {"claim_id": "c3", "doc": f"{evil}", "surface": evil, "value": 3e6, "value_usd": 3e6,
                  "metric": evil, "economy": evil, "partner": evil, "sentence": evil, "derived_from": evil},
    ])
    conflicts = conflicts_frame([{
        "conflict_id": f"x{evil}", "kind": "same_period", "a_claim_id": f"a{evil}", "b_claim_id": "b2",
        "metric": "trade_total", "economy": "AZE", "partner": "VNM", "period_label": f"2024 {evil}",
        "a_doc": f"doc-{evil}.html", "a_surface": f"$52 million {evil}", "a_value_usd": 52e6,
        "b_doc": evil, "b_surface": "$223.93 million", "b_value_usd": 223.93e6, "ratio": 4.31,
        "verdict": "conflict", "support_a": 1, "support_b": 1, "explanation": f"They disagree {evil}.",
    }])
    return claims, conflicts, rank_suspects(conflicts, claims)


@pytest.mark.parametrize("evil", HOSTILE, ids=HOSTILE)
def test_document_text_is_escaped_everywhere(evil: str) -> None:
    claims, conflicts, suspects = _hostile_tables(evil)
    page = build_report(claims, conflicts, suspects, title=f"Report {evil}")
    if any(c in evil for c in "<>\"'&"):
        assert evil not in page
    assert html.escape(evil) in page
    assert "window.__pwned" not in _parse(page).scripts[0]
    assert "<img" not in page  # as text it reads "&lt;img ...", which no parser turns into a tag
    assert page.count("<script") == 1 and page.count("</script>") == 1
    assert page.count("<svg") == page.count("</svg>") == 1
    _assert_inert(page)


def test_hostile_chart_files_have_safe_names(tmp_path: Path) -> None:
    # "$...$" would be TeX to matplotlib (and an unbalanced one an error) unless math parsing is off.
    claims, conflicts, _ = _hostile_tables("</svg><script>x</script>/../../etc US$5 $\\frac{1}{$")
    paths = write_charts(claims, conflicts, str(tmp_path / "charts"))
    assert paths
    for p in paths:
        assert Path(p).parent == tmp_path / "charts"
        assert re.fullmatch(r"\d\d-[A-Za-z0-9-]+\.(png|svg)", Path(p).name)


# --------------------------------------------------------------------------- charts and limits


def _grid_claims(n_groups: int, per_group: int) -> pd.DataFrame:
    rows = []
    for g in range(n_groups):
        for k in range(per_group):
            year = 2015 + k
            rows.append({
                "claim_id": f"g{g}k{k}", "doc": f"doc{k % 3}.txt", "surface": f"${10 + g} million",
                "value": (10 + g) * 1e6, "value_usd": (10 + g) * 1e6, "currency": "USD",
                "qualifier": ["exact", "approx", "lower_bound", "upper_bound", "derived", "range"][k % 6],
                "value_high": (12 + g) * 1e6 if k % 6 == 5 else None,
                "status": "forecast" if k == per_group - 1 else "actual",
                "metric": "trade_total", "economy": f"A{g:02d}", "partner": "ZZZ",
                "period_start": f"{year}-01", "period_end": f"{year}-{3 if k % 2 else 12:02d}",
                "period_label": str(year), "sentence": f"Trade reached ${10 + g} million.",
            })
    return claims_frame(rows)


def test_chart_count_is_capped_and_the_page_says_so() -> None:
    claims = _grid_claims(5, 6)
    page = build_report(claims, conflicts_frame([]), rank_suspects(conflicts_frame([]), claims), max_charts=2)
    assert page.count("<svg") == 2
    assert "Showing 2 of 5 groups" in page
    assert page.count('<tr id="claim-') == 30  # the table stays complete


def test_chart_legend_names_documents_and_styles() -> None:
    claims = _grid_claims(1, 6)
    page = build_report(claims, conflicts_frame([]), rank_suspects(conflicts_frame([]), claims))
    legend = page.split('<ul class="legend">')[1].split("</ul>")[0]
    for label in ("doc0.txt", "doc1.txt", "doc2.txt", "derived from a growth rate", "about (±10%)", "range",
                  "more than (lower bound)", "up to (upper bound)", "forecast or target"):
        assert html.escape(label) in legend


def test_empty_tables_still_make_a_page() -> None:
    claims, conflicts = claims_frame([]), conflicts_frame([])
    page = build_report(claims, conflicts, rank_suspects(conflicts, claims))
    assert "No two claims contradict each other." in page
    assert "No trade figure with a period" in page
    assert "<svg" not in page
    _assert_inert(page)


def test_write_charts_writes_png_and_svg_per_group(
    seeds: Tables, tmp_path: Path
) -> None:
    claims, conflicts, _ = seeds
    paths = write_charts(claims, conflicts, str(tmp_path / "new" / "charts"))
    assert len(paths) == 2 * len(_chart_groups(claims))
    assert [Path(p).name for p in paths] == [
        "01-trade-total-AZE-VNM.png", "01-trade-total-AZE-VNM.svg",
        "02-exports-VNM-AZE.png", "02-exports-VNM-AZE.svg",
    ]
    for p in paths:
        if p.endswith(".png"):
            pixels = mpimg.imread(p)
            assert pixels.shape[0] > 300 and pixels.shape[1] > 800
            assert np.ptp(pixels[..., :3]) > 0.5
        else:
            assert ET.parse(p).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert sorted(os.listdir(tmp_path / "new" / "charts")) == sorted(Path(p).name for p in paths)


@pytest.mark.parametrize(("amount", "text"), [
    (50e6, "$50M"), (1.2e9, "$1.2B"), (223.93e6, "$224M"), (-5e9, "-$5B"), (0.0, "$0"), (2500.0, "$2.5K"),
    (3e12, "$3T"), (math.nan, ""),
], ids=lambda x: str(x))
def test_short_money(amount: float, text: str) -> None:
    assert short_money(amount) == text


# --------------------------------------------------------------------------- in a real browser


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


needs_chromium = pytest.mark.skipif(
    _chromium() is None,
    reason="headless Chromium not found (install Debian's 'chromium' package to run the browser tests)",
)

_CONSOLE_PROBLEMS = re.compile(r"Uncaught|Refused to|Content Security Policy|violates", re.I)


def _browse(page_file: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    chromium = _chromium()
    assert chromium is not None
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    args = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-crash-reporter", f"--user-data-dir={profile}",
        "--enable-logging=stderr", "--v=0", *extra, page_file.resolve().as_uri(),
    ]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False,
                              env=os.environ | {"HOME": str(tmp)})
    except subprocess.TimeoutExpired:
        pytest.fail("headless Chromium did not finish within 120 s")
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _console_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line and _CONSOLE_PROBLEMS.search(line)]


@pytest.fixture()
def seeds_file(seeds_page: str, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "report.html"
    path.write_text(seeds_page, encoding="utf-8")
    yield path


@needs_chromium
def test_browser_screenshot_shows_the_report(seeds_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    done = _browse(seeds_file, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists(), done.stderr[-2000:]
    pixels = mpimg.imread(str(shot))[..., :3]
    assert pixels.shape[:2] == (2000, 1280)
    not_white = (pixels < 0.95).any(axis=2)
    assert not_white.mean() > 0.05, "the screenshot is (almost) blank"
    # The charts draw red conflict links: some strongly red pixels must be on screen.
    red = (pixels[..., 0] > 0.7) & (pixels[..., 1] < 0.35) & (pixels[..., 2] < 0.35)
    assert red.sum() > 50
    assert _console_problems(done.stderr) == []


@needs_chromium
def test_browser_runs_the_filter_script_without_errors(seeds_file: Path, tmp_path: Path) -> None:
    done = _browse(seeds_file, tmp_path, "--dump-dom")
    dom = done.stdout
    assert 'id="claims-table"' in dom
    # The script ran (so the CSP hash matches): it unhid the filters and counted the rows.
    assert "14 of 14 claims shown" in dom
    assert '<form class="filters" id="filters">' in dom
    assert _console_problems(done.stderr) == []


@needs_chromium
def test_browser_does_not_run_document_text(tmp_path: Path) -> None:
    evil = "<script>document.title='PWNED'</script><img src=x onerror=\"document.title='PWNED'\">"
    claims, conflicts, suspects = _hostile_tables(evil)
    page_file = tmp_path / "hostile.html"
    page_file.write_text(build_report(claims, conflicts, suspects), encoding="utf-8")
    done = _browse(page_file, tmp_path, "--dump-dom")
    dom = done.stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title is not None and title.group(1) == "tradecheck report"
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom
    assert "<img" not in dom
    # Escaping alone stopped it: the policy never had to block anything.
    assert _console_problems(done.stderr) == []
