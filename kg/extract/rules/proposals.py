"""Proposals: who proposed what ("ұсынды", "предложил", "proposed", "came forward with an initiative to"), and which article it targets.

Besides a verb of proposing with its subject, a proposal is often named as a noun with its
author: "предложение Парламентской фракции о поддержке проекта", "Парламенттік фракцияның
... жобасын қолдау жөніндегі ұсынысын", "the faction's proposal to support the draft".
The target is the article named nearest after the cue ("8-бап", "статья 9", "Article 45(2)"),
else the draft or the reform the sentence names.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import patterns as P
from kg.extract.actors import actor
from kg.extract.doc import ArticleDoc, add_fact, event_ref
from kg.extract.mentions import Mention
from kg.extract.rules import common
from kg.extract.rules.common import (
    AGENT_KINDS,
    INFINITIVE_AFTER_RU,
    collective,
    coordinated,
    governed,
    subject,
    unnamed,
)
from kg.extract.speakers import quoted_by, referent

__all__ = ["apply", "nominal_proposals", "relative_between"]

PROPOSER_KINDS = (*AGENT_KINDS, "group")
_AGENT = ("person", "organisation", "unit", "anaphor", "group")


#: Why a proposal named as a noun with its author is drafted.
_RECALLED = "proposal noun with its author"

#: The eighteenth session's readings (benchmarks/proposals18_lopo.py measures them, leaving one tuning part out):
#: ``impersonal``, a proposal with no subject ("In particular, it is proposed to remove …", "предлагается …") in
#: reported speech is the reporting speaker's (the statement just before names them), not only a quotation's;
#: ``pronoun``, the Kazakh pronoun "ол" opening a sentence is the subject of its verb of proposing ("Онда ол …
#: реформаны ұсынды": the person named before); ``campaign``, a call to support the draft or to vote ("призвало
#: поддержать проект", "жобасын қолдауға шақырды") campaigns, it proposes nothing.
#: ``acts``, more of what a speaker says should be done: abolish, rename, create, carry out, make ("заявил о
#: необходимости провести реформу парламента и сделать его однопалатным"), and the English "must" ("we must also
#: eliminate these gaps");
#: ``parliamentary``, a proposal of a parliamentary reform ("парламенттік реформаны ұсынды", "proposed a parliamentary
#: reform") targets no text: it is about the parliament's structure (the convention of test16 and test20).
#: The nineteenth session's readings (benchmarks/proposals19_lopo.py): ``text-subject``, a text that "proposes"
#: ("The new Constitution … proposes to clarify …", "the draft Constitution proposes several key changes", "Проект
#: предлагает …") is no one's proposal: a document's content, not an act of a person or a body (English and Russian,
#: whose subject stands before its verb); ``current-text``, a proposal to amend the text of the Constitution in force
#: ("proposed amendments to 84% of the Constitution's text", "a shift from the 1995 constitutional model", "Ата заң
#: өзгерістерін …", "изменения в Конституцию") targets it, even beside a name the draft is to be given in quotation
#: marks ("… «Конституцияның жаңа жобасы» деп қарастыруды ұсынды"). Off: ``named-body``, a word of the Constitution in
#: the name of a body ("предложил сформировать … Конституционную комиссию") makes the draft no target; it loses test13's
#: "He made his proposal at the … meeting of the Commission on Constitutional Reform", the one sentence that gave the
#: deputy's proposal (the sentence before gives it to his faction).
READINGS: tuple[str, ...] = (
    "impersonal",
    "pronoun",
    "campaign",
    "acts",
    "parliamentary",
    "text-subject",
    "current-text",
    "participle",
    "announced",
    "text-unit",
    "also",
    "distinct",
    "means",
    "reform-target",
    "second-infinitive",
    "apposition",
    "initiative-noun",
    "noun-infinitive",
    "noun-subject",
    "proposal-noun",
    "adjective",
    "concerns",
    "adopt-new",
    "in-this-connection",
    "first-plural",
    "post-subject",
    "body-name",
    "quoted-wording",
    "ordinal-list",
    "restated-article",
    "group-no-target",
)
#: The readings of this session, for the measurement.
READINGS19: tuple[str, ...] = ("text-subject", "current-text", "named-body")
#: The twentieth session's readings (benchmarks/proposals20_lopo.py), each from the census of twenty-two tuning parts
#: (benchmarks/proposals20_census.py), where a proposal was drafted with no target and the gold has its holder's
#: proposal on the draft: ``participle``, a participle of proposing after the main clause ("X announced a new
#: initiative, proposing the creation of …", "…, предложив …") is the main clause subject's proposal;
#: ``announced``, a proposal announced with no content ("I want to put forward a new, important proposal.") takes its
#: content and target from the next two sentences of its paragraph ("… and its inclusion in the Constitution");
#: ``text-unit``, a proposal about a unit of a text (a wording, a formulation, a norm, a clause, the preamble, a
#: chapter or section) is about the draft's text; ``also``, a proposal said to come in addition ("also suggested",
#: "также предложил") with no target of its own is on the draft when its proposer's proposal in the two sentences
#: before is, and "I would also like to suggest that …" is the speaker's; ``distinct``, a proposal told as one more
#: ("also", "In addition, it is proposed …", "Moreover, …") stays a fact of its own beside its proposer's earlier one
#: on the same text when their contents share less than half their words (as two without a target already did);
#: ``means``, an impersonal "предлагаются через процедуру", "are proposed through …" tells how something is offered,
#: no proposal. All six shipped on (every fold of the measurement fits them).
READINGS20: tuple[str, ...] = ("participle", "announced", "text-unit", "also", "distinct", "means")
#: The twenty-second session's readings (benchmarks/proposals22_lopo.py), from the census of twenty-three tuning parts:
#: ``reform-target``, a proposal whose target would be the reform itself ("реформаларды ұсынды", "предложил ряд
#: инициатив, направленных на проведение политической реформы", "every initiative proposed within the framework of
#: … constitutional reforms") is not drafted: the reform proposed is its proposer's initiative (rules/initiatives.py),
#: and no gold sheet holds a proposal on the reform.
#: ``second-infinitive``, a second infinitive joined to the proposed one ("предложил упразднить, а нижнюю
#: переименовать в курултай", "включить в статью 31 … и укрепить компетенцию … в статье 61") is a second proposal with
#: its own content and target.
#: ``apposition``, a person with a body's post between commas before the verb ("Azat Peruashev, a deputy of the
#: Majilis and leader of the Ak Zhol party faction, proposed …") is the proposer, not the body the post names.
#: ``initiative-noun``, a proposal named by the noun "initiative" with its author ("President Tokayev's initiative to
#: transition to a unicameral parliament") is the author's initiative alone when the sentence holds it.
READINGS22: tuple[str, ...] = ("reform-target", "second-infinitive", "apposition", "initiative-noun")
#: The twenty-third session's readings (benchmarks/proposals23_lopo.py), from the census of twenty-four tuning parts
#: (benchmarks/proposals23_census.py): ``noun-infinitive``, the Russian noun of proposing with its author and then
#: an infinitive ("предложение Токаева переименовать парламент в Курултай") is the author's proposal of what the
#: infinitive says. ``noun-subject``, a plural noun with its determiner just before an English verb of proposing ("some
#: political forces have proposed …") is its subject: no agent after the verb proposes. ``proposal-noun``, the English
#: noun "proposal to …" presented by its author ("the deputy also highlighted the proposal to enshrine …").
#: ``adjective``, "new constitution" read inside "a new constitutional model" is the draft's, not the Constitution in
#: force replaced. Off: ``constitution-word``, a modal with the Constitution's word beside it (not a body's or the
#: reform's) names the draft ("the Constitution's preamble … should be rewritten"): one item for six wrong, most of
#: them on an article the sentence does not name ("Конституцияның тиісті бөлімінде … бекіту қажет").
READINGS23: tuple[str, ...] = ("noun-infinitive", "noun-subject", "proposal-noun", "adjective", "constitution-word")
#: The twenty-fourth session's reading (benchmarks/proposals24_lopo.py), from the census of twenty-six tuning parts:
#: ``concerns``, a proposal with no target whose next sentence in the paragraph opens by saying what it is about ("Это
#: касается пунктов 2, 4, 8 статьи 46 … и пунктов 1, 2 статьи 62", "This concerns Article 9") targets the articles that
#: sentence names, one proposal per article.
#: ``adopt-new``, the new Constitution as the object of an infinitive of adopting ("предложил принять новую
#: Конституцию РК") is the draft proposed, not the Constitution in force (Russian; "вопрос о принятии новой
#: Конституции" stays on the one in force).
#: ``in-this-connection``, a proposal whose sentence opens by tying itself to the one before ("В этой связи предлагаю
#: …", "Осыған байланысты … бекітуді ұсынамыз") targets the article that sentence names ("… дополнить 2 пункт статьи 31
#: словом «волонтерство»"), as "this provision" already did.
#: ``first-plural``, the verb of proposing in the first person plural in a quotation ("… бекітуді ұсынамыз", "– деді
#: Вера Ким") is the speaker's proposal, as the singular already was.
READINGS24: tuple[str, ...] = ("concerns", "adopt-new", "in-this-connection", "first-plural")
#: The twenty-fifth session's readings (benchmarks/proposals25_lopo.py), from the census of twenty-seven tuning parts:
#: ``post-subject``, a post's noun alone opening the sentence as the subject of the verb of proposing ("Депутат также
#: предложил закрепить …", "The deputy proposed …", "Президент предложил …") is the person named before (the Head of
#: State for his posts, anyone else for the others), not an agent named after the verb ("обязанность граждан").
#: ``body-name``, a reform named inside a body's name ("Конституциялық реформа комиссиясының үшінші отырысында",
#: "на заседании Комиссии по конституционной реформе") is where the proposal was made, not its target.
#: ``quoted-wording``, a name inside a wording quoted in the sentence ("46-шы және 62-баптың «Президент таратады» деген
#: тұжырымдамасын «Президент таратуға құқылы» деп өзгертуді ұсынады") is part of the text proposed, never the subject.
#: ``ordinal-list``, an ordinal alone listed before an article named with its kind ("46-шы және 62-баптың", "30-я и
#: 33-я статьи") is a second article of the same text, one proposal each.
READINGS25: tuple[str, ...] = ("post-subject", "body-name", "quoted-wording", "ordinal-list")
#: The twenty-sixth session (benchmarks/proposals26_lopo.py; ``READINGS26``; ``infinitive-list`` off: it gains on one
#: part, `test27`, and a reading goes on only with gains on two): ``infinitive-list``, the verb of
#: proposing with a list of infinitives joined by commas alone ("предложил закрепить …, принять преамбулу …, внести в
#: статью 31 …, а также усилить …"): each item is a proposal of its own, with its own content and target, as the
#: "а также" item already was (``second-infinitive``).
#: ``restated-article``, a proposal on a whole text whose proposer's proposal on one of its articles says the same (their
#: contents share a third of their words, two at least, beside the Constitution's: "Депутат Конституцияға волонтерлікті ынталандыру туралы
#: норма енгізуді ұсынды", then "… волонтерлікті де ынталандыруды … бекітуді ұсынамыз", on the draft's Article 31) is
#: that one proposal, told first in general: the text's proposal is dropped at the article's end.
READINGS26: tuple[str, ...] = ("infinitive-list", "restated-article")
#: The twenty-seventh session (benchmarks/proposals27_lopo.py; ``READINGS27``), from the census of twenty-eight tuning
#: parts: ``group-no-target``, an unnamed collective (citizens, experts, lawyers: a group, no body or person) proposing
#: with no text or article as its target ("citizens sent their proposals through the e-Otinish and eGov portals", "The
#: article on citizens’ right to peaceful assembly also includes proposed clarifications") tells a process or a
#: possessive, no proposal: every collective's proposal the golds hold is on an article or the draft ("Many citizens
#: suggested strengthening this provision", Article 14).
#: ``impersonal-source``, an impersonal proposal ("ұсынылады", "предлагается", "it is proposed") whose source no
#: quotation, recent statement or report gives is the person a pronoun lead stands for ("Оның айтуынша, … көздеу
#: ұсынылады", "По его словам, …": the person named before) or, in a headline, the person the lead names ("Жаңа
#: Конституцияда теңгені ұлттық валюта ретінде бекіту ұсынылды").
READINGS27: tuple[str, ...] = ("group-no-target", "impersonal-source")
#: A text as the subject just before a verb of proposing ("the draft Constitution proposes", "Проект предлагает").
_TEXT_SUBJECT = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?<!\w)(?:(?:нов\w+|действующ\w+)\s+)?(?:проект|конституция|документ|законопроект|текст)"
        r"(?:\s+(?:Конституции|Основного\s+закона|Казахстана|РК))?\s+(?:также\s+|ещё\s+|еще\s+)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:the|this|a)\s+(?:(?:new|draft|current|revised|updated)\s+)*"
        r"(?:constitution|basic\s+law|draft|document|bill|text)"
        r"(?:\s+of\s+(?:the\s+Republic\s+of\s+)?Kazakhstan)?\s+(?:also\s+|further\s+|now\s+)?$",
        re.IGNORECASE,
    ),
}
#: A change of the Constitution in force named as such (``current-text``): its text, its model, its changes.
_AMEND_CURRENT = {
    "kk": re.compile(
        r"(?<!\w)(?:Конституция|Ата\s+заң)(?:ның|ға|ның\s+мәтінінің|\s+мәтінінің)?\s+(?:өзгерістер|түзетулер)"
        r"|(?<!\w)түзетулер\s+мәтін",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:изменени|поправк)\w*\s+(?:в\s+|к\s+)(?:действующ\w+\s+)?(?:Конституци\w*|Основно\w+\s+закон\w*)"
        r"(?!\w)(?!\s+\d{4})",  # not "в Конституцию 1995 года": the guard after the word's end, not inside it
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\bamendments?\s+to\s+(?:\d+\s*%\s+of\s+)?the\s+(?:current\s+)?(?:Constitution|Basic\s+Law)(?:['’]s\s+text)?\b"
        r"|\bfrom\s+the\s+1995\s+(?:Constitution|constitutional\s+model)\b",
        re.IGNORECASE,
    ),
}
#: (fifty-third session) A unicameral parliament, the Head of State's proposal of September 2025, in a proposal's
#: content: the adjective alone too ("преобразовать двухпалатный парламент в однопалатный"), where
#: :data:`kg.extract.patterns.UNICAMERAL` asks for its noun.
_UNICAMERAL = re.compile(r"однопалатн|бір\s*палаталы|unicameral|single-chamber", re.IGNORECASE)
_PARLIAMENTARY_REFORM = re.compile(
    r"парламенттік\s+реформа|парламентск\w+\s+реформ|parliamentary\s+reform|"
    r"реформ\w*\s+парламента|reform\s+of\s+(?:the\s+)?parliament",
    re.IGNORECASE,
)


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the proposals of sentence ``n``: a proposal verb with its subject, or a proposal noun with its author;
    after the last sentence, drop a text's proposal an article's restates (``restated-article`` in READINGS)."""
    _apply(doc, n)
    if n == len(doc.article.sentences) - 1 and "restated-article" in READINGS:
        _drop_restated(doc)


#: The share of the shorter content's words (two at least) a restatement shares: a third, as the subject's name or post
#: may open a Kazakh content ("Депутат Конституцияға … енгізуді").
_RESTATED_SHARE = 1 / 3
#: The Constitution's own word: every proposal on it names it, so it tells no two apart.
_CONSTITUTION_STEM = re.compile(r"конст|const|ата\sз", re.IGNORECASE)


def _drop_restated(doc: ArticleDoc) -> None:
    """Drop each proposal on a whole text when its proposer's proposal on one of that text's articles shares a third
    of the words of the shorter content, two at least (beside the Constitution's): the article's proposal told first
    in general."""
    props = [f for f in doc.facts if f.type == "proposal" and f.values.get("targets")]
    stems = {
        id(f): {w for c in f.values.get("content", {}).values() for w in _stems(c) if not _CONSTITUTION_STEM.match(w)}
        for f in props
    }
    for f in props:
        target, who = str(f.values["targets"]), f.values.get("proposer")
        for g in props:
            if (
                g is f
                or g.values.get("proposer") != who
                or not str(g.values["targets"]).startswith(f"{target}-article-")
            ):
                continue
            shared = len(stems[id(f)] & stems[id(g)])
            if shared >= 2 and shared >= _RESTATED_SHARE * min(len(stems[id(f)]), len(stems[id(g)])):
                doc.facts.remove(f)
                break


