"""The workspace's parts on real vaults: lazy lists, filters, attachments, people, history,
trash, accessibility and easy reading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from safeplan.core import demo
from safeplan.core.journal.search import Query
from tests.ui.workspace.journal_fixtures import (
    StubDialogs,
    photo_bytes,
)


@pytest.fixture
def dialogs() -> StubDialogs:
    return StubDialogs()


class CountingJournal:
    """The real journal, with every ``list`` query recorded (to prove lists fetch in pages)."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal
        self.queries: list[Query] = []

    def list(self, query: Query) -> Any:
        self.queries.append(query)
        return self._journal.list(query)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._journal, name)


def many_incidents(vault: Any, count: int) -> None:
    vault.journal.save_many(
        ("incident", {"title": f"Incident {n}", "description": "shouting" if n % 2 else "quiet",
                      "occurred_at": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T20:00:00+03:00",
                      "categories": ["physical"] if n % 3 == 0 else ["threat"]}, None)
        for n in range(count))


def open_workspace(qtbot: Any, vault: Any, dialogs: StubDialogs) -> Any:
    from safeplan.ui.workspace.workspace import WorkspaceWidget

    workspace = WorkspaceWidget(vault, dialogs)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    return workspace


def test_list_model_fetches_in_pages(qtbot: Any, make_vault: Any) -> None:
    from safeplan.ui.workspace.entry_list_model import Column, EntryListModel

    vault = make_vault()
    many_incidents(vault, 250)
    journal = CountingJournal(vault.journal)
    model = EntryListModel(journal, Query(kinds=("incident",)),
                           [Column("Title", lambda e: e.content["title"])], page_size=100)
    assert (model.total, model.rowCount(), model.pages_fetched) == (250, 100, 1)
    assert all(q.limit == 100 for q in journal.queries)  # never an unlimited list
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    view.scrollToBottom()  # the view asks for more as it nears the end
    qtbot.waitUntil(lambda: model.rowCount() > 100)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert [q.offset for q in journal.queries] == [0, 100, 200]
    assert model.data(model.index(249, 0)) == model.entry(249).content["title"]
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_filters_narrow_the_incident_list(qtbot: Any, make_vault: Any,
                                          dialogs: StubDialogs) -> None:
    vault = make_vault()
    many_incidents(vault, 30)
    demo.populate(vault.journal, "en")
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    assert page.model.total == 34
    bar = page.filter
    with qtbot.waitSignal(page.model.query_applied):
        bar.category.setCurrentIndex(bar.category.findData("economic"))
    assert page.model.total == 1
    with qtbot.waitSignal(page.model.query_applied):
        bar.reset()
    viktor = next(e.uid for e in vault.journal.list(Query(kinds=("person",)))
                  if e.content["name"] == "Viktor K.")
    with qtbot.waitSignal(page.model.query_applied):
        bar.person.setCurrentIndex(bar.person.findData(viktor))
    assert page.model.total == 4
    with qtbot.waitSignal(page.model.query_applied):
        bar.attachments.setChecked(True)
    assert page.model.total == 1
    with qtbot.waitSignal(page.model.query_applied):
        bar.reset()
    from PySide6.QtCore import QDate

    with qtbot.waitSignal(page.model.query_applied):
        bar.reset()

    bar.date_from.setDate(QDate(2024, 3, 1))
    bar.date_to.setDate(QDate(2024, 3, 31))
    assert page.model.total == 34  # a date limit counts only when its box is ticked
    with qtbot.waitSignal(page.model.query_applied):
        bar.from_check.setChecked(True)
    assert bar.date_from.isEnabled()
    with qtbot.waitSignal(page.model.query_applied):
        bar.to_check.setChecked(True)
    assert page.model.total == len([n for n in range(30) if 1 + n % 12 == 3])


def test_thumbnail_follows_exif_orientation_in_memory() -> None:
    from PySide6.QtCore import QSize

    from safeplan.ui.workspace.attachments_widget import image_from_bytes, photo_taken_at

    data = photo_bytes(200, 100, orientation=6)
    image = image_from_bytes(data)
    assert (image.width(), image.height()) == (100, 200)  # turned upright as the phone meant
    thumb = image_from_bytes(data, QSize(60, 60))
    assert thumb.height() == 60 and thumb.width() == 30
    assert photo_taken_at(data) is None  # no camera time recorded: none is invented


