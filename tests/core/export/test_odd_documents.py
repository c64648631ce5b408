"""Property: an open-format document with odd field values (wrong types, nested junk, bad dates)
still gives a PDF and a CSV — what can be printed is printed, nothing crashes (threat A5)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeplan.core.export import data as d
from safeplan.core.export.chronology_pdf import ChronologyExporter
from safeplan.core.export.context import ExportMeta
from safeplan.core.export.csv_export import csv_bytes
from safeplan.core.export.options import ChronologyOptions

SCALARS = (st.none() | st.booleans() | st.integers(-10, 10) | st.floats(allow_nan=False)
           | st.text(max_size=20)
           | st.sampled_from(["2024-03-12T21:05:00+03:00", "2024-03-12", "p1", "a1", "i1",
                              "physical", "exact", "approximate", "front", "<b>x</b>"]))
KEYS = st.sampled_from(["view", "x", "y", "note", "text", "done", "contacted", "when",
                        "recorded_at", "file_name", "report_number"])
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(KEYS, inner, max_size=3), max_leaves=6)
INCIDENT = ["occurred_at", "precision", "date_hint", "ended_at", "tz_known", "recorded_at",
            "title", "description", "words_said", "categories", "severity", "perpetrator_ids",
            "witness_ids", "children_present", "police", "medical_ids", "linked_incident_ids",
            "evidence_needed", "tags", "attachment_ids", "revisions", "location"]
MESSAGE = ["sent_at", "precision", "channel", "direction", "sender", "sender_id", "recipient",
           "person_id", "conversation", "text", "attachment_ids", "service", "edited_at",
           "source", "forwarded_from", "reply_to"]
MEDICAL = ["visited_at", "kind", "facility", "body_marks", "incident_ids", "attachment_ids",
           "sensitive", "findings"]
ATTACHMENT = ["file_name", "media_type", "size", "sha256", "taken_at", "caption", "recorded_at"]
LEGAL = ["kind", "starts_at", "ends_at", "reference", "notes", "done"]


def _objects(fields: list[str], uid: str, most: int) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.fixed_dictionaries({"id": st.just(uid)},
                                          optional={f: VALUES for f in fields}), max_size=most)


DOCUMENTS = st.fixed_dictionaries({
    "people": _objects(["name", "role"], "p1", 1), "incidents": _objects(INCIDENT, "i1", 2),
    "messages": _objects(MESSAGE, "m1", 2), "medical": _objects(MEDICAL, "n1", 1),
    "attachments": _objects(ATTACHMENT, "a1", 1), "legal": _objects(LEGAL, "l1", 1)})
META = ExportMeta("SP-TEST", datetime(2026, 1, 1, tzinfo=UTC), "ab" * 32, "cd" * 32,
                  "0000 0000", "o.pdf", "o.manifest.json", {})


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(DOCUMENTS)
def test_odd_documents_still_export(document: dict[str, Any]) -> None:
    data = d.build(document, ChronologyOptions(initials=("p1",), include_sensitive=True),
                   lambda uid: [])
    assert ChronologyExporter(data, META).render().startswith(b"%PDF")
    assert csv_bytes(data).startswith(b"\xef\xbb\xbf")
