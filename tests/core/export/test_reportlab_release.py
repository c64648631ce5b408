"""The export replaces a few reportlab internals with exact, faster equivalents (rl_fast,
wrap_memo, parse_memo, font_memo), each checked against reportlab's own code for the release
pyproject.toml pins. A program run with another reportlab release (installed by a distribution,
or with ``pip --no-deps``) must keep reportlab's own code — slower, never a different PDF —
rather than patch internals nobody checked."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import reportlab

from safeplan.core.export import rl_fast

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = r"""
import sys
import reportlab
if sys.argv[2] != "installed":
    reportlab.Version = sys.argv[2]  # as if another release were installed
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.platypus import paragraph
from safeplan.core.export import ChronologyOptions, export_from_source, rl_fast
from safeplan.core.export.source import DocumentSource
from tests.core.export.sample_doc import document
key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
export_from_source(DocumentSource(document(extra_incidents=30)), key,
                   ChronologyOptions(lang="ru"), __import__("pathlib").Path(sys.argv[1]))
print("PATCHED" if paragraph.sameFrag is rl_fast.same_frag else "REPORTLAB")
"""


def _export(out: Path, version: str) -> tuple[str, bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(out), version], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=True)
    return done.stdout.strip().splitlines()[-1], out.read_bytes()


def test_the_pin_and_the_checked_release_agree() -> None:
    pins = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    spec = next(d for d in pins["project"]["dependencies"] if d.startswith("reportlab"))
    major, minor = rl_fast.CHECKED_RELEASE
    assert spec == f"reportlab>={major}.{minor},<{major}.{int(minor) + 1}", spec
    assert rl_fast.speedups_apply(reportlab.Version)  # CI installs what the pin allows


def test_the_release_check() -> None:
    major, minor = rl_fast.CHECKED_RELEASE
    assert rl_fast.speedups_apply(f"{major}.{minor}.0")
    assert rl_fast.speedups_apply(f"{major}.{minor}.7")
    assert not rl_fast.speedups_apply(f"{major}.{int(minor) + 1}.0")
    assert not rl_fast.speedups_apply(f"{int(major) + 1}.{minor}.0")
    assert not rl_fast.speedups_apply("4.2.5")


def test_another_release_keeps_reportlabs_code_and_the_same_pdf(tmp_path: Path) -> None:
    (tmp_path / "checked").mkdir()
    (tmp_path / "other").mkdir()  # the same file name: the PDF prints it
    checked, checked_pdf = _export(tmp_path / "checked" / "out.pdf", "installed")
    other, other_pdf = _export(tmp_path / "other" / "out.pdf", "9.0.0")
    assert (checked, other) == ("PATCHED", "REPORTLAB")
    assert checked_pdf == other_pdf
