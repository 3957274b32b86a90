"""Speeches and reports: who spoke, with which title, on whose behalf, at the article's event."""

from __future__ import annotations

import re
from typing import Any

from kg.extract import patterns as P
from kg.extract.actors import actor, labels
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.mentions import Mention
from kg.extract.rules.common import coordinated, governed, post_anaphor, subject
from kg.extract.rules.events import ensure_event

__all__ = ["apply"]


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the speech or report of sentence ``n``; its speaker becomes the paragraph's speaker."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    titled = P.TITLED[lang].search(text)
    title = None
    if titled is not None:
        title = titled.group("title").strip()
        kind_word = (titled.group("kind") or "").lower()
        fact_type = "report" if re.match(r"баяндам|доклад|report|paper|presentation|lecture", kind_word) else "speech"
        cue_start, cue_end, confidence = titled.start(), titled.end(), 0.9
    else:
        found = next(
            (
                (kind, cue, conf)
                for kind, table, conf in (
                    ("report", P.REPORT, 0.85),
                    ("speech", P.SPEECH, 0.8),
                    ("speech", _PRESENTED, 0.75),
                )
                if (cue := table[lang].search(text)) is not None and not _statement_only(text, cue, lang)
            ),
            None,
        )
        if found is None:
            # "X said", "X stressed": a statement, not a speech (tests/data/extract_real/README.md),
            # unless it is the next turn in a report that goes speaker by speaker
            in_run = _next_in_run(doc, n)
            if in_run is not None:
                _speech(doc, n, in_run, "speech", _RUN_CONFIDENCE, None)
            return
        fact_type, cue, confidence = found
        cue_start, cue_end = cue.start(), cue.end()
    owner = [m for m in ms if lang == "en" and re.fullmatch(r"['’]s\s+", text[m.end : cue_start])]
    if owner and owner[-1].kind != "person":
        return  # "following the Constitutional Commission's presentation of the final project": a body's, no speaker
    said = P.STATEMENT[lang].search(text, cue_end) if not text[:cue_start].strip(" \"'«“—–-") else None
    posted = post_anaphor(doc, n, said.start() if said is not None else cue_start)
    if posted:
        # "аудан әкімі … жан-жақты тоқталып", "Выступая на открытии форума, глава региона отметил", "сенаторы
        # подробно остановились": the post alone stands for the person (or persons) the article gave it before
        for who in posted:
            _speech(doc, n, Mention(0, 0, who, "person", who, how="post"), fact_type, confidence, title)
        return
    speaker_m = subject(doc, text, ms, cue_start, cue_end, ("person",), lang)
    if speaker_m is None and doc.last_named and P.before(_PRONOUN_SUBJECT[lang], text, cue_start):
        # "Основные параметры изменений он представил … на заседании курултая": the person named before
        speaker_m = Mention(0, 0, doc.last_named, "person", doc.last_named, how="pronoun")
    if speaker_m is None:
        return
    if any(f.key == ("speech", actor(doc, speaker_m, n, lang), "address") and f.sentence == n for f in doc.facts):
        return  # "In his annual address to the nation …": drafted as the address (rules/events.py)
    if title is None:
        # "жазушы Сайлау Байбосын, қоғамдық белсенді Александр Разумовский, ақын Жұмағали Қоғабаев сөз алып": each
        others = coordinated(text, ms, speaker_m, cue_start, ("person",))
        # "During a meeting with ODIHR Director Maria Telalian, Mukhtar Yerman briefed": who was met did not speak
        for other in [m for m in others if m is not speaker_m and not governed(text, m, lang)]:
            _speech(doc, n, other, fact_type, confidence, None)
    _speech(doc, n, speaker_m, fact_type, confidence, title)


