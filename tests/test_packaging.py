"""What a non-editable install ships: every package of ``src/`` and the seed articles.

An editable install (the README's command) imports straight from ``src/``, so a package
left out of ``pyproject.toml`` works here and is missing from a wheel. This test reads the
packaging settings instead of building a wheel, so it needs no network and no build step.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setuptools() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        settings: dict[str, object] = tomllib.load(f)["tool"]["setuptools"]
    return settings


def test_every_package_under_src_is_listed() -> None:
    src = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(src).parts)
        for init in src.rglob("__init__.py")
        if "egg-info" not in str(init)
    }
    listed = set(_setuptools()["packages"])  # type: ignore[call-overload]
    assert found <= listed, f"packages a wheel would leave out: {sorted(found - listed)}"


def test_seed_articles_ship_as_package_data() -> None:
    settings = _setuptools()
    assert settings["package-dir"]["tradecheck.seeds"] == "seeds"  # type: ignore[index]
    assert "tradecheck.seeds" in settings["packages"]  # type: ignore[operator]
    assert sorted((ROOT / "seeds").glob("*.txt")), "the seed corpus must not be empty"