def test_paste_screenshot_and_open_outside_asks_first(qtbot: Any, make_vault: Any,
                                                       dialogs: StubDialogs, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from safeplan.ui.workspace.attachments_widget import AttachmentsWidget

    vault = make_vault()
    widget = AttachmentsWidget(vault.journal, dialogs)
    qtbot.addWidget(widget)
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    QGuiApplication.clipboard().setImage(image)
    assert widget.paste_screenshot()
    uid = widget.ids()[0]
    stored = vault.journal.get(uid).content
    assert stored["media_type"] == "image/png" and stored["file_name"].startswith("screenshot_")
    widget.list.setCurrentRow(0)
    opened: list[Any] = []
    # Launching another program is the desktop's job; record the request instead.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "chosen" / "copy.png"
    target.parent.mkdir()
    dialogs.paths.append(target)
    dialogs.confirm_answers.append(False)
    widget.open_outside()
    assert not target.exists() and len(dialogs.asked) == 1  # warned, she said no: nothing out
    dialogs.confirm_answers.append(True)
    widget.open_outside()
    assert target.read_bytes() == vault.journal.read_attachment(uid)
    assert opened and opened[0].toLocalFile() == str(target)
    QGuiApplication.clipboard().clear()
    widget.view_current()
    viewer = widget.findChild(QWidget, "attachment_viewer")
    assert viewer is not None and viewer.isVisible()
    widget.clear_for_lock()
    assert widget._viewer is None and widget.list.count() == 0


def test_people_page_lists_linked_incidents_and_messages(qtbot: Any, make_vault: Any,
                                                         dialogs: StubDialogs) -> None:
    vault = make_vault()
    demo.populate(vault.journal, "en")
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.show_page("people")
    table = page.findChild(QTableView, "people_table")
    row = next(r for r in range(page.model.rowCount())
               if page.model.entry(r).content["name"] == "Viktor K.")
    table.selectRow(row)
    assert page.findChild(QLineEdit, "person_name").text() == "Viktor K."
    assert page.incidents_model.total == 4
    messages = vault.journal.count(Query(kinds=("message",)))
    assert page.messages_model.total == messages > 0
    page.findChild(QLineEdit, "person_contact").setText("+375 29 000-00-00")
    page.findChild(QLineEdit, "person_contact").textEdited.emit("+375 29 000-00-00")
    assert page.save() is not None
    uid = page.model.entry(page.model.row_of(page._uid)).uid
    assert vault.journal.get(uid).content["contact"] == "+375 29 000-00-00"
    assert vault.journal.get(uid).revision_count == 2
    # Double-clicking a linked incident opens it on the incidents page.
    page._on_linked_doubleClicked(page.incidents_table, page.incidents_model.index(0, 0))
    assert workspace.current_key() == "incidents"
    assert workspace.page("incidents").editor.isVisible()


def test_history_restore_appends_a_revision(qtbot: Any, make_vault: Any) -> None:
    from safeplan.ui.workspace.history_dialog import HistoryDialog

    vault = make_vault()
    uid = vault.journal.save("incident", {"title": "first", "severity": 2})
    vault.journal.save("incident", {"title": "second", "severity": 4}, uid)
    dialog = HistoryDialog(vault.journal, uid)
    qtbot.addWidget(dialog)
    assert dialog.revisions.count() == 2
    assert sorted(label for label, _b, _a in dialog.changes_of(1)) == ["How serious",
                                                                       "Short title"]
    dialog.revisions.setCurrentRow(0)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    history = vault.journal.history(uid)
    assert [r.action for r in history] == ["create", "update", "update"]
    assert vault.journal.get(uid).content == history[0].content
    assert dialog.revisions.count() == 3


def test_trash_restores_and_empties_only_after_confirmation(qtbot: Any, make_vault: Any,
                                                            dialogs: StubDialogs) -> None:
    vault = make_vault()
    many_incidents(vault, 3)
    workspace = open_workspace(qtbot, vault, dialogs)
    incidents = workspace.page("incidents")
    incidents.table.selectRow(0)
    dialogs.confirm_answers.append(True)
    incidents.findChild(QPushButton, "incidents_trash").click()
    assert incidents.model.total == 2
    trash = workspace.show_page("trash")
    assert trash.model.total == 1
    trash.table.selectRow(0)
    trash.findChild(QPushButton, "trash_restore").click()
    assert trash.model.total == 0
    workspace.show_page("incidents")
    assert incidents.model.total == 3  # refreshed when shown again
    incidents.table.selectRow(0)
    dialogs.confirm_answers.append(True)
    incidents.findChild(QPushButton, "incidents_trash").click()
    workspace.show_page("trash")
    dialogs.confirm_answers.append(False)
    trash.findChild(QPushButton, "trash_empty").click()
    assert trash.model.total == 1  # she said no: nothing removed
    dialogs.confirm_answers.append(True)
    trash.findChild(QPushButton, "trash_empty").click()
    assert trash.model.total == 0
    assert vault.journal.count(Query(in_trash=True)) == 0
    assert vault.journal.verify_chain().ok


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView,
             QAbstractSpinBox)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        # Parts inside a composite control (a spin box's editor, a view's viewport) are
        # named through the composite.
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            continue
        if type(widget).__module__.startswith("PySide6") and widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


