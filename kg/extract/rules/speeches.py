"""Speeches and reports: who spoke, with which title, on whose behalf, at the article's event."""

from __future__ import annotations

import re
from typing import Any

from kg.extract import patterns as P
from kg.extract.actors import actor, labels
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.mentions import Mention
from kg.extract.rules.common import coordinated, governed, post_anaphor, subject
from kg.extract.rules.events import ensure_event, place_after

__all__ = ["apply"]


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the speech or report of sentence ``n``; its speaker becomes the paragraph's speaker."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    if "to-outlet" in READINGS29 and _to_outlet(doc, n):
        return  # "Speaking to AnewZ, X described …", "… рассказал X в беседе с НСН": an interview, no talk given
    titled = P.TITLED[lang].search(text)
    title = None
    told = None
    if titled is not None:
        title = titled.group("title").strip()
        kind_word = (titled.group("kind") or "").lower()
        fact_type = "report" if re.match(r"баяндам|доклад|report|paper|presentation|lecture", kind_word) else "speech"
        cue_start, cue_end, confidence = titled.start(), titled.end(), 0.9
    elif _listed(doc, n):
        return  # "Reports were made by X, Y and Z", "Speakers included X": the speakers follow the cue
    elif _THEIR[lang].search(text) and len(named := _named_before(doc, n)) >= 2:
        for who in named:  # "… attended by X and Y. In their speeches, they emphasized …"
            _speech(doc, n, Mention(0, 0, who, "person", who, how="pronoun"), "speech", 0.75, None)
        return
    else:
        found = next(
            (
                (kind, cue, conf)
                for kind, table, conf in (
                    ("report", P.REPORT, 0.85),
                    ("speech", P.SPEECH, 0.8),
                    ("speech", _TALK, 0.8),
                    ("speech", _PRESENTED, 0.75),
                    *((("speech", _TALK31, 0.8),) if "talk-more" in READINGS31 else ()),
                )
                if (cue := table[lang].search(text)) is not None and not _statement_only(text, cue, lang)
            ),
            None,
        )
        if found is None and "ru-participle" in READINGS21 and lang == "ru":
            listed = _participle_list(text, ms)
            if listed:
                for person in listed:  # "Выступавшие на заседании академики X, Y, Z выразили уверенность"
                    _speech(doc, n, person, "speech", 0.7, None)
                return
        if found is None:
            found = _found21(text, lang)
        told = _told(doc, n) if found is None else None
        found = found or told
        owned = _owned(doc, n) if found is None else None
        if owned is not None:
            _speech(doc, n, owned, "speech", 0.75, None)
            event = doc.event
            if event is not None and event.key == ("event", "implicit") and event.sentence == n:
                place = place_after(doc, n, owned.end)  # "Tokayev's address at the kurultai in Kyzylorda on Jan. 20"
                if place:
                    event.values["place"] = place
            return
        if found is None:
            # "X said", "X stressed": a statement, not a speech (tests/data/extract_real/README.md),
            # unless it is the next turn in a report that goes speaker by speaker
            in_run = _next_in_run(doc, n)
            if in_run is not None:
                _speech(doc, n, in_run, "speech", _RUN_CONFIDENCE, None)
            return
        fact_type, cue, confidence = found
        cue_start, cue_end = cue.start(), cue.end()
        if cue.groupdict().get("opened"):
            cue_start = cue.start("opened")  # "Шараны облыс әкімі X ашып": the subject stands between object and verb
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
    speaker_m = (_owner_of_cue(doc, n, cue_start) if title is None else None) or subject(
        doc, text, ms, cue_start, cue_end, ("person",), lang
    )
    if (
        speaker_m is None
        and doc.last_named
        and (
            P.before(_PRONOUN_SUBJECT[lang], text, cue_start)
            or (not text[:cue_start].strip(" \"'«“—–-") and _PRONOUN_AFTER_CLAUSE[lang].match(text, cue_end))
        )
    ):
        # "Основные параметры изменений он представил … на заседании курултая", "Выступая на заседании комиссии, он
        # заявил": the person named before
        speaker_m = Mention(0, 0, doc.last_named, "person", doc.last_named, how="pronoun")
    elif (
        speaker_m is None
        and doc.last_named
        and "kk-pronoun" in READINGS21
        and lang == "kk"
        and _PARTICIPLE_THEN_PRONOUN_KK.match(text, cue_end)
    ):
        # "Диалогта сөз сөйлеген ол … жеткізді": "ол" after the participle is the person named before
        speaker_m = Mention(0, 0, doc.last_named, "person", doc.last_named, how="pronoun")
    if speaker_m is None:
        speaker_m = _owned(doc, n)  # "Выступление Ерлана Кошанова на форуме": the noun's owner, not a subject
    if speaker_m is None:
        return
    if told is not None and doc.event is not None and doc.event.values.get("chair") == actor(doc, speaker_m, n, lang):
        return  # "He outlined the group's vision" of the meeting's chair: chairing, not a talk (`dev`)
    if any(f.key == ("speech", actor(doc, speaker_m, n, lang), "address") and f.sentence == n for f in doc.facts):
        return  # "In his annual address to the nation …": drafted as the address (rules/events.py)
    if title is None:
        # "жазушы Сайлау Байбосын, қоғамдық белсенді Александр Разумовский, ақын Жұмағали Қоғабаев сөз алып": each
        others = coordinated(text, ms, speaker_m, cue_start, ("person",))
        others += [m for m in _with_posts(text, ms, speaker_m, cue_start) if m not in others]
        # "During a meeting with ODIHR Director Maria Telalian, Mukhtar Yerman briefed": who was met did not speak
        for other in [m for m in others if m is not speaker_m and not governed(text, m, lang)]:
            _speech(doc, n, other, fact_type, confidence, None)
    _speech(doc, n, speaker_m, fact_type, confidence, title)


#: (sixteenth session) A speech named by its speaker and where it was given: "Tokayev's address at the Kurultai",
#: "выступление Ерлана Кошанова на форуме", "Тоқаевтың Құрылтайдағы сөзі". What follows the owner (English: after
#: "'s"; Kazakh: after the genitive), or what precedes it (Russian: the noun, the owner in the genitive after it).
_OWNED_AFTER = {
    "en": re.compile(
        r"['’]s\s+(?:(?:opening|keynote|closing|welcoming|annual|recent|latest)\s+)?(?:speech|address|remarks|lecture)"
        r"\s+(?:at|to|before|during)\s",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?:ты|ті|ны|ні|ды|ді)ң\s+(?:[\w-]+(?:дағы|дегі|тағы|тегі)\s+)?(?:сөйлеген\s+)?(?:сөзі|баяндамасы)(?!\w)",
        re.IGNORECASE,
    ),
}
#: Before the Russian owner: the noun, then (since the fifty-sixth session) at most a few words of the owner's post
#: ("Выступление Президента Казахстана X"; :func:`_owner_after_noun` checks that they open one).
_OWNED_BEFORE = {
    "ru": re.compile(
        r"(?<![\w-])(?:выступлени[еяи]|реч[ьи]|доклад[ае]?)\s+(?P<gap>(?:[^\W\d_][\w-]*\s+){0,5})$", re.IGNORECASE
    )
}
#: After the Russian owner: where the speech was given.
_OWNED_AT_RU = re.compile(r"\s+(?:на|перед|во?\s+время)\s", re.IGNORECASE)


