"""Foundation benchmarks (issue 2) and the reliability issue's start-up figures (issue 9).

Each figure is measured next to a baseline in the same run and printed as one JSON line
{"name", "value", "unit", "baseline", "ratio", "target"}:

- inserting 100,000 messages through ``journal.save_many`` (validation, canonical JSON, hash
  chain, FTS, SQLCipher) vs. plain SQLite inserting the very same entry, revision and FTS rows
  one row at a time (read back from the vault; target: ratio ≥ 0.5 of the plain rate), two
  pairs taken ours, plain, plain, ours, with the CPU seconds of both beside the wall time
  (``cpu_ratio``: plain CPU / ours, the figure a loaded machine barely moves) and the load
  average. Where the time goes (issue 17.4, 100,000 messages, CPU seconds on the 2-core
  machine): SQL ~2.0 (entries and their four indexes 0.6, revisions 0.55, FTS 0.55, commit 0.25;
  SQLCipher's page encryption ~0.4 of it), building the rows in Python ~1.5 (canonical JSON 0.3,
  validation with the time parse 0.25, derived columns 0.3, search text 0.1, hashes 0.12,
  citations 0.07, the loop itself ~0.3); the plain side: the same SQL unencrypted ~1.65 plus
  ~1.25 of per-row calls;
- full-text queries over 10,000 incidents + 100,000 messages (median; target < 30 ms) vs. the
  same SQL and decoding on the unencrypted copy;
- unlock split into the Argon2id KDF and the rest; unlock-to-first-page of the incident list
  after the KDF (target < 300 ms) vs. opening the unencrypted copy and reading the same page;
- resident memory of the open vault vs. the same process before unlock;
- a 1 GB attachment (``--quick``: 200 MB) stored and read back: peak RSS growth (target
  < 150 MB) and throughput vs. raw AES-256-GCM on the same bytes (target ≥ 0.4). Storing must
  SHA-256 every byte of the original: one sequential pass, ``sha256_s`` (~0.6 s per GB on the
  2-core machine), so ``best_ratio`` = raw / (sha256_s + the read) bounds what any store can
  reach. Reading back is timed as the app reads (decrypt, hand over); until 2026-12-07 the timed
  read also ran the benchmark's own SHA-256 check of the bytes (now a second, untimed pass),
  which made the figure 0.12–0.15; the hash runs on a second thread and writeback starts early;
- (cold start to the decoy window: bench_startup.py).

"Plain SQLite" is the same SQLite build (sqlcipher3) opened without a key, i.e. without
encryption: the system sqlite3 module is older than the FTS5 options the schema uses.
``--quick`` keeps the 10,000/100,000 rows but stores 200 MB and uses the KDF floor (t=3, 64 MiB,
p=4) instead of calibrating to 1 s. Heavy parts run in child processes so RSS figures are theirs.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, cast

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True

PASSPHRASE = "bench passphrase, long enough"
MIB = 1024 * 1024
WORDS = ("he shouted threatened took phone money keys door kitchen night called wrote again "
         "police neighbour children school car bruise hospital court lawyer message sorry "
         "крычаў пагражаў забраў тэлефон грошы ключы кухня ноччу званіў пісаў суседка дзеці "
         "кричал угрожал забрал телефон деньги ключи ночью звонил писал соседка синяк суд").split()
# From very common (police: in 12% of rows) through the Zipf tail to one word in 0.01%; the
# made-up words are picked by rank once the vocabulary exists (see queries()).
COMMON_QUERIES = ("police", "тэлефон", "ночью", "hosp", "угрожал ночью", "rareword4711")


def queries() -> list[str]:
    words = _VOCAB[0]
    return [*COMMON_QUERIES, words[100], words[500], words[3000]]


def emit(name: str, value: float, unit: str, baseline: float | None = None,
         target: str | None = None, **extra: Any) -> None:
    ratio = round(value / baseline, 3) if baseline else None
    line = {"name": name, "value": round(value, 3), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 3), "ratio": ratio}
    if target:
        line["target"] = target
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    """This process's own peak RSS (VmHWM). Not ru_maxrss: on Linux a child started by
    fork+exec inherits its parent's ru_maxrss, which made the figure the parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start the peak RSS afresh (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


