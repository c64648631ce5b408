"""Findings of the screen checks that are known, reported to their owners and not fixed yet.

The checks in tests/accessibility and tests/i18n walk screens other engineers own. A finding
listed here (check → text that identifies it → who owns it and what to do) does not fail the
suite, so one open report does not block everybody; every finding *not* listed still fails.
Remove a line as soon as its fix lands — the tests print the known findings they still see.
"""

from __future__ import annotations

import warnings

# check name → {substring of "screen: finding" → "owner: what to do"}
KNOWN: dict[str, dict[str, str]] = {}


def unexpected(check: str, findings: dict[str, list[str]]) -> dict[str, list[str]]:
    """The findings not listed as known for ``check``; known ones are shown as warnings."""
    known = KNOWN.get(check, {})
    left: dict[str, list[str]] = {}
    for screen, items in findings.items():
        for item in items:
            line = f"{screen}: {item}"
            owner = next((note for key, note in known.items() if key in line), None)
            if owner is None:
                left.setdefault(screen, []).append(item)
            else:
                warnings.warn(f"known, not fixed yet ({owner}): {line}", stacklevel=2)
    return left
