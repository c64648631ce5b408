"""Realistic sample content for a first look (``safeplan demo``) and for the duress journal.

Invented people and events, written the way survivors' logs read (facts, exact words, impact kept
apart), so that a newcomer, a volunteer or a lawyer sees every screen and the PDF filled in.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from typing import Any

from safeplan.core.journal.journal import Journal

MINSK = timezone(timedelta(hours=3))

_TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "people": [("Viktor K.", "perpetrator", "former husband", "+375 29 111-22-33"),
                   ("Olga S.", "witness", "neighbour, flat 12", ""),
                   ("Anna", "trusted", "sister", "+375 33 444-55-66"),
                   ("Dr. Petrova", "professional", "emergency doctor", "")],
        "incidents": [
            ("Shouting and a broken phone", "He came home late, shouted at me in the hall and "
             "threw my phone against the wall. The screen broke.", "“If you call anyone, "
             "you'll regret it.”", "I could not sleep. I was afraid to go home the next day.",
             ["psychological", "property", "threat"], 3, "Hall, our flat"),
            ("Pushed against the wardrobe", "He grabbed my arm and pushed me against the "
             "wardrobe. Our son saw it from the doorway.", "“Nobody will believe you.”",
             "My arm hurt for a week. My son cried all evening.", ["physical"], 4,
             "Bedroom, our flat"),
            ("Took my salary card", "He took my bank card and said I would get money only "
             "when I 'behave'.", "“You don't need money, you need to obey.”",
             "I had no money for the bus or medicine.", ["economic", "psychological"], 2,
             "Kitchen"),
            ("Waiting outside my work", "After I moved to my sister's he waited outside my "
             "work for two hours and followed me to the bus stop.", "“I know where you live "
             "now.”", "I am afraid to leave work alone.", ["stalking", "threat"], 4,
             "Outside the office"),
        ],
        "messages": ["Where are you?", "Answer me.", "You think you can hide?",
                     "I saw your sister's car.", "Come back or you will regret it.",
                     "I am outside.", "Pick up the phone!", "You will be sorry."],
        "medical": ("City emergency hospital No. 2", "Bruise 4 cm on the left forearm, "
                    "pain on movement.", "Cold compress, painkillers.",
                    "Certificate No. 1182 issued", "bruise, 4 cm"),
        "legal": ("No. 41", "Protection order issued by the police after the report; ask for "
                  "an extension before it ends."),
        "photo_caption": "Left forearm, the day after",
    },
    "ru": {
        "people": [("Виктор К.", "perpetrator", "бывший муж", "+375 29 111-22-33"),
                   ("Ольга С.", "witness", "соседка, кв. 12", ""),
                   ("Анна", "trusted", "сестра", "+375 33 444-55-66"),
                   ("Петрова Е. В.", "professional", "врач скорой", "")],
        "incidents": [
            ("Крик и разбитый телефон", "Пришёл поздно, кричал на меня в прихожей и бросил мой "
             "телефон о стену. Экран разбился.", "«Позвонишь кому-нибудь — пожалеешь».",
             "Не могла спать. Боялась на следующий день идти домой.",
             ["psychological", "property", "threat"], 3, "Прихожая, наша квартира"),
            ("Толкнул на шкаф", "Схватил меня за руку и толкнул на шкаф. Сын видел это из "
             "дверей.", "«Тебе никто не поверит».",
             "Рука болела неделю. Сын плакал весь вечер.", ["physical"], 4,
             "Спальня, наша квартира"),
            ("Забрал зарплатную карту", "Забрал мою банковскую карту и сказал, что деньги "
             "я получу, только когда буду «вести себя хорошо».", "«Тебе не деньги нужны, "
             "а слушаться».", "Не было денег на автобус и лекарства.",
             ["economic", "psychological"], 2, "Кухня"),
            ("Ждал у работы", "После того как я переехала к сестре, он два часа ждал у моей "
             "работы и шёл за мной до остановки.", "«Я теперь знаю, где ты живёшь».",
             "Боюсь выходить с работы одна.", ["stalking", "threat"], 4, "У офиса"),
        ],
        "messages": ["Ты где?", "Отвечай.", "Думаешь, спрячешься?", "Я видел машину твоей сестры.",
                     "Возвращайся, а то пожалеешь.", "Я внизу.", "Возьми трубку!",
                     "Ты об этом пожалеешь."],
        "medical": ("Городская больница скорой помощи № 2", "Кровоподтёк 4 см на левом "
                    "предплечье, боль при движении.", "Холодный компресс, обезболивающее.",
                    "Выдана справка № 1182", "кровоподтёк, 4 см"),
        "legal": ("№ 41", "Защитное предписание выдано милицией после заявления; попросить "
                  "продление до окончания срока."),
        "photo_caption": "Левое предплечье, на следующий день",
    },
}
_TEXT["be"] = {
    "people": [("Віктар К.", "perpetrator", "былы муж", "+375 29 111-22-33"),
               ("Вольга С.", "witness", "суседка, кв. 12", ""),
               ("Ганна", "trusted", "сястра", "+375 33 444-55-66"),
               ("Пятрова А. В.", "professional", "лекар хуткай дапамогі", "")],
    "incidents": [
        ("Крык і разбіты тэлефон", "Прыйшоў позна, крычаў на мяне ў пярэднім пакоі і кінуў мой "
         "тэлефон аб сцяну. Экран разбіўся.", "«Патэлефануеш каму-небудзь — пашкадуеш».",
         "Не магла спаць. Баялася назаўтра ісці дадому.",
         ["psychological", "property", "threat"], 3, "Пярэдні пакой, наша кватэра"),
        ("Штурхнуў на шафу", "Схапіў мяне за руку і штурхнуў на шафу. Сын бачыў гэта з "
         "дзвярэй.", "«Табе ніхто не паверыць».",
         "Рука балела тыдзень. Сын плакаў увесь вечар.", ["physical"], 4,
         "Спальня, наша кватэра"),
        ("Забраў зарплатную картку", "Забраў маю банкаўскую картку і сказаў, што грошы я "
         "атрымаю, толькі калі буду «паводзіць сябе добра».", "«Табе не грошы патрэбныя, "
         "а слухацца».", "Не было грошай на аўтобус і лекі.",
         ["economic", "psychological"], 2, "Кухня"),
        ("Чакаў каля працы", "Пасля таго як я пераехала да сястры, ён дзве гадзіны чакаў каля "
         "маёй працы і ішоў за мной да прыпынку.", "«Я цяпер ведаю, дзе ты жывеш».",
         "Баюся выходзіць з працы адна.", ["stalking", "threat"], 4, "Каля офіса"),
    ],
    "messages": ["Ты дзе?", "Адказвай.", "Думаеш, схаваешся?", "Я бачыў машыну тваёй сястры.",
                 "Вяртайся, а то пашкадуеш.", "Я ўнізе.", "Вазьмі трубку!",
                 "Ты пра гэта пашкадуеш."],
    "medical": ("Гарадская бальніца хуткай медыцынскай дапамогі № 2", "Крывападцёк 4 см на "
                "левым перадплеччы, боль пры руху.", "Халодны кампрэс, абязбольвальнае.",
                "Выдадзена даведка № 1182", "крывападцёк, 4 см"),
    "legal": ("№ 41", "Ахоўнае прадпісанне выдадзена міліцыяй пасля заявы; папрасіць "
              "падаўжэнне да заканчэння тэрміну."),
    "photo_caption": "Левае перадплечча, на наступны дзень",
}


def _photo() -> bytes:
    """A small generated picture standing in for an injury photo (no real person)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 480), (214, 196, 180))
    draw = ImageDraw.Draw(image)
    draw.ellipse((250, 170, 390, 290), fill=(120, 80, 110))
    draw.ellipse((280, 195, 360, 265), fill=(90, 60, 100))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def populate(journal: Journal, lang: str = "en", *, now: datetime | None = None) -> None:
    """Fill a journal with the sample content in ``lang`` (one transaction)."""
    text = _TEXT.get(lang, _TEXT["en"])
    base = (now or datetime.now(MINSK)).astimezone(MINSK).replace(second=0, microsecond=0)
    with journal.transaction():
        people = [journal.save("person", {"name": n, "role": r, "relationship": rel,
                                          "contact": c, "notes": ""})
                  for n, r, rel, c in text["people"]]
        perpetrator, witness = people[0], people[1]
        # "the day after" the second incident (73 days back), after the emergency visit
        photo = journal.add_attachment(_photo(), "IMG_0412.jpg", "image/jpeg",
                                       taken_at=(base - timedelta(days=72) + timedelta(
                                           hours=1, minutes=30)).isoformat(),
                                       caption=text["photo_caption"])
        incident_ids = []
        for index, (title, facts, words, impact, cats, severity, where) in enumerate(
                text["incidents"]):
            when = base - timedelta(days=90 - index * 17, hours=index * 3)
            content: dict[str, Any] = {
                "occurred_at": when.isoformat(), "precision": "minute", "title": title,
                "description": facts, "words_said": words, "impact": impact, "location": where,
                "categories": cats, "severity": severity, "perpetrator_ids": [perpetrator],
                "witness_ids": [witness] if index == 1 else [],
                "children_present": index == 1, "attachment_ids": [photo] if index == 1 else [],
                "police": {"contacted": index == 1, "when": (when + timedelta(hours=1))
                           .isoformat() if index == 1 else None, "station": "",
                           "report_number": "2231" if index == 1 else "", "officer": "",
                           "outcome": ""},
                "evidence_needed": [{"text": {"ru": "копия медицинской справки",
                                              "be": "копія медыцынскай даведкі"}.get(
                                                  lang, "medical certificate copy"),
                                     "done": index != 1}],
                "tags": [],
            }
            if index == 0:
                content["precision"] = "approximate"
                # The hint must match the stored date: the first sample is three months back.
                content["date_hint"] = {"en": "end of summer, I think", "ru": "кажется, конец лета",
                                        "be": "здаецца, канец лета"}.get(lang, "end of summer")
            incident_ids.append(journal.save("incident", content))
        journal.save("medical", {
            "visited_at": (base - timedelta(days=72)).isoformat(), "precision": "minute",
            "kind": "emergency", "facility": text["medical"][0], "practitioner": "",
            "findings": text["medical"][1], "treatment": text["medical"][2],
            "documents": text["medical"][3],
            # Her left forearm: on the front view her left is on the viewer's right (x > 0.5).
            "body_marks": [{"view": "front", "x": 0.85, "y": 0.42, "note": text["medical"][4]}],
            "incident_ids": [incident_ids[1]], "attachment_ids": [photo], "sensitive": False})
        start = base - timedelta(days=20)
        messages = []
        for day in range(14):
            for n in range(1 + (day * 7) % 5 + day // 3):
                sent = start + timedelta(days=day, hours=20, minutes=n * 7)
                messages.append(("message", {
                    "sent_at": sent.isoformat(), "precision": "exact", "tz_known": True,
                    "channel": "sms", "direction": "incoming", "sender": text["people"][0][3],
                    "sender_id": text["people"][0][3], "person_id": perpetrator,
                    "conversation": text["people"][0][0],
                    "text": text["messages"][(day + n) % len(text["messages"])],
                    "attachment_ids": []}, None))
        journal.save_many(messages)
        journal.save("legal", {"kind": "protection-order",
                               "starts_at": (base - timedelta(days=5)).isoformat(),
                               "ends_at": (base + timedelta(days=10)).isoformat(),
                               "reference": text["legal"][0], "notes": text["legal"][1],
                               "done": False})
