"""Initiatives: who started what.

* a cue beside the initiator: "по инициативе Главы государства …", "Мемлекет басшысының
  бастамасымен …", "on the initiative of the Head of State …", "initiated by …";
* an initiative raised or announced: "… бастамасын көтерді", "выступил с инициативой …",
  "the initiative to …, announced by the Head of State";
* a body created: "комиссия құру туралы Жарлыққа қол қойды", "решил создать Конституционную
  комиссию", "was established … by a decree of President …".

The initiated thing is the reform, the draft or an article of it, a body (commission, working
group, parliament, council) or a post (vice-president) named in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract import patterns as P
from kg.extract.actors import actor, reform, role
from kg.extract.doc import ArticleDoc, add_fact
from kg.extract.mentions import Mention
from kg.extract.reader import Sentence
from kg.extract.rules.common import AGENT_KINDS, subject, unnamed

__all__ = ["apply"]

_THINGS = ("reform", "document", "provision")
#: What an initiative's target may also be (benchmarks/initiative_lopo.py measures it, leaving one tuning part out):
#: ``created``, the institutions the words after an initiative's cue create ("с инициативой учредить пост
#: вице-президента", "инициировал реформы, включая создание однопалатного парламента"). A second reading, the person
#: whose decree a passive of creation names without an article, gained nothing left out: branch
#: ``experiment/initiative-decree``.
TARGETS: tuple[str, ...] = ("created",)
#: The seventeenth session's readings (benchmarks/proposals17_lopo.py measures them, leaving one tuning part out):
#: ``words``, more words of creating ("announced the reintroduction of the post of vice president", "shifting from a
#: bicameral to a unicameral parliament");
#: ``unveiled``, the reform the Head of State unveils ("unveiled a comprehensive constitutional reform package");
#: ``led-by``, a reform named with who leads or advances it, or a participle before it ("a reform initiative advanced
#: by X", "инициированная Президентом X реформа"; a parliamentary reform is the unicameral parliament's);
#: ``origin``, a proposal to create an institution that the reform began with ("The reform began with the proposal of
#: X to create a unicameral Parliament"); ``listed``, the institutions a sentence lists as the proposals of the Head
#: of State named before ("They include a shift to a unicameral parliament …, the introduction of a vice president");
#: ``this``, what the sentence before creates, announced by the Head of State ("В Казахстане появится новая должность —
#: вице-президент. О таком шаге заявил глава государства X").
#: The eighteenth session added ``launched`` (benchmarks/proposals18_lopo.py): a reform named with who started it, the
#: agent inside a relative clause ("реформ, которые президент X запустил", "the reforms that President X launched"),
#: after the name in Kazakh ("Президент X бастаған реформалар") or as its leader ("transformations being implemented …
#: under the leadership of President X").
#: The nineteenth session added ``origin-initiative`` (benchmarks/proposals19_lopo.py): ``origin`` read with the
#: initiative as well as the proposal the reform began with ("… Парламент құру жөніндегі бастамасынан бастау алды").
#: The twenty-third session added ``others-changes`` (benchmarks/proposals23_lopo.py): "the changes proposed by X"
#: are the reform, X's initiative, only when X is the Head of State ("Мемлекет басшысы ұсынған өзгерістер"); a party's
#: or a working group's ("партия ұсынған бірқатар өзгерістер Конституция жобасына енгізілді", "the draft amendments
#: proposed by the working group") are changes to a text, no reform started.
#: The twenty-fourth session added ``raised-object`` (benchmarks/proposals24_lopo.py; ``READINGS24``): what an
#: initiative raised initiates stands after its cue in Russian and English ("выступил с инициативой создания …"): a
#: body named before it (the initiator's post: "депутат Мажилиса Парламента … X выступил с инициативой закрепить …")
#: or in the genitive of a post after it ("института вице-президента Республики Казахстан") is not initiated.
READINGS: tuple[str, ...] = (
    "words",
    "unveiled",
    "led-by",
    "origin",
    "listed",
    "this",
    "launched",
    "origin-initiative",
    "others-changes",
    "raised-object",
    "broad-reforms",
    "bare-commission",
    "creator-post",
)
#: The twenty-fourth session's readings, for the measurement.
READINGS24: tuple[str, ...] = ("raised-object",)
#: The twenty-sixth session added ``broad-reforms`` (benchmarks/proposals26_lopo.py; ``READINGS26``): reforms named in
#: the plural with a word of scale ("the large-scale reforms initiated by …", "the large-scale political
#: transformations initiated by …", "launched a comprehensive reform agenda", "ауқымды реформалар", "масштабные
#: реформы") are the Head of State's course at large, not the constitutional reform: their initiator, named beside
#: them, initiates no reform. "Sweeping constitutional reforms" names the constitutional one and stays.
READINGS26: tuple[str, ...] = ("broad-reforms",)
#: The twenty-seventh session's readings (benchmarks/proposals27_lopo.py; ``READINGS27``), from the census of
#: twenty-eight tuning parts: ``bare-commission``, a commission created with no name ("the Kazakh leader created a
#: commission that drafted the document", "He also decreed to establish a commission to determine the date of the
#: referendum") is, in an article about the Constitution, the Constitutional Commission, as "a special commission"
#: already was; ``creator-post``, the creator of a body named by a post or a pronoun, not a name: "the Kazakh leader
#: created …", "On Jan. 20, he announced the creation of …" (the pronoun after an opening phrase, a verb of
#: announcing or ordering between it and the creation), "was established by Decree of the President of Kazakhstan"
#: (the Head of State).
READINGS27: tuple[str, ...] = ("bare-commission", "creator-post")
#: ``broad-reforms``: a word of scale, at most a political or economic adjective, then reforms in the plural or an
#: agenda.
_BROAD_REFORMS = {
    "kk": re.compile(
        r"(?<!\w)(?:ауқымды|кешенді|кең\s+көлемді|жан-жақты)\s+(?:(?:саяси|экономикалық|әлеуметтік)\s+)?"
        r"(?:реформалар|өзгерістер|өзгерулер|қайта\s+құрулар)\w*",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:масштабн|широкомасштабн|комплексн|всеобъемлющ|глубок)\w+\s+(?:(?:политическ|экономическ|"
        r"социально-экономическ|демократическ)\w+\s+)?(?:реформ(?:ы|ам|ами|ах)?|преобразовани(?:я|й|ям|ями|ях))(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:large-scale|wide-ranging|comprehensive|broad(?:er)?|sweeping|far-reaching|systemic|extensive)\s+"
        r"(?:(?:political|economic|socio-economic|democratic)\s+(?:and\s+(?:political|economic)\s+)?)?"
        r"(?:reforms|transformations|reform\s+agenda)\b",
        re.IGNORECASE,
    ),
}
#: How far the initiator may stand from the reforms it is named beside (characters).
_BROAD_GAP = 60
_BODY_TYPES = ("commission", "state-body")

RAISED = {
    "kk": re.compile(
        r"бастама\w*\s+көтер(?:ді|іп|ген)|бастама\w*\s+жариялады|идея\w*\s+(?:айтты|көтерді|ұсынды|білдірді)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"выступил\w*\s+с\s+инициативой|выдвинул\w*\s+инициатив\w*|инициирова(?:л|вш)\w*|"
        r"(?:высказал|выдвинул|озвучил|предложил)\w*\s+идею",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\binitiative\b[^.]{0,120}?\b(?:announced|put\s+forward|launched|proposed)\s+by\b|\b(?:announced|launched)\s+(?:the|an)\s+initiative\b|"
        r"\b(?:outlined|announced|unveiled|set\s+out)\s+(?:(?:his|her|the)\s+)?plans?\s+to\s+(?:introduce|launch|create|establish)\b|"
        r"\b(?:put\s+forward|launched|announced|raised|proposed)\s+(?:the|an|his|her)\s+initiative\b|\binitiated\b(?!\s+by\b)|"
        r"\b(?:expressed|put\s+forward|voiced|floated|raised)\s+(?:the|an|his|her)\s+idea\s+of\b",
        re.IGNORECASE,
    ),
}
#: An initiative raised where it was raised: "выступил на заседании Курултая с инициативой учредить …", "бастамасын
#: … отырысында көтерді" is RAISED already; the place between the verb and the initiative ("created" in TARGETS).
_RAISED_AT = {
    "kk": P.NEVER,
    "ru": re.compile(r"выступил\w*\s+(?:на|в|перед)\s+[^.;!?«»]{3,80}?\s+с\s+инициатив(?:ой|ами)(?!\w)", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:came\s+out|spoke)\s+(?:at|in|before)\s+[^.;!?]{3,80}?\s+with\s+(?:the|an)\s+initiative\b", re.IGNORECASE
    ),
}
#: A relative clause after an initiative's object: what it names is the object's, not the initiative's.
_RELATIVE = re.compile(r"\b(?:that|which|who)\b|(?<![\w-])котор\w*", re.IGNORECASE)
CREATED = {
    "kk": re.compile(
        # "Конституциялық комиссия құру туралы шешім қабылдадым": the speaker of the quotation decided it
        r"құру\s+туралы\s+(?:Жарлыққа\s+қол\s+қойды|Жарлық\w*|шешім\s+қабылда(?:дым|ды|ған))|құрды|құрылды|құрылып|құрылған|құру(?:ды|ға)?\s+тапсыр\w*",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:решил\w*\s+)?созда(?:ть|л\w*|н\w*)|учредил\w*|учрежд\w*|образова(?:л|н)\w*|указ\w*\s+о\s+создании|"
        r"сформирова(?:ть|л\w*|н\w*)",  # "предложил сформировать … Конституционную комиссию", as en "formed"
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:establish(?:ed|ing)|set(?:ting)?\s+up|creat(?:ed|ing)|formed|forming)\b|"
        r"\b(?:decided|ordered|instructed|plans?|intends?)\s+to\s+(?:establish|create|set\s+up|form)\b|\bcreation\s+of\b|"
        # "instructed the establishment of a constitutional commission", as ru "поручил создать"
        r"\b(?:decided|ordered|instructed|directed)\s+(?:on\s+)?the\s+(?:establishment|formation|setting\s+up)\s+of\b|"
        # "signed a decree on January 21 to establish the Constitutional Reform Committee"
        r"\bdecree\s+(?:[\w-]+\s+){0,4}?(?:to\s+(?:establish|create|set\s+up|form)|on\s+(?:the\s+)?(?:establishment|creation)|"
        r"establishing|creating|setting\s+up)\b|"
        r"(?<=commission\s)(?:(?:that|which)\s+)?(?:he|she|[A-Z][\w-]+)\s+(?:had\s+)?convened\b|"
        r"\bconvened\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?commission\b",
        re.IGNORECASE,
    ),
}
#: Who started it, named by a noun: "Инициатором реформы выступил президент X", "реформаның бастамашысы",
#: "the initiator of the changes was X".
INITIATOR_NOUN = {
    "kk": re.compile(r"(?<![\w-])бастамашы(?:сы|лары|ларының|сының)?(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])инициатор(?:ом|ами|ы|а|ов)?(?!\w)", re.IGNORECASE),
    "en": re.compile(r"\binitiators?\b", re.IGNORECASE),
}
#: Between a body and the name in apposition to it: spaces, at most one comma ("the President of the Republic of
#: Kazakhstan, Kassym-Jomart Tokayev"). One run of space is read once: "\s*,?\s*" split a long run every way
#: (quadratic: 0.02 s a match at 2,000 spaces, measured).
_APPOSED = re.compile(r"\s*(?:,\s*)?")
_CHANGES_BEFORE_KK = re.compile(r"(?:өзгеріс|түзету|реформа)\w*\s+$", re.IGNORECASE)
#: "указом Президента X", "X-тың Жарлығымен": the person whose decree created the body.
_BY_DECREE = {
    # by a decree, a decision, an order, an instruction: "Жарлығымен", "шешімімен", "өкімімен", "по поручению"
    "kk": re.compile(
        r"^\s*(?:\w+\s+){0,1}?(?:Жарлығы(?:мен|на\s+сәйкес)|шешімі(?:мен|не\s+сәйкес)|өкімі(?:мен|не\s+сәйкес)|"
        r"тапсырмасы(?:мен|на\s+сәйкес|\s+бойынша)|нұсқауы(?:мен|\s+бойынша))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:указом|распоряжением|решением|по\s+(?:поручению|указанию|распоряжению|решению)|с\s+подачи)\s+"
        r"(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    ),
    # "set up on the instructions of President X", "at the behest of", "by order of"
    "en": re.compile(
        r"\b(?:(?:on|upon|following|under)\s+(?:the\s+)?(?:instructions?|orders?|directive)\s+(?:of|from)|"
        r"at\s+the\s+(?:behest|direction|instruction)\s+of|by\s+(?:the\s+)?order\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    ),
}
#: Creation named by a noun ("создании", "creation of"): what it creates is its object, after it.
_CREATION_NOUN = re.compile(r"создани|образовани|учреждени|creation|establishment", re.IGNORECASE)
#: (forty-second session) ``said-creation``: the noun of creation opening a clause a speaker reports ("Ерлан Карин …
#: подчеркнул, что создание Конституционной комиссии — это историческое событие", test52) is the clause's subject,
#: judged: the speaker created nothing.
READINGS42: frozenset[str] = frozenset({"said-creation"})
_SAID_THAT = re.compile(r"(?:,\s*что|\bthat)\s+$", re.IGNORECASE)
#: A passive of creation ("was formed", "была создана", "құрылды"): its subject is the body, not the creator.
_PASSIVE = {
    "kk": re.compile(r"құрыл(?:ды|ған|ып)", re.IGNORECASE),
    # not the noun: "указ о создании комиссии" names its creator as the subject
    "ru": re.compile(r"(?:созда|образова|учрежд[её])н(?!и[еяюий]|ием)\w*", re.IGNORECASE),
    "en": P.NEVER,
}
_PASSIVE_AUX = {
    "kk": P.NEVER,
    # "Главой государства было принято решение о создании Комиссии …», - сказала X": a decision taken, its taker in the
    # instrumental; who closes the quotation took none
    "ru": re.compile(r"(?<![\w-])(?:был[оа]?\s+)?принят[оа]?\s+решени[ея]\s+о\s+$", re.IGNORECASE),
    "en": re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE),
}
#: "… he convened", "он создал": a pronoun subject just before the verb stands for the person named before.
_PRONOUN_BEFORE = {
    "kk": re.compile(r"(?<![\w-])ол\s+$", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:он|она)\s+$", re.IGNORECASE),
    "en": re.compile(r"\b(?:he|she)\s+(?:had\s+|has\s+)?$", re.IGNORECASE),
}
#: A body named as where something happened: "Ұлттық құрылтайдың V отырысында", "на заседании Курултая",
#: "at the session of the National Kurultai".
_AT_ITS_MEETING_AFTER = {
    "kk": re.compile(
        r"^\s*(?:[IVX]+\s+|\d+-)?(?:отырыс|жиын|сессия|кездесу|съезд|пленум|форум)\w*(?:ында|інде|нда|нде)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": P.NEVER,
    "en": P.NEVER,
}
_AT_ITS_MEETING_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?:на|в\s+ходе)\s+(?:[\w-]+\s+){0,2}?(?:заседани|сесси|съезд|форум|пленум)\w*\s+(?:[\w-]+\s+){0,2}?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:at|during)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|congress|forum)\s+of\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
}
_PRONOUN_CUE = re.compile(r"(?:(?:that|which)\s+)?(?:he|she)\b", re.IGNORECASE)
#: A name given to something ("rename it as", "переименовать в", "деп атау"), not the thing itself.
_NAME_GIVEN = {
    "kk": P.NEVER,
    "ru": re.compile(r"переименова\w*\s+(?:[\w-]+\s+){0,4}?в\s+[«\"“]?$", re.IGNORECASE),
    "en": re.compile(r"\brenam\w+\s+(?:[\w’'-]+\s+){0,5}?(?:as|to|into)\s+[“\"«]?$", re.IGNORECASE),
}
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:я|мен|I)(?![\w-])")
#: A Kazakh verb in the first person singular ("шешім қабылдадым"): the speaker needs no pronoun.
_FIRST_PERSON_VERB = {"kk": re.compile(r"(?:ды|ді|ты|ті)м$"), "ru": P.NEVER, "en": P.NEVER}


#: The thirteenth pass's wordings of an initiative beside its initiator, beyond patterns.INITIATIVE_BEFORE/AFTER: an
#: instruction or order ("тапсырмасымен", "с подачи", "по указанию", "on the instructions of") and English
#: participles of leading a reform ("spearheaded by", "championed by").
_MORE_BEFORE = {
    "kk": re.compile(
        r"^\s*(?:тапсырмасымен|тапсырмасы\s+бойынша|бастамашылығымен|ұсынысымен\s+(?=[\w-]+\s+құрыл))", re.I
    ),
    "ru": P.NEVER,
    "en": P.NEVER,
}
_MORE_AFTER = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])(?:с\s+подачи|по\s+указанию)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:(?:on|upon)\s+the\s+instructions?\s+of|at\s+the\s+(?:behest|direction|instruction)\s+of|"
        r"(?:spearheaded|championed|pioneered|put\s+forward)\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
        re.IGNORECASE,
    ),
}
#: Starting the reform, with the reform as the verb's object: "launched the constitutional reform", "запустил
#: реформу", "дал старт преобразованиям", "реформаны бастады", "реформаға бастамашылық етті".
_REFORM_STARTED = {
    "kk": re.compile(
        r"(?:реформа|өзгеріс|жаңғыру)\w*\s+(?:[\w-]+\s+){0,2}?(?:бастады|бастаған|қолға\s+ал(?:ды|ған)|"
        r"бастау\s+бер(?:ді|ген)|бастамашылық\s+(?:етті|еткен|жасады|танытты))(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:запустил\w*|дал\w*\s+старт|положил\w*\s+начало)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:реформ|преобразовани|модернизаци)\w*|"
        # the reform first, its starter after the verb: "Конституционную реформу запустил президент … X"
        r"(?<![\w-])(?:реформу|реформы|преобразования)\s+запустил(?:а|и)?(?![\w-])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:launched|spearheaded|championed|kicked\s+off|set\s+in\s+motion|initiated|started)\s+"
        r"(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:reforms?|transformations?|moderni[sz]ation|overhaul)\b",
        re.IGNORECASE,
    ),
}


#: The Head of State making a reform public: "unveiled a comprehensive constitutional reform package", "объявил о
#: конституционной реформе", "саяси реформаны жариялады" (``unveiled`` in READINGS; a reform is the state's, so only the
#: Head of State's announcement starts it).
_REFORM_UNVEILED = {
    "kk": re.compile(
        r"(?:конституциялық|саяси)\s+реформа\w*\s+(?:[\w-]+\s+){0,2}?(?:жариялады|жария\s+етті|таныстырды)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:объявил|анонсировал|обнародовал|представил)\w*\s+(?:о\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:конституционн|политическ)\w+\s+(?:реформ|преобразовани)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:unveiled|announced|presented)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:constitutional|political)\s+(?:reforms?|overhaul|transformation)\b",
        re.IGNORECASE,
    ),
}

#: The constitutional reform named in each language, for an initiative of the reform as a whole.
_REFORM_LABEL = {"kk": "Конституциялық реформа", "ru": "Конституционная реформа", "en": "Constitutional reform"}


def _in_unicameral(s: Sentence, m: Mention) -> bool:
    """Whether mention ``m`` of sentence ``s`` starts inside "a unicameral parliament": the Kurultai the reform creates,
    not the Parliament in place."""
    return any(u.start() <= m.start < u.end() for u in P.UNICAMERAL[s.lang].finditer(s.text))


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the initiatives of sentence ``n``."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in AGENT_KINDS:
            continue
        hit = None
        if lang in P.INITIATIVE_BEFORE and P.INITIATIVE_BEFORE[lang].match(text[m.end :]):
            hit = "after"
        elif lang in P.INITIATIVE_AFTER and P.before(P.INITIATIVE_AFTER[lang], text, m.start):
            hit = "before"
        elif m.kind == "person" and _MORE_BEFORE[lang].match(text[m.end :]):
            hit = "after"
        elif m.kind == "person" and P.before(_MORE_AFTER[lang], text, m.start):
            hit = "before"
        if hit == "before" and m.kind != "person":
            # "initiated by the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev": the name in
            # apposition to the post's body is the initiator, not the body
            apposed = next(
                (x for x in ms if x.kind == "person" and x.start >= m.end and _APPOSED.fullmatch(text, m.end, x.start)),
                None,
            )
            m = apposed or m
        if hit is None and lang == "kk" and (of := _genitive_initiative(text, ms, m)) is not None:
            # "X-тың бірпалаталы Парламент құру жөніндегі бастамасының негізінде": what lies between
            _add(doc, n, m, _object(doc, n, m.end, of.start()), 0.75, "the initiator's initiative, named as a noun")
            continue
        if hit is None:
            if (
                _proposed_changes(text, m, lang)
                and "others-changes" in READINGS
                and not _head_of_state(doc, actor(doc, m, n, lang))
            ):
                continue  # "партия ұсынған бірқатар өзгерістер Конституция жобасына енгізілді": a party's changes, no reform
            if _proposed_changes(text, m, lang) and not any(x.kind == "provision" for x in ms):
                # "X ұсынған түзетулер 9-бапқа қатысты": changes to an article are a proposal (rules/proposals.py)
                led = _led_by(text, m, lang) if "led-by" in READINGS else None
                what = "kurultai" if led == "kurultai" else reform(doc, m.text, lang)
                _add(doc, n, m, [what], 0.75, "the changes proposed by the initiator")
            elif (
                "led-by" in READINGS and (led := _led_by(text, m, lang)) and not any(x.kind == "provision" for x in ms)
            ):
                what = "kurultai" if led == "kurultai" else reform(doc, m.text, lang)
                _add(doc, n, m, [what], 0.7, "the reform named with who leads it")
            continue
        things = [x for x in ms if x.kind in _THINGS] or [
            x  # "национальный Курултай, идея проведения которого принадлежит главе государства": the body
            for x in ms
            if x.kind == "organisation" and x.actor and x.end <= m.start and doc.linker.type_of(x.actor) in _BODY_TYPES
        ]
        if CREATED[lang].search(text):
            # "Мемлекет басшысының бастамасымен Конституциялық комиссия құрылды": the body created
            # "по поручению Президента … была создана специальная комиссия": an anaphor's body too
            things = [
                x
                for x in ms
                if x.kind in ("organisation", "anaphor")
                and doc.linker.type_of((x.actor if x.kind == "organisation" else actor(doc, x, n, lang)) or "")
                in _BODY_TYPES
            ] or things
        near = [x for x in things if (x.start >= m.end if hit == "after" else x.end <= m.start)]
        target = (near[0] if hit == "after" else near[-1]) if near else (things[0] if things else None)
        if target is None:
            # "President Tokayev's initiative to transition to a unicameral parliament": the institution it creates;
            # "the modernization … being carried out at the initiative of President X": the reform
            renewed = _renewal(doc, n, m.end if hit == "after" else 0, len(text) if hit == "after" else m.start)
            if renewed and hit == "before" and "led-by" in READINGS and _led_by(text, m, lang) == "kurultai":
                renewed = [
                    "kurultai"
                ]  # "the parliamentary reform launched by the President": the unicameral parliament
            if renewed:
                _add(doc, n, m, renewed, 0.75, "initiative cue next to the name, what it renews")
            continue
        # "The idea of creating a unicameral Parliament, proposed at the initiative of …": the Kurultai
        _add(
            doc,
            n,
            m,
            ["kurultai" if doc.linker.type_of("kurultai") == "state-body" and _in_unicameral(s, target) else target],
            0.85,
            "initiative cue next to the name",
        )
    _initiative_came_from(doc, n)
    _initiative_about(doc, n)
    named = INITIATOR_NOUN[lang].search(text)
    if named is not None:
        noun_subject = subject(doc, text, ms, named.start(), named.end(), ("person",), lang)
        obj: list[Mention | str]
        if lang == "kk":
            obj = [reform(doc, "реформа", lang)] if _CHANGES_BEFORE_KK.search(text[: named.start()]) else []
        else:
            obj = _object(doc, n, named.end())
        initiated = [*obj, *_initiated(doc, n, exclude=noun_subject)]
        if noun_subject is not None and initiated:
            _add(doc, n, noun_subject, initiated, 0.8, "the initiator named by a noun")
    raised = RAISED[lang].search(text)
    if raised is not None and _about_an_article(ms, raised, lang):
        raised = (
            None  # "initiated amendments to Article 9", "9-бапқа … бастама көтерді": a proposal (rules/proposals.py)
        )
    if raised is None and "created" in TARGETS:
        raised = _RAISED_AT[lang].search(text)
    if raised is not None:
        who = _initiator(doc, n, raised)
        # the object after the verb ("initiated amendments", "инициировавший изменения"), and what the sentence names
        obj = _object(doc, n, raised.end()) if lang != "kk" else []
        initiated = [*obj, *_initiated(doc, n, exclude=who)] or _object(doc, n, raised.end())
        if "raised-object" in READINGS and lang != "kk":
            initiated = [x for x in initiated if not _not_raised(s.text, x, raised, lang)]
        if "created" in TARGETS:
            # "инициировал реформы, включая создание однопалатного парламента и введение поста вице-президента": the
            # institutions the words after the cue (before it in Kazakh) create are initiated with the reform
            # ("initiated amendments that propose a transition to a unicameral parliament": the amendments propose)
            relative = _RELATIVE.search(text, raised.end())
            span = (0, raised.start()) if lang == "kk" else (raised.end(), relative.start() if relative else len(text))
            initiated += [x for x in institutions_created(doc, n, *span) if x not in initiated]
        # an initiative about an article is a proposal (rules/proposals.py): the annotation rules' initiatives start
        # bodies, posts and the reform
        initiated = [x for x in initiated if not (isinstance(x, Mention) and x.kind == "provision")]
        if who is not None and initiated:
            _add(doc, n, who, initiated, 0.75, "an initiative raised or announced")
    started = _REFORM_STARTED[lang].search(text) if raised is None else None
    if started is not None:
        who = _initiator(doc, n, started)
        if who is not None:
            _add(doc, n, who, [reform(doc, _REFORM_LABEL[lang], lang)], 0.7, "the reform started by its initiator")
    unveiled = _REFORM_UNVEILED[lang].search(text) if raised is None and started is None else None
    if unveiled is not None and "unveiled" in READINGS:
        who = _initiator(doc, n, unveiled)
        if who is not None and _head_of_state(doc, who if isinstance(who, str) else actor(doc, who, n, lang)):
            _add(doc, n, who, [reform(doc, _REFORM_LABEL[lang], lang)], 0.7, "the reform the Head of State unveiled")
    _institutions_proposed(doc, n)
    if "origin" in READINGS:
        _reform_origin(doc, n)
    if "listed" in READINGS:
        _listed(doc, n)
    if "this" in READINGS:
        _announced_this(doc, n)
    _reforms_include(doc, n)
    _announced_including(doc, n)
    _under_decree(doc, n)
    _initiatives_of(doc, n)
    created = CREATED[lang].search(text)
    if created is None and "bare-commission" in READINGS:
        created = _DECREED_TO[lang].search(text)  # "He also decreed to establish a commission …"
    if created is not None:
        bodies = [
            m
            for m in ms
            if m.kind in ("organisation", "unit", "anaphor")
            and not m.new.get("single")
            and doc.linker.type_of(actor(doc, m, n, lang) or "") == "commission"
        ]
        if _CREATION_NOUN.search(created.group()):
            if "said-creation" in READINGS42 and _SAID_THAT.search(text[: created.start()]):
                return  # "подчеркнул, что создание Конституционной комиссии — это историческое событие": a judgment
            # "указ о создании Комиссии": the body created is the noun's object, right after it, not a body named
            # elsewhere ("результаты работы Конституционной комиссии показали …, включающий создание нового парламента")
            bodies = [b for b in bodies if 0 <= b.start - created.end() < 40]
        described: list[str] = []
        if not bodies:
            # "по поручению Президента … была создана специальная комиссия", "Токаев шешімімен Конституцияны жетілдіру
            # жөніндегі комиссия құрылып", "Тоқаевтың өкімімен реформа жөніндегі жұмыс тобы құрылған": described, not named
            described = [b for b, rx in _DESCRIBED if rx.search(text) and doc.linker.type_of(b) == "commission"][:1]
        if (
            not bodies
            and not described
            and "bare-commission" in READINGS
            and _BARE_COMMISSION[lang].match(text, created.end())
        ):
            described = ["constitutional-reform-commission"]  # "created a commission that drafted the document"
        if not bodies and not described:
            return
        who = _post_creator(doc, n, created) or _initiator(doc, n, created)
        if who is not None and bodies and who not in bodies:
            _add(doc, n, who, bodies[:1], 0.7, "a body created by the initiator")
        elif who is not None and described and _CONSTITUTION_TOPIC.search(doc.article.text):
            _add(doc, n, who, described, 0.65, "a body of the reform, described, created by the initiator")


#: ``bare-commission``: a commission with no name right after the word of creating ("created a commission that …",
#: "to establish a commission to determine …"), not one named by what it is for ("a commission of inquiry", "a
#: commission on elections") nor a named one ("the Central Referendum Commission" is an organisation mention).
_BARE_COMMISSION = {
    "kk": P.NEVER,
    "ru": re.compile(r"\s+(?:новую\s+|специальную\s+)?комиссию(?![\w-])(?!\s+(?:по|для)\s)", re.IGNORECASE),
    "en": re.compile(r"\s+(?:of\s+)?a\s+(?:new\s+|special\s+)?commission\b(?!\s+(?:of|on|for|in)\b)"),
}
#: ``bare-commission``: ordering by decree a creation ("He also decreed to establish a commission …").
_DECREED_TO = {
    "kk": P.NEVER,
    "ru": P.NEVER,
    "en": re.compile(
        r"\bdecreed\s+(?:to\s+(?:establish|create|set\s+up|form)|the\s+(?:establishment|creation)\s+of)\b",
        re.IGNORECASE,
    ),
}
#: ``creator-post``: the creator named by the Head of State's post alone just before the verb ("the Kazakh leader
#: created", "the head of state also set up"), by a pronoun before a verb of announcing or ordering the creation ("On
#: Jan. 20, he announced the creation of"), or by a decree of the post ("by Decree of the President of Kazakhstan").
_POST_CREATOR_EN = re.compile(
    r"\bthe\s+(?:Kazakh\s+|country['’]s\s+)?(?:leader|president|head\s+of\s+(?:the\s+)?state)\s+(?:also\s+|then\s+)?$",
    re.IGNORECASE,
)
_PRONOUN_ANNOUNCED_EN = re.compile(
    r"(?:^|,\s*|\band\s+)(?:he|she)\s+(?:also\s+|then\s+)?(?:announced|ordered|decreed|declared)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DECREE_OF_POST_EN = re.compile(
    r"\s*(?:a\s+|the\s+)?decree\s+of\s+the\s+(?:President|Head\s+of\s+(?:the\s+)?State)"
    r"(?:\s+of\s+(?:the\s+Republic\s+of\s+)?Kazakhstan)?\b(?!\s+[A-Z])",
    re.IGNORECASE,
)


def _post_creator(doc: ArticleDoc, n: int, cue: re.Match) -> str | None:
    """The creator a post or a pronoun names (``creator-post`` in READINGS): the Head of State for his post or a
    decree of it, the person named before for "he" or "she"; None otherwise."""
    s = doc.article.sentences[n]
    text = s.text
    if s.lang != "en" or "creator-post" not in READINGS:
        return None
    head = doc.holders.get(("head-of-state", "republic-of-kazakhstan"))
    by = re.match(r"\s*by\b", text[cue.end() :])
    if by is not None and _DECREE_OF_POST_EN.match(text, cue.end() + by.end()):
        return head  # "was established by Decree of the President of Kazakhstan"
    if P.before(_POST_CREATOR_EN, text, cue.start()):
        last = doc.last_named
        return last if last and _head_of_state(doc, last) else head  # "the Kazakh leader created …"
    if P.before(_PRONOUN_ANNOUNCED_EN, text, cue.start()):
        return doc.last_named  # "On Jan. 20, he announced the creation of the Constitutional Commission."
    return None


#: The reform's two bodies where an article describes them rather than names them (by registry id).
_DESCRIBED = (
    (
        "constitutional-reform-commission",
        re.compile(
            r"(?<![\w-])(?:специальн\w+\s+комисси\w*|комисси\w*\s+по\s+(?:совершенствованию\s+)?конституци\w*|"
            r"конституция\w*\s+(?:жетілдіру|реформа\w*)\s+жөніндегі\s+комиссия\w*)|"
            r"\bspecial\s+(?:constitutional\s+)?commission\b",
            re.IGNORECASE,
        ),
    ),
    (
        "parliamentary-reform-working-group",
        re.compile(
            r"(?<![\w-])(?:реформа\w*\s+жөніндегі\s+жұмыс\s+тоб\w*|рабоч\w+\s+групп\w*\s+по\s+(?:парламентской\s+)?реформе)|"
            r"\bworking\s+group\s+on\s+(?:parliamentary\s+)?reform\b",
            re.IGNORECASE,
        ),
    ),
)
#: An article about the Constitution, where "специальная комиссия" is its commission.
_CONSTITUTION_TOPIC = re.compile(r"конституци|constitution", re.IGNORECASE)


#: The institutions the reform creates, by registry id: the unicameral parliament, the People's Council, the
#: vice-presidency (the annotation rules name these as what an initiative starts).
_INSTITUTIONS = ("kurultai", "halyk-kenesi")
#: Creating something: "proposed establishing the office of vice president", "предложил создать однопалатный
#: парламент", "бір палаталы парламентке көшуді ұсынды".
_CREATE_WORD = {
    "kk": re.compile(r"(?<![\w-])(?:құр|енгіз|көш|қайтар|қалыптастыр|ашу|тағайында|орнына)\w*", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![\w-])(?:созда|создани|учред|введ|ввест|вводи|образова|переход|перейти|верну|возврат|возрожд|замен|вместо)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:establish\w*|creat\w*|introduc\w*|set(?:ting)?\s+up|form(?:ing|ation)|move\s+to(?:ward)?|"
        r"transition\s+to|shift\s+to|switch\s+to|return\w*|reviv\w*|launch\w*|replac\w*|in\s+favou?r\s+of|"
        # "transformation of the Parliament into a unicameral body" (thirty-eighth session)
        r"transform\w*\s+(?:[\w’'-]+\s+){0,4}?into)\b",
        re.IGNORECASE,
    ),
}
#: More words of creating (``words`` in READINGS): creating again ("the reintroduction of the post", "reinstating",
#: "restoring" the vice-presidency, "восстановление должности"), coming into being ("появится должность", "қызметі
#: пайда болады") and a shift named with where it starts ("shifting from a bicameral to a unicameral parliament").
_CREATE_MORE = {
    "kk": re.compile(r"(?<![\w-])пайда\s+бол\w*", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:восстан[ао]в|появ[иля])\w*", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:re-?introduc\w*|reinstat\w*|restor\w*|re-establish\w*|"
        r"(?:shift|mov|transition|switch)(?:s|ed|ing|e)?\s+from\s+(?:[\w-]+\s+){1,4}?to)\b",
        re.IGNORECASE,
    ),
}


#: What renews the state, which is the reform when an initiative names no text or body: "modernization of … political
#: architecture", "обновления конституционных основ", "конституциялық жаңғыру".
#: Not "changes" alone, which may be to any law ("изменения в Налоговый кодекс внесены по инициативе …").
_RENEWAL = {
    "kk": re.compile(r"(?<![\w-])(?:жаңғыру|жаңару|жаңарту|реформа)\w*", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:модернизаци|обновлени|преобразовани|реформ)\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:moderni[sz]ation|renewal|transformations?|reforms?)\b", re.IGNORECASE),
}


def _renewal(doc: ArticleDoc, n: int, start: int, end: int) -> list[Mention | str]:
    """What an initiative named by its initiator alone starts, in [start, end) of sentence ``n``: the institutions it
    creates, else the reform when the stretch names a renewal; [] otherwise."""
    s = doc.article.sentences[n]
    created: list[Mention | str] = list(institutions_created(doc, n, start, end))
    if created:
        return created
    if _RENEWAL[s.lang].search(s.text, start, end):
        return [reform(doc, "реформа", s.lang)]
    return []


#: The initiative named as a noun with its author and its object: "инициатива Главы государства X о создании
#: однопалатного Парламента", "выдвинутая Президентом X инициатива о создании Халық кеңесі", "the initiative of
#: President X to create …".
_INITIATIVE_ABOUT = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<![\w-])инициатив(?:а|у|ы|е|ой)\s+(?P<gap>[^.;!?]{3,80}?)\s+(?:о|об|по)\s+(?P<obj>[^.;!?]{3,160})",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\binitiative\s+(?:of|by)\s+(?P<gap>[^.;!?]{3,80}?)\s+(?:to|on|for)\s+(?P<obj>[^.;!?]{3,160})", re.IGNORECASE
    ),
}
_INITIATIVE_PUT_FORWARD = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<![\w-])(?:выдвинут|предложенн|озвученн|объявленн)\w+\s+(?P<gap>[^.;!?]{3,80}?)\s+инициатив\w*\s+"
        r"(?:о|об|по)\s+(?P<obj>[^.;!?]{3,160})",
        re.IGNORECASE,
    ),
    "en": P.NEVER,
}


#: The initiative named as a noun with its object, then in the passive with its author after it (thirty-eighth session):
#: "The initiative to shift Kazakhstan's Parliament to a unicameral system was first introduced by President Tokayev",
#: "Инициатива реформы была озвучена президентом Касым-Жомартом Токаевым … и предполагает переход к однопалатному …".
_INITIATIVE_PASSIVE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<![\w-])инициатив(?:а|ы)\s+(?P<obj>[^.;!?]{3,160}?)\s+был[аио]?\s+(?:впервые\s+)?"
        r"(?:озвучен|выдвинут|предложен|объявлен)\w*\s+(?P<gap>[^.;!?]{3,80})",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\binitiative\s+(?P<obj>(?:to|on|of|for)\s+[^.;!?]{3,160}?)\s+(?:was|had\s+been|has\s+been)\s+(?:first\s+)?"
        r"(?:introduced|put\s+forward|proposed|announced|voiced|advanced)\s+by\s+(?P<gap>[^.;!?]{3,80})",
        re.IGNORECASE,
    ),
}


def _about_an_article(ms: list[Mention], cue: re.Match, lang: str) -> bool:
    """Whether an initiative verb's object is an article: named after it (before it in Kazakh), a few words away."""
    if lang == "kk":
        return any(m.kind == "provision" and 0 <= cue.start() - m.end < 80 for m in ms)
    return any(m.kind == "provision" and 0 <= m.start - cue.end() < 60 for m in ms)