def _owned(doc: ArticleDoc, n: int) -> Mention | None:
    """The speaker of a speech named by its owner and its place in sentence ``n`` (see :data:`_OWNED_AFTER`); None
    when the sentence names none. Only a person owns one: "the Commission's report to the President" is a body's."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind != "person":
            continue
        if lang in _OWNED_AFTER:
            found = _OWNED_AFTER[lang].match(text, m.end - (3 if lang == "kk" else 0))
            if found is not None and (lang != "kk" or m.oblique):
                return m
        elif lang in _OWNED_BEFORE and _owner_after_noun(text, m.start) and _OWNED_AT_RU.match(text, m.end):
            return m
    return None


def _owner_of_cue(doc: ArticleDoc, n: int, cue_start: int) -> Mention | None:
    """(sixtieth session) The owner of a Russian speech noun that is the cue itself, where it names one: "Политолог X
    прокомментировал … текст выступления президента Касым-Жомарта Токаева на V заседании …" (`test69`) is the
    President's speech, not the subject's; None otherwise."""
    owned = _owned(doc, n) if doc.article.sentences[n].lang == "ru" else None
    if owned is None:
        return None
    noun = P.before(_OWNED_BEFORE["ru"], doc.article.sentences[n].text, owned.start)
    return owned if noun is not None and noun.start() == cue_start else None


def _owner_after_noun(text: str, start: int) -> bool:
    """Whether the person named at ``start`` owns the Russian noun of a speech before it: right after it, or after the
    owner's post ("Выступление Президента Казахстана Касым-Жомарта Токаева на заседании …"; fifty-sixth session)."""
    noun = P.before(_OWNED_BEFORE["ru"], text, start)
    if noun is None:
        return False
    gap = noun.group("gap")
    return not gap or P.opens_with_post(gap, ("ru",))


#: Between two speakers named with their posts: a coordinator and the next one's posts, no clause ("Professors X and
#: Y, as well as member of the Commission and Chairman of the Board Z presented", "депутат X, профессор Y и юрист Z
#: выступили", "жазушы X, ақын Y және белсенді Z сөз сөйледі").
_JOINED = re.compile(
    r"\s*(?:,|;|\band\b|\bas\s+well\s+as\b|(?<![\w-])(?:и|а\s+также|және|сондай-ақ)(?!\w))", re.IGNORECASE
)
_CLAUSE = re.compile(
    r"[.:!?()]|\b(?:who|which|that|said|says|noted|with|by|during|after|before|while|met|according)\b|"
    r"(?<![\w-])(?:котор\w+|с|со|при|после|перед|во\s+время|по\s+словам|встретил\w*|деді|кейін|кезінде|"
    r"кездес\w*|бойынша|туралы|жөнінде|атап|айтты|мен|бен|пен)(?!\w)",
    re.IGNORECASE,
)


def _with_posts(text: str, ms: list[Mention], speaker_m: Mention, cue_start: int) -> list[Mention]:
    """The persons coordinated with the speaker before the cue when posts stand between them (which
    :func:`coordinated` does not read past): each gap opens with a coordinator and holds no clause of its own."""
    persons = [m for m in ms if m.kind == "person" and m.end <= cue_start]
    if speaker_m not in persons:
        return []
    out: list[Mention] = []
    cur = speaker_m
    for m in reversed(persons[: persons.index(speaker_m)]):
        gap = text[m.end : cur.start]
        if len(gap) > 160 or not _JOINED.match(gap) or _CLAUSE.search(gap) or m.oblique:
            break
        out.append(m)
        cur = m
    return out


#: The nouns of "выступил с оценкой / с заявлением / с поддержкой …": a statement, a stance or a proposal voiced.
_STATEMENT_NOUNS = r"(?:оценк|заявлени|критик|комментари|инициатив|предложени|призыв|обращени|поддержк)\w*"
#: "Инициатором / модератором / ведущим …": acting as something, not speaking.
_ACTING_AS = (
    r"(?:(?:инициатор|сторонник|противник|гарант|автор|соавтор|организатор|посредник|модератор)(?:ом|ами|ой)|"
    r"ведущ(?:им|ей|ими))"
)
#: "Выступил с оценкой / с заявлением / против": the verb of a speech used for a statement or a stance.
_STATEMENT_ONLY = {
    "ru": re.compile(
        r"(?:(?<![\w-])(?:с|со)\s+(?:[\w-]+\s+){0,2}?" + _STATEMENT_NOUNS + r"(?:\s+[^\s,]+){0,4}\s+$|"
        r"^\s+(?:(?:с|со)\s+(?:[\w-]+\s+){0,2}?" + _STATEMENT_NOUNS + r"|против|за)(?!\w)|"
        # "Инициатором реформы выступил X", "выступил в качестве гаранта", "Модератором выступил X": acting as, not
        # speaking
        r"(?:^|\s)" + _ACTING_AS + r"\s+(?:[\w-]+\s+){0,3}$|"
        # "выступил непосредственным автором": an adjective of the role between
        r"^\s+(?:(?:[\w-]+(?:ым|им|ой|ей)\s+)?" + _ACTING_AS + r"|в\s+(?:качестве|роли))(?!\w))",
        re.IGNORECASE,
    ),
}


