"""Issue 15: at 150 % text and at 2× scaling every screen fits the screen, Exit stays on it and
nothing is cut off.

Each case starts the tour in a child process (scaled_probe.py) on a simulated screen — the
screen size and scaling are fixed when Qt starts — and lets the app size its own window, as it
does for her. Three screens: a 1366×768 laptop with 150 % text (QT_FONT_DPI=144 → 910×512 logical
pixels), a 1920×1080 screen at 2× (960×540), a 1280×800 screen at 2× (640×400, the smallest).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.accessibility.known_issues import unexpected

REPO = Path(__file__).resolve().parents[2]
CASES = {
    "text150_1366x768_ru": (1366, 768, {"QT_FONT_DPI": "144"}, "ru"),
    "scale2_1920x1080_be": (1920, 1080, {"QT_SCALE_FACTOR": "2"}, "be"),
    "scale2_1280x800_ru": (1280, 800, {"QT_SCALE_FACTOR": "2"}, "ru"),
}


def probe(tmp: Path, width: int, height: int, scaling: dict[str, str], lang: str,
          shots: Path | None = None) -> dict[str, Any]:
    config = tmp / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(scaling)
    env.update({"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "SAFEPLAN_LANG": lang,
                "HOME": str(tmp / "home"), "XDG_CONFIG_HOME": str(tmp / "config"),
                "XDG_DATA_HOME": str(tmp / "data"), "XDG_CACHE_HOME": str(tmp / "cache")})
    args = [sys.executable, "-m", "tests.accessibility.scaled_probe", str(tmp / "tour"), lang]
    if shots is not None:
        args.append(str(shots))
    done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


@pytest.fixture(scope="module", params=sorted(CASES))
def scaled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[str, dict[str, Any]]:
    width, height, scaling, lang = CASES[request.param]
    return request.param, probe(tmp_path_factory.mktemp(request.param), width, height, scaling,
                                lang)


def test_every_screen_was_seen(scaled: tuple[str, dict[str, Any]]) -> None:
    _case, report = scaled
    assert "unlock" in report and "incident_editor/new" in report
    assert sum(name.startswith("workspace/") for name in report) >= 10


def test_the_window_fits_the_screen_and_exit_is_on_it(scaled: tuple[str, dict[str, Any]]) -> None:
    case, report = scaled
    off = {name: f"window {s['window']} on screen {s['available']}"
           for name, s in report.items() if not _inside(s["window"], s["available"])}
    assert not off, f"{case}: window off the screen: {off}"
    no_exit = [name for name, s in report.items()
               if not name.startswith("decoy/") and (s["exit"] is None
                                                     or not _inside(s["exit"], s["available"]))]
    assert not no_exit, f"{case}: Exit not (wholly) on the screen: {no_exit}"


def test_no_text_or_control_is_cut(scaled: tuple[str, dict[str, Any]]) -> None:
    case, report = scaled
    found = unexpected("scaled_clipped", {
        name: sorted(set(s["clipped"])) + [f"control outside the window: {c}"
                                           for c in s["cut_controls"]]
        for name, s in report.items() if s["clipped"] or s["cut_controls"]})
    assert not found, f"{case}: cut off:\n" + "\n".join(
        f"  {name}: " + "; ".join(items[:6]) for name, items in found.items())
