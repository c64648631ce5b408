"""Hypothesis round trip: generated journals (Cyrillic, emoji, markup-like text, very long
entries, lone surrogates) → export → import into a new vault → export gives the same content,
modulo ids and exported_at."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeplan.core import interchange
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

from .test_foundation_interchange import normalised

PIECES = ["Ён", "сказаў", "«заб'ю»", "ў і ё Ў", "🙂", "👩‍👧", "<b>", "</para>", "<font color=red>",
          "&amp;", "\\n", '"', "\r\n", "  ", "\t", "e\u0301", "\u202e", "\ud83d", "NEAR(", "*"]

texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=8), st.integers(500, 8000)),
)
times = st.one_of(st.none(), st.datetimes(timezones=st.timezones()).map(
    lambda d: d.isoformat(timespec="seconds")))
categories = st.lists(st.sampled_from(["physical", "threat", "economic", "digital"]), unique=True)


@st.composite
def journals(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    people = draw(st.lists(st.builds(lambda n, r, c: {"name": n, "role": r, "notes": c}, texts,
                                     st.sampled_from(["perpetrator", "witness", None]), texts),
                           max_size=3))
    incidents = draw(st.lists(st.builds(
        lambda t, d, w, at, cats, sev: {"title": t, "description": d, "words_said": w,
                                        "occurred_at": at, "categories": cats, "severity": sev},
        texts, texts, texts, times, categories, st.one_of(st.none(), st.integers(1, 5))),
        max_size=4))
    messages = draw(st.lists(st.builds(
        lambda t, s, at: {"text": t, "sender": s, "sent_at": at, "channel": "telegram",
                          "direction": "incoming"}, texts, texts, times), max_size=4))
    files = draw(st.lists(st.tuples(st.binary(max_size=3000), texts), max_size=2))
    return {"people": people, "incidents": incidents, "messages": messages, "files": files}


counter = itertools.count()


def _fill(vault: Vault, journal_spec: dict[str, list[Any]]) -> None:
    journal = vault.journal
    people = [journal.save("person", p) for p in journal_spec["people"]]
    attachments = [journal.add_attachment(f"{k}:".encode() + data, f"{caption[:40]}.bin",
                                          caption=caption)
                   for k, (data, caption) in enumerate(journal_spec["files"])]
    for k, incident in enumerate(journal_spec["incidents"]):
        content = {**incident, "perpetrator_ids": people[:1], "attachment_ids": attachments[:1]}
        uid = journal.save("incident", content)
        if k % 2:
            journal.save("incident", {**content, "title": content["title"] + " (edited)"}, uid)
    for k, message in enumerate(journal_spec["messages"]):
        journal.save("message", {**message, "source": {"kind": "telegram-json",
                                                       "original_id": str(k)}})


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(spec=journals())
def test_export_import_export_round_trip(tmp_path: Path, spec: dict[str, list[Any]]) -> None:
    n = next(counter)
    first_vault = Vault.create(tmp_path / f"a{n}" / "data.db", "pw", kdf=KdfParams.for_tests())
    second_vault = Vault.create(tmp_path / f"b{n}" / "data.db", "pw", kdf=KdfParams.for_tests())
    try:
        _fill(first_vault, spec)
        first = interchange.export_document(first_vault.journal)
        interchange.import_document(second_vault.journal, first)
        second = interchange.export_document(second_vault.journal)
        assert normalised(second) == normalised(first)
        assert second_vault.check().ok
    finally:
        first_vault.lock()
        second_vault.lock()
