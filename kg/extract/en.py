"""English named entities by rule: runs of capitalised words, sorted into persons, organisations and places.

English news names a person as two to four capitalised words ("Bekbergen Kerey"), often after
a title ("Chairman Azamatkhan Amirtayev") that is not part of the name; an organisation ends
in a word such as Party, Council or Association ("Steppe Lawyers' Guild", "Association of
Young Lawyers"); a single capitalised word after "in" is a place. The actor registry, matched
separately, finds the rest.

>>> [(e.type, e.normal) for e in entities("On Monday Chairman Azamatkhan Amirtayev met the Steppe Lawyers' Guild in Taraz.")]
[('PER', 'Azamatkhan Amirtayev'), ('ORG', "Steppe Lawyers' Guild"), ('LOC', 'Taraz')]
"""

from __future__ import annotations

import re

from kg.extract.patterns import FOREIGN_STATES, is_foreign_state
from kg.extract.ru import NerSpan
from kg.names import DIGRAPH_INITIALS

__all__ = ["entities"]

_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
#: Words that may open a run but are not part of a name (titles, articles, sentence openers).
TITLES = frozenset(
    (
        "the a an mr mrs ms dr prof president chairman chairwoman chair chairperson deputy minister "
        "head executive secretary member adviser advisor counsellor counselor speaker senator mp rector director "
        "assistant legal affairs matters issues "
        "state vice prime ambassador akim mayor lawyer historian expert professor general director "
        "in on at by of for and but as after before during with from to this that these those it its "
        "his her their our we they he she meanwhile also however according its there "
        "unlike like despite while since when if under through following among between within without regarding "
        "former acting ex associate "
        # the thirteenth pass's post words
        "dean judge spokesperson spokesman spokeswoman researcher editor chief "
        # titles in the plural before a list of names: "Professors Marat Akhmadi, …"
        "professors senators deputies ministers ambassadors presidents academicians " + _MONTHS + " " + _DAYS
    ).split()
)
#: Last words of organisation names.
_ORG_HEADS = frozenset(
    [
        "party",
        "council",
        "commission",
        "ministry",
        "association",
        "union",
        "movement",
        "guild",
        "alliance",
        "foundation",
        "institute",
        "committee",
        "court",
        "agency",
        "university",
        "centre",
        "center",
        "chamber",
        "society",
        "club",
        "network",
        "front",
        "bureau",
        "office",
        "assembly",
        "parliament",
        "mazhilis",
        # other states' parliaments, named by their own word: "the Milli Majlis", "the State Duma", "Jogorku Kenesh"
        "majlis",
        "mejlis",
        "majilis",
        "kenesh",
        "khural",
        "duma",
        "rada",
        "sejm",
        "senate",
        "government",
        "academy",
        "bar",
        "league",
        "federation",
        "fund",
        "organisation",
        "organization",
        "branch",
        "faction",
        "group",
        "company",
        "watch",
        "initiative",
        "forum",
        "mission",
        "bank",
        "board",  # "the MNU Board Talgat Narikbayev": the board, then a name
    ]
)
#: (twenty-third session, ``units``) The units of a university or an institute, heads of a body's name as the others
#: are: "the Faculty of Social and Human Sciences", "the Department of Theory of State and Law" are one body, not a
#: person "Human Sciences" after "and" (``benchmarks/persons23_lopo.py``).
READINGS23: frozenset[str] = frozenset({"units"})
_UNIT_HEADS23 = frozenset(["faculty", "department", "school", "college", "laboratory"])


#: (twenty-fourth session) Switches of the English reader's readings (``benchmarks/english24_lopo.py``):
#: ``quoted-name``, a quoted name is a body's, never a person's (:func:`_quoted_names`).
READINGS24: frozenset[str] = frozenset({"quoted-name"})


def org_heads() -> frozenset[str]:
    """The head words of bodies' names, with :data:`READINGS23`'s units when it is on (the LOPO script resets
    :data:`ORG_HEADS` with it)."""
    return _ORG_HEADS | (_UNIT_HEADS23 if "units" in READINGS23 else frozenset())


#: The head words of bodies' names: a run of capitalised words that holds one names a body.
ORG_HEADS = org_heads()

