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

from safeplan.core.i18n import QT_TRANSLATE_NOOP

# The words (lupdate finds them here; _tr looks them up at run time in her language).
_NO_SUCH_DATE = QT_TRANSLATE_NOOP("ImportQuestions", "no such date")
_ASK_ORDER = QT_TRANSLATE_NOOP(
    "ImportQuestions", "Every date in this chat could be read in two ways: day first or month "
    "first. Look at these messages and choose the reading that matches when they were sent.")
_DAY_FIRST_IS = QT_TRANSLATE_NOOP("ImportQuestions", "Day first: {day}")
_MONTH_FIRST_IS = QT_TRANSLATE_NOOP("ImportQuestions", "Month first: {month}")
_DAY_FIRST_BUTTON = QT_TRANSLATE_NOOP("ImportQuestions", "Day first ({date})")
_MONTH_FIRST_BUTTON = QT_TRANSLATE_NOOP("ImportQuestions", "Month first ({date})")
_ORDER_TITLE = QT_TRANSLATE_NOOP("ImportQuestions", "How are the dates written?")
_AND_MORE = QT_TRANSLATE_NOOP("ImportQuestions", "and {n} more")
_OLDER_TEXT = QT_TRANSLATE_NOOP(
    "ImportQuestions", "These files are older than the first message of the chat, so they may "
    "not have come with it. A chat line can name any file that lies beside it, including your "
    "own documents.\n\n{names}\n\nAttach them to the chat anyway?")
_OLDER_TITLE = QT_TRANSLATE_NOOP("ImportQuestions", "Attach older files?")
_ATTACH = QT_TRANSLATE_NOOP("ImportQuestions", "Attach them")
_LEAVE_OUT = QT_TRANSLATE_NOOP("ImportQuestions", "Leave them out")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportQuestions", text)


def reading(iso: str, with_time: bool = True) -> str:
    """``2024-03-05T21:05`` as "5 March 2024, 21:05" in her language (month names: digits
    would be as ambiguous as the file)."""
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not date.isValid():
        return _tr(_NO_SUCH_DATE)
    day = QLocale().toString(date, "d MMMM yyyy")
    return f"{day}, {iso[11:16]}" if with_time else day


def date_order_text(batch: Any) -> str:
    s = batch.summary
    lines = [_tr(_ASK_ORDER)]
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
        lines.append("   " + _tr(_DAY_FIRST_IS).format(day=reading(example["DMY"])))
        lines.append("   " + _tr(_MONTH_FIRST_IS).format(month=reading(example["MDY"])))
    return "\n".join(lines)


def ask_date_order(parent: QWidget, dialogs: Any, batch: Any) -> str | None:
    """"DMY", "MDY" or None (she cancelled)."""
    examples = batch.summary.date_order_examples
    first = examples[0] if examples else {"DMY": "", "MDY": ""}
    choices = [("DMY", _tr(_DAY_FIRST_BUTTON).format(date=reading(first["DMY"], False))),
               ("MDY", _tr(_MONTH_FIRST_BUTTON).format(date=reading(first["MDY"], False)))]
    answer = dialogs.choose(parent, _tr(_ORDER_TITLE), date_order_text(batch),
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
        names += "\n  " + _tr(_AND_MORE).format(n=more)
    text = _tr(_OLDER_TEXT).format(
        names=names)
    if dialogs.confirm(parent, _tr(_OLDER_TITLE), text,
                       confirm_label=_tr(_ATTACH), cancel_label=_tr(_LEAVE_OUT),
                       destructive=True):
        return
    batch.leave_out_files({f.attachment_id for f in older},
                          "older than the chat; you chose not to attach it")
