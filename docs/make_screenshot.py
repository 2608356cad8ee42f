"""Rebuild ``docs/report-seeds.png``: the report of the bundled seeds, as headless Chromium shows it.

    python docs/make_screenshot.py                       # writes docs/report-seeds.png
    python docs/make_screenshot.py --html /tmp/seeds.html --height 2000

Needs Chromium (Debian: ``apt-get install chromium``). The page is loaded from a
``file://`` URL with networking features off, as in ``tests/test_report.py``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tradecheck.conflicts import find_conflicts, rank_suspects
from tradecheck.pipeline import extract_claims
from tradecheck.report import build_report

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default=str(HERE / "report-seeds.png"))
    parser.add_argument("--html", help="also keep the report's HTML here")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2000)
    args = parser.parse_args(argv)

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found; install Debian's 'chromium' package", file=sys.stderr)
        return 2
    claims = extract_claims([])
    conflicts = find_conflicts(claims)
    page = build_report(claims, conflicts, rank_suspects(conflicts, claims), documents=5,
                        title="tradecheck report: the seed articles")
    with tempfile.TemporaryDirectory() as tmp:
        html_file = Path(args.html) if args.html else Path(tmp) / "report.html"
        html_file.write_text(page, encoding="utf-8")
        subprocess.run([
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp}/profile", "--hide-scrollbars",
            f"--screenshot={Path(args.output).resolve()}",
            f"--window-size={args.width},{args.height}", html_file.resolve().as_uri(),
        ], check=True, capture_output=True, timeout=120)
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