#: Titles that stand inside a run between a body and a name ("Justice Minister Yerlan Sarsembayev").
_POST_TITLES = frozenset(
    [
        "minister",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "speaker",
        "senator",
        "deputy",
        "secretary",
        "counsellor",
        "counselor",
        "adviser",
        "advisor",
        "director",
        "rector",
        # words of a title before its post word: "Former Prime Minister X", "Vice Minister X"
        "prime",
        "vice",
        "former",
        "acting",
        "akim",
        "mayor",  # "Almaty Mayor Yerbolat Dossayev": a city's akim in English
        "governor",
        "ambassador",
        "president",
        "head",
        "member",
        "mp",
        "prosecutor",
        "general",
        "commissioner",  # "Human Rights Commissioner Artur Lastayev"
        "ombudsman",
    ]
)
#: Last words of the names of regions of the world and of states named in two or three words: "Central Asia",
#: "Saudi Arabia" and "North Macedonia" are places, not persons.
_REGION_WORDS = frozenset(
    ["asia", "europe", "america", "africa", "caucasus", "eurasia", "east", "west"]
    + ["arabia", "macedonia", "zealand", "emirates"]
)
#: One capitalised word that names one body of the state, not a kind of body.
_SINGLE_BODIES = frozenset({"senate", "parliament", "mazhilis", "majilis", "government"})
_NOT_NAMES = frozenset(
    (
        "constitution article articles draft reform referendum republic kazakhstan state the "
        "e-otinish egov internet online offline" + " " + _MONTHS + " " + _DAYS
    ).split()
)
#: Upper- and lower-case Latin letters, accented ones too ("Rafał Tkacz", "Gülnar", "Štefan").
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOW = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_WORD = rf"(?:[{_UP}][{_LOW}]+|[A-Z]{{3,}}(?=[\s,.;:]|$))(?:[-'’][{_UP}{_LOW}]+)*(?:['’]s?)?"
_RUN = re.compile(rf"{_WORD}(?:\s+(?:(?:of|for|and|the)\s+)*{_WORD})*")
_PLACE_AFTER = re.compile(rf"\b(?:in|at|from|to)\s+({_WORD})")
# "the Civic Dawn party": capitalised words, then the kind of organisation in lower case.
_NAMED_KIND = re.compile(
    r"(?<![\w'’])(?!(?:The|Members|Member|Leaders|Head|Chair)\b)[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:\s+[A-Z][a-z]+(?:[-'’][A-Za-z]+)*){0,3}"
    r"\s+(?:party|movement|association|union|guild|alliance|foundation)\b"
)


#: "the Commission on Constitutional Reform": a body named by its kind and its subject.
_BODY_ON = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:(?:Senate|Mazhilis|Majilis|Parliamentary|Parliament|Presidential)\s+)?"
    r"(?:Commission|Committee|Council|Working\s+Group)\s+(?:on|for)\s+(?:the\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
)


#: One more field of a body's subject, joined by "and" or by a comma of a list: "… Legislation and Judicial and
#: Legal Reform", "… Constitutional Legislation, the Judicial System and Law Enforcement Agencies".
_SUBJECT_MORE = re.compile(
    r"(?P<joint>\s+and\s+|,\s+)(?:the\s+)?(?P<field>[A-Z][a-z]+(?:-[A-Za-z]+)?(?:\s+[A-Z][a-z]+){0,3})"
)


#: A lower-case word after a capitalised one that is no joint: the capitalised words were an adjective's
#: ("Kazakh experts"), not a field of a body's name.
_FIELD_GOES_ON = re.compile(
    r"\s+(?!(?:of|in|at|on|to|for|and|or|the|was|were|is|are|has|had|have|will|would|said|says|who|which|that|"
    r"with|from|by|as|also)\b)[a-z]"
)


def _subject_end(text: str, end: int) -> int:
    """Where a committee's or a commission's subject ends, its fields joined by "and" and commas included.

    Parliaments name their committees by several fields ("Committee on Finance and Budget", "Commission on
    Constitutional Legislation, the Judicial System and Law Enforcement Agencies"). A field after a comma counts
    only when "and" closes the list after it, so "…, Yevgeny Bolgert" stays a name; a post ("and Head of …",
    "and Vice-Rector") or a person's name ("and Ivan Petrov") opens no field.
    """
    fields: list[tuple[str, int]] = []  # (joint, where the field ends)
    at = end
    while len(fields) < 4:
        more = _SUBJECT_MORE.match(text, at)
        if more is None:
            break
        field = more.group("field").split()
        if field[0].lower().split("-")[0] in _POST_TITLES | {"mr", "mrs", "ms", "dr", "prof", "professor"}:
            break
        if any(w.lower() in ORG_HEADS | _SINGLE_BODIES for w in field) or _FIELD_GOES_ON.match(text, more.end()):
            break  # "and Foreign Ministry officials", "and Kazakh experts": another body, or words of a phrase
        joint = more.group("joint").strip()
        if len(field) >= 2 and _holder_name(" ".join(field[-2:])):
            if len(field) > 2:
                # "… and Regional Development Ivan Petrov": the field, then the name of the post's holder
                fields.append((joint, more.end() - len(" ".join(field[-2:])) - 1))
            break  # "and Ivan Petrov": a person, not a field
        fields.append((joint, more.end()))
        at = more.end()
    # a list's commas count only up to the last field joined by "and"
    while fields and fields[-1][0] != "and":
        fields.pop()
    return fields[-1][1] if fields else end


