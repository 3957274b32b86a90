"""What several rule modules share: finding a clause's subject among the mentions."""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.doc import ArticleDoc
from kg.extract.mentions import Mention, title_case
from kg.extract.speakers import quotation_span

__all__ = ["AGENT_KINDS", "governed", "post_anaphor", "speaker_is_subject", "subject", "unnamed"]

#: Mention kinds that can hold a stance or make a proposal.
AGENT_KINDS = ("person", "organisation", "unit", "anaphor")


def subject(
    doc: ArticleDoc, text: str, ms: list[Mention], start: int, end: int, kinds: tuple[str, ...], lang: str
) -> Mention | None:
    """The clause's subject for a cue at [start, end): the nearest uninflected agent before it, else after it."""
    linker = doc.linker
    if lang == "ru":
        found = _syntax_subject(text, ms, start, end, kinds)
        if found is not None:
            return found
    posts = P.find_posts(text, lang)
    cands = [
        m
        for m in ms
        if m.kind in kinds
        and not m.oblique
        and not governed(text, m, lang)
        and not (
            m.kind != "person" and any(0 <= p.start - m.end <= 2 for p in posts)
        )  # "Конституциялық сот төрағасы X"
        and not (
            m.new.get("single") and m.actor is None and linker.resolve(m.new.get("name", m.text), "person") is None
        )
        # a body's name in the Kazakh accusative ("Қазақстан Парламентін … ету жөнінде ұсыныс айтты") is the object
        and not (lang == "kk" and m.kind != "person" and _ACCUSATIVE_KK.search(m.text))
        # "Мәжіліс депутаты Jibek Joly арнасының … бағдарламасында мәлімдеді": where it was said, not who said it
        and not ("medium-case" in READINGS32 and lang == "kk" and _medium_case(text, m))
    ]
    n = sentence_of(doc, ms)
    quoted = quotation_span(doc, n, start) if n is not None else None
    if quoted is not None and not speaker_is_subject(text, start, end, lang):
        # "“I believe the government will propose …,” Aidos Sarym said", "Сарым заявил: «правительство предлагает …»":
        # a verb in the third person inside a quotation has its own subject there; who opens or closes the quotation
        # speaks of someone else (in the first person, "I propose", "Предлагаю", "ұсынамыз", the speaker is the subject)
        opened, closed = quoted
        cands = [m for m in cands if opened < (n, m.start) and (closed is None or (n, m.end) <= closed)]
    before = [m for m in cands if m.end <= start]
    if "said-after" in READINGS30 and lang == "en" and before and _SAID_AFTER_COMMA.match(text[start:end]):
        head = [m for m in cands if m.start >= end and _NAME_NEXT.match(text, end, m.start)]
        if _COMMA_BEFORE.search(text, max(0, start - 3), start) and head:
            return head[0]  # "Kazakhstan’s move to a unicameral Parliament fully aligns …, said President X": X
    if lang == "kk" and len(before) > 1 and _COMPLEMENT_KK.search(text, before[-1].end, start):
        # "X референдумды өткізу үшін Орталық сайлау комиссиясы сегіз құжат әзірлегенін айтты": the commission is
        # the subject of the clause X states ("… әзірлегенін"); the person X named before it is the subject of "айтты"
        persons = [m for m in before[:-1] if m.kind == "person"]
        if persons:
            return persons[-1]
    if lang == "kk" and len(before) > 1 and before[-1].kind != "person":
        opening = _opening_person(text, before, start)
        if opening is not None:
            return opening
    if before:
        return before[-1]
    if lang == "en" and _pronoun_subject_en(text, start):
        return None  # "He presented the draft … of President Kassym-Jomart Tokayev": "he", not the name after the verb
    if "that-clause" in READINGS29 and lang == "en" and _THAT_AFTER.match(text, end):
        return None  # "The title of this position suggested that the president was …": a name in the clause is its own
    if "headline-object" in READINGS29 and lang == "en" and title_case(text):
        return None  # "Kazakhstan Proposes Restrictions on Constitutional Provisions on Peaceful Assembly": the object
    after = [m for m in cands if m.start >= end]
    if "infinitive-object" in READINGS30 and lang == "ru" and INFINITIVE_AFTER_RU.match(text, end):
        # "предлагаю создать Қазақстанның Халық Кеңесі": the object; who closes the quotation ("…», – заявил
        # Токаев") is still the subject
        close = _CLAUSE_END.search(text, end)
        after = [m for m in after if close is not None and m.start >= close.end()]
    return after[0] if after else None