#: "Выступил с оценкой / с заявлением / против": the verb of a speech used for a statement or a stance.
_STATEMENT_ONLY = {
    "ru": re.compile(
        r"(?:(?<![\w-])(?:с|со)\s+(?:[\w-]+\s+){0,2}?(?:оценк|заявлени|критик|комментари|инициатив|предложени|призыв|обращени)\w*"
        r"(?:\s+[^\s,]+){0,4}\s+$|^\s+(?:(?:с|со)\s+(?:[\w-]+\s+){0,2}?(?:оценк|заявлени|критик|комментари|инициатив|предложени|призыв|обращени)|против|за)(?!\w)|"
        # "Инициатором реформы выступил X", "выступил в качестве гаранта": acting as, not speaking
        r"(?:^|\s)(?:инициатор|сторонник|противник|гарант|автор|соавтор|организатор|посредник)(?:ом|ами|ой)\s+(?:[\w-]+\s+){0,3}$|"
        r"^\s+(?:(?:инициатор|сторонник|противник|гарант|автор|соавтор|организатор|посредник)(?:ом|ами|ой)|в\s+(?:качестве|роли))(?!\w))",
        re.IGNORECASE,
    ),
}


#: Presenting to a meeting, which a statement verb is not (kept out of patterns.SPEECH, which also marks
#: a statement whose figures the next sentences continue): "… басым бағыттарымен таныстырып",
#: "жобасын таныстырған болатын" (had presented), "он представил 20 января на заседании курултая".
_PRESENTED = {
    "kk": re.compile(r"(?<=\wмен\s)таныстырып|(?:таныстыр|баянда)ған\s+(?:болатын|еді)", re.IGNORECASE),
    "ru": re.compile(
        r"(?:представил|презентовал)\w*(?=\s+(?:[^\s.]+\s+){0,6}?(?:на|в\s+ходе)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:заседани|встреч|собрани|форум|съезд|конференци|пленум)\w*)",
        re.IGNORECASE,
    ),
    "en": P.NEVER,
}

#: A pronoun just before the speech verb: its subject is the person named before.
_PRONOUN_SUBJECT = {
    "kk": re.compile(r"(?<![\w-])ол\s+(?:[\w-]+\s+){0,6}?$", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:он|она)\s+(?:также\s+)?$", re.IGNORECASE),
    "en": re.compile(r"\b(?:he|she)\s+(?:also\s+)?$", re.IGNORECASE),
}

#: "Earlier, X spoke on ...": a talk at an earlier event, not at the one the article reports.
_EARLIER = re.compile(
    r"^\W*(?:earlier|previously|ранее|бұған\s+дейін|бұдан\s+бұрын|осыған\s+дейін)(?!\w)", re.IGNORECASE
)


#: A statement that takes its turn in a run of speakers is a speech, less surely than a named talk.
_RUN_CONFIDENCE = 0.65

#: A run: the two paragraphs before each drafted a speech at the event, three speakers at least between them.
#: Shorter runs stay statements: "Opening the event, X emphasized …", "In his speech, Y …", then "Deputy
#: Chair Z emphasized …" is no speech in the dev part's sheet (two speakers before), nor a remark after one
#: paragraph of speakers; the seed's session report (five speakers in turn) has its last "атап өтті" speak.
_RUN_PARAGRAPHS = 2
_RUN_SPEAKERS = 3

#: Between a post and its holder's name: the body it is a post of, no clause ("Deputy Chairman of the
#: Constitutional Court X", "Конституциялық сот төрағасының орынбасары X").
_POST_OF = re.compile(r"(?:\s+[\w«»\"'’.-]+){0,6}?\s*")