def _holder_name(words: str) -> bool:
    """Two words that read as a person's name, not a body's field: "Ivan Petrov", never "Regional Development"."""
    first, last = words.split()
    return _name_like(first) and _name_like(last) and bool(_SURNAME.search(last.lower()))


def _runs(text: str) -> list[re.Match]:
    """Runs of capitalised words, with a name that follows a body split off.

    "Constitutional Court Bakyt Nurmukhanov" and "Republic of Kazakhstan Zhandos Omiraliev" are
    a body (or a country) and then a person: the run is cut after the body's last word.
    """
    out: list[re.Match] = []
    for run in _pieces(text):
        words = list(re.finditer(r"\S+", run.group()))
        plain = [re.sub(r"['’]s?$", "", w.group()).lower() for w in words]
        cut = None
        body_end = None
        for i in range(len(words) - 3, -1, -1):
            if plain[i] in _POST_TITLES:
                # "Justice Minister Yerlan Sarsembayev", "Prosecutor General Berik Asylov": titles, then the name
                tail = plain[i + 1 :]
                field = i + 2 + (plain[i + 2 : i + 3] == ["the"]) if plain[i + 1 : i + 2] == ["of"] else None
                if field is not None:
                    # "Minister of Justice Yerlan Sarsembayev", "Minister of Foreign Affairs Murat Nurtleu",
                    # "Minister of Digital Development Ivan Petrov": the title's field, then a two-word name (a
                    # patronymic between or not) that ends the run, after a word of the field that is no name
                    # or with a surname's ending
                    named = len(plain) - 2 - (len(plain) - field >= 4 and bool(_PATRONYMIC_EN.search(plain[-2])))
                    if (
                        named > field
                        and not {"of", "the", "for"} & set(plain[field:named])  # "… of North Macedonia": a state's
                        and plain[named - 1] != "and"
                        and _name_like(words[named].group())
                        and _name_like(words[-1].group())
                        and (_SURNAME.search(plain[-1]) or not _name_like(words[named - 1].group()))
                    ):
                        cut, body_end = named, -1
                        break
                if 2 <= len(tail) <= 3 and not any(t in ORG_HEADS or t in TITLES or t in _NOT_NAMES for t in tail):
                    first = i
                    while first > 0 and plain[first - 1] in _POST_TITLES | {"of", "the", "and", "for"}:
                        first -= 1
                    cut, body_end = i + 1, first - 1
                    break
            if plain[i] in ORG_HEADS or plain[i] in _NOT_NAMES:
                start, last = i + 1, i
                if plain[start] in ("of", "for", "on") and start + 1 < len(plain) - 2:
                    start += 1  # "Institute of Parliamentarism Natalia Pan": the word after "of" is the body's
                    while start < len(plain) - 2 and plain[start] == "the":
                        start += 1
                    last = start
                    start += 1
                while (
                    start < len(plain) - 2
                    and plain[start] in TITLES
                    and plain[start] not in ("and", "of", "for", "the")
                ):
                    start += 1  # "Mazhilis Speaker Yerlan Koshanov": the body, a title, the name
                if plain[start - 1] == "and" or plain[start] == "and":
                    break  # "Center for Social and Political Research": words of the body joined by "and"
                tail = plain[start:]
                joined = plain[start - 1] in ("of", "for", "on") or (
                    plain[start - 1] == "the" and start >= 2 and plain[start - 2] in ("of", "for", "on")
                )
                if joined and not _SURNAME.search(tail[-1]):
                    # "Association of Energy Lawyers", "Center for Studies of the South Caucasus": the words
                    # after "of" (and "of the") are the body's, not a name
                    break
                if 2 <= len(tail) <= 3 and not any(t in ORG_HEADS or t in TITLES or t in _NOT_NAMES for t in tail):
                    cut, body_end = start, last
                    if (
                        len(tail) == 3
                        and plain[start - 1] not in TITLES | _NOT_NAMES
                        and not _PATRONYMIC_EN.search(tail[1])
                        and _SURNAME.search(tail[2])
                    ):
                        # "Institute for Strategic Studies Yerulan Zhamaubayev": a name is two words unless a
                        # patronymic stands between them; the word before is the body's
                        cut, body_end = start + 1, start
                break
        if cut is None or body_end is None:
            out.append(run)
            continue
        split = run.start() + words[cut].start()
        out.extend(
            m
            for m in (
                _RUN.match(text, run.start(), run.start() + words[body_end].end()) if body_end >= 0 else None,
                _RUN.match(text, split, run.end()),
            )
            if m
        )
    return out