def _apply(doc: ArticleDoc, n: int) -> None:
    """The proposals of sentence ``n``."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    origin = _began_with(doc, n)
    for agent, start, end in nominal_proposals(text, ms, lang):
        if origin and actor(doc, agent, n, lang) in origin:
            continue  # "The reform began with X's proposal to create …": the initiative says it (rules/initiatives.py)
        if "initiative-noun" in READINGS and _initiative_named(doc, n, agent, start):
            continue  # "President Tokayev's initiative to transition to a unicameral parliament": his initiative
        _add(doc, n, agent, text[start:end], start, 0.7, _RECALLED)
    _received(doc, n)
    _outlined(doc, n)
    _accepted(doc, n)
    _on_proposal_of(doc, n)
    _listed_unicameral(doc, n)
    if _such_proposal(doc, n):
        return
    if _inverted(doc, n) or _passive_by(doc, n) or _named_with_author(doc, n):
        return
    cue = proposal_cue(text, lang)
    if cue is not None and lang == "en" and _IMPERSONAL["en"].search(text, max(0, cue.start() - 20), cue.end()):
        cue = None  # "it was suggested renaming ‘Parliament’ …": no subject, the words after it name none
    if cue is not None and lang == "en" and P.before(_PASSIVE_BEFORE_EN, text, cue.start()):
        cue = None  # "The initiative to create a unicameral Parliament was put forward in my Address": no agent named
    call = _CALL[lang].search(text) if cue is None else None
    asked = _request(text, ms, lang) if cue is None and call is None else None
    if call is not None and (
        _PUBLIC[lang].match(text[call.end() :]) or lang == "kk" and P.before(_PUBLIC_BEFORE_KK, text, call.start())
    ):
        call = None  # "призвала жителей … поддержать", "urged citizens to vote": campaigning, not a proposal
    if call is not None and "campaign" in READINGS and _campaign(text, call, lang):
        call = None  # "призвало поддержать проект", "қолдауға шақырды": a call to support or to vote campaigns
    if call is not None and any(m.kind in ("provision", "document", "reform") and m.start >= call.end() for m in ms):
        cue = call  # "Karin urged lawmakers to keep Article 2 unchanged": a call about the draft is a proposal
    if asked is not None:
        # "recommended amending Article 9", "попросил включить в статью 9", "9-бапты өзгертуді сұрады"
        cue = call = asked
    if cue is not None and _OPINIONS_AND[lang].search(text, max(0, cue.start() - 60), cue.end() + 60):
        cue = (
            None  # "өз пікірлері мен ұсыныстарын айтты", "shared their views and proposals": a discussion, no proposal
        )
    if cue is not None and lang == "kk" and _CHANGES_PROPOSED_KK.match(text[cue.start() :]):
        cue = None  # "Мемлекет басшысы ұсынған өзгерістер": the reform, an initiative (rules/initiatives.py)
    if cue is not None and _RESTATED.search(cue.group()):
        cue = None  # "He made the proposal at a session of …": the proposal of the sentence before, restated
    if cue is not None and "text-subject" in READINGS and P.before(_TEXT_SUBJECT[lang], text, cue.start()):
        cue = None  # "the draft Constitution proposes several key changes": what a text holds, no one's proposal
    if cue is not None and P.before(_ABLE_TO, text, cue.start()):
        cue = None  # "The People's Assembly has the power to propose legislation": a right, not a proposal made
    if (
        cue is not None
        and _PARTICIPLE_BY[lang].match(text[cue.end() :])
        and not P.before(_BE_BEFORE, text, cue.start())
    ):
        cue = None  # "The constitutional reform proposed by the Head of State is …": a proposal named, not one made
    if cue is not None and lang == "kk" and _DRAFT_PROPOSED_KK.match(text[cue.start() :]):
        cue = None  # "Конституциялық комиссия ұсынған жаңа Конституция жобасын қолдайды": the draft named by its author
    if cue is None and "also" in READINGS and lang == "en":
        cue = next(  # "I would also like to suggest that …": the bare verb after the speaker's "I … to"
            (
                m
                for m in re.finditer(r"\b(?:suggest|propose)\b", text)
                if P.before(_I_BEFORE_EN, text, m.start()) or P.before(_I_ALSO_BEFORE_EN, text, m.start())
            ),
            None,
        )
    if cue is None and "participle" in READINGS and _participle(doc, n):
        return
    if cue is None:
        if "proposal-noun" in READINGS:
            _proposal_noun(doc, n)
        _impersonal(doc, n)
        _modal(doc, n)
        return
    subject_m = (
        _first_person(doc, n, cue)
        or _pronoun(doc, text, ms, cue, lang)
        or _post_subject(doc, n, cue)
        or _subject(doc, n, cue)
        or collective(text, ms, cue.start(), lang)
        or _lead_person(doc, n)
    )
    if subject_m is not None and "apposition" in READINGS:
        subject_m = _apposed(text, ms, subject_m, cue, lang)
    if (
        subject_m is not None
        and "noun-subject" in READINGS
        and subject_m.start >= cue.end()
        and P.before(_NOUN_SUBJECT[lang], text, cue.start())
    ):
        return  # "some political forces have proposed …, the President has made it clear": forces no one named
    if (
        lang == "kk"
        and _QUOTED_KK.search(text[: cue.start()])
        and subject_m is not None
        and subject_m.end <= cue.start()
    ):
        # "… қарау орынды деп санаймын, – деп ұсыныс білдірді": the words quoted are the speaker's, not a subject
        speaker = doc.quote_speaker.get(s.paragraph) or doc.last_person.get(s.paragraph) or doc.last_named
        subject_m = Mention(0, 0, speaker, "person", speaker, how="quote") if speaker else None
    if subject_m is None or relative_between(text, subject_m.end, cue.start(), lang):
        return
    if subject_m.end <= cue.start() and lang == "kk":
        content = text[subject_m.end : cue.start()]
    else:
        content = text[cue.end() :]
    content = content.strip(" ,.;:—–-")
    if len(content) < 5:
        content = text.strip()
    ahead = _announced(doc, n, content) if "announced" in READINGS and cue is not call else ()
    if ahead:
        content = " ".join(doc.article.sentences[k].text for k in ahead)
    second = _second_infinitive(text, cue, lang) if cue is not call and not ahead else None
    listed = _listed_infinitives(text, cue, lang, second or len(text)) if cue is not call and not ahead else []
    if second is not None:  # never Kazakh, whose content stands before the verb
        content = text[cue.end() : second]  # the first action alone: "упразднить"
        content = re.sub(r"(?:,?\s+(?:а|и|and)(?:\s+also|\s+также)?)?\s*$", "", content).strip(" ,.;:—–-")
    items = [*listed, second or len(text)]
    until = listed[0] if listed else None
    if listed:
        content = text[cue.end() : listed[0]].strip(" ,.;:—–-")
    for who in coordinated(text, ms, subject_m, cue.start(), PROPOSER_KINDS):
        if cue is call:
            _add(doc, n, who, content, cue.start(), 0.7, "a call about the draft with its subject")
        elif ahead:
            _add(doc, n, who, content, cue.start(), 0.6, "a proposal announced, its content after it", ahead=ahead)
        else:
            _add(doc, n, who, content, cue.start(), None, "proposal verb with its subject", until=until)
    for at, stop in zip(listed, items[1:]):
        item = re.sub(r"(?:,?\s+(?:а|и)(?:\s+также)?)?\s*$", "", text[at:stop]).strip(" ,.;:—–-")
        for who in coordinated(text, ms, subject_m, cue.start(), PROPOSER_KINDS):
            _add(doc, n, who, item, at, None, "an action listed among those proposed", until=stop)
    if second is not None:
        for who in coordinated(text, ms, subject_m, cue.start(), PROPOSER_KINDS):
            _add(doc, n, who, text[second:].strip(" ,.;:—–-"), second, None, "a second action proposed")


#: ``proposal-noun``: the English noun "proposal" with what it proposes after it ("the proposal to enshrine …", "a
#: proposal to move …"), its author the subject of a verb presenting it ("the deputy also highlighted the proposal to
#: …"; "he", "she" or a post for the person named before) or the owner of the speech it was in ("At the heart of
#: President Tokayev's speech was a proposal to …"). Not a proposal supported, opposed or discussed ("She also supported
#: the proposal to enshrine …" is a stance on another's), nor one whose author the sentence does not give ("The
#: proposal to move to a unicameral Parliament …, he said").
_PROPOSAL_NOUN_EN = re.compile(
    r"\b(?:a|the)\s+(?:(?:key|main|central|major|new|important)\s+)?proposal\s+(?:to|of)\s+", re.IGNORECASE
)
_PRESENTING_EN = (
    r"(?:also\s+)?(?:highlighted|outlined|presented|announced|voiced|unveiled|made|put\s+forward|raised|stressed|"
    r"emphasi[sz]ed|mentioned|described|explained|detailed)\s+$"
)
_PRESENTS_EN = re.compile(r"^\s+" + _PRESENTING_EN, re.IGNORECASE)
#: The person named before as the subject of the presenting verb: "he", "she", "the deputy".
_ANAPHOR_PRESENTS_EN = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?P<who>he|she|the\s+(?:deputy|senator|minister|speaker|expert|chairman|"
    r"chairwoman|chair|head\s+of\s+state|president))\s+" + _PRESENTING_EN,
    re.IGNORECASE,
)
_SPEECH_OF_EN = re.compile(
    r"^['’]s\s+(?:speech|address|remarks|statement|message|plan|programme|program|agenda)\b[^.;!?]*$", re.IGNORECASE
)


def _proposal_noun(doc: ArticleDoc, n: int) -> None:
    """ "The deputy also highlighted the proposal to enshrine in the Basic Law …": the presenting subject's proposal
    (``proposal-noun`` in READINGS), in a sentence with no verb of proposing."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text = s.text
    if s.lang != "en":
        return
    for found in _PROPOSAL_NOUN_EN.finditer(text):
        persons = [m for m in ms if m.kind == "person" and m.actor and m.end <= found.start()]
        who: Mention | None = None
        if persons and (
            _PRESENTS_EN.match(text[persons[-1].end : found.start()])
            or _SPEECH_OF_EN.match(text[persons[-1].end : found.start()])
        ):
            who = persons[-1]
        elif (anaphor := P.before(_ANAPHOR_PRESENTS_EN, text, found.start())) is not None and not persons:
            last = doc.last_named
            if last and doc.linker.type_of(last) == "person" and _refers_to(doc, anaphor.group("who"), last):
                start, end = anaphor.span("who")
                who = Mention(start, end, anaphor.group("who"), "person", last, how="pronoun")
        if who is None:
            continue
        content = re.split(r"[.;!?]", text[found.end() :], maxsplit=1)[0].strip(" ,.;:—–-")
        _add(doc, n, who, content if len(content) >= 5 else text.strip(), found.start(), 0.6, "a proposal presented")


#: The anaphors of ``proposal-noun`` that name the Head of State: any other post ("the deputy", "the minister") is not.
_HEAD_ANAPHOR_EN = re.compile(r"the\s+(?:president|head\s+of\s+state)", re.IGNORECASE)


def _refers_to(doc: ArticleDoc, anaphor: str, person: str) -> bool:
    """Whether ``anaphor`` ("he", "the deputy", "the President") can refer back to ``person``: a pronoun to anyone,
    "the President" to the Head of State alone, another post ("the deputy") to anyone but the Head of State (review23:
    "President Tokayev spoke. The deputy also highlighted the proposal …" is no proposal of Tokayev's)."""
    from kg.extract.rules.initiatives import _head_of_state

    if anaphor.lower() in ("he", "she"):
        return True
    return _head_of_state(doc, person) == bool(_HEAD_ANAPHOR_EN.fullmatch(anaphor))


#: ``noun-subject``: a plural noun with its determiner just before an English verb of proposing ("some political
#: forces have proposed", "many experts suggested", "the deputies proposed"): the verb's subject, a group no name
#: gives; an agent after the verb is another clause's ("…, the President has made it clear …"). English only: its
#: subject stands before its verb.
_NOUN_SUBJECT = {
    "kk": P.NEVER,
    "ru": P.NEVER,
    "en": re.compile(
        r"\b(?:some|many|several|other|certain|various|most|few|numerous|all|both|the|these|those|a\s+number\s+of|"
        r"a\s+few|a\s+group\s+of)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s\s+(?:(?:have|has|had)\s+)?(?:also\s+|already\s+)?$",
        re.IGNORECASE,
    ),
}
#: ``apposition``: a person, then between commas a post of a body, then the verb ("Azat Peruashev, a deputy of the
#: Majilis and leader of the Ak Zhol party faction, proposed …"): the body names the person's post, the person proposes.
_APPOSITION_OPENS = re.compile(r"^\s*,\s*[^,;:.!?«»\"“”]{0,120}$")
_APPOSITION_CLOSES = re.compile(r"^\s*,\s*(?:(?:has|have|had|also|then|therefore|further)\s+)?$", re.IGNORECASE)


def _apposed(text: str, ms: list[Mention], found: Mention, cue: re.Match, lang: str) -> Mention:
    """The person before an apposition that holds the body ``found`` (``apposition`` in READINGS), else ``found``."""
    if found.kind == "person" or lang == "kk" or found.end > cue.start():
        return found
    if not _APPOSITION_CLOSES.match(text[found.end : cue.start()]):
        return found
    persons = [m for m in ms if m.kind == "person" and m.end <= found.start]
    if not persons or not _APPOSITION_OPENS.match(text[persons[-1].end : found.start]):
        return found
    person = persons[-1]
    if not any(person.end <= p.start and p.end <= cue.start() for p in P.find_posts(text, lang)):
        return found  # "Karin, Amanat and the faction, …": no post between the commas, a list
    return person


#: A Russian infinitive: a vowel before "-ть" ("упразднить", "переименовать"; not the nouns "прозрачность",
#: "власть"), the verbs in "-сти", "-зти", "-йти", "-идти" ("провести", "привезти", "прийти"; not "власти", "части",
#: "области"), "-чь" ("помочь").
_RU_INFINITIVE = r"(?:[а-яё]+[аеёиоуыэюя]ть|[а-яё]*(?:вес|вез|нес|рас|рес|ид|й)ти|[а-яё]+чь)(?:ся)?"

#: ``second-infinitive``: the verb of proposing with its infinitive ("предложил упразднить"), then a second
#: infinitive joined by "а", "и" ("…, а нижнюю (мажилис) переименовать в курултай"; "and to …" in English): a second
#: proposal, with its own content and target. A finite verb after "и" ("и обозначил", "and outlined") is the
#: proposer's next act, and a gerund after "and" ("abolishing the Senate and transitioning to …") one proposal told
#: in two steps: neither is read.
_FIRST_INFINITIVE = {
    "kk": P.NEVER,
    "ru": re.compile(rf"^\s+{_RU_INFINITIVE}(?!\w)", re.IGNORECASE),
    "en": re.compile(r"^\s+to\s+[a-z]+\b", re.IGNORECASE),
}
#: "to" between the first infinitive and "and to": a preposition the second "to" repeats.
_TO = re.compile(r"\bto\b", re.IGNORECASE)
_SECOND_INFINITIVE = {
    "kk": P.NEVER,
    "ru": re.compile(
        rf"(?:,\s*(?:а|и)|\s+и)\s+(?:также\s+)?(?P<rest>(?:[\w()«»-]+\s+){{0,3}}?{_RU_INFINITIVE})(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r",?\s+and\s+(?:also\s+)?(?P<rest>to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+)\b", re.IGNORECASE
    ),
}


#: ``infinitive-list``: a comma, then an infinitive opening the next item of the list ("…, принять преамбулу …"), not
#: a participle or a clause of its own ("…, который", "…, чтобы").
_LISTED_INFINITIVE = {
    "kk": P.NEVER,
    "ru": re.compile(rf",\s+(?P<rest>{_RU_INFINITIVE})(?!\w)", re.IGNORECASE),
    "en": P.NEVER,
}


def _listed_infinitives(text: str, cue: re.Match, lang: str, end: int) -> list[int]:
    """Where the items of a list of infinitives proposed after the cue's first begin (``infinitive-list`` in READINGS:
    "предложил закрепить …, принять …, внести …"), before ``end`` (the second infinitive, else the clause's end)."""
    if "infinitive-list" not in READINGS or _FIRST_INFINITIVE[lang].match(text[cue.end() :]) is None:
        return []
    clause = re.split(r"[.;!?]", text[cue.end() : end], maxsplit=1)[0]
    return [cue.end() + m.start("rest") for m in _LISTED_INFINITIVE[lang].finditer(clause)]