#: More ways news reports a talk given, by language (the thirteenth pass, from language knowledge, not from one
#: part's errors): a lecture read or held, the rostrum taken, a meeting opened, a talk during which something was
#: said, participants welcomed or addressed, a briefing held; each wording has a test sentence in
#: tests/extract/test_speeches13.py.
_TALK = {
    "kk": re.compile(
        # "дәріс оқыды", "лекция оқып", "ашық дәріс оқыған"
        r"(?:дәріс|лекция)\w*\s+оқы(?:ды|п|ған)(?!\w)|"
        # "жоба туралы баяндап берді", "… баяндап, …": the converb of "баяндады"
        r"(?<![\w-])баяндап(?!\w)|"
        r"таныстырып\s+(?:берді|өтті|шықты)(?!\w)|"
        r"мінбеге\s+(?:көтеріл|шы[қғ])\w*|сөз\s+кезегін\s+ал(?:ды|ып|ған)(?!\w)|"
        # "Іс-шараны аша отырып", "форумды ашқан", "конференцияны ашты", with the subject between: "Шараны облыс әкімі
        # X ашып"
        r"(?<![\w-])(?:іс-шараны|шараны|форумды|конференцияны|үстелді|семинарды|пленумды|съезді|марафонды|басқосуды|"
        r"сессияны|отырысты|жиынды|жиналысты|кездесуді|талқылауды|пікірталасты)\s+(?:[\w-]+\s+){0,6}?"
        r"(?P<opened>аш(?:қан|ты|ып|а\s+отырып))(?!\w)|"
        r"құттықтау\s+сөз\w*|баяндамашы\w*|"
        # (eighteenth session) "Іс-шараның ашылу рәсімінде X … атап өтті": who is heard at the opening speaks
        r"ашылу\s+(?:рәсімінде|салтанатында)(?!\w)|"
        r"(?:брифинг|баспасөз\s+конференция|семинар|тренинг|дәріс|лекция|шеберлік\s+сынып)\w*\s+өткіз(?:ді|іп|ген)(?!\w)|"
        # "жастармен ашық әңгіме өрбітті": a talk held with an audience
        r"әңгіме\s+өрбіт(?:ті|іп|кен)(?!\w)|"
        # told at length about, in each postposition: "… жайлы айтып берді", "… жөнінде айтып берді"
        r"(?:жайлы|жөнінде|турасында|хақында)\s+(?:жан-жақты\s+|кеңінен\s+|егжей-тегжейлі\s+)?айтып\s+бер(?:ді|іп)(?!\w)|"
        # an account given to the public, questions answered: "халық алдында есеп берді", "сұрақтарына жауап берді"
        r"(?<![\w-])есеп\s+бер(?:ді|іп)(?!\w)|"
        r"(?:қатысушылар|тұрғындар|журналистер|студенттер|жиналғандар|оқушылар)\w*\s+(?:қойған\s+)?сұрақтарына\s+"
        r"жауап\s+бер(?:ді|іп)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        # "выступившая на форуме", "выступивший с докладом": a participle of "выступил" (the stance and
        # statement uses are sorted out by _STATEMENT_ONLY, as for the verb)
        r"выступивш\w+|выступает\s+(?:на|перед|с)(?!\w)|"
        r"прочита(?:л\w*|в)\s+(?:[\w-]+\s+)?(?:лекци|доклад)\w*|"
        r"(?:сделал\w*|представил\w*|провел\w*|провёл)\s+(?:[\w-]+\s+)?(?:презентаци|сообщени|лекци|мастер-класс|"
        r"брифинг|пресс-конференци|открытый\s+урок|семинар|тренинг)\w*|"
        # "слово взял X" (the order reversed), "довёл до сведения участников"
        r"слово\s+взял\w*|дов[её]л\w*\s+до\s+сведения|"
        # "отчитался перед населением", "зачитал доклад", "ответил на вопросы участников"
        r"(?<![\w-])отчитал(?:ся|ась|ись)|(?<![\w-])зачитал\w*|"
        r"ответил\w*\s+на\s+(?:[\w-]+\s+)?вопросы\s+(?:участник|собравш|присутствующ|жител|журналист|студент|слушател)\w*|"
        r"(?<![\w-])(?:про)?информировал\w*|ознакомил(?:а|и)?(?!\w)|"
        r"(?:обратил(?:ся|ась|ись)|обращаясь)\s+(?:к\s+[\w-]+\s+)?с\s+(?:[\w-]+\s+)?(?:приветственн|вступительн|"
        r"заключительн)\w*\s+(?:словом|речью)|(?:с\s+)?(?:приветственн|вступительн|заключительн)\w*\s+(?:словом|речью)|"
        r"поднял(?:ся|ась|ись)\s+на\s+трибуну|в\s+(?:своей|его|её|ее)\s+(?:[\w-]+\s+)?речи|"
        r"приветствовал\w*\s+(?:[\w-]+\s+)?(?:участник|гост|собравш|делегат)\w*|"
        # "Обращаясь к журналистам, X подчеркнул": addressing an audience
        # (not "обратился к жителям региона": an appeal, `dev`, `test8`)
        r"(?:обратил(?:ся|ась|ись)|обращаясь)\s+к\s+(?:[\w-]+\s+)?(?:участник|собравш|присутствующ|аудитори|"
        r"слушател|делегат|гост|журналист|работник|сотрудник|трудов|коллектив|студент|учащ)\w*|"
        # (nineteenth session) "Беседуя с коллективом клиники, X акцентировала": a talk with the staff (`test21`)
        r"(?<![\w-])беседуя\s+с\s+(?:[\w-]+\s+)?(?:коллектив|участник|собравш|присутствующ|работник|сотрудник|"
        r"трудов|студент|учащ)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bin\s+(?:his|her)\s+(?:opening|welcoming|closing|keynote|introductory)\s+(?:speech|remarks|address)\b|"
        r"\b(?:gave|delivered|held|conducted|read)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:lecture|talk|"
        r"master\s+class|briefing|press\s+conference|keynote|seminar|training)\b|"
        r"\bin\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:lecture|talk)\b|"
        # "X was the keynote speaker", "acted as a speaker": the speaker before the cue
        r"\b(?:was|acted\s+as|served\s+as)\s+(?:a|the|one\s+of\s+the)\s+(?:main\s+|keynote\s+|guest\s+|key\s+)?speakers?\b(?!\s+of\b)|"
        r"\baddressing\s+(?:the\s+)?(?:participants|audience|attendees|delegates|gathering|forum|conference|meeting|"
        r"session|students)\b|"
        r"\b(?:introduced|familiari[sz]ed)\s+(?:the\s+)?(?:participants|audience|attendees|students|guests|members)\s+"
        r"(?:to|with)\b|"
        r"\btook\s+the\s+(?:podium|rostrum|stage)\b|\blectured\b|"
        r"\b(?:welcomed|greeted)\s+(?:the\s+)?(?:participants|guests|attendees|audience|delegates|gathering)\b|"
        # a headline's present tense: "X speaks at the forum", "X addresses the congress"
        r"\banswered\s+(?:the\s+)?questions\s+(?:from|of)\s+(?:the\s+)?(?:participants|audience|journalists|students|"
        r"residents|attendees)\b|"
        r"\bspeaks\s+(?:at|to|before)\b|\baddresses\s+(?:the\s+)?(?:participants|forum|conference|meeting|session|"
        r"congress|summit|plenary|students|delegates|audience)\b",
        re.IGNORECASE,
    ),
}