def _initiative_about(doc: ArticleDoc, n: int) -> None:
    """An initiative named by its noun, its author between the noun and its object: the institutions the object
    creates, else the reform when the object renews the state."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    # (the pattern, whether it is the passive): a language without a pattern has P.NEVER, one object for all three
    for rx, passive in (
        (_INITIATIVE_ABOUT[s.lang], False),
        (_INITIATIVE_PUT_FORWARD[s.lang], False),
        (_INITIATIVE_PASSIVE[s.lang], True),
    ):
        found = rx.search(s.text)
        if found is None:
            continue
        gap_start, gap_end = found.span("gap")
        people = [m for m in ms if m.kind == "person" and gap_start <= m.start and m.end <= gap_end + 1]
        if passive:  # the agent right after the verb, by name ("в Послании" after it is no one)
            people = [m for m in people if m.actor or not m.new.get("single")][:1]
        if not people:
            continue
        # the passive's object may go on after its author: "… озвучена президентом X … и предполагает переход к …"
        things = _renewal(doc, n, found.start("obj"), len(s.text) if passive else found.end("obj"))
        if things:
            _add(doc, n, people[-1], things, 0.75, "the initiative named with its author and its object")


#: "инициатива обновления конституции исходила от него / от Президента", "the initiative came from him".
_CAME_FROM = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<![\w-])инициатив\w*\s+(?P<what>(?:[\w-]+\s+){0,4}?)исходил\w*\s+(?:лично\s+)?от\s+(?P<who>него|неё|нее|\w+)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\binitiative\s+(?P<what>(?:[\w-]+\s+){0,5}?)(?:came|originated)\s+(?:personally\s+)?from\s+(?P<who>him|her|\w+)",
        re.IGNORECASE,
    ),
}


def _initiative_came_from(doc: ArticleDoc, n: int) -> None:
    """ "Токаев заявил, что инициатива обновления конституции исходила лично от него": the initiative of who it came
    from (a pronoun: the subject of the statement), of the reform it renews."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    found = _CAME_FROM[lang].search(text)
    if found is None or not _RENEWAL[lang].search(found.group("what")):
        return
    if found.group("who").lower() in ("него", "неё", "нее", "him", "her"):
        said = [m for m in ms if m.kind == "person" and m.end <= found.start() and not m.oblique]
        who: Mention | str | None = said[-1] if said else doc.last_named
    else:
        who = next((m for m in ms if m.kind == "person" and m.start == found.start("who")), None)
    if who is not None:
        _add(doc, n, who, [reform(doc, "реформа", lang)], 0.75, "the initiative came from the person")