def _pieces(text: str) -> list[re.Match]:
    """Runs of capitalised words, cut at an "and" after a surname or in a run that names no body.

    "Nurlan Beknazarov and Majilis", "Yerlan Koshanov and Senate Chairman": two runs; "Ministry
    of Culture and Information" stays one.
    """
    out: list[re.Match] = []
    for run in _RUN.finditer(text):
        plain = [re.sub(r"['’]s?$", "", w).lower() for w in run.group().split()]
        cut = _name_ending_post(run.group())
        if cut is not None:
            # "Minister of Foreign Affairs and Foreign Trade of North Macedonia Timcho Mucunski": the post, then the name
            out.extend(
                m
                for m in (
                    _RUN.match(text, run.start(), run.start() + cut),
                    _RUN.match(text, run.start() + cut + 1, run.end()),
                )
                if m
            )
            continue
        if "and" not in plain:
            out.append(run)
            continue
        # a body's name, or a post of one by its field ("Minister of Culture and Information X"): its "and" stays
        body = any(w in ORG_HEADS for w in plain) or (plain[0] in _POST_TITLES and plain[1:2] == ["of"])
        pos = run.start()
        for part in re.finditer(r"\s+and\s+", run.group()):
            after = run.group()[part.end() :].split()[0].lower()
            if READINGS18 and after.split("-")[0] in _POST_TITLES:
                after = after.split("-")[0]  # "… University and Vice-Rector for …": a second post opens there too
            if body and not _SURNAME.search(run.group()[: part.start()].split()[-1]) and after not in _POST_TITLES:
                continue  # but "Chairperson of the Commission and Head of the Court X": a second post opens there
            piece = _RUN.match(text, pos, run.start() + part.start())
            if piece:
                out.append(piece)
            pos = run.start() + part.end()
        piece = _RUN.match(text, pos, run.end())
        if piece:
            out.append(piece)
    return out


