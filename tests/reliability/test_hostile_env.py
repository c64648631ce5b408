"""A hostile or unusual host: weakened reportlab settings, a read-only vault folder, a vault on
a path with Cyrillic letters and spaces."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from safeplan import cli
from safeplan.commands.common import CliIO
from safeplan.core import interchange
from safeplan.core.errors import SafePlanError
from safeplan.core.i18n import Catalogue
from safeplan.core.journal.search import Query
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

from .faults import can_mount, tiny_filesystem
from .harness import REPO
from .hostile_corpus import CVE_2023_33733, PWNED

HOSTILE_SETTINGS = """\
trustedHosts = ['*', 'example.invalid', '198.51.100.7']
trustedSchemes = ['file', 'http', 'https', 'ftp', 'data']
toColorCanUse = 'rl_safe_eval'
"""

_CHILD = """
import json, socket, sys
sys.path.insert(0, sys.argv[2])
from reportlab import rl_config
weakened = {"hosts": rl_config.trustedHosts, "schemes": rl_config.trustedSchemes,
            "color": rl_config.toColorCanUse}

class Refused(OSError):
    pass

class NoSocket(socket.socket):
    def __init__(self, *a, **k):
        raise Refused("network")

socket.socket = NoSocket
socket.create_connection = socket.getaddrinfo = lambda *a, **k: (_ for _ in ()).throw(Refused())
from pathlib import Path
from safeplan.core.export import ChronologyOptions, export_chronology
from safeplan.core.export.reportlab_safety import settings_are_safe
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault
safe_on_import = settings_are_safe()
folder = Path(sys.argv[1])
vault = Vault.create(folder / "v" / "data.db", "pw", kdf=KdfParams.for_tests())
vault.journal.save("incident", {"title": sys.argv[3], "description": sys.argv[4],
                                "occurred_at": "2024-03-12T21:05:00+03:00"})
result = export_chronology(vault, ChronologyOptions(), folder / "out.pdf")
vault.lock()
print(json.dumps({"weakened": weakened, "safe_on_import": safe_on_import,
                  "safe_after": settings_are_safe(), "pdf": str(result.pdf_path)}))
"""


def test_weakened_reportlab_settings_are_overridden(tmp_path: Path) -> None:
    """~/.reportlab_settings, a reportlab_settings module on the path and RL_* variables all try
    to trust every host and scheme and to evaluate colours; the export must not care."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".reportlab_settings").write_text(HOSTILE_SETTINGS, encoding="utf-8")
    module_dir = tmp_path / "pythonpath"
    module_dir.mkdir()
    (module_dir / "reportlab_settings.py").write_text(HOSTILE_SETTINGS, encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(module_dir),
           "RL_trustedHosts": "*", "RL_trustedSchemes": "file,http,https",
           "RL_toColorCanUse": "rl_safe_eval", "RL_shapeChecking": "0"}
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(work), str(REPO),
         '<img src="file:///etc/passwd"/><img src="http://198.51.100.7/x.png"/>', CVE_2023_33733],
        capture_output=True, text=True, cwd=work, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # The hostile host really did weaken reportlab before our code ran …
    assert result["weakened"]["color"] == "rl_safe_eval"
    assert result["weakened"]["schemes"] and result["weakened"]["hosts"]
    # … and importing the export forced the safe values back, and they held.
    assert result["safe_on_import"] and result["safe_after"]
    assert not list(tmp_path.rglob(PWNED))
    text = subprocess.run(["pdftotext", result["pdf"], "-"], capture_output=True,
                          check=True).stdout.decode()
    flat = " ".join(text.split())
    assert '<img src="file:///etc/passwd"/>' in flat
    assert "getattr(pow,Word('__globals__'))" in flat


@pytest.fixture
def read_only_vault(tmp_path: Path) -> Iterator[Path]:
    """A vault whose folder cannot be written: a read-only mount as root (root ignores file
    modes), folder and file modes otherwise."""
    if not can_mount():
        with tiny_filesystem(tmp_path / "ro", 4096) as folder:
            path = folder / "v" / "data.db"
            _populate(path)
            remount = subprocess.run(["mount", "-o", "remount,ro", str(folder)],
                                     capture_output=True, text=True)
            if remount.returncode != 0:
                pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
            yield path
        return
    if os.name != "posix":
        pytest.skip("POSIX file modes needed")
    path = tmp_path / "ro" / "v" / "data.db"
    _populate(path)
    for item in sorted(path.parent.rglob("*"), reverse=True):
        item.chmod(0o500 if item.is_dir() else 0o400)
    path.parent.chmod(0o500)
    try:
        yield path
    finally:
        for item in [path.parent, *path.parent.rglob("*")]:
            item.chmod(0o700)


def _populate(path: Path) -> None:
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    vault.journal.save("incident", {"title": "kept"})
    vault.journal.add_attachment(b"photo", "p.jpg")
    vault.lock()


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_read_only_vault_folder(read_only_vault: Path) -> None:
    before = _snapshot(read_only_vault.parent)
    with pytest.raises(SafePlanError) as caught:
        vault = Vault.unlock(read_only_vault, "correct horse", sleep=lambda _: None)
        vault.lock()
    assert caught.value.kind in ("storage-full", "vault-busy")
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["vault", "check", str(read_only_vault)],
                    CliIO(stdin=io.StringIO("correct horse\n"), stdout=out, stderr=err,
                          catalogue=Catalogue.load("en")))
    assert code == 1
    assert "read-only" in err.getvalue() and "Traceback" not in err.getvalue()
    assert _snapshot(read_only_vault.parent) == before


def test_cyrillic_path_with_spaces(tmp_path: Path, private_home: Path) -> None:
    folder = tmp_path / "Мае дакументы" / "новае сховішча ў"
    path = folder / "дзённік 1 .db"
    vault = Vault.create(path, "correct horse", kdf=KdfParams.for_tests())
    try:
        vault.journal.save("incident", {"title": "Ён сказаў"})
        att = vault.journal.add_attachment(b"\xff\xd8 photo", "фота 1.jpg")
        backup = vault.backup(tmp_path / "Флэшка USB")
        out = tmp_path / "экспарт файлы" / "журнал ў.json"
        out.parent.mkdir()
        interchange.write_json(vault.journal, out)
        head = vault.journal.chain_head()
    finally:
        vault.lock()
    assert "Флэшка USB" in str(backup)
    env = {**os.environ, "SAFEPLAN_LANG": "en", "HOME": str(private_home)}
    for args in (["vault", "check", str(path)],
                 ["import", str(path), str(out), "--format", "safeplan-json"]):
        done = subprocess.run([sys.executable, "-m", "safeplan", *args], input="correct horse\n",
                              text=True, capture_output=True, cwd=REPO, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
    path.write_bytes(b"\0" * path.stat().st_size)  # damage, then restore from the stick
    Vault.restore(backup, path, "correct horse")
    again = Vault.unlock(path, "correct horse", sleep=lambda _: None)
    try:
        assert again.journal.chain_head() == head
        assert again.journal.read_attachment(att) == b"\xff\xd8 photo"
        assert again.journal.count(Query(kinds=("incident",))) == 1
        assert again.check().ok
    finally:
        again.lock()