#: A talk whose speakers follow the cue: "Reports were made by X, Y and Z", "Speakers included X", "The keynote
#: speaker was X", "Among the speakers were X", "Спикерами стали X", "Среди выступающих — X", "Спикерлер: X".
_LISTED = {
    "kk": re.compile(
        r"(?P<one>(?:спикерлердің|баяндамашылардың|сөз\s+сөйлегендердің)\s+бірі(?!\w),?)|"
        r"(?:спикер|баяндамашы)(?:лар|лер)?\s*(?::|[—–-]|ретінде\s+(?=[^\W\d_]))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        # (nineteenth session) "один из спикеров, редактор газеты X": the one speaker named next
        r"(?P<one>(?<![\w-])(?:один|одна|одним|одной)\s+из\s+(?:спикеров|выступающих|докладчиков)(?!\w),?)|"
        r"(?:спикерами|докладчиками|выступающими)\s+(?:стали|были|выступили)|"
        r"(?:среди|в\s+числе)\s+(?:спикеров|выступающих|докладчиков)\s*(?:[—–:-]|были|оказались)|"
        r"(?:спикеры|докладчики|выступающие)\s*[—–:]|"
        # "На мероприятии выступили председатель … X, Y и Z": the verb before its subjects (not "выступили с
        # поддержкой / за / против / организаторами": a stance or a role)
        # (fifty-fifth session) not "На сцене выступили звезды эстрады": performers (:func:`P.spoken_ru`)
        r"(?<![\w-])"
        + P.spoken_ru(r"выступили(?:\s+также)?")
        + r"(?=\s+(?!(?:с|со|в|во|за|против|как|на|перед|единым|совместно)(?!\w))"
        r"(?![\w-]+(?:ами|ом|ой)(?!\w))[\w«])|"
        # "Слово было предоставлено депутату X": the speaker after the cue, in the dative
        r"слово\s+(?:было\s+)?предоставлено|предоставили\s+слово|"
        # "Участники заслушали доклад X", "был заслушан доклад X"
        r"заслуша\w*\s+(?:[\w-]+\s+)?(?:доклад|информаци|отч[её]т|выступлени)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        # (nineteenth session) "one of the speakers, editor-in-chief of the newspaper X Y, emphasized" (`test21`)
        r"(?P<one>\bone\s+of\s+the\s+(?:main\s+|keynote\s+|key\s+)?speakers\b,?)|"
        r"\b(?:reports?|speeches|speech|presentations?|lectures?|talks?|remarks|address(?:es)?)\s+(?:was|were)\s+"
        r"(?:made|delivered|given|presented)\s+by\b|"
        # "The main speaker of the meeting, participating online, was X": a phrase between commas
        r"\b(?:main|keynote|key|guest|principal|featured)\s+speakers?(?:\s+of\s+the\s+[\w-]+)?(?:,[^,.;]{1,60},)?\s+"
        r"(?:was|were|included)\b|"
        r"\bspeakers\s+(?:at\s+the\s+[\w-]+\s+)?(?:included|were)\b|\bamong\s+the\s+speakers\s+(?:was|were)\b|"
        # "The meeting was opened by X", "The forum was addressed by X", "heard a report by X"
        r"\b(?:meeting|session|forum|event|conference|round\s*table|seminar|discussion|congress|plenary)\s+(?:was|were)\s+"
        r"(?:opened|addressed)\s+by\b|"
        r"\bheard\s+(?:a\s+|the\s+)?(?:reports?|presentations?|briefings?)\s+(?:by|from)\b|"
        # (fortieth session) "The event featured speeches by X, post; Y, post; …" (`test50`)
        r"\b(?:featured|included)\s+(?:speeches|remarks|addresses|presentations)\s+(?:by|from)\b",
        re.IGNORECASE,
    ),
}
#: Where a list of speakers ends: a clause of its own ("The meeting was moderated by X").
_LIST_END = re.compile(
    r"[.;!?]|\b(?:who|which|while|was|were|moderated|chaired|said|noted|stressed)\b|"
    r"(?<![\w-])(?:который|которая|которые|модератор\w*|отметил\w*|подчеркнул\w*)(?!\w)|"
    r"(?<![\w-])(?:қатысты|атап|деді)(?!\w)",
    re.IGNORECASE,
)


#: (eighteenth session) Talks a plural pronoun reports, their speakers named in the sentence before: "In their
#: speeches, they emphasized" (`test13`), "В своих выступлениях они отметили", "Олар өз сөздерінде".
_THEIR = {
    "en": re.compile(r"^\W*in\s+their\s+(?:speeches|remarks|addresses|presentations|reports)\b", re.IGNORECASE),
    "ru": re.compile(r"^\W*в\s+(?:своих|их)\s+(?:выступлениях|докладах|речах)(?!\w)", re.IGNORECASE),
    "kk": re.compile(r"^\W*(?:олар\s+)?өз\s+(?:сөздерінде|баяндамаларында|сөйлеген\s+сөздерінде)(?!\w)", re.IGNORECASE),
}


def _named_before(doc: ArticleDoc, n: int) -> list[str]:
    """The persons the sentence before ``n`` names, none of them governed by a preposition but the agent's ("attended
    by Senator X and Deputy Y"), in order."""
    if n == 0:
        return []
    s, ms = doc.article.sentences[n - 1], doc.mentions[n - 1]
    out: list[str] = []
    for m in ms:
        if m.kind != "person" or governed(s.text, m, s.lang) and not _BY_AGENT.search(s.text, 0, m.start):
            continue
        if who := actor(doc, m, n - 1, s.lang):
            out += [who] if who not in out else []
    return out


#: The agent of a passive just before a name: "attended by (Senator) X", "с участием X".
_BY_AGENT = re.compile(r"(?:\bby|(?<![\w-])с\s+участием)\s+(?:[\w.-]+\s+){0,2}?$", re.IGNORECASE)


#: How many lines a list of speakers under its heading may run to.
_HEADED_LINES = 12


def _under_heading(doc: ArticleDoc, n: int) -> Mention | None:
    """The speaker line ``n`` names under a heading of its own ("Спикеры:", then "Эдуард Полетаев, руководитель
    …;" one speaker a line), if it is one: the line opens with a person and a comma or a dash, or with a post, a
    dash and the person ("• Мәжіліс депутаты – Павел Казанцев;"), and so does each line between it and the heading
    but for bare bullets (`test20`'s press conference, `test12`'s and `test15`'s round tables)."""
    sentences = doc.article.sentences

    def opener(k: int) -> Mention | None:
        text = sentences[k].text
        first = next((m for m in doc.mentions[k] if m.kind == "person"), None)
        if first is None:
            return None
        before = text[: first.start].lstrip(_BULLETS).rstrip()
        if not before:
            return first if _LINE_AFTER_NAME.match(text, first.end) else None
        posted = _POST_DASH.fullmatch(before) and P.find_posts(before, sentences[k].lang)
        return first if posted and _LINE_END.match(text, first.end) else None

    speaker = opener(n)
    if speaker is None:
        return None
    for k in range(n - 1, max(n - 1 - _HEADED_LINES, -1), -1):
        text, lang = sentences[k].text.strip(), sentences[k].lang
        if not re.search(r"\w", text):
            continue  # a bullet on a line of its own
        cue = _LISTED[lang].search(text)
        if cue is not None and not text[cue.end() :].strip() or text.endswith(":") and _HEADING.search(text):
            return speaker
        if opener(k) is None:
            return None
    return None


#: What a line of a list opens with before its words.
_BULLETS = " \t•·*-–—0123456789.)"
#: After a speaker's name on a line of a list: his post follows.
_LINE_AFTER_NAME = re.compile(r"\s*[,—–-]")
#: A post, then a dash before the name: "ҚР Парламенті Мәжілісінің депутаты –".
_POST_DASH = re.compile(r"[^.;:!?]{3,160}?\s[—–-]")
#: After a name that follows its post: the line ends, or the next item or his other posts begin.
_LINE_END = re.compile(r"\s*(?:[,;.]|$)")
#: A heading of speakers that ends in a colon: "кездесудің спикерлері … таныстырды:", "На встрече выступили:".
_HEADING = re.compile(
    r"спикер|баяндамашы|докладчик|выступающ|выступил|\bspeakers?\b|\bpresenters?\b|\bpanel+ists?\b", re.IGNORECASE
)


#: A Kazakh talk heard, its speakers before it in the genitive: "X-тың баяндамасы тыңдалды".
_HEARD_KK = re.compile(r"(?:баяндама|сөз|ақпарат|есеп)\w*\s+тыңдал(?:ды|ып|ған)(?!\w)", re.IGNORECASE)


