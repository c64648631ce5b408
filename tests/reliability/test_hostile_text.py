"""Hostile text through every export: literal output, no exception, no network, no file read
outside the vault and the chosen output folder (threat A5, requirements 14 and 20)."""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from safeplan.core import interchange
from safeplan.core.journal.search import Query
from safeplan.core.vault.vault import Vault

from .hostile_corpus import MARKUP, PWNED, TEN_MB, UNBROKEN, corpus, outside, watch


class NoNetwork(OSError):
    pass


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NoNetwork("network use during an export")


class RefusingSocket(socket.socket):
    """Still a class (ssl subclasses socket.socket on import), but no instance can be made."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise NoNetwork("socket creation during an export")


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Socket creation and name look-ups fail for the whole test (requirement 14)."""
    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


def _fill(vault: Vault, texts: list[str]) -> None:
    journal = vault.journal
    for k, full in enumerate(texts):
        # The full text goes into the long fields; the rest get its first 3,000 characters
        # (a 120,000-character unbroken string in twenty fields only makes the test slow).
        text = full[:3000]
        person = journal.save("person", {"name": text[:300], "role": "perpetrator",
                                         "notes": text, "contact": text[:100]})
        attachment = journal.add_attachment(text.encode("utf-8", "surrogatepass")[:5000],
                                            f"{text[:60]}.txt", "text/plain", caption=text)
        incident = journal.save("incident", {
            "title": text[:500], "description": full, "words_said": text, "impact": text,
            "location": text[:200], "injuries": text, "tags": [text[:50]],
            "occurred_at": f"2024-03-{k % 27 + 1:02d}T21:05:00+03:00", "precision": "minute",
            "categories": ["threat"], "severity": 4, "perpetrator_ids": [person],
            "attachment_ids": [attachment],
            "police": {"contacted": True, "station": text[:80], "report_number": text[:40]},
            "evidence_needed": [{"text": text[:200], "done": False}]})
        journal.save("message", {"text": full, "sender": text[:100], "conversation": text[:100],
                                 "sent_at": f"2024-03-{k % 27 + 1:02d}T22:00:00+03:00",
                                 "channel": "sms", "direction": "incoming", "person_id": person})
        journal.save("medical", {"visited_at": f"2024-03-{k % 27 + 1:02d}T23:00:00+03:00",
                                 "kind": "emergency", "facility": text[:100], "findings": text,
                                 "incident_ids": [incident],
                                 "body_marks": [{"view": "front", "x": 0.4, "y": 0.5,
                                                 "note": text[:200]}]})
        journal.save("legal", {"kind": "court-hearing", "reference": text[:100], "notes": text,
                               "starts_at": f"2024-05-{k % 27 + 1:02d}T09:00:00+03:00"})


