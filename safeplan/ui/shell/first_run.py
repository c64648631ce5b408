"""The first-run wizard (UX "First run"): language → limits → location → passphrase → decoy and
door code → optional second passphrase → done.

The vault is created at the last step, in a worker thread (Argon2id is calibrated to about a second,
requirement 1), and the settings are saved the moment it exists — so a quick exit on the final page
cannot leave a vault nobody can reach. When the chosen folder already holds data (a volunteer
starting from her USB stick), the passphrase steps are skipped and that data is used.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safeplan.core.settings import hash_door_code
from safeplan.ui.i18n import LanguageSwitcher
from safeplan.ui.shell.core_task import CoreTask
from safeplan.ui.shell.decoy_page import DecoyPage, DonePage, DuressPage
from safeplan.ui.shell.duress_sample import DuressSample
from safeplan.ui.shell.passphrase_page import PassphrasePage
from safeplan.ui.shell.wizard_pages import (
    LanguagePage,
    LimitsPage,
    LocationPage,
    WizardPage,
    big_font,
    text_label,
)
from safeplan.ui.strings import ErrorText

if TYPE_CHECKING:
    from safeplan.ui.shell.session import Session

log = logging.getLogger(__name__)


def _create_vault(
    path: Path, passphrase: str, kdf: Any, recovery: bool, duress: str, sample: DuressSample
) -> tuple[Any, str]:
    from safeplan.core.vault.vault import Vault

    vault = Vault.create(path, passphrase, kdf=kdf)
    try:
        code = vault.create_recovery_code() if recovery else ""
        if duress:
            vault.set_duress_passphrase(duress, populate=sample.populate)
    except BaseException:
        vault.lock()
        raise
    return vault, code


class FirstRunWizard(WizardPage):
    """Steps in a stack with Back / Next; creates the vault and hands it to the session."""

    def __init__(
        self, session: Session, language: LanguageSwitcher | None, *, kdf: Any = None
    ) -> None:
        super().__init__()
        self.setObjectName("first_run")
        self.session = session
        self._language = language
        self._kdf = kdf
        self._vault: Any = None
        self._task: CoreTask | None = None
        self._pending_settings: Any = None
        self._use_existing = False  # decided when leaving the location step
        self.errors = ErrorText(self)
        current = language.language if language is not None else "en"
        self.language_page = LanguagePage(current, self._on_language_chosen)
        self.limits_page = LimitsPage()
        self.location_page = LocationPage(
            session.paths.default_vault, session.dialogs, portable=session.paths.portable
        )
        self.passphrase_page = PassphrasePage()
        self.decoy_page = DecoyPage()
        self.duress_page = DuressPage()
        self.done_page = DonePage()
        self.stack = QStackedWidget()
        # Each step scrolls on its own: with a large system font on a 1366×768 laptop the
        # longer steps are taller than the window, and text must never be cut off.
        self._scrolls: dict[WizardPage, QScrollArea] = {}
        for page in self._all_pages():
            scroll = QScrollArea()
            scroll.setObjectName(f"{page.objectName()}_scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            self._scrolls[page] = scroll
            self.stack.addWidget(scroll)
            page.changed.connect(self._refresh)

        self.step_label = text_label(name="wizard_step", factor=1.0)
        self.heading = text_label(name="wizard_heading", factor=1.7)
        self.heading.setFont(big_font(self.heading, 1.7, bold=True))
        self.problem_label = text_label(name="wizard_problem", factor=1.05)
        self.busy = QProgressBar()
        self.busy.setObjectName("wizard_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        self.back_button = QPushButton()
        self.back_button.setObjectName("wizard_back")
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizard_next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_clicked)
        for button in (self.back_button, self.next_button):
            button.setFont(big_font(button, 1.15))
            button.setMinimumHeight(40)
            button.setMinimumWidth(140)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        column = QVBoxLayout()
        column.addWidget(self.step_label)
        column.addWidget(self.heading)
        column.addWidget(self.stack, 1)
        column.addWidget(self.busy)
        column.addWidget(self.problem_label)
        column.addLayout(buttons)
        # A readable measure: long lines are hard to follow for a tired or frightened reader.
        body = QWidget()
        body.setLayout(column)
        body.setMaximumWidth(860)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        outer.addStretch(1)
        outer.addWidget(body, 8)
        outer.addStretch(1)
        self.retranslate_ui()

    # --- steps -----------------------------------------------------------------------------
    def _all_pages(self) -> list[WizardPage]:
        return [
            self.language_page,
            self.limits_page,
            self.location_page,
            self.passphrase_page,
            self.decoy_page,
            self.duress_page,
            self.done_page,
        ]

    def steps(self) -> list[WizardPage]:
        """The steps in order; data already in the chosen folder skips the passphrase steps."""
        pages = self._all_pages()
        if self._use_existing:
            pages = [p for p in pages if p not in (self.passphrase_page, self.duress_page)]
        return pages

    @property
    def current(self) -> WizardPage:
        scroll = self.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        page = scroll.widget()
        assert isinstance(page, WizardPage)
        return page

    def go_to(self, page: WizardPage) -> None:
        self.stack.setCurrentWidget(self._scrolls[page])
        self._refresh()
        proxy = page.focusProxy()
        (proxy or self.next_button).setFocus()

    def _on_back_clicked(self) -> None:
        steps = self.steps()
        index = steps.index(self.current)
        if index > 0 and self.current is not self.done_page:
            self.go_to(steps[index - 1])

    def _on_next_clicked(self) -> None:
        page = self.current
        if self._task is not None or not page.is_complete():
            return
        if page is self.done_page:
            self._finish()
            return
        if page is self.location_page:
            self._use_existing = self.location_page.existing
        steps = self.steps()
        following = steps[steps.index(page) + 1]
        if following is self.duress_page:
            self.duress_page.main_passphrase = self.passphrase_page.passphrase
        if following is self.done_page:
            self._create()
            return
        self.go_to(following)

    def _refresh(self) -> None:
        steps = self.steps()
        page = self.current
        index = steps.index(page) if page in steps else 0
        self.step_label.setText(
            self.tr("Step {number} of {total}").format(number=index + 1, total=len(steps))
        )
        self.heading.setText(page.title())
        self.problem_label.setText(page.problem())
        busy = self._task is not None
        self.back_button.setEnabled(index > 0 and page is not self.done_page and not busy)
        self.next_button.setEnabled(page.is_complete() and not busy)
        if page is self.done_page:
            self.next_button.setText(self.tr("&Start"))
        elif steps[index + 1] is self.done_page:
            self.next_button.setText(self.tr("&Create"))
        else:
            self.next_button.setText(self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))

    # --- creating --------------------------------------------------------------------------
    def _on_language_chosen(self, code: str) -> None:
        if self._language is not None:
            self._language.switch(code)

    def _door_hint(self) -> str:
        if self.decoy_page.decoy_kind == "notes":
            return self.tr("type your code on a new line and then =.")
        return self.tr("type your code on the calculator and press =.")

    def _create(self) -> None:
        path = self.location_page.vault_path
        settings = replace(
            self.session.settings,
            language=self._language.language if self._language is not None else "",
            decoy_kind=self.decoy_page.decoy_kind,
            door_code_hash=hash_door_code(self.decoy_page.door_code),
        ).with_vault_path(path, self.session.paths.root, self.session.paths.default_vault)
        if self._use_existing:
            self._created(replace(settings, first_run_done=True), None, "")
            return
        passphrase = self.passphrase_page.passphrase
        recovery = self.passphrase_page.wants_recovery_code
        duress = self.duress_page.passphrase
        sample = DuressSample(parent=self)
        kdf = self._kdf
        task = CoreTask(lambda _t: _create_vault(path, passphrase, kdf, recovery, duress, sample))
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._pending_settings = replace(settings, first_run_done=True)
        self._task = task
        self.busy.show()
        self.problem_label.setText(self.tr("Setting up… this takes a few seconds."))
        self.session.run_task(task)
        self._refresh()
        self.problem_label.setText(self.tr("Setting up… this takes a few seconds."))

    def _on_task_succeeded(self, task: CoreTask, result: tuple[Any, str]) -> None:
        self._task = None
        self.busy.hide()
        vault, code = result
        if task.cancelled:
            vault.lock()
        self._created(self._pending_settings, None if task.cancelled else vault, code)

    def _on_task_failed(self, task: CoreTask, error: BaseException) -> None:
        self._task = None
        self.busy.hide()
        self._refresh()
        if not task.cancelled:
            self.problem_label.setText(self.errors.message(error))

    def _created(self, settings: Any, vault: Any, code: str) -> None:
        """Save the settings at once: the vault exists and must stay reachable."""
        self.session.save_settings(settings)
        self.session.apply_decoy(settings.decoy_kind)
        self._vault = vault
        self.passphrase_page.clear()
        self.duress_page.clear()
        self.done_page.set_result(code, self._door_hint())
        if self.session.setup_page is self:
            self.go_to(self.done_page)

    def _finish(self) -> None:
        vault, self._vault = self._vault, None
        self.done_page.clear()
        if vault is not None:
            self.session.open_journal(vault)
        else:
            self.session.show_unlock()

    def abort(self) -> None:
        """Quick exit during set-up: drop what was typed; lock a vault already made."""
        if self._task is not None:
            self._task.cancel()
            # The vault may still finish being created: the session locks it and keeps the
            # settings so it stays reachable (this page is about to be deleted).
            self.session.adopt_unfinished_setup(self._task, self._pending_settings)
            self._task = None
        self.passphrase_page.clear()
        self.duress_page.clear()
        self.done_page.clear()
        if self._vault is not None:
            self._vault.lock()
            self._vault = None

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self._refresh()