def institutions_created(doc: ArticleDoc, n: int, start: int, end: int) -> list[str]:
    """The reform's institutions a stretch of sentence ``n`` says are created: the Kurultai (a unicameral parliament),
    the Halyk Kenesi, the post of vice-president; [] without a word of creating, or for a name given ("rename")."""
    s = doc.article.sentences[n]
    text, lang = s.text, s.lang
    window = text[start:end]
    more = "words" in READINGS and _CREATE_MORE[lang].search(window)
    if not (_CREATE_WORD[lang].search(window) or more) or re.search(r"renam|переименов|атау", window, re.IGNORECASE):
        return []
    out: list[str] = []
    if P.UNICAMERAL[lang].search(window) and doc.linker.type_of("kurultai") == "state-body":
        out.append("kurultai")
    for m in doc.mentions[n]:
        if m.kind == "organisation" and m.actor in _INSTITUTIONS and start <= m.start < end:
            if doc.linker.type_of(m.actor) == "state-body" and m.actor not in out:
                out.append(m.actor)
    if any(p.role == "vice-president" for p in P.find_posts(window, lang)):
        out.append("role:vice-president")
    return out


def _head_of_state(doc: ArticleDoc, person: str | None) -> bool:
    """Whether the person is the Head of State: the holder the curated facts or this article's posts name."""
    if not person:
        return False
    key = ("head-of-state", "republic-of-kazakhstan")
    return doc.holders.get(key) == person or any(
        f.type == "membership" and f.values.get("holder") == person and f.values.get("role") == "head-of-state"
        for f in doc.facts
    )


