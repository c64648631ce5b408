""""Know your options" guides and the draft outline of a private-prosecution application.

Guides are bundled, plain-language texts with sources and a "last checked" date, shown with their
disclaimer first (never legal advice). Links are shown as text and never opened (offline app,
requirement 14). The draft outline is built from entries she ticks and is marked DRAFT top and
bottom; saving it to a file warns that the file is not encrypted.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.atomic import atomic_write
from safeplan.core.errors import SafePlanError
from safeplan.core.journal.search import Query
from safeplan.core.plan.guides import Guide, list_guides
from safeplan.core.plan.plan import format_date
from safeplan.core.plan.prosecution_draft import build_outline, when_text
from safeplan.ui.plan.common import body, current_language, heading, scaled_font, vault_is_open
from safeplan.ui.strings import ErrorText
from safeplan.ui.workspace.entry_numbers import numbered, with_number


def guide_html(guide: Guide, lang: str, labels: dict[str, str]) -> str:
    """Every text is escaped: the browser must never interpret resource text as markup."""
    e = html.escape
    parts = [f"<h1>{e(guide.title)}</h1>", f"<p><i>{e(guide.summary)}</i></p>",
             "<table border='1' cellpadding='8' width='100%'><tr><td><b>"
             f"{e(guide.disclaimer)}</b></td></tr></table>"]
    for block in guide.blocks:
        parts.append(f"<h2>{e(block.heading)}</h2>")
        parts.extend(f"<p>{e(p)}</p>" for p in block.paragraphs)
        if block.bullets:
            parts.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in block.bullets) + "</ul>")
    parts.append(f"<h3>{e(labels['sources'])}</h3><ul>")
    parts.extend(f"<li>{e(s.title)}<br/><small>{e(s.url)}</small></li>" for s in guide.sources)
    parts.append("</ul>")
    checked = labels["checked"].format(date=format_date(guide.last_checked, lang))
    parts.append(f"<p><small>{e(checked)}</small></p>")
    return "".join(parts)


class GuidesPage(QWidget):
    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides_page")
        self._vault = vault
        self._dialogs = dialogs
        self._guides: list[Guide] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("guides_tabs")
        outer.addWidget(self.tabs)
        # Guides
        guides = QSplitter(Qt.Orientation.Horizontal)
        self.guide_list = QListWidget(guides)
        self.guide_list.setObjectName("guides_list")
        self.guide_list.setFont(scaled_font(self, 1.2))
        self.guide_list.setWordWrap(True)
        self.guide_list.currentRowChanged.connect(self._on_guide_row_changed)
        self.browser = QTextBrowser(guides)
        self.browser.setObjectName("guides_text")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setFont(scaled_font(self, 1.2))
        guides.addWidget(self.guide_list)
        guides.addWidget(self.browser)
        guides.setStretchFactor(1, 3)
        self.tabs.addTab(guides, "")
        # Draft outline
        draft = QWidget()
        grid = QGridLayout(draft)
        self.draft_title = heading("", draft, 1.3)
        self.draft_intro = body("", draft)
        grid.addWidget(self.draft_title, 0, 0, 1, 3)
        grid.addWidget(self.draft_intro, 1, 0, 1, 3)
        self.incident_label, self.witness_label, self.exhibit_label = (
            QLabel(draft), QLabel(draft), QLabel(draft))
        self.incidents = QListWidget(draft)
        self.incidents.setObjectName("draft_incidents")
        self.witnesses = QListWidget(draft)
        self.witnesses.setObjectName("draft_witnesses")
        self.exhibits = QListWidget(draft)
        self.exhibits.setObjectName("draft_exhibits")
        for col, (label, widget) in enumerate(((self.incident_label, self.incidents),
                                               (self.witness_label, self.witnesses),
                                               (self.exhibit_label, self.exhibits))):
            label.setBuddy(widget)
            label.setFont(scaled_font(self, 1.1, bold=True))
            widget.setFont(scaled_font(self, 1.1))
            # Long titles and captions wrap instead of being cut off (large system font, UX 10).
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            grid.addWidget(label, 2, col)
            grid.addWidget(widget, 3, col)
        row = QHBoxLayout()
        self.draft_language = QComboBox(draft)
        self.draft_language.setObjectName("draft_language")
        for code, name in (("be", "Беларуская"), ("ru", "Русский"), ("en", "English")):
            self.draft_language.addItem(name, code)
        self.make_button = QPushButton(draft)
        self.make_button.setObjectName("draft_make")
        self.make_button.clicked.connect(self._on_make_clicked)
        self.save_button = QPushButton(draft)
        self.save_button.setObjectName("draft_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        row.addWidget(self.draft_language)
        row.addWidget(self.make_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        grid.addLayout(row, 4, 0, 1, 3)
        self.outline = QPlainTextEdit(draft)
        self.outline.setObjectName("draft_outline")
        self.outline.setReadOnly(True)
        self.outline.setFont(scaled_font(self, 1.1))
        grid.addWidget(self.outline, 5, 0, 1, 3)
        grid.setRowStretch(5, 2)
        grid.setRowStretch(3, 1)
        self.tabs.addTab(draft, "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and vault_is_open(self._vault):
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        lang = current_language()
        self.tabs.setTabText(0, self.tr("Know your options"))
        self.tabs.setTabText(1, self.tr("Draft application"))
        self.guide_list.setAccessibleName(self.tr("Guides"))
        self.browser.setAccessibleName(self.tr("Text of the guide"))
        self.outline.setAccessibleName(self.tr("The draft outline"))
        self.draft_title.setText(self.tr("Draft outline of a private-prosecution application"))
        self.draft_intro.setText(self.tr(
            "Tick the incidents, witnesses and evidence to include. SafePlan puts them in the "
            "usual order of such an application. It is a DRAFT to check with a lawyer."))
        self.incident_label.setText(self.tr("Incidents"))
        self.witness_label.setText(self.tr("Witnesses"))
        self.exhibit_label.setText(self.tr("Evidence (files)"))
        self.draft_language.setAccessibleName(self.tr("Language of the outline"))
        self.make_button.setText(self.tr("Make the outline"))
        self.save_button.setText(self.tr("Save as a text file…"))
        self._guides = list_guides(lang)
        row = max(self.guide_list.currentRow(), 0)
        self.guide_list.blockSignals(True)
        self.guide_list.clear()
        for guide in self._guides:
            self.guide_list.addItem(guide.title)
        self.guide_list.blockSignals(False)
        self.guide_list.setCurrentRow(row)
        self._on_guide_row_changed(row)
        self.draft_language.setCurrentIndex(self.draft_language.findData(lang))
        self._fill_choices(lang)

    def _on_guide_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._guides):
            labels = {"sources": self.tr("Sources"), "checked": self.tr("Last checked: {date}")}
            self.browser.setHtml(guide_html(self._guides[row], current_language(), labels))

    def _fill_choices(self, lang: str) -> None:
        journal = self._vault.journal

        def fill(widget: QListWidget, entries: list[Any], text_of: Any) -> None:
            ticked = {widget.item(i).data(Qt.ItemDataRole.UserRole)
                      for i in range(widget.count())
                      if widget.item(i).checkState() == Qt.CheckState.Checked}
            widget.clear()
            for entry in entries:
                # the number the court PDF cites first, so she and her lawyer name the same one
                item = QListWidgetItem(numbered(entry.ref, text_of(entry)))
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             with_number(entry.ref, text_of(entry)))
                item.setData(Qt.ItemDataRole.UserRole, entry.uid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if entry.uid in ticked
                                   else Qt.CheckState.Unchecked)
                widget.addItem(item)

        fill(self.incidents, journal.list(Query(kinds=("incident",))),
             lambda e: f"{when_text(e.content, 'occurred_at', lang)} — "
                       f"{e.content.get('title') or ''}")
        people = [p for p in journal.list(Query(kinds=("person",)))
                  if p.content.get("role") != "perpetrator"]
        fill(self.witnesses, people, lambda e: str(e.content.get("name") or ""))
        fill(self.exhibits, journal.list(Query(kinds=("attachment",))), _exhibit_label)

    @staticmethod
    def _ticked(widget: QListWidget) -> list[str]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _on_make_clicked(self) -> None:
        try:
            outline = build_outline(self._vault.journal, self._ticked(self.incidents),
                                    self._ticked(self.witnesses), self._ticked(self.exhibits),
                                    str(self.draft_language.currentData()))
        except SafePlanError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))
            return
        self.outline.setPlainText(outline.to_text())
        self.save_button.setEnabled(True)

    def _on_save_clicked(self) -> None:
        if not self._dialogs.confirm(
                self, self.tr("Save outside the vault"),
                self.tr("The text file is not encrypted: anyone with this computer or the file "
                        "can read it. Save it only where it is safe, for example on your own USB "
                        "stick to give to a lawyer."),
                confirm_label=self.tr("Choose where to save"), cancel_label=self.tr("Not now")):
            return
        path = self._dialogs.choose_path(self, self.tr("Save the draft outline"),
                                         file_name="draft.txt", name_filter="Text (*.txt)")
        if path is None:
            return
        try:
            atomic_write(path, self.outline.toPlainText().encode("utf-8"))
        except OSError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))


def _exhibit_label(entry: Any) -> str:
    """File name first, then her caption: a caption alone ("the day after", or an importer's
    "Original export file, kept byte for byte") does not say which file she is ticking."""
    name = " ".join(str(entry.content.get("file_name") or "").split())
    caption = " ".join(str(entry.content.get("caption") or "").split())
    return f"{name} — {caption}" if name and caption else name or caption
