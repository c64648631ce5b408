"""Fuzzing the open-format importer (threat A5): never a crash or traceback, never a partial import.

Two sources of hostile documents: hypothesis-generated JSON shaped like the format (every list,
wrong types, dangling references, odd ids), and mutations of a real export (a vault filled with
the demo journal, exported through ``write_json``) at the JSON level and at the byte level.
Every outcome must be either a complete import (the vault checks out) or ``InvalidInput`` with
a location and the vault exactly as before. The CLI must answer 0 or 5, never a traceback.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeplan.core import demo, interchange
from safeplan.core.errors import InvalidInput
from safeplan.core.journal.search import Query
from safeplan.core.storage.kdf import KdfParams
from safeplan.core.vault.vault import Vault

LISTS = list(interchange.LISTS)
FIELDS = ["id", "name", "role", "title", "description", "occurred_at", "sent_at", "visited_at",
          "categories", "severity", "perpetrator_ids", "witness_ids", "attachment_ids",
          "person_id", "incident_ids", "text", "source", "body_marks", "data_base64", "sha256",
          "path", "kind", "starts_at", "answers", "police", "evidence_needed", "tags", "revisions",
          "recorded_at", "precision", "channel", "direction", "file_name", "conversation"]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                    st.floats(allow_nan=False), st.text(max_size=30),
                    st.sampled_from(["2024-03-12T21:05:00+03:00", "2024-03-12", "p0", "i0", "a0",
                                     "physical", "perpetrator", "incoming", "QUJD", "../x",
                                     "/etc/passwd", "\ud800", "\x00", "NaN"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from([*FIELDS, "x", "view"]),
                                                 inner, max_size=5)), max_leaves=12)
items = st.dictionaries(st.sampled_from(FIELDS), values, max_size=8).map(
    lambda d: d if "id" in d else {**d, "id": "i0"})
documents = st.fixed_dictionaries(
    {"format": st.just("safeplan-journal"), "version": st.sampled_from([1, 1, 1, 2, "1", True])},
    optional={name: st.one_of(st.lists(items, max_size=4), values) for name in
              [*LISTS, "safety_plan", "exported_at"]})


def _state(vault: Vault) -> tuple[str, int, int]:
    return (vault.journal.chain_head(), vault.journal.count(Query()),
            len(vault.journal._blobs.all_ids()))


def _attempt(vault: Vault, document: Any) -> str:
    """Import and check the all-or-nothing rule; returns "ok" or "invalid"."""
    before = _state(vault)
    try:
        interchange.import_document(vault.journal, document)
    except InvalidInput as exc:
        assert exc.where, f"no location named for: {exc}"
        assert _state(vault) == before, "a rejected import left something behind"
        return "invalid"
    report = vault.check()
    assert report.ok, report.problems
    return "ok"


@pytest.fixture(scope="module")
def real_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A real export of a realistic journal (the demo data: every kind, attachments)."""
    folder = tmp_path_factory.mktemp("real")
    vault = Vault.create(folder / "v" / "data.db", "pw", kdf=KdfParams.for_tests())
    try:
        demo.populate(vault.journal, "ru")
        interchange.write_json(vault.journal, folder / "export.json")
    finally:
        vault.lock()
    return interchange.load_json(folder / "export.json")


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=documents)
def test_generated_documents(make_vault, document: dict[str, Any]) -> None:
    vault = getattr(test_generated_documents, "_vault", None)
    if vault is None or not vault.is_open:
        vault = make_vault(f"gen{random.randrange(10**9)}/data.db")
        test_generated_documents._vault = vault  # type: ignore[attr-defined]
    _attempt(vault, document)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=documents)
def test_generated_documents_long(make_vault, document: dict[str, Any]) -> None:
    test_generated_documents.hypothesis.inner_test(make_vault, document)  # type: ignore[attr-defined]


