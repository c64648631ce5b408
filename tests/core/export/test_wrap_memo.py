"""Issue 17.1: a paragraph wrapped again at the same width keeps the lines it was just broken
into (line breaking was wrapped twice for most paragraphs: KeepTogether, table cells), word
widths are measured once per export, and the
PDF's bytes stay exactly those of breaking it anew — hostile text, right-to-left, emoji, long
texts split across pages and the summary table included."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as paragraph_module

from safeplan.core.export import ChronologyOptions, export_from_source, wrap_memo
from safeplan.core.export.source import DocumentSource
from tests.core.export.sample_doc import document, sample_pdf_bytes


def _export(folder: Path, lang: str, memo: bool, monkeypatch: pytest.MonkeyPatch,
            breaks: list[int]) -> bytes:
    original = wrap_memo._ORIGINAL_WRAP

    def counting(self, width, height):  # type: ignore[no-untyped-def]
        breaks[0] += 1
        return original(self, width, height)

    with monkeypatch.context() as patch:
        patch.setattr(wrap_memo, "_ORIGINAL_WRAP", counting)
        if memo:
            wrap_memo.install()
        else:  # the design before: every wrap breaks the lines anew
            patch.setattr(wrap_memo, "install", lambda: None)
            patch.setattr(Paragraph, "wrap", counting)
            patch.setattr(Paragraph, "draw", wrap_memo._ORIGINAL_DRAW)
            patch.setattr(paragraph_module, "stringWidth", wrap_memo._ORIGINAL_WIDTH)
        return sample_pdf_bytes(folder, lang)


KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_memo_keeps_the_pdf_bytes_and_breaks_lines_less(tmp_path: Path, lang: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    fresh, memo = [0], [0]
    without = _export(tmp_path / "plain", lang, False, monkeypatch, fresh)
    with_memo = _export(tmp_path / "memo", lang, True, monkeypatch, memo)
    assert with_memo == without
    assert memo[0] < 0.75 * fresh[0], (memo[0], fresh[0])


def test_a_changed_or_drawn_paragraph_is_broken_anew() -> None:
    from safeplan.core.export.styles import make_styles

    wrap_memo.install()
    style = make_styles("en").body
    para = Paragraph("he shouted and blocked the door " * 20, style)
    first = para.wrap(200, 800)
    assert para.wrap(200, 800) == first
    narrower = para.wrap(100, 800)
    assert narrower[1] > first[1]  # another width: broken again
    para.style = make_styles("en").small  # a changed attribute: broken again
    assert para.wrap(200, 800)[1] < first[1]


def test_no_word_widths_are_kept_after_an_export(tmp_path: Path) -> None:
    export_from_source(DocumentSource(document(description="Secret words of hers")), KEY,
                       ChronologyOptions(), tmp_path / "out.pdf")
    assert wrap_memo._WIDTHS == {}
    assert wrap_memo._string_width("Secret", "SafePlanSerif", 10) > 0  # measured, remembered
    assert wrap_memo._WIDTHS
    wrap_memo.forget()


def test_a_heading_grouped_with_what_follows_keeps_its_lines(monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """The document sets keepWithNext to 0 on a heading it groups with the next flowable (a
    KeepTogether, wrapped again): line breaking does not read it, so the lines are kept."""
    from safeplan.core.export.styles import make_styles

    breaks = [0]
    original = wrap_memo._ORIGINAL_WRAP

    def counting(self, width, height):  # type: ignore[no-untyped-def]
        breaks[0] += 1
        return original(self, width, height)

    monkeypatch.setattr(wrap_memo, "_ORIGINAL_WRAP", counting)
    wrap_memo.install()
    para = Paragraph("No. 12 — Incident — 3 March 2024, 21:05", make_styles("en").h2)
    first = para.wrap(200, 800)
    para.__dict__["keepWithNext"] = 0  # as BaseDocTemplate.handle_keepWithNext does
    assert para.wrap(200, 800) == first
    assert breaks[0] == 1
    para.bulletText = "•"  # any other attribute still counts
    para.wrap(200, 800)
    assert breaks[0] == 2
