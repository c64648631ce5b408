"""Issue 18, "Legal form": the chronology reads as a filing a Belarusian court receives.

Real vault, real PDF read back with poppler. Russian and Belarusian wording is checked against the
shipped catalogue; a check whose words are not translated yet is skipped with that reason (the
translation pass fills them from the legal-form helper's table), never passed silently.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safeplan.core.export.labels import Labels, T
from safeplan.core.export.labels_legal import TL
from safeplan.core.i18n import Catalogue
from safeplan.core.interchange import import_document
from tests.core.export.conftest import flat, pdftotext, tool
from tests.core.export.sample_doc import document

WITNESS_PHONE = "+375 29 555 11 22"


def _legal_document() -> dict[str, Any]:
    doc = document()
    doc["people"][1]["contact"] = WITNESS_PHONE
    doc["people"][1]["relationship"] = "neighbour"
    doc["messages"] += [
        {"id": "m8", "sent_at": "2024-03-16T07:00:00+03:00", "precision": "exact",
         "channel": "telegram", "direction": "incoming", "sender": "Ivan", "conversation": "Ivan",
         "text": "", "service": "joined_telegram",
         "source": {"kind": "telegram-json", "file_name": "result.json", "original_id": "4789"}},
        {"id": "m9", "sent_at": "2024-03-16T08:00:00+03:00", "precision": "exact",
         "channel": "telegram", "direction": "incoming", "sender": "Ivan", "conversation": "Ivan",
         "text": "", "service": "phone_call", "details": {"duration_seconds": 192},
         "source": {"kind": "telegram-json", "file_name": "result.json", "original_id": "4790"}},
        {"id": "m10", "sent_at": "2024-03-17T09:00:00+03:00", "precision": "minute",
         "channel": "sms", "direction": "incoming", "sender": "+375291111111",
         "conversation": "typed", "text": "He said it again", "source": {"kind": "manual"}},
    ]
    return doc


@pytest.fixture
def legal_export(make_vault: Callable[..., Any], tmp_path: Path) -> Callable[..., Any]:
    """A vault with the imported sample plus one incident she recorded herself."""
    from safeplan.core.export import ChronologyOptions, export_chronology

    vault = make_vault()
    import_document(vault.journal, _legal_document())
    own = vault.journal.save("incident", {
        "occurred_at": "2024-05-01T10:00:00+03:00", "precision": "minute",
        "title": "Recorded by me in the app", "categories": ["psychological"]})

    def run(name: str = "legal.pdf", **kw: Any) -> tuple[Any, str]:
        folder = tmp_path / "out"
        folder.mkdir(exist_ok=True)
        bundle = kw.pop("bundle_path", None)
        result = export_chronology(vault, ChronologyOptions(**kw), folder / name,
                                   bundle_path=bundle)
        return result, own

    return run


def _pages(pdf: Path, *extra: str) -> list[str]:
    return pdftotext(pdf, *extra).split("\f")[:-1]


def _page_count(pdf: Path) -> int:
    out = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))  # type: ignore[union-attr]


def _covers(text: str, ref: str) -> bool:
    """Whether "No. 2, No. 4–6" style references in ``text`` include entry ``ref``."""
    for first, last in re.findall(r"No\. ([\w-]+?)(?:–([\w-]+))?(?=[,;:\s]|$)", text):
        if ref in (first, last):
            return True
        head, tail = re.match(r"(.*?)(\d+)$", first), re.match(r"(.*?)(\d+)$", last or "")
        mine = re.match(r"(.*?)(\d+)$", ref)
        if head and tail and mine and head.group(1) == mine.group(1) == tail.group(1) and \
                int(head.group(2)) <= int(mine.group(2)) <= int(tail.group(2)):
            return True
    return False


def _statement(pdf: Path) -> str:
    text = flat(pdftotext(pdf))
    return text[text.rindex("Statement of truth"):]


def untranslated(lang: str, *sources: str) -> list[str]:
    catalogue = Catalogue.load(lang)
    return [s for s in sources if catalogue.tr("ChronologyPdf", s) == s]


def need_translation(lang: str, *sources: str) -> None:
    missing = untranslated(lang, *sources)
    if missing:
        pytest.skip(f"awaiting the translation pass for {lang}: {missing[0]!r} "
                    f"(wording in /tmp/work/strings-legal.md)")


def test_statement_of_truth_has_every_element(legal_export) -> None:
    result, _ = legal_export(signatory="A. K.", place="Minsk")
    statement = _statement(result.pdf_path)
    pages = _page_count(result.pdf_path)
    assert f"Number of pages {pages}, including the pages of this statement" in statement
    assert f"Document reference {result.export_id}" in statement
    assert "Document Chronology of events" in statement
    for words in ("What I saw or heard myself", "What comes from other sources",
                  "knowingly making a false report of a crime",
                  "Articles 400 and 401 of the Criminal Code",
                  "Place Minsk", "Name or initials A. K.", "Signature ____", "Date ____"):
        assert words in statement, words
    assert "she " not in statement and " her " not in statement  # gender-neutral first person


def test_own_entries_are_kept_apart_from_imported_ones(legal_export) -> None:
    result, _ = legal_export()
    pages = _pages(result.pdf_path)
    full = flat("".join(pages))
    own = re.search(r"No\. (\S+) · Incident · (?:(?!No\. ).){0,160}Recorded by me in the app",
                    full)
    assert own is not None
    own_ref = own.group(1)
    statement = _statement(result.pdf_path)
    own_part = statement[statement.index("What I saw or heard myself"):
                         statement.index("What comes from other sources")]
    other_part = statement[statement.index("What comes from other sources"):
                           statement.index("3. The exhibits")]
    assert _covers(own_part, own_ref)
    assert not _covers(other_part, own_ref)
    # an incident imported from a journal file is listed with the outside sources (issue 12.5)
    imported = re.search(r"No\. (\S+) · Incident · (?:(?!No\. ).){0,300}Пакінуў", full)
    assert imported is not None
    assert _covers(other_part, imported.group(1))
    assert not _covers(own_part, imported.group(1))
    # the messages name the file they came from; a message typed in by hand is hers
    assert re.search(r"messages C1\.0001 to C1\.\d{4}: from the file “result\.json”", other_part)
    typed = re.search(r"(C\d)\.0001 · [^·]+ · incoming · from: \+375291111111 · source: entered "
                      r"by hand", full)
    assert typed is not None
    assert typed.group(1) not in other_part


def test_witnesses_are_listed_and_reached_only_if_she_opts_in(legal_export) -> None:
    result, _ = legal_export()
    statement = _statement(result.pdf_path)
    assert "Witnesses I ask the court to summon" in statement
    assert re.search(r"1\. Maria Ivanova \(neighbour\); named in entries No\. \S+", statement)
    assert WITNESS_PHONE not in flat(pdftotext(result.pdf_path))
    assert "Contact details are not included in this document." in statement
    result, _ = legal_export("with-contacts.pdf", witness_contacts=True)
    statement = _statement(result.pdf_path)
    assert f"how to reach: {WITNESS_PHONE}" in statement
    assert "Contact details are not included" not in statement
    assert "contact details of witnesses included" in flat(pdftotext(result.pdf_path))  # cover


def test_appendix_page_counts_are_the_pages_the_parts_fill(legal_export) -> None:
    result, _ = legal_export()
    pages = [flat(p) for p in _pages(result.pdf_path)]
    statement = _statement(result.pdf_path)
    appendices = statement[statement.index("Appendices"):]
    # (list item, heading the part starts with, heading of what follows it)
    parts = [("Summary table of events", "Summary table of events", "Full entries"),
             ("Full entries (", "Full entries", "Message transcripts"),
             ("Message transcripts (", "Message transcripts", "List of exhibits"),
             ("List of exhibits with their SHA-256", "List of exhibits", "Exhibits"),
             ("Integrity and how to check", "Integrity and how to check this document",
              "Statement of truth")]
    for item, heading, following in parts:
        found = re.search(re.escape(item) + r"[^.]*?(?:(\d+) pages \(pages (\d+) to (\d+)\)|"
                          r"1 page \(page (\d+)\))", appendices)
        assert found is not None, item
        if found.group(4):
            first = last = int(found.group(4))
        else:
            first, last = int(found.group(2)), int(found.group(3))
            assert int(found.group(1)) == last - first + 1
        # the part's heading is on its first page, and what follows starts right after its last
        assert heading in pages[first - 1][:200], (item, first)
        assert heading not in pages[first - 2][:200], (item, first)
        assert following in pages[last][:200], (item, last)
    picture = re.search(r"Picture E\S+, file “IMG_2024\.jpg” 1 page \(page (\d+)\)", appendices)
    assert picture is not None and "IMG_2024.jpg" in pages[int(picture.group(1)) - 1]
    assert re.search(r"File E\S+ “certificate\.pdf” \(cannot be printed\) in electronic form",
                     appendices)


def test_summary_table_cites_the_page_of_each_full_entry(legal_export) -> None:
    result, _ = legal_export()
    layout = _pages(result.pdf_path, "-layout")
    table_pages = [i for i, p in enumerate(layout) if "Summary table of events" in p
                   and "Ref." in p]
    assert table_pages
    cited: dict[str, int] = {}
    for index in table_pages:
        for line in layout[index].splitlines():
            row = re.match(r"^(\d[\d-]*)\s+.*?\s(\d+)\s*$", line)
            if row:
                cited[row.group(1)] = int(row.group(2))
    headings = {}
    for number, page in enumerate(layout, start=1):
        for ref in re.findall(r"No\. (\S+) · ", page):
            headings.setdefault(ref, number)
    assert cited and set(cited) == set(headings), (cited, headings)
    for ref, page in cited.items():
        assert headings[ref] == page, ref


def test_no_raw_importer_tokens_are_printed(legal_export) -> None:
    result, _ = legal_export()
    text = flat(pdftotext(result.pdf_path))
    assert "[Phone call, duration 3 min 12 s]" in text
    assert "[Joined Telegram]" in text
    assert "source: entered by hand" in text
    for token in ("phone_call", "joined_telegram", "source: manual", "telegram-json"):
        assert token not in text, token


def test_metadata_reveals_nothing(legal_export) -> None:
    result, _ = legal_export(case_ref="Case 2-123/2024", concerning="Ivan Petrovich Sidorov",
                             signatory="A. K.")
    out = subprocess.run([tool("pdfinfo"), str(result.pdf_path)], capture_output=True,
                         text=True, check=True).stdout
    for field in ("Title", "Subject", "Author", "Creator", "Producer"):
        value = re.search(rf"^{field}:(.*)$", out, re.M)
        assert value is None or not value.group(1).strip(), (field, out)
    # Keywords: only the signed statement's hash, which `safeplan verify` reads and the integrity
    # page prints anyway — nothing she did not print herself
    keywords = re.search(r"^Keywords:(.*)$", out, re.M)
    words = keywords.group(1).split() if keywords else []
    assert all(re.fullmatch(r"statement-sha256:[0-9a-f]{64}", w) for w in words), words
    printed = flat(pdftotext(result.pdf_path)).replace(" ", "")
    assert all(w.split(":")[1] in printed for w in words)
    qpdf = shutil.which("qpdf")
    if qpdf:  # the document information dictionary itself: nothing but empty strings
        info = subprocess.run([qpdf, "--show-object=trailer", str(result.pdf_path)],
                              capture_output=True, text=True).stdout
        assert "/Info" in info
        raw = result.pdf_path.read_bytes()
        for secret in (b"SafePlan", b"export-id"):  # the program's name says what it is for
            assert secret not in raw, secret


def test_legal_register_in_russian_and_belarusian(legal_export) -> None:
    bad = {"ru": ("Вершина цепочки", "заявления манифеста", "Удостоверение", "Номер выгрузки",
                  "Юридическое", "сделано:", "Тяжесть", "источник: manual", "не обращалась",
                  "на неё повлияло", "Что она сделала"),
           "be": ("Вяршыня ланцужка", "заявы маніфеста", "Пасведчанне", "Нумар экспарту",
                  "Юрыдычнае", "зроблена:", "Цяжкасць", "крыніца: manual", "не звярталася",
                  "на яе паўплывала", "Што яна зрабіла")}
    wanted = {"ru": ("Заявление о достоверности сведений", "заведомо ложный донос",
                     "Приложения", "на 1 л.", "Сводная таблица событий", "Номер документа"),
              "be": ("Заява аб дакладнасці звестак", "заведама ілжывы данос", "Дадаткі",
                     "на 1 арк.", "Зводная табліца падзей", "Нумар дакумента")}
    for lang in ("ru", "be"):
        need_translation(lang, T.CERTIFICATION, TL.ST_LIABILITY, TL.APPENDICES, TL.SHEETS_ONE,
                         T.TABLE, T.EXPORT_ID, T.CHAIN_HEAD, T.STATEMENT_HASH, T.SEVERITY,
                         T.F_IMPACT, T.F_ACTIONS, T.F_NOT_CONTACTED, T.CAPTION, T.N_LEGAL)
        result, _ = legal_export(f"{lang}.pdf", lang=lang)
        text = flat(pdftotext(result.pdf_path))
        for words in bad[lang]:
            assert words not in text, (lang, words)
        for words in wanted[lang]:
            assert words in text, (lang, words)
        labels = Labels(lang)
        assert labels(T.CAPTION) != labels(T.SIGNATURE)  # was "Подпись"/"Подпіс" for both


def test_references_are_cyrillic_in_cyrillic_documents(legal_export) -> None:
    for lang in ("ru", "be"):
        need_translation(lang, TL.EXHIBIT_LETTER, TL.CONVERSATION_LETTER)
        result, _ = legal_export(f"refs-{lang}.pdf", lang=lang)
        text = flat(pdftotext(result.pdf_path))
        assert re.search(r"\bЕ-?\d", text), lang  # Cyrillic Е (U+0415): a Cyrillic search finds it
        assert re.search(r"\bС\d+\.\d{4}\b", text), lang  # Cyrillic С (U+0421)
        # Latin exhibit references as printed (E-0031) or in the old style (E1): not the random
        # Latin letters of the document number (SP-E6UH-…) or of hex fingerprints (… E8F2 E812 …)
        assert not re.search(r"(?<![\w-])(E-\d{4}|E\d{1,2})\b", text), lang
        assert not re.search(r"(?<![\w-])C\d+\.\d{4}\b", text), lang


def test_labels_map_references_to_the_document_script() -> None:
    labels = Labels("en")
    assert labels.ref("E-0031") == "E-0031" and labels.ref("C1.0003") == "C1.0003"
    assert labels.ref("2024-0014") == "2024-0014"
    assert labels.refs(["E1", "E2"]) == "E1, E2"
    assert labels.service({"service": "phone_call", "details": {"discard_reason": "missed"}}) \
        == "[Phone call, missed]"
    assert labels.service({"service": "phone_call"}) == "[Phone call, duration not stated]"
    unknown = labels.service({"service": "boost_apply"})
    assert unknown.startswith("[Notice from the messaging app") and "boost_apply" in unknown


def test_legal_steps_print_a_status_not_done_yes_no(make_vault: Callable[..., Any],
                                                    tmp_path: Path) -> None:
    """"сделано: нет" read as a to-do list; the status is in words, and unanswered prints nothing."""
    from safeplan.core.export import ChronologyOptions, export_chronology

    vault = make_vault()
    for day, done in (("02", True), ("03", False), ("04", None)):
        content: dict[str, Any] = {"kind": "court-hearing", "reference": f"H-{day}",
                                   "starts_at": f"2024-06-{day}T10:00:00+03:00"}
        if done is not None:
            content["done"] = done
        vault.journal.save("legal", content)
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "legal.pdf")
    text = flat(pdftotext(result.pdf_path))
    assert re.search(r"H-02 Status: completed", text)
    assert re.search(r"H-03 Status: not yet completed", text)
    assert not re.search(r"H-04 Status", text)
    assert "done: no" not in text.casefold() and "Done:" not in text


def test_a_file_that_cannot_be_printed_claims_a_bundle_only_when_one_is_made(
        legal_export, tmp_path: Path) -> None:
    result, _ = legal_export()
    text = flat(pdftotext(result.pdf_path))
    assert "provided with the evidence bundle" not in text
    assert "The original is kept unchanged in the journal" in text
    result, _ = legal_export("bundled.pdf", bundle_path=tmp_path / "bundled.zip")
    text = flat(pdftotext(result.pdf_path))
    assert "provided with the evidence bundle" in text


def test_cli_statement_options(make_vault: Callable[..., Any], tmp_path: Path) -> None:
    vault = make_vault("cli/data.db", "cli passphrase")
    import_document(vault.journal, _legal_document())
    vault_path = vault.path
    vault.lock()
    pdf = tmp_path / "cli.pdf"
    cmd = [sys.executable, "-m", "safeplan", "export", str(vault_path), "--pdf", str(pdf),
           "--witness-contacts", "--signatory", "A. K.", "--place", "Minsk"]
    done = subprocess.run(cmd, input="cli passphrase\n", capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[3])
    assert done.returncode == 0, done.stderr
    statement = _statement(pdf)
    assert f"how to reach: {WITNESS_PHONE}" in statement
    assert "Place Minsk" in statement and "Name or initials A. K." in statement


def test_real_telegram_service_messages_print_in_words(make_vault: Callable[..., Any],
                                                      tmp_path: Path) -> None:
    """The shared Telegram sample printed "joined_telegram" and "phone_call" without its
    duration; now both are words, the call with how long it lasted."""
    from safeplan.core.export import ChronologyOptions, export_chronology
    from safeplan.core.importers import parse_file
    from tests.fixtures import real

    sample = real("samples", "telegram", "DM_2A_7M.json")
    vault = make_vault("tg/v.db")
    with parse_file(sample, tz="Europe/Minsk") as batch:
        import_document(vault.journal, batch.document, open_attachment=batch.open_attachment)
    result = export_chronology(vault, ChronologyOptions(), tmp_path / "tg.pdf")
    text = flat(pdftotext(result.pdf_path))
    assert "[Joined Telegram]" in text
    assert re.search(r"\[Phone call, duration \d+ min \d+ s", text)
    assert "joined_telegram" not in text and "phone_call" not in text
