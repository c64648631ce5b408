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
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from safeplan.core.errors import SafePlanError
from safeplan.core.export.plan_pdf import write_plan_pdf
from safeplan.core.plan.directory import Directory
from safeplan.core.plan.plan import PlanStore, SafetyPlan, format_date, load_templates
from safeplan.ui.plan.common import current_language
from safeplan.ui.plan.safety_plan_form import SafetyPlanForm
from safeplan.ui.strings import ErrorText

log = logging.getLogger(__name__)
DRAFT_DELAY_MS = 700
COUNTRY_SETTING = "directory.country"


class SafetyPlanPage(SafetyPlanForm):
    """The plan's words, state, edits and printing on the widgets :class:`SafetyPlanForm`
    builds; ``plan_saved`` is emitted after each committed revision."""

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
        self.reviewed_button.clicked.connect(self._on_reviewed_clicked)
        self.steps.currentRowChanged.connect(self._on_steps_row_changed)
        self.items.itemChanged.connect(self._on_items_item_changed)
        self.new_item.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.notes.textChanged.connect(self._on_notes_changed)
        self.back_button.clicked.connect(lambda: self._show_step(self.steps.currentRow() - 1))
        self.next_button.clicked.connect(lambda: self._show_step(self.steps.currentRow() + 1))
        self.pdf_language.setCurrentIndex(self.pdf_language.findData(self._lang))
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self._retranslate()
        ids = self.plan.ordered_ids()
        step = self._store.current_step()
        self._show_step(ids.index(step) if step in ids else 0, save=False)

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