def _next_in_run(doc: ArticleDoc, n: int) -> Mention | None:
    """The person whose statement opens paragraph ``n``'s report of the next turn at the event, if any.

    A report of a session that goes speaker by speaker ("Өз баяндамасында X …", "Y баяндама жасап …",
    "Z сөз сөйлеп …", then "бастауыш ұйымның басшысы W … атап өтті") lets the last ones merely "note":
    they spoke at the session too. Only in a run (:data:`_RUN_PARAGRAPHS`, :data:`_RUN_SPEAKERS`) and when
    this paragraph opens with a person, with a post, whose statement verb follows; a lone "X said" stays
    a statement.
    """
    sentences = doc.article.sentences
    s = sentences[n]
    text, lang = s.text, s.lang
    if doc.event is None or n > 0 and sentences[n - 1].paragraph == s.paragraph:
        return None  # no event reported, or not the paragraph's opening sentence
    before = range(s.paragraph - _RUN_PARAGRAPHS, s.paragraph)
    turns = [
        (sentences[f.sentence].paragraph, f.values["speaker"])
        for f in doc.facts
        if f.type in ("speech", "report") and f.values.get("event") == "@event" and f.sentence < n
    ]
    turns = [(p, who) for p, who in turns if p in before]
    if {p for p, _ in turns} != set(before) or len({who for _, who in turns}) < _RUN_SPEAKERS:
        return None
    cue = P.STATEMENT[lang].search(text)
    if cue is None or _EARLIER.match(text):
        return None
    persons = [
        m
        for m in doc.mentions[n]
        if m.kind == "person"
        and m.end <= cue.start()
        # "Билер кеңесінің …": a lone capitalised word the registry does not know is no person
        and not (
            m.new.get("single") and m.actor is None and doc.linker.resolve(m.new.get("name", m.text), "person") is None
        )
    ]
    if not persons or persons[0].oblique or governed(text, persons[0], lang):
        return None
    first = persons[0]
    # the person opens the sentence with a post: "Бастауыш ұйымның басшысы W", "W, глава X, отметил"
    posts = P.find_posts(text[: cue.start()], lang)
    if not any(_POST_OF.fullmatch(text[p.end : first.start]) or 0 <= p.start - first.end <= 3 for p in posts):
        return None
    if len(re.findall(r"[^\W\d_][\w-]*", text[: first.start])) > 8:
        return None  # the person is not what the sentence opens with
    return first


def _statement_only(text: str, cue: re.Match, lang: str) -> bool:
    """Whether a speech verb is used for a statement, a stance or an earlier event ("С такой оценкой ... выступил")."""
    if _EARLIER.match(text):
        return True
    rx = _STATEMENT_ONLY.get(lang)
    if rx is None or not cue.group().lower().startswith("выступ"):
        return False
    return bool(rx.search(text[: cue.start()]) or rx.match(text[cue.end() :]))


def _speech(doc: ArticleDoc, n: int, speaker_m: Mention, fact_type: str, confidence: float, title: str | None) -> None:
    """The speech or report of one speaker at the article's event; the speaker becomes the paragraph's."""
    s = doc.article.sentences[n]
    text, lang = s.text, s.lang
    speaker = actor(doc, speaker_m, n, lang)
    if speaker is None or doc.linker.type_of(speaker) != "person":
        return
    ensure_event(doc, n)
    values: dict[str, Any] = {"speaker": speaker, **event_ref(doc)}
    if title:
        values["title"] = {lang: title}
    behalf = P.ON_BEHALF[lang].search(text)
    if behalf is not None:
        group = _group(doc, behalf.group("who"))
        if group:
            values["on_behalf_of"] = group
    fact = add_fact(doc, n, fact_type, values, confidence, ("speech", speaker), "speech cue with its speaker")
    if fact is not None:
        if fact_type == "report" and fact.type == "speech":
            fact.type = "report"
        if title and "title" not in fact.values:
            fact.values["title"] = {lang: title}
        doc.speaker[s.paragraph] = speaker


def _group(doc: ArticleDoc, word: str) -> str | None:
    """The registry group ("youth", "молодёжи") a speaker spoke for."""
    from kg.names import base_forms, name_key

    keys = {name_key(word), *(name_key(b) for b in base_forms(word))}
    for gid in doc.linker.of_type("group"):
        names = labels(doc, gid)
        names += [re.sub(r"^the\s+", "", label, flags=re.IGNORECASE) for label in names]
        if any(name_key(label) in keys for label in names):
            return gid
    return None