@pytest.mark.parametrize("key", ["incidents", "people", "trash"])
def test_every_control_has_an_accessible_name_and_takes_focus(qtbot: Any, make_vault: Any,
                                                              dialogs: StubDialogs,
                                                              key: str) -> None:
    vault = make_vault()
    demo.populate(vault.journal, "en")
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.show_page(key)
    roots = [page]
    if key == "incidents":
        page.open_incident(page.model.entry(0).uid)
        roots = [page.editor]
    for root in roots:
        controls = _controls(root)
        assert len(controls) >= 3
        unnamed = [w.objectName() or type(w).__name__ for w in controls
                   if not w.accessibleName().strip()]
        assert unnamed == []
        assert all(w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in controls)
    assert workspace.nav.accessibleName()


def test_easy_reading_makes_text_larger_and_fits_small_screens(qtbot: Any, make_vault: Any,
                                                               dialogs: StubDialogs) -> None:
    vault = make_vault()
    normal = open_workspace(qtbot, vault, dialogs)
    normal_size = normal.font().pointSizeF()
    assert normal.nav.font().pointSizeF() > normal_size  # big navigation labels
    hint = normal.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700  # 768 minus the shell's bar
    normal.clear_for_lock()
    vault.set_setting("easy_reading", True)
    easy = open_workspace(qtbot, vault, dialogs)
    assert easy.easy_reading
    assert easy.font().pointSizeF() == pytest.approx(normal_size * 1.25)
    page = easy.page("incidents")
    page.new_incident()
    editor = page.editor
    assert editor.description.font().pointSizeF() == pytest.approx(normal_size * 1.25)
    # Larger text wraps (chips, buttons) instead of pushing the form sideways off the screen.
    easy.resize(1280, 700)
    qtbot.waitUntil(lambda: editor.findChild(QWidget, "incident_scroll").viewport().width() > 0)
    form = editor.findChild(QWidget, "incident_form")
    viewport = editor.findChild(QWidget, "incident_scroll").viewport()
    assert form.minimumSizeHint().width() <= viewport.width()
    vault.set_setting("easy_reading", False)
    easy.show_page("people")  # the setting is re-read when she moves between pages
    assert not easy.easy_reading


def test_russian_easy_reading_form_fits_without_sideways_scrolling(
        qtbot: Any, qapp: Any, make_vault: Any, dialogs: StubDialogs) -> None:
    from safeplan.ui.i18n import LanguageSwitcher

    vault = make_vault()
    demo.populate(vault.journal, "ru")
    vault.set_setting("easy_reading", True)
    switcher = LanguageSwitcher(qapp)
    switcher.switch("ru")  # Russian labels run longer than English ones
    try:
        workspace = open_workspace(qtbot, vault, dialogs)
        workspace.resize(1280, 700)
        page = workspace.page("incidents")
        page.open_incident(page.model.entry(0).uid)
        assert page.editor.save_button.text() == "Сохранить"
        scroll = page.editor.findChild(QWidget, "incident_scroll")
        qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
        form = page.editor.findChild(QWidget, "incident_form")
        assert form.minimumSizeHint().width() <= scroll.viewport().width()
    finally:
        switcher.switch("en")