def _second_infinitive(text: str, cue: re.Match, lang: str) -> int | None:
    """Where a second infinitive proposed after the cue's first begins with its object (``second-infinitive`` in
    READINGS: "нижнюю (мажилис) переименовать …"), in the cue's clause (before a full stop or a semicolon)."""
    first = _FIRST_INFINITIVE[lang].match(text[cue.end() :])
    if "second-infinitive" not in READINGS or first is None:
        return None
    clause = re.split(r"[.;!?]", text[cue.end() :], maxsplit=1)[0]
    second = _SECOND_INFINITIVE[lang].search(clause)
    if second is None:
        return None
    if lang == "en" and _TO.search(clause, first.end(), second.start()):
        return None  # "to transfer more powers to the Majilis and to regional maslikhats": a second place, not act
    return cue.end() + second.start("rest")


#: ``initiative-noun``: the noun "initiative" with its author ("Tokayev's initiative to …", "инициатива X о …",
#: "X-тың … бастамасы"), not "proposal".
_INITIATIVE_NOUN = re.compile(r"\binitiatives?\b|(?<!\w)инициатив\w*|(?<!\w)бастама\w*", re.IGNORECASE)
_PROPOSAL_NOUN_ANY = re.compile(r"\bproposals?\b|(?<!\w)предложени\w*|(?<!\w)ұсыныс\w*", re.IGNORECASE)


def _initiative_named(doc: ArticleDoc, n: int, agent: Mention, start: int) -> bool:
    """Whether the proposal of ``agent`` named as a noun in sentence ``n`` is named "initiative" and the sentence
    already holds the agent's initiative (rules/initiatives.py drafted it): then the initiative says it all, even of a
    unicameral parliament (a proposal of one stays beside its initiative, as "proposed establishing …")."""
    text, lang = doc.article.sentences[n].text, doc.article.sentences[n].lang
    named = text[max(0, min(agent.start, start) - 40) : max(agent.end, start)]
    if not _INITIATIVE_NOUN.search(named) or _PROPOSAL_NOUN_ANY.search(named):
        return False
    who = actor(doc, agent, n, lang)
    return any(f.type == "initiative" and f.sentence == n and f.values.get("initiator") == who for f in doc.facts)


#: ``participle``: a participle of proposing after the main clause ("X announced a new initiative, proposing …"):
#: the pattern rules/initiatives.py reads for the institutions it creates.
def _participle(doc: ArticleDoc, n: int) -> bool:
    """ "President X announced a major new initiative, proposing the creation of …, to be enshrined in the
    Constitution": the main clause's subject (its first agent, not governed; "He" opening the sentence: the person
    named before) proposes what follows the participle."""
    from kg.extract.rules.initiatives import _HE_SAID, _PARTICIPLE_PROPOSING

    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    cue = _PARTICIPLE_PROPOSING[lang].search(text)
    if cue is None:
        return False
    first = next(
        (m for m in ms if m.kind in PROPOSER_KINDS and m.end <= cue.start() and not m.oblique and m.actor), None
    )
    who: Mention | None = None
    if _HE_SAID.match(text):
        if doc.last_named and doc.linker.type_of(doc.last_named) == "person":
            who = Mention(0, 0, doc.last_named, "person", doc.last_named, how="pronoun")
    elif first is not None and re.fullmatch(r"\W*(?:[\w‑-]+\s+){0,3}", text[: first.start]):
        who = first  # the subject opens the clause ("President X announced …"), at most a title before it
    else:
        # "«…», — отметил Дуйсенов, предложив закрепить …": the speaker named after a quotation's closing verb
        who = next(
            (m for m in ms if m.kind == "person" and m.actor and _closes_quote(text, m, cue.start(), lang)), None
        )
    if who is None:
        return False
    content = text[cue.end() :].strip(" ,.;:—–-")
    _add(doc, n, who, content if len(content) >= 5 else text.strip(), cue.start(), 0.6, "a participle of proposing")
    return True


def _closes_quote(text: str, m: Mention, cue: int, lang: str) -> bool:
    """Whether ``m`` is named right before ``cue`` and right after a dash and a verb of saying: "», — отметил X,"."""
    verb = re.search(r"[—–-]\s*(\w+)\s+$", text[: m.start])
    return not text[m.end : cue].strip() and verb is not None and P.STATEMENT[lang].fullmatch(verb.group(1)) is not None


#: ``announced``: a proposal named with no content of its own ("a new, important proposal", "the following",
#: "следующее", "ряд предложений"): what it is comes in the sentences after.
_CATAPHORIC = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?:(?:нов\w+|важн\w+|следующ\w+|ряд|одн\w+|ещ[её]\s+одн\w+|ключев\w+|конкретн\w+)[\s,]+)*"
        r"(?:предложени\w*|инициатив\w*|иде\w+|следующее)\s*[:.!]?",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:(?:a|an|the|one|another|this|my|our|several|some|two|three)\s+)?"
        r"(?:(?:new|important|key|major|further|following|additional|significant|concrete|specific|fundamental|"
        r"bold|serious)[\s,]+(?:and\s+)?)*(?:proposals?|suggestions?|initiatives?|ideas?|following)\s*[:.!]?",
        re.IGNORECASE,
    ),
}


def _announced(doc: ArticleDoc, n: int, content: str) -> tuple[int, ...]:
    """The next sentences of the paragraph (two at most) when the proposal of sentence ``n`` has no content of its
    own ("I want to put forward a new, important proposal."); () otherwise."""
    sentences = doc.article.sentences
    s = sentences[n]
    if not _CATAPHORIC[s.lang].fullmatch(content.strip(' "«»“”')):
        return ()
    return tuple(k for k in range(n + 1, min(n + 3, len(sentences))) if sentences[k].paragraph == s.paragraph)


def _listed_unicameral(doc: ArticleDoc, n: int) -> None:
    """ "The proposals call for shifting from a bicameral to a unicameral parliament", the Head of State named before
    in the paragraph: his proposal (a unicameral parliament proposed is a proposal, rules/initiatives.py ``listed``)."""
    from kg.extract.rules import initiatives

    if "listed" not in initiatives.READINGS:
        return
    found = initiatives.listed(doc, n)
    s = doc.article.sentences[n]
    if found is None or initiatives.called_initiatives(doc, n):
        return
    who, start, end = found
    if "kurultai" not in initiatives.institutions_created(doc, n, start, end):
        return
    content = s.text[start:end].strip(" ,.;:—–-")
    _add(
        doc,
        n,
        Mention(0, 0, who, "person", who, how="context"),
        content,
        start,
        0.6,
        "the Head of State's proposals, listed",
        beside=True,  # the list's other institutions are his initiatives; the parliament stays a proposal
    )


def _began_with(doc: ArticleDoc, n: int) -> set[str]:
    """Who made the proposal sentence ``n`` says the reform began with (drafted as initiatives before this rule)."""
    return {
        f.values["initiator"]
        for f in doc.facts
        if f.type == "initiative" and f.sentence == n and f.why.startswith("the proposal the reform began with")
    }


#: A proposal referred back to, not a new one: "made the proposal", "made this proposal", "выступил с этим предложением".
#: A proposal recalled with where its author made it: "the key proposal of transitioning Kazakhstan to a unicameral
#: parliament outlined in his Sept. 8 state-of-the-nation address", "the proposal to … voiced during her speech".
_OUTLINED = re.compile(
    r"\b(?:the|a)\s+(?:key\s+|main\s+|central\s+|major\s+)?proposal\s+(?:of|to)\s+(?P<content>[^,.;:]{5,160}?)\s+"
    r"(?:outlined|voiced|made|announced|put\s+forward|set\s+out|unveiled)\s+(?:in|during|at)\s+(?P<pronoun>his|her)\b",
    re.IGNORECASE,
)


def _outlined(doc: ArticleDoc, n: int) -> None:
    """A proposal recalled with the speech its author made it in ("the key proposal of … outlined in his address"):
    the author is who "his" is, the person named before it in the sentence, else the person named last."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    if s.lang != "en":
        return
    for found in _OUTLINED.finditer(s.text):
        before = [m for m in ms if m.kind == "person" and m.actor and m.end <= found.start() and not m.oblique]
        who = before[-1].actor if before else doc.last_named
        if not who or doc.linker.type_of(who) != "person":
            continue
        who = referent(doc, n, found.group("pronoun"), who)
        author = Mention(0, 0, who, "person", who, how="pronoun")
        start, end = found.span("content")
        _add(
            doc,
            n,
            author,
            s.text[start:end],
            found.start(),
            0.7,
            "proposal noun recalled with its author's speech",
            beside=True,
        )


_RESTATED = re.compile(r"\b(?:the|this|that)\s+proposal\b|(?<!\w)(?:этим|данным|таким)\s+предложением", re.IGNORECASE)
#: A right or a power to propose ("has the power to propose legislation"): no proposal made.
_ABLE_TO = re.compile(r"\b(?:power|right|authority|ability|able|entitled|allowed|empowered)\s+to\s+$", re.IGNORECASE)
_CHANGES_PROPOSED_KK = re.compile(r"ұсынған\s+(?:[\w-]+\s+){0,2}?(?:өзгеріс|реформа|түзету)", re.IGNORECASE)
_DRAFT_PROPOSED_KK = re.compile(r"ұсынған\s+(?:[\w-]+\s+){0,2}?(?:жоба|конституция|ата\s+заң)", re.IGNORECASE)


#: "Предлагаю …", "ұсынамын", "өз ұсыныстарымды енгіздім": the speaker, in a quotation, says it of themselves.
_FIRST_PERSON = re.compile(
    r"^(?:предлагаю|ұсынамын|ұсындым|ұсыныс(?:ым|тарым)ды\s+\w+(?:дім|тім|дым|тым))$", re.IGNORECASE
)
#: ``first-plural``: the verb in the first person plural ("… бекітуді ұсынамыз", "предлагаем"), said in a quotation:
#: the speaker's proposal, made for those the speaker stands for (a faction, the petitioners).
_FIRST_PLURAL = re.compile(r"^(?:предлагаем|ұсынамыз)$", re.IGNORECASE)
#: The Kazakh first person after the verb: "ұсынып отырмын", "ұсыныс айтып отырмын".
_FIRST_PERSON_AFTER = re.compile(r"^\s+отырмын(?!\w)", re.IGNORECASE)
#: English says the person before the verb: "I propose", "I consider it necessary, …, to propose", "I would like to
#: suggest": "I" the subject of the cue itself, no name or body between (they would be the subject).
_I_BEFORE_EN = re.compile(
    r"(?<![\w-])(?-i:I)\s+(?:(?:also|therefore|hereby)\s+)?(?:(?:would\s+like|want|wish|intend|(?:have\s+)?decided)\s+to\s+|"
    r"(?:consider|think|believe|deem|find)\s+it\s+\w+(?:\s*,[^,.;:!?]{0,120},)?\s+to\s+|(?:must|should|can|will|would)\s+)?$"
)
#: ``also``: "I would also like to suggest", "I also want to propose": the adverb inside the auxiliary's phrase.
_I_ALSO_BEFORE_EN = re.compile(
    r"(?<![\w-])(?-i:I)\s+(?:would|want|wish|must|should)\s+(?:also|further|additionally)\s+(?:like\s+to\s+)?$"
    r"|(?<![\w-])(?-i:I)\s+(?:also|further)\s+(?:would\s+like|want|wish|intend)\s+to\s+$",
    re.IGNORECASE,
)
#: The speaker as the subject: English "I" (above), Russian "я" ("на заседании я внес предложение").
_I_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])я\s+(?:(?:также|тоже|уже|лично|бы|ещё|еще)\s+)?$", re.IGNORECASE),
    "en": _I_BEFORE_EN,
}


#: A proposal of the sentence before, credited: "Мұндай ұсынысты … Мәжіліс депутаты X жасады", "С таким предложением
#: выступил X", "The proposal was made by X".
_SUCH = {
    "kk": re.compile(
        r"^\W*(?:Мұндай|Бұл|Осы)\s+ұсыныс(?:ты|ын|ымен)?\s+(?P<gap>[^.!?]{0,200}?)\s(?:жасады|айтты|білдірді|енгізді|көтерді)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*(?:С\s+таким|С\s+этим|С\s+данным)\s+предложением\s+выступил\w*\s+(?P<gap>[^.!?]{0,200})", re.IGNORECASE
    ),
    "en": re.compile(
        r"^\W*(?:This|The|Such\s+a|That)\s+proposal\s+was\s+(?:made|put\s+forward|voiced)\s+by\s+(?P<gap>[^.!?]{0,200})",
        re.IGNORECASE,
    ),
}


def _such_proposal(doc: ArticleDoc, n: int) -> bool:
    """ "Парламентте … комитет құру қажет. Мұндай ұсынысты … X жасады": X proposed what the sentence before says."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    cue = _SUCH[s.lang].search(s.text)
    if cue is None or n == 0:
        return False
    gap_start, gap_end = cue.span("gap")
    people = [m for m in ms if m.kind == "person" and gap_start <= m.start and m.end <= gap_end + 1]
    if not people:
        return False
    who = people[-1] if s.lang == "kk" else people[0]  # the name before the Kazakh verb, after the others'
    content = doc.article.sentences[n - 1].text.strip(" ,.;:—–-")
    _add(doc, n, who, content, len(s.text), 0.7, "a proposal of the sentence before, credited")
    return True


def _content_words(text: str, ms: list[Mention], content: str) -> str:
    """A proposal's content without the names of organisations it holds (``named-body``: "предложил сформировать …
    Конституционную комиссию" names a body, no draft), as it stands in the sentence."""
    at = text.find(content)
    if "named-body" not in READINGS or at < 0:
        return content
    bodies = [m for m in ms if not _CONSTITUTION_NOUN.search(m.text)]  # "the new Constitution of the Republic of …"
    return _outside_names(text, bodies)[at : at + len(content)]


#: The Constitution named as a noun, not the adjective of a body's name ("Конституционная комиссия").
_CONSTITUTION_NOUN = re.compile(
    r"\bconstitution\b|\bbasic\s+law|(?<!\w)конституци(?:я|и|ю|ей)(?!\w)|ата\s+заң|"
    r"(?<!\w)конституция(?:ның|ға|да|дан|ны|сы|сын)?(?!\w)",
    re.IGNORECASE,
)


def _outside_names(text: str, ms: list[Mention]) -> str:
    """The sentence without the names of organisations: "Конституциялық реформалар жөніндегі комиссия" names no draft."""
    for m in sorted((m for m in ms if m.kind in ("organisation", "unit")), key=lambda m: -m.start):
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


def _first_person(doc: ArticleDoc, n: int, cue: re.Match) -> Mention | None:
    """The quotation's speaker for a proposal in the first person singular ("Предлагаю и в дальнейшем …")."""
    sentences = doc.article.sentences
    s = sentences[n]
    plural = "first-plural" in READINGS and _FIRST_PLURAL.match(cue.group())
    if not (_FIRST_PERSON.match(cue.group()) or plural) and not _FIRST_PERSON_AFTER.match(s.text[cue.end() :]):
        i = P.before(_I_BEFORE[s.lang], s.text, cue.start()) or (
            P.before(_I_ALSO_BEFORE_EN, s.text, cue.start()) if s.lang == "en" and "also" in READINGS else None
        )
        if i is None or any(
            m.kind in PROPOSER_KINDS and i.start() <= m.start and not governed(s.text, m, s.lang)
            for m in doc.mentions[n]
            if m.end <= cue.start()
        ):
            return None
    who = doc.quote_speaker.get(s.paragraph)
    closed = quoted_by(doc, n, cue.start())
    if who is None and closed is not None and isinstance(closed[1], str):
        who = closed[1]  # "“…, I consider it necessary … to propose …,” Azimova said": who closes the quotation
    first = next(k for k in range(n + 1) if sentences[k].paragraph == s.paragraph)
    if who is None and re.match(r"\s*[—–«“\"-]", sentences[first].text):
        # "Азимова отметила, что …" then a paragraph "— … Предлагаю …": the person named before the quotation
        for k in range(first - 1, -1, -1):
            named = [
                m
                for m in doc.mentions[k]
                if m.kind == "person" and not m.oblique and (m.actor or not m.new.get("single"))
            ]
            if named:
                who = actor(doc, named[-1], k, sentences[k].lang)
                break
    return Mention(0, 0, who, "person", who, how="quote") if who else None