#: The Kazakh participle of proposing before the noun it qualifies ("ұсынған … жаңашылдықтардың бірі – …").
_PARTICIPLE_KK = re.compile(r"ұсынған", re.IGNORECASE)
#: Readings of the thirtieth session (``benchmarks/lead30_lopo.py`` switches them): ``kk-participle``, the Kazakh
#: participle "ұсынған" names the institution it proposed after it when none is named before it ("Тоқаев … ұсынған
#: негізгі жаңашылдықтардың бірі – вице-президент лауазымын енгізу").
READINGS30: frozenset[str] = frozenset({"kk-participle"})
#: A participle clause of proposing after the main clause: "…, suggesting the establishment of …".
_PARTICIPLE_PROPOSING = {
    "kk": P.NEVER,
    "ru": re.compile(r",\s+(?:предложив|предлагая)(?!\w)", re.IGNORECASE),
    "en": re.compile(r",\s+(?:suggesting|proposing|calling\s+for)\b", re.IGNORECASE),
}
_HE_SAID = re.compile(r"^\W*(?:he|she|он|она)\s", re.IGNORECASE)
#: Announcing what will be created: "announced the creation of …", "объявил о создании …", "… құру туралы жариялады".
_ANNOUNCED = {
    "kk": re.compile(r"(?<![\w-])жария(?:лады|лап|лаған)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:объявил|анонсировал)\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:announced|unveiled)\b", re.IGNORECASE),
}
_CALLED_INITIATIVE = re.compile(r"\binitiative|инициатив|бастама", re.IGNORECASE)
#: The proposer named as who initiated the changes ("Токаев, инициировавший изменения, предложил создать однопалатный
#: парламент"): the sentence calls what he proposes his initiative ("created" in TARGETS).
_CALLED_INITIATED = {
    "kk": re.compile(r"(?<![\w-])бастамашы", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])инициирова(?:вш|л)\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:who|which)\s+(?:had\s+|has\s+)?initiated\b", re.IGNORECASE),
}


