"""The command line: passphrase from stdin, documented exit codes, no traceback for a person.

Exit codes (commands/common.py): 3 wrong passphrase, 4 damaged vault, 5 bad input file, 6 busy.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from safeplan import cli
from safeplan.commands.common import CliIO
from safeplan.core.i18n import Catalogue
from safeplan.core.journal.search import Query
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: bytes) -> tuple[int, str, str]:
    """Run the CLI in-process with ``stdin`` as raw bytes (a pipe, not a terminal)."""
    out, err = io.StringIO(), io.StringIO()
    stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    code = cli.main(args, CliIO(stdin=stream, stdout=out, stderr=err,
                                catalogue=Catalogue.load("en")))
    return code, out.getvalue(), err.getvalue()


def _create(path: Path, passphrase: str = "correct horse") -> None:
    Vault.create(path, passphrase, kdf=KdfParams.for_tests()).lock()


def _opens(path: Path, passphrase: str) -> bool:
    from safeplan.core.errors import WrongPassphrase

    try:
        Vault.unlock(path, passphrase, sleep=lambda _: None).lock()
    except WrongPassphrase:
        return False
    return True


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", None])
def test_create_takes_first_line_spaces_kept(tmp_path: Path, ending: bytes | None) -> None:
    path = tmp_path / "v" / "data.db"
    phrase = "  два слова with spaces  "
    code, _, err = run(["vault", "create", str(path), "--insecure-test-kdf"],
                       phrase.encode() + (ending + b"ignored second line\n" if ending else b""))
    assert code == 0, err
    assert _opens(path, phrase)
    assert not _opens(path, phrase.strip())
    assert not _opens(path, phrase + "\r")


def test_passwd_reads_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "v" / "data.db"
    _create(path, " old one ")
    code, _, err = run(["vault", "passwd", str(path)], b" old one \r\n new  one \r\n")
    assert code == 0, err
    assert _opens(path, " new  one ")
    assert not _opens(path, " old one ")


def test_passwd_without_second_line_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v" / "data.db"
    _create(path)
    header = Path(f"{path}-h").read_bytes()
    code, _, _ = run(["vault", "passwd", str(path)], b"correct horse\n")
    assert code == 3
    assert Path(f"{path}-h").read_bytes() == header


def test_wrong_passphrase_exit_3(tmp_path: Path) -> None:
    path = tmp_path / "v" / "data.db"
    _create(path)
    for args in (["vault", "check", str(path)], ["export", str(path), "--json",
                                                  str(tmp_path / "o.json")]):
        code, _, err = run(args, b"not it\n")
        assert code == 3
        assert "passphrase is not right" in err
    assert not (tmp_path / "o.json").exists()


@pytest.mark.parametrize("damage", ["truncate", "flip", "header"])
def test_damaged_vault_exit_4(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "v" / "data.db"
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    vault.journal.save_many([("incident", {"title": f"t{i}", "description": "x" * 300}, None)
                             for i in range(200)])
    vault.lock()
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "flip":
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        path.write_bytes(bytes(raw))
    else:
        Path(f"{path}-h").write_bytes(b"short")
    code, _, err = run(["vault", "check", str(path)], b"correct horse\n")
    assert code == 4, err
    assert "damaged" in err and "Traceback" not in err


def test_bad_input_file_exit_5_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "v" / "data.db"
    _create(path)
    doc: dict[str, Any] = {"format": "safeplan-journal", "version": 1,
           "incidents": [{"id": f"i{k}", "title": "ok", "occurred_at": "2024-01-01T10:00:00+03:00"}
                         for k in range(20)]}
    doc["incidents"][12]["occurred_at"] = "yesterday evening"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    code, _, err = run(["import", str(path), str(bad), "--format", "safeplan-json"],
                       b"correct horse\n")
    assert code == 5
    assert "incidents[12].occurred_at" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "safeplan-journal",\n "version": 1,\n "people": [}', "utf-8")
    code, _, err = run(["import", str(path), str(broken), "--format", "safeplan-json"],
                       b"correct horse\n")
    assert code == 5 and "line 3" in err
    vault = Vault.unlock(path, "correct horse", sleep=lambda _: None)
    try:
        assert vault.journal.count(Query()) == 0
    finally:
        vault.lock()


def test_busy_exit_6(tmp_path: Path) -> None:
    path = tmp_path / "v" / "data.db"
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    try:
        env = {**os.environ, "SAFEPLAN_LANG": "en"}
        done = subprocess.run([sys.executable, "-m", "safeplan", "vault", "check", str(path)],
                              input=b"correct horse\n", capture_output=True, cwd=REPO, env=env,
                              timeout=60)
        assert done.returncode == 6
        assert b"open in another window" in done.stderr
    finally:
        vault.lock()


def test_real_pipe_with_crlf(tmp_path: Path) -> None:
    """The same through a real pipe and ``python -m safeplan`` (Windows-style line ending)."""
    path = tmp_path / "v" / "data.db"
    env = {**os.environ, "SAFEPLAN_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "safeplan", "vault", "create", str(path),
                           "--insecure-test-kdf"], input=b" pass phrase \r\n",
                          capture_output=True, cwd=REPO, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert _opens(path, " pass phrase ")