#: A personal pronoun as the subject just before the verb: "He also proposed to name the parliament …", "Она
#: предложила …" (Kazakh leaves the pronoun out).
_PRONOUN_BEFORE = re.compile(r"(?:^|[^\w-])(?:he|she|он|она)\s+(?:also\s+|также\s+|тоже\s+)?$", re.IGNORECASE)


#: The Kazakh pronoun opening a sentence, after at most one adverb ("Онда ол …", "Кейін ол …"): its subject, however
#: far the verb at the sentence's end (``pronoun`` in READINGS).
_PRONOUN_OPENS_KK = re.compile(r"^\s*(?:[\w-]+\s+)?ол\s+", re.IGNORECASE)


def _pronoun(doc: ArticleDoc, text: str, ms: list[Mention], cue: re.Match, lang: str) -> Mention | None:
    """The person named before, for a pronoun subject with no agent named between it and the verb: never the object
    after the verb ("He also proposed to name the parliament …" is not the parliament's proposal)."""
    pronoun = P.before(_PRONOUN_BEFORE, text, cue.start())
    after = pronoun.start() if pronoun is not None else 0
    if pronoun is None and "pronoun" in READINGS and lang == "kk":
        opens = _PRONOUN_OPENS_KK.match(text)
        if opens is not None and opens.end() <= cue.start():
            pronoun, after = opens, opens.end()  # the adverb before "ол" ("Онда") is no agent
    if pronoun is None or not doc.last_named or doc.linker.type_of(doc.last_named) != "person":
        return None
    if any(m.kind in PROPOSER_KINDS and after <= m.start < cue.start() for m in ms):
        return None
    return Mention(0, 0, doc.last_named, "person", doc.last_named, how="pronoun")


#: ``post-subject``: a post's noun alone opening the sentence before the verb, an adverb of addition between ("Депутат
#: также предложил", "The deputy also proposed", "Президент предложил"); Kazakh, whose verb ends the sentence, only
#: the post's noun opening it ("Депутат … ұсынды").
_POST_NOUN = {
    "kk": r"(?:депутат|сенатор|министр|спикер|сарапшы|саясаттанушы|омбудсмен|президент|мемлекет\s+басшысы)",
    "ru": r"(?:депутат|сенатор|министр|спикер|эксперт|политолог|юрист|омбудсмен|президент|глава\s+государства)",
    "en": r"(?:deputy|senator|minister|speaker|expert|analyst|lawyer|ombudsman|lawmaker|president|head\s+of\s+state)",
}
_POST_SUBJECT = {
    "kk": re.compile(r"^\W*(?P<who>" + _POST_NOUN["kk"] + r")(?:\s+(?:сондай-ақ|да|де))?\s+(?![А-ЯӘҒҚҢӨҰҮҺІ])"),
    "ru": re.compile(
        r"^\W*(?P<who>" + _POST_NOUN["ru"] + r")\s+(?:также\s+|тоже\s+|ещё\s+|еще\s+|же\s+)?$", re.IGNORECASE
    ),
    "en": re.compile(
        r"^\W*(?P<who>the\s+" + _POST_NOUN["en"] + r")\s+(?:(?:has|had)\s+)?(?:also\s+|further\s+)?$",
        re.IGNORECASE,
    ),
}
#: The posts of the Head of State among them: any other post is anyone but him.
_HEAD_POST = re.compile(
    r"(?:the\s+)?(?:president|head\s+of\s+state|президент|глава\s+государства|мемлекет\s+басшысы)", re.IGNORECASE
)


def _post_subject(doc: ArticleDoc, n: int, cue: re.Match) -> Mention | None:
    """The person a post's noun alone stands for as the verb's subject (``post-subject`` in READINGS): "Депутат также
    предложил закрепить … обязанность граждан" is the deputy's proposal, never the citizens'."""
    if "post-subject" not in READINGS:
        return None
    s, ms = doc.article.sentences[n], doc.mentions[n]
    lang = s.lang
    if lang == "kk":
        found = _POST_SUBJECT["kk"].match(s.text, 0, cue.start())
        if found is None or found.group("who")[0].islower():
            return None  # "… депутат ұсынды": not the sentence's opening subject
    else:
        found = _POST_SUBJECT[lang].search(s.text, 0, cue.start())
    if found is None or any(m.kind in _AGENT and m.start < cue.start() for m in ms):
        return None  # "Депутат Мажилиса X предложил": the name says who
    if _HEAD_POST.fullmatch(found.group("who")):
        head = doc.holders.get(("head-of-state", "republic-of-kazakhstan"))
        return Mention(*found.span("who"), found.group("who"), "person", head, how="post") if head else None
    from kg.extract.rules.initiatives import _head_of_state

    last = doc.last_named
    if not last or doc.linker.type_of(last) != "person" or _head_of_state(doc, last):
        return None  # "President Tokayev spoke. The deputy proposed …": not his
    return Mention(*found.span("who"), found.group("who"), "person", last, how="pronoun")


#: ``quoted-wording``: a wording quoted inside the sentence, two words at least ("«Президент таратуға құқылы»").
_WORDING = re.compile(r"«[^«»]+»|“[^“”]+”|\"[^\"]+\"")


def _subject(doc: ArticleDoc, n: int, cue: re.Match) -> Mention | None:
    """The verb's subject (rules/common.py), never a name inside a wording quoted (``quoted-wording``). The sentence's
    mentions stand in ``doc`` without those names for the call: the subject finder reads the quotation around the
    sentence through them."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    kept = _outside_wordings(s.text, ms)
    doc.mentions[n] = kept
    try:
        return subject(doc, s.text, kept, cue.start(), cue.end(), PROPOSER_KINDS, s.lang)
    finally:
        doc.mentions[n] = ms


def _outside_wordings(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` without the names inside a quoted wording (``quoted-wording`` in READINGS): "«Президент таратады» деген
    тұжырымдаманы … өзгертуді ұсынады" is no proposal of the President's. A name the quotation marks hold ("«Ауыл»
    партиясы", "«Kazakhstan Halyk Kenesi»") stays."""
    if "quoted-wording" not in READINGS:
        return ms
    # a wording has a word in lower case; a name in quotation marks ("«Kazakhstan Halyk Kenesi»") has none
    spans = [w.span() for w in _WORDING.finditer(text) if any(x[:1].islower() for x in w.group()[1:-1].split())]
    if not spans:
        return ms
    return [
        m
        for m in ms
        if not any(
            a < m.start and m.end < b and len(text[a + 1 : b - 1].split()) > len(m.text.split()) for a, b in spans
        )
    ]


#: Kazakh reported speech: "…, – деп ұсынды", the quotation ends just before the verb of proposing.
_QUOTED_KK = re.compile(r"[,»\"”]?\s*[-–—]\s*деп\s+$")


def _lead_person(doc: ArticleDoc, n: int) -> Mention | None:
    """A headline without a subject ("Жаңа Конституция жобасын референдумға шығаруды ұсынды"): the person the lead names.

    Only for the article's first sentence when it has no final stop (a headline), and only a person
    named in full in the next three sentences, in the nominative.
    """
    sentences = doc.article.sentences
    if n != 0 or sentences[0].text.rstrip().endswith((".", "!", "?", "»", '"')):
        return None
    for k in range(1, min(4, len(sentences))):
        for m in doc.mentions[k]:
            if m.kind == "person" and not m.oblique and m.how != "post" and (m.actor or not m.new.get("single")):
                return Mention(0, 0, m.text, "person", actor(doc, m, k, sentences[k].lang), how="lead")
    return None


#: "X initiated amendments that … propose": the verb's subject is the noun the relative pronoun stands for.
_RELATIVE = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])(?P<noun>[\w-]+),?\s+(?:которы[ейх]|которая|которое|который)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"\b(?P<noun>[\w-]+),?\s+(?:that|which)\b", re.IGNORECASE),
}


def relative_between(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a relative clause about another noun opens between an agent and its verb."""
    for rel in _RELATIVE[lang].finditer(text, start, end):
        word = rel.group("noun")
        if P.STATEMENT[lang].fullmatch(word) or (lang == "en" and re.search(r"ed$", word)):
            continue  # "said that he proposed": a complement clause, its subject is still the speaker
        return True
    return False


#: Proposals arriving ("предложения поступают по статье 23", "ұсыныстар түсті", "proposals were received on Article 9").
_RECEIVED = {
    "kk": re.compile(
        r"ұсыныс\w*(?:\s+(?:мен|және)\s+ескертпе\w*)?\s+(?:келіп\s+)?түс(?:ті|іп|уде|еді|кен)\w*", re.IGNORECASE
    ),
    "ru": re.compile(
        r"предложени\w*(?:\s+и\s+замечани\w*)?(?:\s+от\s+[^.;]{2,60}?)?\s+поступ\w+|поступ\w+\s+предложени\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:proposals|suggestions)(?:\s+and\s+\w+)?(?:\s+from\s+[^.;]{2,60}?)?\s+(?:were|have\s+been|are\s+being|are)\s+(?:received|submitted)\b",
        re.IGNORECASE,
    ),
}


def _received(doc: ArticleDoc, n: int) -> None:
    """Proposals the sentence says arrive about named articles: one per article, from the group named or the citizens.

    Without an article named, "more than 2,000 proposals were received" is a figure, not a proposal.
    """
    s, ms = doc.article.sentences[n], doc.mentions[n]
    cue = _RECEIVED[s.lang].search(s.text)
    provisions = [m for m in ms if m.kind == "provision"] if cue is not None else []
    if cue is None or not provisions or P.PROPOSAL[s.lang].search(s.text):
        return
    senders = [
        m  # "предложения от партии X поступили", "proposals from the X party were received", "X-тан түскен"
        for m in ms
        if m.kind in ("person", "organisation", "unit")
        and (
            re.search(r"(?:(?<!\w)от|\bfrom)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", s.text[: m.start], re.IGNORECASE)
            or (s.lang == "kk" and re.search(r"(?:дан|ден|тан|тен|нан|нен)$", m.text))
        )
    ]
    groups = [m for m in ms if m.kind == "group"]
    default = Mention(0, 0, "citizens", "group", new={"group": "citizens"}, how="rule")
    who = senders[0] if senders else groups[0] if groups else default
    for k, m in enumerate(provisions):
        end = provisions[k + 1].start if k + 1 < len(provisions) else len(s.text)
        content = s.text[m.start : end].strip(" ,.;:—–-")
        _add(doc, n, who, content, m.start, 0.6, "proposals received on an article")


#: "предложения, в том числе от партии X, нашли отражение в тексте", "proposals from X were taken into account",
#: "X-тың ұсыныстары ескерілді": the author's proposals, accepted into the draft.
_ACCEPTED_BEFORE = {
    "kk": re.compile(r"(?:ның|нің|дың|дің|тың|тің|дан|ден|тан|тен|нан|нен)$", re.IGNORECASE),
    "ru": re.compile(
        r"предложени\w*(?:,?\s+в\s+том\s+числе)?\s+(?:(?:от|со\s+стороны)\s+|член\w+\s+|депутат\w+\s+)?$", re.IGNORECASE
    ),
    "en": re.compile(
        r"(?:proposals?|suggestions?)(?:,?\s+including\s+those)?\s+(?:of|from|by)\s+(?:the\s+)?(?:members\s+of\s+(?:the\s+)?)?$",
        re.IGNORECASE,
    ),
}
_ACCEPTED_AFTER = {
    "kk": re.compile(
        r"^\s+(?:түскен\s+)?(?:мүшелерінің\s+)?ұсыныс\w*\s+(?:\w+\s+){0,2}?(?:ескерілді|қабылданды|енгізілді|көрініс\s+тапты)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^[\s,\"»”]+(?:\w+\s+){0,2}?(?:был\w*\s+)?(?:нашл\w*\s+отражени\w*|отражен\w*|учтен\w*|учтён\w*|принят\w*|включен\w*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^[\s,\"»”]+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:accepted|taken\s+into\s+account|included|reflected|incorporated)",
        re.IGNORECASE,
    ),
}
_EN_POSSESSIVE_ACCEPTED = re.compile(r"^['’]s\s+proposals?(?=\s+(?:were|was|have\s+been|has\s+been)\b)", re.IGNORECASE)


def _accepted(doc: ArticleDoc, n: int) -> None:
    """An author's proposals reported as accepted into the draft: a proposal on the article named, else on the draft."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in AGENT_KINDS:
            continue
        rest = text[m.end :]
        if lang == "en" and (poss := _EN_POSSESSIVE_ACCEPTED.match(rest)):
            rest = rest[poss.end() :]  # "the faction's proposals were taken into account"
        elif not (
            _ACCEPTED_BEFORE[lang].search(m.text) if lang == "kk" else P.before(_ACCEPTED_BEFORE[lang], text, m.start)
        ):
            continue
        if _ACCEPTED_AFTER[lang].match(rest):
            _add(doc, n, m, text.strip(), m.start, 0.7, "an author's proposals accepted into the draft", draft=True)


#: "по предложению X", "at the proposal of X", "X-тың ұсынысы бойынша": what was done on X's proposal.
_ON_PROPOSAL_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(r"по\s+(?:предложению|рекомендации)\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:at|on|following|upon)\s+(?:the\s+|a\s+)?(?:proposal|suggestion|recommendation)\s+(?:of|by|from)\s+"
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
        re.IGNORECASE,
    ),
}
_ON_PROPOSAL_AFTER_KK = re.compile(r"^\s+(?:ұсыныс(?:ы\s+бойынша|ымен)|ұсынымы\s+бойынша)(?!\w)", re.IGNORECASE)