#: A clause's edge between the opening person and the verb: a comma, a colon, a semicolon or a quotation mark.
_CLAUSE_EDGE_KK = re.compile(r"[,;:«»\"“”]")


def _opening_person(text: str, before: list[Mention], start: int) -> Mention | None:
    """The person who opens a Kazakh sentence as its subject (thirty-seventh session): "Саясаттанушы Марат Шибутов
    болашақ бір палаталы Парламент – құрылтайды … ұсынды", "Мәжіліс депутаты Мұрат Әбенов Конституциялық комиссия
    отырысында … ұсынды". Kazakh puts the verb last and its subject first; a body between them is an object or a
    place, in a case the reader does not always see (an apposition's case ends its last word). None unless that
    person is the only one named before the verb, the verb heads no clause another verb reports, and no clause edge
    stands before it."""
    persons = [m for m in before if m.kind == "person"]
    words = re.findall(r"[\w-]+", text[start : start + 60])[:2]
    if not persons or any(_COMPLEMENT_KK.fullmatch(w) for w in words):
        # "… комиссия жобаны референдумға шығаруды ұсынғанын атап өтті", "… бастаманы халық қолдап отырғанын айтты":
        # the verb heads a clause another verb reports; the body before it is that clause's own subject
        return None
    first = persons[0]
    if any(m.kind == "person" for m in before if m.start > first.start) or _CLAUSE_EDGE_KK.search(text, 0, start):
        return None
    return first


def sentence_of(doc: ArticleDoc, ms: list[Mention]) -> int | None:
    """The sentence whose mention list ``ms`` is (the rules pass ``doc.mentions[n]``), from an index kept on the doc:
    a scan of every sentence on each call made a long article quadratic."""
    k = doc.mention_sentence.get(id(ms))
    if k is None or k >= len(doc.mentions) or doc.mentions[k] is not ms:
        doc.mention_sentence = {id(x): i for i, x in enumerate(doc.mentions)}
        k = doc.mention_sentence.get(id(ms))
    return k


