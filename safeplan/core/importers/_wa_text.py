"""What a WhatsApp message body means: placeholders, attachments, deletions, calls, notices.

Placeholders changed over time and differ per language and per phone (``<Файл пропущен>`` →
``<Без медиафайлов>``, ``<Media omitted>``, iOS ``изображение отсутствует``), so they are matched
as a class — a ``<…>`` body alone, or a short body ending in an omission word — not as literals.
Matching runs on text with invisible marks stripped; the stored text keeps the original bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Stripped for matching only (U+200E/200F, embedding/isolate controls, BOM).
INVISIBLE = dict.fromkeys(
    [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
     0xFEFF], None)
SPACES = {0x00A0: " ", 0x202F: " ", 0x2007: " ", 0x2009: " ", 0x200A: " "}
_NORMALISE = {**INVISIBLE, **SPACES}


def norm(text: str) -> str:
    return text.translate(_NORMALISE)


_ANGLE_ONLY = re.compile(r"^\s*[<‹][^<>‹›\n]{1,60}[>›]\s*$")
_ANGLE_FILE = re.compile(r"^\s*[<‹](?P<label>[^:<>‹›\n]{2,30}):\s*(?P<file>[^<>\n/\\]+?)[>›]\s*$")
_PAREN_FILE = re.compile(r"^\s*(?P<file>[^()\n/\\]+?\.[A-Za-z0-9]{1,5})\s+\((?P<label>[^()\n]{2,30})\)"
                         r"\s*$")
_OMITTED = re.compile(
    r"(?:omitted|отсутствует|не добавлен[а-я]*|weggelassen|pominięto|адсутнічае|"
    r"не дададзен[а-я]*|відсутн[а-яії]*|не додан[а-я]*|omitid[oa]|omis|omessa|omesso)\.?$",
    re.IGNORECASE)
_FILE_NAME = re.compile(r"\S\.[A-Za-z0-9]{1,5}\b")  # iOS: "Report.pdf • 2 pages document omitted"
_OMITTED_PREFIX = re.compile(r"^(?:pominięto|brak)\s+\S+$", re.IGNORECASE)
# Languages that put the omission word first (Arabic "not included …", Vietnamese "skipped …"),
# seen in real iOS exports; matched on short single-line bodies only, after "deleted" lines.
_OMITTED_START = re.compile(
    r"^(?:.{1,80}?\.[A-Za-z0-9]{1,5}\s+(?:•\s*\d+\s+\S+\s+)?)?(?:"
    r"لم يتم إدراج\s.+|تم حذف\s+\S+|"                        # Arabic: "not included …"
    r"(?:đã\s+)?bỏ(?:\s+qua)?\s+(?:hình ảnh|ảnh GIF|ảnh|video|tệp âm thanh|âm thanh|sticker|"
    r"tài liệu|danh thiếp|thẻ liên lạc|tệp)|"                               # Vietnamese: "skipped …"
    r".{1,40}\snão revelad[oa])\.?$", re.IGNORECASE)          # Portuguese: "… not shown"
ATTACH_LABELS = ("file attached", "файл добавлен", "файл прикреплён", "файл прикреплен",
                 "datei angehängt", "plik załączony", "załączony plik", "файл долучено",
                 "файл далучаны", "файл прымацаваны", "archivo adjunto", "fichier joint",
                 "прикреплено", "attached", "anhang", "załącznik", "прымацавана", "долучено",
                 "вкладення", "adjunto")

_DELETED_BY_YOU = ("you deleted this message", "لقد حذفت هذه الرسالة", "bạn đã xóa tin nhắn này",
                   "bạn đã xoá tin nhắn này",
                   "вы удалили данное сообщение",
                   "вы удалили это сообщение", "du hast diese nachricht gelöscht",
                   "usunięto tę wiadomość", "ви видалили це повідомлення",
                   "вы выдалілі гэта паведамленне", "вы выдалілі паведамленне")
_DELETED = ("this message was deleted", "تم حذف هذه الرسالة", "tin nhắn này đã bị xóa",
            "данное сообщение удалено", "это сообщение удалено",
            "diese nachricht wurde gelöscht", "ta wiadomość została usunięta",
            "це повідомлення видалено", "гэта паведамленне выдалена",
            "паведамленне выдалена", "повідомлення видалено")
_MISSED_CALL = re.compile(
    r"^(missed (voice|video) call|пропущенный (аудио|видео)звонок|verpasster (sprach|video)anruf|"
    r"nieodebrane połączenie( (głosowe|wideo))?|пропущений (аудіо|відео)дзвінок|"
    r"прапушчаны (аўдыя|відэа)званок)\b", re.IGNORECASE)
_NOTICE = re.compile(
    r"(end-to-end encrypted|сквозным шифрованием|ende-zu-ende-verschlüsselt|"
    r"szyfrowaniem end-to-end|наскрізним шифруванням|скразным шыфраваннем|"
    r"security code with|код безопасности с|sicherheitsnummer|kod zabezpieczeń|"
    r"код безпеки|код бяспекі|"
    r"والمكالمات مشفرة|mã hóa đầu cuối|encriptadas ponto a ponto|cifrados de extremo a extremo|"
    r"cifradas de extremo a extremo|šifrovány koncovým|mã bảo mật của bạn)", re.IGNORECASE)


_EDITED = re.compile(
    r"\s*<(this message was edited|это сообщение (было )?изменено|сообщение изменено|"
    r"гэта паведамленне (было )?зменена|diese nachricht wurde bearbeitet|"
    r"wiadomość (została )?edytowana|це повідомлення (було )?змінено|повідомлення змінено)>\s*$",
    re.IGNORECASE)


@dataclass
class Meaning:
    service: str = ""          # "", "deleted", "missed_call", "system"
    missing_kind: str = ""     # "media-omitted", "null-body", "file-not-in-export"
    file_name: str = ""        # an attached file the line names
    by_survivor: bool = False  # "You deleted this message": the sender is the exporter
    edited: bool = False       # newer exports end an edited message with "<This message was edited>"


def classify(body_norm: str) -> Meaning:
    """Meaning of one (normalised) message body; never changes the stored text."""
    edited = _EDITED.search(body_norm)
    if edited and edited.start() > 0:
        meaning = classify(body_norm[:edited.start()])
        meaning.edited = True
        return meaning
    first = body_norm.split("\n", 1)[0].strip()
    whole = body_norm.strip()
    lowered = whole.lower().rstrip(".")
    if lowered in _DELETED_BY_YOU:
        return Meaning(service="deleted", by_survivor=True)
    if lowered in _DELETED:
        return Meaning(service="deleted")
    if _MISSED_CALL.match(whole):
        return Meaning(service="missed_call")
    if _NOTICE.search(whole):
        return Meaning(service="system")
    if whole == "null":
        return Meaning(missing_kind="null-body")
    m = _ANGLE_FILE.match(first)
    if m and (m.group("label").strip().lower() in ATTACH_LABELS or "." in m.group("file")):
        return Meaning(file_name=m.group("file").strip())
    m = _PAREN_FILE.match(first)
    if m and m.group("label").strip().lower() in ATTACH_LABELS:
        return Meaning(file_name=m.group("file").strip())
    if _ANGLE_ONLY.match(whole):
        return Meaning(missing_kind="media-omitted")
    words = len(whole.split())
    short = words <= 3 or (words <= 8 and _FILE_NAME.search(whole) is not None)
    if "\n" not in whole and short and (_OMITTED.search(whole) or _OMITTED_PREFIX.match(whole)):
        return Meaning(missing_kind="media-omitted")
    if "\n" not in whole and words <= 10 and _OMITTED_START.match(whole):
        return Meaning(missing_kind="media-omitted")
    return Meaning()


_CHAT_PREFIX = re.compile(
    r"^(?:WhatsApp Chat with|WhatsApp Chat -|WhatsApp-Chat mit|Чат WhatsApp с контактом|"
    r"Чат WhatsApp с|Чат WhatsApp з|Чат WhatsApp са|Czat WhatsApp z|Chat de WhatsApp con|"
    r"Discussion WhatsApp avec)\s+(?P<name>.+)$", re.IGNORECASE)


# What a phone, browser or file manager appends to a file saved twice: "chat (1)",
# "chat - Copy", "chat (копия)". The conversation name is part of the duplicate check, so the
# same chat saved again under such a name imported every message a second time.
_COPY_SUFFIX = re.compile(r"(?:\s*\(\d{1,3}\)|\s*-\s*(?:copy|копия|копія)"
                          r"(?:\s*\(\d{1,3}\))?|\s*\((?:copy|копия|копія)\))+$", re.IGNORECASE)


def conversation_from_name(stem: str) -> str:
    m = _CHAT_PREFIX.match(norm(stem).strip())
    name = m.group("name").strip() if m else norm(stem).strip()
    return _COPY_SUFFIX.sub("", name).strip() or name