def _heard(doc: ArticleDoc, n: int) -> bool:
    """Draft the talks a Kazakh sentence reports as heard ("… Айгүл Сәрсенованың баяндамасы тыңдалды"); whether any."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    cue = _HEARD_KK.search(s.text) if s.lang == "kk" else None
    if cue is None:
        return False
    speakers = [m for m in ms if m.kind == "person" and m.end <= cue.start() and P.KK_GENITIVE.search(m.text)]
    for m in speakers:
        _speech(doc, n, m, "report" if cue.group().lower().startswith("баяндама") else "speech", 0.8, None)
    return bool(speakers)


#: (fortieth session) A semicolon between the items of a list of speakers with their posts: "X, Chairman of the
#: Senate; Y, Vice-President of PACE; and Z, …": the next speaker's name follows it.
_ITEM_AFTER_SEMICOLON = re.compile(r";\s*(?:and\s+|и\s+|және\s+)?")


def _next_item(text: str, ms: list[Mention], at: int) -> int | None:
    """Where the next speaker of a list starts, if the semicolon at ``at`` goes on to one (a person's name right after
    it); None when it ends the list."""
    gap = _ITEM_AFTER_SEMICOLON.match(text, at)
    found = gap is not None and any(m.kind == "person" and m.start == gap.end() for m in ms)
    return gap.end() if gap is not None and found else None


def _listed(doc: ArticleDoc, n: int) -> bool:
    """Draft the talks of a list of speakers that follows its cue ("Reports were made by X, Y and Z"); whether any."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    if _heard(doc, n):
        return True
    headed = _under_heading(doc, n)
    if headed is not None:
        _speech(doc, n, headed, "speech", 0.8, None)
        return True
    cue = _LISTED[lang].search(text)
    if cue is None or P.EARLIER_LEAD.match(text):
        return False
    end = _LIST_END.search(text, cue.end())
    starts: set[int] = set()  # where each item after a semicolon opens
    while end is not None:
        if not any(m.start <= end.start() < m.end for m in ms):  # the dots of "Ф.Г. Балашов" end no list
            item = _next_item(text, ms, end.start())
            if item is None:
                break
            starts.add(item)
        end = _LIST_END.search(text, end.end())
    stop = end.start() if end is not None else len(text)
    speakers = [m for m in ms if m.kind == "person" and cue.end() <= m.start and m.end <= stop]
    if starts and speakers:
        # "X, PACE Rapporteur on Kazakhstan; Y, Research Director at …": each item opens with its speaker, the rest
        # is his post (words a post holds may read as a name)
        speakers = [m for m in speakers if m is speakers[0] or m.start in starts]
    if cue.group("one"):
        # "X, one of the speakers, quoted Y": X; "one of the speakers, editor … X, emphasized": X, with no comma
        # between the cue and the name
        before = [m for m in ms if m.kind == "person" and re.fullmatch(r"\s*,\s*", text[m.end : cue.start()])]
        after = [m for m in speakers[:1] if not re.search(r"[,;:.]", text[cue.end() : m.start])]
        speakers = before[-1:] or after
    for m in speakers:
        _speech(
            doc,
            n,
            m,
            "report" if re.search(r"report|доклад|баяндам", cue.group(), re.IGNORECASE) else "speech",
            0.8,
            None,
        )
    return bool(speakers)


#: Telling an audience: "X told the participants about", "рассказал собравшимся", "қатысушыларға түсіндірді". A verb of
#: telling with its audience is a talk given at the meeting. A bare "noted" or "атап өтті" with one stays a statement
#: (the README: a mere "said" is no speech; `test4`'s "жиналғандарға … атап өтті" is none).
_AUDIENCE = {
    "kk": re.compile(
        r"(?<![\w-])(?:қатысушылар|жиналғандар|жиналған\s+қауым|тыңдармандар|тыңдаушылар|тұрғындар|студенттер|"
        r"оқушылар|ұстаздар|мұғалімдер|жұмысшылар|ардагерлер|ұжым|көпшілік|қонақтар|делегаттар)\w*?"
        r"(?:ға|ге|қа|ке|на|не|мен|бен|пен|\s+алдында)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:(?:перед|к)\s+(?:[\w-]+\s+)?(?:участник|собравш|присутствующ|аудитори|слушател|студент|"
        r"делегат|гост|коллектив|журналист)\w*|с\s+(?:участник|собравш|присутствующ|слушател|студент)\w*|"
        r"участникам|собравшимся|присутствующим|слушателям|аудитории)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:to|before|told|informed|briefed|addressing|with)\s+(?:the\s+)?(?:participants|attendees|audience|gathering|"
        r"delegates|guests|students|faculty|staff|diplomatic\s+corps)\b",
        re.IGNORECASE,
    ),
}
#: The verbs of telling an audience something.
_TELLING = {
    "kk": re.compile(
        r"(?<![\w-])(?:түсіндір(?:ді|іп)|жеткіз(?:ді|іп)|айтып\s+бер(?:ді|іп)|мәлімет\s+бер(?:ді|іп)|"
        r"ақпарат\s+бер(?:ді|іп)|әңгімеле(?:ді|п)|бөліс(?:ті|іп))(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:рассказал|разъяснил|пояснил|сообщил|представил|изложил|поделил(?:ся|ась|ись))\w*", re.IGNORECASE
    ),
    "en": re.compile(r"\b(?:told|explained|informed|briefed|presented|described|shared)\b", re.IGNORECASE),
}
#: Telling what a talk was about, not what someone holds: "рассказал о ходе реформы", "сообщил о", "outlined the
#: key changes", "provided an update on", "туралы әңгімеледі", "сөз қозғады". A talk only where the article reports
#: a meeting: the same verbs tell an interview's content or a statement to the press.
_TOLD = {
    "kk": re.compile(
        r"(?<![\w-])(?:әңгімеле(?:ді|п)|сөз\s+қозға(?:ды|п)|ақпарат\s+бер(?:ді|іп)|"
        r"(?:жан-жақты|кеңінен|егжей-тегжейлі)\s+(?:айтып\s+бер(?:ді|іп)|түсіндір(?:ді|іп)))(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:(?:рассказал|сообщил)\w*\s+(?:[\w-]+\s+)?(?:о|об|обо)\s|"
        r"остановил(?:ся|ась|ись)\s+на\s|очертил\w*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        # "outlined the key changes", not the passive "should be clearly outlined in the Constitution"
        r"\b(?:(?<!be\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!clearly\s)outlined"
        r"(?!\s+(?:in|by|as|for|under|below|above)\b)|(?:provided|gave)\s+(?:an?\s+)?(?:update|overview)|talked\s+about|"
        r"(?:told|informed)\s+(?:[\w-]+\s+){0,2}?about|touched\s+(?:up)?on|reported\s+on|"
        # "During his speech, X announced": a talk where a meeting is named (`test3`: a speech at no meeting the
        # excerpt names is none)
        r"(?:during|throughout)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|lecture|presentation|"
        r"talk|report))\b",
        re.IGNORECASE,
    ),
}


