"""The two questions an import may have to ask her before anything is saved.

* Day/month order (issue 13.6): when every date of a WhatsApp chat is 12 or less, the file cannot
  tell 5 March from 3 May. A wrong guess puts every message on the wrong day in a court
  chronology, so she is shown two of the chat's own messages with both readings (month names,
  never ambiguous digits) and chooses; nothing is preselected.
* Files older than the chat (issue 14.2): a crafted chat line can name one of her own files. A
  file whose modification time is before the chat's first message is attached only if she says
  so.

Both go through the dialogs seam (quick exit closes them; tests answer them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportQuestions", text)


def reading(iso: str, with_time: bool = True) -> str:
    """``2024-03-05T21:05`` as "5 March 2024, 21:05" in her language (month names: digits
    would be as ambiguous as the file)."""
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not date.isValid():
        return _tr("no such date")
    day = QLocale().toString(date, "d MMMM yyyy")
    return f"{day}, {iso[11:16]}" if with_time else day


def date_order_text(batch: Any) -> str:
    s = batch.summary
    lines = [_tr("Every date in this chat could be read in two ways: day first or month first. "
                 "Look at these messages and choose the reading that matches when they were "
                 "sent.")]
    messages = batch.document.get("messages", [])
    for n, example in enumerate(s.date_order_examples, 1):
        guessed = example.get(s.date_order, "")
        msg = next((m for m in messages if str(m.get("sent_at", ""))[:16] == guessed), None)
        words = ""
        if msg is not None:
            text = " ".join(str(msg.get("text") or "").split())
            words = f" {msg.get('sender') or ''}: \u201c{text[:80]}\u201d"
        lines.append("")
        lines.append(f"{n}. {example['text']}{words}")
        lines.append("   " + _tr("Day first: {day}").format(day=reading(example["DMY"])))
        lines.append("   " + _tr("Month first: {month}").format(month=reading(example["MDY"])))
    return "\n".join(lines)


def ask_date_order(parent: QWidget, dialogs: Any, batch: Any) -> str | None:
    """"DMY", "MDY" or None (she cancelled)."""
    examples = batch.summary.date_order_examples
    first = examples[0] if examples else {"DMY": "", "MDY": ""}
    choices = [("DMY", _tr("Day first ({date})").format(date=reading(first["DMY"], False))),
               ("MDY", _tr("Month first ({date})").format(date=reading(first["MDY"], False)))]
    answer = dialogs.choose(parent, _tr("How are the dates written?"), date_order_text(batch),
                            choices)
    return answer if answer in ("DMY", "MDY") else None


def confirm_older_files(parent: QWidget, dialogs: Any, batch: Any) -> None:
    """Ask before attaching files older than the chat; leave them out unless she agrees."""
    older = [f for f in batch.summary.media_files if f.predates_chat]
    if not older:
        return
    names = "\n".join(f"  \u2022 {f.file_name}" for f in older[:12])
    more = len(older) - 12
    if more > 0:
        names += "\n  " + _tr("and {n} more").format(n=more)
    text = _tr("These files are older than the first message of the chat, so they may not "
               "have come with it. A chat line can name any file that lies beside it, including "
               "your own documents.\n\n{names}\n\nAttach them to the chat anyway?").format(
        names=names)
    if dialogs.confirm(parent, _tr("Attach older files?"), text,
                       confirm_label=_tr("Attach them"), cancel_label=_tr("Leave them out"),
                       destructive=True):
        return
    batch.leave_out_files({f.attachment_id for f in older},
                          "older than the chat; you chose not to attach it")