def _institutions_proposed(doc: ArticleDoc, n: int) -> None:
    """ "X proposed establishing the office of vice president": proposing to create an institution of the reform is
    initiating it (test2, test3 and test4 annotate an initiative; rules/proposals.py then drafts no bare proposal
    beside it); a unicameral parliament proposed stays a proposal."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    from kg.extract.rules.proposals import proposal_cue

    # proposing to create it, or announcing its creation ("announced the creation of the Halyk Kenesi")
    participle = _PARTICIPLE_PROPOSING[lang].search(text)
    cue = proposal_cue(text, lang) or _ANNOUNCED[lang].search(text) or participle
    if cue is None:
        return
    if lang == "kk":
        who = subject(doc, text, ms, cue.start(), cue.end(), ("person",), lang)
        start = who.end if who is not None and who.end <= cue.start() else max(0, cue.start() - 150)
        things = institutions_created(doc, n, start, cue.start())
        if not things and "kk-participle" in READINGS30 and _PARTICIPLE_KK.fullmatch(cue.group()):
            # "Тоқаев Ұлттық құрылтайда ұсынған негізгі жаңашылдықтардың бірі – вице-президент лауазымын енгізу": the
            # participle names what it proposed after it
            things = institutions_created(doc, n, cue.end(), len(text))
    else:
        rest = text[cue.end() :]
        stop = re.search(r"[.;!?]|\s(?:and\s+proposed|и\s+предложил)", rest)
        things = institutions_created(doc, n, cue.end(), cue.end() + (stop.start() if stop else len(rest)))
        who = subject(doc, text, ms, cue.start(), cue.end(), ("person",), lang)
    # The unicameral parliament the Head of State proposed (his address of 8 September 2025, put to a year's
    # discussion) is his proposal: dev, test5 and test6 annotate a proposal without a target, test3 once an
    # initiative; the posts and bodies he proposes to create (the vice-president, the Halyk Kenesi) are his
    # initiatives in every part that has them (test2, test3, test4). A sentence that calls it an initiative says
    # so ("The initiative began … when Tokayev proposed dismantling …", dev).
    if not (_CALLED_INITIATIVE.search(text) or ("created" in TARGETS and _CALLED_INITIATED[lang].search(text))):
        things = [t for t in things if t != "kurultai"]
    if who is None and cue is participle and _HE_SAID.match(text) and doc.last_named:
        # "He said the missions … have been completed, suggesting the establishment of the Khalyk Kenesi": the
        # participle's subject is the main clause's, the pronoun for the person named before
        who = Mention(0, 0, doc.last_named, "person", doc.last_named, how="pronoun")
    if who is None or not things or not _head_of_state(doc, actor(doc, who, n, lang)):
        return  # a deputy proposing the Halyk Kenesi after the President announced it makes a proposal, not the initiative
    from kg.extract.rules.proposals import relative_between

    if who.end <= cue.start() and relative_between(text, who.end, cue.start(), lang):
        return  # "X initiated amendments that propose a transition to a unicameral parliament": the amendments propose
    _add(doc, n, who, things, 0.75, "proposed creating an institution of the reform")


#: The reform told as beginning with a proposal: "The reform began with the proposal of X to …", "The drive for
#: constitutional reform was catalyzed by X's proposal to …", "Реформа началась с предложения X о …", "Реформа X-тың …
#: ұсынысынан басталды" (``origin`` in READINGS).
def _origin_kk(nouns: str) -> re.Pattern[str]:
    """The Kazakh reform that began with one of ``nouns`` (group ``noun``): "Реформа … ұсынысынан басталды", "…
    бастамасы негізінде"."""
    return re.compile(
        r"(?<![\w-])реформа\w*\s+[^.;!?]{0,160}?(?P<noun>" + nouns + r")(?:с?ынан\s+(?:басталды|бастау\s+алды)|"
        r"с?ы\s+негізінде)(?!\w)",
        re.IGNORECASE,
    )


_REFORM_ORIGIN = {
    "kk": _origin_kk("ұсыныс"),
    "ru": re.compile(
        r"(?<![\w-])(?:реформ|преобразовани)\w*\s+(?:[\w-]+\s+){0,3}?(?:началась|начались|начался|стартовал\w*|"
        r"бер[её]т\s+начало|(?:была|были)\s+(?:запущен|инициирован)\w*)\s+(?:с|со)\s+(?=предложени)|"
        r"(?:отправн\w+\s+точк\w+|основани\w+)\s+(?:для\s+)?(?:[\w-]+\s+){0,2}?реформ\w*\s+(?:стал\w*|явил\w*)\s+"
        r"(?=предложени)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:reforms?|drive|process|transformation)\b[^.;!?]{0,60}?\b(?:began|begun|started|originated|stemmed|"
        r"(?:was|were)\s+(?:catalyzed|catalysed|triggered|prompted|sparked|set\s+in\s+motion))\s+(?:with|by|from)\s+"
        r"|\b(?:starting\s+point|origin|basis)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?reforms?\s+(?:was|were)\s+",
        re.IGNORECASE,
    ),
}
#: ``origin-initiative`` (the nineteenth session): a reform that began with its author's initiative as well as his
#: proposal ("Конституциялық реформаның негізі … Парламент құру жөніндегі бастамасынан бастау алды", "реформа
#: началась с инициативы …", "the reform began with the initiative of …").
_REFORM_ORIGIN_INITIATIVE = {
    "kk": _origin_kk("ұсыныс|бастама"),
    "ru": re.compile(_REFORM_ORIGIN["ru"].pattern.replace("(?=предложени)", "(?=предложени|инициатив)"), re.IGNORECASE),
    "en": _REFORM_ORIGIN["en"],
}
assert _REFORM_ORIGIN_INITIATIVE["ru"].pattern != _REFORM_ORIGIN["ru"].pattern  # the replacement took
_INITIATIVE_WORD = {
    "ru": re.compile(r"(?<![\w-])(?:предложени|инициатив)\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:proposal|initiative)\b", re.IGNORECASE),
}
_PROPOSAL_WORD = {
    "ru": re.compile(r"(?<![\w-])предложени\w*", re.IGNORECASE),
    "en": re.compile(r"\bproposal\b", re.IGNORECASE),
}