def _told(doc: ArticleDoc, n: int) -> tuple[str, re.Match, float] | None:
    """A statement told to an audience, or a topic told where the article reports a meeting: a talk at it."""
    s = doc.article.sentences[n]
    text, lang = s.text, s.lang
    if _INTERVIEW.search(text) or P.EARLIER_LEAD.match(text):
        return None
    heard = _AUDIENCE[lang].search(text)
    if heard is not None and not _QUOTE_OPENS.match(text):
        # the verb of telling nearest the audience: "… — деген депутат X жиналғандарға … жеткізді"
        verbs = list(_TELLING[lang].finditer(text))
        if verbs:
            said = min(verbs, key=lambda v: abs(v.start() - heard.start()))
            return "speech", said, 0.7
    told = _TOLD[lang].search(text)
    if told is None and "kk-explained" in READINGS28 and lang == "kk" and not _RAISED_AT_KK.search(text):
        told = _EXPLAINED_KK.search(text)
    if told is None:
        return None
    held = doc.event is not None and doc.event.key != ("event", "implicit")
    if held or P.EVENT_AT[lang].search(text):
        return "speech", told, 0.65
    return None


#: The readings of the twenty-eighth session (``benchmarks/speeches28b_lopo.py`` sets them): ``kk-explained``, a
#: Kazakh "түсіндірді" with what was explained before it ("… артықшылығын түсіндірді", "… қажет екенін
#: түсіндірді", "… жобасын … жастар қауымына түсіндірді"): telling a topic, a talk where the article reports a
#: meeting (as :data:`_TOLD`), not only "жан-жақты түсіндірді" (`test28`, `test29`).
READINGS28: frozenset[str] = frozenset({"kk-explained"})
#: The lead's reading of the twenty-ninth session (``benchmarks/lead29_lopo.py``): ``to-outlet``, words said to an
#: outlet are an interview, no talk at a meeting (:func:`_to_outlet`).
READINGS29: frozenset[str] = frozenset({"to-outlet"})
#: Readings of the thirty-first session (``benchmarks/lead31_lopo.py`` switches them): ``talk-more``, the ways of
#: addressing a meeting _TALK lacks (:data:`_TALK31`).
READINGS31: frozenset[str] = frozenset({"talk-more"})
#: A talk given, worded as _TALK does not read it (thirty-first session, reading ``talk-more``; the tuning sheets make
#: each a speech, with none against): greeting or addressing the meeting in a converb, "Приветствуя участников
#: экспертной встречи, X отметил", "Обращаясь к акмолинцам, председатель … обратил особое внимание" (the audience
#: named by any word, closed by the comma: not "обратился к жителям региона", an appeal), "К участникам встречи
#: обратился председатель …" (the audience first); summing up or opening a meeting with more words between, "Жиынды
#: қорытындылаған Ербол Қарашөкеев", "… алқалы жиынды аталған жоғары оқу орнының ректоры Сағынтай Елубаев ашып";
#: greeting the participants, "кездесуге қатысушыларға ілтипат білдіріп"; presenting the draft's provisions, the
#: object first, "Основные положения проекта презентовала … Дания Еспаева"; one person summing up, "На пленарном
#: заседании он подвел итоги …" (not the plural "участники встречи подвели итоги", which the sheets leave); presenting
#: proposals, "Бакыт Нурмуханов представил конкретные предложения". Nothing in English: "outlined the key changes"
#: stays _TOLD's, a talk only where the article reports a meeting.
_TALK31 = {
    "kk": re.compile(
        r"(?<![\w-])(?:іс-шараны|шараны|форумды|конференцияны|үстелді|семинарды|пленумды|съезді|марафонды|басқосуды|"
        r"сессияны|отырысты|жиынды|жиналысты|кездесуді|талқылауды|пікірталасты)\s+(?:[\w-]+\s+){0,8}?"
        r"(?P<opened>аш(?:қан|ты|ып|а\s+отырып)|қорытындыла(?:ған|ды|п|й\s+келе))(?!\w)|"
        r"(?<![\w-])(?:қатысушылар|жиналғандар|қонақтар)\w*\s+(?:ілтипат\s+білдір|құттықта)\w*",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])приветствуя\s+(?:[\w-]+\s+)?(?:участник|гост|собравш|присутствующ|делегат|слушател)\w*|"
        r"(?<![\w-])обращаясь\s+к\s+[\w-]+(?:\s+[\w-]+)?\s*,|"
        r"(?<![\w-])к\s+(?:участник|собравш|присутствующ|слушател|делегат|гост|студент)\w*\s+(?:[\w-]+\s+){0,2}?"
        r"обратил(?:ся|ась|ись)(?!\w)|"
        r"(?<![\w-])(?:основные\s+)?положения\s+(?:[\w-]+\s+){0,2}?(?:представил|презентовал)\w*|"
        r"(?<![\w-])подв[её]л(?:а)?\s+итоги(?!\w)|"
        r"(?<![\w-])представил\w*\s+(?:[\w-]+\s+){0,2}?предложени\w*",
        re.IGNORECASE,
    ),
    "en": P.NEVER,
}
#: (``to-outlet`` in READINGS29) Words said to an outlet named after the cue: "Speaking to AnewZ", "told Qazinform",
#: "in an interview with Trend", "в беседе с НСН", "в интервью Kazinform".
_TO_OUTLET = {
    "en": re.compile(
        r"\b(?:speaking\s+to|told|in\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to)|in\s+(?:a\s+)?conversation\s+with)\s+"
        r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w.-]*)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:в\s+беседе\s+с|в\s+(?:эксклюзивном\s+)?интервью(?:\s+для)?)\s+(?:корреспондентом\s+|изданием\s+)?"
        r"(?P<name>(?-i:[A-ZА-ЯЁ])[\w.-]*)",
        re.IGNORECASE,
    ),
    "kk": P.NEVER,
}