def _mutate(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    doc = copy.deepcopy(document)
    for _ in range(rng.randint(1, 3)):
        populated = [name for name in LISTS if isinstance(doc.get(name), list)
                     and any(isinstance(e, dict) and e for e in doc[name])]
        if not populated:
            break
        name = rng.choice(populated)
        entry = rng.choice([e for e in doc[name] if isinstance(e, dict) and e])
        action = rng.randrange(9)
        key = rng.choice(list(entry))
        if action == 0:
            del entry[key]
        elif action == 1:
            entry[key] = rng.choice([None, 0, -1, 10**30, "", [], {}, "x" * 100_000, True, 1.5])
        elif action == 2:
            entry[key] = rng.choice(["2024-13-45T25:61:00+03:00", "2024-03-12T21:05:00",
                                     "<script>", "\ud800\udfff", "../../etc/passwd"])
        elif action == 3:
            other = rng.choice(doc[name])
            entry["id"] = other.get("id") if isinstance(other, dict) else other  # duplicate id
        elif action == 4:
            entry[rng.choice(FIELDS)] = ["missing-id"]
        elif action == 5:
            doc[name].append(copy.deepcopy(entry))
        elif action == 6:
            doc[name] = {"not": "a list"}
        elif action == 7:
            entry[key] = {"nested": [entry.get(key)] * 3}
        else:
            doc[rng.choice(LISTS)] = [rng.choice([1, "x", None, []])]
    return doc


@pytest.mark.parametrize("seed", range(30))
def test_mutated_real_export(make_vault, real_export: dict[str, Any], seed: int) -> None:
    vault = make_vault()
    outcome = _attempt(vault, _mutate(real_export, random.Random(seed)))
    assert outcome in ("ok", "invalid")


@pytest.mark.slow
def test_mutated_real_export_long(make_vault, real_export: dict[str, Any]) -> None:
    """Seeds 30–399: each mutation into a fresh vault."""
    outcomes = [_attempt(make_vault(f"m{seed}/data.db"), _mutate(real_export, random.Random(seed)))
                for seed in range(30, 400)]
    assert set(outcomes) <= {"ok", "invalid"} and "invalid" in outcomes


def test_unmutated_real_export_imports_whole(make_vault, real_export: dict[str, Any]) -> None:
    vault = make_vault()
    report = interchange.import_document(vault.journal, real_export)
    assert report.total_added == sum(len(real_export[n]) for n in LISTS if real_export.get(n))
    assert vault.check().ok


@pytest.mark.parametrize("seed", range(16))
def test_byte_mutations_through_the_cli(tmp_path: Path, real_export: dict[str, Any],
                                        seed: int) -> None:
    """Flipped, cut and inserted bytes in the file: exit 0 or 5, a sentence, no traceback."""
    import io

    from safeplan import cli
    from safeplan.commands.common import CliIO
    from safeplan.core.i18n import Catalogue

    rng = random.Random(seed)
    raw = bytearray(json.dumps(real_export, ensure_ascii=False).encode("utf-8"))
    for _ in range(rng.randint(1, 6)):
        spot = rng.randrange(len(raw))
        choice = rng.randrange(4)
        if choice == 0:
            raw[spot] ^= 1 << rng.randrange(8)
        elif choice == 1:
            del raw[spot:spot + rng.randint(1, 50)]
        elif choice == 2:
            raw[spot:spot] = rng.choice([b'"', b"{", b"]", b"\xff\xfe", b"\x00", b"\\u", b"1e999"])
        else:
            raw = raw[:spot]
    source = tmp_path / "in.json"
    source.write_bytes(bytes(raw))
    path = tmp_path / "v" / "data.db"
    Vault.create(path, "pw", kdf=KdfParams.for_tests()).lock()
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["import", str(path), str(source), "--format", "safeplan-json"],
                    CliIO(stdin=io.StringIO("pw\n"), stdout=out, stderr=err,
                          catalogue=Catalogue.load("en")))
    assert code in (0, 5), err.getvalue()
    assert "Traceback" not in err.getvalue()
    vault = Vault.unlock(path, "pw", sleep=lambda _: None)
    try:
        count = vault.journal.count(Query())
        assert (count == 0) == (code == 5)
        assert vault.check().ok
    finally:
        vault.lock()


@pytest.mark.parametrize("sha", ["\ud800", "zz", "A" * 63, "g" * 64, "0" * 64 + "\x00"])
@pytest.mark.parametrize("source", ["path", "data_base64"])
def test_hostile_sha256_is_invalid_input(make_vault, tmp_path: Path, sha: str,
                                         source: str) -> None:
    """Found by fuzzing: a lone surrogate in an attachment's sha256 reached SQLite and crashed."""
    (tmp_path / "f.bin").write_bytes(b"abc")
    vault = make_vault()
    item: dict[str, Any] = {"id": "a", "file_name": "f.bin", "sha256": sha}
    item.update({"path": "f.bin"} if source == "path" else {"data_base64": "YWJj"})
    document = {"format": "safeplan-journal", "version": 1, "attachments": [item]}
    before = _state(vault)
    with pytest.raises(InvalidInput) as caught:
        interchange.import_document(vault.journal, document, base_dir=tmp_path)
    assert caught.value.where == "attachments[0].sha256"
    assert _state(vault) == before
