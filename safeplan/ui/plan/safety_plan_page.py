"""The guided safety plan: one section at a time, resumable, with gentle progress.

She may have two minutes before someone comes home (UX.md "Who"): every tick and keystroke goes to
an encrypted journal draft after a short pause, moving to another step commits a revision, and the
step she was on is remembered in the vault. Leaving the page (or a quick exit hiding it) saves.
Printing asks first, because a printed plan can be found (threat A1).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.errors import SafePlanError
from safeplan.core.export.plan_pdf import write_plan_pdf
from safeplan.core.plan.directory import Directory
from safeplan.core.plan.plan import PlanStore, SafetyPlan, format_date, load_templates
from safeplan.ui.plan.common import NoteBox, body, current_language, heading, scaled_font
from safeplan.ui.strings import ErrorText

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 700
COUNTRY_SETTING = "directory.country"


class SafetyPlanPage(QWidget):
    """``plan_saved`` is emitted after each committed revision."""

    plan_saved = Signal()

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safety_plan_page")
        self._vault = vault
        self._dialogs = dialogs
        self._clock = clock or (lambda: datetime.now(UTC))
        self._store = PlanStore(vault)
        self._lang = current_language()
        self.plan: SafetyPlan = self._store.load(self._lang)
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self._build()
        ids = self.plan.ordered_ids()
        step = self._store.current_step()
        self._show_step(ids.index(step) if step in ids else 0, save=False)

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = heading("", self, 1.6)
        outer.addWidget(self.title)
        self.progress_label = body("", self)
        self.progress_label.setObjectName("plan_progress")
        outer.addWidget(self.progress_label)
        self.review_box = NoteBox("", self)
        self.review_box.setObjectName("plan_review_reminder")
        self.reviewed_button = QPushButton(self)
        self.reviewed_button.setObjectName("plan_mark_reviewed")
        self.reviewed_button.clicked.connect(self._on_reviewed_clicked)
        self.review_box.label.parentWidget().layout().addWidget(  # type: ignore[union-attr]
            self.reviewed_button)
        outer.addWidget(self.review_box)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.steps = QListWidget(split)
        self.steps.setObjectName("plan_steps")
        self.steps.setFont(scaled_font(self, 1.1))
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setSpacing(2)
        self.steps.currentRowChanged.connect(self._on_steps_row_changed)
        right = QWidget(split)
        col = QVBoxLayout(right)
        self.step_label = body("", right)
        self.step_label.setObjectName("plan_step_of")
        self.section_title = heading("", right, 1.35)
        self.section_title.setObjectName("plan_section_title")
        self.section_intro = body("", right)
        self.items = QListWidget(right)
        self.items.setObjectName("plan_items")
        self.items.setFont(scaled_font(self, 1.15))
        self.items.setWordWrap(True)
        self.items.setSpacing(4)  # room between lines for unsteady hands and tired eyes
        self.items.itemChanged.connect(self._on_items_item_changed)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit(right)
        self.new_item.setObjectName("plan_new_item")
        self.new_item.returnPressed.connect(self._on_add_clicked)
        self.add_button = QPushButton(right)
        self.add_button.setObjectName("plan_add_item")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(right)
        self.remove_button.setObjectName("plan_remove_item")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        self.notes_label = QLabel(right)
        self.notes_label.setFont(scaled_font(self, 1.1, bold=True))
        self.notes = QPlainTextEdit(right)
        self.notes.setObjectName("plan_notes")
        self.notes.setFont(scaled_font(self, 1.15))
        # Tab must leave the notes (UX 10: no keyboard trap); a tab character adds nothing here.
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._on_notes_changed)
        self.notes_label.setBuddy(self.notes)
        nav = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.back_button = QPushButton(right)
        self.back_button.setObjectName("plan_back")
        self.back_button.clicked.connect(lambda: self._show_step(self.steps.currentRow() - 1))
        self.next_button = QPushButton(right)
        self.next_button.setObjectName("plan_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self._show_step(self.steps.currentRow() + 1))
        self.pdf_language = QComboBox(right)
        self.pdf_language.setObjectName("plan_pdf_language")
        for code, name in (("be", "Беларуская"), ("ru", "Русский"), ("en", "English")):
            self.pdf_language.addItem(name, code)
        self.pdf_language.setCurrentIndex(self.pdf_language.findData(self._lang))
        self.pdf_button = QPushButton(right)
        self.pdf_button.setObjectName("plan_pdf")
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        # Two groups that stack when the page is narrow (large text, 2× scaling) instead of
        # cutting "Save and next" short.
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.back_button)
        steps_row.addWidget(self.next_button)
        steps_row.addStretch(1)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_language)
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addStretch(1)
        self._nav_rows = nav
        nav.addLayout(steps_row)
        nav.addLayout(pdf_row)
        for widget in (self.step_label, self.section_title, self.section_intro, self.items):
            col.addWidget(widget)
        col.addLayout(add_row)
        col.addWidget(self.notes_label)
        col.addWidget(self.notes)
        col.addLayout(nav)
        split.addWidget(self.steps)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self._split = split
        outer.addWidget(split, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Your safety plan"))
        self.reviewed_button.setText(self.tr("I have looked over my plan today"))
        self.new_item.setPlaceholderText(self.tr("Add your own step…"))
        self.new_item.setAccessibleName(self.tr("Your own step"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove my step"))
        self.notes_label.setText(self.tr("Your notes for this part"))
        self.notes.setAccessibleName(self.tr("Your notes for this part"))
        self.notes.setPlaceholderText(self.tr("Anything you want to remember. It is saved as "
                                              "you type."))
        self.items.setAccessibleName(self.tr("Steps to tick"))
        self.steps.setAccessibleName(self.tr("Parts of the plan"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Save and go on"))
        self.pdf_button.setText(self.tr("Print or save as PDF…"))
        self.pdf_language.setAccessibleName(self.tr("Language of the printed plan"))
        self._refresh_steps()
        self._refresh_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._lang = current_language()
            self._retranslate()
            self._fill_section()
        super().changeEvent(event)

    # --- state -------------------------------------------------------------------------
    def _titles(self) -> dict[str, tuple[str, str]]:
        return {t.id: (t.title, t.intro) for t in load_templates(self._lang)}

    def _current_id(self) -> str:
        ids = self.plan.ordered_ids()
        row = max(self.steps.currentRow(), 0)
        return ids[min(row, len(ids) - 1)]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        """Whole words in the section list: it is as wide as its longest word run needs; on a
        narrow page it goes above the section, and the buttons under the notes stack."""
        metrics = self.steps.fontMetrics()
        titles = [self.steps.item(row).text() for row in range(self.steps.count())]
        widest_word = max((metrics.horizontalAdvance(word) for title in titles
                           for word in title.split()), default=80)
        widest_title = max((metrics.horizontalAdvance(title) for title in titles), default=80)
        chrome = 2 * self.steps.spacing() + 2 * self.steps.frameWidth() + 24
        want = min(widest_title, max(widest_word * 2, metrics.averageCharWidth() * 22)) + chrome
        # No minimum width from the list itself: the page's minimum must not depend on the
        # layout chosen, or a scroll area would keep it wide and never let it stack.
        self.steps.setMinimumWidth(0)
        narrow = self.width() < max(want, widest_word + chrome) + 520
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self._split.orientation() != orientation:
            self._split.setOrientation(orientation)
        right = self._split.widget(1)
        right_layout = right.layout() if right is not None else None
        if right is not None and right_layout is not None:
            # A splitter ignores height-for-width: give the section its wrapped text's height.
            needed = right_layout.minimumHeightForWidth(self.width()) + metrics.lineSpacing()
            right.setMinimumHeight(needed if narrow else 0)
        if narrow:
            self.steps.setMaximumHeight(metrics.lineSpacing() * 6 + 16)
        else:
            self.steps.setMaximumHeight(16777215)
            if self._split.sizes() and self._split.sizes()[0] < want:
                total = sum(self._split.sizes())
                self._split.setSizes([want, max(total - want, 1)])
        buttons_width = (self.back_button.sizeHint().width() + self.next_button.sizeHint().width()
                         + self.pdf_language.sizeHint().width()
                         + self.pdf_button.sizeHint().width() + 48)
        right_width = self.width() - (0 if narrow else want)
        direction = (QBoxLayout.Direction.TopToBottom if right_width < buttons_width
                     else QBoxLayout.Direction.LeftToRight)
        if self._nav_rows.direction() != direction:
            self._nav_rows.setDirection(direction)

    def _refresh_steps(self) -> None:
        titles = self._titles()
        row = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        for sid in self.plan.ordered_ids():
            done, total = self.plan.sections[sid].progress()
            title = titles.get(sid, (sid.replace("_", " "), ""))[0]
            item = QListWidgetItem(f"{title}  ({done}/{total})" if total else title)
            self.steps.addItem(item)
        self.steps.setCurrentRow(max(row, 0))
        self.steps.blockSignals(False)
        if hasattr(self, "_split"):
            self._fit_layout()

    def _refresh_progress(self) -> None:
        progress = self.plan.progress()
        self.progress_label.setText(self.tr(
            "You have started {started} of {total} parts. Take your time — you can stop at any "
            "moment and come back; everything is kept.").format(
                started=progress.sections_started, total=progress.sections_total))
        now = self._clock()
        if self.plan.review_due(now):
            if self.plan.last_reviewed_at:
                text = self.tr("You last looked over your plan on {date}. Things change — a few "
                               "minutes to check it again can help.").format(
                                   date=format_date(self.plan.last_reviewed_at, self._lang))
            else:
                text = self.tr("When you have a few quiet minutes, look over your plan once "
                               "more. Things change, and that is fine.")
            self.review_box.set_text(text)
            self.reviewed_button.show()
        elif self.plan.last_reviewed_at:
            self.review_box.set_text(self.tr("Last looked over: {date}").format(
                date=format_date(self.plan.last_reviewed_at, self._lang)))
            self.reviewed_button.hide()
        else:
            self.review_box.set_text("")

    def _show_step(self, row: int, *, save: bool = True) -> None:
        ids = self.plan.ordered_ids()
        row = max(0, min(row, len(ids) - 1))
        if save:
            self.commit()
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)
        self._store.set_current_step(ids[row])
        self._fill_section()

    def _fill_section(self) -> None:
        sid = self._current_id()
        title, intro = self._titles().get(sid, (sid.replace("_", " "), ""))
        self.section_title.setText(title)
        self.section_intro.setText(intro)
        self.section_intro.setVisible(bool(intro))
        section = self.plan.sections[sid]
        self._loading = True
        self.items.clear()
        for item in section.items:
            row = QListWidgetItem(item.display_text(self._lang))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            self.items.addItem(row)
        self.notes.setPlainText(section.notes)
        self._loading = False
        step = self.steps.currentRow()
        self.step_label.setText(self.tr("Part {n} of {total}").format(
            n=step + 1, total=self.steps.count()))
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < self.steps.count() - 1)

    # --- edits -------------------------------------------------------------------------
    def _changed(self) -> None:
        self._draft_timer.start()
        self._refresh_progress()
        done, total = self.plan.sections[self._current_id()].progress()
        current = self.steps.currentItem()
        if current is not None:
            title = self._titles().get(self._current_id(), (self._current_id(), ""))[0]
            current.setText(f"{title}  ({done}/{total})")

    def _on_steps_row_changed(self, row: int) -> None:
        if row >= 0:
            self._show_step(row)

    def _on_items_item_changed(self, row_item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.items.row(row_item)
        section = self.plan.sections[self._current_id()]
        section.items[row].done = row_item.checkState() == Qt.CheckState.Checked
        self._changed()

    def _on_notes_changed(self) -> None:
        if self._loading:
            return
        self.plan.sections[self._current_id()].notes = self.notes.toPlainText()
        self._changed()

    def _on_add_clicked(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        self.plan.add_item(self._current_id(), text)
        self.new_item.clear()
        self._fill_section()
        self._changed()

    def _on_remove_clicked(self) -> None:
        row = self.items.currentRow()
        section = self.plan.sections[self._current_id()]
        if row < 0 or section.items[row].template_id:
            self._dialogs.show_info(self, self.tr(
                "Only steps you added yourself can be removed. Suggested steps can simply be left "
                "unticked."))
            return
        self.plan.remove_item(self._current_id(), row)
        self._fill_section()
        self._changed()

    def _on_reviewed_clicked(self) -> None:
        self.plan.mark_reviewed(self._clock())
        self.commit()
        self._refresh_progress()

    def _save_draft(self) -> None:
        if not getattr(self._vault, "is_open", True):
            return  # locked by quick exit or idle lock: the last draft written is what is kept
        try:
            self._store.save_draft(self.plan)
        except SafePlanError as exc:  # a locked vault: the shell is already leaving
            log.warning("plan draft not saved: %s", exc.kind)

    def commit(self) -> None:
        """Write a revision if anything changed (also called when the page is hidden)."""
        self._draft_timer.stop()
        if not getattr(self._vault, "is_open", True):
            return
        try:
            if self._store.save(self.plan) is not None:
                self.plan_saved.emit()
        except SafePlanError as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))

    def hideEvent(self, event: QHideEvent) -> None:
        self.commit()
        super().hideEvent(event)

    # --- printing ----------------------------------------------------------------------
    def _on_pdf_clicked(self) -> None:
        if not self._dialogs.confirm(
                self, self.tr("Before you print"),
                self.tr("A printed plan can be found by someone else. Only print it if you have "
                        "a safe place to keep it, and think about leaving out names and "
                        "addresses he does not know."),
                confirm_label=self.tr("Choose where to save"), cancel_label=self.tr("Not now")):
            return
        lang = str(self.pdf_language.currentData())
        path = self._dialogs.choose_path(self, self.tr("Save the plan as PDF"),
                                         file_name="plan.pdf", name_filter="PDF (*.pdf)")
        if path is None:
            return
        self.commit()
        country = self._vault.get_setting(COUNTRY_SETTING, None)
        entries = []
        if isinstance(country, str) and country:
            try:
                entries = Directory(self._vault).entries(country=country)
            except SafePlanError:
                entries = []
        try:
            write_plan_pdf(self.plan, lang, path, printed_at=self._clock(),
                           help_entries=entries)
        except (SafePlanError, OSError) as exc:
            self._dialogs.show_error(self, ErrorText().message(exc))
            return
        self._dialogs.show_info(self, self.tr("The plan was saved. Keep the file or the paper "
                                              "somewhere safe."))