def vocabulary(rng: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    """Real text is Zipf-distributed: a few words are everywhere, most are rare. The common
    words come first; the rest are made-up Latin and Cyrillic words."""
    made = {"".join(rng.choice(alphabet) for _ in range(rng.randint(4, 9)))
            for alphabet in ("abcdefghiklmnoprstuvyz", "абвгдежзиклмнопрстуўхцчшыэюяі")
            for _ in range(size // 2)}
    words = list(WORDS) + sorted(made - set(WORDS))
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


_VOCAB: tuple[list[str], list[float]] = ([], [])


def _text(rng: random.Random, n: int) -> str:
    words, weights = _VOCAB
    return " ".join(rng.choices(words, weights, k=n))


def rows(incidents: int, messages: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(7)
    global _VOCAB
    _VOCAB = vocabulary(rng)
    base = 1_600_000_000

    def when(i: int) -> str:
        stamp = time.gmtime(base + i * 977)
        return time.strftime("%Y-%m-%dT%H:%M:%S+03:00", stamp)

    inc = [{"title": _text(rng, 4), "description": _text(rng, 40)
            + (" rareword4711" if i % 500 == 0 else ""), "words_said": _text(rng, 8),
            "occurred_at": when(i * 10), "precision": "minute",
            "categories": [rng.choice(("physical", "threat", "economic", "digital"))],
            "severity": rng.randint(1, 5)} for i in range(incidents)]
    msg = [{"text": _text(rng, 14), "sent_at": when(i), "precision": "exact",
            "channel": "telegram", "direction": rng.choice(("incoming", "outgoing")),
            "sender": "Viktor", "conversation": f"chat {i % 20}",
            "source": {"kind": "telegram-json", "original_id": str(i)}} for i in range(messages)]
    return inc, msg


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


# -- insert, FTS, unlock ---------------------------------------------------------------------


def plain_copy(vault: Any, target: Path) -> tuple[float, float, int]:
    """Insert the vault's rows into an unencrypted database per row; returns (wall seconds, CPU
    seconds, rows)."""
    import sqlcipher3

    from safeplan.core.journal import chain, model
    from safeplan.core.storage import schema

    src = vault.connection
    entries = src.execute("SELECT * FROM entries WHERE kind='message' ORDER BY id").fetchall()
    revisions = src.execute("SELECT r.* FROM revisions r JOIN entries e ON e.id=r.entry_id"
                            " WHERE e.kind='message' ORDER BY r.id").fetchall()
    bodies = [(r[1], chain.without_lone_surrogates(model.searchable_text(json.loads(r[5]))))
              for r in revisions]
    before_e = src.execute("SELECT * FROM entries WHERE kind!='message'").fetchall()
    before_r = src.execute("SELECT r.* FROM revisions r JOIN entries e ON e.id=r.entry_id"
                           " WHERE e.kind!='message'").fetchall()
    conn = sqlcipher3.connect(str(target), isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    schema.migrate(conn)
    marks = ",".join("?" * len(entries[0]))
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO entries VALUES ({marks})", before_e)
    conn.executemany("INSERT INTO revisions VALUES (?,?,?,?,?,?,?,?)", before_r)
    for rev in before_r:
        content = json.loads(rev[5])
        conn.execute("INSERT INTO fts(rowid, body) VALUES (?,?)",
                     (rev[1], chain.without_lone_surrogates(model.searchable_text(content))))
    conn.execute("COMMIT")
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for entry, revision, (rowid, body) in zip(entries, revisions, bodies, strict=True):
        conn.execute(f"INSERT INTO entries VALUES ({marks})", entry)
        conn.execute("INSERT INTO revisions VALUES (?,?,?,?,?,?,?,?)", revision)
        conn.execute("INSERT INTO fts(rowid, body) VALUES (?,?)", (rowid, body))
    conn.execute("COMMIT")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return seconds, cpu, len(entries)


PRAGMAS = ("temp_store = MEMORY", "secure_delete = ON", "synchronous = FULL",
           "journal_mode = DELETE", "cache_size = -65536")


def plain_journal(path: Path) -> Any:
    """The very same Journal code over the unencrypted copy (same PRAGMAs, no key)."""
    import sqlcipher3

    from safeplan.core.journal.journal import Journal
    from safeplan.core.storage.blobs import BlobStore

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return Journal(conn, BlobStore(path.parent / "plain-blobs", bytes(32)))


def bench_journal(folder: Path, quick: bool) -> Path:

    from safeplan.core.journal.search import Query
    from safeplan.core.storage import kdf
    from safeplan.core.storage.keyslots import Header
    from safeplan.core.vault.vault import Vault

    params = kdf.KdfParams() if quick else kdf.calibrate(1.0)
    incidents, messages = rows(10_000, 100_000)
    path = folder / "vault" / "data.db"
    vault = Vault.create(path, PASSPHRASE, kdf=params)
    second = Vault.create(folder / "vault2" / "data.db", PASSPHRASE, kdf=params)
    for each in (vault, second):
        each.journal.save_many([("incident", c, None) for c in incidents])
    items = [("message", c, None) for c in messages]

    def ours(target: Any) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.process_time()
        target.journal.save_many(items)
        return time.perf_counter() - start, time.process_time() - cpu

    # Two pairs in the order ours, plain, plain, ours (each on a fresh vault or file): on a
    # machine shared with other work a single pair's wall ratio moved with the load between its
    # two halves (0.52–0.95 at load 5–7 for the same code); a load that rises or falls during
    # the run now weighs on both sides alike. Wall time is the target; the CPU time of the same
    # calls is printed beside it (the same baseline), which the load barely moves.
    first = ours(vault)
    plain_path = folder / "plain.db"
    plain_a = plain_copy(vault, plain_path)
    plain_b = plain_copy(vault, folder / "plain2.db")
    last = ours(second)
    second.lock()
    count = plain_a[2]
    ours_s, ours_cpu = first[0] + last[0], first[1] + last[1]
    plain_s, plain_cpu = plain_a[0] + plain_b[0], plain_a[1] + plain_b[1]
    emit("insert 100,000 messages through journal.save_many", 2 * count / ours_s, "rows/s",
         2 * count / plain_s, target="ratio >= 0.5", seconds=[round(first[0], 2),
                                                               round(last[0], 2)],
         baseline_seconds=[round(plain_a[0], 2), round(plain_b[0], 2)],
         pair_ratios=[round(plain_a[0] / first[0], 3), round(plain_b[0] / last[0], 3)],
         cpu_s=[round(first[1], 2), round(last[1], 2)],
         baseline_cpu_s=[round(plain_a[1], 2), round(plain_b[1], 2)],
         cpu_ratio=round(plain_cpu / ours_cpu, 3), load=round(os.getloadavg()[0], 2))
    plain = plain_journal(plain_path)
    searches = [Query(text=text, limit=100, newest_first=True) for text in queries()]
    for query in searches:  # warm both page caches
        assert len(vault.journal.list(query)) == len(plain.list(query))
    ours_ms = [median_ms(partial(vault.journal.list, q), 9) for q in searches]
    plain_ms = [median_ms(partial(plain.list, q), 9) for q in searches]
    emit(f"FTS query, first 100 hits, 10k incidents + 100k messages (median of {len(ours_ms)} queries)",
         statistics.median(ours_ms), "ms", statistics.median(plain_ms), target="< 30 ms",
         slowest_ms=round(max(ours_ms), 2), per_query_ms=[round(x, 2) for x in ours_ms])
    vault.lock()
    plain._conn.close()

    # Time the KDF inside each unlock (the same call, so the split is exact, not two medians).
    derive_times: list[float] = []
    real_derive = Header.derive

    def timed_derive(self: Header, passphrase: str) -> bytearray:
        start = time.perf_counter()
        try:
            return real_derive(self, passphrase)
        finally:
            derive_times.append(time.perf_counter() - start)

    Header.derive = timed_derive  # type: ignore[method-assign]
    first_page = Query(kinds=("incident",), newest_first=True, limit=100)
    kdf_s, rest_s, page_s = [], [], []
    try:
        for _ in range(3):
            derive_times.clear()
            start = time.perf_counter()
            opened = Vault.unlock(path, PASSPHRASE)
            unlocked = time.perf_counter()
            page = opened.journal.list(first_page)
            done = time.perf_counter()
            assert len(page) == 100 and len(derive_times) == 1
            opened.lock()
            kdf_s.append(derive_times[0])
            rest_s.append(unlocked - start - derive_times[0])
            page_s.append(done - start - derive_times[0])
    finally:
        Header.derive = real_derive  # type: ignore[method-assign]
    plain_page = median_ms(lambda: _plain_first_page(plain_path, first_page), 3)
    emit("unlock: Argon2id KDF", statistics.median(kdf_s) * 1000, "ms", None,
         params=vars(params))
    emit("unlock: everything but the KDF", statistics.median(rest_s) * 1000, "ms", None)
    emit("unlock to first page of incidents, after the KDF", statistics.median(page_s) * 1000,
         "ms", plain_page, target="< 300 ms")
    return path


def _plain_first_page(path: Path, query: Any) -> None:
    journal = plain_journal(path)
    try:
        assert len(journal.list(query)) == 100
    finally:
        journal._conn.close()


# -- child processes -------------------------------------------------------------------------


def child_memory(path: Path) -> dict[str, float]:
    from safeplan.core.journal.search import Query
    from safeplan.core.vault.vault import Vault

    before = rss_mb()
    vault = Vault.unlock(path, PASSPHRASE)
    vault.journal.list(Query(kinds=("incident",), newest_first=True, limit=100))
    count = vault.journal.count(Query(kinds=("incident",)))
    after = rss_mb()
    vault.lock()
    return {"before": before, "after": after, "incidents": count}


class Source:
    """``size`` bytes, 1 MiB pages of random data each stamped with its index (never whole)."""

    def __init__(self, size: int) -> None:
        self.size, self.pos = size, 0
        self.page = os.urandom(MIB)

    def chunk(self, index: int) -> bytes:
        return index.to_bytes(8, "big") + self.page[8:]

    def read(self, n: int = -1) -> bytes:
        if self.pos >= self.size:
            return b""
        index, offset = divmod(self.pos, MIB)
        end = min(MIB, self.size - index * MIB, offset + (n if n > 0 else MIB))
        data = self.chunk(index)[offset:end]
        self.pos += len(data)
        return data


def child_attachment(size_mb: int, folder: Path) -> dict[str, float]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from safeplan.core.storage.kdf import KdfParams
    from safeplan.core.vault.vault import Vault

    vault = Vault.create(folder / "att" / "data.db", PASSPHRASE, kdf=KdfParams.for_tests())
    size = size_mb * MIB
    source = Source(size)
    reset_peak()
    base_rss = rss_mb()
    start = time.perf_counter()
    uid = vault.journal.add_attachment(cast(BinaryIO, source), "video.mp4")
    stored = time.perf_counter() - start
    # Read back as the app does (decrypt and hand over each piece); the benchmark's own check
    # that the bytes came back is a second, untimed pass (timing it added a SHA-256 of 1 GB,
    # ~0.6 s, that no reader in the app pays).
    start = time.perf_counter()
    for piece in vault.journal.iter_attachment(uid):
        del piece
    read = time.perf_counter() - start
    digest = hashlib.sha256()
    for piece in vault.journal.iter_attachment(uid):
        digest.update(piece)
    # Growth of the peak over what was resident before: the most the 1 GB file ever cost.
    peak_growth = peak_mb() - base_rss
    assert digest.hexdigest() == vault.journal.get(uid).content["sha256"]
    vault.lock()
    aead = AESGCM(os.urandom(32))
    nonce = os.urandom(12)
    start = time.perf_counter()
    for index in range(size // MIB):
        sealed = aead.encrypt(nonce, source.chunk(index), b"")
        aead.decrypt(nonce, sealed, b"")
    raw = time.perf_counter() - start
    # Not a baseline, the floor: one SHA-256 pass over the same bytes (the store needs one, and
    # one hash cannot be split across cores).
    start = time.perf_counter()
    check = hashlib.sha256()
    for index in range(size // MIB):
        check.update(source.chunk(index))
    sha256_s = time.perf_counter() - start
    # A second baseline with the same disk work and no hashing: encrypt → write → fsync, then
    # read → decrypt, 1 MiB at a time (what any encrypted store must do at the least).
    bare = folder / "bare.bin"
    start = time.perf_counter()
    with open(bare, "wb") as out:
        for index in range(size // MIB):
            out.write(aead.encrypt(nonce, source.chunk(index), b""))
        out.flush()
        os.fsync(out.fileno())
    with open(bare, "rb") as back:
        while block := back.read(MIB + 16):
            aead.decrypt(nonce, block, b"")
    file_pipeline = time.perf_counter() - start
    bare.unlink()
    return {"store_s": stored, "read_s": read, "raw_s": raw, "file_s": file_pipeline,
            "sha256_s": sha256_s,
            "peak_growth_mb": peak_growth, "base_rss_mb": base_rss, "size_mb": size_mb}


def _child(args: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(quick: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        folder = Path(tmp)
        path = bench_journal(folder, quick)
        memory = _child(["memory", str(path)])
        emit("resident memory of the open vault (10k incidents, 100k messages)",
             memory["after"], "MB", memory["before"], growth_mb=round(
                 memory["after"] - memory["before"], 1))
        size = 200 if quick else 1024
        att = _child(["attachment", str(size), str(folder)])
        ours = att["store_s"] + att["read_s"]
        emit(f"{size} MB attachment stored and read back: peak RSS growth",
             att["peak_growth_mb"], "MB", None, target="< 150 MB")
        emit(f"{size} MB attachment stored and read back: throughput vs raw AES-GCM in memory",
             2 * size / ours, "MB/s", 2 * size / att["raw_s"], target="ratio >= 0.4",
             store_s=round(att["store_s"], 2), read_s=round(att["read_s"], 2),
             sha256_s=round(att["sha256_s"], 2),
             best_ratio=round(att["raw_s"] / (att["sha256_s"] + att["read_s"]), 3))
        emit(f"{size} MB attachment stored and read back: throughput vs bare encrypted file I/O",
             2 * size / ours, "MB/s", 2 * size / att["file_s"],
             note="baseline: AES-GCM + write + fsync + read + decrypt, no SHA-256")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        mode = sys.argv[2]
        if mode == "memory":
            print(json.dumps(child_memory(Path(sys.argv[3]))))
        elif mode == "attachment":
            print(json.dumps(child_attachment(int(sys.argv[3]), Path(sys.argv[4]))))
    else:
        main(quick="--quick" in sys.argv[1:])