def _on_proposal_of(doc: ArticleDoc, n: int) -> None:
    """What was done on someone's proposal ("по предложению депутата X в проект внесена норма"): X's proposal."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in AGENT_KINDS:
            continue
        if lang == "kk":
            cue = _ON_PROPOSAL_AFTER_KK.match(text[m.end :])
            start = m.end + cue.end() if cue else 0
        else:
            cue = P.before(_ON_PROPOSAL_BEFORE[lang], text, m.start)
            start = m.end
        if cue is not None:
            reform = [r for r in ms if r.kind == "reform"]
            if reform and not any(r.kind in ("provision", "document") for r in ms):
                # "по предложению Главы государства … в стране проводится Конституционная реформа": the reform done
                # on X's proposal is X's initiative (as "по инициативе X", "X бастамасымен")
                from kg.extract.rules.initiatives import _add as add_initiative

                add_initiative(doc, n, m, reform[:1], 0.7, "the reform carried out on the proposal of")
                continue
            content = text[start:].strip(" ,.;:—–-")
            into_draft = bool(P.DOCUMENT_SHORT[lang].search(text))  # "в проект внесена норма", "жобаға енгізілді"
            content = content if len(content) >= 5 else text.strip()
            _add(doc, n, m, content, start, 0.7, "done on the proposal of", draft=into_draft)


#: A call to do something ("urged", "призвал", "шақырды"): a proposal when the draft, an article or the reform follows.
#: A participle with its agent after it ("the reform proposed by the Head of State", "the idea … proposed at the
#: initiative of the Head of State"): the noun before is what was proposed, by the agent, earlier; unlike a passive
#: ("was proposed by"), it makes no proposal in this sentence.
_PARTICIPLE_BY = {
    "kk": P.NEVER,
    "ru": P.NEVER,
    "en": re.compile(r"\s+(?:by|(?:at|on|upon)\s+the\s+initiative\s+of)\b", re.IGNORECASE),
}
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being|has|have|had)\s+(?:\w+\s+)?$", re.IGNORECASE)

_CALL = {
    "kk": re.compile(r"(?<![\w-])шақыр(?:ды|ып|адым|амыз)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])призвал\w*|(?<![\w-])призыва\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:urged|urges|called\s+on)\b", re.IGNORECASE),
}

#: The public a call is addressed to: residents, citizens, voters.
_PUBLIC = {
    "kk": P.NEVER,  # Kazakh puts the addressee before the verb: see _PUBLIC_BEFORE_KK
    "ru": re.compile(
        r"^\s+(?:[\w-]+\s+){0,1}?(?:жител|граждан|избирател|населени|казахстанц|соотечественник|всех|земляк|людей|молод[её]ж)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\s+(?:(?:the|all|fellow|their|his|her)\s+)?(?:[\w-]+\s+){0,1}?(?:citizens|residents|voters|people|Kazakhstanis|compatriots|everyone|youth)\b",
        re.IGNORECASE,
    ),
}
#: A call to support or to vote, the act right after the verb ("призвало поддержать", "urged to back") or, in
#: Kazakh, right before it ("қолдауға шақырды", "дауыс беруге шақырды", "қатысуға шақырды").
_CAMPAIGN_AFTER = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"^\s+(?:(?:всех|всем|активно)\s+)?(?:поддерж\w+|проголосова\w+|голосова\w+|прий(?:ти|дите)|принять\s+участие)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"^\s+(?:to\s+)?(?:support|back|vote|take\s+part|turn\s+out)\b", re.IGNORECASE),
}
_CAMPAIGN_BEFORE_KK = re.compile(
    r"(?<![\w-])(?:қолда(?:уға|уды)|дауыс\s+беруге|қатысуға|келуге|белсенділік\s+танытуға)\s+$", re.IGNORECASE
)


def _campaign(text: str, call: re.Match, lang: str) -> bool:
    """Whether a call asks to support or to vote (campaigning), not to change something."""
    if lang == "kk":
        return bool(P.before(_CAMPAIGN_BEFORE_KK, text, call.start()))
    return bool(_CAMPAIGN_AFTER[lang].match(text[call.end() :]))


_PUBLIC_BEFORE_KK = re.compile(
    r"(?:халық|азамат|тұрғын|сайлаушы|жұртшылық|жастар|қауым|ел)\w*\s+(?:[\w-]+\s+){0,8}?$", re.IGNORECASE
)

# ------------------------------------------------------------------ wordings of proposing, from the languages' grammar
# The thirteenth pass (docs/extract.md) enumerates how Kazakh, Russian and English news state a proposal, instead of
# adding the wording one tuning article used: the verb in its other tenses, aspects and moods, the noun "proposal"
# with the verbs that make one, a request or recommendation to change the text, a passive with its agent, and the
# Russian order that puts the proposal first and its author after the verb.

#: The verb of proposing in forms patterns.PROPOSAL lacks, and the noun with a verb of making it, in any tense.
_MORE_PROPOSAL = {
    "kk": re.compile(
        # "ұсынуда" (is proposing), "ұсынып отыр", "ұсынатынын айтты", "ұсынғанын", "ұсыныпты", "ұсынбақ"; not
        # presenting a report or an analysis to someone's attention (as patterns.PROPOSAL)
        r"(?<!назарына\s)(?<!қарауына\s)(?<!талқылауына\s)(?<!талдауын\s)(?<!баяндамасын\s)(?<!есебін\s)"
        r"(?<!ақпаратын\s)(?<![\w-])ұсын(?:уда|атын(?:ын|ы)|ғанын|ыпты|бақ|ушы\s+болды|дым|дық)(?!\w)|"
        # "ұсыныс айтып", "ұсынысты енгізді", "ұсыныстарын жолдаған", "бірқатар ұсыныс жасап"
        r"(?<![\w-])ұсыныс(?:ы|ын|ты|тар|тары|тарын|тарды)?\s+(?:(?:өз|бірқатар|нақты|бірнеше|жаңа)\s+)?"
        r"(?:енгіз|жаса|білдір|айт|жолда|көтер|жібер|бер|таста|тапсыр|жеткіз)"
        r"(?:ді|ды|ті|ты|іп|ып|п|ген|ған|кен|қан|уде|уда)(?!\w)|"
        # came out with a proposal: "ұсыныспен шықты", "ұсынысымен шығып"
        r"(?<![\w-])ұсыныс(?:ы|тары)?(?:мен|пен|ымен)\s+шық(?:ты|ып|қан)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        # the imperfective past: "предлагал", "предлагала", "предлагали"
        r"(?<![\w-])предлага(?:л|ла|ли|ло)(?!\w)|"
        # the noun with a verb of making it: "выдвинул предложение", "высказал ряд предложений", "озвучила предложение"
        # perfective only: "граждане высказывали свои предложения" tells of a process, no proposal made
        r"(?<![\w-])(?:выдвинул|высказал|озвучил|сделал|подал|сформулировал|вынес)\w*\s+"
        r"(?:[\w-]+\s+){0,2}?предложени\w*|"
        r"(?<![\w-])выступил\w*\s+с\s+идеей(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:proposing|suggesting)\b|\bput\s+forth\b|"
        r"\bc(?:ame|ome|omes)\s+up\s+with\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
        r"(?:proposals?|suggestions?|initiative|idea)\b|"
        # the noun with a verb of making it: "voiced a proposal", "tabled several proposals", "made a suggestion"
        # with a determiner: "submitted proposals over six months" counts proposals, it makes none
        r"\b(?:made|makes|offered|offers|voiced|voices|tabled|tables|submitted|submits|floated|filed|presented|sent|"
        r"advanced)\s+(?:a|an|the|his|her|their|its|several|two|three|a\s+number\s+of|a\s+series\s+of|a\s+set\s+of|"
        r"a\s+package\s+of)\s+(?:(?:new|own|specific|concrete|further|additional|legislative)\s+)?"
        r"(?:proposals?|suggestions?)\b|"
        r"\b(?:tabled|submitted|put\s+forward)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
        r"amendments?\s+to\b",
        re.IGNORECASE,
    ),
}


def proposal_cue(text: str, lang: str) -> re.Match | None:
    """The first wording of proposing in ``text``: patterns.PROPOSAL's or one of the forms above."""
    firsts = (
        next(
            (
                m
                for m in pattern.finditer(text)
                if not _suggests_a_fact(text, m, lang) and not _attributive(text, m, lang)
            ),
            None,
        )
        for pattern in (P.PROPOSAL[lang], _MORE_PROPOSAL[lang])
    )
    found = [m for m in firsts if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


#: "suggests that" followed by a verb of fact, not a bare verb: an opinion or an inference, no proposal ("Satpayev
#: suggests that the president and his inner circle are exploring options"; but "I would suggest that the members of
#: the Commission introduce a clarification" proposes). Reading ``suggests-fact`` (:data:`READINGS30`).
_SUGGEST = re.compile(r"suggest(?:s|ed|ing)?$", re.IGNORECASE)
_THAT_FACT = re.compile(
    r"\s+that\b[^.;:!?]{0,80}?\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|remains?)\b",
    re.IGNORECASE,
)


#: Readings of the thirtieth session (``benchmarks/lead30_lopo.py`` switches them): ``suggests-fact`` above.
READINGS30: frozenset[str] = frozenset({"suggests-fact"})
#: Readings of the thirty-first session (``benchmarks/lead31_lopo.py`` switches them): ``whole-text``, the new
#: Constitution or the reform itself as what is proposed (:data:`_WHOLE_TEXT`).
READINGS31: frozenset[str] = frozenset({"whole-text"})
#: Readings of the thirty-second session (``benchmarks/lead32_lopo.py`` switches them): ``also-impersonal``, an
#: impersonal proposal in a sentence that opens by adding to the one before is the proposal of that sentence's
#: proposer (:func:`_also_of`).
READINGS32: frozenset[str] = frozenset({"also-impersonal"})
#: Readings of the thirty-fifth session (``benchmarks/lead35_lopo.py`` switches them): ``before-draft``, a proposal
#: reported before any draft Constitution existed is on none (:data:`_DRAFT_FIRST`).
READINGS35: frozenset[str] = frozenset({"before-draft"})
#: (``before-draft``) The day a new Constitution was first proposed: the fifth National Kurultai, 20 January 2026. A
#: report dated before it ("Tokayev on Monday proposed reversing major political reforms …", 8 September 2025) proposes
#: changes to no draft, whatever it says of the Constitution: the tuning sheets of such reports give 46 proposals no
#: target, 6 the Constitution in force and 1 the draft; the rules gave the draft by default to 2 (test39, test40).
_DRAFT_FIRST = "2026-01-20"
#: The new Constitution or the whole reform as the thing proposed, nothing of its content named (thirty-first session,
#: reading ``whole-text``): "Tokayev Proposes a New Constitutional Architecture", "… Proposes Major Constitutional
#: Overhaul", "Токаев предлагает народу Конституцию Нового и Справедливого Казахстана", "глава государства, предложив
#: новую Конституцию, фактически изменил …". The tuning sheets hold none of them as a proposal: the text is its
#: author's work, which some sheets make his initiative and some leave (the data README's conventions); a proposal
#: with no content would be no proposal in any of them. The object is the whole content, or closed by a comma.
_WHOLE_TEXT = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?:народу\s+)?(?:нов\w+\s+)?(?:проект\w*\s+)?(?:нов\w+\s+)?(?:Конституци\w*|Основн\w+\s+закон\w*)"
        r"(?:\s+Нового\s+и\s+Справедливого\s+Казахстана)?\s*(?:,.*)?",
        re.IGNORECASE | re.DOTALL,
    ),
    "en": re.compile(
        r"(?:an?\s+|the\s+)?(?:(?:new|major|sweeping|comprehensive|fundamental|radical|full|complete)\s+)*"
        r"(?:constitutional\s+|political\s+)?(?:overhaul|architecture|constitution|basic\s+law)",
        re.IGNORECASE,
    ),
}


def _suggests_a_fact(text: str, cue: re.Match, lang: str) -> bool:
    return (
        lang == "en"
        and "suggests-fact" in READINGS30
        and _SUGGEST.search(cue.group()) is not None
        and _THAT_FACT.match(text, cue.end()) is not None
    )


#: A name's possessive before "proposed" (not "He's", "She's", "It's": "has"): the participle names a change, nobody
#: proposes it here ("Zabirova examines how Kazakhstan's proposed transition … could reshape governance").
_POSSESSIVE_BEFORE_EN = re.compile(r"(?<![\w-])(?!(?:He|She|It|That|There|Who|What)['’])(?-i:[A-Z][\w-]*)['’]s\s+$")


def _attributive(text: str, cue: re.Match, lang: str) -> bool:
    """Whether the cue is an English "proposed" used as an adjective after a name's possessive."""
    return (
        lang == "en"
        and cue.group().lower() == "proposed"
        and P.before(_POSSESSIVE_BEFORE_EN, text, cue.start()) is not None
    )


#: Proposals coordinated with opinions: a discussion reported, not a proposal made ("пікірлері мен ұсыныстарын").
_OPINIONS_AND = {
    "kk": re.compile(r"(?<![\w-])(?:пікір|ой|көзқарас)\w*\s+(?:мен|және)\s+(?:өз\s+)?ұсыныс", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:мнени|замечани|соображени)\w*\s+и\s+(?:свои\s+)?предложени", re.IGNORECASE),
    "en": re.compile(r"\b(?:views|opinions|comments|thoughts)\s+and\s+(?:proposals|suggestions)\b", re.IGNORECASE),
}

#: Asking, recommending or pressing for a change ("recommended amending", "попросил включить", "өзгертуді сұрады"):
#: a proposal when a verb of changing the text is beside it and the draft, an article or the reform is named.
_REQUEST = {
    "kk": re.compile(
        r"(?<![\w-])(?:сұрады|сұрап|сұраған|өтінді|өтініп|талап\s+(?:етті|етіп|еткен|етуде)|"
        # raised the question of changing it: "9-бапты өзгерту мәселесін көтерді"
        r"өтініш\s+(?:білдірді|жасады)|ұсыным\s+(?:берді|жасады)|мәселе\w*\s+көтер(?:ді|іп|ген))(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:рекомендова\w*|рекомендует|рекомендуют|(?:по)?просил\w*|просит|просят|настаива\w*|"
        r"настоял\w*|добива\w*ся|потребовал\w*|ходатайствова\w*|"
        # "поставил вопрос о закреплении …", "выразил пожелание дополнить …"
        r"постави(?:л|ла|ли)\s+вопрос|(?:высказал|выразил)\w*\s+пожелани\w*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:recommend(?:s|ed|ing)?|ask(?:s|ed)|request(?:s|ed)|"
        r"sought|seeks?|seeking|push(?:es|ed)\s+for|press(?:es|ed)\s+for|advocat(?:es|ed|ing)(?:\s+for)?|"
        r"insist(?:s|ed)\s+on|lobb(?:ies|ied)\s+for|appeal(?:s|ed)\s+to|demand(?:s|ed)|"
        r"raised\s+the\s+(?:question|issue)\s+of)\b",
        re.IGNORECASE,
    ),
}
#: "бастама көтерді" / "выдвинул инициативу" / "raised an initiative" about an article: a proposal (the annotation
#: rules' initiatives start bodies, posts and the reform, never an article).
_INITIATIVE_ON_ARTICLE = {
    "kk": re.compile(r"(?<![\w-])(?:бастама\w*\s+(?:көтер|жариялa|ұсын)|бастамашылық\s+ет)\w*", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![\w-])(?:выдвинул\w*\s+(?:[\w-]+\s+)?инициатив\w*|инициирова(?:л|ла|ли)(?!\w))", re.IGNORECASE
    ),
    "en": re.compile(
        r"\b(?:(?:put\s+forward|raised|launched|proposed|voiced)\s+(?:an?|the|his|her|their|its)\s+initiative|"
        r"initiated(?!\s+by))\b",
        re.IGNORECASE,
    ),
}


#: Verbs of changing a text, for a request: _MODAL_ACT's and the edits a request names ("supplement", "включить").
_CHANGE_ACT = {
    "kk": re.compile(r"(?:қос|ал(?:ып)?\s+таста|түзет|нақтыла|кеңейт|күшейт|жаңа\s+редакция)\w*", re.IGNORECASE),
    "ru": re.compile(r"(?:включ|добав|убра|удал|уточн|расшир|усил|перераб|доработ|пересмотр|вернут)\w*", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:supplement|expand|extend|revise|rewrite|reword|delete|drop|strengthen|clarify|specify|retain|restore)\w*",
        re.IGNORECASE,
    ),
}


#: Speaking in favour of a change ("выступил за исключение статьи 9", "argued for amending Article 9", "9-бапты
#: өзгертуді жақтады"): a proposal only with an article named (in favour of the draft is a stance, rules/stances.py).
_IN_FAVOUR = {
    "kk": re.compile(r"(?<![\w-])жақта(?:ды|п|йды|йтынын|ған)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])выступ(?:ил|ила|или|ает|ают)\s+за(?!\w)", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:spoke|speaks|argued|argues|came\s+out|comes\s+out)\s+(?:in\s+favou?r\s+of|for)\b", re.IGNORECASE
    ),
}


def _request(text: str, ms: list[Mention], lang: str) -> re.Match | None:
    """A request or recommendation to change the text of the draft ("recommended amending Article 9"), not a call on
    the public ("recommended that citizens read the draft") nor a question ("asked journalists about Article 9")."""
    if any(m.kind == "provision" for m in ms) and (found := _INITIATIVE_ON_ARTICLE[lang].search(text)):
        return found
    favour = _IN_FAVOUR[lang].search(text) if any(m.kind == "provision" for m in ms) else None
    for cue in [*_REQUEST[lang].finditer(text), *([favour] if favour else [])]:
        if lang == "kk":
            # Kazakh puts the change and what it changes before the verb: "9-бапты өзгертуді сұрады"
            act = _MODAL_ACT[lang].search(text, max(0, cue.start() - 80), cue.start()) or _CHANGE_ACT[lang].search(
                text, max(0, cue.start() - 80), cue.start()
            )
            named = any(m.kind in ("provision", "document", "reform") and m.end <= cue.start() for m in ms)
            public = P.before(_PUBLIC_BEFORE_KK, text, cue.start())
        else:
            act = _MODAL_ACT[lang].search(text, cue.end(), cue.end() + 80) or _CHANGE_ACT[lang].search(
                text, cue.end(), cue.end() + 80
            )
            named = any(m.kind in ("provision", "document", "reform") and m.start >= cue.end() for m in ms)
            public = _PUBLIC[lang].match(text[cue.end() :]) or re.match(
                r"^\s+that\s+(?:[\w-]+\s+){0,1}?(?:citizens|residents|voters|people|everyone)\b",
                text[cue.end() :],
                re.I,
            )
        if act and named and not public:
            return cue
    return None


#: "С предложением дополнить статью 9 выступил депутат X", "Предложение исключить … внес X": the proposal first, its
#: author after the verb; "Proposals to amend Article 5 came from X".
_INVERTED = {
    "kk": P.NEVER,
    "ru": re.compile(
        r"(?:^|(?<=[\s«\"(]))(?:С\s+предложени(?:ем|ями)\s+(?P<c1>[^.;!?]{3,200}?)\s+выступил\w*|"
        r"Предложени[ея]\s+(?P<c2>[^.;!?]{3,200}?)\s+(?:внес|внёс|внесл|выдвинул|высказал|озвучил|сделал)\w*)\s",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:proposals?|suggestions?)\s+(?P<c1>(?:to|on|for)\s+[^.;!?]{3,200}?)\s+(?:came|come|comes)\s+from\s",
        re.IGNORECASE,
    ),
}