def test_pages_are_built_on_first_visit_and_cleared_on_lock(qtbot: Any, make_vault: Any,
                                                          dialogs: StubDialogs) -> None:
    vault = make_vault()
    demo.populate(vault.journal, "en")
    workspace = open_workspace(qtbot, vault, dialogs)
    # Only the start page exists right after unlock (the first list appears quickly).
    assert set(workspace.built_pages()) == {"incidents"}
    assert workspace.page("incidents")._editor is None  # the form too waits until needed
    people = workspace.show_page("people")
    assert set(workspace.built_pages()) == {"incidents", "people"}
    with qtbot.waitSignal(workspace.lock_requested):
        people.lock_requested.emit()  # a page asking to lock reaches the shell
    workspace.page("incidents").open_incident(workspace.page("incidents").model.entry(0).uid)
    workspace.page("incidents").show_history(workspace.page("incidents").editor.uid)
    history = workspace.page("incidents")._history
    assert history is not None and history.isVisible()
    workspace.save_drafts()
    workspace.clear_for_lock()
    assert workspace.page("incidents")._history is None and not history.isVisible()
    assert people.model.rowCount() == 0 and people.findChild(QLineEdit, "person_name").text() == ""


def test_link_to_an_earlier_incident_and_drop_a_file(qtbot: Any, make_vault: Any,
                                                     dialogs: StubDialogs, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    vault = make_vault()
    earlier = vault.journal.save("incident", {"title": "The first time",
                                              "occurred_at": "2023-12-31T22:00:00+03:00"})
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    page.new_incident()
    editor = page.editor
    editor.title.setText("Again")
    picker = editor.linked
    picker.choices.setCurrentIndex(picker.choices.findData(earlier))
    picker.findChild(QPushButton, "incident_linked_add").click()
    # A photo dragged from the file manager onto the form's photo area.
    dropped = tmp_path / "bruise.jpg"
    dropped.write_bytes(photo_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.attachments.dropEvent(event)
    uid = editor.save()
    content = vault.journal.get(uid).content
    assert content["linked_incident_ids"] == [earlier]
    assert vault.journal.read_attachment(content["attachment_ids"][0]) == dropped.read_bytes()
    # An incident is never offered as linked to itself.
    page.open_incident(uid)
    assert editor.linked.choices.findData(uid) == -1


def test_person_being_typed_survives_a_lock(qtbot: Any, make_vault: Any,
                                            dialogs: StubDialogs) -> None:
    from safeplan.core.vault.vault import Vault
    from tests.ui.workspace.journal_fixtures import PASSPHRASE

    vault = make_vault()
    workspace = open_workspace(qtbot, vault, dialogs)
    people = workspace.show_page("people")
    name = people.findChild(QLineEdit, "person_name")
    qtbot.keyClicks(name, "Aunt Maria")  # typed by hand: textEdited marks the form changed
    workspace.save_drafts()
    workspace.clear_for_lock()
    vault.lock()
    reopened = Vault.unlock(vault.path, PASSPHRASE)
    try:
        again = open_workspace(qtbot, reopened, dialogs)
        page = again.show_page("people")
        assert page.model.total == 0  # nothing saved as a person yet...
        assert page.findChild(QLineEdit, "person_name").text() == "Aunt Maria"  # ...but kept
        assert page.save() is not None
        assert reopened.journal.load_draft("person:new") is None
        again.clear_for_lock()
    finally:
        reopened.lock()


def test_empty_list_says_what_to_do(qtbot: Any, make_vault: Any, dialogs: StubDialogs) -> None:
    from PySide6.QtWidgets import QLabel

    vault = make_vault()
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    empty = page.findChild(QLabel, "incidents_empty")
    assert empty.isVisible() and "Write down what happened" in empty.text()
    page.new_incident()
    page.editor.title.setText("First")
    page.editor.save()
    page.show_list()
    assert not empty.isVisible()
    with qtbot.waitSignal(page.model.query_applied):
        page.filter.search.setText("nothingsuchword")
    assert empty.isVisible() and "Show all" in empty.text()


def test_switching_language_retranslates_open_workspace(qtbot: Any, qapp: Any, make_vault: Any,
                                                        dialogs: StubDialogs) -> None:
    from safeplan.ui.i18n import LanguageSwitcher

    vault = make_vault()
    workspace = open_workspace(qtbot, vault, dialogs)
    page = workspace.page("incidents")
    page.new_incident()
    editor = page.editor
    editor.title.setText("Keep me")
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("ru")
        qtbot.waitUntil(lambda: editor.save_button.text() == "Сохранить")
        assert workspace.nav.item(1).text() == "Происшествия"
        assert page.filter.search.placeholderText() == "Поиск по словам в журнале…"
        assert editor.attachments.add_button.text() == "Добавить фото или файл…"
        assert editor.chips["physical"].text() == "Физическое"
        assert editor.title.text() == "Keep me"  # what she typed stays
    finally:
        switcher.switch("en")
    qtbot.waitUntil(lambda: editor.save_button.text() == "Save")
