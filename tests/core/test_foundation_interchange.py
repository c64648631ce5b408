"""Open format: import all or nothing for every list (the first problem named by its JSON path),
text kept byte for byte through export → import, and export → import → export is stable."""

from __future__ import annotations

import base64
import copy
import hashlib
from pathlib import Path
from typing import Any

import pytest

from safeplan.core import interchange
from safeplan.core.errors import InvalidInput
from safeplan.core.journal.search import Query


def full_document(n: int = 20) -> dict[str, Any]:
    """``n`` valid items in every list, with references between them."""
    datas = [f"attachment {k}".encode() * (k + 1) for k in range(n)]
    return {
        "format": "safeplan-journal", "version": 1,
        "people": [{"id": f"p{k}", "name": f"Person {k}", "role": "witness"} for k in range(n)],
        "attachments": [{"id": f"a{k}", "file_name": f"f{k}.txt", "media_type": "text/plain",
                         "sha256": hashlib.sha256(d).hexdigest(), "size": len(d),
                         "data_base64": base64.b64encode(d).decode()}
                        for k, d in enumerate(datas)],
        "incidents": [{"id": f"i{k}", "title": f"Incident {k}", "perpetrator_ids": [f"p{k}"],
                       "occurred_at": f"2024-02-{k % 28 + 1:02d}T10:00:00+03:00",
                       "categories": ["physical"], "severity": 3, "attachment_ids": [f"a{k}"]}
                      for k in range(n)],
        "messages": [{"id": f"m{k}", "text": f"message {k}", "sent_at": "2024-02-01T10:00:00Z",
                      "channel": "sms", "direction": "incoming", "person_id": f"p{k}",
                      "conversation": "c", "source": {"kind": "sms-xml", "original_id": str(k)}}
                     for k in range(n)],
        "medical": [{"id": f"n{k}", "visited_at": "2024-02-02T10:00:00+03:00", "kind": "gp",
                     "incident_ids": [f"i{k}"],
                     "body_marks": [{"view": "front", "x": 0.5, "y": 0.5, "note": "bruise"}]}
                    for k in range(n)],
        "legal": [{"id": f"l{k}", "kind": "court-hearing", "starts_at": "2024-05-01T09:00:00+03:00",
                   "reference": f"case {k}"} for k in range(n)],
        "risk_checks": [{"id": f"r{k}", "answered_at": "2024-02-03T10:00:00+03:00",
                         "answers": {"weapon": True}} for k in range(n)],
        "safety_plan": {"bag": {"items": [{"text": "passport", "done": False}], "notes": ""}},
    }


# (list, index 12, field, bad value) — one per list and per kind of problem
BREAKAGES = [
    ("people", "role", "boss"), ("people", "name", 5), ("people", "id", ""),
    ("incidents", "occurred_at", "yesterday"), ("incidents", "severity", 9),
    ("incidents", "categories", ["violence"]), ("incidents", "perpetrator_ids", ["nobody"]),
    ("incidents", "children_present", "yes"),
    ("messages", "sent_at", "2024-02-01 10:00"), ("messages", "direction", "sideways"),
    ("messages", "person_id", "ghost"), ("messages", "text", ["a"]),
    ("medical", "visited_at", 12), ("medical", "body_marks", [{"x": 2, "y": 0}]),
    ("medical", "incident_ids", "i1"),
    ("attachments", "data_base64", "***not base64***"), ("attachments", "sha256", "0" * 64),
    ("attachments", "path", "../../etc/passwd"),
    ("legal", "kind", "divorce"), ("legal", "starts_at", "soon"),
    ("risk_checks", "answers", [1, 2]), ("risk_checks", "answered_at", "now"),
]


def _snapshot(vault: Any) -> tuple[str, int, int]:
    journal = vault.journal
    return journal.chain_head(), journal.count(Query()), len(journal.attachment_blobs())


@pytest.mark.parametrize(("list_name", "field", "value"), BREAKAGES,
                         ids=[f"{b[0]}.{b[1]}" for b in BREAKAGES])
def test_import_is_all_or_nothing(make_vault, list_name: str, field: str, value: Any) -> None:
    vault = make_vault()
    vault.journal.save("incident", {"title": "already there"})
    before = _snapshot(vault)
    blobs_before = set(vault.journal._blobs.all_ids())
    document = full_document()
    document[list_name][12][field] = value
    with pytest.raises(InvalidInput) as caught:
        interchange.import_document(vault.journal, document)
    where = caught.value.where
    assert where.startswith(f"{list_name}[12].{field}"), where
    assert _snapshot(vault) == before
    assert set(vault.journal._blobs.all_ids()) == blobs_before


