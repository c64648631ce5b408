"""Every WhatsApp and Telegram file of the shared real corpora imports, with the facts of the
closing table (/tmp/work/corpus-table-wa-tg.md at the time): messages, service events, media the
phone left out, and how the day/month order was decided ("guess" = every date ≤ 12: the CLI and
the GUI ask). Runs only when the shared folder exists (SAFEPLAN_SAMPLES or ../shared)."""

from __future__ import annotations

import pytest

from safeplan.core.importers import TimezoneNeeded, parse_file
from tests.fixtures import real

FACTS = [  # (collection/folder/file, messages, service events, media omitted, date order)
    ("corpus/whatsapp/4A_11M.zip", 14, 3, 0, "guess"),
    ("corpus/whatsapp/Buddhist iOS.txt", 28, 6, 16, "file"),
    ("corpus/whatsapp/Japanese iOS.txt", 28, 6, 16, "file"),
    ("corpus/whatsapp/WhatsApp Chat - Elon Musk (Arabic).txt", 25, 2, 13, "file"),
    ("corpus/whatsapp/WhatsApp Chat - Elon Musk (German).txt", 25, 5, 13, "file"),
    ("corpus/whatsapp/WhatsApp Chat - Elon Musk (Portugal).txt", 25, 1, 14, "file"),
    ("corpus/whatsapp/WhatsApp Chat - Elon Musk (Spanish).txt", 25, 1, 13, "file"),
    ("corpus/whatsapp/WhatsApp Chat - Elon Musk (UKR).txt", 25, 4, 3, "file"),
    ("corpus/whatsapp/WhatsApp Chat with Dmitry S EN Android.txt", 60, 11, 27, "file"),
    ("corpus/whatsapp/WhatsApp Chat with Group Chat XXX Android.txt", 20, 17, 0, "guess"),
    ("corpus/whatsapp/arabic_ios.txt", 23, 2, 13, "file"),
    ("corpus/whatsapp/czech_android.txt", 60, 1, 27, "file"),
    ("corpus/whatsapp/deutch_android_media.txt", 41, 1, 4, "file"),
    ("corpus/whatsapp/englishiosampm.txt", 50, 8, 1, "file"),
    ("corpus/whatsapp/iOS Vietnamese.txt", 28, 6, 16, "file"),
    ("corpus/whatsapp/test_mmddyyyy_12hrs.txt", 9, 2, 0, "file"),
    ("corpus/telegram/BIG_20A_5475M.json", 5475, 0, 0, "-"),
    ("corpus/telegram/MultiChat_2C_6M.json", 6, 1, 0, "-"),
    ("corpus/telegram/bot.json", 2, 0, 0, "-"),
    ("corpus/telegram/public_supergroup.json", 4, 3, 0, "-"),
    ("corpus/telegram/saved.json", 21, 1, 0, "-"),
    ("samples/whatsapp/Chat WhatsApp s kontaktom Dmitry S RU Android.txt", 60, 11, 27, "file"),
    ("samples/whatsapp/WhatsApp Chat - Elon Musk (RU).txt", 25, 5, 14, "file"),
    ("samples/whatsapp/WhatsApp Chat - Group_NoMedia 2019 RU.txt", 13, 1, 0, "file"),
    ("samples/whatsapp/englishandroidampm.txt", 50, 8, 1, "file"),
    ("samples/whatsapp/germanios24h.txt", 50, 8, 1, "file"),
    ("samples/telegram/DM_2A_7M.json", 8, 2, 0, "-"),
    ("samples/telegram/test_batch_export.json", 2, 0, 0, "-"),
    ("samples/telegram/test_single_export.json", 2, 0, 0, "-"),
]


@pytest.mark.parametrize("name,messages,service,omitted,order", FACTS,
                         ids=[f[0].split("/", 2)[2] for f in FACTS])
def test_real_export_imports_with_its_facts(name: str, messages: int, service: int,
                                            omitted: int, order: str) -> None:
    collection, folder, file_name = name.split("/", 2)
    path = real(collection, folder, file_name)
    try:
        batch = parse_file(path)
    except TimezoneNeeded:
        batch = parse_file(path, tz="Europe/Minsk")
    with batch:
        s = batch.summary
        assert (s.message_count, s.service_count) == (messages, service)
        assert sum(m.kind == "media-omitted" for m in s.missing_media) == omitted
        assert (s.date_order_source or "-") == order
        assert s.unreadable == []
        positions = [m["source"]["position"] for m in batch.document["messages"]]
        assert positions == sorted(positions) and len(set(positions)) == len(positions)