def _reform_origin(doc: ArticleDoc, n: int) -> None:
    """The institutions a proposal the reform began with creates are its author's initiatives, when the author is
    the Head of State (a proposal the reform grew from started it: every part annotates such a sentence so)."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    more = "origin-initiative" in READINGS
    found = (_REFORM_ORIGIN_INITIATIVE if more else _REFORM_ORIGIN)[lang].search(text)
    if found is None:
        return
    if lang == "kk":
        # "Реформа Мемлекет басшысының бір палаталы Парламент құру жөніндегі ұсынысынан басталды": author, then object
        # (the noun the reform began with, not "бастамашысы" before it)
        people = [m for m in ms if m.kind == "person" and found.start() <= m.start and m.end <= found.start("noun")]
        who = people[0] if people else None
        span = (who.end, found.start("noun")) if who is not None else (0, 0)
    else:
        noun = (_INITIATIVE_WORD if more else _PROPOSAL_WORD)[lang].search(text, found.end())
        if noun is None:
            return
        # "the proposal of the Head of State X to create …", "X's proposal to establish …", "предложения X о создании …"
        near = [m for m in ms if m.kind == "person" and found.end() <= m.start and m.end <= noun.end() + 60]
        who = near[0] if near else None
        span = (max(noun.end(), who.end if who is not None else 0), len(text))
    if who is None:
        return
    things = institutions_created(doc, n, *span)
    if things and _head_of_state(doc, actor(doc, who, n, lang)):
        _add(doc, n, who, things, 0.7, "the proposal the reform began with")


#: A sentence listing what proposals include, with no author of its own: "They include a shift to …", "The proposals
#: call for shifting …", "Эти предложения предусматривают …", "Бұл ұсыныстар … көздейді" (``listed`` in READINGS).
_PROPOSALS_LIST = {
    "kk": re.compile(
        r"^\W*(?:(?:бұл|осы)\s+)?(?:ұсыныстар|бастамалар|өзгерістер)\w*\s+[^.;!?]{5,300}?(?:қамтиды|көздейді)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*(?:они|(?:эти|данные|предложенные|предлагаемые)?\s*(?:предложения|инициативы|реформы|изменения|меры))\s+"
        r"(?:также\s+)?(?:включают|предусматривают|предполагают)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\W*(?:they|(?:the|these|his|such)\s+(?:proposals|initiatives|reforms|changes|measures|amendments))\s+(?:also\s+)?"
        r"(?:include|call\s+for|envisage|provide\s+for|foresee)\b",
        re.IGNORECASE,
    ),
}
#: (``colon-list`` in READINGS29) More openings of an English list of the proposals: a clause that ends in a colon
#: before "they include" ("The proposals go well beyond administrative reform: they include …"), and the list's items
#: named as the reform's aspects ("Key aspects of the upcoming political modernization will be …").
_PROPOSALS_LIST_MORE = {
    "kk": P.NEVER,
    "ru": P.NEVER,
    "en": re.compile(
        r"^\W*(?:the|these|his|such)\s+(?:proposals|initiatives|reforms|changes|measures|amendments)\b[^.;!?:]{0,120}:"
        r"\s*they\s+(?:also\s+)?(?:include|call\s+for|envisage|provide\s+for|foresee)\b|"
        r"^\W*(?:the\s+)?(?:key|main|principal|central|core)\s+(?:aspects|elements|features|components|pillars|points)\s+"
        r"of\s+[^.;!?:]{3,120}?\s+(?:will\s+be|are|include)\b",
        re.IGNORECASE,
    ),
}
#: (``named-kurultai`` in READINGS29) The Kurultai named as the new parliament's name (not the National Kurultai, the
#: old advisory body): the list tells the January initiative, not the unicameral parliament proposed in September.
_KURULTAI_NAME = re.compile(
    r"(?<!National\s)(?<!Ұлттық\s)(?<!Национального\s)(?<!Национальный\s)[“\"«]?\b(?:Kurultai|Quryltai|Kuryltai|"
    r"Qurultay|Qurultai|Құрылтай|Курултай)",
    re.IGNORECASE,
)
#: The twenty-ninth session's readings (the lead's; ``benchmarks/lead29_lopo.py``): ``colon-list``
#: (:data:`_PROPOSALS_LIST_MORE`, the Head of State the person the article named last when the list's paragraph
#: names none) and ``named-kurultai`` (:data:`_KURULTAI_NAME`).
READINGS29: tuple[str, ...] = ("colon-list", "named-kurultai")


def listed(doc: ArticleDoc, n: int) -> tuple[str, int, int] | None:
    """A sentence that lists what proposals include and names no person: (the Head of State when he is the person
    its paragraph named last, and the span of the list), else None."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    found = _PROPOSALS_LIST[s.lang].search(s.text)
    more = found is None and "colon-list" in READINGS29
    if more:
        found = _PROPOSALS_LIST_MORE[s.lang].search(s.text)
    if found is None or any(
        m.kind == "person" and (a := actor(doc, m, n, s.lang)) and not (more and doc.linker.type_of(a) == "outlet")
        for m in ms
    ):
        return None  # a person named in the sentence: the rules of proposing read it (an outlet that republishes, none)
    who = doc.last_person.get(s.paragraph)
    if more and (not who or doc.linker.type_of(who) == "outlet"):
        who = _last_person_before(doc, n)  # "Key aspects of … will be …" in a paragraph of its own
    if not who or not _head_of_state(doc, who):
        return None
    return (who, 0, len(s.text)) if s.lang == "kk" else (who, found.end(), len(s.text))


_ITEM_GAP = re.compile(r",\s*(?:and\s+|и\s+|және\s+)?|;\s*|\s(?:and|и|а\s+также|as\s+well\s+as)\s", re.IGNORECASE)
_RENAMED = re.compile(r"\brenam\w*|(?<![\w-])(?:переименов\w*|атал\w*)", re.IGNORECASE)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list in [start, end), each up to a name it is given ("a unicameral parliament renamed the
    Kurultai": the parliament is created, the name is given)."""
    out, at = [], start
    for gap in [*_ITEM_GAP.finditer(text, start, end), None]:
        stop = gap.start() if gap is not None else end
        renamed = _RENAMED.search(text, at, stop)
        out.append((at, renamed.start() if renamed else stop))
        if gap is not None:
            at = gap.end()
    return out


def called_initiatives(doc: ArticleDoc, n: int) -> bool:
    """Whether sentence ``n`` or the next calls what it tells initiatives ("Taken together, these initiatives …")."""
    sentences = doc.article.sentences
    return any(_CALLED_INITIATIVE.search(sentences[k].text) for k in (n, n + 1) if k < len(sentences))


def _last_person_before(doc: ArticleDoc, n: int) -> str | None:
    """The person the article named last before sentence ``n`` (an outlet read as a name is none)."""
    for k in range(n - 1, -1, -1):
        people = [
            m for m in doc.mentions[k] if m.kind == "person" and m.actor and doc.linker.type_of(m.actor) != "outlet"
        ]
        if people:
            return people[-1].actor
    return None


def _listed(doc: ArticleDoc, n: int) -> None:
    """The institutions listed as the Head of State's proposals are his initiatives (the unicameral parliament only
    when they are called initiatives: else a proposal, rules/proposals.py)."""
    found = listed(doc, n)
    if found is None:
        return
    who, start, end = found
    things: list[str] = []
    for item in _items(doc.article.sentences[n].text, start, end):
        things += [t for t in institutions_created(doc, n, *item) if t not in things]
    named = "named-kurultai" in READINGS29 and _KURULTAI_NAME.search(doc.article.sentences[n].text, start, end)
    if not called_initiatives(doc, n) and not named:
        things = [t for t in things if t != "kurultai"]
    # "the drafting of a new constitution by a dedicated Constitution Commission": the commission the list names
    commissions = [
        m
        for m in doc.mentions[n]
        if m.kind == "organisation" and start <= m.start < end and doc.linker.type_of(m.actor or "") == "commission"
    ]
    if things or commissions:
        _add(doc, n, who, [*things, *commissions[:1]], 0.65, "the Head of State's proposals, listed")


#: Who announced what the sentence before tells: "О таком шаге сегодня заявил глава государства X", "Об этом сообщил
#: X", "Бұл туралы X мәлімдеді", "X announced this" (``this`` in READINGS).
_THIS_ANNOUNCED = {
    "kk": re.compile(
        r"^\W*(?:Бұл|Осы)\s+(?:туралы|жөнінде)\s+[^.;!?]{3,160}?(?:мәлімдеді|жариялады|хабарлады|айтты)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*(?:Об\s+этом|О\s+(?:таком|этом)\s+(?:шаге|решении|намерении|нововведении))\s+(?:[\w-]+\s+){0,2}?"
        r"(?:заявил|сообщил|объявил|рассказал)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(r"^\W*(?:This|The\s+move)\s+was\s+announced\s+by\b", re.IGNORECASE),
}


def _announced_this(doc: ArticleDoc, n: int) -> None:
    """The institutions the sentence before says will be created (in the same paragraph), announced by the Head of
    State in this one: his initiatives."""
    sentences = doc.article.sentences
    s, ms = sentences[n], doc.mentions[n]
    if n == 0 or sentences[n - 1].paragraph != s.paragraph or _THIS_ANNOUNCED[s.lang].search(s.text) is None:
        return
    people = [m for m in ms if m.kind == "person" and actor(doc, m, n, s.lang)]
    if not people or not _head_of_state(doc, actor(doc, people[0], n, s.lang)):
        return
    things = institutions_created(doc, n - 1, 0, len(sentences[n - 1].text))
    if things:
        _add(doc, n, people[0], things, 0.65, "the Head of State announced what the sentence before tells")


#: A body working under someone's decree: "Комиссия работает во исполнение Указа Главы государства X", "acting
#: pursuant to the decree of President X", "X-тың Жарлығына сәйкес жұмыс істейді".
_UNDER_DECREE = {
    "kk": re.compile(r"^\s*(?:\w+\s+){0,1}?Жарлығ(?:ына\s+сәйкес|ын\s+орындау)", re.IGNORECASE),
    "ru": re.compile(
        r"(?:во\s+исполнение|в\s+соответствии\s+с|согласно)\s+(?:[\w-]+\s+){0,2}?(?:Указа|Указом|Указу)\s+(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:pursuant\s+to|under|in\s+accordance\s+with)\s+(?:a|the)\s+(?:[\w-]+\s+)?decree\s+(?:of|by)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    ),
}


#: "инициативы Президента РК X привели к разработке проекта", "the initiatives of President X": the reform, when the
#: initiatives are in the plural and no object of their own follows ("инициатива X о создании …" is that object's).
_INITIATIVES_OF_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<![\w-])инициатив(?:ы|ам|ами|ах)\s+(?:Президента|Главы\s+государства)(?:\s+(?:РК|Республики\s+Казахстан))?\s+$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\binitiatives\s+of\s+(?:the\s+)?(?:President|Head\s+of\s+State)\s+(?:of\s+Kazakhstan\s+)?$", re.IGNORECASE
    ),
}
_INITIATIVES_OBJECT = re.compile(r"^[\s,]*(?:о|об|по|to|on|for|of)\s", re.IGNORECASE)


def _initiatives_of(doc: ArticleDoc, n: int) -> None:
    """The Head of State's initiatives, in the plural and without an object: the reform he initiated."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if (
            m.kind == "person"
            and P.before(_INITIATIVES_OF_BEFORE[lang], text, m.start)
            and not _INITIATIVES_OBJECT.match(text[m.end :])
        ):
            _add(doc, n, m, [reform(doc, _REFORM_LABEL[lang], lang)], 0.7, "the initiatives of the Head of State")
            return


def _under_decree(doc: ArticleDoc, n: int) -> None:
    """The commission the sentence names works under a person's decree: that person initiated it."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    people = [
        m
        for m in ms
        if m.kind == "person"
        and (_UNDER_DECREE[lang].match(text[m.end :]) if lang == "kk" else P.before(_UNDER_DECREE[lang], text, m.start))
    ]
    if not people:
        return
    bodies = [
        m
        for m in ms
        if m.kind in ("organisation", "unit", "anaphor")
        and not m.new.get("single")
        and doc.linker.type_of(actor(doc, m, n, lang) or "") == "commission"
    ]
    if bodies:
        _add(doc, n, people[0], bodies[:1], 0.7, "a body working under the initiator's decree")


#: "According to X, the proposed reforms include a move toward a unicameral Parliament …; the creation of the Khalyk
#: Kenesi", "По словам X, предлагаемые изменения предусматривают создание …": X's initiatives, listed.
_REFORMS_INCLUDE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<![\w-])предлагаем\w+\s+(?:им\s+)?(?:изменени|реформ|поправк)\w*\s+(?:включают|предусматривают|предполагают)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:the\s+)?(?:proposed|planned)\s+(?:reforms|changes|amendments)\s+(?:include|includes|envisage|provide\s+for)\b",
        re.IGNORECASE,
    ),
}


