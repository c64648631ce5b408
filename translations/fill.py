"""Fill unfinished messages of a .ts file from a JSON file — never touching finished ones.

    python translations/fill.py safeplan_ru.ts ru.json [--review]

The JSON maps ``"<context>\\u0004<source>"`` to a translation, or to a list of plural forms for
``%n`` messages. Only messages still marked unfinished (or empty) are filled, unless ``--review``
is given, which also replaces existing unfinished guesses lupdate copied from similar strings.
Finished translations (someone else's work) are never overwritten.

Several people translate at once, so the file is read right before it is written, and the write
is retried if the file changed in between. Run ``make ts`` afterwards: lupdate rewrites the file
in its own layout, ``make qm`` compiles it; commit both at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET  # our own catalogue files, not untrusted input
from pathlib import Path

SEPARATOR = "\u0004"


def fill(ts: Path, table: dict[str, str | list[str]], *, review: bool = False) -> int:
    """Fill ``ts`` in place; returns how many messages were filled."""
    for _attempt in range(5):
        before = ts.stat().st_mtime_ns
        tree = ET.parse(ts)  # noqa: S314 - the project's own file
        count = _apply(tree.getroot(), table, review)
        if ts.stat().st_mtime_ns != before:
            continue  # someone saved meanwhile: start again from their version
        if count:
            ET.indent(tree, space="    ")
            temporary = ts.with_suffix(".ts.part")
            with temporary.open("w", encoding="utf-8") as out:
                out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
                tree.write(out, encoding="unicode", xml_declaration=False)
                out.write("\n")
            os.replace(temporary, ts)
        return count
    raise SystemExit(f"{ts.name} keeps changing; try again in a moment")


def _apply(root: ET.Element, table: dict[str, str | list[str]], review: bool) -> int:
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            wanted = table.get(f"{name}{SEPARATOR}{source}")
            node = message.find("translation")
            if wanted is None or node is None:
                continue
            kind = node.get("type", "")
            forms = [f for f in node.iter("numerusform")]
            empty = not (node.text or "").strip() and not any((f.text or "").strip() for f in forms)
            # A plural message with a form left empty is unfinished whatever its mark says.
            partial = bool(forms) and not all((f.text or "").strip() for f in forms)
            if kind in ("vanished", "obsolete") or (kind != "unfinished" and not empty and not partial):
                continue  # finished: someone's work, never overwritten
            if kind == "unfinished" and not empty and not partial and not review:
                continue
            if message.get("numerus") == "yes":
                values = wanted if isinstance(wanted, list) else [wanted]
                for child in list(node):
                    node.remove(child)
                node.text = None
                for value in values:
                    ET.SubElement(node, "numerusform").text = value
            else:
                node.text = wanted if isinstance(wanted, str) else wanted[0]
            node.attrib.pop("type", None)
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("table", type=Path)
    parser.add_argument("--review", action="store_true",
                        help="also replace lupdate's unfinished guesses")
    args = parser.parse_args(argv)
    table = json.loads(args.table.read_text(encoding="utf-8"))
    print(f"{args.ts.name}: {fill(args.ts, table, review=args.review)} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
