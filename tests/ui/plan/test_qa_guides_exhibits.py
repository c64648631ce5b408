"""QA regression: the statement-draft evidence list showed only captions ("Original export file,
kept byte for byte", "the day after"), so she could not tell which file she was ticking."""

from __future__ import annotations

from safeplan.ui.plan.guides_page import GuidesPage


def test_exhibit_list_names_the_file_before_the_caption(qtbot, vault, dialogs) -> None:
    j = vault.journal
    j.add_attachment(b"\xff\xd8photo", "IMG_0412.jpg", "image/jpeg", caption="the day after")
    j.add_attachment(b"chat", "WhatsApp Chat with Ivan.txt", "text/plain")
    page = GuidesPage(vault, dialogs)
    qtbot.addWidget(page)
    # after the exhibit number ("E-0001 · ", tests/ui/workspace_b/test_entry_numbers_pickers.py)
    labels = sorted(page.exhibits.item(i).text().split(" · ", 1)[-1]
                    for i in range(page.exhibits.count()))
    assert labels == ["IMG_0412.jpg — the day after", "WhatsApp Chat with Ivan.txt"]