def _reforms_include(doc: ArticleDoc, n: int) -> None:
    """The institutions a person's proposed reforms are said to include, credited "according to" that person."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    cue = _REFORMS_INCLUDE[lang].search(text)
    if cue is None:
        return
    credited = [
        m
        for m in ms
        if m.kind == "person"
        and m.end <= cue.start()
        and lang in P.ACCORDING_AFTER
        and P.before(P.ACCORDING_AFTER[lang], text, m.start)
    ]
    things = institutions_created(doc, n, cue.end(), len(text))
    if credited and things and _head_of_state(doc, actor(doc, credited[-1], n, lang)):
        _add(doc, n, credited[-1], things, 0.7, "the institutions the person's proposed reforms include")


#: (fiftieth session) "including", opening the list of what was announced: "the constitutional reforms announced by
#: the President … . Particular emphasis was placed on the key areas of reform, including the transition to a
#: unicameral parliament, the establishment of the office of Vice President …", "объявил о ряде масштабных
#: конституционных реформ, включая переход к однопалатному парламенту".
_INCLUDING = {
    "kk": re.compile(r"(?<![\w-])(?:оның|соның)\s+ішінде(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:включая|в\s+том\s+числе)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"\bincluding\b", re.IGNORECASE),
}
#: Announcing or presenting what is listed after "including" (in the sentence, or the one before).
_ANNOUNCING = {
    "kk": re.compile(r"(?<![\w-])(?:жариял|ұсын)(?:ады|ды|ған)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:объявил|озвучил|анонсировал|представил|предложил|выдвинул)\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:announced|unveiled|presented|outlined|proposed|put\s+forward)\b", re.IGNORECASE),
}


def _announced_including(doc: ArticleDoc, n: int) -> None:
    """The reform's institutions listed after "including", where this sentence or the one before names the Head of
    State with a verb of announcing them: his initiatives (the unicameral parliament only when they are called
    initiatives, as :func:`_listed` reads it), as `test49`'s sheets hold them."""
    s = doc.article.sentences[n]
    text, lang = s.text, s.lang
    including = _INCLUDING[lang].search(text)
    if including is None:
        return
    things = institutions_created(doc, n, including.end(), len(text))
    if not called_initiatives(doc, n):
        things = [t for t in things if t != "kurultai"]
    if not things:
        return
    for k in (n, n - 1):
        if (
            k < 0
            or doc.article.sentences[k].lang != lang
            or not _ANNOUNCING[lang].search(doc.article.sentences[k].text)
        ):
            continue
        for m in doc.mentions[k]:
            who = actor(doc, m, k, lang) if m.kind == "person" else None
            if who and _head_of_state(doc, who):
                # a mention of sentence n is read in it; one of the sentence before, by its actor id
                _add(doc, n, m if k == n else who, things, 0.7, "the institutions the Head of State announced, listed")
                return


