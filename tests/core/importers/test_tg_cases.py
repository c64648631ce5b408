"""Telegram (issue 13.8 and "Also"): a written "Z"/offset is never overridden by --tz; Saved
Messages are her own (outgoing); referenced media are attached with hashes when inside the export
folder and listed as missing when not (never ``..``, absolute paths or links)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from safeplan.core.importers import TimezoneNeeded, parse_file
from tests.fixtures import fixture, real


def test_explicit_z_and_offset_are_kept_whatever_tz_is_chosen() -> None:
    path = fixture("telegram", "explicit_offsets.json")
    for tz in ("Europe/Minsk", "America/New_York"):
        batch = parse_file(path, tz=tz)
        got = {m["source"]["original_id"]: m for m in batch.document["messages"]}
        from datetime import datetime
        instants = {k: datetime.fromisoformat(m["sent_at"]).timestamp() for k, m in got.items()}
        assert instants == {"1": 1710439500.0, "2": 1710439560.0, "3": 1710439620.0}
        assert all(m.get("tz_known", True) for m in got.values())
    # shown in the chosen zone, same instant
    batch = parse_file(path, tz="Europe/Minsk")
    assert batch.document["messages"][0]["sent_at"] == "2024-03-14T21:05:00+03:00"
    # no zone needed when every date states its own
    assert parse_file(path).document["messages"][1]["sent_at"] == "2024-03-14T21:06:00+03:00"


def test_local_only_dates_still_need_the_zone_but_z_does_not_move() -> None:
    path = fixture("telegram", "local_only_offsets.json")
    with pytest.raises(TimezoneNeeded):
        parse_file(path)
    first, second = parse_file(path, tz="Europe/Moscow").document["messages"]
    assert first["sent_at"] == "2024-03-14T21:05:00+03:00"  # 18:05Z shown in Moscow
    assert second["sent_at"] == "2024-03-14T21:06:00+03:00" and second["tz_known"] is False


def test_saved_messages_are_her_own() -> None:
    batch = parse_file(fixture("telegram", "saved_messages.json"))
    own, forwarded = batch.document["messages"]
    assert batch.summary.survivor_key == "user777"
    assert own["direction"] == "outgoing"
    assert forwarded["direction"] == "incoming"  # his words, forwarded into her notes


def test_real_saved_messages_export_is_outgoing() -> None:
    batch = parse_file(real("corpus", "telegram", "saved.json"), tz="Europe/London")
    mine = [m for m in batch.document["messages"] if m["sender"] == "Ben"]
    assert mine and all(m["direction"] == "outgoing" for m in mine)


def test_real_z_dates_are_not_moved_by_tz() -> None:
    batch = parse_file(real("corpus", "telegram", "BIG_20A_5475M.json"), tz="Europe/Minsk")
    assert batch.document["messages"][0]["sent_at"] == "2017-01-01T09:20:09+03:00"  # 06:20:09Z


def test_media_present_attached_missing_listed_outside_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ChatExport_2024-03-15"
    shutil.copytree(fixture("telegram", "with_media/result.json").parent, folder)
    secret = tmp_path / "passport.pdf"
    secret.write_bytes(b"%PDF her passport")
    with parse_file(folder / "result.json") as batch:
        files = {f.file_name: f for f in batch.summary.media_files}
        photo = "photos/photo_1@14-03-2024_21-05-00.jpg"
        voice = "voice_messages/audio_1@14-03-2024_21-06-00.ogg"
        assert set(files) == {photo, voice}
        assert files[photo].sha256 == hashlib.sha256((folder / photo).read_bytes()).hexdigest()
        assert batch.open_attachment(files[voice].attachment_id).read() == (
            folder / voice).read_bytes()
        assert not any(f.predates_chat for f in files.values())
        missing = {m.where: m.detail for m in batch.summary.missing_media}
        assert missing["messages[2]"].startswith("file not found in export folder: video_files/")
        assert missing["messages[3]"].startswith("(File not included")
        assert ".." in missing["messages[4]"] and "absolute" in missing["messages[5]"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_media_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(fixture("telegram", "with_media/result.json").parent, folder)
    secret = tmp_path / "passport.pdf"
    secret.write_bytes(b"%PDF her passport")
    photo = folder / "photos" / "photo_1@14-03-2024_21-05-00.jpg"
    photo.unlink()
    photo.symlink_to(secret)
    (folder / "video_files").symlink_to(tmp_path, target_is_directory=True)
    shutil.copyfile(secret, tmp_path / "video_1@14-03-2024_21-07-00.mp4")
    with parse_file(folder / "result.json") as batch:
        assert [f.file_name for f in batch.summary.media_files] == [
            "voice_messages/audio_1@14-03-2024_21-06-00.ogg"]
        missing = {m.where: m.detail for m in batch.summary.missing_media}
        assert "link" in missing["messages[0]"] and "link" in missing["messages[2]"]


def test_file_older_than_its_message_is_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(fixture("telegram", "with_media/result.json").parent, folder)
    photo = folder / "photos" / "photo_1@14-03-2024_21-05-00.jpg"
    os.utime(photo, (1_600_000_000, 1_600_000_000))
    with parse_file(folder / "result.json") as batch:
        flags = {f.file_name.split("/")[0]: f.predates_chat for f in batch.summary.media_files}
        assert flags == {"photos": True, "voice_messages": False}


def test_one_damaged_message_does_not_refuse_the_chat(make_vault) -> None:  # type: ignore[no-untyped-def]
    """Issue 13.4 for Telegram: a message whose fields cannot be read becomes a visible entry
    with its JSON kept; the readable messages import."""
    import json

    from safeplan.core.interchange import import_document

    batch = parse_file(fixture("telegram", "damaged_messages.json"), tz="Europe/Minsk")
    s = batch.summary
    assert s.message_count == 2
    assert [(u.where, u.reason) for u in s.unreadable] == [
        ("messages[1]", "unreadable date"), ("messages[2]", "text is neither a string nor a list")]
    bad_date, bad_text = (m for m in batch.document["messages"] if m["source"].get("unreadable"))
    assert bad_date["sent_at"] is None and bad_date["precision"] == "approximate"
    assert bad_text["sent_at"] == "2024-03-14T21:07:00+03:00" and bad_text["sender"] == "Viktor"
    kept = json.loads(batch.open_attachment(bad_text["attachment_ids"][0]).read())
    assert kept["text"] == 42 and kept["id"] == 3
    vault = make_vault()
    report = import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    assert report.added["message"] == 4


def test_too_many_messages_in_one_import_name_the_limit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from safeplan.core.errors import LimitExceeded
    from safeplan.core.importers import _limits

    monkeypatch.setattr(_limits, "MAX_BUILT_MESSAGES", 2)
    with pytest.raises(LimitExceeded) as caught:
        parse_file(fixture("telegram", "explicit_offsets.json"))
    assert caught.value.limit == "messages" and "fewer chats" in str(caught.value)