def _to_outlet(doc: ArticleDoc, n: int) -> bool:
    """(``to-outlet`` in READINGS29) Whether sentence ``n`` says its words were said to an outlet: the article's own
    (by its label) or one the registry knows (test23: "рассказал … Константин Затулин в беседе с НСН"; test27:
    "Speaking to AnewZ, Roza Bayramova … described …")."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    found = _TO_OUTLET[s.lang].search(s.text)
    if found is None:
        return False
    name = found.group("name").rstrip(".").lower()
    if any(m.start == found.start("name") and m.actor and doc.linker.type_of(m.actor) == "outlet" for m in ms):
        return True
    labels = {doc.linker.label(doc.outlet, lang).lower() for lang in ("en", "kk", "ru")} if doc.outlet else set()
    return name in labels or (doc.outlet or "").replace("-", "") == re.sub(r"[\W_]+", "", name)


#: (``kk-explained``) The finite verb after its object in the accusative ("-ын", "-ін", "-н", "-ны", "-ні", "-ды",
#: "-ді", "-ты", "-ті", "екенін"), a few words between at most; not "түсіндірілді" (passive: no speaker), not
#: "түсіндіру" (a purpose: "түсіндіруге арналған кездесу"), not the converb "түсіндіріп, … айтты" (`test23`: a
#: statement's first half, no talk).
_EXPLAINED_KK = re.compile(
    r"(?<![\w-])[\w-]+(?:ын|ін|н|ны|ні|ды|ді|ты|ті)\s+(?:[\w-]+\s+){0,3}?(?P<opened>түсіндірді)(?!\w)",
    re.IGNORECASE,
)
#: (``kk-explained``) The meeting named as where words were said, a passive participle after it: "Ұлттық
#: құрылтайда айтылған мәселелердің … себебін түсіндірді" (`test17`): the issues raised there, explained elsewhere.
_RAISED_AT_KK = re.compile(
    r"(?:" + P.EVENT_AT["kk"].pattern + r")\s+[\w-]+(?:ыл|іл|л|ын|ін)(?:ған|ген)(?!\w)", re.IGNORECASE
)


#: A sentence that opens with a quotation: who "told delegates" closes the quotation, a statement.
_QUOTE_OPENS = re.compile(r"\s*[«“\"„—–-]")


#: Presenting to a meeting, which a statement verb is not (kept out of patterns.SPEECH, which also marks
#: a statement whose figures the next sentences continue): "… басым бағыттарымен таныстырып",
#: "жобасын таныстырған болатын" (had presented), "он представил 20 января на заседании курултая".
_PRESENTED = {
    "kk": re.compile(r"(?<=\wмен\s)таныстырып|(?:таныстыр|баянда)ған\s+(?:болатын|еді)", re.IGNORECASE),
    "ru": re.compile(
        r"(?:представил|презентовал)\w*(?=\s+(?:[^\s.]+\s+){0,6}?(?:на|в\s+ходе)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:заседани|встреч|собрани|форум|съезд|конференци|пленум)\w*)|"
        # (fifty-sixth session) the meeting first: "Идею на втором заседании Комиссии … представила депутат X",
        # "… на заседании профильной комиссии, документ презентовал заместитель председателя X"
        r"(?<=(?<![\w-])на\s)(?:[\w-]+\s+){0,2}?(?:заседани|собрани|съезд|пленум)\w*[^.;:!?]{0,80}?\s"
        r"(?:представил|презентовал)(?:а|и)?(?!\w)",
        re.IGNORECASE,
    ),
    "en": P.NEVER,
}

#: (twenty-first session) Readings of a talk, each a switch measured leaving one tuning part out
#: (benchmarks/speeches21_lopo.py; the census is benchmarks/results/speeches21_census.txt):
#: ``kk-at-event`` (a Kazakh "тоқталды" / "атап өтті" said at a meeting the sentence names, "Конституциялық комиссия
#: отырысында … нормаларға тоқталды", or to those gathered, "жиналғандарға … атап өтті": a talk there; a bare
#: "тоқталды" stays a statement), ``kk-conducted`` ("Іс-шараны X жүргізіп": who conducts the event speaks at it),
#: ``ru-proposal-at-meeting`` ("С таким предложением выступила X на заседании": voiced at the meeting, a talk),
#: ``ru-participle`` ("Выступавшие на заседании академики X, Y, Z": those who spoke), ``kk-pronoun`` ("Диалогта сөз
#: сөйлеген ол": the pronoun after the participle is the person named before) and ``en-addressing`` ("Addressing
#: the first meeting of the Commission, X noted").
READINGS21: frozenset[str] = frozenset(
    {"ru-participle", "kk-conducted", "kk-pronoun", "ru-proposal-at-meeting", "en-addressing"}
)
_AT_EVENT_KK = re.compile(
    r"(?:" + P.EVENT_AT["kk"].pattern + r"|(?<![\w-])жиналғандарға(?!\w))[^.!?]{0,200}?"
    r"(?P<opened>тоқтал(?:ды|ып)|атап\s+өт(?:ті|іп))(?!\w)",
    re.IGNORECASE,
)
_CONDUCTED_KK = re.compile(
    r"(?<![\w-])(?:іс-шараны|шараны|форумды|конференцияны|үстелді|семинарды|басқосуды|отырысты|жиынды|жиналысты|"
    r"кездесуді|талқылауды|пікірталасты)\s+(?:[\w-]+\s+){0,6}?(?P<opened>жүргіз(?:іп|ді|ген))(?!\w)",
    re.IGNORECASE,
)
_PARTICIPLE_RU = re.compile(r"(?<![\w-])(?:выступавш|выступивш)\w+", re.IGNORECASE)
_ADDRESSING_EN = re.compile(
    r"\baddressing\s+(?:the|a|an)\s+(?:[\w.-]+\s+){0,3}?(?:meeting|session|congress|forum|conference|plenum|"
    r"gathering|participants|audience|round\s*table|roundtable)\b",
    re.IGNORECASE,
)
_PARTICIPLE_THEN_PRONOUN_KK = re.compile(r"\s+ол(?![\w-])", re.IGNORECASE)


def _participle_list(text: str, ms: list[Mention]) -> list[Mention]:
    """The persons named after "Выступавшие / выступившие" (a few words between: "на заседании академики"), with
    those coordinated with the first; none when the participle follows its noun ("X, выступившая с докладом")."""
    cue = _PARTICIPLE_RU.search(text)
    if cue is None or _statement_only(text, cue, "ru"):
        return []
    after = [m for m in ms if m.kind == "person" and m.start >= cue.end() and not m.oblique]
    if not after or after[0].start - cue.end() > 80 or re.search(r"[,.;:!?]", text[cue.end() : after[0].start]):
        return []
    return coordinated(text, ms, after[0], len(text), ("person",))


def _found21(text: str, lang: str) -> tuple[str, re.Match, float] | None:
    """A talk read by this session's readings (:data:`READINGS21`), after every other cue found none."""
    tables = (
        ("kk-conducted", "kk", _CONDUCTED_KK),
        ("kk-at-event", "kk", _AT_EVENT_KK),
        ("ru-participle", "ru", _PARTICIPLE_RU),
        ("en-addressing", "en", _ADDRESSING_EN),
    )
    for reading, language, rx in tables:
        if reading in READINGS21 and lang == language and (cue := rx.search(text)) is not None:
            if not _statement_only(text, cue, lang):
                return "speech", cue, 0.7
    return None


#: A pronoun just before the speech verb: its subject is the person named before.
_PRONOUN_SUBJECT = {
    "kk": re.compile(r"(?<![\w-])ол\s+(?:[\w-]+\s+){0,6}?$", re.IGNORECASE),
    # (fifty-eighth session) and the pronoun's own verb before the participle: "Об этом он заявил, выступая перед …"
    "ru": re.compile(r"(?<![\w-])(?:он|она)\s+(?:также\s+)?(?:(?-i:[а-яё]+)л[аи]?,\s+)?$", re.IGNORECASE),
    "en": re.compile(r"\b(?:he|she)\s+(?:also\s+)?$", re.IGNORECASE),
}
#: (twentieth session) A pronoun subject after the clause a sentence opens with: "Выступая на заседании комиссии, он
#: заявил", "Speaking at the forum, she noted" (`test22`): the clause's speaker is the person named before; not
#: "Speaking to journalists, he said" (words to the press are a statement, `dev`).
_PRONOUN_AFTER_CLAUSE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?![^,]*(?<![\w-])(?:журналист\w*|прессе|(?-i:СМИ))(?!\w))[^,.;:!?«»\"]{0,120},\s*(?:он|она)(?![\w-])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?![^,]*\b(?:journalists?|reporters?|press|media)\b)[^,.;:!?\"“”]{0,120},\s*(?:he|she)\b", re.IGNORECASE
    ),
}


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
    if cue is None or P.EARLIER_LEAD.match(text):
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


