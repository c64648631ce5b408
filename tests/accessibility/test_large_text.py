"""A large system font (UX principle 10: respects the system font size) cuts no text off.

Older readers set a bigger font in the system. The app takes the system font as its base (the
workspace scales from it, never replaces it), so with a 13-point system font — about 1.45 × the
usual 9 points — every screen of the tour must still show every label, button, tab and
navigation row whole, and every journal screen must still fit a 1366×768 laptop.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.accessibility.known_issues import unexpected
from tests.accessibility.screens import JOURNAL_SIZE, all_screens, settle
from tests.i18n.clipping import any_text, clipped_texts

LARGE_POINTS = 13.0


@pytest.fixture(scope="module")
def large_tour(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    usual = qapp.font()
    large = qapp.font()
    large.setPointSizeF(LARGE_POINTS)
    qapp.setFont(large)
    scratch = tmp_path_factory.mktemp("large")
    found: list[dict[str, Any]] = []
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
                patch.setenv(name, str(scratch / "home" / name.lower()))
            for screen in all_screens(qapp, scratch / "tour"):
                settle(qapp)
                found.append({"name": screen.name, "clipped": clipped_texts(screen.window, any_text),
                              "size": (screen.window.width(), screen.window.height()),
                              "font": screen.window.font().pointSizeF()})
    finally:
        qapp.setFont(usual)
        settle(qapp)
    return found


def test_the_system_font_size_is_used(large_tour: list[dict[str, Any]]) -> None:
    assert large_tour
    assert all(s["font"] >= LARGE_POINTS - 0.1 for s in large_tour), large_tour


def test_no_text_is_cut_off_with_a_large_system_font(large_tour: list[dict[str, Any]]) -> None:
    clipped = unexpected("large_clipped", {s["name"]: s["clipped"] for s in large_tour
                                           if s["clipped"]})
    assert not clipped, "text cut off with a 13-point system font:\n" + "\n".join(
        f"  {name}: " + "; ".join(sorted(set(items))[:8]) for name, items in clipped.items())


def test_every_journal_screen_fits_a_1366x768_laptop_with_large_text(
        large_tour: list[dict[str, Any]]) -> None:
    too_big = unexpected("large_size", {
        s["name"]: [f"{s['size'][0]}×{s['size'][1]}"] for s in large_tour
        if not s["name"].startswith("decoy/")
        and (s["size"][0] > JOURNAL_SIZE.width() or s["size"][1] > JOURNAL_SIZE.height())})
    lines = [f"  {name}: {sizes[0]}" for name, sizes in too_big.items()]
    assert not too_big, "outgrows 1366×768 with a large system font:\n" + "\n".join(lines)