def _inverted(doc: ArticleDoc, n: int) -> bool:
    """A proposal stated first and credited after the verb: the first agent after the verb proposed it."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    found = _INVERTED[s.lang].search(s.text)
    if found is None:
        return False
    group = "c1" if found.group("c1") is not None else "c2"
    after = [
        m
        for m in ms
        if m.kind in PROPOSER_KINDS
        and m.start >= found.end() - 1
        and not re.search(r"[,;:]", s.text[found.end() : m.start])
    ]
    if not after:
        return False
    _add(
        doc, n, after[0], found.group(group).strip(" ,"), found.start(group), 0.75, "a proposal credited after its verb"
    )
    return True


#: A passive with its agent: "Amending Article 5 was proposed by X", "было предложено депутатом X", "X тарапынан
#: ұсынылды".
_PASSIVE_BY = {
    "kk": re.compile(
        r"^\s+тарапынан\s+(?:[^.;!?\s]+\s+){0,8}?(?:ұсыныл\w*|ұсыныс\w*\s+(?:жасал|енгізіл|айтыл|көтеріл)\w*)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:был[оаи]?\s+)?(?:предложен[оаы]?|выдвинут[оаы]?|внесен[оаы]?|внесён[оаы]?|озвучен[оаы]?)\s+"
        r"(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        # a past act, not a standing procedure ("candidates are recommended by the Council")
        r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+|originally\s+|initially\s+)?"
        r"(?:proposed|suggested|put\s+forward|put\s+forth|floated|(?P<made>made|submitted|voiced|tabled|sent))\s+by\s+"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    ),
}
#: What a passive "was made by", "was tabled by" must have made to be a proposal: the noun of one.
_PROPOSAL_NOUN = re.compile(r"\b(?:proposals?|suggestions?|amendments?|initiatives?)\b", re.IGNORECASE)


#: A proposal to an article named with its author by a participle: "Amendments to Article 9 proposed by X",
#: "Поправки к статье 9, предложенные депутатом X", "X ұсынған түзетулер 9-бапқа қатысты".
_PARTICIPLE_AUTHOR = {
    "kk": re.compile(r"^\s+(?:ұсынған|енгізген|көтерген)(?!\w)", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![\w-])(?:предложенн|внесенн|внесённ|выдвинут|инициированн)\w*\s+(?:[\w-]+\s+)?$", re.IGNORECASE
    ),
    "en": re.compile(
        r"\b(?:proposed|suggested|put\s+forward|tabled|submitted|initiated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    ),
}


def _named_with_author(doc: ArticleDoc, n: int) -> bool:
    """Changes to an article named with their author by a participle: the author's proposal on that article."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in ("person", "organisation", "unit"):
            continue
        if lang == "kk":
            found = _PARTICIPLE_AUTHOR["kk"].match(text[m.end :])
            if found and re.match(r"\s+(?:жаңа\s+)?(?:жоба|конституция|ата\s+заң)", text[m.end + found.end() :], re.I):
                found = None  # "Комиссия ұсынған жобаның 9-бабы": the draft named by its author, not a change
            articles = [x for x in ms if x.kind == "provision" and found and 0 <= x.start - m.end - found.end() < 120]
        else:
            found = P.before(_PARTICIPLE_AUTHOR[lang], text, m.start, 80)
            if found is not None and lang == "ru" and not m.oblique:
                found = None  # the agent of a Russian participle is in the instrumental
            articles = [x for x in ms if x.kind == "provision" and found and 0 <= found.start() - x.end < 120]
        if not articles:
            continue
        _add(doc, n, m, text.strip(), articles[0].start, 0.7, "changes to an article named with their author")
        return True
    return False


def _passive_by(doc: ArticleDoc, n: int) -> bool:
    """A proposal in the passive with its agent named: the agent proposed what the sentence's subject says."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for m in ms:
        if m.kind not in ("person", "organisation", "unit", "group"):
            continue
        if lang == "kk":
            found = _PASSIVE_BY["kk"].match(text[m.end :])
            content = text[: m.start] + text[m.end + found.end() :] if found else ""
        else:
            found = P.before(_PASSIVE_BY[lang], text, m.start, 120)
            if found is not None and lang == "ru" and not m.oblique:
                found = None  # "было предложено депутатом X": the agent in the instrumental, not "предложено X" named
            if (
                found is not None
                and lang == "ru"
                and "infinitive-object" in common.READINGS30
                and INFINITIVE_AFTER_RU.fullmatch(" " + text[found.start() : m.start].split()[-1])
            ):
                found = None  # "предложено создать Қазақстанның Халық Кеңесі": what is created, not who proposed
            content = text[: found.start()] if found else ""
            if found is not None and found.groupdict().get("made") and not _PROPOSAL_NOUN.search(content):
                found = None  # "The decision was made by X": made, not proposed
        if found is None:
            continue
        content = content.strip(" ,.;:—–-")
        _add(doc, n, m, content if len(content) >= 5 else text.strip(), 0, 0.75, "a proposal in the passive, its agent")
        return True
    return False


#: A past passive before an English verb of proposing ("was put forward in my Address"): no agent, so no proposer (an
#: agent after "by" is read before, by _passive_by). The present "It is also proposed to …" stays read as before: the
#: sheets give it to the speaker the article quotes (thirty-eighth session).
_PASSIVE_BEFORE_EN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:first\s+|also\s+)?$", re.I)
#: "предлагается предусмотреть", "ұсынылады", "it is proposed to": a proposal without a subject.
_IMPERSONAL = {
    "kk": re.compile(r"(?<![\w-])ұсыныл(?:ады|ып\s+отыр|ды)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])предлага(?:ется|ются)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"\b(?:it\s+is|it\s+was|it\s+has\s+been)\s+(?:proposed|suggested)\b", re.IGNORECASE),
}


#: ``means``: the way something is offered, right after an impersonal cue ("предлагаются через процедуру").
_BY_MEANS = {
    "kk": P.NEVER,
    "ru": re.compile(r"\s+(?:через|путём|путем|посредством)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"\s+(?:through|via|by\s+means\s+of)\b", re.IGNORECASE),
}


def _impersonal(doc: ArticleDoc, n: int) -> None:
    """ "…предлагается предусмотреть в ней отдельный раздел…", — сказал X: the proposal of the quotation's speaker."""
    s = doc.article.sentences[n]
    cue = _IMPERSONAL[s.lang].search(s.text)
    who = doc.quote_speaker.get(s.paragraph) if cue is not None else None
    how = "quote"
    if cue is not None and who is None and "impersonal" in READINGS:
        who, how = _reporting(doc, n, cue.start()), "reported"
    kind = "person"
    if cue is not None and who is None and "also-impersonal" in READINGS32:
        who, how = _also_of(doc, n, cue.start()), "also"
        kind = (doc.linker.type_of(who) or "organisation") if who else kind
        kind = kind if kind in PROPOSER_KINDS else "organisation"
    if cue is None or who is None:
        return
    if "means" in READINGS and _BY_MEANS[s.lang].match(s.text[cue.end() :]):
        return  # "новые правила игры предлагаются через процедуру …": how something is offered, no proposal
    content = s.text[cue.end() :].strip(' ,.;:—–-"»”')
    holder = Mention(0, 0, who, kind, who, how=how)
    _add(
        doc,
        n,
        holder,
        content if len(content) >= 5 else s.text.strip(),
        cue.start(),
        0.7,
        "impersonal proposal in a quotation",
    )


#: (``also-impersonal`` in READINGS32) A sentence that opens by adding to the one before: "Сонымен қатар, …",
#: "Кроме того, …", "In addition, …", "Moreover, …".
_ALSO_OPENS = {
    "kk": re.compile(r"^\W*(?:сондай-ақ|сонымен\s+қатар|бұған\s+қоса|оған\s+қоса)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"^\W*(?:также|кроме\s+того|помимо\s+этого|вместе\s+с\s+тем)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"^\W*(?:also|in\s+addition|additionally|moreover|furthermore)\b", re.IGNORECASE),
}


def _also_of(doc: ArticleDoc, n: int, before: int) -> str | None:
    """(``also-impersonal`` in READINGS32) The proposer of the sentence before, when sentence ``n`` opens by adding to
    it and names no agent before its impersonal cue ("Партияның Саяси кеңесі … толықтыруды ұсынып, … ¶ Сонымен қатар,
    … ұғымын Конституциялық құндылық ретінде бекіту … ұсынылды": the council's too)."""
    s = doc.article.sentences[n]
    if n == 0 or not _ALSO_OPENS[s.lang].match(s.text):
        return None
    if any(m.start < before and m.kind in PROPOSER_KINDS and m.actor for m in doc.mentions[n]):
        return None
    earlier = {f.values.get("proposer") for f in doc.facts if f.type == "proposal" and f.sentence == n - 1}
    return earlier.pop() if len(earlier) == 1 else None


def _reporting(doc: ArticleDoc, n: int, before: int) -> str | None:
    """Who reports the impersonal proposal of sentence ``n`` (``impersonal`` in READINGS): the person the sentence
    names as its source before the cue ("According to Nurmukhanov, …"), else the person whose statement the last
    two sentences gave ("He also addressed …. In particular, it is proposed …"), else the speaker of the report
    the text opens with; None when another agent is named before the cue or nobody speaks."""
    s = doc.article.sentences[n]
    last = doc.last_named
    if "impersonal-source" in READINGS and P.PRONOUN_LEAD[s.lang].search(s.text[:before]):
        if last and doc.linker.type_of(last) == "person":
            return last  # "Оның айтуынша, Халық Кеңесінің … көздеу ұсынылады": the person named before, not the body
    named = [m for m in doc.mentions[n] if m.start < before and m.kind in PROPOSER_KINDS and m.actor]
    if named:  # a known agent ("Meantime" read as a name is none)
        m = named[-1]
        found = actor(doc, m, n, s.lang) if m.kind == "person" else None
        return found if found and doc.linker.type_of(found) == "person" else None
    recent = doc.recent_speaker
    if recent is not None and n - recent[0] <= 2 and doc.linker.type_of(recent[1]) == "person":
        return recent[1]
    report = doc.report
    if report and report[0] <= n < report[2] and doc.linker.type_of(report[3]) == "person":
        return report[3]
    if "impersonal-source" in READINGS:
        lead = _lead_person(doc, n)
        if lead is not None and lead.actor and doc.linker.type_of(lead.actor) == "person":
            return lead.actor  # the headline "Жаңа Конституцияда теңгені … бекіту ұсынылды": the lead's person
    return None


#: "должна принять новую конституцию", "заявил о необходимости принятия", "should adopt", "қабылдау керек".
_MODAL = {
    # "бекіту керектігін айтты", "қажеттігін атап өтті" (that it is needed), "енгізген орынды", "бекіткен абзал"
    "kk": re.compile(
        r"(?<![\w-])(?:керек|қажет|жөн\s+деп\s+сана\w*|керектігін|қажеттігін|орынды|абзал|дұрыс\s+болар)(?!\w)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:(?:о\s+необходимости|необходимо|следует|нужно)(?!\w)|(?:должен|должн(?:а|о|ы))(?=\s+\w+ть(?:ся)?\b)|"
        # "считает необходимым закрепить", "считаю целесообразным дополнить"
        r"(?:необходимым|целесообразным|целесообразно|стоит|стоило\s+бы|было\s+бы\s+(?:правильно|логично|верно))"
        r"(?=\s+\w+ть(?:ся)?\b))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:should|need\s+to|the\s+need\s+(?:to|for)|"
        r"it\s+(?:is|was|would\s+be)\s+(?:necessary|advisable|essential|appropriate|reasonable|expedient)\s+to)\b",
        re.IGNORECASE,
    ),
}


#: What a proposal asks to do with a text: adopt, amend, add, enshrine, remove, put to a vote.
_MODAL_ACT = {
    "kk": re.compile(
        r"(?:қабылда|енгіз|бекіт|өзгерт|толықтыр|шығар|алып\s+таста|қарастыр|сақта|жаз|көш|сайла|нақтыла|қайта\s+қара|"
        r"түзет|жетілдір)\w*",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:приня|принят|внес|внест|закреп|измен|дополн|вынес|вынест|исключ|предусмотр|сохран|пропис|заменит|перейти|избира|избрат|"
        r"излож|пересмотр|уточн|конкретиз)\w*",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:adopt|amend|include|enshrine|add|remove|put|introduce|preserve|keep|change|replace|switch|move|elect|"
        r"revis|clarif|rewrit|redraft|reword)\w*",
        re.IGNORECASE,
    ),
}


#: ``acts``: more acts of changing an institution (abolish, rename, create, establish, carry out, make) and "must".
_MODAL_ACT_MORE = {
    # not "Құрылтай", "құрметті", "құрамы": "құру", "құрылсын"
    "kk": re.compile(
        r"(?<![\w-])(?:тарат\w*|жой\w*|құру\w*|құрыл(?!тай)\w*|атауын\s+өзгерт\w*|жүргіз\w*)", re.IGNORECASE
    ),
    "ru": re.compile(r"(?:упраздн|переименова|созда|учред|сформир|провест|провед|сдела)\w*", re.IGNORECASE),
    "en": re.compile(r"\b(?:abolish|eliminat|renam|establish|creat|carry\s+out|make)\w*", re.IGNORECASE),
}
_MUST_EN = re.compile(r"\bmust\b", re.IGNORECASE)


def _modal_cues(text: str, lang: str):
    """The modals of ``text`` with an act of changing near, in order: ``_MODAL``'s with an act of ``_MODAL_ACT``
    first; then, with ``acts`` in READINGS, a modal or "must" with one of ``_MODAL_ACT_MORE`` ("the need to create a
    unicameral parliament …, such a parliament should be elected …": what should be elected is the proposal)."""
    cues = list(_MODAL[lang].finditer(text))
    more = "acts" in READINGS
    if more and lang == "en":
        cues = sorted([*cues, *_MUST_EN.finditer(text)], key=lambda c: c.start())
    for acts in (_MODAL_ACT[lang], *([_MODAL_ACT_MORE[lang]] if more else [])):
        for c in cues:
            # Kazakh states the act before the modal, a clause away ("31-бапқа … міндетін енгізіп, … айқындау қажет")
            if acts.search(text[max(0, c.start() - (150 if lang == "kk" else 60)) : c.end() + 60]):
                yield c


#: Whose opinion the sentence gives: "По мнению X, …", "In X's view", "X-тың пікірінше".
_OPINION_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])по\s+(?:мнению|словам|убеждению)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE),
    "en": re.compile(r"\b(?:according\s+to|in\s+the\s+(?:opinion|view)\s+of)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE),
}
_OPINION_AFTER_KK = re.compile(r"^\s+(?:пікірінше|ойынша|айтуынша|сөзінше|пайымдауынша)(?!\w)", re.IGNORECASE)


def _opinion_of(text: str, ms: list[Mention], lang: str) -> Mention | None:
    """The person whose opinion or words the sentence reports: the speaker of what it says should be done."""
    for m in ms:
        if m.kind != "person":
            continue
        if _OPINION_AFTER_KK.match(text[m.end :]) if lang == "kk" else P.before(_OPINION_BEFORE[lang], text, m.start):
            return m
    return None


def _constitution_word(text: str, ms: list[Mention], cue: re.Match, lang: str) -> bool:
    """Whether the Constitution's word stands on the side of the modal where the change is named (``constitution-word``
    in READINGS): "адвокатура институтының конституциялық мәртебесін бекіту қажеттігін айтты", "the Constitution's
    preamble … should be rewritten", "закрепить на конституционном уровне"; never inside a body's name or the
    reform's ("Конституциялық реформа жөніндегі комиссия", "constitutional reform")."""
    words = _outside_names(text, [*ms, *_reform_spans(ms)])
    if lang == "kk":
        return bool(_CONSTITUTION_WORD.search(words, max(0, cue.start() - 150), cue.start()))
    return bool(_CONSTITUTION_WORD.search(words, max(0, cue.start() - 80), min(len(words), cue.end() + 100)))


def _reform_spans(ms: list[Mention]) -> list[Mention]:
    """The reform's mentions as spans to blank, like a body's name."""
    return [Mention(m.start, m.end, m.text, "unit", m.actor) for m in ms if m.kind == "reform"]


#: The Constitution's word, the noun or its adjective ("конституциялық", "конституционном", "constitutionally").
_CONSTITUTION_WORD = re.compile(
    r"\bconstitution|\bbasic\s+law|(?<!\w)конституци|(?<!\w)основн\w+\s+закон|(?<!\w)ата\s+заң", re.IGNORECASE
)


