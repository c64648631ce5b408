"""A hand-made open-format document exercising every field the chronology prints."""

from __future__ import annotations

import base64
import io
from typing import Any

from PIL import Image

HOSTILE = [
    '<font color="red">red</font>',
    '<img src="file:///etc/passwd"/>',
    "<unichar name='LATIN SMALL LETTER A'/>",
    "&amp; &lt;b&gt;",
    "<a href='http://example.invalid/x'>link</a>",
    "<para>",
]


def jpeg_bytes(width: int = 640, height: int = 480, orientation: int | None = None) -> bytes:
    image = Image.new("RGB", (width, height), (200, 200, 200))
    for x in range(0, width, 40):
        for y in range(0, height // 3):
            image.putpixel((x, y), (0, 0, 0))
    out = io.BytesIO()
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, "JPEG", quality=70, exif=exif)
    else:
        image.save(out, "JPEG", quality=70)
    return out.getvalue()


def document(*, extra_incidents: int = 0, description: str = "") -> dict[str, Any]:
    photo = jpeg_bytes(640, 480, orientation=6)
    damaged = b"\xff\xd8\xff\xe0 not really a jpeg"
    pdf_file = b"%PDF-1.4 police certificate"
    import hashlib

    def att(aid: str, name: str, media: str, data: bytes, caption: str = "") -> dict[str, Any]:
        return {"id": aid, "file_name": name, "media_type": media, "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(), "taken_at": "2024-03-12T21:20:00+03:00",
                "caption": caption, "recorded_at": "2024-03-12T23:41:00+03:00",
                "data_base64": base64.b64encode(data).decode()}

    incidents = [
        {"id": "i1", "occurred_at": "2024-03-12T21:05:00+03:00", "precision": "minute",
         "recorded_at": "2024-03-12T23:40:11+03:00", "title": "Пакінуў сінякі на руцэ — ўсё",
         "description": description or "He grabbed my arm in the kitchen.\nSecond line.",
         "words_said": "Ты нікуды не пойдзеш", "impact": "I could not sleep.",
         "location": "Kitchen, 12 Lenina street", "categories": ["physical", "threat"],
         "severity": 4, "injuries": "Bruise on left forearm", "perpetrator_ids": ["p1"],
         "witness_ids": ["p2"], "children_present": True, "children_reaction": "Son cried",
         "police": {"contacted": True, "when": "2024-03-12T22:00:00+03:00",
                    "station": "District 3", "report_number": "KUSP-1234", "officer": "",
                    "outcome": "report taken"},
         "medical_ids": ["n1"], "actions_after": "Called my sister",
         "evidence_needed": [{"text": "medical certificate", "done": False}],
         "tags": ["after court hearing"], "attachment_ids": ["a1", "a2", "a3"],
         "revisions": [{"recorded_at": "2024-03-14T09:00:00+03:00", "sha256": "00"}]},
        {"id": "i2", "occurred_at": "2023-12-31T00:00:00+03:00", "precision": "approximate",
         "date_hint": "around New Year, old flat", "recorded_at": "2024-02-01T10:00:00+03:00",
         "title": "Threats " + " ".join(HOSTILE), "description": "\n".join(HOSTILE),
         "categories": ["psychological"], "severity": 2, "perpetrator_ids": ["p1"],
         "linked_incident_ids": ["i1"]},
        {"id": "i3", "occurred_at": "2024-01-15T00:00:00+03:00", "precision": "month",
         "title": "Took my salary card", "categories": ["economic"], "severity": None,
         "tz_known": False},
    ]
    for k in range(extra_incidents):
        incidents.append({"id": f"x{k}", "occurred_at": f"2024-{1 + k % 12:02d}-"
                          f"{1 + k % 28:02d}T10:00:00+03:00", "precision": "minute",
                          "title": f"Extra incident {k}", "description": "Shouting. " * 20,
                          "categories": ["psychological"], "severity": 1 + k % 5,
                          "perpetrator_ids": ["p1"]})
    return {
        "format": "safeplan-journal", "version": 1, "exported_at": "2026-11-21T10:00:00+00:00",
        "people": [{"id": "p1", "name": "Ivan Petrovich Sidorov", "role": "perpetrator"},
                   {"id": "p2", "name": "Maria Ivanova", "role": "witness"}],
        "incidents": incidents,
        "messages": [
            {"id": "m1", "sent_at": "2024-03-13T02:14:09+03:00", "precision": "exact",
             "channel": "telegram", "direction": "incoming", "sender": "Ivan Petrovich Sidorov",
             "sender_id": "+375290000000", "person_id": "p1", "conversation": "Ivan",
             "text": "You will regret it " + HOSTILE[0],
             "source": {"kind": "telegram-json", "file_name": "result.json",
                        "original_id": "4711"}},
            {"id": "m2", "sent_at": "2024-03-13T02:15:00+03:00", "precision": "exact",
             "channel": "telegram", "direction": "incoming", "sender": "Ivan Petrovich Sidorov",
             "person_id": "p1", "conversation": "Ivan", "text": "Answer me",
             "source": {"kind": "telegram-json", "file_name": "result.json",
                        "original_id": "4712"}},
            {"id": "m3", "sent_at": "2024-03-15T08:00:00+03:00", "precision": "exact",
             "channel": "sms", "direction": "incoming", "sender": "+375291111111",
             "conversation": "+375291111111", "text": "Where are you?"},
        ],
        "medical": [
            {"id": "n1", "visited_at": "2024-03-13T10:30:00+03:00", "precision": "minute",
             "kind": "emergency", "facility": "City hospital No. 2", "findings": "Haematoma",
             "documents": "certificate No. 77",
             "body_marks": [{"view": "front", "x": 0.2, "y": 0.4, "note": "bruise, 3 cm"},
                            {"view": "back", "x": 0.5, "y": 0.3, "note": "scratch"}],
             "incident_ids": ["i1"], "attachment_ids": [], "sensitive": False},
            {"id": "n2", "visited_at": "2024-03-20T10:30:00+03:00", "precision": "day",
             "kind": "mental-health", "facility": "Counsellor SECRET-NOTE", "sensitive": True},
        ],
        "legal": [{"id": "l1", "kind": "protection-order", "starts_at": "2024-04-01T00:00:00+03:00",
                   "ends_at": "2024-05-01T00:00:00+03:00", "reference": "PO-55", "notes": ""}],
        "attachments": [
            att("a1", "IMG_2024.jpg", "image/jpeg", photo, "Left forearm, same evening"),
            att("a2", "broken.jpg", "image/jpeg", damaged),
            att("a3", "certificate.pdf", "application/pdf", pdf_file),
        ],
    }


# For the tests that prove a faster path prints the same PDF bytes as reportlab's own code
# (wrap_memo, parse_memo, font_memo, rl_fast): one fixed key, long mixed-script text (Cyrillic,
# Hebrew, emoji) and one way of exporting the sample.
FIXED_KEY_BYTES = bytes(range(32))
LONG_TEXT = ("Он кричал и не выпускал меня из кухни, שלום עליכם 😡 and took my phone. " * 90
             + "\n") * 3


def sample_pdf_bytes(folder: Any, lang: str) -> bytes:
    """The sample with 60 extra long incidents exported into a new ``folder``; the PDF's bytes
    (with SOURCE_DATE_EPOCH set by the caller, the same for the same code path)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from safeplan.core.export import ChronologyOptions, export_from_source
    from safeplan.core.export.source import DocumentSource

    folder.mkdir()
    key = Ed25519PrivateKey.from_private_bytes(FIXED_KEY_BYTES)
    result = export_from_source(DocumentSource(document(extra_incidents=60,
                                                        description=LONG_TEXT)),
                                key, ChronologyOptions(lang=lang), folder / "out.pdf")
    return result.pdf_path.read_bytes()
