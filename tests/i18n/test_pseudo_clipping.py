"""Pseudo-translation on every screen: no label, button, tab or menu row is cut off.

Issue 8: "a pseudo-translation mode (longer strings) is used in a test that screenshots every
screen to catch clipped text". Every message of every context is replaced by a longer, accented
form (tests/i18n/pseudo.py), the real shell tours every screen at the size of a 1366×768 laptop
(tests/accessibility/screens.py), each screen is grabbed to an image in memory, and every
translated text must have the room it needs — so Belarusian and Russian, which run longer than
English, fit too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.accessibility.known_issues import unexpected
from tests.accessibility.screens import JOURNAL_SIZE, all_screens, settle
from tests.i18n.clipping import clipped_texts, pseudo_share
from tests.i18n.pseudo import PseudoTranslator, is_pseudo, pseudo


def test_pseudo_keeps_placeholders_and_grows() -> None:
    text = "Saved {count} of {total} — %n file(s), &Open <b>now</b> &amp; %1"
    out = pseudo("Export for &court: {name}, %n item(s), %1")
    for kept in ("{name}", "%n", "%1", "&ç"):
        assert kept in out
    assert len(pseudo("Calculator")) > len("Calculator") * 1.3
    assert is_pseudo(pseudo("Lock")) and not is_pseudo("Lock")
    rich = pseudo(text)
    assert "<b>" in rich and "</b>" in rich and "&amp;" in rich and "{count}" in rich


@pytest.fixture(scope="module")
def pseudo_tour(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    scratch = tmp_path_factory.mktemp("pseudo")
    found: list[dict[str, Any]] = []
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
                patch.setenv(name, str(scratch / "home" / name.lower()))
            for screen in all_screens(qapp, scratch / "tour"):
                settle(qapp)
                image = screen.window.grab().toImage()  # the screen as it would be painted
                translated, total = pseudo_share(screen.window)
                found.append({
                    "name": screen.name,
                    "clipped": clipped_texts(screen.window),
                    "translated": translated,
                    "texts": total,
                    "size": (screen.window.width(), screen.window.height()),
                    "painted": not image.isNull() and image.width() > 0,
                })
    finally:
        qapp.removeTranslator(translator)
        settle(qapp)
    return found


def test_every_screen_is_painted_in_pseudo(pseudo_tour: list[dict[str, Any]]) -> None:
    assert len(pseudo_tour) >= 15
    for screen in pseudo_tour:
        assert screen["painted"], screen["name"]
        if screen["texts"] and not screen["name"].startswith("decoy/"):
            assert screen["translated"] > 0, f"{screen['name']}: no text went through tr()"
    # Most visible words come from tr(); the rest is journal data, digits and the JSON-held
    # plan and risk texts (translated per language in resources/).
    translated = sum(s["translated"] for s in pseudo_tour)
    assert translated >= 0.6 * sum(s["texts"] for s in pseudo_tour)


def test_journal_screens_fit_a_1366x768_laptop(pseudo_tour: list[dict[str, Any]]) -> None:
    too_big = unexpected("pseudo_size", {
        s["name"]: [f"{s['size'][0]}×{s['size'][1]}"] for s in pseudo_tour
        if not s["name"].startswith("decoy/")
        and (s["size"][0] > JOURNAL_SIZE.width() or s["size"][1] > JOURNAL_SIZE.height())})
    lines = [f"  {name}: {sizes[0]}" for name, sizes in too_big.items()]
    assert not too_big, "screens whose minimum size outgrows a 1366×768 laptop:\n" + "\n".join(lines)


def test_no_translated_text_is_clipped(pseudo_tour: list[dict[str, Any]]) -> None:
    clipped = unexpected("pseudo_clipped", {s["name"]: s["clipped"] for s in pseudo_tour
                                            if s["clipped"]})
    assert not clipped, "text cut off with longer (pseudo) translations:\n" + "\n".join(
        f"  {name}:\n    " + "\n    ".join(sorted(set(items))[:12]) for name, items in clipped.items())


def test_clipping_check_can_see_a_cut_label(qtbot: Any, tmp_path: Path) -> None:
    """The checker itself: a label squeezed below its text's width is reported; a roomy one not."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tight = QLabel(pseudo("A rather long label that cannot fit"))
    tight.setObjectName("tight")
    tight.setMinimumWidth(10)
    tight.setSizePolicy(tight.sizePolicy().Policy.Ignored, tight.sizePolicy().Policy.Preferred)
    roomy = QPushButton(pseudo("OK"))
    layout.addWidget(tight)
    layout.addWidget(roomy)
    window.resize(120, 80)
    window.show()
    qtbot.waitExposed(window)
    problems = clipped_texts(window)
    assert any("tight" in p for p in problems)
    assert not any("OK" in p or "ÖĶ" in p for p in problems)
