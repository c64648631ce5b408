"""The translation catalogues match the code and are complete (UX principle 9, STYLE.md 5).

Fails when: a .ts file is out of date with the code (a string was added, changed or removed
without ``make ts``); Belarusian or Russian have unfinished or obsolete messages; a translation
loses or invents a placeholder ({name}, %n, %1) or a keyboard mnemonic; the committed .qm files
(what the app loads) differ from the .ts files (``make qm``); the decoy's words stop being neutral.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.i18n.catalogue import (
    COMPLETE,
    LANGS,
    TS_DIR,
    Key,
    Message,
    lupdate_into,
    mnemonics,
    placeholders,
    read_ts,
    ts_path,
)


def _describe(messages: list[Message] | set[Key], limit: int = 8) -> str:
    rows = []
    items: list[Message | Key] = list(messages)
    for item in items[:limit]:
        if isinstance(item, Message):
            context, source = item.context, item.source
        else:
            context, source = item[0], item[1]
        rows.append(f"  [{context}] {source[:70]!r}")
    more = len(messages) - limit
    return "\n".join(rows) + (f"\n  … and {more} more" if more > 0 else "")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """What ``make ts`` would produce now, in a scratch folder (the committed files untouched)."""
    return lupdate_into(tmp_path_factory.mktemp("ts"))


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_matches_the_code(lang: str, fresh: dict[str, list[Message]]) -> None:
    committed = {m.key for m in read_ts(ts_path(lang)) if m.active}
    current = {m.key for m in fresh[lang] if m.active}
    missing = current - committed
    stale = committed - current
    assert not missing and not stale, (
        f"translations/safeplan_{lang}.ts is out of date with the code — run `make ts`, translate, "
        f"`make qm`.\nIn the code but not in the catalogue:\n{_describe(missing)}\n"
        f"In the catalogue but no longer in the code:\n{_describe(stale)}"
    )


def test_lupdate_finds_strings_in_ui_and_core(fresh: dict[str, list[Message]]) -> None:
    """The check above is only as good as lupdate's view of the code: it must see both tiers."""
    contexts = {m.context for m in fresh["ru"] if m.active}
    assert "ShellWindow" in contexts  # self.tr() in ui/
    assert "cli" in contexts  # QT_TRANSLATE_NOOP in commands/ and core


