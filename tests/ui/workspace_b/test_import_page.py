"""Import page: real sample exports are previewed, then committed all at once; a bad file, a
cancel or a lock change nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from safeplan.core.journal.search import Query
from safeplan.ui.workspace.import_page import ImportPage


def _wait(qtbot: Any, page: ImportPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=60000)


def _count(vault: Any) -> int:
    return int(vault.journal.count(Query()))


def test_telegram_sample_preview_then_commit(qtbot: Any, show: Any, make_vault: Any,
                                             dialogs: Any, samples: Path) -> None:
    vault = make_vault()
    viktor = vault.journal.save("person", {"name": "Someone else"})
    page = show(ImportPage(vault, dialogs))
    dialogs.files.append(samples / "telegram" / "test_single_export.json")
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert dialogs.errors == []
    assert _count(vault) == 1  # the preview has written nothing
    text = page.summary.text()
    assert "test_single_export.json" in text and "Messages: 2," in text
    assert "10:39" in text and "10:49" in text and "2018" in text
    assert page.people_table.rowCount() == 2
    names = {page.people_table.item(r, 0).text() for r in range(2)}
    assert names == {"Author 1", "Author 2"}
    # she says which side is hers and links the other writer to a person in her journal
    page.people_table.cellWidget(1, 2).setChecked(True)
    other = page.people_table.cellWidget(0, 3)
    other.setCurrentIndex(other.findData(viktor))
    me_name = page.people_table.item(1, 0).text()
    other_name = page.people_table.item(0, 0).text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    messages = vault.journal.list(Query(kinds=("message",)))
    assert len(messages) == 2
    by_sender = {m.content["sender"]: m.content for m in messages}
    assert by_sender[me_name]["direction"] == "outgoing"
    assert by_sender[other_name]["direction"] == "incoming"
    assert by_sender[other_name]["person_id"] == viktor
    assert all(m.content["source"]["file_name"] == "test_single_export.json" for m in messages)
    assert "2 messages" in page.status.text()
    # the same file again adds nothing
    page.read_file(samples / "telegram" / "test_single_export.json")
    _wait(qtbot, page)
    page.commit()
    _wait(qtbot, page)
    assert vault.journal.count(Query(kinds=("message",))) == 2
    assert "Nothing new" in page.status.text()


def test_whatsapp_asks_for_the_time_zone(qtbot: Any, show: Any, make_vault: Any, dialogs: Any,
                                         samples: Path) -> None:
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    page.read_file(samples / "whatsapp" / "englishandroidampm.txt")
    _wait(qtbot, page)
    assert page.zone_box.isVisible() and not page.import_button.isEnabled()
    assert dialogs.errors == []
    page.zone.setCurrentText("Not/AZone")
    page.zone_retry.click()
    assert dialogs.errors  # refused, the file is not read with a made-up zone
    page.zone.setCurrentText("Europe/Minsk")
    qtbot.mouseClick(page.zone_retry, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert "Europe/Minsk" in page.summary.text() and page.import_button.isEnabled()
    expected = page.batch.summary.message_count
    page.people_table.cellWidget(0, 3).setCurrentIndex(1)  # add the first writer as a person
    page.commit()
    _wait(qtbot, page)
    messages = vault.journal.list(Query(kinds=("message",)))
    assert expected > 0 and len(messages) == expected
    assert all(m.content["tz_known"] is False for m in messages)
    assert all("+03:00" in m.content["sent_at"] for m in messages if m.content.get("sent_at"))
    assert vault.journal.count(Query(kinds=("person",))) == 1


def test_bad_file_changes_nothing(qtbot: Any, show: Any, demo_vault: Any, dialogs: Any,
                                  samples: Path) -> None:
    before = _count(demo_vault)
    head = demo_vault.journal.chain_head()
    page = show(ImportPage(demo_vault, dialogs))
    page.read_file(samples / "sms-xml" / "sms_and_mms.xml")  # truncated XML
    _wait(qtbot, page)
    assert len(dialogs.errors) == 1 and "sms_and_mms.xml" in dialogs.errors[0]
    assert "line 136" in dialogs.errors[0]
    assert not page.import_button.isEnabled()
    assert _count(demo_vault) == before and demo_vault.journal.chain_head() == head


def test_cancelled_commit_leaves_the_vault_as_it_was(qtbot: Any, show: Any, make_vault: Any,
                                                     dialogs: Any, samples: Path) -> None:
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    page.read_file(samples / "sms-xml" / "edge_cases.xml")
    _wait(qtbot, page)
    head = vault.journal.chain_head()
    page.commit()
    page.cancel()
    _wait(qtbot, page)
    if page.last_report is None:  # cancelled in time: nothing at all was written
        assert _count(vault) == 0 and vault.journal.chain_head() == head
        assert "Nothing was added" in page.status.text()
    else:  # the tiny file finished first: then everything was written
        assert vault.journal.count(Query(kinds=("message",))) == 4


def test_lock_during_import_rolls_back(qtbot: Any, show: Any, make_vault: Any, dialogs: Any,
                                       samples: Path) -> None:
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    page.read_file(samples / "eml" / "sample04.eml")
    _wait(qtbot, page)
    page.commit()
    page.clear_for_lock()  # quick exit: cancel, wait, then the shell locks
    assert not page.busy
    count = _count(vault)
    assert count in (0, 1, 2)  # all of it or none of it (a message and maybe its sender)
    vault.lock()


def test_whole_account_export_imports_only_the_chosen_chats(qtbot: Any, show: Any,
                                                            make_vault: Any, dialogs: Any,
                                                            tmp_path: Path) -> None:
    import json

    def chat(name: str, sender: str, count: int, start: int) -> dict[str, Any]:
        return {"name": name, "type": "personal_chat", "id": start, "messages": [
            {"id": start + i, "type": "message", "date_unixtime": str(1704103200 + 60 * i),
             "from": sender, "from_id": f"user{start}", "text": f"{name} message {i}"}
            for i in range(count)]}

    export = tmp_path / "result.json"
    export.write_text(json.dumps({"chats": {"list": [chat("Viktor", "Viktor", 3, 100),
                                                       chat("Work group", "Boss", 2, 200)]}}),
                      encoding="utf-8")
    vault = make_vault()
    page = show(ImportPage(vault, dialogs))
    page.read_file(export)
    _wait(qtbot, page)
    assert page.chats_box.isVisible() and page.chats.count() == 2
    assert page.batch.summary.message_count == 5
    for row in range(page.chats.count()):
        item = page.chats.item(row)
        if item.data(Qt.ItemDataRole.UserRole) != "Viktor":
            item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(page.chats_apply, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    assert page.batch.summary.message_count == 3
    page.commit()
    _wait(qtbot, page)
    texts = sorted(m.content["text"] for m in vault.journal.list(Query(kinds=("message",))))
    assert texts == ["Viktor message 0", "Viktor message 1", "Viktor message 2"]