def _name_like(word: str) -> bool:
    """A capitalised word that may be a first name or a surname: no body's kind, title, common noun or region."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and low not in ORG_HEADS | TITLES | _NOT_NAMES | _COMMON_WORDS | _REGION_WORDS
        and not _COMMON.search(low)
    )


def _name_ending_post(run: str) -> int | None:
    """Where the name starts in a run that opens with a post and ends "of <state> <First> <Surname>", else None.

    "Minister of Foreign Affairs of Hungary Péter Szijjártó", "Ambassador of Kazakhstan Askar Zhengis": the
    words after the post's last "of" are a state (or a place) of one or two words, then a two-word name. A
    body's kind among them ("of the Constitutional Court Bakyt Nurmukhanov") is left to the body rules.
    """
    words = list(re.finditer(r"\S+", run))
    plain = [re.sub(r"['’]s?$", "", w.group()).lower() for w in words]
    if not (set(plain[:2]) & _POST_TITLES) or "of" not in plain:
        return None
    last_of = len(plain) - 1 - plain[::-1].index("of")
    first = last_of + 1 + (plain[last_of + 1 : last_of + 2] == ["the"])
    tail = plain[first:]
    named = 3 if len(plain) >= 3 and _PATRONYMIC_EN.search(plain[-2]) else 2  # "Yerlan Bolatuly Sarsembayev"
    if not named + 1 <= len(tail) <= named + 2 or any(t in ORG_HEADS or t in TITLES for t in tail[:-named]):
        return None
    if not all(_name_like(w.group()) for w in words[-named:]):
        return None
    return words[-named].start() - 1


#: Endings of English common nouns and adjectives: "Constitutional Order", "Basic Law" name no person.
_COMMON = re.compile(r"(?:tion|sion|ment|ness|ity|ive|ous|ical|ional|ance|ence|ism|ary|ory|ship|hood)$")
_COMMON_WORDS = frozenset(
    ["law", "order", "rights", "people", "nation", "world", "news", "day", "year", "code", "policy", "power", "new"]
    + ["editor", "author", "language", "russian", "kazakh", "english", "most", "will", "great", "strong", "original"]
    + ["president", "general", "minister", "chairman", "speaker", "senator", "deputy", "kenesi", "qurultay"]
    # words of a ministry's field or a body's kind: "Foreign Affairs", "Foreign Ministers" name no one
    + ["affairs", "foreign", "trade", "ministers", "presidents", "nations", "united", "economic", "commerce"]
    # a headline's verbs in title case: "Draft Constitution Proposes Removing …", "Tokayev Signs Decree"
    + ["proposes", "proposing", "removing", "announces", "says", "urges", "calls", "backs", "supports", "signs"]
    + ["approves", "rejects", "unveils", "outlines", "warns", "vows", "seeks", "adopts", "presents", "discusses"]
    + ["meets", "holds", "opens", "launches", "reveals", "welcomes", "criticises", "criticizes", "slams", "sets"]
)


#: Endings of Kazakh, Russian and other Turkic surnames in Latin script.
_SURNAME = re.compile(
    r"(?:ov|ev|yev|in|ova|eva|yeva|ina|bay|bai|bek|uly|kyzy|khan|baev|bayev|ayev|enko|sky|skiy|ski|ska|zhanov)$"
)


#: A body's initials ("ODIHR", "OSCE") and a post title after them, then a name: the initials name the body.
_ACRONYM_BEFORE_TITLE = re.compile(r"[A-Z]{3,6}")
_TITLE_AFTER = re.compile(
    rf"\s+(?:(?:Deputy|Vice|Executive|First)\s+)?(?:{'|'.join(sorted(t.capitalize() for t in _POST_TITLES))})"
    rf"\s+[{_UP}][{_LOW}]+\s+[{_UP}]"
)


#: A post and its state before "to"/"in" and a place: "Ambassador of Kazakhstan to ", "Consul General in ".
_POST_BEFORE_PLACE = re.compile(
    r"(?i:ambassador|envoy|consul(?:\s+general)?|representative|attach[eé])(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"\s+(?:to|in)\s+$"
)


#: A patronymic in Latin letters: "Sakenovich", "Kemeluly".
_PATRONYMIC_EN = re.compile(r"(?:ovich|evich|ovna|evna|uly|kyzy)$")


#: A name with initials: "E. Karin", "A.Ashimbayev", "Nurlan N. Nurmukhanov", "K. Niculescu-Țâgârlaș" (not "named
#: after E. Buketov").
_INITIALS = re.compile(
    rf"(?<![\w.])(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s?){{1,2}}(?-i:[{_UP}][{_LOW}]{{2,}})(?:-[{_UP}][{_LOW}]+)?(?![\w-])"
)


#: A foreign state's name, then a person's: "the United States JD Vance", "Kyrgyzstan Sadyr Japarov".
_STATE_THEN_NAME = re.compile(
    r"(?<![\w-])(?P<state>"
    + "|".join(forms["en"] for _, _, forms in FOREIGN_STATES)
    + rf")\s+(?P<name>(?:[A-Z]{{2}}|[{_UP}][{_LOW}]+)(?:\s+[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?){{1,2}})(?![\w-])"
)


#: (seventeenth session) Initials with a digraph among them, as Kazakh names are romanised: "M.Zh. Kundakova",
#: "Zh.K. Aliyev" (the digraphs of the reader's list, never "Mr.", "Dr."). Read with ``READINGS17``.
_INITIALS17 = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]+\s+)?(?:(?:[A-Z]|"
    + "|".join(sorted(d.capitalize() for d in DIGRAPH_INITIALS))
    + rf")\.\s?){{1,2}}(?-i:[{_UP}][{_LOW}]{{2,}})(?:-[{_UP}][{_LOW}]+)?(?![\w-])"
)
#: The seventeenth session's readings of English names (``False`` turns them off); measured leaving one tuning part
#: out with :data:`kg.extract.rules.memberships.READINGS17`.
READINGS17 = True
#: (eighteenth session) A post word joined by a hyphen ("Vice-Rector") after "and" in a run opens a second post, as a
#: post word does: "Deputy Chair of the Board of X University and Vice-Rector for …" (``benchmarks/persons18_lopo.py``).
READINGS18 = True


def entities(text: str) -> list[NerSpan]:
    """Persons, organisations and places in English ``text`` (offsets, type, name without titles)."""
    out: list[NerSpan] = []
    taken: list[tuple[int, int]] = []
    for m in (_INITIALS17 if READINGS17 else _INITIALS).finditer(text):
        if re.search(r"\bnamed\s+after\s+$", text[: m.start()], re.IGNORECASE):
            continue  # "Karaganda University named after E. Buketov": part of a body's name
        start = m.start()
        first = re.match(r"[A-Z][a-z]+\s+", m.group())
        if first and first.group().strip().lower() in TITLES | ORG_HEADS | _NOT_NAMES:
            start += first.end()  # "Senator A. Ashimbayev", "the Senate A. Ashimbayev": not part of the name
        out.append(NerSpan(start, m.end(), "PER", text[start : m.end()]))
        taken.append((start, m.end()))
    initials = list(taken)
    for run in _runs(text):
        inside = [a for a, b in initials if run.start() <= a < run.end()]
        if inside:
            # "Nurlan N. Nurmukhanov": the run before the initials, if any, is a run of its own
            before = _RUN.match(text, run.start(), inside[0]) if inside[0] > run.start() else None
            if before is None:
                continue
            run = before
        words = list(re.finditer(r"\S+", run.group()))
        # Drop leading titles and sentence openers ("The", "Chairman", "On").
        while words and (
            words[0].group().lower().strip("'’") in TITLES
            or "-" in words[0].group()
            and all(part in TITLES | {"general"} for part in words[0].group().lower().split("-"))
        ):
            words.pop(0)  # "Secretary-General Antonio Guterres": a hyphenated title too
        # Drop trailing joiners ("of", "and").
        while words and words[-1].group().lower() in ("of", "for", "and", "the"):
            words.pop()
        if not words:
            continue
        start = run.start() + words[0].start()
        end = run.start() + words[-1].end()
        name = text[start:end]
        tokens = [w.group() for w in words]
        last = re.sub(r"['’]s?$", "", tokens[-1]).lower()
        if last in ORG_HEADS or any(t.lower() in ORG_HEADS for t in tokens[:-1] if tokens[-1].lower() != "of"):
            plain = [re.sub(r"['’]s?$", "", t).lower() for t in tokens]
            heads = [t for t in plain if t in ORG_HEADS]
            if (
                all(t in ORG_HEADS or t in TITLES or t in ("of", "the", "and", "for") for t in plain)
                and not (len(plain) == 1 and plain[0] in _SINGLE_BODIES and tokens[0][:1].isupper() and start > 0)
                and not (len(set(heads)) >= 2 and plain[0] in ORG_HEADS)  # "Bar Association": a name of heads
            ):
                continue  # "Party", "the Council": a kind, not a name; but "the Senate" is one
            if name.endswith(("'s", "’s")) and last not in ("lawyers", "workers"):
                end -= 2
                name = text[start:end]
            if (
                len(tokens) >= 4
                and _SURNAME.search(tokens[-1])
                and tokens[-2][:1].isupper()
                and not {tokens[-2].lower(), tokens[-3].lower()} & (ORG_HEADS | TITLES | {"of", "for", "and", "the"})
            ):
                # "… Interreligious Dialogue Gulsana Kozhabay": the body's name, then a person's
                cut = run.start() + words[-2].start()
                out.append(NerSpan(cut, end, "PER", text[cut:end]))
                taken.append((cut, end))
                end = run.start() + words[-3].end()
                name = text[start:end]
            board = re.match(r"(?:Board|Presidium)\s+of\s+(?:the\s+)?", name)
            if board and len(name) > board.end() + 3:
                start += board.end()  # "Chair of the Board of the X Center": the post is in the Center
                name = text[start:end]
            out.append(NerSpan(start, end, "ORG", name))
            taken.append((start, end))
            continue
        lowered = [re.sub(r"['’]s$", "", t).lower() for t in tokens]
        if lowered[-1] in _REGION_WORDS:
            out.append(NerSpan(start, end, "LOC", name))  # "Central Asia", "the Middle East"
            taken.append((start, end))
            continue
        if len(tokens) == 1 and _ACRONYM_BEFORE_TITLE.fullmatch(tokens[0]) and _TITLE_AFTER.match(text, end):
            out.append(NerSpan(start, end, "ORG", name))  # "ODIHR Director Maria Telalian": the body's initials
            taken.append((start, end))
            continue
        if any(t in _NOT_NAMES for t in lowered) or any(t in ("of", "for", "and", "the") for t in lowered):
            continue
        if start == run.start() and re.search(r"(?<![\w-])the\s+$", text[:start]):
            continue  # "…, the Judicial System and Law Enforcement Agencies": "the" opens no person's name
        if 2 <= len(tokens) <= 4 and not any(_COMMON.search(t) or t in _COMMON_WORDS for t in lowered):
            if name.endswith(("'s", "’s")):
                end -= 2
                name = text[start:end]
            if all(t.isupper() for t in tokens):
                continue  # "ASTANA KAZINFORM": a dateline, not a name
            if len(tokens) >= 3 and tokens[0].isupper() and not tokens[1].isupper():
                # "the CEC Nurlan Abdirov": a body's initials, then the name
                cut = run.start() + words[1].start()
                out.append(NerSpan(start, run.start() + words[0].end(), "ORG", tokens[0]))
                taken.append((start, run.start() + words[0].end()))
                start, name = cut, text[cut:end]
            posted = _POST_BEFORE_PLACE.search(text[max(0, start - 80) : start])
            if (
                len(tokens) in (3, 4)
                and re.search(r"\b(?:in|from|to)\s+$", text[:start])
                and not _PATRONYMIC_EN.search(tokens[-2].lower())
                and not _SURNAME.search(tokens[0].lower())
                and (len(tokens) == 3 and _SURNAME.search(tokens[2].lower()) or posted)
                and all(_name_like(t) for t in tokens[-2:])
            ):
                # "Ambassador of Kazakhstan in Estonia Altay Kulginov", "… to North Macedonia Satybaldy Burshakov":
                # a place after "in" or "to", then a two-word name
                cut = run.start() + words[-2].start()
                place_end = run.start() + words[-3].end()
                if (
                    len(tokens) == 3
                    and re.search(r"\b(?:in|from)\s+$", text[:start])
                    and _SURNAME.search(tokens[2].lower())
                ):
                    out.append(NerSpan(start, place_end, "LOC", text[start:place_end]))  # "… in Latvia X" (sixth pass)
                # else "… to North Macedonia X": where an ambassador serves, not where anything happens: no place
                # mention for an event to take
                taken.append((start, place_end))
                start, name = cut, text[cut:end]
            # "Yerzhan ZHIENBAEV": a surname in capitals, written as a name
            out.append(NerSpan(start, end, "PER", " ".join(w.capitalize() if w.isupper() else w for w in name.split())))
            taken.append((start, end))
    for m in _BODY_ON.finditer(text):
        start, end = m.start("name"), _subject_end(text, m.end("name"))
        ends = re.search(rf"\s+((?:{_WORD})\s+(?:{_WORD}))$", text[start:end])
        if ends and _holder_name(ends.group(1)) and not re.search(r"\s(?:on|for)$", text[start : start + ends.start()]):
            end = start + ends.start()  # "Committee on Economic Reform Ivan Petrov": the subject, then the name
        follows = re.match(rf"\s+((?:{_WORD})\s+(?:{_WORD}))(?=[\s,.;:]|$)", text[end:])
        person = (end + follows.start(1), end + follows.end(1)) if follows and _holder_name(follows.group(1)) else None
        over = [
            e for e in out if e.start < end and start < e.end or person and e.start < person[1] and person[0] < e.end
        ]
        out = [e for e in out if e not in over]
        taken = [(a, b) for a, b in taken if not (a < end and start < b)]
        out.append(NerSpan(start, end, "ORG", text[start:end]))
        taken.append((start, end))
        if person:
            # "Chairman of the Committee on … Development Ivan Petrov": the run went on into the holder's name
            out.append(NerSpan(person[0], person[1], "PER", text[person[0] : person[1]]))
            taken.append(person)
    for m in _NAMED_KIND.finditer(text):
        start, end = m.span()
        if any(a < end and start < b for a, b in taken):
            out = [e for e in out if not (e.start < end and start < e.end)]
            taken = [(a, b) for a, b in taken if not (a < end and start < b)]
        out.append(NerSpan(start, end, "ORG", m.group()))
        taken.append((start, end))
    for m in _STATE_THEN_NAME.finditer(text):
        # "Vice President of the United States JD Vance": the country is a place, the name after it the person
        named = [w.lower() for w in m.group("name").split()]
        if any(w in ORG_HEADS or w in TITLES or w in _NOT_NAMES or w in _COMMON_WORDS for w in named):
            continue
        (s1, e1), (s2, e2) = m.span("state"), m.span("name")
        out = [e for e in out if not (e.start < e2 and s1 < e.end)]
        taken = [(a, b) for a, b in taken if not (a < e2 and s1 < b)]
        out += [NerSpan(s1, e1, "LOC", m.group("state")), NerSpan(s2, e2, "PER", m.group("name"))]
        taken += [(s1, e1), (s2, e2)]
    out, taken = _quoted_before_body(text, out, taken)
    if "quoted-name" in READINGS24:
        out, taken = _quoted_names(text, out, taken)
    for m in _INITIALS_OF_THE.finditer(text):
        # "First Deputy Secretary General of the CIS", "The CEC said": a body's initials after "the" (a country's are a
        # place)
        start, end = m.span(1)
        if not any(a < end and start < b for a, b in taken) and not is_foreign_state(m.group(1), "en"):
            out.append(NerSpan(start, end, "ORG", m.group(1)))
            taken.append((start, end))
    for m in _PLACE_AFTER.finditer(text):
        start, end = m.span(1)
        word = m.group(1).lower()
        if word in _NOT_NAMES or word in TITLES or word in ORG_HEADS:
            continue
        if re.search(r"\b(?:according|thanks)\s+to\s+$", text[:start], re.IGNORECASE):
            continue  # "According to Karin": a person or a body, not a place
        if m.group(1).isupper():
            continue  # "established at MNU": initials name a body far more often than a place
        if any(s <= start < e for s, e in taken):
            continue
        after = text[end : end + 1]
        if after and (after.isalpha() or text[end : end + 2].strip() and text[end + 1 : end + 2].isupper()):
            continue
        out.append(NerSpan(start, end, "LOC", m.group(1)))
    return sorted(out, key=lambda e: e.start)


#: A body's initials after "the": "member of the OSCE", "Secretary General of the CIS", (sixteenth session) "The CEC
#: said", "according to the CEC".
_INITIALS_OF_THE = re.compile(r"\b[Tt]he\s+([A-Z]{3,6})(?![\w-])")


#: A quoted name just before a body's run: "the “South Caucasus” Political Scientists Club".
_QUOTED_BEFORE = re.compile(rf"[“\"«]((?:{_WORD})(?:\s+{_WORD}){{0,3}})[”\"»]\s+$")


def _quoted_before_body(
    text: str, out: list[NerSpan], taken: list[tuple[int, int]]
) -> tuple[list[NerSpan], list[tuple[int, int]]]:
    """Bodies whose name opens with a quoted name take it in (and what was read inside it goes)."""
    for e in [e for e in out if e.type == "ORG"]:
        q = _QUOTED_BEFORE.search(text[max(0, e.start - 80) : e.start])
        if q is None:
            continue
        start = e.start - (len(text[max(0, e.start - 80) : e.start]) - q.start())
        out = [x for x in out if x is e or not (start <= x.start and x.end <= e.start)]
        taken = [(a, b) for a, b in taken if not (start <= a and b <= e.start)]
        out[out.index(e)] = NerSpan(start, e.end, "ORG", text[start : e.end])
        taken.append((start, e.end))
    return out, taken


#: (twenty-fourth session, ``quoted-name``) A short quoted name of capitalised words (commas and joiners between):
#: "the Center for Expert Initiatives “Oy Ordo,”", "head of the "Association of Russian, Slavic and Cossack
#: Organizations."". A quoted slogan has lower-case words and is not one.
_QUOTED_NAME = re.compile(rf"[“\"«](?P<name>{_WORD}(?:,?\s+(?:(?:of|for|and|the|in|on)\s+)*{_WORD}){{0,7}})[,.]?[”\"»]")


def _quoted_names(
    text: str, out: list[NerSpan], taken: list[tuple[int, int]]
) -> tuple[list[NerSpan], list[tuple[int, int]]]:
    """A quoted name is a body's, never a person's: after a body's run it is the rest of that body's name ("the
    Center for Expert Initiatives “Oy Ordo”"), and when it holds a body's head word it is a body whole ("the
    “Association of Russian, Slavic and Cossack Organizations”", read as a person "Cossack Organizations" after the
    comma); any person read inside it goes."""
    for q in _QUOTED_NAME.finditer(text):
        start, end = q.span("name")
        inside = [e for e in out if start <= e.start and e.end <= end]
        if not any(e.type == "PER" for e in inside):
            continue
        words = [re.sub(r"['’]s?$", "", w).lower() for w in re.findall(r"[\w'’-]+", q.group("name"))]
        body = next(
            (e for e in out if e.type == "ORG" and e.end <= q.start() and not text[e.end : q.start()].strip()), None
        )
        out = [e for e in out if e not in inside]
        taken = [(a, b) for a, b in taken if not (start <= a and b <= end)]
        if body is not None:
            # "the Center for Expert Initiatives “Oy Ordo”": the body's name goes on into the quotation
            out[out.index(body)] = NerSpan(body.start, end, "ORG", text[body.start : end])
            taken.append((body.start, end))
        elif any(w in ORG_HEADS for w in words):
            out.append(NerSpan(start, end, "ORG", text[start:end]))
            taken.append((start, end))
    return out, taken
