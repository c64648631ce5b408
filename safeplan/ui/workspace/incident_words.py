"""The incident form's words: each field's label and the short reason a court cares (UX
principle 4), the everyday labels easy reading uses (issue 15) and the section titles.

Split out of incident_editor.py (issue 16: one module per job). The words keep the translation
context ``IncidentEditor`` they had as ``self.tr`` there, so no translation is lost and none has
to be redone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["easy_labels", "field_words", "office_words", "section_titles"]

# lupdate finds ``translate("Context", "text")`` (a bare name or QCoreApplication.translate, not a
# wrapper of our own), so every call below spells the context out.
translate = QCoreApplication.translate


def field_words(easy_reading: bool) -> dict[str, tuple[str, str]]:
    """Label and the short reason a court cares, per field; easy reading swaps some labels for
    everyday words and keeps the hints (they are plain already)."""
    words = office_words()
    if easy_reading:
        for key, label in easy_labels().items():
            words[key] = (label, words[key][1])
    return words


def section_titles() -> dict[str, str]:
    """The titles of the form's sections, by section key (in the order of the form)."""
    return {
        "when": translate("IncidentEditor", "When and where"),
        "what": translate("IncidentEditor", "What happened"),
        "harm": translate("IncidentEditor", "Injuries and damage"),
        "people": translate("IncidentEditor", "Who was there"),
        "help": translate("IncidentEditor", "Police, doctors and what you did"),
        "evidence": translate("IncidentEditor", "Evidence"),
    }


def easy_labels() -> dict[str, str]:
    """The labels easy reading says in everyday words."""
    return {
        "categories": translate("IncidentEditor", "What kind of harm"),
        "description": translate("IncidentEditor", "What was done to you"),
        "words_said": translate("IncidentEditor", "What was said, word for word"),
        "impact": translate("IncidentEditor", "How it affected you"),
        "witnesses": translate("IncidentEditor", "Who saw or heard it"),
        "police_report_number": translate("IncidentEditor", "Number on the police paper"),
        "linked": translate("IncidentEditor", "Did this happen before?"),
        "evidence_needed": translate("IncidentEditor", "Proof you still need to get"),
        "tags": translate("IncidentEditor", "Your own words to find it"),
    }


def office_words() -> dict[str, tuple[str, str]]:
    """The usual label and hint of every field."""
    return {
        "title": (
            translate("IncidentEditor", "Short title"),
            translate("IncidentEditor", "A few words so you can find it again.")),
        "when": (
            translate("IncidentEditor", "Date and time"),
            translate("IncidentEditor", "When it happened. If you are not sure, choose “Approximate” — "
                                        "it will be shown as approximate, never as an exact date.")),
        "date_hint": (
            translate("IncidentEditor", "The date in your words"),
            translate("IncidentEditor", "For example: around New Year, the old flat.")),
        "location": (
            translate("IncidentEditor", "Where"),
            translate("IncidentEditor", "Which room, street or place. Courts ask where it happened.")),
        "categories": (
            translate("IncidentEditor", "Forms of abuse"),
            translate("IncidentEditor", "Choose all that fit. This shows the pattern over time.")),
        "description": (
            translate("IncidentEditor", "What happened (facts)"),
            translate("IncidentEditor", "What was done, step by step, as you saw and heard it.")),
        "words_said": (
            translate("IncidentEditor", "Exact words said"),
            translate("IncidentEditor", "Write the exact words, even rude ones — courts give weight to "
                                        "them.")),
        "impact": (
            translate("IncidentEditor", "How it affected me"),
            translate("IncidentEditor", "Kept apart from the facts: fear, sleep, work, health. This "
                                        "shows the harm done.")),
        "injuries": (
            translate("IncidentEditor", "Injuries"),
            translate("IncidentEditor", "Every mark, even small. Take photos again as bruises change.")),
        "severity": (
            translate("IncidentEditor", "How serious"),
            translate("IncidentEditor", "Your own sense of it, from 1 to 5. It helps show if things are "
                                        "getting worse.")),
        "property_damage": (
            translate("IncidentEditor", "Damage to things"),
            translate("IncidentEditor", "What was broken or taken.")),
        "weapons": (
            translate("IncidentEditor", "Weapons or objects used"),
            translate("IncidentEditor", "Anything used to hurt or threaten you.")),
        "perpetrators": (
            translate("IncidentEditor", "Who did it"),
            translate("IncidentEditor", "Name the person. A nickname is fine.")),
        "witnesses": (
            translate("IncidentEditor", "Witnesses"),
            translate("IncidentEditor", "Anyone who saw or heard it, even through a wall. Courts can "
                                        "call them.")),
        "children_present": (
            translate("IncidentEditor", "Children were there"),
            translate("IncidentEditor", "Courts take children seeing abuse very seriously.")),
        "children_reaction": (
            translate("IncidentEditor", "How the children reacted"),
            translate("IncidentEditor", "What they did or said.")),
        "police_contacted": (
            translate("IncidentEditor", "I contacted the police"),
            translate("IncidentEditor", "Even a phone call counts.")),
        "police_when": (
            translate("IncidentEditor", "When"),
            translate("IncidentEditor", "Leave the box empty if you do not know.")),
        "police_station": (
            translate("IncidentEditor", "Police station"),
            ""),
        "police_report_number": (
            translate("IncidentEditor", "Report number"),
            translate("IncidentEditor", "The number lets a lawyer ask for the police file.")),
        "police_officer": (
            translate("IncidentEditor", "Officer"),
            translate("IncidentEditor", "Name or badge number, if you know it.")),
        "police_outcome": (
            translate("IncidentEditor", "What the police did"),
            ""),
        "medical": (
            translate("IncidentEditor", "Doctor or hospital visit"),
            translate("IncidentEditor", "Link the visit where your injuries were recorded.")),
        "actions_after": (
            translate("IncidentEditor", "What I did afterwards"),
            translate("IncidentEditor", "Where you went, whom you told, which services you called.")),
        "linked": (
            translate("IncidentEditor", "Linked earlier incidents"),
            translate("IncidentEditor", "Did this happen before? Courts look at the pattern, not only "
                                        "one day.")),
        "evidence_needed": (
            translate("IncidentEditor", "Evidence still needed"),
            translate("IncidentEditor", "For example: collect the medical certificate, ask the "
                                        "neighbours to write down what they heard.")),
        "tags": (
            translate("IncidentEditor", "Tags"),
            translate("IncidentEditor", "Your own words to group entries, separated by commas.")),
        "private": (
            translate("IncidentEditor", "Only for me and my lawyer"),
            translate("IncidentEditor", "Tick this to leave the whole entry out of the copy for the "
                                        "court. Evidence still needed and tags are left out of that "
                                        "copy anyway.")),
        "attachments": (
            translate("IncidentEditor", "Photos and files"),
            ""),
    }
