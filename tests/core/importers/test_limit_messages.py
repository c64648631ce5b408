"""Issue 14.8: a file refused by a safety limit says which limit, in words, in the CLI and the GUI
(the error's ``kind`` is ``limit-exceeded``; the words come through the usual translated paths)."""

from __future__ import annotations

import io
from pathlib import Path

from safeplan.cli import main
from safeplan.commands.common import EXIT_BAD_INPUT, CliIO
from safeplan.core.errors import LimitExceeded
from safeplan.core.i18n import Catalogue
from safeplan.core.importers import _mail_limits as limits
from tests.core.importers.test_mail_cases import _nested_forwards


def test_cli_names_the_limit_and_asks_no_passphrase(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault("v/data.db", passphrase="pw")
    vault.lock()
    deep = tmp_path / "deep.eml"
    deep.write_bytes(_nested_forwards(limits.MAX_FORWARD_DEPTH + 1))
    cli = CliIO(stdin=io.StringIO(""), stdout=io.StringIO(), stderr=io.StringIO(),
                catalogue=Catalogue.load("en"))
    code = main(["import", str(vault.path), str(deep), "--format", "eml"], cli)
    err = cli.stderr.getvalue()  # type: ignore[attr-defined]
    assert code == EXIT_BAD_INPUT
    assert "goes far beyond what a real export holds" in err
    assert f"Forwarded e-mails inside each other: {limits.MAX_FORWARD_DEPTH + 1} levels; " \
           f"at most {limits.MAX_FORWARD_DEPTH}." in err
    assert "Traceback" not in err and "Passphrase" not in err


def test_gui_sentence_names_the_limit() -> None:
    from safeplan.ui.strings import ErrorText

    error = LimitExceeded("x", limit="email-size", found=300 << 20, maximum=200 << 20,
                          where="file", file_name="big.eml")
    text = ErrorText().message(error)
    assert "goes far beyond what a real export holds" in text
    assert "300 MB in one e-mail; at most 200 MB" in text