#: "выступил в качестве спикера / в роли докладчика / лектора / эксперта": speaking in that role.
_AS_SPEAKER = re.compile(r"\s+в\s+(?:качестве|роли)\s+(?:спикер|докладчик|лектор|эксперт)", re.IGNORECASE)


#: (eighteenth session) A view given at a meeting the sentence names before the verb: "выступил с оценкой / с
#: заявлением / с комментарием / с поддержкой" there is a talk (`test20`, `test12`); the same words with no meeting
#: stay a statement (`test14`'s party "выступила с официальным заявлением в поддержку"). (Fifty-third session) So are
#: initiatives and proposals in the plural: "На V заседании Национального курултая Токаев выступил с инициативами"
#: (`test63`, `test51`); one "выступил с инициативой" names the proposal alone.
_VIEW_AT_MEETING = re.compile(
    r"\s+(?:с|со)\s+(?:[\w-]+\s+){0,2}?(?:(?:оценк|заявлени|комментари|поддержк)\w*|инициативами|предложениями)",
    re.IGNORECASE,
)


#: An interview: what is said in one is told to a reporter, at no meeting ("в интервью", "сұхбатында", "in an interview");
#: a conversation too ("в разговоре с «Лентой.ру»", "spoke with political scientist X").
_INTERVIEW = re.compile(
    r"(?<![\w-])(?:интервью|сұхбат\w*|в\s+разговоре\s+с)(?!\w)|\binterviews?\b|\bspoke\s+with\b|"
    # (sixtieth session) told to a channel or an agency, named or not: "Об этом 7-му каналу рассказал депутат X"
    # (`test70`), "рассказал агентству Kazinform"
    r"(?<![\w-])(?:телеканалу|каналу|агентству|изданию|порталу)(?:\s+(?:«[^»]{1,40}»|[\w.-]+)){0,2}?\s+"
    r"(?:рассказал|сообщил|пояснил)\w*|"
    r"(?:рассказал|сообщил|пояснил)\w*\s+(?:телеканалу|каналу|агентству|изданию|порталу)",
    re.IGNORECASE,
)


#: The readings of the twenty-seventh session (``benchmarks/precision27_lopo.py`` sets them): ``told-what``, a Russian
#: verb of telling whose object is an indirect question ("Максим Рожин рассказал, какие … вопросы … обсуждаются", "О
#: том, какие цели преследуют эти изменения, … рассказал генеральный директор …"): an account given to the outlet, as
#: an interview is, not a talk at a meeting.
READINGS27: frozenset[str] = frozenset({"told-what"})
#: (``told-what``) The verb of telling, then a question word after its comma ("рассказал, какие", "объяснила, почему");
#: not "рассказал, что …" (reported words, said at a meeting as often) nor "рассказал о …".
_TOLD_WHAT_AFTER = re.compile(
    r"\s*,\s*(?:как|какие|какой|какая|каким|каких|какую|почему|зачем|сколько|насколько|каково|каков\w*|чем|где|когда)"
    r"(?!\w)",
    re.IGNORECASE,
)
#: (``told-what``) The same question opening the sentence: "О том, какие цели преследуют эти изменения, … рассказал".
_TOLD_WHAT_BEFORE = re.compile(
    r"^\W*О\s+том,\s*(?:как|какие|какой|какая|каким|каких|почему|зачем|сколько|насколько|чем|что)(?!\w)", re.IGNORECASE
)
_TELLING_RU = re.compile(r"(?:рассказ|объясн|поясн)\w*", re.IGNORECASE)


def _told_what(text: str, cue: re.Match, lang: str) -> bool:
    """(``told-what``) Whether a Russian verb of telling has an indirect question for its object: words told to the
    outlet, no talk."""
    if "told-what" not in READINGS27 or lang != "ru" or not _TELLING_RU.fullmatch(cue.group()):
        return False
    return bool(_TOLD_WHAT_AFTER.match(text, cue.end()) or _TOLD_WHAT_BEFORE.match(text[: cue.start()]))


def _statement_only(text: str, cue: re.Match, lang: str) -> bool:
    """Whether a speech verb is used for a statement, a stance or an earlier event ("С такой оценкой ... выступил")."""
    if P.EARLIER_LEAD.match(text) or _INTERVIEW.search(text):
        return True  # "Об этом в интервью «Ленте.ру» рассказал X": words to a reporter, no talk at a meeting
    if _told_what(text, cue, lang):
        return True  # "Максим Рожин рассказал, какие … вопросы … обсуждаются": told the outlet, no talk
    rx = _STATEMENT_ONLY.get(lang)
    if rx is None or not cue.group().lower().startswith("выступ"):
        return False
    if _AS_SPEAKER.match(text, cue.end()):
        return False  # "выступил в качестве спикера": a talk, not acting as something

    if _VIEW_AT_MEETING.match(text, cue.end()) and P.EVENT_AT[lang].search(text, 0, cue.start()):
        return False  # "На заседании комиссии X выступил с оценкой хода реформы": said at the meeting, a talk
    if (
        "ru-proposal-at-meeting" in READINGS21
        and lang == "ru"
        and (at := P.EVENT_AT[lang].search(text, cue.end())) is not None
        and not re.search(r"[.;!?]", text[cue.end() : at.start()])
        and not re.search(_ACTING_AS + r"|в\s+(?:качестве|роли)|против", text, re.IGNORECASE)
    ):
        # "С таким предложением выступила депутат X на девятом заседании Комиссии" (`test5`): voiced at the meeting
        return False
    return bool(rx.search(text[: cue.start()]) or rx.match(text[cue.end() :]))


def _speech(doc: ArticleDoc, n: int, speaker_m: Mention, fact_type: str, confidence: float, title: str | None) -> None:
    """The speech or report of one speaker at the article's event; the speaker becomes the paragraph's."""
    s = doc.article.sentences[n]
    text, lang = s.text, s.lang
    speaker = actor(doc, speaker_m, n, lang)
    if speaker is None or doc.linker.type_of(speaker) != "person":
        return
    recalled = next(
        # named in this sentence (a session named before and again here keeps its first sentence, this one in evidence)
        (
            f
            for f in doc.facts
            if f.type == "session" and str(f.key[-1]).startswith("session-of-") and text in f.evidence
        ),
        None,
    )
    if recalled is not None and recalled is not doc.event:
        # "Tokayev used the 5th session of the National Kurultai to outline …": a speech at the session the sentence
        # names (events.known_session), not at the article's own event
        values: dict[str, Any] = {"speaker": speaker, "event": f"@{recalled.key[1]}"}
    else:
        ensure_event(doc, n)
        values = {"speaker": speaker, **event_ref(doc)}
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
