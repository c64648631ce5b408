"""The opened journal: big, plain navigation on the left, the chosen page on the right.

Issue 3 and UX principles 4 and 10. Pages are built the first time they are shown (not all at
unlock), so the first list appears quickly after the KDF even in a very large journal. Pages by
other engineers are imported by class name when their module exists; until then a calm "not
ready yet" page stands in. Every page offers ``refresh()``, ``save_drafts()`` and
``clear_for_lock()``; the workspace fans these out (lock and quick exit: drafts first, then every
form and model is cleared and every dialog of ours closed — requirement 7).

Easy reading (``vault.get_setting("easy_reading")``) scales the system font size (which is
respected as the base, never replaced by a fixed size).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from safeplan.ui.workspace.font_scale import apply_fonts, remember_ratios
from safeplan.ui.workspace.workspace_layout import WorkspaceLayout
from safeplan.ui.workspace.workspace_pages import (  # re-exported for older imports
    EASY_READING_SCALE,
    EXTRA_PAGES,
    NAV_SCALE,
    PAGES,
    START_PAGE,
    TITLE_SCALE,
    TITLED_PAGES,
    PageFactory,
    PageSpec,
    call_page,
    page_class,
)

__all__ = [
    "EASY_READING_SCALE",
    "EXTRA_PAGES",
    "NAV_SCALE",
    "PAGES",
    "START_PAGE",
    "TITLED_PAGES",
    "TITLE_SCALE",
    "PageFactory",
    "PageSpec",
    "WorkspaceWidget",
    "call_page",
    "page_class",
]


class WorkspaceWidget(WorkspaceLayout):
    """Navigation + pages. ``lock_requested`` asks the shell to lock (pages may ask; the Lock
    and Exit buttons themselves live in the shell's bar, always visible above the workspace).
    This class builds and switches the pages and says the words; :class:`WorkspaceLayout`
    lays out the navigation and the page holders."""

    lock_requested = Signal()
    handover_finished = Signal()
    language_requested = Signal(str)  # the settings page's "language of the app" (shell applies)
    easy_reading_changed = Signal(float)  # the scale; the shell enlarges its bar to match

    def __init__(self, vault: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._vault = vault
        self._dialogs = dialogs
        self._pages: dict[str, QWidget] = {}
        self._easy_reading = False
        self._return_to = START_PAGE
        self.nav.currentRowChanged.connect(self._on_nav_currentRowChanged)
        for number in range(1, min(len(PAGES), 9) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))
        self.note_button.clicked.connect(self.open_quick_note)
        self.note_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.note_shortcut.activated.connect(self.open_quick_note)
        self._remember_ratios(self)
        self.apply_easy_reading(bool(vault.get_setting("easy_reading", False)))
        self.retranslate_ui()
        self.show_page(START_PAGE)

    # --- public API -------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key not in self._pages:
            self._pages[key] = self._build_page(key)
        return self._pages[key]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def show_page(self, key: str) -> QWidget:
        keys = [spec.key for spec in PAGES]
        if key not in keys:
            return self._show_extra(key)
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # _on_nav_currentRowChanged builds and refreshes it
        elif self.stack.currentIndex() != row:
            self._on_nav_currentRowChanged(row)
        return self.page(key)

    def current_key(self) -> str:
        index = self.stack.currentIndex()
        specs = (*PAGES, *EXTRA_PAGES)
        return specs[index].key if 0 <= index < len(specs) else START_PAGE

    def open_quick_note(self) -> QWidget:
        """The 30-second note, from anywhere in the journal (button or Ctrl+N)."""
        return self.show_page("quick_note")

    def open_guided_entry(self) -> QWidget:
        return self.show_page("guided")

    def _show_extra(self, key: str) -> QWidget:
        if self._vault is None:
            return self.page(key)
        current = self.current_key()
        if current in {spec.key for spec in PAGES}:
            self._return_to = current
        page = self.page(key)
        index = [spec.key for spec in (*PAGES, *EXTRA_PAGES)].index(key)
        self.stack.setCurrentIndex(index)
        self.title.hide()
        start = getattr(page, "start", None)
        if start is not None:
            start()
        return page

    def _on_extra_finished(self, uid: str) -> None:
        """A quick note or guided entry was saved (uid) or left (""): back to where she was;
        a saved one opens in the incident list."""
        if uid:
            page = self.show_page("incidents")
            call_page(page, "refresh")
        else:
            self.show_page(self._return_to)

    def save_drafts(self) -> None:
        for page in self._pages.values():
            call_page(page, "save_drafts")

    def clear_for_lock(self) -> None:
        """Forget everything shown: drafts are saved by the caller first (save_drafts)."""
        for page in self._pages.values():
            call_page(page, "clear_for_lock")
        self._vault = None
        self.title.clear()

    def apply_easy_reading(self, on: bool) -> None:
        """Larger text everywhere (system size × 1.25, the shell's bar too), bigger navigation
        labels and simpler words for the sections."""
        changed = on != self._easy_reading
        self._easy_reading = on
        self._apply_fonts(self)
        if changed:
            self.retranslate_ui()
            for page in self._pages.values():  # their words too, live
                self._pass_easy_reading(page)
        self._fit_nav()
        self.easy_reading_changed.emit(EASY_READING_SCALE if on else 1.0)

    def _pass_easy_reading(self, page: QWidget) -> None:
        setter = getattr(page, "set_easy_reading", None)
        if setter is not None:
            setter(self._easy_reading)

    def _base_size(self) -> float:
        size = QGuiApplication.font().pointSizeF()
        return size * (EASY_READING_SCALE if self._easy_reading else 1.0)

    @staticmethod
    def _remember_ratios(root: QWidget) -> None:
        remember_ratios(root)

    def _apply_fonts(self, root: QWidget) -> None:
        apply_fonts(root, self._base_size())

    @property
    def easy_reading(self) -> bool:
        return self._easy_reading

    @property
    def header_scale(self) -> float:
        return EASY_READING_SCALE if self._easy_reading else 1.0

    # --- internals --------------------------------------------------------------------------
    def _build_page(self, key: str) -> QWidget:
        holder = self._holders[key]
        spec = next(s for s in (*PAGES, *EXTRA_PAGES) if s.key == key)
        factory = page_class(spec)
        page = factory(self._vault, self._dialogs, None)
        for name, slot in (("handover_finished", self.handover_finished),
                           ("finished", self._on_extra_finished),
                           ("guided_requested", self.open_guided_entry),
                           ("quick_note_requested", self.open_quick_note)):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(slot)
        lock_signal = getattr(page, "lock_requested", None)
        if lock_signal is not None:
            lock_signal.connect(self.lock_requested)
        language_signal = getattr(page, "app_language_chosen", None)
        if language_signal is not None:
            language_signal.connect(self.language_requested)
        layout = holder.layout()
        assert layout is not None
        self._pass_easy_reading(page)
        self._remember_ratios(page)
        layout.addWidget(page)
        self._apply_fonts(page)
        built = getattr(page, "editor_built", None)
        if built is not None:
            built.connect(self._on_page_editor_built)
        if key == "people":
            page.open_requested.connect(self._on_open_requested)  # type: ignore[attr-defined]
        return page

    def _on_nav_currentRowChanged(self, row: int) -> None:
        if not 0 <= row < len(PAGES) or self._vault is None:
            return
        key = PAGES[row].key
        fresh = key not in self._pages
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        item = self.nav.item(row)
        self.title.setText(item.text())
        self.title.setVisible(key in TITLED_PAGES)
        easy = bool(self._vault.get_setting("easy_reading", False))
        if easy != self._easy_reading:
            self.apply_easy_reading(easy)
        if not fresh:
            call_page(page, "refresh")

    def _on_page_editor_built(self, editor: QWidget) -> None:
        self._remember_ratios(editor)
        self._apply_fonts(editor)

    def _on_open_requested(self, kind: str, uid: str) -> None:
        if kind == "incident":
            page = self.show_page("incidents")
            page.open_incident(uid)  # type: ignore[attr-defined]
        elif kind == "message":
            page = self.show_page("messages")
            show = getattr(page, "show_entry", None)
            if show is not None:
                show(uid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _names(self) -> dict[str, str]:
        if self._easy_reading:
            # Easy reading promises simpler words: what each part is for, not its office name.
            return {
                "timeline": self.tr("Everything by date"), "incidents": self.tr("What happened"),
                "messages": self.tr("Messages to and from you"), "medical": self.tr("Doctors and injuries"),
                "people": self.tr("People"), "plan": self.tr("My safety plan"),
                "directory": self.tr("Where to get help"), "risk": self.tr("Am I in danger?"),
                "legal": self.tr("Court and police dates"), "guides": self.tr("Guides"),
                "handover": self.tr("Volunteer hand-over"),
                "export": self.tr("File for the court"), "import": self.tr("Messages from the phone"),
                "settings": self.tr("Settings"), "trash": self.tr("Deleted things"),
            }
        return {
            "timeline": self.tr("Timeline"), "incidents": self.tr("Incidents"),
            "messages": self.tr("Messages"), "medical": self.tr("Medical"),
            "people": self.tr("People"), "plan": self.tr("Safety plan"),
            "directory": self.tr("Where to get help"), "risk": self.tr("Danger signs"),
            "legal": self.tr("Court and police dates"), "guides": self.tr("Guides"),
            "handover": self.tr("Volunteer hand-over"),
            "export": self.tr("Export for court"), "import": self.tr("Import messages"),
            "settings": self.tr("Settings"), "trash": self.tr("Trash"),
        }

    def retranslate_ui(self) -> None:
        names = self._names()
        for row, spec in enumerate(PAGES):
            item = self.nav.item(row)
            item.setText(names[spec.key])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, names[spec.key])
            keys = self.tr("Ctrl+{n}").format(n=row + 1) if row < 9 else ""
            item.setToolTip(keys)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, keys)
        self.nav.setAccessibleName(self.tr("Sections of your journal"))
        self._note_texts = (self.tr("+ Quick note"), self.tr("+ Note"))
        self.note_button.setAccessibleName(self.tr("Quick note: write down what happened now"))
        self.note_button.setToolTip(self.tr("Ctrl+N"))
        self.keys_hint.setText(self.tr(
            "Keys: Ctrl+1 to Ctrl+9 open the first nine sections; Ctrl+N opens a quick note."))
        self._fit_nav()
        current = self.nav.currentItem()
        if current is not None:
            self.title.setText(current.text())