@pytest.mark.parametrize("lang", COMPLETE)
def test_no_unfinished_messages(lang: str) -> None:
    unfinished = [m for m in read_ts(ts_path(lang)) if m.kind == "unfinished" or
                  (m.active and not all(f.strip() for f in m.forms))]
    assert not unfinished, (
        f"{len(unfinished)} message(s) in safeplan_{lang}.ts are not translated yet "
        f"(or are marked unfinished):\n{_describe(unfinished)}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_no_obsolete_messages(lang: str) -> None:
    obsolete = [m for m in read_ts(ts_path(lang)) if not m.active]
    assert not obsolete, (
        f"safeplan_{lang}.ts keeps translations of strings the code no longer has — "
        f"run `make ts` (it drops them):\n{_describe(obsolete)}"
    )


@pytest.mark.parametrize("name", [f"safeplan_{lang}.ts" for lang in LANGS] + ["qtbase_be.ts"])
def test_placeholders_match(name: str) -> None:
    """Every translation in every catalogue (all contexts, English plural forms and lupdate's
    unfinished guesses too: a guess becomes a translation the moment someone ticks it) keeps
    exactly its source's placeholders."""
    wrong = []
    for message in read_ts(TS_DIR / name):
        if not message.active:
            continue
        expected = placeholders(message.source)
        for form in message.forms:
            if form and placeholders(form) != expected:
                wrong.append(f"  [{message.context}] {message.source[:60]!r} → {form[:60]!r}")
    assert not wrong, "placeholders differ between source and translation:\n" + "\n".join(wrong[:15])


@pytest.mark.parametrize("lang", ("be", "ru"))
def test_mnemonics_kept(lang: str) -> None:
    """A button with Alt+letter in English keeps one in translation (keyboard users, UX 10)."""
    wrong = []
    for message in read_ts(ts_path(lang)):
        if not message.active or message.kind == "unfinished" or mnemonics(message.source) != 1:
            continue
        for form in message.forms:
            if form and mnemonics(form) != 1:
                wrong.append(f"  [{message.context}] {message.source!r} → {form!r}")
    assert not wrong, "translations that lost (or doubled) the &mnemonic:\n" + "\n".join(wrong[:15])


def _code_like(name: str) -> bool:
    """A context name lupdate took from an expression (``self._catalogue.tr("x", …)`` files "x"
    under the context «self._catalogue»), not a class or a QT_TRANSLATE_NOOP context."""
    return "." in name or "(" in name or "self" in name.lower() or not name.isidentifier()


def test_no_context_name_looks_like_code(fresh: dict[str, list[Message]]) -> None:
    """Qt looks strings up by class name; a context like «self._catalogue» is never looked up, so
    its strings are dead weight a translator still has to translate (committed and fresh)."""
    bad = sorted({f"{where}: {m.context!r} ({m.source[:40]!r})"
                  for where, messages in [*((f"safeplan_{lang}.ts", read_ts(ts_path(lang)))
                                            for lang in LANGS),
                                          *((f"make ts → {lang}", fresh[lang]) for lang in LANGS)]
                  for m in messages if m.active and _code_like(m.context)})
    assert not bad, "contexts that are code, not a class or context name:\n  " + "\n  ".join(bad)


def test_code_like_context_names_are_recognised() -> None:
    assert _code_like("self._catalogue") and _code_like("widget.tr(") and _code_like("self")
    assert not _code_like("ShellWindow") and not _code_like("cli") and not _code_like("importers")


def test_placeholder_rules_detect_differences() -> None:
    """The checker itself: each kind of placeholder is seen, and a loss is a difference."""
    assert placeholders("{count} of {total}, %n item(s), %1 and %L2, %s") == placeholders(
        "%n, %s, %L2 и %1: {total} / {count}")
    assert placeholders("{name} saved") != placeholders("saved")
    assert placeholders("Use {{braces}}") == placeholders("Use braces")
    assert mnemonics("E&xit") == 1 and mnemonics("Fish && Chips") == 0 and mnemonics("Exit") == 0


@pytest.mark.parametrize("lang", COMPLETE)
def test_compiled_qm_is_current(lang: str, qapp: object) -> None:
    """The .qm Qt loads holds exactly the finished translations of the .ts (``make qm``)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    qm = TS_DIR / f"safeplan_{lang}.qm"
    assert qm.is_file(), f"{qm.name} missing — run `make qm`"
    assert translator.load(str(qm))
    stale = []
    for message in read_ts(ts_path(lang)):
        if not message.active:
            continue
        finished = message.kind == "" and all(message.forms)
        for index, form in enumerate(message.forms):
            n = _sample_count(lang, index) if message.numerus else -1
            got = translator.translate(message.context, message.source, message.comment or None,
                                       n) or ""
            want = form if finished else ""
            if got != want:
                stale.append(f"  [{message.context}] {message.source[:50]!r}: .qm has {got[:40]!r}")
    assert not stale, f"{qm.name} is older than safeplan_{lang}.ts — run `make qm`:\n" + "\n".join(
        stale[:10])


def test_qt_own_words_in_belarusian_match_qt_and_are_compiled(qapp: object) -> None:
    """Qt ships no qtbase_be; ours must use Qt's exact source strings, and its .qm be current."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    messages = read_ts(TS_DIR / "qtbase_be.ts")
    assert len(messages) > 50
    russian = QTranslator()
    assert russian.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    unknown = [m.source for m in messages if not russian.translate(m.context, m.source)]
    assert not unknown, f"not a Qt string (typo?): {unknown[:10]}"
    compiled = QTranslator()
    assert compiled.load(str(TS_DIR / "qtbase_be.qm")), "run `make qm`"
    stale = [m.source for m in messages if compiled.translate(m.context, m.source) != m.forms[0]]
    assert not stale, f"qtbase_be.qm is older than qtbase_be.ts — run `make qm`: {stale[:5]}"
    for message in messages:
        assert placeholders(message.source) == placeholders(message.forms[0]), message


def _sample_count(lang: str, form_index: int) -> int:
    """A number that selects plural form ``form_index`` (ru/be: 1 / 3 / 5; en: 1 / 2)."""
    return {0: 1, 1: 3 if lang in ("ru", "be") else 2, 2: 5}[form_index]


# Words that would tell an onlooker what the program is (threat A1). The decoy's own strings —
# the calculator, the notes screen, the window title — must contain none of them, in any language.
_REVEALING = ("safeplan", "journal", "abuse", "violence", "evidence", "passphrase", "vault",
              "журнал", "насил", "доказ", "пароль", "сейф", "дзённік", "гвалт", "доказ")
_DECOY_CONTEXTS = ("CalculatorDecoy", "NotesDecoy", "CalcEngine")


@pytest.mark.parametrize("lang", LANGS)
def test_decoy_words_stay_neutral(lang: str) -> None:
    decoy = [m for m in read_ts(ts_path(lang)) if m.active and m.context in _DECOY_CONTEXTS]
    assert decoy, "no decoy strings found — did the decoy's context names change?"
    leaks = [
        f"  [{m.context}] {text!r}"
        for m in decoy
        for text in (m.source, *m.forms)
        if any(word in text.lower() for word in _REVEALING)
    ]
    assert not leaks, "the decoy's words reveal the program:\n" + "\n".join(leaks)


def test_window_title_is_neutral_in_every_language() -> None:
    for lang in COMPLETE:
        titles = {m.source: m.forms[0] for m in read_ts(ts_path(lang))
                  if m.context == "ShellWindow" and m.source in ("Calculator", "Notes")}
        for source, translated in titles.items():
            assert not any(w in translated.lower() for w in _REVEALING), (lang, source, translated)


# Letters one language has and the other does not: Belarusian has no и, щ, ъ; Russian no і, ў.
# A hit means a word of the other language slipped in (the commonest mistake between the two).
_FOREIGN_LETTERS = {"be": re.compile(r"[иИщЩъЪ]"), "ru": re.compile(r"[іІўЎ]")}
_WORD = re.compile(r"[A-Za-zА-Яа-яЁёІіЎў’']+")


@pytest.mark.parametrize("lang", COMPLETE)
def test_translations_use_their_own_alphabet(lang: str) -> None:
    wrong = []
    for message in read_ts(ts_path(lang)):
        if not message.active or message.kind == "unfinished":
            continue
        for form in message.forms:
            if _FOREIGN_LETTERS[lang].search(form):
                wrong.append(f"  [{message.context}] letters of the other language: {form[:60]!r}")
            # Latin look-alikes inside a Cyrillic word (o/о, c/с, p/р) break search and reading aloud.
            wrong.extend(f"  [{message.context}] mixed-script word {word!r}" for word in _WORD.findall(form)
                         if re.search("[A-Za-z]", word) and re.search("[А-Яа-яЁёІіЎў]", word))
    assert not wrong, "\n".join(wrong[:15])


def test_every_language_has_a_catalogue() -> None:
    for lang in LANGS:
        assert ts_path(lang).is_file()
    assert Path(TS_DIR / "README.md").is_file()
