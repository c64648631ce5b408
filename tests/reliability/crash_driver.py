"""Child process for the kill -9 harness: writes to a vault and prints what it has acknowledged.

Run as ``python tests/reliability/crash_driver.py VAULT PASSPHRASE FIRST_OP SEED [OPS]``. Every
operation prints a ``begin`` line before it starts and an ``ack`` line after the core call
returned (one JSON object per line, flushed), so the parent knows which items *must* be in the
vault after it kills this process (acknowledged) and which *may* be (the one in flight).
Passphrases are test values; this is test-only code.

The operations are the ones a survivor's session performs: save a new entry, save a new revision,
move to the trash, store an attachment (several 1 MiB chunks), import an open-format document
(several lists, cross-references, an inline attachment) and change the passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True

from safeplan.core import interchange  # noqa: E402
from safeplan.core.journal import chain  # noqa: E402
from safeplan.core.vault.vault import Vault  # noqa: E402

OPS = ("save", "save", "save", "update", "delete", "attachment", "import", "passwd")


def emit(**record: Any) -> None:
    # One write() per line: a line is either complete in the log or absent.
    sys.stdout.write(json.dumps(record, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(chain.canonical_json(content)).hexdigest()


def incident(op: int, rng: random.Random) -> dict[str, Any]:
    size = rng.choice((10, 200, 5000, 60000))
    return {"title": f"op{op} incident", "occurred_at": "2024-03-12T21:05:00+03:00",
            "description": f"marker{op} " + "ж" * size + " \r\n end  ",
            "categories": ["threat"], "severity": rng.randint(1, 5)}


def batch_document(op: int, rng: random.Random) -> tuple[dict[str, Any], int]:
    data = rng.randbytes(rng.randint(1, 300_000))
    tag = f"batch{op}"
    people = [{"id": "p1", "name": f"Person {tag}", "role": "perpetrator"}]
    attachments = [{"id": "a1", "file_name": f"{tag}.bin", "media_type": "application/octet-stream",
                    "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                    "data_base64": base64.b64encode(data).decode()}]
    incidents = [{"id": f"i{k}", "title": f"{tag} incident {k}", "tags": [tag],
                  "occurred_at": f"2024-01-0{k + 1}T10:00:00+00:00", "perpetrator_ids": ["p1"],
                  "attachment_ids": ["a1"] if k == 0 else []} for k in range(3)]
    messages = [{"id": f"m{k}", "text": f"{tag} message {k}", "conversation": tag,
                 "channel": "sms", "direction": "incoming", "person_id": "p1",
                 "sent_at": f"2024-01-01T10:0{k}:00+00:00",
                 "source": {"kind": "sms-xml", "original_id": f"{tag}-{k}"}} for k in range(5)]
    document = {"format": "safeplan-journal", "version": 1, "people": people,
                "incidents": incidents, "messages": messages, "attachments": attachments}
    return document, len(incidents) + len(messages) + len(attachments) + len(people)


def main(argv: list[str]) -> int:
    path, passphrase, first, seed = Path(argv[0]), argv[1], int(argv[2]), int(argv[3])
    limit = int(argv[4]) if len(argv) > 4 else 10_000
    rng = random.Random(seed)
    vault = Vault.unlock(path, passphrase, sleep=lambda _: None)
    emit(event="ready", pid=os.getpid())
    saved: list[str] = []
    for op in range(first, first + limit):
        kind = rng.choice(OPS)
        if kind in ("update", "delete") and not saved:
            kind = "save"
        journal = vault.journal
        if kind == "save":
            content = incident(op, rng)
            emit(event="begin", op=op, kind=kind, hash=content_hash(content))
            uid = journal.save("incident", content)
            saved.append(uid)
            emit(event="ack", op=op, kind=kind, uid=uid, hash=content_hash(content))
        elif kind == "update":
            uid = rng.choice(saved)
            content = {**journal.get(uid).content, "title": f"op{op} revised"}
            emit(event="begin", op=op, kind=kind, uid=uid, hash=content_hash(content))
            journal.save("incident", content, uid)
            emit(event="ack", op=op, kind=kind, uid=uid, hash=content_hash(content))
        elif kind == "delete":
            uid = saved.pop(rng.randrange(len(saved)))
            emit(event="begin", op=op, kind=kind, uid=uid)
            journal.delete(uid)
            emit(event="ack", op=op, kind=kind, uid=uid)
        elif kind == "attachment":
            data = rng.randbytes(rng.choice((0, 1, 4096, 1024 * 1024, 2 * 1024 * 1024 + 17)))
            digest = hashlib.sha256(data).hexdigest()
            emit(event="begin", op=op, kind=kind, sha256=digest, name=f"op{op}.bin")
            uid = journal.add_attachment(data, f"op{op}.bin", "application/octet-stream")
            emit(event="ack", op=op, kind=kind, uid=uid, sha256=digest, name=f"op{op}.bin")
        elif kind == "import":
            document, count = batch_document(op, rng)
            emit(event="begin", op=op, kind=kind, tag=f"batch{op}", count=count)
            interchange.import_document(journal, document)
            emit(event="ack", op=op, kind=kind, tag=f"batch{op}", count=count)
        else:
            new = f"pass {op} {rng.randrange(10**6)}"
            vault.lock()
            emit(event="begin", op=op, kind=kind, old=passphrase, new=new)
            Vault.change_passphrase(path, passphrase, new)
            emit(event="ack", op=op, kind=kind, old=passphrase, new=new)
            passphrase = new
            vault = Vault.unlock(path, passphrase, sleep=lambda _: None)
    vault.lock()
    emit(event="done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
