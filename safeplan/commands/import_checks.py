"""What ``safeplan import`` must settle with her before writing (issues 13.6, 14.2, 14.8).

* Day/month order: when every date of a WhatsApp chat is ≤ 12 the file cannot tell 5 March from
  3 May. The CLI never decides that silently: it shows two messages in both readings and asks
  for ``--date-order dmy`` or ``--date-order mdy``; the choice is stated in the summary and
  recorded in every message's provenance.
* Files to be attached: every one is listed (name, size, SHA-256, where it came from). A file
  older than the chat's first message is possibly one of her own files that a crafted chat line
  names: it is left out unless ``--attach-older-files`` says otherwise.
* Free disk space is checked before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from safeplan.commands.common import CliIO
from safeplan.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from safeplan.core.importers import ImportBatch, ImportSummary

ORDER_WORDS = {
    "DMY": QT_TRANSLATE_NOOP("cli", "day/month/year"),
    "MDY": QT_TRANSLATE_NOOP("cli", "month/day/year"),
    "YMD": QT_TRANSLATE_NOOP("cli", "year/month/day"),
}
ORDER_SOURCE_WORDS = {
    "file": QT_TRANSLATE_NOOP("cli", "the file shows it"),
    "user": QT_TRANSLATE_NOOP("cli", "chosen with --date-order"),
    "guess": QT_TRANSLATE_NOOP("cli", "not decided"),
}


def date_order_unsettled(io: CliIO, s: ImportSummary) -> bool:
    """True (and the question printed) when the order must be chosen with --date-order."""
    if s.date_order_source != "guess":
        return False
    io.warn(io.tr(QT_TRANSLATE_NOOP(
        "cli", "Every date in this chat could be read day-first or month-first. Nothing was "
        "imported. Look at these messages and run the command again with --date-order dmy "
        "(day first) or --date-order mdy (month first):")))
    for example in s.date_order_examples:
        io.warn(io.tr(QT_TRANSLATE_NOOP(
            "cli", "  \u201c{text}\u201d: day first = {dmy}, month first = {mdy}")).format(
            text=example["text"], dmy=example["DMY"].replace("T", " "),
            mdy=example["MDY"].replace("T", " ")))
    return True


def date_order_line(io: CliIO, s: ImportSummary) -> list[str]:
    if not s.date_order:
        return []
    return [io.tr(QT_TRANSLATE_NOOP("cli", "Dates read as {order} ({how})")).format(
        order=io.tr(ORDER_WORDS.get(s.date_order, s.date_order)),
        how=io.tr(ORDER_SOURCE_WORDS.get(s.date_order_source, s.date_order_source)))]


def settle_files(io: CliIO, batch: ImportBatch, attach_older: bool) -> list[str]:
    """Lines listing every file to be attached; older files left out unless allowed."""
    s = batch.summary
    older = {f.attachment_id for f in s.media_files if f.predates_chat}
    lines: list[str] = []
    if older and not attach_older:
        names = [f.file_name for f in s.media_files if f.attachment_id in older]
        batch.leave_out_files(older, "older than the chat; not attached (--attach-older-files)")
        lines.append(io.tr(QT_TRANSLATE_NOOP(
            "cli", "Not attached, older than the chat's first message (add "
            "--attach-older-files if they really belong to it): {names}")).format(
            names=", ".join(names)))
    if s.media_files:
        lines.append(io.tr(QT_TRANSLATE_NOOP("cli", "Files to attach: {n}")).format(
            n=len(s.media_files)))
        lines.extend(f"  + {f.file_name} ({f.size:,} B, SHA-256 {f.sha256[:16]}…, {f.origin})"
                     for f in s.media_files)
    return lines


def check_space(batch: ImportBatch, vault_path: Path) -> None:
    from safeplan.core.importers import _limits

    _limits.check_free_space(batch.document, vault_path.parent)
