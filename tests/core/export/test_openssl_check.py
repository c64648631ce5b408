"""The by-hand check printed in the bundle README really checks the signature (issue 18): the
exact command lines of the README, run with the real ``openssl`` in the unpacked bundle, accept
a genuine bundle, print the fingerprint she gives the lawyer, and reject changed signed data."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.export.check_text import openssl_commands


def _openssl() -> str:
    path = shutil.which("openssl")
    if path is None:
        pytest.skip("openssl is not installed: the README's by-hand check cannot be run")
    version = subprocess.run([path, "version"], capture_output=True, text=True).stdout
    if not re.match(r"OpenSSL [3-9]\.", version):
        pytest.skip(f"OpenSSL 3.0 or newer is needed for Ed25519 pkeyutl (found {version!r})")
    return path


def _commands(readme: str) -> list[str]:
    return [line.strip() for line in readme.splitlines() if line.strip().startswith("openssl ")]


def _sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True,
                          timeout=60)


def test_readme_openssl_commands_check_the_signature(export: Any, sample_vault: Any,
                                                    tmp_path: Path) -> None:
    _openssl()
    result = export(bundle_path=tmp_path / "exports" / "case.zip")
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(result.bundle_path) as archive:
        archive.extractall(folder)
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    commands = _commands(readme)
    assert commands == list(openssl_commands("out.pdf"))
    sig_cmd, key_cmd, hash_cmd = commands

    ok = _sh(sig_cmd, folder)
    assert ok.returncode == 0 and "Signature Verified Successfully" in ok.stdout, ok.stderr

    printed = _sh(key_cmd, folder).stdout
    digest = printed.split("=")[-1].strip().upper()
    assert " ".join(digest[i:i + 4] for i in range(0, 32, 4)) == \
        sample_vault.public_key_fingerprint()

    signed = (folder / "out.signed.json").read_text(encoding="utf-8")
    lines = _sh(hash_cmd, folder).stdout.splitlines()
    assert len(lines) == 1 + len(list((folder / "exhibits").iterdir()))
    for line in lines:
        assert line.split()[0] in signed, line

    # a changed PDF: its hash is no longer in the signed data
    pdf = bytearray((folder / "out.pdf").read_bytes())
    pdf[1000] ^= 1
    (folder / "out.pdf").write_bytes(bytes(pdf))
    assert _sh(hash_cmd, folder).stdout.splitlines()[0].split()[0] not in signed

    # changed signed data (a forger writes the new PDF hash into it): the signature fails
    (folder / "out.signed.json").write_text(signed.replace('"size":', '"size": ', 1))
    bad = _sh(sig_cmd, folder)
    assert bad.returncode != 0 and "Signature Verified Successfully" not in bad.stdout
