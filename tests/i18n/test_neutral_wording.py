"""Nothing a lawyer, a volunteer or the survivor reads assumes anyone's gender.

The person who keeps the journal may be a woman, a man or neither; the person who hurts them too.
Fails when an English source string of the program (every .ts context: screens, PDF, the verify
report), the bundle's verify.html page or the command line's help calls the journal's keeper
"she/her", when the Russian or Belarusian verifier page uses a form the glossary lists as
assuming a woman, and when the incident form's everyday labels and hints (easy reading, the
step-by-step entry) call the other person "he/his" in any of the three languages.
"""

from __future__ import annotations

import argparse
import json
import re

import pytest

from safeplan.core.resources import resource
from tests.i18n.catalogue import read_ts, ts_path

_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(he|his|him|himself)\b", re.IGNORECASE)
# "he/his" in ru and be (whole words; «им/ім» is also "them", so it is not listed)
_HE_TRANSLATED = {"ru": re.compile(r"(?<!\w)(он|его|ему|нему|ним|нём)(?!\w)", re.IGNORECASE),
                  "be": re.compile(r"(?<!\w)(ён|яго|яму|ягоны|ягоная)(?!\w)", re.IGNORECASE)}

# Strings where "her" is a third person inside the harmless sample journal (the second
# passphrase's), not the journal's keeper: (context, source).
_NOT_THE_KEEPER = {("DuressSample", "Bring her medicine on Thursdays.")}


def test_no_english_string_calls_the_keeper_she() -> None:
    found = sorted({f"[{m.context}] {m.source[:90]!r}" for m in read_ts(ts_path("en"))
                    if m.active and _SHE.search(m.source)
                    and (m.context, m.source) not in _NOT_THE_KEEPER})
    assert not found, "English strings that call the journal's keeper she/her:\n  " + "\n  ".join(
        found)


def _verifier_texts() -> dict[str, str]:
    """verify.html's messages per language: {"en": "…all en values…", "ru": …, "be": …}."""
    page = resource("verifier", "verify.html").read_text(encoding="utf-8")
    table = page[page.index("const TEXT = {"):]
    blocks = re.split(r"\n  (en|ru|be): \{\n", table)
    texts = {lang: body.split("\n  }", 1)[0] for lang, body in zip(blocks[1::2], blocks[2::2],
                                                                    strict=True)}
    assert set(texts) == {"en", "ru", "be"} and all(len(t) > 2000 for t in texts.values())
    return texts


def test_verifier_page_is_neutral() -> None:
    texts = _verifier_texts()
    english = [line.strip() for line in texts["en"].splitlines()
               if _SHE.search(line) or _HE.search(line)]
    assert not english, "verify.html (English) assumes a gender:\n  " + "\n  ".join(english)
    glossary = json.loads(resource("legal", "glossary.json").read_text(encoding="utf-8"))
    (neutral,) = [c for c in glossary["concepts"] if c["id"] == "neutral_first_person"]
    for lang in ("ru", "be"):
        wrong = [w for w in neutral["avoid"][lang] if w.casefold() in texts[lang].casefold()]
        assert not wrong, (lang, wrong)


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    found = [parser.description or ""]
    for action in parser._actions:  # argparse has no public walk over its options
        found.append(action.help or "")
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found.append(choice.help or "")
            for sub in action.choices.values():
                found += _help_texts(sub)
    return found


def test_command_line_help_is_neutral() -> None:
    from safeplan.cli import build_parser

    texts = _help_texts(build_parser())
    assert any("fingerprint" in t for t in texts), "safeplan verify --key not found"
    found = [t for t in texts if _SHE.search(t) or _HE.search(t)]
    assert not found, "command-line help that assumes a gender:\n  " + "\n  ".join(found)


def _incident_words() -> list[tuple[str, str]]:
    """(context, English source) of the incident form's labels and hints (both modes) and of
    the step-by-step entry's questions."""
    from safeplan.ui.workspace.incident_words import easy_labels, office_words

    words = [("IncidentEditor", text) for text in easy_labels().values()]
    words += [("IncidentEditor", text) for pair in office_words().values() for text in pair
              if text]
    guided = [m for m in read_ts(ts_path("en")) if m.active and m.context == "GuidedEntryPage"]
    assert len(guided) > 5
    return words + [(m.context, m.source) for m in guided]


def test_incident_words_do_not_assume_a_man_did_it() -> None:
    words = _incident_words()
    assert len(words) > 40
    english = [f"[{c}] {s!r}" for c, s in words if _HE.search(s) or _SHE.search(s)]
    assert not english, "\n  ".join(english)


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_incident_words_do_not_assume_a_man_in_translation(lang: str) -> None:
    """What was done and said, in everyday and in office words, and the step-by-step questions
    («яго» elsewhere in the form is a copy or an entry, a grammatical «he»)."""
    from safeplan.ui.workspace.incident_words import easy_labels, office_words

    wanted = {("IncidentEditor", text) for text in easy_labels().values()}
    wanted |= {("IncidentEditor", text) for key in ("description", "words_said")
               for text in office_words()[key]}
    wanted |= {w for w in _incident_words() if w[0] == "GuidedEntryPage"}
    found = [f"[{m.context}] {m.source[:50]!r} → {m.forms[0]!r}" for m in read_ts(ts_path(lang))
             if (m.context, m.source) in wanted and _HE_TRANSLATED[lang].search(m.forms[0])]
    assert not found, f"{lang}:\n  " + "\n  ".join(found)


def test_section_names_do_not_assume_a_man() -> None:
    """The workspace's section names, office and easy reading ("His messages" was one)."""
    found = [f"{lang}: {m.source!r} → {m.forms[0]!r}" for lang in ("en", "ru", "be")
             for m in read_ts(ts_path(lang)) if m.active and m.context == "WorkspaceWidget"
             and (_HE.search(m.source) or _SHE.search(m.source)
                  or (lang != "en" and _HE_TRANSLATED[lang].search(m.forms[0])))]
    assert not found, "\n  ".join(found)


def test_the_checks_see_gendered_words() -> None:
    assert _SHE.search("Ask to see the message she sent") and not _SHE.search("shelter, there")
    assert _HE.search("What he did") and not _HE.search("the help, then")
    assert _HE_TRANSLATED["ru"].search("Что он сделал") and not _HE_TRANSLATED["ru"].search(
        "Что с вами сделали")
    assert _HE_TRANSLATED["be"].search("Што ён зрабіў") and not _HE_TRANSLATED["be"].search(
        "Што з вамі зрабілі")