def _pdf_text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def _no_active_content(pdf: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            assert action.get("/S") not in ("/URI", "/Launch", "/JavaScript", "/GoToR"), action
        assert not list(page.images), "an image was embedded from hostile markup"
    root: Any = reader.trailer["/Root"].get_object()
    assert "/OpenAction" not in root and "/AA" not in root
    assert "/JavaScript" not in (root.get("/Names") or {})
    assert "/EmbeddedFiles" not in (root.get("/Names") or {})


def test_hostile_corpus_through_every_export(make_vault, tmp_path: Path, offline: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pypdf")
    from safeplan.core.export import ChronologyOptions, export_chronology

    monkeypatch.chdir(tmp_path)
    vault = make_vault()
    _fill(vault, corpus())
    out = tmp_path / "chosen output"
    out.mkdir()
    with watch() as events:
        interchange.write_json(vault.journal, out / "journal.json")
        result = export_chronology(vault, ChronologyOptions(include_sensitive=True),
                                   out / "chronology.pdf", csv_path=out / "chronology.csv",
                                   bundle_path=out / "evidence.zip")
    assert any(kind == "open" for kind, _ in events)  # the guard saw the export's own files
    assert outside(events, [vault.path.parent, out]) == []
    assert not list(tmp_path.rglob(PWNED)), "the CVE-2023-33733 payload ran"
    assert not Path(PWNED).exists()

    # JSON: every string exactly as written.
    document = interchange.load_json(out / "journal.json")
    descriptions = {i["description"] for i in document["incidents"]}
    assert descriptions == set(corpus())
    assert {m["text"] for m in document["messages"]} == set(corpus())

    # PDF: markup shown as text, never interpreted; no links, no images, no scripts.
    text = _pdf_text(result.pdf_path)
    for literal in ('<font color="red" size="40">RED-MARKUP</font>', "<img src=", "<unichar",
                    "<a href='http://example.invalid/x'>LINK-TEXT</a>", "&amp; &lt;b&gt;",
                    "getattr(pow,Word('__globals__'))", "ў і ё"):
        assert literal in text, literal
    assert UNBROKEN[:80] in text.replace(" ", "")
    _no_active_content(result.pdf_path)
    from safeplan.core.export import verify

    assert verify(result.pdf_path).ok  # the signed manifest survives hostile file names

    # CSV: the same text in cells (control characters shown as U+FFFD, formulas defused).
    with open(out / "chronology.csv", encoding="utf-8-sig", newline="") as handle:
        cells = {cell for row in csv.reader(handle) for cell in row}
    assert MARKUP[0] in cells
    assert any(c.startswith("<img src=\"file:///etc/passwd\"") for c in cells)

    # Bundle: a valid zip holding the PDF and manifest, names without markup tricks.
    with zipfile.ZipFile(out / "evidence.zip") as bundle:
        assert bundle.testzip() is None
        names = bundle.namelist()
    assert all(".." not in n and not n.startswith("/") for n in names)


def test_hostile_text_in_the_safety_plan_pdf(tmp_path: Path, offline: None) -> None:
    from safeplan.core.export.plan_pdf import write_plan_pdf
    from safeplan.core.plan.plan import SafetyPlan

    plan = SafetyPlan.new("en")
    section = plan.ordered_ids()[0]
    for text in corpus():
        plan.add_item(section, text[:20_000])
    out = tmp_path / "plan"
    out.mkdir()
    with watch() as events:
        pdf = write_plan_pdf(plan, "en", out / "plan.pdf", printed_at=datetime.now(UTC))
    assert outside(events, [out]) == []
    text = _pdf_text(pdf)
    assert '<font color="red" size="40">RED-MARKUP</font>' in text
    assert "<img src=" in text
    _no_active_content(pdf)


def test_ten_megabyte_description_json_exact(make_vault, tmp_path: Path, offline: None) -> None:
    vault = make_vault()
    uid = vault.journal.save("incident", {"title": "long", "description": TEN_MB})
    assert vault.journal.get(uid).content["description"] == TEN_MB
    interchange.write_json(vault.journal, tmp_path / "big.json")
    document = interchange.load_json(tmp_path / "big.json")
    assert document["incidents"][0]["description"] == TEN_MB
    other = make_vault("other/data.db")
    interchange.import_document(other.journal, document)
    [entry] = other.journal.list(Query(kinds=("incident",)))
    assert entry.content["description"] == TEN_MB


def test_ten_megabyte_description_pdf_and_csv(make_vault, tmp_path: Path, offline: None) -> None:
    from safeplan.core.export import ChronologyOptions, export_chronology

    vault = make_vault()
    vault.journal.save("incident", {"title": "long", "description": TEN_MB + " END-OF-IT",
                                    "occurred_at": "2024-03-12T21:05:00+03:00"})
    started = time.perf_counter()
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "big.pdf",
                               csv_path=tmp_path / "big.csv")
    assert time.perf_counter() - started < 120
    assert "A long account without end." in _pdf_text(result.pdf_path)
    csv.field_size_limit(64 * 1024 * 1024)
    with open(tmp_path / "big.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(io.StringIO(handle.read())))
    assert any(cell == TEN_MB + " END-OF-IT" for row in rows for cell in row)


def test_the_guards_catch_what_they_should(tmp_path: Path, offline: None) -> None:
    """The audit hook reports a read outside the allowed folders, and sockets cannot be made."""
    with watch() as events:
        Path("/etc/hostname").exists() and Path("/etc/hostname").read_bytes()
        (tmp_path / "ok.txt").write_text("x")
    bad = outside(events, [tmp_path])
    assert bad == (["open: /etc/hostname"] if Path("/etc/hostname").exists() else [])
    with pytest.raises(NoNetwork):
        socket.socket()
    with pytest.raises(NoNetwork):
        socket.create_connection(("198.51.100.7", 80))
