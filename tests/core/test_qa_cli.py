"""QA regression: `safeplan vault backup VAULT DEST` created a missing DEST (even /nonexist at the
root), so a mistyped USB path put the copy on the laptop's own disk (threat A3)."""

from __future__ import annotations

import io
from pathlib import Path

from safeplan.cli import main
from safeplan.commands.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, CliIO, report_error
from safeplan.core.errors import InvalidInput
from safeplan.core.i18n import Catalogue


def _io(stdin: str = "") -> CliIO:
    return CliIO(stdin=io.StringIO(stdin), stdout=io.StringIO(), stderr=io.StringIO(),
                 catalogue=Catalogue.load("en"))


def test_backup_into_a_missing_folder_writes_nothing(make_vault, tmp_path: Path) -> None:
    vault = make_vault("v/data.db", passphrase="pw")
    vault.lock()
    missing = tmp_path / "media" / "usb1"
    cli = _io("pw\n")
    assert main(["vault", "backup", str(vault.path), str(missing)], cli) == EXIT_USAGE
    assert not missing.exists() and not missing.parent.exists()
    assert "does not exist" in cli.stderr.getvalue()  # type: ignore[attr-defined]
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["vault", "backup", str(vault.path), str(stick)], _io("pw\n")) == EXIT_OK
    assert any(stick.iterdir())


def test_a_files_own_upper_case_place_stays_a_bad_file() -> None:
    cli = _io()
    code = report_error(cli, InvalidInput("entity declarations are not allowed",
                                          where="DOCTYPE", file_name="sms.xml"))
    assert code == EXIT_BAD_INPUT


def test_import_a_missing_file_is_named_before_the_passphrase(tmp_path: Path) -> None:
    cli = _io("")  # no passphrase on stdin: it must not be asked for
    code = main(["import", str(tmp_path / "v.db"), str(tmp_path / "reslt.json")], cli)
    assert code == EXIT_USAGE
    assert "reslt.json" in cli.stderr.getvalue()  # type: ignore[attr-defined]


def test_import_a_telegram_export_folder_reads_its_result_json(make_vault, tmp_path: Path,
                                                                samples: Path) -> None:
    import shutil

    vault = make_vault("v/data.db", passphrase="pw")
    vault.lock()
    folder = tmp_path / "ChatExport_2024-03-12"
    folder.mkdir()
    shutil.copy(samples / "telegram" / "DM_2A_7M.json", folder / "result.json")
    cli = _io("pw\n")
    code = main(["import", str(vault.path), str(folder), "--tz", "Europe/Minsk"], cli)
    assert code == EXIT_OK, cli.stderr.getvalue()  # type: ignore[attr-defined]
    assert "messages: 8" in cli.stdout.getvalue()  # type: ignore[attr-defined]