def test_valid_document_imports_everything(make_vault) -> None:
    vault = make_vault()
    report = interchange.import_document(vault.journal, full_document())
    assert report.added == {"person": 20, "attachment": 20, "incident": 20, "message": 20,
                            "medical": 20, "legal": 20, "risk_check": 20}
    again = interchange.import_document(vault.journal, full_document())
    assert again.total_added == 0  # re-import adds nothing
    assert vault.check().ok


def test_failure_after_validation_rolls_back(make_vault) -> None:
    """A problem only found while writing (a missing attachment file) still leaves nothing."""
    vault = make_vault()
    before = _snapshot(vault)
    document = full_document()
    for item in document["attachments"]:
        item.pop("data_base64")
        item["path"] = f"files/{item['file_name']}"
    with pytest.raises(InvalidInput) as caught:
        interchange.import_document(vault.journal, document, base_dir=Path("/nonexistent"))
    assert caught.value.where == "attachments[0].path"
    assert _snapshot(vault) == before


TEXTS = {
    "crlf": "line one\r\nline two\r\n",
    "trailing": "trailing spaces   \n\t tab  ",
    "combining": "й (и + ◌̆) vs й; é vs e\u0301; ў vs у\u0306",
    "lone_high": "before \ud800 after",
    "lone_low": "\udfff at start",
    "controls": "nul \x00 bell \x07 esc \x1b[31m vt \x0b ff \x0c",
    "bidi": "\u202eevil\u202c \u200f\u05e9\u05dc\u05d5\u05dd\u200e",
    "bom": "\ufeffstarts with a BOM",
    "nonchar": "\uffff \U0010ffff \ufffe",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_byte_for_byte_through_export_and_import(make_vault, tmp_path: Path,
                                                      name: str) -> None:
    text = TEXTS[name]
    vault = make_vault()
    uid = vault.journal.save("incident", {"title": text, "description": text, "words_said": text})
    vault.journal.save("message", {"text": text, "sender": text, "conversation": text})
    assert vault.journal.get(uid).content["description"] == text
    out = tmp_path / "export.json"
    interchange.write_json(vault.journal, out)
    document = interchange.load_json(out)
    assert document["incidents"][0]["description"] == text
    other = make_vault("other/data.db")
    interchange.import_document(other.journal, document)
    [incident] = other.journal.list(Query(kinds=("incident",)))
    [message] = other.journal.list(Query(kinds=("message",)))
    for value in (incident.content["title"], incident.content["description"],
                  incident.content["words_said"], message.content["text"],
                  message.content["conversation"]):
        assert value == text
        assert value.encode("utf-8", "surrogatepass") == text.encode("utf-8", "surrogatepass")
    assert other.check().ok


def normalised(document: dict[str, Any]) -> dict[str, Any]:
    """The document with ids replaced by their list position, exported_at dropped."""
    doc = copy.deepcopy(document)
    doc.pop("exported_at", None)
    names: dict[str, str] = {}
    for list_name in interchange.LISTS:
        for index, item in enumerate(doc.get(list_name) or []):
            names[item["id"]] = f"{list_name}#{index}"
    for list_name, kind in interchange.LISTS.items():
        from safeplan.core.journal import model

        for item in doc.get(list_name) or []:
            item["id"] = names[item["id"]]
            # added by an import by design: where the entry came from (issue 12.5) and that
            # its yes/no answers are explicit
            item.pop("imported_from", None)
            item.pop("answers_tristate", None)
            item.pop("ref", None)  # each vault numbers its entries itself (informative field)
            for field_name in model.ID_FIELDS[kind]:
                value = item.get(field_name)
                if isinstance(value, list):
                    item[field_name] = [names.get(v, v) for v in value]
                elif isinstance(value, str) and value:
                    item[field_name] = names.get(value, value)
    return doc


def test_export_import_export_fixed_document(make_vault) -> None:
    vault = make_vault()
    interchange.import_document(vault.journal, full_document(8))
    first = interchange.export_document(vault.journal)
    other = make_vault("other/data.db")
    interchange.import_document(other.journal, first)
    second = interchange.export_document(other.journal)
    assert normalised(second) == normalised(first)


def test_people_with_the_same_name_in_one_file_stay_separate(make_vault) -> None:
    """Two different people called "Mama" in one export are two people after import."""
    vault = make_vault()
    document = {"format": "safeplan-journal", "version": 1,
                "people": [{"id": "p1", "name": "Mama", "role": "trusted", "notes": "his"},
                           {"id": "p2", "name": "Mama", "role": "trusted", "notes": "mine"}]}
    interchange.import_document(vault.journal, document)
    notes = sorted(e.content["notes"] for e in vault.journal.list(Query(kinds=("person",))))
    assert notes == ["his", "mine"]
