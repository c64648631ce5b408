"""Open-format JSON read safely (issues 14.2, 14.8): an attachment ``path`` that is a symbolic link
is never followed, and a hostile nesting depth is a named limit, not "something unexpected"."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from safeplan.core.errors import InvalidInput, LimitExceeded
from safeplan.core.interchange import import_document, load_json
from safeplan.core.vault.vault import Vault


def document(sha: str, size: int) -> dict[str, object]:
    return {"format": "safeplan-journal", "version": 1,
            "attachments": [{"id": "a1", "file_name": "photo.jpg", "media_type": "image/jpeg",
                             "size": size, "sha256": sha, "path": "files/photo.jpg"}]}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_attachment_path_that_is_a_link_is_refused(tmp_path: Path,
                                                   make_vault) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "home" / "passport.pdf"
    secret.parent.mkdir()
    secret.write_bytes(b"%PDF her passport")
    base = tmp_path / "export"
    (base / "files").mkdir(parents=True)
    (base / "files" / "photo.jpg").symlink_to(secret)
    vault: Vault = make_vault()
    doc = document(hashlib.sha256(secret.read_bytes()).hexdigest(), secret.stat().st_size)
    with pytest.raises(InvalidInput) as caught:
        import_document(vault.journal, doc, base_dir=base)
    assert "link" in str(caught.value) and caught.value.where == "attachments[0].path"
    # a linked folder on the way is refused too
    (base / "files" / "photo.jpg").unlink()
    (base / "files").rmdir()
    (base / "files").symlink_to(secret.parent, target_is_directory=True)
    (secret.parent / "photo.jpg").write_bytes(b"x")
    with pytest.raises(InvalidInput):
        import_document(vault.journal, document(hashlib.sha256(b"x").hexdigest(), 1),
                        base_dir=base)


def test_a_real_file_beside_the_json_still_imports(tmp_path: Path,
                                                   make_vault) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path / "export"
    (base / "files").mkdir(parents=True)
    (base / "files" / "photo.jpg").write_bytes(b"photo")
    vault: Vault = make_vault()
    report = import_document(vault.journal, document(hashlib.sha256(b"photo").hexdigest(), 5),
                             base_dir=base)
    assert report.added["attachment"] == 1


def test_deeply_nested_json_is_a_named_limit(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_text('{"format": "safeplan-journal", "version": 1, "people": '
                    + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")
    with pytest.raises(LimitExceeded) as caught:
        load_json(path)
    assert caught.value.limit == "json-depth" and "nested" in str(caught.value)


def test_deeply_nested_telegram_json_is_a_named_limit(tmp_path: Path) -> None:
    from safeplan.core.importers import parse_file

    path = tmp_path / "result.json"
    path.write_text('{"name": "A", "messages": [{"id": 1, "date_unixtime": "1", "text": '
                    + "[" * 100_000 + "]" * 100_000 + "}]}", "utf-8")
    with pytest.raises(LimitExceeded) as caught:
        parse_file(path, "telegram")
    assert caught.value.limit == "json-depth"
    json.loads('{"ok": [[[]]]}')  # ordinary nesting is untouched
