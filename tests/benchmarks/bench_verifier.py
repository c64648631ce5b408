"""Benchmark: the bundle's offline verifier (verify.html) hashing a big exhibit in headless
Chromium — what a lawyer waits for when the bundle holds a phone video of 1–4 GB.

Figures:
- ``verifier_js_sha256``: the page's own incremental SHA-256 (used for files above 64 MiB) on
  64 MiB already in memory, MB/s; baseline: WebCrypto's one-shot SHA-256 of the same bytes
  (the browser's native code), measured in the same page.
- ``verifier_big_file``: seconds to check one file of 1 GiB (quick: 256 MiB) on disk as the
  page checks an exhibit (4 MiB slices, progress, a turn for the browser between slices);
  baseline: Python's hashlib over the same file (what ``safeplan verify`` does). Also its MB/s
  and the growth of the page's peak memory (renderer VmHWM), which must stay far below the
  file's size.

Needs chromium, chromium-driver and selenium; prints a note and exits 0 without them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True

MIB = 1 << 20


def emit(name: str, value: float, unit: str, baseline: float | None, **extra: Any) -> None:
    ratio = round(value / baseline, 3) if baseline else None
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit,
                      "baseline": None if baseline is None else round(baseline, 3),
                      "ratio": ratio, **extra}), flush=True)


def renderer_peak(root: int) -> tuple[list[int], int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    pids, peak = [], 0
    for pid in tree:
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            found = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
        except OSError:
            continue
        if found:
            pids.append(pid)
            peak = max(peak, int(found.group(1)) * 1024)
    return pids, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        chromium = None
    if chromium is None or driver_path is None:
        print("bench_verifier: chromium, chromium-driver or selenium missing; nothing measured",
              file=sys.stderr)
        return
    from safeplan.core.export.bundle import verifier_html

    size = (256 if args.quick else 1024) * MIB
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        page = folder / "verify.html"
        page.write_bytes(verifier_html("en"))
        big = folder / "video.mp4"
        digest = hashlib.sha256()
        with big.open("wb") as out:
            block = os.urandom(16 * MIB)
            for i in range(size // len(block)):
                out.write(block[i % 7:] + block[:i % 7])  # not one block repeated verbatim
        start = time.perf_counter()
        with big.open("rb") as handle:
            while chunk := handle.read(4 * MIB):
                digest.update(chunk)
        python_seconds = time.perf_counter() - start

        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-dev-shm-usage",
                     f"--user-data-dir={folder / 'profile'}"):
            options.add_argument(flag)
        browser = webdriver.Chrome(service=Service(driver_path), options=options)
        browser.set_script_timeout(1800)
        try:
            browser.get(page.as_uri())
            WebDriverWait(browser, 30).until(
                lambda d: d.execute_script("return document.body.dataset.state") == "ready")
            speeds = browser.execute_async_script("""
                const done = arguments[0];
                (async () => {
                  const data = new Uint8Array(64 << 20);
                  for (let i = 0; i < data.length; i += 65536)
                    crypto.getRandomValues(data.subarray(i, i + 65536));
                  new Sha256().update(data.subarray(0, 4 << 20)).hex();  // warm up the JIT
                  let t = performance.now();
                  const hash = new Sha256();
                  for (let i = 0; i < data.length; i += 4 << 20) hash.update(data.subarray(i, i + (4 << 20)));
                  hash.hex();
                  const js = performance.now() - t;
                  t = performance.now();
                  await crypto.subtle.digest("SHA-256", data);
                  return [js, performance.now() - t];
                })().then(done, (e) => done(String(e)));""")
            js_ms, web_ms = speeds
            emit("verifier_js_sha256", 64 / (js_ms / 1000), "MiB/s", 64 / (web_ms / 1000),
                 note="baseline: WebCrypto one-shot on the same 64 MiB")
            # a file chosen in the page, checked as an exhibit is
            browser.find_element(By.ID, "files").send_keys(str(big))
            WebDriverWait(browser, 30).until(
                lambda d: d.execute_script("return document.body.dataset.state") == "done")
            pids, _ = renderer_peak(browser.service.process.pid)
            for pid in pids:
                Path(f"/proc/{pid}/clear_refs").write_text("5")
            _, before = renderer_peak(browser.service.process.pid)
            result = browser.execute_async_script("""
                const done = arguments[0];
                const file = document.getElementById("files").files[0];
                const t = performance.now();
                window.safeplanScan(file).then((r) => done([r.sha256, r.streamed, performance.now() - t]),
                                               (e) => done(String(e)));""")
            _, after = renderer_peak(browser.service.process.pid)
        finally:
            browser.quit()
        sha, streamed, page_ms = result
        if sha != digest.hexdigest() or not streamed:
            print(f"bench_verifier: WRONG result {result}", file=sys.stderr)
            sys.exit(1)
        seconds = page_ms / 1000
        emit("verifier_big_file", seconds, "s", python_seconds, size_mib=size // MIB,
             mib_per_s=round(size / MIB / seconds, 1),
             renderer_peak_growth_mib=round((after - before) / MIB, 1),
             note="baseline: hashlib over the same file")


if __name__ == "__main__":
    main()