def _modal(doc: ArticleDoc, n: int) -> None:
    """A speaker saying what should be done with the draft or the reform: a proposal, with less confidence.

    Only with a named speaker (the subject of a statement verb, or the quotation's) and with the
    draft, an article or the reform named in the sentence.
    """
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    # "the president must be a citizen": an obligation, not a change asked for; the first modal with an act
    cue = next(_modal_cues(text, lang), None)
    if cue is None:
        return
    stated = P.STATEMENT[lang].search(text)
    speaker = subject(doc, text, ms, stated.start(), stated.end(), ("person",), lang) if stated else None
    who: Mention | None = speaker
    if who is None and (opinion := _opinion_of(text, ms, lang)) is not None and actor(doc, opinion, n, lang):
        who = opinion  # "По мнению X, статью 9 следует дополнить …"; not a post alone ("Депутаттың айтуынша")
    person = doc.quote_speaker.get(s.paragraph) or (doc.last_named if P.PRONOUN_LEAD[lang].search(text) else None)
    if who is None and person:
        who = Mention(0, 0, person, "person", person, how="quote")
    if who is None:
        return
    # Kazakh names what should be changed before the modal ("31-бапқа … айқындау қажет"), the others after it
    if not any(
        m.kind in ("document", "provision", "reform")
        and (
            m.end <= cue.start()
            if lang == "kk"
            # Russian may front the article it changes: "статью 9 проекта следует дополнить …", English as the
            # passive's subject: "Article 9 should be revised"
            else m.start >= cue.start()
            or (lang == "ru" and m.kind == "provision")
            or (lang == "en" and m.kind == "provision" and re.fullmatch(r"[\w\s,()-]{0,40}", text[m.end : cue.start()]))
        )
        for m in ms
    ) and not ("constitution-word" in READINGS and _constitution_word(text, ms, cue, lang)):
        # "such a parliament should be elected through party lists": without the draft named, only
        # from a speaker who has already proposed something in the article
        proposer = actor(doc, who, n, lang)
        if not any(
            f.type == "proposal" and f.values.get("proposer") == proposer and f.why != _RECALLED for f in doc.facts
        ):
            return  # a proposal only recalled by its noun ("Тоқаевтың … ұсынысына қатысты") is not one made here
    # Kazakh puts what should be done before the modal ("... тізім бойынша сайлаған жөн деп санаймын")
    content = (text[: cue.start()] if lang == "kk" else text[cue.end() :]).strip(' ,.;:—–-"«»“”')
    _add(
        doc,
        n,
        who,
        content if len(content) >= 5 else text.strip(),
        cue.start(),
        0.6,
        "what the speaker says should be done",
        current=False,  # "должен принять новую конституцию": dev, the one part with such a sentence, annotates the draft
        # "the new preamble should emphasize …": a unit of the text as the passive's subject names the draft
        draft="constitution-word" in READINGS
        and lang != "kk"
        and bool(_TEXT_UNIT[lang].search(text, max(0, cue.start() - 40), cue.start())),
    )


def _add(
    doc: ArticleDoc,
    n: int,
    who: Mention,
    content: str,
    cue_start: int,
    confidence: float | None,
    why: str,
    *,
    draft: bool = False,
    current: bool = True,
    beside: bool = False,
    ahead: tuple[int, ...] = (),
    until: int | None = None,
) -> None:
    s, ms = doc.article.sentences[n], doc.mentions[n]
    if until is not None:  # one item of a list proposed: its target is named in it (``infinitive-list``)
        ms = [m for m in ms if m.end <= until or m.start < cue_start]
    lang = s.lang
    proposer = actor(doc, who, n, lang)
    if proposer is None or doc.linker.type_of(proposer) == "outlet" or unnamed(doc, proposer):
        return
    target_m = _target(ms, cue_start)
    if target_m is not None and target_m.kind == "reform" and "body-name" in READINGS:
        target_m = _target([m for m in ms if not _in_body_name(s.text, m, lang)], cue_start)
    if target_m is not None and target_m.kind == "provision":
        target_m = _ordinal_paragraph(s.text, target_m, lang)
    if (
        target_m is not None
        and target_m.kind in ("document", "reform")
        and lang in ("en", "ru")
        and who.end > 0
        and target_m.end <= who.start
    ):
        target_m = None  # "The reform process began after X proposed establishing …": another clause's subject
    if (
        target_m is not None
        and target_m.kind == "reform"
        and "parliamentary" in READINGS
        and _PARLIAMENTARY_REFORM.search(s.text, max(0, target_m.start - 20), target_m.end + 20)
    ):
        target_m = None  # "парламенттік реформаны ұсынды": a proposal about the parliament's structure, no text's
    if target_m is not None and target_m.kind == "reform" and "reform-target" in READINGS:
        return  # "реформаларды ұсынды": the reform proposed is its proposer's initiative (rules/initiatives.py)
    if "whole-text" in READINGS31 and _WHOLE_TEXT[lang].fullmatch(content.strip(" .,;:!?\"'«»“”")):
        return  # "Tokayev Proposes a New Constitutional Architecture", "предложив новую Конституцию, …": the text itself
    target = actor(doc, target_m, n, lang) if target_m is not None else None
    if (
        target is None
        and n > 0
        and doc.article.sentences[n - 1].paragraph == s.paragraph
        and (
            _BACK_REFERENCE.search(s.text)
            or "in-this-connection" in READINGS
            and _CONNECTIVE[lang].match(s.text)
            and not P.before(_CONNECTIVE_LONG, s.text, cue_start, len(s.text))
        )
    ):
        # "Article 14, paragraph 2 ... states ... Many citizens suggested strengthening this provision"
        earlier = [m for m in doc.mentions[n - 1] if m.kind == "provision"]
        if earlier and "in-this-connection" in READINGS:
            # "… дополнить 2 пункт статьи 31 словом …": its paragraph, as the cue's own article has
            earlier[-1] = _ordinal_paragraph(doc.article.sentences[n - 1].text, earlier[-1], lang)
        target = actor(doc, earlier[-1], n - 1, lang) if earlier else None
    if target is None and (
        draft
        or _CONSTITUTION.search(_content_words(s.text, ms, content))
        or _CONSTITUTION.search(_outside_names(s.text, ms))
    ):
        from kg.extract.actors import draft_document

        target = draft_document(doc, lang)  # "to enshrine in the Constitution": the draft under discussion
    if target is None and ahead:
        target = _target_ahead(doc, ahead)  # "… a new, important proposal. … its inclusion in the Constitution"
    concerned = _concerned(doc, n) if target is None and "concerns" in READINGS else []
    if concerned:
        target = concerned[0]  # "… предлагаю использовать «вправе распустить». Это касается … статьи 46 … статьи 62"
    if target is None and "text-unit" in READINGS and _TEXT_UNIT[lang].search(content):
        from kg.extract.actors import draft_document

        target = draft_document(doc, lang)  # "who proposed such a formulation": a wording is the draft's text
    if target is None and "also" in READINGS and P.before(_ALSO[lang], s.text, cue_start, 60):
        from kg.extract.actors import draft_document

        if _target_before(doc, n, proposer) == (drafted := draft_document(doc, lang)):
            target = drafted  # "The Head of State also suggested …": on the draft, as his proposal before; never an
            # article another sentence names ("also proposed renaming the parliament" after one on Article 5)
    if (
        current
        and "current-text" in READINGS
        and _AMEND_CURRENT[lang].search(s.text, 0 if lang == "kk" else cue_start)
        and doc.linker.type_of(_CURRENT) == "document"
        and (target_m is None or target_m.kind == "document")
    ):
        target = _CURRENT  # "proposed amendments to 84% of the Constitution's text": the text in force
    elif (
        current
        and (target is not None or target_m is None)
        and _of_current(s.text, target_m, lang)
        and doc.linker.type_of(_CURRENT) == "document"
    ):
        target = _CURRENT  # "жаңа Конституция мәселесін қарау", "изменения в 77 статей основного закона"
    if target == _CURRENT and _UNICAMERAL.search(content):
        # "предложил преобразовать двухпалатный парламент в однопалатный, внеся изменения в конституцию": the
        # parliament's structure, no text's article (the parts' convention, tests/data/extract_real/README.md); a
        # proposal on the new draft's unicameral Kurultai keeps the draft (`test28`, `test44`)
        target = None
    # "amend Articles 5 and 6": one proposal per article listed
    targets = [target] + [actor(doc, m, n, lang) for m in _listed(s.text, ms, target_m)] if target_m else [target]
    if "before-draft" in READINGS35 and doc.source_date < _DRAFT_FIRST:
        targets = [None if one and _of_draft(doc, one) else one for one in targets]
    if concerned and target == concerned[0]:
        targets = list(concerned)
    for one in dict.fromkeys(targets):
        if (
            one is None
            and not beside
            and any(
                f.type == "initiative"
                and f.sentence == n
                and f.values.get("initiator") == proposer
                and f.values.get("initiated") != "kurultai"  # a unicameral parliament proposed stays a proposal
                for f in doc.facts
            )
        ):
            continue  # "X proposed establishing the office of vice president": the initiative says it (rules/initiatives.py)
        if (
            one is None
            and "group-no-target" in READINGS
            and (who.kind == "group" or doc.linker.type_of(proposer) == "group")
        ):
            continue  # "citizens sent their proposals through the e-Otinish and eGov portals": a process, no proposal
        values: dict[str, Any] = {"proposer": proposer, "content": {lang: content}, "targets": one, **event_ref(doc)}
        for m in ms:
            if m.kind == "platform":
                values.setdefault("via", actor(doc, m, n, lang))
        # an article named is surer than the draft taken by default ("to enshrine in the Constitution")
        sure = confidence if confidence is not None else (0.6 if not one else 0.8 if target_m is not None else 0.7)
        more = bool(P.before(_ALSO[lang], s.text, cue_start, 60) or _MORE_OPENS[lang].match(s.text))
        add_fact(doc, n, "proposal", values, sure, _key(doc, proposer, one, content, more=more), why)


def _of_draft(doc: ArticleDoc, target: str) -> bool:
    """Whether ``target`` is a draft document or a provision of one (``before-draft``)."""
    drafts = set(doc.linker.of_type("document", status="draft"))
    known = doc.linker.actors.get(target) or doc.linker.new.get(target)
    return target in drafts or (known is not None and known.part_of in drafts)


#: ``body-name``: a reform in the name of a body, the body's noun after it in Kazakh ("Конституциялық реформа
#: комиссиясының"), before it in Russian and English ("Комиссии по конституционной реформе", "the Commission on
#: Constitutional Reform", "the Constitutional Reform Commission").
_BODY_AFTER = {
    "kk": re.compile(r"\s*(?:комиссия|кеңес|жұмыс\s+тоб)\w*", re.IGNORECASE),
    "ru": P.NEVER,
    "en": re.compile(r"\s*(?:commission|council|working\s+group)\b", re.IGNORECASE),
}
_BODY_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])(?:комисси|совет|рабоч\w+\s+групп)\w*\s+по\s+$", re.IGNORECASE),
    "en": re.compile(r"\b(?:commission|council|working\s+group)\s+(?:on|for)\s+(?:the\s+)?$", re.IGNORECASE),
}


def _in_body_name(text: str, m: Mention, lang: str) -> bool:
    """Whether reform mention ``m`` is part of a body's name (``body-name`` in READINGS): the Commission on
    Constitutional Reform is where a proposal is made, never what it is on."""
    return m.kind == "reform" and bool(
        _BODY_AFTER[lang].match(text, m.end) or P.before(_BODY_BEFORE[lang], text, m.start)
    )


#: ``text-unit``: the units of a text's wording a proposal may be about (never "глава", the head of a body).
_TEXT_UNIT = {
    "kk": re.compile(r"(?<![\w-])(?:тұжырым\w*|редакция\w*|норма\w*|преамбула\w*|тарау\w*)", re.IGNORECASE),
    "ru": re.compile(
        r"(?<![\w-])(?:формулировк\w*|редакци\w*|норм(?:а|ы|у|ой|е|ам|ами|ах)?|преамбул\w*|раздел\w*)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:formulations?|wordings?|norms?|provisions?(?!\s+of\b)|clauses?|preamble|chapters?|sections?)\b",
        re.IGNORECASE,
    ),
}
#: ``distinct``: a sentence that opens by telling one more proposal, or a particular one after a general statement.
_MORE_OPENS = {
    "kk": re.compile(
        r"^\W*(?:сондай-ақ|сонымен\s+қатар|бұған\s+қоса|оған\s+қоса|атап\s+айтқанда)(?!\w)", re.IGNORECASE
    ),
    "ru": re.compile(
        r"^\W*(?:также|кроме\s+того|помимо\s+этого|помимо\s+того|более\s+того|в\s+частности|ещё|еще)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\W*(?:also|in\s+addition|additionally|moreover|furthermore|besides|in\s+particular)\b", re.IGNORECASE
    ),
}
#: ``also``: a proposal said to come in addition to one before, its word just before the cue.
_ALSO = {
    "kk": re.compile(r"(?<![\w-])(?:сондай-ақ|сонымен\s+қатар|бұған\s+қоса)\s+(?:[^\s.;!?]+\s+){0,8}?$", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w-])(?:также|тоже|кроме\s+того,?)\s+(?:[\w-]+\s+){0,1}?$", re.IGNORECASE),
    "en": re.compile(r"\b(?:also|further|additionally|in\s+addition,?)\s+(?:[\w-]+\s+){0,1}?$", re.IGNORECASE),
}


#: ``concerns``: a sentence that opens by saying what the one before is about ("Это касается …", "Речь идёт о …",
#: "This concerns …", "This applies to …", "Бұл … қатысты").
_CONCERNS = {
    "kk": re.compile(r"^\W*(?:бұл|осы)\s+(?:[^\s.;!?]+\s+){0,6}?(?:қатысты|тиесілі)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"^\W*(?:это|речь)\s+(?:(?:идёт|идет)\s+о|касается|относится\s+к)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"^\W*(?:this|that|it)\s+(?:concerns|applies\s+to|refers\s+to|relates\s+to)\b", re.IGNORECASE),
}


def _concerned(doc: ArticleDoc, n: int) -> list[str]:
    """The articles the next sentence of the paragraph names when it opens by saying what sentence ``n`` is about
    (``concerns`` in READINGS): "… предлагаю использовать «вправе распустить». Это касается пунктов 2, 4, 8 статьи 46 …
    и пунктов 1, 2 статьи 62" — one proposal per article. An article named in any other next sentence stays its own."""
    sentences = doc.article.sentences
    if n + 1 >= len(sentences) or sentences[n + 1].paragraph != sentences[n].paragraph:
        return []
    nxt = sentences[n + 1]
    if not _CONCERNS[nxt.lang].match(nxt.text):
        return []
    out = [actor(doc, m, n + 1, nxt.lang) for m in doc.mentions[n + 1] if m.kind == "provision"]
    return list(dict.fromkeys(a for a in out if a))


def _target_ahead(doc: ArticleDoc, ahead: tuple[int, ...]) -> str | None:
    """The target the sentences after a proposal announced name: an article, else the draft when they name the
    Constitution."""
    from kg.extract.actors import draft_document

    for k in ahead:
        s = doc.article.sentences[k]
        provisions = [m for m in doc.mentions[k] if m.kind == "provision"]
        if provisions:
            return actor(doc, provisions[0], k, s.lang)
        if _CONSTITUTION.search(_outside_names(s.text, doc.mentions[k])):
            return draft_document(doc, s.lang)
    return None


def _target_before(doc: ArticleDoc, n: int, proposer: str) -> str | None:
    """The target of ``proposer``'s proposal drafted from one of the two sentences before ``n`` (the latest)."""
    before = {doc.article.sentences[k].text for k in range(max(0, n - 2), n)}
    for f in reversed(doc.facts):
        if (
            f.type == "proposal"
            and f.values.get("proposer") == proposer
            and f.values.get("targets")
            and before & set(f.evidence)
        ):
            return f.values["targets"]
    return None