#: (twenty-ninth session) The readings of the clause's subject (``benchmarks/lead29_lopo.py``): ``that-clause``, an
#: English verb followed by "that" has no subject after it: the names after "that" are the complement clause's;
#: ``when-lead``, a name in an English lead of time or place is no agent coordinated with the subject after its
#: comma (:data:`_WHEN_LEAD`); ``headline-object``, a verb in an English headline in title case
#: (:func:`kg.extract.mentions.title_case`) has no subject after it: what follows is its object.
READINGS29: frozenset[str] = frozenset({"that-clause", "when-lead", "headline-object"})
#: Readings of the thirtieth session (switched off one at a time by ``benchmarks/lead30_lopo.py``; the other modules
#: of rules keep their own): ``infinitive-object``, a Russian verb followed by an infinitive has no subject after it
#: in the infinitive's clause ("предлагаю создать Қазақстанның Халық Кеңесі", "предложено создать …": the body is
#: what is created, not who proposes; rules/proposals.py reads its passive so too); ``said-after``, an English verb of
#: saying after a comma has its speaker after it ("…, said President X").
READINGS30: frozenset[str] = frozenset({"infinitive-object", "said-after"})
#: (``said-after``) An English verb of saying right after a comma, its speaker after it ("…, said President X"): the
#: statement before the comma has its own subject, who said it is named after the verb, a post or "the" between.
_SAID_AFTER_COMMA = re.compile(r"(?:said|says|noted|stressed|emphasized|emphasised|added|stated|explained)$", re.I)
_COMMA_BEFORE = re.compile(r",\s*$")
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?$")
#: The end of the infinitive's clause: a full stop, a quotation's close, a comma and a dash.
_CLAUSE_END = re.compile(r"[.;!?\"»”]|,\s*[–—-]")
#: A Russian infinitive just after the verb (nouns in "-ть" such as "путь" left out).
INFINITIVE_AFTER_RU = re.compile(r"\s+(?!пут)\w+(?:ать|ять|ить|еть|уть|ыть|оть|сти|зти)(?:ся)?\b", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
#: An English pronoun subject just before a verb, auxiliaries and adverbs between ("He also presented", "they have
#: backed"): the verb's subject is the pronoun, never a name after the verb.
_PRONOUN_EN = re.compile(r"(?:he|she|they)", re.IGNORECASE)


def _pronoun_subject_en(text: str, start: int) -> bool:
    for word in reversed(re.findall(r"[\w'’-]+|[^\w\s]", text[max(0, start - 80) : start])):
        if _AUX_EN.fullmatch(word) and not word.lower().endswith("ly"):
            continue
        return bool(_PRONOUN_EN.fullmatch(word))
    return False


def speaker_is_subject(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a cue at [start, end) inside a quotation has the speaker for its subject: a verb in the first person
    ("I propose", "we support", "Предлагаю", "Мы поддерживаем", "ұсынамын", "қолдаймыз"), an impersonal one ("it is
    proposed", "предлагается", "ұсынылады"), or one with no subject word before it; not a verb whose subject is
    another noun or a third person ("the government will propose", "Люди поддерживают", "Жұмыс тобы ұсынып отыр").

    Russian reads the subject from Natasha's syntax parser, English from the words before the verb (auxiliaries and
    adverbs passed over), Kazakh from the person ending of the verb (Kazakh leaves the pronoun out).

    >>> speaker_is_subject("“I believe the government will propose changes,” he said.", 31, 38, "en")
    False
    >>> speaker_is_subject("“It is also proposed to elect judges,” he said.", 12, 20, "en")
    True
    """
    if lang == "en":
        be = False
        for word in reversed(re.findall(r"[\w'’-]+|[^\w\s]", text[max(0, start - 160) : start])):
            if not re.match(r"\w", word):
                return True  # the clause opens at the cue: "“Propose it,” …", "…, propose"
            if _AUX_EN.fullmatch(word):
                be = be or word.lower() in ("is", "are", "was", "were", "be", "been", "being")
                continue
            return word in ("I", "we", "We") or (word.lower() == "it" and be)
        return True
    if lang == "ru":
        from kg.extract import ru

        for v_start, v_end, spans in ru.subjects(text):
            if v_start < max(end, start + 1) and start < v_end:
                return all(re.fullmatch(r"\s*(?:я|мы)\s*", text[a:b], re.IGNORECASE) for a, b in spans)
        return True
    words = re.findall(r"[\w-]+", text[start:end])
    aux = [w for w in re.findall(r"[\w-]+", text[end : end + 40])[:2] if _AUX_KK.fullmatch(w)]
    return any(_PASSIVE_KK.search(w) for w in words) or any(_FIRST_PERSON_KK.search(w) for w in words + aux)


#: English auxiliaries and adverbs between a subject and its verb ("the government will also propose").
_AUX_EN = re.compile(
    r"(?:will|would|shall|should|can|could|may|might|must|also|not|n['’]t|has|have|had|does|do|did|is|are|was|were|be|"
    r"been|being|to|hereby|therefore|now|still|already|\w+ly|want|wants|wish|like|intend|intends|decided|going|"
    r"continue|continues)",
    re.IGNORECASE,
)
#: Kazakh auxiliaries after a converb: "ұсынып отыр", "қолдап келеміз", "қолдауымыз керек".
_AUX_KK = re.compile(r"(?:отыр|жатыр|тұр|жүр|кел|ед|бол|керек|қажет)\w*", re.IGNORECASE)
#: A Kazakh verb (or a verbal noun) in the first person: "ұсынамын", "қолдаймыз", "ұсындық", "енгіздім", "қолдауымыз".
_FIRST_PERSON_KK = re.compile(
    r"(?:мын|мін|мыз|міз|быз|біз|пын|пін|пыз|піз|дым|дім|тым|тім|дық|дік|тық|тік)$", re.IGNORECASE
)
#: A Kazakh passive, impersonal in a quotation: "ұсынылады", "ұсынылып отыр", "қолдалды".
_PASSIVE_KK = re.compile(r"(?:ыл|іл)(?:ады|еді|ды|ді|ған|ген|ып|іп|уда|уде)$", re.IGNORECASE)


#: The accusative ending of a Kazakh noun (after a possessive or not): "Парламентін", "комиссиясын", "партияны". The
#: ending follows the sound before it: "-ны/-ні" after a vowel, "-ды/-ді" after a voiced consonant, "-ты/-ті" after a
#: voiceless one ("институтты"); the possessive "институты", "Парламенті", "кеңесі" is a nominative (sixteenth pass).
_ACCUSATIVE_KK = re.compile(
    r"(?:ын|ін|[аәеёиоөуұүыіэюя](?:ны|ні)|[лрйужзмнң](?:ды|ді)|[кқпстфхцчшщ](?:ты|ті))$", re.IGNORECASE
)

#: Readings of the thirty-second session (switched off one at a time by ``benchmarks/lead32_lopo.py``):
#: ``medium-case``, a Kazakh name of a channel, newspaper or site before its kind in a case other than the nominative
#: ("Jibek Joly арнасының … бағдарламасында", "«Turkistan» газетіне", "Kazinform сайтында") is where the words were
#: said or printed, never the clause's subject.
READINGS32: frozenset[str] = frozenset({"medium-case"})
#: (``medium-case``) A medium's kind right after its name (a closing quotation mark between), in any case but the
#: nominative: "арнасының", "телеарнасына", "газетіне", "сайтында", "порталына", "агенттігіне".
_MEDIUM_CASE_KK = re.compile(
    r"[»\"”]?\s+(?:теле)?(?:арна(?:сы)?|газет(?:і)?|сайт(?:ы)?|портал(?:ы)?|басылым(?:ы)?|агенттіг(?:і)?)"
    r"(?:ның|нің|на|не|да|де|нда|нде|нан|нен|ға|ге|қа|ке|мен|ымен|імен)(?!\w)",
    re.IGNORECASE,
)


def _medium_case(text: str, m: Mention) -> bool:
    """(``medium-case``) Whether the name ``m`` stands before a medium's kind in an oblique case."""
    return m.kind != "person" and _MEDIUM_CASE_KK.match(text, m.end) is not None


#: The end of a Kazakh complement clause, a participle in the accusative ("… әзірлегенін", "… қолдайтынын",
#: "… екенін"): what the subject of the verb after it says, knows or notes.
_COMPLEMENT_KK = re.compile(
    r"(?<![\w-])екен(?:ін|дігін)(?!\w)|[\w-]+(?:ған|ген|қан|кен|тын|тін)(?:ын|ін|дығын|дігін)(?!\w)", re.IGNORECASE
)


#: A post in the plural, of those who speak for their body: "члены", "представители", "депутаты" (a Russian
#: nominative plural ends in "-ы" / "-и"; a singular post opening a subject does not: "Заместитель", "Председатель").
_SPEAK_FOR_RU = re.compile(r"(?i)[а-яё-]+[ыи](?![\w-])")


def _syntax_subject(text: str, ms: list[Mention], start: int, end: int, kinds: tuple[str, ...]) -> Mention | None:
    """Russian: the subject of the cue's verb by Natasha's syntax parser, as the agent it names.

    A person named in the subject phrase wins ("член фракции …, Вице-спикер Мажилиса Дания
    Еспаева"), else its first agent; None when the parser finds no subject of the cue.
    """
    from kg.extract import ru

    for v_start, v_end, spans in ru.subjects(text):
        if not (v_start < end and start < v_end):
            continue
        for s_start, s_end in spans:
            inside = [
                m
                for m in ms
                if m.kind in kinds
                and s_start <= m.start
                and m.end <= s_end + 1
                and not governed(text, m, "ru")
                and not (m.how == "surname" and m.actor is None)  # "Депутаты фракции …": a capitalised common noun
            ]
            named = [m for m in inside if m.kind == "person" and not (m.how == "surname" and m.actor is None)]
            if named:
                return named[-1]
            if (
                inside
                and all(m.oblique for m in inside)
                and any(m.kind == "person" and m.start >= s_end and not text[s_end : m.start].strip() for m in ms)
            ):
                # "Председатель Конституционной комиссии – председатель … суда Эльвира Азимова": the parser
                # ends the subject at the post chain; the bodies in it are genitives, the name follows
                return next(m for m in ms if m.kind == "person" and m.start >= s_end)
            if (
                inside
                and all(m.oblique for m in inside)
                and any(p.start == s_start and not _SPEAK_FOR_RU.match(p.text) for p in P.find_posts(text, "ru"))
            ):
                # "Заместитель председателя Сената поддержала …": the post's holder, unnamed here, is the subject; the
                # body in the genitive is whose post it is (fifty-seventh session). Its members, representatives or
                # deputies speak for it ("Как отметили представители Коалиции, …"): the body, as before
                return None
            if inside:
                return inside[0]
    return None


#: The person an institution is named after: "Мақсұт Нәрікбаев атындағы университет", "университет имени Абая",
#: "Karaganda University named after E. Buketov" — part of a name, never an agent of the sentence.
_EPONYM = {
    "kk": lambda text, m: re.match(r"\s+(?:атындағы|есімі\s+берілген)(?!\w)", text[m.end :], re.IGNORECASE) is not None,
    "ru": lambda text, m: re.search(r"(?<![\w-])имени\s+$", text[: m.start], re.IGNORECASE) is not None,
    "en": lambda text, m: re.search(r"\bnamed\s+after\s+$", text[: m.start], re.IGNORECASE) is not None,
}


def governed(text: str, m: Mention, lang: str) -> bool:
    """Whether the mention is the object of an initiative or chair construction, or of a preposition."""
    rest, head = text[m.end :], text[: m.start]
    for table in (P.INITIATIVE_BEFORE, P.CHAIR_BEFORE):
        if lang in table and table[lang].match(rest):
            return True
    for table in (P.INITIATIVE_AFTER, P.CHAIR_AFTER):
        if lang in table and table[lang].search(head):
            return True
    if lang == "en" and re.search(
        # "the fifth session of Kazakhstan's National Kurultai": a possessor between the preposition and the name
        r"\b(?:by|of|to|with|from|for|in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?"
        r"(?:(?:President|Chair(?:man|woman|person)?|Minister|Speaker|Senator)\s+)?$|"
        r"\b(?:with|by)\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+){1,3}$",  # "a meeting with ODIHR Director Maria Telalian"
        head,
        re.IGNORECASE,
    ):
        return True
    if lang == "en" and re.match(r"['’]s\b", rest):
        return True
    if lang == "kk" and re.match(r"\s*(?:деп|атты|деген)(?!\w)", rest):
        return True  # "Парламентті Құрылтай деп атауды ұсынды": a name given, not the subject
    if _EPONYM[lang](text, m):
        return True  # "Мақсұт Нәрікбаев атындағы университет ұжымы … қолдады": the namesake acts in nothing
    if lang == "kk" and re.match(
        r"\s+(?:туралы|жөнінде|жайлы|бойынша|арқылы|үшін|құрамындағы|құрамында|ішіндегі|жанындағы)(?!\w)",
        rest,
        re.IGNORECASE,
    ):
        return True  # "комиссия құрамындағы жұмыс туралы айтып берді", "реформа туралы": a postposition's object
    return lang == "ru" and bool(re.search(r"(?:^|\s)(?:по\s+словам|для|от|у|с|к|о|об|при)\s+$", head, re.IGNORECASE))


def coordinated(text: str, ms: list[Mention], first: Mention, cue_start: int, kinds: tuple[str, ...]) -> list[Mention]:
    """``first`` with the agents coordinated with it ("Саяси партиялар, ... қоғамдық ұйымдар", "citizens and experts")."""
    out = [first]
    agents = [m for m in ms if m.kind in kinds and m is not first]
    cur = first
    for m in reversed([a for a in agents if a.end <= first.start]):
        gap = text[m.end : cur.start]
        if _INCLUDING.search(gap):
            break  # "six political parties, including Amanat, Auyl …": the parties named, not the group again
        if _SOURCE_LEAD.search(text, max(0, m.start - 40), m.start):
            break  # "According to Karin, the working group supported …": who reports it, not who acts
        if "when-lead" in READINGS29 and _WHEN_LEAD.search(text, max(0, m.start - 60), m.start):
            break  # "During the Kurultai, Tokayev proposed …": when and where, not who acts
        if m.oblique:
            break  # "Chairman of the Friendship Society, Goran Beus Richembergh, gave …": the post's body, no agent
        if re.fullmatch(
            r"\s*(?:,|және|мен|бен|пен|и|and|,\s*and|,?\s*as\s+well\s+as|,?\s*а\s+также|,?\s*сондай-ақ)\s*"
            r"(?:(?-i:[a-zа-яёәғқңөұүһі][\w-]*)\s+){0,3}",
            gap,
        ):
            out.insert(0, m)
            cur = m
        else:
            break
    cur = first
    # "О поддержке … заявили политические партии, республиканские и региональные общественные объединения": a subject
    # after its verb goes on to the sentence's end, its items with their adjectives (``inverted-list``)
    inverted = "inverted-list" in READINGS43 and first.start >= cue_start
    for m in [a for a in agents if a.start >= first.end and (inverted or a.end <= cue_start)]:
        gap = text[cur.end : m.start]
        if re.fullmatch(r"\s*(?:,|және|мен|бен|пен|и|and|,\s*and|,?\s*as\s+well\s+as|,?\s*а\s+также)\s*", gap) or (
            inverted and _LIST_GAP.fullmatch(gap)
        ):
            out.append(m)
            cur = m
        else:
            break
    return out


#: The forty-third session's readings: ``inverted-list`` (:func:`coordinated`).
READINGS43: frozenset[str] = frozenset({"inverted-list"})
#: Between two Russian items of a list: a comma or "и", then the next item's plural adjectives ("республиканские и
#: региональные").
_LIST_GAP = re.compile(r"\s*(?:,|и|,?\s*а\s+также)\s*(?:(?:[а-яё]+(?:ые|ие)|и)\s+){0,3}")


#: The lead that names a source, not an agent: "According to X, …", "По словам X, …", "По мнению X, …".
_SOURCE_LEAD = re.compile(
    r"(?:\baccording\s+to|(?<!\w)по\s+(?:словам|мнению|данным)|(?<!\w)согласно)\s+(?:the\s+)?$", re.IGNORECASE
)
#: (``when-lead`` in READINGS29) An English lead of time or place before a comma: "During the Kurultai, …", "At the
#: fifth session of the National Kurultai, …" (five words at most between the preposition and the name).
_WHEN_LEAD = re.compile(
    r"(?:^|[.;]\s+|,\s+)(?-i:During|After|Before|At|In|On|Following|Amid|Since|Under|Throughout|Within)\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?$"
)
_INCLUDING = re.compile(
    r"\b(?:including|among\s+them|such\s+as)\b|в\s+том\s+числе|в\s+частности|среди\s+них|соның\s+ішінде|атап\s+айтқанда",
    re.IGNORECASE,
)

_MEMBERS = {
    "kk": re.compile(r"^\s*(?:мүшелері|депутаттары|сенаторлары|өкілдері)(?!\w)", re.IGNORECASE),
    "ru": re.compile(r"(?:члены|участники|депутаты|сенаторы|представители)\s+$", re.IGNORECASE),
    "en": re.compile(r"(?:members|deputies|senators|representatives)\s+of\s+(?:the\s+)?$", re.IGNORECASE),
}
#: "Mazhilis deputies": the members after the body's name.
_MEMBERS_AFTER = re.compile(r"^\s+(?:deputies|senators|members)\b", re.IGNORECASE)


def collective(text: str, ms: list[Mention], cue_start: int, lang: str) -> Mention | None:
    """ "Члены комиссии предложили", "members of the commission proposed": the body acts."""
    for m in reversed([m for m in ms if m.kind in ("organisation", "unit", "anaphor", "group") and m.end <= cue_start]):
        if lang == "kk" and _MEMBERS["kk"].match(text[m.end :]):
            return m
        if lang in ("ru", "en") and P.before(_MEMBERS[lang], text, m.start):
            return m
        if lang == "en" and _MEMBERS_AFTER.match(text[m.end :]):
            return m
    return None


def unnamed(doc: ArticleDoc, actor_id: str) -> bool:
    """Whether a person is known to the article only by a post ("the President", "Мемлекет басшысы").

    The annotation rules leave out a proposal, stance or initiative of "the President" when no name
    is in the excerpt: the post stands for whoever holds it, which the text does not say.
    """
    if doc.linker.type_of(actor_id) != "person":
        return False
    return not any(m.actor == actor_id and m.how != "post" for ms in doc.mentions for m in ms)


#: A post alone as the subject at the head of a sentence, naming the person drafted with it before: "аким области",
#: "глава региона", "Аймақ басшысы", "облыс әкімі", "аудан әкімі", "(The) Minister", "the ambassador", "the Secretary
#: General", "Сенатор", "сенаторы" (the plural: every senator the article named), "депутат", "the deputy". Group
#: ``post`` picks the roles.
_POST_ANAPHOR = {
    "kk": re.compile(
        r"^\W*(?:[\w-]+\s+){0,3}?(?P<post>(?:аймақ|өңір|облыс|аудан)\s+(?:басшысы|әкімі)|(?:вице-)?премьер-министр|министр|"
        r"елші|сенатор(?:лар)?|депутат)"
        r"(?!\w)\s+(?:[^\s]+\s+){0,20}$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*(?:[\w-]+\s+){0,3}?(?P<post>глава\s+(?:региона|района)|аким\s+(?:области|региона|района)|"
        r"(?:вице-)?премьер(?:-министр)?|министр|посол|"
        # (forty-seventh session) "Аким области в своём выступлении отметил": the speech's own cue after "в своём"
        # (sixty-first session) "мажилисмен", "парламентарий": a deputy by another word
        r"сенатор(?:ы)?|депутат|мажилисмен|парламентарий)(?!\w)(?:\s+в\s+сво[её]м)?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^\W*(?:(?:In\s+turn|Then|Later),\s+)?(?:the\s+)?(?P<post>(?:deputy\s+)?prime\s+minister|minister|ambassador|"
        r"diplomat|secretary[\s-]general|"
        r"governor|akim|senators?|deputy|MP)(?:\s*,\s*in\s+turn\s*,)?\s+(?:also\s+)?$",
        re.IGNORECASE,
    ),
}
#: The roles a post word stands for, and the body they must be held in (None: any).
_POST_ROLES: tuple[tuple[re.Pattern[str], tuple[str, ...], str | None], ...] = (
    (re.compile(r"басшы|әкім|глава|аким|governor|akim", re.IGNORECASE), ("akim",), None),
    # (fortieth session) "Opening the meeting, the Prime Minister emphasized": the head of the government named before
    (re.compile(r"вице-премьер|deputy\s+prime", re.IGNORECASE), ("deputy-prime-minister",), None),
    (re.compile(r"премьер|prime\s+minister", re.IGNORECASE), ("prime-minister",), None),
    (re.compile(r"министр|minister", re.IGNORECASE), ("minister",), None),
    (re.compile(r"елші|посол|ambassador|diplomat", re.IGNORECASE), ("ambassador",), None),
    (re.compile(r"secretary", re.IGNORECASE), ("secretary-general",), None),
    (re.compile(r"сенатор|senator", re.IGNORECASE), ("deputy", "senator"), "senate"),
    (re.compile(r"мажилисмен", re.IGNORECASE), ("deputy",), "mazhilis"),
    (re.compile(r"депутат|парламентарий|deputy|\bMP\b", re.IGNORECASE), ("deputy",), None),
)
#: A participle clause that opens a sentence, its subject after the comma: "Выступая на открытии форума, …",
#: "Обращаясь к журналистам, …", "Speaking at the meeting, …".
_OPENING_CLAUSE = {
    "kk": P.NEVER,
    # where, not what about: "Speaking about constitutional reform as a whole, the deputy …" opens no speech
    "ru": re.compile(
        r"\W*(?:(?:выступая|обращаясь)\s+(?:на|в|во|перед|к)|открывая|подводя\s+итоги)(?!\w)[^,.;]{0,160}"
        # (sixty-first session) the comma left out before a post word: "Выступая на заседании … мажилисмен отметил"
        r"(?:,|(?=\s(?:мажилисмен|парламентарий|депутат|сенатор|министр)\s))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\W*(?:(?:speaking|addressing)\s+(?:at|to|during|before|in)|opening)\b[^,.;]{0,160},", re.IGNORECASE
    ),
}
#: The plural of a post word: every holder the article named, two at least.
_POST_PLURAL = re.compile(r"сенаторлар|сенаторы|senators", re.IGNORECASE)


def post_anaphor(doc: ArticleDoc, n: int, verb_start: int) -> list[str]:
    """The person of the article drafted before sentence ``n`` with the post the subject names alone, or for a
    plural post ("сенаторы") every such person; [] when none, when a singular post has two holders, or when a
    name follows the post ("Сенатор Сәкен Арубаев … кездесті": the name is the subject).

    An opening participle clause is passed over: "Выступая на открытии форума, глава региона отметил"."""
    s = doc.article.sentences[n]
    opening = _OPENING_CLAUSE[s.lang].match(s.text, 0, verb_start)
    head_start = opening.end() if opening is not None else 0  # the post after the comma
    head = _POST_ANAPHOR[s.lang].match(s.text[head_start:verb_start])
    if head is None:
        return []
    post = head.group("post")
    after = head_start + head.end("post")
    if any(m.kind == "person" and after <= m.start < verb_start for m in doc.mentions[n]):
        return []
    roles, body = next(((r, b) for rx, r, b in _POST_ROLES if rx.search(post)), ((), None))
    held = _holders(doc, n, roles, body)
    if _POST_PLURAL.fullmatch(post):
        return held if len(held) > 1 else []
    return held if len(held) == 1 else []


def _holders(doc: ArticleDoc, n: int, roles: tuple[str, ...], body: str | None) -> list[str]:
    """Everyone drafted before sentence ``n`` with one of ``roles`` (in ``body`` when given), sorted."""
    return sorted(
        {
            f.values["holder"]
            for f in doc.facts
            if f.type == "membership"
            and f.sentence < n
            and f.values.get("role") in roles
            and (body is None or f.values.get("organisation") == body)
        }
    )


def lead_holders(doc: ArticleDoc, n: int, lead: str) -> list[str]:
    """Everyone drafted before sentence ``n`` with the post a source lead names ("По словам депутата, …",
    "Депутаттың айтуынша, …", "According to the minister, …"): one is the source, several leave it open; [] for a
    pronoun lead or a post the article gave no one."""
    roles, body = next(((r, b) for rx, r, b in _POST_ROLES if rx.search(lead)), ((), None))
    return _holders(doc, n, roles, body) if roles else []