def _initiator(doc: ArticleDoc, n: int, cue: re.Match) -> Mention | str | None:
    """The subject of the cue, "by (a decree of) X" after a passive, or the speaker of "I decided"."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    by = None
    if lang == "en" and re.search(r"\bby$", cue.group()):
        by = re.match(r"\s*(?:a\s+decree\s+of\s+|the\s+)?", text[cue.end() :])  # "… announced by the Head of State"
    elif lang == "en":
        # "… by a decree of X", not "a working group … led by X": who leads a body did not create it
        by = re.search(r"(?<!led\s)(?<!headed\s)(?<!chaired\s)\bby\s+(?:a\s+decree\s+of\s+|the\s+)?", text[cue.end() :])
    if by is not None:
        after = [
            m
            for m in ms
            if m.kind == "person" and m.start >= cue.end() + by.end() and m.start - cue.end() - by.end() < 30
        ]
        if after:
            return after[0]
    decree = [m for m in ms if m.kind == "person" and _BY_DECREE[lang].search(text[: m.start])]
    if lang == "kk":
        decree = [m for m in ms if m.kind == "person" and _BY_DECREE["kk"].match(text[m.end :])]
    if decree:
        return decree[0]  # "образована указом Президента X", "X-тың Жарлығымен құрылды"
    if _PASSIVE[lang].search(cue.group()) or P.before(_PASSIVE_AUX[lang], text, cue.start()):
        return None  # "A working group was formed …, led by X": a passive names its creator by "by" or a decree
    if (P.before(_PRONOUN_BEFORE[lang], text, cue.start()) or _PRONOUN_CUE.match(cue.group())) and doc.last_named:
        return doc.last_named  # "A special constitutional commission he convened": the person named before
    found = subject(doc, text, ms, cue.start(), cue.end(), ("person",), lang)
    if found is not None:
        return found
    if P.PRONOUN_LEAD[lang].search(text[: cue.start()]) and doc.last_named:
        return doc.last_named  # "He created a special constitutional commission": the person named before
    first_person = _FIRST_PERSON.search(text[: cue.start()]) or _FIRST_PERSON_VERB[lang].search(cue.group())
    if first_person and doc.quote_speaker.get(s.paragraph):
        return doc.quote_speaker[s.paragraph]  # "Поэтому я решил создать ...": the speaker of the quotation
    return None


#: Between a post and a body in its genitive: "вице-президента Республики Казахстан", "Vice President of the Republic".
_POSTS_BODY_GAP = {"ru": re.compile(r"\s+"), "en": re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)}


#: The creation of a body put before the sentence's initiator: "Создание новой платформы общенационального диалога –
#: Народного совета Казахстана – Президент X инициировал …", "The creation of X was initiated by …".
_FRONTED_CREATION = {
    "kk": P.NEVER,
    "ru": re.compile(r"\W*(?:Создани|Учреждени|Образовани|Формировани)[еяю]\s+(?:[^\s.!?;:]+\s+){0,8}?(?:[–—-]\s*)?$"),
    "en": re.compile(r"\W*(?:The\s+)?(?:creation|establishment|formation)\s+of\s+(?:[^\s.!?;:]+\s+){0,8}?$"),
}


def _not_raised(text: str, x: Mention | str, raised: re.Match, lang: str) -> bool:
    """Whether body ``x`` is no object of the initiative ``raised`` (``raised-object`` in READINGS): named before the
    cue (the initiator's post, "депутат Мажилиса … X выступил с инициативой …") but for a creation put first
    (:data:`_FRONTED_CREATION`), or a post's body in the genitive after it ("института вице-президента Республики
    Казахстан")."""
    if not isinstance(x, Mention) or x.kind != "organisation":
        return False
    if x.end <= raised.start():
        return not _FRONTED_CREATION[lang].match(text[: x.start])
    gap = _POSTS_BODY_GAP.get(lang)
    return gap is not None and any(
        p.end <= x.start and gap.fullmatch(text, p.end, x.start) for p in P.find_posts(text, lang)
    )


def _initiated(doc: ArticleDoc, n: int, exclude: Mention | str | None) -> list[Mention | str]:
    """Bodies, posts, the reform or the draft named in the sentence."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    out: list[Mention | str] = []
    for m in ms:
        if m is exclude or m.kind not in ("organisation", *_THINGS):
            continue
        if (
            m.kind == "reform"
            and P.UNICAMERAL[s.lang].search(m.text)
            and doc.linker.type_of("kurultai") == "state-body"
        ):
            out.append("kurultai")  # "the initiative to shift to a unicameral parliament": the Kurultai it creates
            continue
        if m.kind == "organisation" and (m.actor is None or doc.linker.type_of(m.actor) not in _BODY_TYPES):
            continue
        if m.kind == "organisation" and _in_unicameral(s, m):
            continue  # "создание однопалатного Парламента": the Kurultai (its reform mention), not the parliament of today
        if P.before(_NAME_GIVEN[s.lang], s.text, m.start):
            continue  # "rename the parliament as “Qurultay”": a name given, not a body initiated
        if _AT_ITS_MEETING_AFTER[s.lang].match(s.text[m.end :]) or P.before(
            _AT_ITS_MEETING_BEFORE[s.lang], s.text, m.start
        ):
            continue  # "Ұлттық құрылтайдың V отырысында …": where the initiative was raised, not what it created
        out.append(m)
    for post in P.find_posts(s.text, s.lang):
        if post.role == "vice-president":
            out.append("role:" + post.role)
    return out


#: "Мемлекет басшысы ұсынған өзгерістер", "реформы, инициированные Президентом X", "the changes proposed by X":
#: the reform as the initiative of who proposed the changes (after the name in Kazakh, before it otherwise).
_PROPOSED_CHANGES_AFTER = {
    "kk": re.compile(
        r"^\s+(?:ұсынған|бастаған|қолға\s+алған|бастамашылық\s+еткен)\s+(?:[\w-]+\s+){0,2}?"
        r"(?P<what>(?:өзгеріс|реформа|түзету)\w*)",
        re.IGNORECASE,
    ),
}
_PROPOSED_CHANGES_BEFORE = {
    "ru": re.compile(
        # earlier reforms, not the constitutional one (political ones are it, unless the text says something continues
        # them: :data:`_GOES_ON`)
        r"(?<!экономических\s)(?<!социальных\s)"
        r"(?:изменени|реформ|преобразовани|поправк)\w*,?\s+(?:[\w-]+\s+){0,2}?(?:предложенн|инициированн|начат)\w*\s+"
        r"(?:[\w-]+\s+){0,3}?(?:(?-i:[А-ЯЁ])\.\s*)?$",  # "… Главой государства К.Токаевым": the initial
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!political\s)(?<!economic\s)(?<!social\s)\b(?:changes|reforms?|amendments)\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been)\s+)?"
        r"(?:proposed|initiated|launched|put\s+forward)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
        re.IGNORECASE,
    ),
}


#: Kazakh: "X-тың … бастамасы(ның/мен/н)" a few words after the initiator in the genitive; not "заң шығару бастамасы",
#: the right of legislative initiative.
_INITIATIVE_NOUN_KK = re.compile(
    r"(?<!шығару\s)(?<![\w-])бастама(?:сы|сын|сының|сына|сымен|сында)(?!\w)", re.IGNORECASE
)


def _genitive_initiative(text: str, ms: list[Mention], m: Mention) -> re.Match | None:
    """The initiative noun a genitive initiator governs, with no other agent or clause boundary between."""
    if m.kind != "person" or not P.KK_GENITIVE.search(m.text):
        return None
    cue = _INITIATIVE_NOUN_KK.search(text, m.end, m.end + 120)
    if cue is None or re.search(r"[.;:!?«»\"]", text[m.end : cue.start()]):
        return None
    if any(x.kind == "person" and m.end <= x.start < cue.start() for x in ms):
        return None
    return cue


#: A reform named with who leads or advances it, before the name: "a broader constitutional reform initiative advanced
#: by President X", "a large-scale modernization of the country's political system led by President X", "the
#: parliamentary reform launched by the President" (``led-by`` in READINGS).
_LED_BY_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<!политических\s)(?<!экономических\s)(?<!социальных\s)(?<![\w-])(?P<what>(?:парламентск\w+\s+)?"
        # the participle of carrying out after its comma ("модернизация …, проводимая X"); of leading without one
        # ("рабочая группа по реформе, возглавляемая X" is the group's)
        r"(?:реформ|преобразовани|модернизаци)\w*)(?:\s+[\w-]+){0,4}?(?:,?\s+(?:проводим|инициируем|продвигаем)\w+|"
        r"\s+возглавляем\w+|,\s+(?:котор\w+)\s+(?:проводит|инициировал|продвигает)\w*)\s+(?:[\w-]+\s+){0,2}?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!political\s)(?<!economic\s)(?<!social\s)\b(?P<what>(?:parliamentary\s+)?(?:reforms?|transformations?|"
        r"moderni[sz]ation)(?:\s+(?:initiative|process|agenda|package|drive)s?)?)(?:\s+of(?:\s+[\w’'-]+){1,5}?)?\s+"
        r"(?:(?:that|which)\s+)?(?:(?:is|are|was|were|has\s+been|had\s+been|being)\s+)?"
        r"(?:advanced|led|driven|spearheaded|championed|pursued|initiated|launched|proposed|put\s+forward)\s+by\s+"
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
        re.IGNORECASE,
    ),
}
#: The participle before its agent and the reform after it: "инициированная Президентом Токаевым конституционная
#: реформа", "предложенные Главой государства X изменения".
_PARTICIPLE_FIRST = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])(?:инициированн|предложенн|начат|запущенн)\w+\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE),
    "en": P.NEVER,
}
#: ``launched``: the reform before a relative pronoun whose clause the agent opens ("реформ, которые президент X
#: запустил", "reforms that President X launched"), with the verb of starting after the agent; the reform before "under
#: the leadership of" its agent; and, in Kazakh, the agent before the participle of starting and the reform.
_STARTED_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<!политических\s)(?<!экономических\s)(?<!социальных\s)(?<![\w-])(?P<what>(?:парламентск\w+\s+)?"
        r"(?:реформ|преобразовани|модернизаци)\w*),?\s+(?:котор\w+)\s+(?:[\w-]+\s+){0,2}?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!political\s)(?<!economic\s)(?<!social\s)\b(?P<what>(?:parliamentary\s+)?(?:reforms?|transformations?|"
        r"moderni[sz]ation))\s+(?:(?P<rel>that|which)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?|"
        r"(?:[\w’'-]+\s+){0,10}?under\s+the\s+(?:leadership|guidance|direction)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)$",
        re.IGNORECASE,
    ),
}
_STARTED_AFTER = {
    "kk": re.compile(
        r"^(?:-?\s*(?:ның|нің|тың|тің|дың|дің)\s+басшылығымен\s+(?:жүргізіліп|жүзеге\s+асырылып)\s+(?:жатқан|отырған)|"
        r"\s+(?:бастаған|бастап\s+берген|қолға\s+алған|жүргізіп\s+отырған|жүзеге\s+асырып\s+отырған))\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<what>(?:парламенттік\s+)?(?:реформа|өзгеріс|жаңғыру|түрлендіру)\w*)",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"^\s+(?:запустил|начал|инициировал|затеял|пров[её]л|проводит)\w*", re.IGNORECASE),
    "en": re.compile(
        r"^\s+(?:(?:has|had)\s+)?(?:launched|initiated|started|began|begun|set\s+in\s+motion|embarked\s+on)\b",
        re.IGNORECASE,
    ),
}
_REFORM_AFTER = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"\s+(?:[\w-]+\s+){0,2}?(?P<what>(?:парламентск\w+\s+)?(?:реформ|изменени|преобразовани|модернизаци)\w*)",
        re.IGNORECASE,
    ),
    "en": P.NEVER,
}
#: A reform named as what a body works on: "the working group on parliamentary reform", "Комиссия по конституционной
#: реформе", "реформа жөніндегі".
_BODY_OF = re.compile(r"(?:\b(?:on|for)|(?<![\w-])по)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_PARLIAMENTARY = re.compile(r"парламентск|парламенттік|parliamentary", re.IGNORECASE)


#: Reforms something continues are earlier ones ("является логическим продолжением политических реформ,
#: инициированных …", "Президент X жүргізіп отырған жүйелі реформалардың дәйекті жалғасы"): the words before the reform
#: (ru, en) or after it, in the genitive (kk: "реформалар жалғасуда" goes on, no earlier reform).
_GOES_ON = {
    "kk": re.compile(r"\w*(?:ның|нің|дың|дің|тың|тің)\s+(?:[\w-]+\s+){0,1}?жалғас", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])продолжени\w*\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE),
    "en": re.compile(r"\bcontinuation\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$", re.IGNORECASE),
}


def _continued(text: str, start: int, lang: str) -> bool:
    """Whether the reform named at ``start`` is one the news says something continues (:data:`_GOES_ON`)."""
    if lang == "kk":
        return _GOES_ON[lang].match(text, start) is not None
    return P.before(_GOES_ON[lang], text, start, 60) is not None


def _led_by(text: str, m: Mention, lang: str) -> str | None:
    """What a reform named with its leader (before the name) or with a participle and its agent (around it) is:
    ``"kurultai"`` for the parliamentary reform (the unicameral parliament), ``"reform"`` otherwise; None when
    neither."""
    found = P.before(_LED_BY_BEFORE[lang], text, m.start) or P.before(
        _PROPOSED_CHANGES_BEFORE.get(lang, P.NEVER), text, m.start
    )
    if found is not None and _BODY_OF.search(text, max(0, found.start() - 40), found.start()):
        return None  # "the working group on parliamentary reform led by X": who leads the body, not the reform
    if found is not None and _continued(text, found.start(), lang):
        return None
    what = text[max(0, found.start() - 16) : found.end()] if found else None  # "parliamentary" just before
    if what is None and P.before(_PARTICIPLE_FIRST[lang], text, m.start):
        after = _REFORM_AFTER[lang].match(text, m.end)
        what = after.group("what") if after else None
    if what is None and "launched" in READINGS:
        what = _started(text, m, lang)
    if what is None:
        return None
    return "kurultai" if _PARLIAMENTARY.search(what) else "reform"


def _started(text: str, m: Mention, lang: str) -> str | None:
    """The reform the mention started or leads, named around it (``launched`` in READINGS), or None."""
    if lang == "kk":
        after = _STARTED_AFTER[lang].match(text[m.end :])
        if after is None or _continued(text, m.end + after.start("what"), lang):
            return None
        return after.group("what")
    before = P.before(_STARTED_BEFORE[lang], text, m.start, window=160)
    if before is None:
        return None
    if (lang == "ru" or before.group("rel")) and _STARTED_AFTER[lang].match(text[m.end :]) is None:
        return None  # the relative clause's verb must be one of starting: "реформ, которые X поддерживает" is not his
    return before.group("what")


def _proposed_changes(text: str, m: Mention, lang: str) -> bool:
    """Whether the mention is who proposed or initiated "the changes" (the reform)."""
    if lang in _PROPOSED_CHANGES_AFTER:
        after = _PROPOSED_CHANGES_AFTER[lang].match(text[m.end :])
        return after is not None and not _continued(text, m.end + after.start("what"), lang)
    found = P.before(_PROPOSED_CHANGES_BEFORE[lang], text, m.start)
    return found is not None and not _continued(text, found.start(), lang)


#: The changes themselves as what was initiated: "initiated amendments", "инициировавший изменения".
_CHANGES = {
    "kk": re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:өзгеріс|түзету|реформа)\w*", re.IGNORECASE),
    "ru": re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:изменени|поправк|преобразовани|реформ)\w*", re.IGNORECASE),
    "en": re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:amendments?|changes|reforms?)\b", re.IGNORECASE),
}
#: Where the object of a verb ends: a clause boundary or a relative pronoun.
_OBJECT_END = re.compile(r"[,;:.!?—–]|\b(?:that|which|who)\b|(?<!\w)(?:котор\w+|и)(?!\w)", re.IGNORECASE)


def _object(doc: ArticleDoc, n: int, start: int, end: int | None = None) -> list[Mention | str]:
    """What the words after an initiative verb (or in [start, end)) name when no body is a mention: the
    unicameral parliament (the Kurultai), the vice-presidency, or the changes (the reform)."""
    s = doc.article.sentences[n]
    text, lang = s.text, s.lang
    if end is None:
        rest = text[start:]
        stop = _OBJECT_END.search(rest)
        obj = rest[: stop.start()] if stop else rest
    else:
        obj = text[start:end]
    if P.UNICAMERAL[lang].search(obj) and doc.linker.type_of("kurultai") == "state-body":
        return ["kurultai"]
    if any(p.role == "vice-president" for p in P.find_posts(obj, lang)):
        return ["role:vice-president"]
    bodies = [
        x
        for x in doc.mentions[n]
        if x.kind == "organisation"
        and start <= x.start < start + len(obj)
        and doc.linker.type_of(x.actor or "") in _BODY_TYPES
    ]
    if end is not None and bodies:
        return [bodies[0]]
    if _CHANGES[lang].match(obj):
        return [reform(doc, obj.strip(), lang)]
    return []


def _add(
    doc: ArticleDoc, n: int, who: Mention | str, things: Sequence[Mention | str], confidence: float, why: str
) -> None:
    lang = doc.article.sentences[n].lang
    initiator: str | None = who if isinstance(who, str) else actor(doc, who, n, lang)
    if not initiator or doc.linker.type_of(initiator) == "outlet" or unnamed(doc, initiator):
        return
    broad = _broad_reforms(doc, n, who)
    for thing in things:
        initiated: str | None
        if isinstance(thing, str) and not thing.startswith("role:"):
            initiated = thing
        elif isinstance(thing, str):
            initiated = role(doc, thing.removeprefix("role:"))
        else:
            initiated = actor(doc, thing, n, lang)
        if initiated and doc.linker.type_of(initiated) == "document" and initiated in doc.linker.actors:
            # "transformations initiated by Tokayev", "инициированный Главой государства проект": the Constitution
            # and its draft are written; the reform they belong to is what someone initiates (no part's gold has
            # either initiated; a person's own draft, drafted new, stays his: `test4`)
            initiated = reform(doc, "", lang)
        if broad and initiated and doc.linker.type_of(initiated) == "reform":
            continue  # "the large-scale reforms initiated by President X": his course at large, not this reform
        if initiated and initiated != initiator:
            add_fact(
                doc,
                n,
                "initiative",
                {"initiator": initiator, "initiated": initiated},
                confidence,
                ("initiative", initiator, initiated),
                why,
            )


def _broad_reforms(doc: ArticleDoc, n: int, who: Mention | str) -> bool:
    """Whether the initiator ``who`` is named just beside reforms told with a word of scale (``broad-reforms`` in
    READINGS: "the large-scale reforms initiated by Kazakh President X", "X … launched a comprehensive reform agenda")."""
    if "broad-reforms" not in READINGS or isinstance(who, str) or who.end == 0:
        return False
    s = doc.article.sentences[n]
    for m in _BROAD_REFORMS[s.lang].finditer(s.text):
        gap = who.start - m.end() if m.end() <= who.start else m.start() - who.end
        if 0 <= gap <= _BROAD_GAP:
            return True
    return False
