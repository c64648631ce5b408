"""``safeplan import`` for WhatsApp/Telegram: the day/month order is asked, never guessed
(issue 13.6); every file to attach is listed, older ones left out unless allowed (14.2); a zip
bomb is refused naming the limit, before the passphrase (14.8)."""

from __future__ import annotations

import io
import os
import re
import shutil
import zipfile
from pathlib import Path

from safeplan.cli import main
from safeplan.commands.common import EXIT_BAD_INPUT, EXIT_OK, CliIO
from safeplan.core.i18n import Catalogue
from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault
from tests.fixtures import fixture


def cli(passphrase: str = "pw") -> CliIO:
    return CliIO(stdin=io.StringIO(passphrase + "\n"), stdout=io.StringIO(),
                 stderr=io.StringIO(), catalogue=Catalogue.load("en"))


def out(c: CliIO) -> str:
    return c.stdout.getvalue() + c.stderr.getvalue()  # type: ignore[attr-defined]


def messages(path: Path) -> list[dict]:  # type: ignore[type-arg]
    with Vault.unlock(path, "pw") as vault:
        return [e.content for e in vault.journal.list(Query(kinds=("message",)))]


def test_ambiguous_dates_need_date_order_and_it_is_recorded(make_vault) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault("v/data.db", passphrase="pw")
    vault.lock()
    chat = fixture("whatsapp", "ambiguous_dates.txt")
    c = cli()
    code = main(["import", str(vault.path), str(chat), "--tz", "Europe/Minsk"], c)
    assert code == EXIT_BAD_INPUT
    text = out(c)
    assert "--date-order dmy" in text and "Passphrase" not in text
    assert "\u201c05.03.24, 21:05\u201d: day first = 2024-03-05 21:05, month first = " \
           "2024-05-03 21:05" in text
    c = cli()
    code = main(["import", str(vault.path), str(chat), "--tz", "Europe/Minsk",
                 "--date-order", "mdy"], c)
    assert code == EXIT_OK, out(c)
    assert "Dates read as month/day/year (chosen with --date-order)" in out(c)
    got = messages(vault.path)
    assert {m["sent_at"][:10] for m in got} == {"2024-05-03", "2024-06-03"}
    assert {(m["source"]["date_order"], m["source"]["date_order_source"]) for m in got} == {
        ("MDY", "user")}


def test_files_to_attach_are_listed_and_older_ones_left_out(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault("v/data.db", passphrase="pw")
    vault.lock()
    folder = tmp_path / "export"
    folder.mkdir()
    chat = folder / "WhatsApp Chat with Viktor.txt"
    chat.write_text("14.03.2024, 21:05 - Viktor: IMG-1.jpg (file attached)\n"
                    "14.03.2024, 21:06 - Viktor: passport.pdf (file attached)\n"
                    "15.03.2024, 21:07 - Alena: Stop.\n", "utf-8")
    (folder / "IMG-1.jpg").write_bytes(b"\xff\xd8 photo")
    (folder / "passport.pdf").write_bytes(b"%PDF her passport")
    os.utime(folder / "passport.pdf", (1_600_000_000, 1_600_000_000))
    c = cli()
    assert main(["import", str(vault.path), str(chat), "--tz", "Europe/Minsk"], c) == EXIT_OK
    text = out(c)
    assert "Not attached, older than the chat's first message" in text and "passport.pdf" in text
    assert "  + IMG-1.jpg (" in text and "  + passport.pdf" not in text
    with Vault.unlock(vault.path, "pw") as v:
        names = {e.content["file_name"] for e in v.journal.list(Query(kinds=("attachment",)))}
    assert "passport.pdf" not in names and "IMG-1.jpg" in names
    shutil.rmtree(vault.path.parent)
    vault = make_vault("w/data.db", passphrase="pw")
    vault.lock()
    c = cli()
    assert main(["import", str(vault.path), str(chat), "--tz", "Europe/Minsk",
                 "--attach-older-files"], c) == EXIT_OK
    assert "  + passport.pdf" in out(c)


def test_zip_bomb_is_refused_before_the_passphrase(make_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault("v/data.db", passphrase="pw")
    vault.lock()
    bomb = tmp_path / "WhatsApp Chat with Viktor.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("WhatsApp Chat with Viktor.txt", b"14.03.2024, 21:05 - V: x\n" * 300_000)
    c = cli()
    code = main(["import", str(vault.path), str(bomb), "--tz", "Europe/Minsk"], c)
    assert code == EXIT_BAD_INPUT
    text = out(c)
    assert "Passphrase" not in text and "Traceback" not in text
    assert re.search(r"A file in the zip expands [\d,]+ times; real export files at most 100\.",
                     text)