#: The Constitution in force: a proposal to replace it by a new one, or to amend its articles, targets it (test2, test3
#: and test4 annotate so; dev once annotates "должен принять новую конституцию" as a proposal on the draft).
_CURRENT = "constitution-1995"
_NEW_CONSTITUTION = re.compile(r"жаңа|нов|new", re.IGNORECASE)
_DRAFT_WORD = re.compile(r"жоба|проект|draft", re.IGNORECASE)
_IN_BEFORE = re.compile(r"(?:(?<![\w-])(?:в|во)|\b(?:in|into|to))\s+(?:the\s+)?$", re.IGNORECASE)
_AMEND_ARTICLES = {
    "kk": re.compile(r"(?:Конституция|Ата\s+заң)\w*\s+\d+\s+баб\w*\s+(?:[\w-]+\s+)?өзгеріс", re.IGNORECASE),
    "ru": re.compile(
        r"(?:изменени|поправк)\w*\s+в\s+(?:\d+\s+)?стат\w*\s+(?:основного\s+закона|Конституции)", re.IGNORECASE
    ),
    "en": re.compile(r"\bamendments?\s+to\s+\d+\s+articles\s+of\s+the\s+(?:Basic\s+Law|Constitution)", re.IGNORECASE),
}


#: ``adjective``: "new constitution" read inside the adjective "new constitutional …" ("a fundamentally new
#: constitutional model", "A New Constitutional Architecture", "новой конституционной модели", "жаңа конституциялық
#: …": patterns.DOCUMENT's match): the new text's, the draft's, not the Constitution in force replaced.
_ADJECTIVE = re.compile(r"constitutional\b|конституционн|конституциял", re.IGNORECASE)


#: ``adopt-new``: the new Constitution as the object of a Russian infinitive of adopting ("предложил принять новую
#: Конституцию"): the new text, the draft, is what is proposed, as dev's "должен принять новую конституцию" already
#: reads; not "вопрос о принятии новой Конституции" (a question about replacing the one in force, test9, test11), nor
#: Kazakh, whose "жаңа Конституция қабылдауды ұсынды" test18 reads on the one in force.
_ADOPT_NEW = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])(?:принять|утвердить)\s+$", re.IGNORECASE),
    "en": P.NEVER,  # no English gold tells; "to adopt a new Constitution" stays on the one in force (as before)
}


def _of_current(text: str, target_m: Mention | None, lang: str) -> bool:
    """Whether the proposal is to replace the Constitution in force by a new one ("жаңа Конституция мәселесін қарау",
    not "жаңа Конституция жобасын", nor "in the new Constitution") or to amend its articles."""
    if _DRAFT_WORD.search(text if target_m is None else text[max(0, target_m.start - 20) : target_m.end + 25]):
        return False  # "жаңа Конституцияның қорытынды жобасын", "проект новой Конституции": the draft
    if target_m is None:
        return bool(_AMEND_ARTICLES[lang].search(text))
    if target_m.kind != "document" or not _NEW_CONSTITUTION.search(target_m.text):
        return False
    if "adjective" in READINGS and _ADJECTIVE.search(text, target_m.start, min(len(text), target_m.end + 2)):
        return False  # "a fundamentally new constitutional model": the new one proposed, not the one in force replaced
    if "adopt-new" in READINGS and P.before(_ADOPT_NEW[lang], text, target_m.start):
        return False  # "предложил принять новую Конституцию": the new text proposed, as "должен принять новую …" is
    if lang == "kk":
        return not re.search(r"(?:да|де|нда|нде|та|те)$", target_m.text)
    return not P.before(_IN_BEFORE, text, target_m.start)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|и|және|мен|бен)\s)\s*", re.IGNORECASE)


def _listed(text: str, ms: list[Mention], first: Mention) -> list[Mention]:
    """The articles listed after ``first`` ("Articles 5 and 6", "статьи 5, 7 и 9"), in order."""
    out: list[Mention] = []
    if first.kind != "provision":
        return out
    cur = first
    for m in sorted((m for m in ms if m.kind == "provision" and m.start >= first.end), key=lambda m: m.start):
        if not _LIST_GAP.fullmatch(text[cur.end : m.start]):
            break
        out.append(m)
        cur = m
    if not out and first.start > 0:
        # Kazakh names the kind after the last number: "5 және 6-баптарды" — the first is listed before
        for m in sorted((m for m in ms if m.kind == "provision" and m.end <= first.start), key=lambda m: -m.start):
            if not _LIST_GAP.fullmatch(text[m.end : first.start]):
                break
            out.append(m)
    number = str(first.new.get("number", ""))
    if not out and "ordinal-list" in READINGS and number.isdigit():
        # "46-шы және 62-баптың", "30-я и 33-я статьи": an ordinal alone before the article named, the same kind
        listed = P.before(_ORDINAL_LISTED, text, first.start)
        if listed is not None and listed.group("n") != number:
            start, end = listed.span("n")
            out.append(
                Mention(start, end, text[start:end], "provision", how="listed", new={"number": listed.group("n")})
            )
    return out


#: ``ordinal-list``: an article's number with its ordinal ending alone ("46-шы", "30-я", "46th"), listed just before
#: the article named with its kind ("… және 62-баптың", "… и 33-я статьи"); not a paragraph's number ("2-тармағы").
_ORDINAL_LISTED = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3})(?:-?(?:шы|ші|ы|і|я|й|ая|ой|th|st|nd|rd))?\s*(?:,\s*|\s+(?:и|және|мен|бен|and)\s+)$",
    re.IGNORECASE,
)


def _stems(text: str) -> set[str]:
    """Crude stems of a content's longer words, enough to tell a restatement from another proposal."""
    return {w[:5].lower() for w in re.findall(r"[^\W\d_]{5,}", text)}


def _key(doc: ArticleDoc, proposer: str, target: str | None, content: str, *, more: bool = False) -> tuple:
    """The fact key: proposer and target, and without a target also what is proposed.

    One person's proposals without an article ("create a unicameral parliament", "elect it by
    party lists only") stay apart; a restatement sharing half its words merges into the first. With ``distinct`` in
    READINGS so do two proposals on one text when the second is told as one more (``more``: "also", "In addition,
    it is proposed …", "Moreover, it was suggested …").
    """
    if target is not None and not ("distinct" in READINGS and more):
        return ("proposal", proposer, target)
    stems = _stems(content)
    for old in doc.facts:
        if old.type != "proposal" or old.key[:3] != ("proposal", proposer, target):
            continue
        earlier = set().union(*(_stems(c) for c in old.values.get("content", {}).values()))
        if not stems or not earlier or len(stems & earlier) >= 0.5 * min(len(stems), len(earlier)):
            return old.key
    count = sum(1 for f in doc.facts if f.type == "proposal" and f.key[:3] == ("proposal", proposer, target))
    return ("proposal", proposer, target) if count == 0 else ("proposal", proposer, target, count)


#: A paragraph named by its ordinal beside the article: "the second paragraph of Article 62", "второй пункт статьи
#: 45", "часть вторую статьи 45", "45-бабының екінші тармағы", "Article 45, part 2".
_ORDINALS = {
    "kk": ("бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші", "сегізінші", "тоғызыншы"),
    "ru": ("перв", "втор", "трет", "четв[её]рт", "пят", "шест", "седьм", "восьм", "девят"),
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
}
_ORDINAL_WORD = {lang: "|".join(words) for lang, words in _ORDINALS.items()}
_PARAGRAPH_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(
        rf"(?<![\w-])(?:(?P<w1>{_ORDINAL_WORD['ru']})\w*\s+(?:пункт|част)\w*|(?:пункт|част)\w*\s+(?P<w2>{_ORDINAL_WORD['ru']})\w*)"
        r"\s+$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?P<w1>{_ORDINAL_WORD['en']})\s+(?:paragraph|clause|part)\s+of\s+(?:the\s+)?$", re.IGNORECASE
    ),
}
#: A paragraph's number before the article: "2 пункт статьи 31", "2-й пункт статьи 31" ("пункт 2 статьи 31" is
#: patterns.PROVISION's own).
_NUMBERED_PARAGRAPH_BEFORE = {
    "kk": P.NEVER,
    "ru": re.compile(r"(?<![\w-])(?P<d>\d{1,2})(?:-?(?:й|го|м|му))?\s+(?:пункт|част)\w*\s+$", re.IGNORECASE),
    "en": P.NEVER,
}
_PARAGRAPH_AFTER = {
    "kk": re.compile(rf"^\s+(?P<w1>{_ORDINAL_WORD['kk']})\s+тармағ", re.IGNORECASE),
    "ru": P.NEVER,
    "en": re.compile(r"^,?\s+(?:part|clause)\s+(?P<d>\d{1,2})\b", re.IGNORECASE),
}


def _ordinal_paragraph(text: str, m: Mention, lang: str) -> Mention:
    """The article mention with the paragraph an ordinal beside it names ("the second paragraph of Article 62" is
    62(2)); the mention itself when none is named, or when it already has its paragraph."""
    number = str(m.new.get("number", ""))
    if not number or "(" in number:
        return m
    found = (
        P.before(_PARAGRAPH_BEFORE[lang], text, m.start)
        or _PARAGRAPH_AFTER[lang].match(text[m.end :])
        or ("in-this-connection" in READINGS and P.before(_NUMBERED_PARAGRAPH_BEFORE[lang], text, m.start) or None)
    )
    if found is None:
        return m
    groups = found.groupdict()
    word = (groups.get("w1") or groups.get("w2") or "").lower()
    para = groups.get("d") or next(
        (str(k + 1) for k, stem in enumerate(_ORDINALS[lang]) if word and re.match(stem, word)), None
    )
    if not para:
        return m
    return Mention(m.start, m.end, m.text, m.kind, m.actor, m.oblique, m.how, {**m.new, "number": f"{number}({para})"})


def _target(ms: list[Mention], cue_start: int) -> Mention | None:
    provisions = [m for m in ms if m.kind == "provision"]
    after = [m for m in provisions if m.start >= cue_start]
    if after or provisions:
        return (after or provisions)[0]
    return next((m for m in ms if m.kind in ("document", "reform")), None)


#: ``in-this-connection``: a sentence that opens by tying itself to the one before ("В этой связи предлагаю …",
#: "В связи с этим …", "Осыған байланысты … бекітуді ұсынамыз", "In this regard, I propose …").
_CONNECTIVE = {
    "kk": re.compile(r"^\W*(?:осыған|соған|бұған)\s+байланысты(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"^\W*(?:в\s+этой\s+связи|в\s+связи\s+с\s+этим)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"^\W*(?:in\s+this\s+(?:regard|connection)|in\s+view\s+of\s+this)\b", re.IGNORECASE),
}
#: A full stop or a semicolon between the connective and the cue: the cue is in a later clause than the one it opens.
_CONNECTIVE_LONG = re.compile(r"[;.!?]")
_BACK_REFERENCE = re.compile(
    r"\b(?:this|that|the\s+said)\s+(?:provision|norm|article|paragraph)|(?:эт(?:у|ой|от)|данн\w+)\s+(?:норм|стать|пункт)\w*|(?:бұл|осы)\s+(?:норма|бап|тармақ)\w*",
    re.IGNORECASE,
)
_CONSTITUTION = re.compile(
    r"constitution|basic\s+law|конституци|основн\w+\s+закон|ата\s+заң|негізгі\s+заң", re.IGNORECASE
)
_NOUN = {
    # the nouns of proposing: "предложение", "поправка депутата X к статье 9", "рекомендации X по …"
    "ru": re.compile(
        r"(?:предложени|инициатив|поправк|рекомендаци)\w*\s+(?:[А-Яа-яЁё-]+(?:ой|ого|ых|ей)\s+)?"
        r"(?:(?:депутат|сенатор|член|председател|эксперт|юрист|политолог|министр|аким)\w*\s+)?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:proposal|initiative|suggestion|recommendation|amendment)s?\s+(?:by|of|from)\s+(?:the\s+)?$", re.IGNORECASE
    ),
}
_ABOUT = {
    # "предложения депутата X касаются статьи 9": what the proposals concern, after the author
    "ru": re.compile(r"^\s+(?:о|об|по|к|касают\w*|касал\w*|затрагива\w*)\s+", re.IGNORECASE),
    "en": re.compile(r"^\s+(?:to|on|for|regarding|concerning)\s+", re.IGNORECASE),
}
#: ``noun-infinitive``: the noun of proposing, its author, then the infinitive of what is proposed ("предложение
#: Токаева переименовать парламент в Курултай"), as English says "X's proposal to rename …" (``_EN_POSSESSIVE``). Not a
#: finite verb after the author ("предложение Токаева было поддержано"), nor a noun ("предложение Токаева о …" is
#: ``_ABOUT``'s).
_NOUN_INFINITIVE = {
    "kk": P.NEVER,
    "ru": re.compile(rf"^\s+(?P<verb>{_RU_INFINITIVE})(?!\w)", re.IGNORECASE),
    "en": P.NEVER,
}
#: Where the infinitive's clause of ``noun-infinitive`` ends: the space before a stop, a comma or a dash. A run of space
#: is entered at its start only, as :data:`_KK_NOUN`'s (a search from every space of a long run was quadratic: review23).
_INFINITIVE_STOP = re.compile(r"(?<!\s)\s*(?:[,.;:!?–—]|\s-\s)")
#: A run of space is entered at its start only: a search from every space of a long run read the rest of it each
#: time (quadratic: 0.1 s a search past 2,000 spaces, measured).
_KK_NOUN = re.compile(
    r"(?<!\s)\s+(?:жөніндегі|туралы|бойынша)\s+ұсыныс\w*|(?<!\s)\s+(?:жөніндегі|туралы)\s+бастама\w*", re.IGNORECASE
)
_KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_EN_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:proposal|initiative|suggestion|recommendation|amendment)s?\s+(?:to|on|for|regarding|concerning|"
    r"includes?|included|concerns?|concerned|relates?\s+to|related\s+to)\s+",
    re.IGNORECASE,
)
#: A count before the noun: "10,000 suggestions from citizens", "тысячи предложений граждан".
_COUNTED = re.compile(
    r"(?:\d|тысяч|сотн|десятк|hundreds|thousands|dozens|мыңдаған|жүздеген)\S*\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: "X-тың ұсынысы 9-бапқа қатысты": the author's proposal, what it concerns after it.
_KK_NOUN_AFTER = re.compile(
    r"^\s+ұсыныс(?:ы|тары)\s+(?P<content>[^.;!?]{3,150}?)\s(?:қатысты|арналған|бағытталған)(?!\w)", re.IGNORECASE
)


def nominal_proposals(text: str, ms: list[Mention], lang: str) -> list[tuple[Mention, int, int]]:
    """Proposals named as a noun with their author: ``(author, content start, content end)``."""
    out: list[tuple[Mention, int, int]] = []
    for m in ms:
        if m.kind not in _AGENT:
            continue
        if lang == "kk":
            if not _KK_GENITIVE.search(m.text):
                continue
            if m.kind != "group" and (after := _KK_NOUN_AFTER.match(text[m.end :])):
                out.append((m, m.end + after.start("content"), m.end + after.end("content")))
                continue
            tail = _KK_NOUN.search(text, m.end)
            # another author in the genitive between them owns the noun; a name in another case is what the
            # proposal is about ("Тоқаевтың Жолдауында айтылған бір палаталы Парламент құру туралы ұсынысы"; an
            # initiative so named is rules/initiatives.py's)
            if (
                tail is not None
                and tail.start() - m.end < 120
                and not re.search(r"[.;]", text[m.end : tail.start()])
                and not any(
                    x.kind in _AGENT
                    and m.end <= x.start < tail.start()
                    and (_KK_GENITIVE.search(x.text) or "бастама" in tail.group().lower())
                    for x in ms
                )
            ):
                out.append((m, m.end, tail.start()))
            continue
        noun = P.before(_NOUN[lang], text, m.start) if lang in _NOUN else None
        if noun is not None and _COUNTED.search(text, max(0, noun.start() - 40), noun.start()):
            continue  # "Nearly 10,000 suggestions from citizens on the draft": a figure, not a proposal
        if noun is not None and (about := _ABOUT[lang].match(text[m.end :])):
            start = m.end + about.end()
            stop = re.search(r"[,.;]|\s(?:и|and)\s", text[start:])
            out.append((m, start, start + (stop.start() if stop else len(text) - start)))
        elif (
            noun is not None and "noun-infinitive" in READINGS and (inf := _NOUN_INFINITIVE[lang].match(text[m.end :]))
        ):
            # "предложение Токаева переименовать парламент в Курултай": what is proposed, the infinitive's clause
            start = m.end + inf.start("verb")
            stop = _INFINITIVE_STOP.search(text[start:])
            out.append((m, start, start + (stop.start() if stop else len(text) - start)))
        elif lang == "en" and (poss := _EN_POSSESSIVE.match(text[m.end :])):
            start = m.end + poss.end()
            stop = re.search(r"[,.;]", text[start:])
            out.append((m, start, start + (stop.start() if stop else len(text) - start)))
    return out
