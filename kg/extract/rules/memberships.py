"""Memberships: who holds which post in which organisation.

"X партиясының төрағасы Y", "председатель партии … Y", "Y, chair of …": a post (see
:func:`kg.extract.patterns.find_posts`) with the name after it, or (Russian, English) the name
then a comma and the post. A post without a name ("Партия төрағасы") stands for the holder met
earlier in the article: it becomes a person mention, so later rules see the holder.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from kg.extract import en
from kg.extract import patterns as P
from kg.extract.actors import (
    actor,
    anaphor,
    article_region,
    bare_kind,
    country,
    generic_org,
    named_before,
    role,
    senate,
    spelled_body,
    state_body,
)
from kg.extract.doc import ArticleDoc, add_fact
from kg.extract.mentions import Mention, caption_case, one_script
from kg.extract.org_names import head_possessive
from kg.extract.reader import KK_LETTERS
from kg.lang import kk_front

__all__ = ["apply"]

#: The posts of a ministry, which its field names ("Minister of Justice", "Deputy Foreign Minister", "Әділет министрі").
_MINISTERS = ("minister", "deputy-minister", "first-deputy-minister")

#: The readings of the sixteenth session's census, on (``True``) or off: a Kazakh post taken "болып" before its
#: holder's name and the words that close a Kazakh body's name before it, the Mazhilis and the Senate named by
#: description, a deputy whose chamber another post of the chain or the word after the post names, a body's
#: members listed after a verb of joining, a hyphen after a name read as a dash, two bodies of one kind named by
#: one head ("жалпыұлттық және өңірлік коалиция") read as none. Their post words are
#: :data:`kg.extract.patterns.READINGS16`, their bodies' pass :data:`kg.extract.bodies.SAME_HOLDER`; measured
#: together leaving one tuning part out (``benchmarks/post_lopo.py``).
READINGS16 = True

#: The readings of the seventeenth session's census, on (``True``) or off: a Kazakh post in the instrumental before
#: "бірге" ("Мемлекеттік кеңесшімен бірге …": together with the holder named before) is no post of the name after it.
#: Their post words are :data:`kg.extract.patterns.READINGS17`, the reader's :data:`kg.extract.reader.READINGS17`,
#: their bodies' pass :data:`kg.extract.bodies.SHORT_AS_NAMED`; measured together leaving one tuning part out
#: (``benchmarks/persons17_lopo.py``).
READINGS17 = True
#: The readings of the eighteenth session's census, on (``True``) or off: a board post joined by a dash or a comma to
#: a university post before one name ("Семей медицина университетінің басқарма төрағасы – ректоры X", "председатель
#: правления – ректор … X"): two posts of that name, one in the body's board and one in the body (see
#: :func:`_board_chain`), an English unit's name after a post keeps "of the X Region" (``_BODY_EN18``), and a Russian
#: unit is named with the body after it in the genitive (:func:`_unit_with_parent_ru`). Measured
#: with :data:`kg.extract.en.READINGS18` leaving one tuning part out (``benchmarks/persons18_lopo.py``).
READINGS18 = True
#: (twenty-second session) ``and-bodies``: a Kazakh post after two bodies in the genitive joined by "және" is a post
#: in each (:func:`_and_bodies_kk`); ``embassy``: an English bare "Ambassador X" heads the one embassy of Kazakhstan
#: the article names (:func:`_embassy_of_the_article`). Both were off: measured with
#: :data:`kg.extract.pipeline.READINGS22` leaving one tuning part out (``benchmarks/persons22_lopo.py``), ``and-bodies``
#: moves nothing, ``embassy`` gained one post in ``test10`` that no other fold picked. ``embassy`` is on since the
#: fortieth session: on fifty tuning parts it makes five facts right in three (``test10``, ``test38``, ``test49``: the
#: ambassador's post, and the person and his talk a post made visible) and none wrong.
READINGS22: frozenset[str] = frozenset({"embassy"})
#: (twenty-third session) Switches of this session's readings of posts (``benchmarks/persons23_lopo.py``):
#: ``adviser-of-head``, the adviser of a body's head (its rector, director) is an adviser in that body ("… университеті
#: ректорының кеңесшісі X", :func:`_body_of_head`); ``units`` (with :data:`kg.extract.en.READINGS23`), a Russian unit
#: named in lower case between a post and its holder (``_UNIT_BETWEEN_RU``); the others are
#: :data:`kg.extract.pipeline.READINGS23`'s and :data:`kg.extract.patterns.READINGS23`'s.
READINGS23: frozenset[str] = frozenset({"adviser-of-head", "units"})
#: (twenty-third session, second round) Switches of this round's readings of posts (``benchmarks/persons23b_lopo.py``):
#: ``kind-led``, a body named by its kind at a sentence's start, then who heads it ("The committee is chaired by X",
#: :func:`_headed_by_kind`); the others are :data:`kg.extract.patterns.READINGS23B`'s (a party's central office, two
#: wordings of a branch) and :data:`kg.extract.actors.READINGS23B`'s (a branch named with its region).
READINGS23B: frozenset[str] = frozenset({"kind-led"})
#: (twenty-fourth session) Switches of this session's readings of posts (``benchmarks/english24_lopo.py``): ``whom``,
#: the antecedent of "whom Y appointed POST" is appointed (:func:`_appointed`); ``titled-led``, "The commission will
#: be led by Chair of the Constitutional Court X": a title between "led by" and the name (:func:`_headed_by_kind`).
#: The English reader's are :data:`kg.extract.en.READINGS24`'s.
READINGS24: frozenset[str] = frozenset({"whom", "titled-led"})
#: (twenty-fifth session) Switches of this session's readings of posts (``benchmarks/persons25_lopo.py``):
#: ``comma-titled``, in a list of names after a plural post, a name that comes after a comma with a post of its own
#: holds the plural post too ("өңірлік коалиция мүшелері … ректоры X, … ардагерлер кеңесінің төрағасы Y": both
#: members), as one after "и", "және", "and" already did (:func:`_coordinated_after`). The reader's, the mentions'
#: and the post words' are :data:`kg.extract.reader.READINGS25`'s, :data:`kg.extract.mentions.READINGS25`'s and
#: :data:`kg.extract.patterns.READINGS25`'s. Off: on the tuning parts it drafts five posts the sheets lack and none
#: they have (``test20``'s coalition member is one, right but for the coalition's name).
READINGS25: frozenset[str] = frozenset()
#: (twenty-eighth session, the lead's) ``lower-field``: a Kazakh ministry's field before "министрі" may open in lower
#: case when it is one of the ministries' first words ("мәдениет және ақпарат министрі Аида Балаева", as some outlets
#: write it and as the Arabic script, which has no capitals, is read): :data:`_KK_FIELD_LOWER`.
READINGS28: frozenset[str] = frozenset({"lower-field"})
#: (thirty-third session, the lead's; ``benchmarks/lead33_lopo.py``) ``venue``: a body named after a state post's
#: holder with "at" is where the holder spoke, not the post's body ("The ideas voiced by President Kassym-Jomart
#: Tokayev at the National Kurultai" is the head of state's, not a president of the Kurultai); "analyst X at the Y
#: Centre" keeps its body.
READINGS33: frozenset[str] = frozenset({"venue"})
#: (forty-second session) ``led-first``: the verb of heading first, then the body's kind and who heads it, titled
#: ("Возглавила комиссию председатель Конституционного суда Казахстана Эльвира Азимова", test52), as ``kind-led``
#: reads "Комиссию возглавляет X"; a Russian title between is read as ``titled-led`` reads an English one.
#: ``deputies-after``: the sentence after one that says who chairs a body, opening on "Заместители —", names the
#: body's deputy chairs (:func:`_deputies_after_head`).
READINGS42: frozenset[str] = frozenset({"led-first", "deputies-after"})
_SIGNED = re.compile(r"[ \t]*\n[ \t]*")
_WITH_KK = re.compile(r"(?:мен|бен|пен)$", re.IGNORECASE)
_TOGETHER_KK = re.compile(r"\s+бірге(?![\w-])", re.IGNORECASE)

_LOWER_WORDS = re.compile(r"^[\s,]*(?:(?-i:[a-zа-яёәғқңөұүһі][\w-]*)[\s,]+){0,4}$")


def apply(doc: ArticleDoc, n: int) -> None:
    """Draft the memberships of sentence ``n``.

    Each post goes to the first person named after it when only other posts, organisation
    names and joiners stand between ("председателя комиссии – председателя суда Эльвиру
    Азимову, заместителя председателя комиссии – Государственного советника Ерлана Карина"):
    a chain of posts belongs to the name that ends it. In Russian and English a post after
    "Name, " belongs to that name. A post without a name stands for its holder met earlier.
    """
    s = doc.article.sentences[n]
    ms = doc.mentions[n]
    text, lang = (
        caption_case(one_script(s.text)),
        s.lang,
    )  # "БАХАДЫР НАРЫМБЕТОВ, ПРЕДСЕДАТЕЛЬ …": read as the mentions were
    from kg.extract import pipeline  # (the pipeline imports the rules)

    if "degree" in pipeline.READINGS23:
        text = pipeline.without_degrees(text, lang)  # "… кеңесшісі, тарих ғылымдарының кандидаты X": read as they were
    posts = [p for p in P.find_posts(text, lang) if not _inside_name(p, ms)]
    advised = _advised_posts(text, posts, lang)
    _bodies_led(doc, n)
    _members_by_verb(doc, n)
    _members_listed(doc, n)
    _joined_kk(doc, n)
    _headed_by_reference(doc, n)
    if "deputies-after" in READINGS42:
        _deputies_after_head(doc, n)
    chained = _board_chain(doc, n, text, ms, lang) if READINGS18 else []
    for post in posts:
        if any(a <= post.start < b for a, b in chained):
            continue  # read with its chain by _board_chain
        if post in advised.values():
            continue  # "советник Премьер-министра X": X advises the Prime Minister, and is none
        if _FORMER.search(text[max(0, post.start - 30) : post.start]):
            continue  # "Former Prime Minister X", "бывший аким", "бұрынғы министр": no post held now
        if READINGS17 and lang == "kk" and _WITH_KK.search(post.text) and _TOGETHER_KK.match(text, post.end):
            continue  # "Мемлекеттік кеңесшімен бірге … X": with the holder named before, no post of X
        holder, described = _holder_after(text, ms, posts, post, lang)
        plural = _plural(post, lang) or (
            # "профессора MNU Унзила Шапак, Индира Аубакирова": "-а" is a plural before a list of names set off by
            # commas (a genitive's one professor is no list: "со слов профессора MNU Марата Ахмади и депутата Y")
            lang == "ru"
            and post.text.lower() == "профессора"
            and holder is not None
            and any(m.kind == "person" and re.fullmatch(r"\s*,\s*", text[holder.end : m.start]) for m in ms)
        )
        if (
            plural
            and holder is not None
            and (_own_post_between(text, posts, post, holder, lang) or (lang == "kk" and holder.oblique))
        ):
            # "Парламент депутаттары, … одағының төрағасы X": those present, then X with a post of his own;
            # "коалициясының мүшелері … министрі Аида Балаеваның жетекшілігімен": the members, and in the genitive the
            # one who led them
            holder = None
        # "Maulen Ashimbayev, senators, and leading experts": a plural post is never one name's apposition
        before = _holder_before(text, ms, post, lang) if not plural else None
        if (
            before is not None
            and holder is not None
            and any(
                p.end <= before.start
                and not re.search(r"[;.:]" if lang == "kk" else r"[,;.:]", text[p.end : before.start])
                for p in posts
            )
        ):
            # "член Комиссии Сергей Пономарев, председатель РОО «…», член Комиссии Серик Акылбай": a list of
            # posts-then-name items; the post after a name's comma opens the next item (in Kazakh, which names every
            # post before its holder, also after a chain of posts set off by commas: "… мүшесі, … кеңесшісі, доцент
            # С.Мұхтаров, Жазушылар одағының мүшесі, ақын Г.Әбішқызы")
            before = None
        if before is not None and (holder is None or _apposition(text, post, ms, lang)):
            holder, described = before, None
        if holder is None and lang == "en":
            holder = _profile_holder(text, ms, posts, post)
        if holder is None:
            holder = _appointed(text, ms, post, lang)
        if holder is None:
            if plural:
                _remember_plural(doc, n, post)  # "Сенат депутаттары …": the body of the names that follow
            if not (plural and post.role == "member"):
                _post_pseudo(doc, n, post)  # ("члены комиссии", "members of the Commission": no one holder)
            continue
        beside = orgs_of_post(doc, text, ms, post, lang)
        org_mentions = [m for m in beside if m.kind != "place"]
        if (
            not org_mentions
            and holder.start > post.end
            and not any(p.start >= post.end and p.end <= holder.start for p in posts)
        ):
            # "Член правления ассоциации Мадина Сейткали": the organisation between the post and the name
            org_mentions = [
                m
                for m in ms
                if m.start >= post.end
                and m.end <= holder.start
                and m.kind in ("unit", "organisation", "anaphor")
                # "Депутат от ОСДП Асхат Рахимжанов": the party that put the deputy up, not the body of the post
                and not _ELECTED_FROM.search(text, post.end, m.start)
            ][:1]
        if "and-bodies" in READINGS22 and lang == "kk" and len(org_mentions) == 1:
            org_mentions = _and_bodies_kk(text, ms, org_mentions[0]) + org_mentions
        unit_of = _unit_of_body(doc, text, ms, post, lang) if holder.start > post.end else None
        if unit_of is not None:
            org_mentions = []  # "заместитель директора департамента животноводства Министерства …": the unit
        if not org_mentions and lang == "en" and holder.start > post.end:
            # "regional analyst Roza Bayramova from the AIR Centre": the body named right after the holder
            org_mentions = [
                m
                for m in ms
                if m.kind in ("organisation", "unit")
                and m.start > holder.end
                and re.fullmatch(r"\s+(?:from|at|of)\s+(?:the\s+)?", text[holder.end : m.start])
                # "President Kassym-Jomart Tokayev at the National Kurultai": where the head of state spoke
                and not (
                    "venue" in READINGS33
                    and post.role in P.STATE_ROLES
                    and text[holder.end : m.start].split()[0] == "at"
                )
            ][:1]
        orgs = [
            o
            for o in (
                actor(doc, m, n, lang) or (generic_org(doc, m) if m.kind == "anaphor" else None) for m in org_mentions
            )
            if o
        ]
        if unit_of is not None:
            orgs = [unit_of]
        if READINGS18 and lang == "ru" and len(org_mentions) == 1:
            joined = _unit_with_parent_ru(doc, text, ms, org_mentions[0])
            orgs = [joined] if joined else orgs
        board = _board_en(doc, n, text, ms, post) if lang == "en" else None
        if board is not None:
            orgs = [board]  # "Chairman of the Board of X": the board, a body of its own
        if lang == "en" and len(org_mentions) == 1 and len(orgs) == 1:
            orgs = [_with_quoted_name(doc, text, org_mentions[0]) or orgs[0]]  # "… of the NJSC "Name""
        if "units" in READINGS23 and lang == "en" and len(org_mentions) == 1 and len(orgs) == 1:
            orgs = [_unit_with_parent_en(doc, text, org_mentions[0]) or orgs[0]]  # "… Department, Auezov University"
        if post in advised:
            # "советник Премьер-министра X", "adviser to the President X": an adviser in the body the post heads
            body = _body_headed(doc, n, text, advised[post], lang)
            if body is None and "adviser-of-head" in READINGS23:
                body = _body_of_head(doc, n, text, ms, advised[post], lang)
            orgs = [body] if body else orgs
        if post.role in _MISSIONS:
            # "Ambassador of Kazakhstan to Mexico X": a post in the embassy, never in the state or the country named
            embassy = _embassy(doc, text, post, holder, lang)
            if embassy is None and "embassy" in READINGS22 and post.role == "ambassador" and lang == "en":
                embassy = _embassy_of_the_article(doc, text, post)
            if embassy is None:
                continue
            orgs = [embassy]
        abroad = _foreign_state(doc, text, post, lang)
        if abroad:
            orgs = [abroad]  # "President of Kyrgyzstan X", "Президент Узбекистана X": the foreign state's post
            if post.role == "head-of-state":
                post = P.Post("president", post.start, post.end, post.text)  # "Russian President X": a president
        elif post.role in _FOREIGN_ROLES and not org_mentions:
            state = _other_state(text, ms, post, holder, lang)
            if state is not None:
                # "President of Mexico X", "Министр иностранных дел Испании X", "Мексика Президенті X": a state the
                # table lacks is still no post of the Republic; a minister's ministry keeps its state's name
                ministry = _ministry(doc, text, post, lang, state) if post.role in _MINISTERS else None
                if ministry is None:
                    continue
                orgs = [ministry]
        if post.role in _MINISTERS and orgs and set(orgs) <= {country(doc, lang)}:
            # "Deputy Minister of Foreign Affairs of the Republic of Kazakhstan X": the ministry, not the Republic
            orgs = [_ministry(doc, text, post, lang) or orgs[0]]
        if READINGS16 and post.role == "deputy" and lang == "ru":
            # "Депутат мажилиса от партии Amanat X": the chamber, not the party
            word = re.match(r"\s+((?:мажилис|мажлис|сенат)\w*)(?![\w-])", text[post.end :], re.IGNORECASE)
            named = _chamber_actor(doc, word.group(1)) if word else None
            orgs = [named] if named else orgs
        described_chamber = _described_chamber(doc, n, text, post, lang) if not abroad else None
        if described_chamber is not None:
            # "Парламенттің төменгі палатасы төрағасының орынбасары": the Mazhilis's deputy chair
            orgs = [described_chamber]
        if post.role in ("akim", "deputy-akim"):
            akimat = _akimat(doc, n, text, post, lang)  # "Аким Астаны": the akimat of the place, never the country
            orgs = [akimat] if akimat else [o for o in orgs if doc.linker.type_of(o) != "place"]
            if not orgs:
                continue
        if not orgs and any(m.kind == "place" for m in beside):
            orgs = [country(doc, lang)]  # "Президенту Казахстана": a post of the state
        confidence_org = 0.0
        if re.match(r"(?i)senator", post.text) and _FOREIGN_CHAMBER_EN.match(text, post.end):
            continue  # "the Senator of the Romanian Parliament": a foreign parliament's, never the Senate
        if re.match(r"(?i)сенатор|senator", post.text) and orgs and set(orgs) <= {"parliament"}:
            orgs = []  # "Senator of the Parliament of Kazakhstan X": a senator sits in the Senate, a chamber of it
        if not orgs and (
            re.match(r"(?i)сенатор|senator", post.text)
            or re.search(r"(?:Сенат(?:ы|ының)?|Senate(?:['’]s)?)\s*$", text[: post.start])
            or re.match(r"\s*(?:Сената|of\s+the\s+Senate)\b", text[post.end :])
        ):
            orgs, confidence_org = [senate(doc)], 0.0  # a senator, "Сенат Төрағасы": the Senate the registry lacks
        if not orgs and re.match(r"(?i)мажилисмен", post.text):
            mazhilis = _mazhilis(doc)  # "мажилисмен Азат Перуашев": a Mazhilis deputy
            orgs = [mazhilis] if mazhilis else orgs
        if not orgs:
            initials = _initials_beside(doc, n, text, post, lang)  # "ОСК төрағасы", "председатель ЦИК"
            orgs = [initials] if initials else orgs
        if post.role in ("prime-minister", "deputy-prime-minister") and set(orgs) <= {country(doc, lang)}:
            # "Prime Minister of Kazakhstan", "заместитель Премьер-министра", "ҚР Премьер-министрі X" (the Republic by
            # its initials), "Prime Minister of the Republic of Kazakhstan X": the Government
            orgs = [_government(doc)]
        if not orgs and post.role in _MINISTERS:
            ministry = _ministry(doc, text, post, lang)  # "Justice Minister", "министр юстиции", "Әділет министрі"
            orgs, confidence_org = ([ministry], -0.1) if ministry else (orgs, confidence_org)
        if not orgs:
            drafted = _unknown_body(doc, n, text, ms, post, lang)
            if drafted:
                orgs, confidence_org = [drafted], -0.1
        if not orgs and post.role in P.STATE_ROLES:
            orgs = [country(doc, lang)]
        if post.role.endswith("prosecutor-general") and orgs == [country(doc, lang)]:
            orgs = [_prosecutors_office(doc)]  # "Prosecutor General X", "… of the Republic of Kazakhstan X"
        if not orgs and post.role == "deputy":
            chamber = _chamber(doc, n, post)  # "мәжіліс депутаты", "На заседании Мажилиса депутат X"
            orgs, confidence_org = ([chamber[0]], chamber[1]) if chamber else (orgs, confidence_org)
        earlier = doc.plural_orgs.get(post.role)
        if not orgs and plural and earlier and 0 < n - earlier[0] <= 2:
            orgs, confidence_org = earlier[1], -0.1  # "Сенат депутаттары … Депутаттар X пен Y …"
        if (
            post.role == "head-of-state"
            and not abroad
            and orgs
            and all(doc.linker.type_of(o) in ("association", "organisation", "party", "state-body") for o in orgs)
            and country(doc, lang) not in orgs
        ):
            # "president of the Kazakhstan Association of Lawyers", "President of the Ak Zhol party", "the president
            # of the Senate": the body's president, not the state's (a country, or a place, keeps its head of state)
            post = P.Post("president", post.start, post.end, post.text)
        if post.role == "head" and _chaired(doc, orgs):
            post = P.Post("chair", post.start, post.end, post.text)
        if post.role == "vice-president" and orgs and country(doc, lang) not in orgs and not abroad:
            # "Vice President of the Constitutional Court X": the body's deputy chair, not the state's post; (forty-fifth
            # session) a body that is no court or body of the state has vice presidents ("Vice-President of PACE")
            of_state = all(doc.linker.type_of(o) in ("court", "state-body") for o in orgs)
            post = P.Post("deputy-chair" if of_state else "vice-president", post.start, post.end, post.text)
        holders = [holder]
        if plural and holder.start > post.end:
            # "сенаторлар Амангелді Нұғманов пен Бауыржан Қаниев"
            holders += _coordinated_after(text, ms, holder, posts)
        elif lang == "kk" and holder.start > post.end:
            # "қала мәслихатының депутаты Қайырбек Тоқтаров пен Нұржамал Күлкенова": a singular post before two names
            # joined by "мен" / "бен" / "пен" is both's
            nxt = _coordinated_after(text, ms, holder, posts)[:1]
            if nxt and re.fullmatch(r"\s*(?:мен|бен|пен)\s+", text[holder.end : nxt[0].start], re.IGNORECASE):
                holders += nxt
        for one in holders:
            _add_posts(doc, n, one, post, orgs, described, confidence_org)
    _deputy_of_the_one_before(doc, n)
    _members_including(doc, n, posts)


#: (twenty-second session, ``and-bodies``) Kazakh: two bodies in the genitive joined by "және" before one post.
_AND_GAP_KK = re.compile(r"\s+және\s+")
_GENITIVE_KK = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


#: "от" (from) right before a body between a post and its holder (thirty-eighth session's fix).
_ELECTED_FROM = re.compile(r"(?<![\w-])от\s+(?:партии\s+)?[«\"“]?$", re.IGNORECASE)


def _and_bodies_kk(text: str, ms: list[Mention], body: Mention) -> list[Mention]:
    """The body joined to ``body`` by "және", when both are in the genitive: "Конституциялық комиссияның және
    жалпыұлттық коалицияның мүшесі X" is a member of each. A place, a person or a post before "және" is none
    ("Мәжілістің төрағасы және коалицияның мүшесі": two posts, each of its own body)."""
    if body.kind != "organisation" or not _GENITIVE_KK.search(body.text):
        return []
    for m in ms:
        if m.end <= body.start and _AND_GAP_KK.fullmatch(text[m.end : body.start]):
            if m.kind == "organisation" and _GENITIVE_KK.search(m.text):
                return [m]
    return []


#: Bodies whose head is their chair: a commission, a court.
_CHAIRED = re.compile(r"\b(?:Commission|Court)\b")


def _chaired(doc: ArticleDoc, orgs: list[str]) -> bool:
    """Whether the head of these bodies is their chair ("глава ЦКР X", "Конституциялық комиссияның басшысы X",
    "комиссия во главе с X"): a commission's or a court's is, as the gold of every part writes it; a department's
    or a group's head stays head."""
    return bool(orgs) and all(_CHAIRED.search(doc.linker.label(o, "en") or "") for o in orgs)


#: What joins an adviser to the post whose holder is advised: "советник Премьер-министра", "adviser to the President".
_ADVISER_OF = {"ru": re.compile(r"\s+"), "en": re.compile(r"\s+to\s+(?:the\s+)?")}
#: A Kazakh post in the genitive right before "кеңесшісі": "Премьер-Министрдің кеңесшісі".
_KK_GENITIVE_GAP = re.compile(r"(?:ның|нің|дың|дің|тың|тің)\s+$")


def _advised_posts(text: str, posts: list[P.Post], lang: str) -> dict[P.Post, P.Post]:
    """Each adviser's post mapped to the post of the one advised, named beside it ("советник Премьер-министра",
    "adviser to the Prime Minister", "Премьер-Министрдің кеңесшісі"): that post is never the adviser's own."""
    out: dict[P.Post, P.Post] = {}
    for post in posts:
        if post.role != "adviser":
            continue
        for other in posts:
            if other is post:
                continue
            if lang == "kk":
                joined = other.end <= post.start and bool(_KK_GENITIVE_GAP.search(text[other.start : post.start]))
                joined = joined and not text[other.end : post.start].strip()
            else:
                gap = _ADVISER_OF.get(lang)
                joined = (
                    gap is not None and other.start >= post.end and bool(gap.fullmatch(text[post.end : other.start]))
                )
            if joined:
                out[post] = other
                break
    return out


def _body_headed(doc: ArticleDoc, n: int, text: str, post: P.Post, lang: str) -> str | None:
    """The body the holder of ``post`` heads, for the adviser of that holder: the Government for a prime minister,
    the state for its head, a minister's ministry, an akim's akimat; else None."""
    if post.role in ("prime-minister", "deputy-prime-minister"):
        return _government(doc)
    if post.role in ("head-of-state", "president") and _foreign_state(doc, text, post, lang) is None:
        return country(doc, lang)
    if post.role in _MINISTERS:
        return _ministry(doc, text, post, lang)
    if post.role in ("akim", "deputy-akim"):
        return _akimat(doc, n, text, post, lang)
    return None


#: (twenty-third session, ``adviser-of-head``) Heads whose adviser sits in the body they head: a rector's adviser is
#: the university's ("ректорының кеңесшісі"); a chair's has a post of its own ("adviser-to-the-chair").
_HEADS_ADVISED = frozenset({"rector", "director", "head"})


def _body_of_head(doc: ArticleDoc, n: int, text: str, ms: list[Mention], head: P.Post, lang: str) -> str | None:
    """The body whose head's adviser a post names, for a rector or a director ("Көкшетау университеті ректорының
    кеңесшісі X": an adviser in the university); None for other heads, or when no body is named beside the head."""
    if head.role not in _HEADS_ADVISED:
        return None
    for m in orgs_of_post(doc, text, ms, head, lang):
        if m.kind in ("organisation", "unit"):
            found = actor(doc, m, n, lang)
            if found:
                return found
    return _unknown_body(doc, n, text, ms, head, lang)


#: A passive of appointing or electing right before a post ("has been appointed head of", "назначен председателем"), or
#: after it in Kazakh ("төрағасы болып тағайындалды"): the post is the subject's.
_APPOINTED_BEFORE = {
    "en": re.compile(
        r"(?:has\s+been|have\s+been|had\s+been|was|were|is|been)\s+(?:(?:newly|recently|officially)\s+)?"
        r"(?:appointed|named|elected|re-?elected|confirmed)(?:\s+(?:as|to\s+the\s+post\s+of))?\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:был[аи]?\s+)?(?:назначен|избран|переизбран|утвержд[её]н)\w*\s+(?:на\s+должность\s+)?$", re.I
    ),
}
_APPOINTED_AFTER_KK = re.compile(
    r"^\s+(?:болып\s+(?:тағайындалды|сайланды|қайта\s+сайланды|бекітілді)|етіп\s+(?:тағайында|сайла|бекіт)\w*)",
    re.IGNORECASE,
)
#: Kazakh: a post taken, "болып" ("as"), then the appointed person's name before the passive verb ("Коалиция жетекшісі
#: болып … X тағайындалды").
_AS_POST_KK = re.compile(r"^\s+болып\s+(?!(?:қайта\s+)?(?:тағайында|сайлан|бекіт|табыла|сана)\w*)", re.IGNORECASE)
_APPOINTED_KK = re.compile(
    r"^\s+(?:қайта\s+)?(?:тағайындалды|сайланды|бекітілді|тағайындалған|сайланған|(?:болып\s+)?айқындалды)(?!\w)", re.I
)
#: An active appointment: the verb, then the person appointed, then (after "as") the post: "appointed X head of",
#: "назначил Эльвиру Азимову председателем".
_APPOINTS = re.compile(r"(?i)(?<![\w-])(?:appointed|named|elected|назначил\w*|избрал\w*|утвердил\w*)\s+$")
_AS_POST = re.compile(r"(?i)^\s*(?:,\s*)?(?:as\s+)?(?:the\s+)?$")


def _appointed(text: str, ms: list[Mention], post: P.Post, lang: str) -> Mention | None:
    """The subject of a passive appointment to ``post``: "State Counselor Erlan Karin has been appointed head of the
    working group", "Азимова назначена председателем комиссии", "Қарин … төрағасы болып тағайындалды"."""
    if lang == "kk" and READINGS16 and _AS_POST_KK.match(text[post.end :]):
        # "Коалиция жетекшісі болып облыс мәслихатының төрағасы X тағайындалды": the post taken, then the one the
        # person holds, then the passive's subject before its verb; a plural post's first name, where the verb follows
        # the last ("орынбасарлары болып … Ерлан Қарин және … Аида Балаева болып айқындалды": the caller adds the rest)
        first = None
        for m in ms:
            if m.kind != "person" or m.start < post.end or m.how == "post" or _stray(m):
                continue
            if re.search(r"[.;:!?]", text[post.end : m.start]):
                break
            first = first or m
            if _APPOINTED_KK.match(text[m.end :]):
                return first if _plural(post, lang) else m
        return None
    persons = [m for m in ms if m.kind == "person" and m.end <= post.start and m.how != "post" and not _stray(m)]
    if not persons or re.search(r"[.;:!?]", text[persons[-1].end : post.start]):
        return None
    if lang != "kk" and _AS_POST.match(text[persons[-1].end : post.start]):
        # "Tokayev appointed Erlan Karin head of the working group", "назначил Эльвиру Азимову председателем"
        return persons[-1] if _APPOINTS.search(text[max(0, persons[-1].start - 40) : persons[-1].start]) else None
    if lang == "kk":
        if not _APPOINTED_AFTER_KK.match(text[post.end :]):
            return None  # "Қаринді … жетекшісі етіп тағайындады": the accusative's person, as the passive's subject
    else:
        if (
            "whom" in READINGS24
            and lang == "en"
            and len(persons) >= 2
            and _WHOM.fullmatch(text[persons[-2].end : persons[-1].start])
            and _APPOINTED_BY.fullmatch(text[persons[-1].end : post.start])
        ):
            # "deputy Sergei Ponomarev, whom Tokayev appointed head of …": the relative's antecedent, not the one
            # who appoints
            return persons[-2]
        rx = _APPOINTED_BEFORE.get(lang)
        if rx is None or not rx.search(text[max(0, post.start - 80) : post.start]):
            return None
    return persons[-1]


#: (twenty-fourth session, ``whom``) A relative clause of appointing: "X, whom Y appointed head of …" (Y appoints).
_WHOM = re.compile(r"\s*,\s*whom\s+", re.IGNORECASE)
_APPOINTED_BY = re.compile(r"\s+(?:has\s+|had\s+)?(?:appointed|named|elected)(?:\s+as)?\s+(?:the\s+)?", re.IGNORECASE)


#: A former holder's word just before a post (up to two words of the post between: "Бұрынғы Әділет министрі",
#: "former Deputy Prime Minister"): the post is not held now.
_FORMER = re.compile(
    r"(?i)(?<![\w-])(?:former|ex-|the\s+then|бывш\w*|экс-|прежн\w*|бұрынғы|сол\s+кездегі)(?:\s+[^\s,.;:«»\"]+){0,2}?\s*$"
)


#: After "members of X": the list of its members follows ("…, including A, B", "…, в том числе A, B").
#: (a run of space read once: "\s*,?\s*" split it every way, 0.08 s a failed match at 2,000 spaces, measured)
_INCLUDING = re.compile(r"\s*(?:,\s*)?(?:including|among\s+them|в\s+том\s+числе|среди\s+них)\s+", re.IGNORECASE)
#: The members of a body, in the plural (the post finder reads "member" in the singular only).
_MEMBERS = re.compile(r"(?<![\w-])(?:members|члены|членов)(?![\w-])", re.IGNORECASE)
#: What may stand between two names of such a list once posts and bodies are cut out.
_LIST_GAP = re.compile(r"[\s,;–—-]*(?:(?:and|as\s+well\s+as|of|the|for|on|in|и|а\s+также)\b[\s,;–—-]*)*", re.IGNORECASE)


def _members_including(doc: ArticleDoc, n: int, posts: list[P.Post]) -> None:
    """ "members of the Commission, including Minister of Justice A, … and Chairperson of the Bar B": every name
    listed after "including" is a member of the body (each name keeps its own posts too)."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for word in _MEMBERS.finditer(text):
        post = P.Post("member", word.start(), word.end(), word.group())
        beside = [m for m in orgs_of_post(doc, text, ms, post, lang) if m.kind != "place"]
        if len(beside) != 1 or beside[0].start < post.end:
            continue
        cue = _INCLUDING.match(text, beside[0].end)
        org = actor(doc, beside[0], n, lang)
        if cue is None or org is None:
            continue
        cur = cue.end()
        for m in [m for m in ms if m.kind == "person" and m.start >= cur and not _stray(m) and m.how != "post"]:
            inner = [x for x in ms if cur <= x.start and x.end <= m.start and (x.kind != "person" or _stray(x))]
            inner += [Mention(p.start, p.end, p.text, "post") for p in posts if cur <= p.start and p.end <= m.start]
            if not _LIST_GAP.fullmatch(_residue(text[cur : m.start], cur, inner)):
                break
            _add_posts(doc, n, m, post, [org], None, -0.1)
            cur = m.end


#: A name's profile before a colon: "X, one of Kazakhstan's experienced lawyers:" (no verb, no other name).
_PROFILE_GAP = re.compile(r"\s*(?:,\s*(?:one\s+of\s+|an?\s+|the\s+)[^,;:.!?]{0,80})?:\s*$", re.IGNORECASE)


def _profile_holder(text: str, ms: list[Mention], posts: list[P.Post], post: P.Post) -> Mention | None:
    """The name whose profile lists a post after a colon: "X, one of … lawyers: Doctor of Law, professor at A,
    member of B, president of C, and member of D." Each item of the list is the name's; the list runs
    from the colon to the post in items set off by commas, with no other name and no verb in it."""
    colon = text.rfind(":", 0, post.start)
    if colon < 0:
        return None
    persons = [m for m in ms if m.kind == "person" and m.end <= colon and not _stray(m)]
    if not persons or not _PROFILE_GAP.match(text[persons[-1].end : colon + 1]):
        return None
    listed = text[colon + 1 : post.start]
    if any(m.kind == "person" and not _stray(m) and colon < m.start < post.start for m in ms):
        return None
    if re.search(r"[;.!?]|\b(?:is|are|was|were|has|have|said|says)\b", listed):
        return None
    if listed.strip() and not re.search(r",\s*(?:and\s+)?$", listed):
        return None  # the post opens an item of the list
    return persons[-1]


#: "… and his deputy X": "оның орынбасары", "его заместитель", "his/her deputy".
_HIS_DEPUTY = {
    "kk": re.compile(r"(?<![\w-])оның\s+орынбасар(?:ы|ының)\s+$"),
    "ru": re.compile(r"(?<![\w-])(?:его|ее|её)\s+заместител(?:ь|я|ем)\s+$", re.IGNORECASE),
    "en": re.compile(r"\b(?:his|her|its)\s+deputy,?\s+$", re.IGNORECASE),
}
#: The deputy's post of a post: a chair's deputy is a deputy chair.
_DEPUTY_OF = {"chair": "deputy-chair", "head": "deputy-head", "minister": "deputy-minister", "akim": "deputy-akim"}


def _deputy_of_the_one_before(doc: ArticleDoc, n: int) -> None:
    """ "ОСК төрағасы X пен оның орынбасары Y", "председатель ЦИК X и его заместитель Y": Y is the deputy of
    the post X holds, in the same body (the post drafted for X in this sentence)."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    rx = _HIS_DEPUTY.get(s.lang)
    if rx is None:
        return
    for m in ms:
        if m.kind != "person" or _stray(m) or not rx.search(s.text[max(0, m.start - 40) : m.start]):
            continue
        person = actor(doc, m, n, s.lang)
        before = [f for f in doc.facts if f.type == "membership" and f.sentence == n and f.values["role"] in _DEPUTY_OF]
        if not person or doc.linker.type_of(person) != "person" or len(before) != 1:
            continue
        # "his" is the name just before: in "X met the press, and his deputy Y spoke about the Chairman Z",
        # Y is X's deputy, not the deputy chair of Z's body
        names = [x for x in ms if x.kind == "person" and not _stray(x) and x.end <= m.start]
        if not names or _person_of(doc, names[-1]) != before[0].values["holder"]:
            continue
        org, role_id = before[0].values["organisation"], role(doc, _DEPUTY_OF[before[0].values["role"]])
        _post(doc, n, person, role_id, org, 0.7, "his deputy, after a post's holder")


def _post(doc: ArticleDoc, n: int, person: str, role_id: str, org: str, confidence: float, why: str) -> None:
    """Draft that ``person`` holds ``role_id`` in ``org`` (one fact per holder, role and body), said in sentence ``n``."""
    add_fact(
        doc,
        n,
        "membership",
        {"holder": person, "role": role_id, "organisation": org},
        confidence,
        ("membership", person, role_id, org),
        why,
    )


def _person_of(doc: ArticleDoc, m: Mention) -> str | None:
    """The person a mention names, as far as the registry and this session's drafts tell (drafts nobody)."""
    return m.actor or doc.linker.resolve(m.new.get("name", m.text), "person")


def _own_post_between(text: str, posts: list[P.Post], post: P.Post, holder: Mention, lang: str) -> bool:
    """Whether a singular post stands between a plural post and the name it leads to, after a comma or (Russian) a
    preposition's phrase: the plural names others present, the name has its own post ("Парламент депутаттары, …
    одағының төрағасы X", "встречи членов Коалиции … с жителями области Абай государственный советник X"). Not when
    the post follows the plural at once or after a dash: then it is the first holder's own ("коалиция мүшелері …
    университетінің басқарма төрағасы – ректоры X", "Заместители председателя Комиссии – Государственный советник X")."""
    for p in posts:
        if not (post.end <= p.start and p.end <= holder.start) or _plural(p, lang):
            continue
        between = text[post.end : p.start]
        if re.search(r"\s[–—‑-]\s", between):
            continue
        if "," in between or (lang == "ru" and re.search(r"(?<![\w-])(?:с|со|в|во|на|перед)\s", between)):
            return True
    return False


def _plural(post: P.Post, lang: str) -> bool:
    """Whether a post is in the plural: "депутаттары", "сенаторы", "senators" (Kazakh "орынбасары" is singular)."""
    if lang == "kk":
        return bool(re.search(r"(?:тар|тер|дар|дер|лар|лер)(?:ы|і)?$", post.text, re.IGNORECASE))
    if lang == "ru" and (
        post.text.lower() in ("члены", "членов", "членам", "членами")
        or (READINGS16 and post.text.lower() == "представители")
    ):
        return True  # "члены комиссии X и Y", "представители партии X и Y"
    if lang == "ru" and len(post.text.split()) > 1:
        # "Заместители председателя": the plural is the first word's (masculine posts: "-и", "-ы"; not "главы")
        return bool(re.fullmatch(r"(?!главы)[а-яё-]+(?:ели|елями|ики|ари|ры|ты|ны)", post.text.split()[0].lower()))
    return bool(P.PLURAL_POST.search(post.text))


def _akimat(doc: ArticleDoc, n: int, text: str, post: P.Post, lang: str) -> str | None:
    """The akimat of an akim's place: "Ақтөбе облысының әкімі", "аким Астаны", "akim of Astana"."""
    from kg.extract.actors import new_org

    name: str | None = None
    if lang == "kk":
        m = re.search(
            r"((?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+){0,2}(?:облыс|қала|аудан)\w*|[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+)\s*$", text[: post.start]
        )
        if m and re.search(r"\s", m.group(1)):
            # "Батыс Қазақстан облысының әкімі": the place's words, as far as a place's name covers them ("Бүгін
            # аудан әкімі": "today" opens the sentence, the district is unnamed)
            kind_at = m.start(1) + m.group(1).rindex(" ") + 1
            first = next(
                (
                    x.start
                    for x in doc.mentions[n]
                    if x.kind == "place" and x.start >= m.start(1) and x.end >= kind_at - 1
                ),
                kind_at,
            )
            place_words = text[first : m.end(1)] if first < kind_at else text[kind_at : m.end(1)]
            name = f"{place_words} әкімдігі"
        else:
            name = f"{m.group(1)} әкімдігі" if m else None
        region = article_region(doc, n)
        city = _article_city(doc, n)
        if re.match(r"(?i)өңір", post.text):
            # "Өңір басшысы X" (P.READINGS18): the head of the region, its akim, as "Облыс әкімі X" reads
            m, name = None, f"{region} облысының әкімдігі" if region else "облыс әкімдігі"
        if m and name and re.fullmatch(r"(?i)қала\w*", name.split()[0]) and city:
            name = f"{city} қаласының әкімдігі"  # "Қала әкімі X" in a report on one city: that city's akimat
        elif m and name and re.fullmatch(r"(?i)облыс\w*", name.split()[0]):
            # "Облыс әкімі X" in a Pavlodar report: that region's akimat; in a report naming none, the regional one
            name = f"{region} облысының әкімдігі" if region else "облыс әкімдігі"
        elif name and re.match(r"(?i)(?:облыс|қала|аудан)\s", name):
            name = name[0].lower() + name[1:]  # "Облыс әкімінің орынбасары": the regional akimat
    elif lang == "ru":
        m = re.match(
            r"\s+((?:[А-ЯЁ][\w-]+\s+)?(?:област\w*|город\w*|район\w*)(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?![\w-])(?!\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]))?|[А-ЯЁ][\w-]+)",
            text[post.end :],
        )
        name = f"Акимат {m.group(1)}" if m else None
        region = article_region(doc, n)
        city = _article_city(doc, n)
        if re.match(r"(?i)глав", post.text):
            # "Глава региона X" (P.READINGS18): the head of the region, its akim, as "Аким области X" reads
            name = f"Акимат {_ru_region(region)}" if region else "Акимат области"
        elif m and re.fullmatch(r"(?i)област\w*", m.group(1)):
            name = f"Акимат {_ru_region(region)}" if region else name  # "аким области" in a report on one region
        elif m and re.fullmatch(r"(?i)город\w*", m.group(1)) and city:
            name = f"Акимат города {city}"  # "аким города X" in a report on Almaty: the akimat of Almaty
    else:
        # "of Astana", "of Almaty Region", "of East Kazakhstan Region" (two words of a place only before its kind)
        m = re.match(
            r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]+\s+){1,2}(?:Region|Oblast|City|District)\b|[A-Z][\w-]+)",
            text[post.end :],
        )
        if m is None:
            # "Almaty Mayor X", "Astana akim X": the place before the post, when a place's name is there
            m = re.search(r"(?<![\w-])([A-Z][\w-]+(?:\s+(?:Region|Oblast|City|District))?)\s+$", text[: post.start])
            if m and not any(x.kind == "place" and x.start <= m.start(1) < x.end for x in doc.mentions[n]):
                m = None
        name = f"Akimat of {m.group(1)}" if m else None
        region = article_region(doc, n)
        if (
            m is None
            and region
            and (
                re.match(r"\s+of\s+the\s+region\b", text[post.end :], re.IGNORECASE)
                or re.search(r"(?i)\bregional\s+$", text[: post.start])
            )
        ):
            name = f"Akimat of {region} Region"  # "the regional akim", "akim of the region" in a report on one region
    return new_org(doc, name, lang) if name else None


def _article_city(doc: ArticleDoc, n: int) -> str | None:
    """The one city the article names most up to sentence ``n`` (in its base form), else None: the city of "аким
    города X", "қала әкімі X" (Almaty and Astana too, which are no regional centres for :func:`article_region`).

    Counted once per sentence and kept, as the regions are (a count from the start at each akim made a long
    article quadratic)."""
    from kg.extract.actors import _REGION_WORD

    counts = doc.city_counts
    while len(counts) <= n and len(counts) < len(doc.mentions):
        k = len(counts)
        cities = Counter(counts[-1]) if counts else Counter()
        lang = doc.article.sentences[k].lang
        text = doc.article.sentences[k].text
        for m in doc.mentions[k]:
            if m.kind != "place" or _REGION_WORD.match(text[m.end : m.end + 12].strip()):
                continue
            name = m.new.get("name") or (doc.linker.label(m.actor, lang) if m.actor else m.text)
            if name[:1].isupper() and not _REGION_WORD.search(name) and not _HOME.match(name):
                cities[name] += 1
        counts.append(cities)
    if not counts:
        return None
    best = counts[min(n, len(counts) - 1)].most_common(2)
    if not best or len(best) == 2 and best[0][1] == best[1][1]:
        return None
    return best[0][0]


#: A chamber's name in lower case beside a deputy's post: "мәжіліс депутаты", "депутат мажилиса", "Majilis deputy".
_CHAMBER_WORD = re.compile(
    r"(?i)^(?:мәжіліс\w*|сенат\w*|мажилис\w*|мажлис\w*|majilis|mazhilis|senate|маслихат\w*|мәслихат\w*)$"
)


def _initials_beside(doc: ArticleDoc, n: int, text: str, post: P.Post, lang: str) -> str | None:
    """A body written by its initials beside a post (before it in Kazakh, after it otherwise): the registry's, else
    the body the article has named in full with words that spell them ("Қазақстан Республикасы Кәсіподақтар
    федерациясында ҚРКФ Төрағасы", "Мақсұт Нәрікбаев атындағы университет … MNU профессоры")."""
    if lang == "kk":
        m = re.search(r"(?<![\w-])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})(?:-?(?:ның|нің|тың|тің|дың|дің))?\s+$", text[: post.start])
    else:
        m = re.match(r"\s+(?:of\s+(?:the\s+)?)?([A-ZА-ЯЁ]{2,6})(?![\w-])", text[post.end :])
    if m is None:
        return None
    found = doc.linker.resolve(m.group(1), "organisation")
    if found:
        return found if doc.linker.type_of(found) != "place" else None
    return spelled_body(doc, n, m.group(1), lang)


def _chamber(doc: ArticleDoc, n: int, post: P.Post) -> tuple[str, float] | None:
    """The chamber of a deputy named without one: the word beside the post, else the one chamber the clause names.

    "мәжіліс депутаты Мұрат Әбенов" writes the chamber in lower case (the gazetteer takes one
    lower-case word for a common noun); "Сенат кулуарында депутат Есбай Амангелді" and "На
    заседании Мажилиса депутат Максат Толыкбай" name the chamber where the deputy speaks.
    """
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    beside = re.search(r"(\w+)\s+$", text[: post.start]) if lang in ("kk", "en") else None
    if lang in ("ru", "en") and beside is None or (beside and not _CHAMBER_WORD.match(beside.group(1))):
        beside = re.match(r"\s+(\w+)", text[post.end :])
    if beside and _CHAMBER_WORD.match(beside.group(1)):
        named = _chamber_actor(doc, beside.group(1))
        return (named, 0.0) if named else None
    clause = re.split(r"[.;:!?]|,\s+(?:а|но|и|және|but|and)\s", text[: post.start])[-1]
    offset = post.start - len(clause)
    if READINGS16 and not _clause_verb(clause, lang):
        # "Парламенттің төменгі палатасы төрағасының орынбасары, депутат X": the chamber another post of the chain
        # names by description
        for other in P.find_posts(text, lang):
            if other.end <= post.start and other.start >= offset:
                described = _described_chamber(doc, n, text, other, lang)
                if described is not None:
                    return described, -0.1
    found = {
        a
        for m in ms
        if offset <= m.start and m.end <= post.start and m.kind == "organisation"
        for a in [_chamber_actor(doc, m.text)]
        if a
    }
    if not found and _in_a_faction(doc, n, post):
        mazhilis = _mazhilis(doc)
        return (mazhilis, -0.1) if mazhilis else None
    if not found and lang == "en":
        named = _parliament_before(doc, n, post)
        return (named, -0.1) if named else None
    return (found.pop(), -0.1) if len(found) == 1 else None


#: The Mazhilis and the Senate named by description: "Парламенттің төменгі палатасы", "нижняя палата парламента",
#: "the lower house of Parliament" (the upper: the Senate). Kazakh names the chamber before the post, Russian and
#: English after it; another state's parliament ("the lower house of the Russian parliament", "Ресей парламентінің")
#: is not read so.
_DESCRIBED_CHAMBER = {
    "kk": re.compile(
        r"(?:(?-i:Парламент)(?:тің|інің)\s+|ҚР\s+Парламент(?:тің|інің)\s+)?(?P<level>төменгі|жоғарғы|жоғары)\s+"
        r"палата(?:сы|сының|ның)?\s*$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\s+(?P<level>нижн|верхн)(?:ей|яя|юю)\s+палат(?:ы|е|а|у)(?:\s+[Пп]арламента)?(?:\s+РК)?(?![\w-])"
        r"(?!\s+(?!казахстанск)[а-яё]+(?:ого|его)\s+парламент)"  # "… российского парламента"
    ),
    "en": re.compile(
        r"^\s+of\s+(?:the\s+)?(?:(?-i:Kazakh|Kazakhstan['’]s)\s+)?(?P<level>lower|upper)\s+(?:house|chamber)"
        r"(?:\s+of\s+(?:the\s+)?(?:Kazakh\s+)?[Pp]arliament(?:\s+of\s+(?:the\s+Republic\s+of\s+)?Kazakhstan)?)?"
        r"(?![\w-])(?!\s+of\s)",
        re.IGNORECASE,
    ),
}
_LOWER_LEVEL = re.compile(r"(?i)^(?:төменгі|нижн|lower)")


def _described_chamber(doc: ArticleDoc, n: int, text: str, post: P.Post, lang: str) -> str | None:
    """The Mazhilis or the Senate a post's body describes ("Парламенттің төменгі палатасы төрағасының орынбасары",
    "заместитель председателя нижней палаты парламента", "Deputy Speaker of the lower house of Parliament")."""
    rx = _DESCRIBED_CHAMBER.get(lang)
    if rx is None or not READINGS16:
        return None
    m = rx.search(text[: post.start]) if lang == "kk" else rx.match(text[post.end :])
    if m is None:
        return None
    if lang == "ru":
        end, home = post.end + m.end(), country(doc, lang)
        after = [x for x in doc.mentions[n] if x.start >= end and not text[end : x.start].strip()]
        if any(
            x.kind == "place"
            and not re.fullmatch(r"РК|Казахстан\w*|Республик\w+\s+Казахстан", x.text)
            and actor(doc, x, n, lang) != home
            for x in after
        ):
            return None  # "нижней палаты парламента России": another state's chamber
    if (
        lang == "kk"
        and re.search(
            r"(?<![\w-])(?!(?:ҚР|Қазақстан)\w*\s)(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\w*\s+(?:парламент\w*\s+)?$", text[: m.start()]
        )
        and not m.group().startswith(("Парламент", "ҚР"))
    ):
        return None  # "Ресей парламентінің төменгі палатасы": another state's chamber
    if _LOWER_LEVEL.match(m.group("level")):
        return _mazhilis(doc)
    return senate(doc)


#: Last words of other states' parliaments' names in English ("the Milli Majlis", "the Jogorku Kenesh").
_PARLIAMENT_EN = re.compile(r"(?i)^(?:majlis|mejlis|majilis|kenesh|khural|duma|rada|sejm)$")


def _parliament_before(doc: ArticleDoc, n: int, post: P.Post) -> str | None:
    """The parliament named last before a deputy named without one, in this sentence or the two before.

    "A group of deputies from the Milli Majlis of Azerbaijan … In Almaty, the observer will be
    deputy X": an English report names a foreign parliament once, then its deputies.
    """
    for k in range(n, max(-1, n - 3), -1):
        for m in reversed(doc.mentions[k]):
            if m.kind != "organisation" or (k == n and m.end > post.start):
                continue
            words = m.text.split()
            if len(words) >= 2 and words[-2].lower() == "of":
                words = words[:-2]  # "Milli Majlis of Azerbaijan": the parliament, then its country
            if words and _PARLIAMENT_EN.match(words[-1]):
                return actor(doc, m, k, "en")
    return None


def _in_a_faction(doc: ArticleDoc, n: int, post: P.Post) -> bool:
    """Whether the deputy's own chain of posts names a party's faction, and no maslikhat: the Mazhilis's deputy.

    "руководитель парламентской фракции НПК, …, депутат X": parliamentary factions sit in the
    Mazhilis (a maslikhat's faction is named with its maslikhat).
    """
    s, ms = doc.article.sentences[n], doc.mentions[n]
    if re.search(r"(?i)маслихат|мәслихат|maslikhat|сенат|senate", s.text):
        return False
    clause = re.split(r"[.;:!?]", s.text[: post.start])[-1]
    offset = post.start - len(clause)
    # the deputy's own chain: no verb between the faction and the post ("Руководитель фракции НПК сказал,
    # что депутат X …": the faction is the subject's, and X may sit anywhere)
    return any(
        m.kind == "unit"
        and m.new.get("unit") == "faction"
        and m.start >= offset
        and not _clause_verb(s.text[m.end : post.start], s.lang)
        for m in ms
    )


def _clause_verb(text: str, lang: str) -> bool:
    """Whether ``text`` holds a finite verb or a conjunction that opens a clause ("сказал, что", "деп", "said")."""
    if lang == "ru":
        text = re.sub(r"«[^«»]*»", " ", text)  # a name in quotes holds no verb of the clause: «Ак жол»
        return _verb_between(text, lang) or bool(re.search(r"(?i)(?<!\w)(?:что|который|которая)(?!\w)", text))
    if lang == "kk":
        return bool(re.search(r"(?i)(?<!\w)(?:деп|деді|айтты|мәлімдеді)(?!\w)", text))
    return bool(re.search(r"(?i)\b(?:said|says|told|stated|noted|that|who|is|are|was|were)\b", text))


def _chamber_actor(doc: ArticleDoc, word: str) -> str | None:
    """The Mazhilis, the Senate or a maslikhat a word names, when it names one."""
    word = word.split()[-1] if word.split() else word
    if not _CHAMBER_WORD.match(word):
        return None
    if re.match(r"(?i)сенат|senate", word):
        return senate(doc)
    # "депутат мажлиса": the Mazhilis spelled as the Russian press often writes it
    found = _mazhilis(doc) if re.match(r"(?i)мажлис", word) else doc.linker.resolve(word, "organisation")
    return found if found and doc.linker.type_of(found) == "state-body" else None


def _mazhilis(doc: ArticleDoc) -> str | None:
    """The Mazhilis, as the registry names it."""
    return doc.linker.resolve("Мажилис", "organisation")


#: The field of a ministry named beside "minister": "Justice Minister", "Minister of Justice", "министр юстиции", "Әділет министрі".
#: English words that open a post, never a ministry's field ("… of Justice and Deputy Prime Minister").
_POST_WORD_EN = (
    r"(?:Deputy|Vice|First|Prime|Minister|Chair(?:man|woman|person)?|Head|Director|Secretary|Speaker|Rector|"
    r"Professor|Member|President|Adviser|Advisor|Ambassador|Dean|Co-editor|Editor)\b"
)
_MINISTRY_FIELD = {
    "en": (
        re.compile(r"(?<![\w-])((?:[A-Z][a-z]+\s+and\s+)?[A-Z][a-z]+)\s+$"),
        re.compile(
            r"^\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+(?:and\s+)?(?!" + _POST_WORD_EN + r")[A-Z][a-z]+){0,3}?)"
            # the field ends where a name begins: the run's last two words, a patronymic between them or not
            r"(?=\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:ovich|evich|ovna|evna|uly|kyzy))?\s+[A-Z][a-z]+(?![\w-]|\s+[A-Z])"
            # or where "and" joins another post ("Minister of Justice and Deputy Prime Minister")
            r"|\s*[,.;:]|\s+(?!and\s)[a-z]|\s+and\s+" + _POST_WORD_EN + r"|$)"
        ),
    ),
    "ru": (
        None,
        re.compile(
            # "юстиции", "культуры и информации", "иностранных дел"
            r"^\s+((?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+)?(?:[а-яё]+(?:ии|ов|ы|а|и|ства|ния)|дел)(?:\s+и\s+[а-яё]+(?:ии|ов|ы|а|и|ства|ния))?)(?=\s|[,.;:]|$)"
        ),
    ),
    "kk": (
        re.compile(
            r"(?<![\w-])((?:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+\s+және\s+)?[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+"
            r"(?:\s+(?:және\s+)?(?-i:[а-яәғқңөұүһі]+)){0,2})\s+$"  # "Сыртқы істер", "Мәдениет және ақпарат"
        ),
        None,
    ),
}
#: A ministry's field inside an English deputy's post: "Deputy Foreign Minister", "Vice Justice Minister".
_FIELD_INSIDE = re.compile(
    r"(?i)(?:deputy|vice)[\s-]+((?-i:[A-Z][a-z]+)(?:\s+(?:and\s+)?(?-i:[A-Z][a-z]+))?)\s+minister"
)
#: Words before "Minister" that are no field: "Prime", "Deputy", "Foreign" keeps its own ministry.
_NOT_FIELD = re.compile(r"(?i)^(?:the|a|prime|deputy|vice|former|acting|first|state|then|new|and)$")


#: Posts a foreign state has too: beside its name they are that state's, never the Republic's.
_FOREIGN_ROLES = P.STATE_ROLES | {"prime-minister", "deputy-prime-minister", *_MINISTERS}


def _foreign_state(doc: ArticleDoc, text: str, post: P.Post, lang: str) -> str | None:
    """The foreign state a post of the state belongs to ("President of Kyrgyzstan", "Қырғызстан Президенті",
    "Министр иностранных дел России"): the state as a body, drafted when the registry lacks it; else None."""
    if post.role not in _FOREIGN_ROLES:
        return None
    found = P.foreign_state(text[post.end :], lang, before=False) or P.foreign_state(
        text[: post.start], lang, before=True
    )
    if found is None:
        return None
    state_id, name = found
    if doc.linker.type_of(state_id) is not None:
        return state_id
    return doc.linker.add("state-body", name, "en", actor_id=state_id)


#: "of Kazakhstan to|in Mexico", "Казахстана в Мексике" after "Ambassador"; "Қазақстанның Мексикадағы" before "елшісі".
_EMBASSY_AFTER = {
    "en": re.compile(
        r"\s+of\s+(?:the\s+)?(?P<from>(?:Republic\s+of\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:to|in)\s+(?:the\s+)?"
        r"(?P<to>[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,2})"
    ),
    "ru": re.compile(
        r"\s+(?P<from>(?:Республики\s+)?[А-ЯЁ][а-яё-]+|РК)\s+во?\s+(?P<to>(?:[А-ЯЁ][а-яё-]+(?:ой|ом)\s+)?[А-ЯЁ][а-яё-]+(?:е|и))(?!\w)"
    ),
}
_EMBASSY_BEFORE_EN = re.compile(r"(?P<from>Kazakh|Kazakhstan['’]s)\s+$")
_EMBASSY_TO_EN = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?P<to>[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,2})")
_EMBASSY_KK = re.compile(
    r"(?P<from>Қазақстан(?:ның|\s+Республикасының)|ҚР|(?-i:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі-]+(?:ның|нің|дың|дің|тың|тің)))\s+(?P<to>(?:[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+)?[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+(?:дағы|дегі|тағы|тегі))\s+$"
)


#: The mission each head of a diplomatic mission heads, and how its name joins the host: "Embassy of Kazakhstan in
#: Mexico", "Consulate General of Kazakhstan in Strasbourg", "Permanent Mission of Kazakhstan to the United Nations".
_MISSIONS = {
    "ambassador": {"en": ("Embassy", "in"), "ru": "Посольство", "kk": "елшілігі"},
    "consul-general": {"en": ("Consulate General", "in"), "ru": "Генеральное консульство", "kk": "бас консулдығы"},
    "permanent-representative": {
        "en": ("Permanent Mission", "to"),
        "ru": "Постоянное представительство",
        "kk": "тұрақты өкілдігі",
    },
}
#: After a permanent representative's host, its seat: "to the International Organizations in Vienna".
_SEAT_EN = re.compile(r"\s+in\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?![\w-])")


def _embassy(doc: ArticleDoc, text: str, post: P.Post, holder: Mention, lang: str) -> str | None:
    """The mission a head of a diplomatic mission heads, named from the words beside the post, else None (no post).

    "Ambassador of Kazakhstan to Mexico" → *Embassy of Kazakhstan in Mexico*, "Посол Казахстана в Египте" →
    *Посольство Казахстана в Египте*, "Қазақстанның Мексикадағы елшісі" → *Қазақстанның Мексикадағы елшілігі*:
    the country sending and the country hosting, as the embassy's own name says them. A consul general heads a
    consulate general ("Consul General of Kazakhstan in Strasbourg"), a permanent representative a permanent
    mission ("Permanent Representative of the Republic of Kazakhstan to the International Organizations in Vienna").
    """
    from kg.extract.actors import new_org

    mission = _MISSIONS[post.role]
    end = holder.start if holder.start > post.end else len(text)
    if lang == "kk":
        m = _EMBASSY_KK.search(text[: post.start])
        return new_org(doc, f"{m.group('from')} {m.group('to')} {mission['kk']}", lang) if m else None
    if lang == "en":
        kind, joint = mission["en"]
        m = _EMBASSY_AFTER["en"].match(text, post.end, end)
        before = _EMBASSY_BEFORE_EN.search(text[: post.start])
        # "Russia's ambassador to Kazakhstan X", "Uzbek Ambassador to Kazakhstan X": another state's embassy
        abroad = None if before else P.foreign_state(text[: post.start], "en", before=True)
        to = _EMBASSY_TO_EN.match(text, post.end, end) if m is None and (before or abroad) else None
        if m is None and to is None:
            return None
        sender = (
            (abroad[1] if abroad else "Kazakhstan") if m is None else re.sub(r"^Republic\s+of\s+", "", m.group("from"))
        )
        found = m or to
        host = found.group("to")  # type: ignore[union-attr]
        if joint == "to":
            seat = _SEAT_EN.match(text, found.end(), end)  # type: ignore[union-attr]
            the = "the " if re.search(r"\bthe\s+$", text[: found.start("to")]) else ""  # type: ignore[union-attr]
            return new_org(
                doc, f"{kind} of {sender} to {the}{host}" + (f" in {seat.group('city')}" if seat else ""), lang
            )
        return new_org(doc, f"{kind} of {sender} in {host}", lang)
    if lang == "ru":
        m = _EMBASSY_AFTER["ru"].match(text, post.end, end)
        # "во Франкфурте": the preposition as the text writes it
        prep = re.search(r"\s(во?)\s", m.group()).group(1) if m else "в"  # type: ignore[union-attr]
        return new_org(doc, f"{mission['ru']} {m.group('from')} {prep} {m.group('to')}", lang) if m else None
    return None


#: (twenty-second session, ``embassy``) The one Kazakh embassy an English article names: "held at the Embassy of
#: Kazakhstan in Bulgaria".
_EMBASSY_NAMED_EN = re.compile(
    r"(?<![\w-])Embassy\s+of\s+(?:the\s+Republic\s+of\s+)?Kazakhstan\s+in\s+(?:the\s+)?"
    r"(?P<to>[A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,2})"
)


def _embassy_of_the_article(doc: ArticleDoc, text: str, post: P.Post) -> str | None:
    """A bare "Ambassador X" (no host beside the post) heads the one embassy of Kazakhstan the article names: "a
    roundtable … was held at the Embassy of Kazakhstan in Bulgaria", then "Ambassador Viktor Temirbayev presented …".
    None when another state stands before the post ("Russian Ambassador X"), or the article names two embassies."""
    from kg.extract.actors import new_org

    if P.foreign_state(text[: post.start], "en", before=True) or _NATIONALITY_EN.search(text[: post.start]):
        return None
    hosts = {m.group("to") for s in doc.article.sentences for m in _EMBASSY_NAMED_EN.finditer(s.text)}
    return new_org(doc, f"Embassy of Kazakhstan in {hosts.pop()}", "en") if len(hosts) == 1 else None


def _government(doc: ArticleDoc) -> str:
    """The Government of the Republic: the registry's, else drafted in three languages."""
    names = {"en": "Government of the Republic of Kazakhstan", "kk": "Қазақстан Республикасының Үкіметі"}
    names["ru"] = "Правительство Республики Казахстан"
    return state_body(doc, "government", names, (names["en"], names["ru"], "Government"))


#: Words that name the Republic itself beside a post: its posts are the Republic's, never a foreign state's.
_HOME = re.compile(
    r"(?i)^(?:the\s+)?(?:Republic(?:\s+of\s+Kazakhstan\w*)?|Kazakhstan\w*|Country|State)$|^(?:Республик\w+\s+)?Казахстан\w*|^РК$|^ҚР|^Қазақстан\w*|^Республика\w*|^Мемлекет\w*|^Ел(?:і|дің)?$"
)
#: A nationality before a post: "Mexican President", "Spanish Prime Minister".
_NATIONALITY = r"(?-i:[A-Z][a-z]+(?:an|ese|ish|i))"
_NATIONALITY_EN = re.compile(rf"(?<![\w-]){_NATIONALITY}\s+$")
#: After "Senator": a foreign parliament, by its nationality or its state ("of the Romanian Parliament", "of the Senate
#: of Romania"), never Kazakhstan's.
_FOREIGN_CHAMBER_EN = re.compile(
    rf"\s+of\s+the\s+(?:(?!Kazakh){_NATIONALITY}\s+(?:Parliament|Senate)|"
    r"(?:Parliament|Senate)\s+of\s+(?!(?:the\s+)?(?:Republic\s+of\s+)?Kazakhstan)(?-i:[A-Z]))"
)


def _other_state(text: str, ms: list[Mention], post: P.Post, holder: Mention, lang: str) -> str | None:
    """The name of a state other than the Republic beside a post of the state, else None.

    English names it after the post's last "of" ("President of Mexico X", "Minister of Foreign Affairs of
    Hungary X") or as a nationality before it ("Mexican President"); Russian in the genitive after the post and
    its field ("Министр иностранных дел Испании X"); Kazakh before the post ("Мексика Президенті X").
    """
    end = holder.start if holder.start > post.end else len(text)
    if lang == "en":
        segment = re.split(r"[,;:.()]", text[post.end : end], maxsplit=1)[0]
        m = re.search(r"\bof\s+(?:the\s+)?((?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\s*$", segment)
        if m and post.role in _MINISTERS and segment[: m.start()].count("of") < 1:
            m = None  # "Minister of Justice X": the field, not a state
        if m:
            from kg.extract.en import ORG_HEADS, TITLES

            words = [w.lower() for w in m.group(1).split()]
            if not _HOME.match(m.group(1)) and not any(w in ORG_HEADS or w in TITLES for w in words):
                return m.group(1)
        before = _NATIONALITY_EN.search(text[: post.start])
        if before and not re.match(r"(?i)kazakh", before.group()):
            return before.group().strip()
        return None
    if lang == "ru":
        m = re.fullmatch(
            r"\s+(?:[а-яё]+\s+){0,3}((?-i:[А-ЯЁ][а-яё-]+)(?:\s+(?-i:[А-ЯЁ][а-яё-]+))?)\s*", text[post.end : end]
        )
        if m is None or _HOME.match(m.group(1)) or _named(ms, post.end + m.start(1)):
            return None
        return m.group(1)
    if lang == "kk":
        m = re.search(
            r"(?<![\w-])((?-i:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі-]+))(\s+(?:Федерациясының|Республикасының|Корольдігінің|"
            r"Штаттарының))?\s+$",  # "Мексика Президенті", "Бразилия Федерациясының Президенті"
            text[: post.start],
        )
        if m and post.role in _MINISTERS and m.group(1).lower() in _KK_MINISTRY_FIELDS:
            return None  # "Әділет министрі", "Мәдениет вице-министрі": the ministry's field, no state
        if (
            m
            and not _HOME.match(m.group(1))
            and (m.group(2) or not _KK_CASE_END.search(m.group(1)) and not _named(ms, m.start(1)))
        ):
            return m.group(1)  # "Мексика Президенті": a state's name in the nominative, no case ending
    return None


#: The first words of the Kazakh names of ministries, in the nominative ("Әділет министрлігі", "Мәдениет және
#: ақпарат министрлігі", "Ұлттық экономика министрлігі"): before "министрі" they name its field, never a state.
_KK_MINISTRY_FIELDS = frozenset(
    ["әділет", "мәдениет", "қаржы", "білім", "ғылым", "оқу-ағарту", "денсаулық", "еңбек", "энергетика", "экология"]
    + ["көлік", "сауда", "туризм", "спорт", "ақпарат", "қорғаныс", "ішкі", "сыртқы", "ауыл", "өнеркәсіп"]
    + ["экономика", "цифрлық", "су", "төтенше", "ұлттық", "жасанды", "индустрия", "құрылыс"]
)
#: (``lower-field``) The Kazakh field before "министрі" with its first word in lower case too, when that word opens a
#: ministry's name (:data:`_KK_MINISTRY_FIELDS`); else as :data:`_MINISTRY_FIELD` reads it.
_KK_FIELD_LOWER = re.compile(
    r"(?<![\w-])((?:(?:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+|(?:{fields}))\s+және\s+)?(?:[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+|(?:{fields}))"
    r"(?:\s+(?:және\s+)?(?-i:[а-яәғқңөұүһі]+)){{0,2}})\s+$".format(
        fields="|".join(sorted(_KK_MINISTRY_FIELDS, key=lambda w: (-len(w), w)))
    )
)
#: Kazakh case and possessive endings: a word with one is no state's name before a post ("Жиында", "партиясының").
_KK_CASE_END = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|да|де|та|те|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|мен|бен|пен|сы|сі|ы|і)$"
)


def _named(ms: list[Mention], at: int) -> bool:
    """Whether a person's or a body's name covers offset ``at`` (a surname before a post is no state)."""
    return any(
        m.start <= at < m.end and m.kind in ("person", "organisation", "unit") and m.how != "surname" for m in ms
    )


def _ministry(doc: ArticleDoc, text: str, post: P.Post, lang: str, state: str | None = None) -> str | None:
    """The ministry of a minister named by its field: "Ministry of Justice", "Министерство юстиции", "Әділет министрлігі";
    with ``state``, a foreign state's: "Ministry of Foreign Affairs of Hungary", "Министерство иностранных дел Испании"."""
    from kg.extract.actors import new_org

    before, after = _MINISTRY_FIELD.get(lang, (None, None))
    if lang == "kk" and "lower-field" in READINGS28:
        before = _KK_FIELD_LOWER
    field = None
    if before is not None:
        m = before.search(text[: post.start])
        if m and not any(_NOT_FIELD.match(w) for w in m.group(1).split()):
            field = m.group(1)
    if field is not None and lang == "en" and re.fullmatch(r"(?i)kazakh(?:stani|stan['’]s)?", field):
        field = None  # "Kazakh Deputy Foreign Minister": the state's adjective, no field
    if field is None and lang == "en":
        m = _FIELD_INSIDE.match(post.text)  # "Deputy Foreign Minister"
        field = m.group(1) if m else None
    if field is None and after is not None:
        m = after.match(text[post.end :])
        field = m.group(1) if m else None
    if not field or P.find_posts(field, lang) or re.match(r"(?i)kazakhstan|republic|қазақстан|казахстан", field):
        return None
    if lang == "en" and field == "Foreign":
        field = "Foreign Affairs"
    if state is not None:
        whole = re.match(
            rf"\s+(?:of\s+(?:the\s+)?)?([^,;:()]{{3,80}}?)\s+(?:of\s+(?:the\s+)?)?{re.escape(state)}", text[post.end :]
        )
        field = whole.group(1) if whole and lang != "kk" else field  # "Foreign Affairs and Foreign Trade"
        if lang == "kk" or state in field:
            return None
        name = {"en": f"Ministry of {field} of {state}", "ru": f"Министерство {field} {state}"}[lang]
        return new_org(doc, name, lang)
    if lang == "kk":
        field = field[:1].upper() + field[1:]  # "мәдениет және ақпарат" as the ministry's name writes it
    name = {"en": f"Ministry of {field}", "ru": f"Министерство {field}", "kk": f"{field} министрлігі"}[lang]
    return new_org(doc, name, lang)


def _remember_plural(doc: ArticleDoc, n: int, post: P.Post) -> None:
    """Keep the body of a plural post without names ("Сенат депутаттары", "депутаты Мажилиса") for the next sentences."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    if re.search(r"(?:Сенат(?:ы|ының)?|Senate(?:['’]s)?)\s*$", s.text[: post.start]) or re.match(
        r"\s*(?:Сената|of\s+the\s+Senate)\b", s.text[post.end :]
    ):
        doc.plural_orgs[post.role] = (n, [senate(doc)])
        return
    found = [m for m in orgs_of_post(doc, s.text, ms, post, s.lang) if m.kind in ("organisation", "unit")]
    orgs = [o for o in (actor(doc, m, n, s.lang) for m in found) if o]
    if orgs:
        doc.plural_orgs[post.role] = (n, orgs)


def _coordinated_after(
    text: str, ms: list[Mention], first: Mention, posts: tuple[P.Post, ...] | list[P.Post] = ()
) -> list[Mention]:
    """The names joined to ``first`` after it: "X пен Y", "X и Y", "X, Y and Z"; the next name may come with
    posts of its own ("Заместители председателя – Государственный советник X и заместитель Премьер-министра –
    министр культуры Y": both are deputy chairs)."""
    out, cur = [], first
    titled_first = any(
        p.end <= first.start and not text[p.end : first.start].strip() and not _plural(p, "kk") for p in posts
    )
    for m in [m for m in ms if m.kind == "person" and m.start >= first.end and not _stray(m)]:
        # "deputies X (CIS Executive Committee), Y (TurkPA), and Z": an aside in brackets after a name
        gap = re.sub(r"^\s*\([^()]{1,80}\)", "", text[cur.end : m.start])
        if not re.fullmatch(r"\s*(?:,|және|мен|бен|пен|и|and|,\s*and)\s*", gap, re.IGNORECASE):
            own = [p for p in posts if cur.end <= p.start and p.end <= m.start]
            inner = [x for x in ms if cur.end <= x.start and x.end <= m.start and x.kind != "person"]
            residue = _residue(gap, cur.end, inner + [Mention(p.start, p.end, p.text, "post") for p in own])
            lead = re.match(r"\s*(?:,\s*)?(?:и|және|and)\s", residue, re.IGNORECASE)
            if lead is None and "comma-titled" in READINGS25:
                lead = re.match(r"\s*,\s", residue)  # "X, … кеңесінің төрағасы Y": a comma alone before the next title
            tail = residue[lead.end() :] if lead else ""
            # Kazakh names the body before its post, in any case: "және премьер-министрдің орынбасары – Мәдениет және
            # ақпарат министрі Y" (a few words, no verb, no plural post: "өңірлік коалиция мүшелері A, B және аумақтық
            # коалиция мүшелері C" opens another list), when the first name has a post of its own too ("депутаттары A
            # пен B және … төрағасы C": C is no deputy)
            kazakh = (
                titled_first
                and not KK_LETTERS.isdisjoint(residue)
                and len(tail.split()) <= 6
                and not _CLAUSE_WORD_KK.search(tail)
                and not any(_plural(p, "kk") for p in own)
            )
            if not (own and lead and (_GENITIVE_TAIL.match(tail) or kazakh)):
                break
        out.append(m)
        cur = m
    return out


#: The names of a ministry and a court, in any language: the head of the one is its minister, of the other its chair.
_MINISTRY_NAME = re.compile(r"(?i)министерств|министрлі|ministry|(?<![\w-])МИД(?![\w-])|foreign\s+office")
_COURT_NAME = re.compile(r"(?i)(?<![\w-])(?:суд\w*|сот\w*|court)(?![\w-])")


def _head_role(doc: ArticleDoc, role_id: str, org: str) -> str:
    """The post a "head" holds in its body: a ministry's head is its minister ("глава МИД"), a court's its chair
    ("Head of the Constitutional Court"); any other body's head is its head."""
    if role_id != "head":
        return role_id
    names = " ".join(doc.linker.actors[org].names.values()) if org in doc.linker.actors else ""
    names += " " + " ".join(doc.linker.new[org].names.values()) if org in doc.linker.new else ""
    if _MINISTRY_NAME.search(names):
        return "minister"
    if _COURT_NAME.search(names):
        return "chair"
    return role_id


def _add_posts(
    doc: ArticleDoc,
    n: int,
    holder: Mention,
    post: P.Post,
    orgs: list[str],
    described: str | None,
    confidence_org: float,
) -> None:
    """The memberships of one holder of a post, one per organisation."""
    lang = doc.article.sentences[n].lang
    person = actor(doc, holder, n, lang)
    if person is None or doc.linker.type_of(person) != "person":
        return
    for org in orgs:
        if post.role == "head-of-state" and doc.holders.get(("head-of-state", org), person) != person:
            abroad = _state_of_the_article(doc) if person not in doc.linker.actors else None
            if abroad is None:
                continue  # "Мемлекет басшысы Ерлан Қаринді … тағайындады": the Head of State's object, not a second head
            # "President Shavkat Mirziyoyev held a conversation with President Kassym-Jomart Tokayev" in an article
            # naming one other state ("the Uzbek leader"): a second president, unknown to the registry, is its head
            post, org, confidence_org = P.Post("president", post.start, post.end, post.text), abroad, -0.1
        role_id = role(doc, _head_role(doc, post.role, org))
        values: dict[str, Any] = {"holder": person, "role": role_id, "organisation": org}
        if described:
            values["described_as"] = {lang: described}
        known = sum(1 for a in (person, org) if a in doc.linker.actors)
        fact = add_fact(
            doc,
            n,
            "membership",
            values,
            0.7 + 0.1 * known + confidence_org,
            ("membership", person, role_id, org),
            f"post {post.text!r} before/after the name",
        )
        if fact is not None:
            doc.holders.setdefault((role_id, org), person)


#: A unit of a body in the Russian genitive right after a post: "департамента животноводства", "правления".
_UNIT_RU = re.compile(
    r"\s+(?P<unit>(?:департамент|правлени|отдел|управлени|секретариат)\w*(?:\s+(?-i:[а-яё][а-яё-]+)){0,2}"
    # "декан юридического факультета КазНУ X", "председателем управляющего комитета Астанинского хаба …": a faculty,
    # chair, committee or council named by its adjective
    r"|(?-i:[а-яё-]+(?:ого|его))\s+(?:факультет|кафедр|комитет|совет)\w*)\s+$"
)


def _unit_of_body(doc: ArticleDoc, text: str, ms: list[Mention], post: P.Post, lang: str) -> str | None:
    """The unit a Russian post is in when a unit's name and its parent body's follow the post ("заместитель
    директора департамента животноводства Министерства сельского хозяйства X", "заместитель председателя правления
    Национальной палаты предпринимателей РК «Атамекен» X"): drafted as one name, the parent as written; else None."""
    from kg.extract.mentions import guess_org_type

    if lang != "ru":
        return None
    parents = [m for m in ms if m.kind in ("organisation", "unit") and m.start > post.end]
    if not parents:
        return None
    first = parents[0]
    unit = _UNIT_RU.fullmatch(text[post.end : first.start])
    if unit is None:
        return None
    end = first.end
    for m in parents[1:]:  # "Национальной палаты предпринимателей" "РК «Атамекен»": one parent the tagger cut
        if text[end : m.start].strip() or m.kind == "person":
            break
        end = m.end
    parent = re.sub(r"\s+РК(?=\s|$)", "", text[first.start : end])
    name = f"{ru_nominative(unit.group('unit'))} {parent}"
    # never under the parent's quoted name ("atameken"): the board is not the chamber
    return doc.linker.resolve(name, "organisation") or doc.linker.add(guess_org_type(name), name, lang)


def _state_of_the_article(doc: ArticleDoc) -> str | None:
    """The one foreign state an article names (by name or nationality, in any sentence), as a body; else None."""
    found = set()
    for s in doc.article.sentences:
        for state_id, name, forms in P.FOREIGN_STATES:
            if s.lang in forms and re.search(rf"(?<![\w-])(?:{forms[s.lang]})(?![\w-])", s.text):
                found.add((state_id, name))
    if len(found) != 1:
        return None
    state_id, name = found.pop()
    return (
        state_id
        if doc.linker.type_of(state_id) is not None
        else doc.linker.add("state-body", name, "en", actor_id=state_id)
    )


def _bodies_led(doc: ArticleDoc, n: int) -> None:
    """ "The commission, chaired by X": X chairs (or heads) the body named just before."""
    from kg.extract.rules.events import body_chaired

    s, ms = doc.article.sentences[n], doc.mentions[n]
    for m in ms:
        if m.kind != "person" or _stray(m):
            continue
        found = body_chaired(s.text, ms, m, s.lang) or _led_by_ru(s.text, ms, m, s.lang)
        if found is None:
            continue
        body, role_name = found
        org, person = actor(doc, body, n, s.lang), actor(doc, m, n, s.lang)
        if not org or not person or doc.linker.type_of(person) != "person":
            continue
        role_id = role(doc, "chair" if role_name == "head" and _chaired(doc, [org]) else role_name)
        _post(doc, n, person, role_id, org, 0.8, "a body, then who chairs it")


#: "Миссия … под руководством заместителя директора … X": X heads the body named just before.
_UNDER_RU = re.compile(r"\s+под\s+(?:руководством|началом)\s+")


def _led_by_ru(text: str, ms: list[Mention], person: Mention, lang: str) -> tuple[Mention, str] | None:
    """The body "под руководством" a person leads, posts and bodies between the cue and the name."""
    if lang != "ru":
        return None
    for body in reversed([b for b in ms if b.kind in ("organisation", "unit") and b.end <= person.start]):
        cue = _UNDER_RU.match(text, body.end)
        if cue is None:
            continue
        if P.before(P.LED_WHERE_RU, text, body.start, 80):
            return None  # "В Федерации профсоюзов … под руководством X состоялось": where the event X led was held
        rest = text[cue.end() : person.start]
        if len(rest) > 100 or re.search(r"[.;:!?]", rest):
            return None
        if any(x.kind == "person" and not _stray(x) and cue.end() <= x.start and x.end <= person.start for x in ms):
            return None
        return body, "head"
    return None


#: "X состоит в рабочей группе", "X входит в состав комиссии", "X is a member of the commission", "X комиссия құрамына кірді".
_MEMBER_VERB: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    "ru": [
        (
            "member",
            re.compile(
                r"^\s*(?:(?:также|тоже)\s+)?(?:состо(?:ит|ял|яла)|входи(?:т|л|ла)|вош(?:ел|ёл|ла))\s+в\s+(?:состав\s+)?$"
            ),
        ),
        # "Ерлан Карин, возглавляющий рабочую группу …", "X возглавляет институт", "X руководит центром"
        ("head", re.compile(r"^\s*,\s*(?:возглавляющ\w+|(?:который|которая)\s+возглавля\w+)\s+$")),
        ("head", re.compile(r"^\s+(?:(?:сейчас|ныне|также)\s+)?(?:возглавляет|руководит)\s+$")),
    ],
    "en": [
        (
            "member",
            re.compile(r"^\s*(?:(?:is|was)\s+(?:also\s+)?a\s+member\s+of|(?:also\s+)?sits\s+on)\s+(?:the\s+)?$"),
        ),
        # "Erlan Karin, who heads the working group …", "Elvira Azimova, who chairs the Constitutional Court"
        ("head", re.compile(r"^\s*,\s*who\s+(?:heads|headed|leads|led)\s+(?:the\s+)?$")),
        ("chair", re.compile(r"^\s*,\s*who\s+(?:chairs|chaired)\s+(?:the\s+)?$")),
        # "X heads the institute", "X currently chairs the commission": present tense, the body right after
        ("head", re.compile(r"^\s+(?:(?:currently|now|also)\s+)?(?:heads|leads)\s+(?:the\s+)?$")),
        ("chair", re.compile(r"^\s+(?:(?:currently|now|also)\s+)?chairs\s+(?:the\s+)?$")),
    ],
    "kk": [("member", re.compile(r"^\s*құрамына\s+(?:кіреді|кірді|енді|енеді)"))],
}
#: Kazakh: the body, then "басқаратын", then the name ("Жұмыс тобын басқаратын Ерлан Қарин").
_LED_BY_KK = re.compile(r"^\s*(?:басқаратын|басқарған|басқарып\s+отырған|жетекшілік\s+ететін)\s+$")
#: Kazakh: the name, then "бастаған", then the body ("Ерлан Қошанов бастаған … коалициясы").
_LEADS_KK = re.compile(r"^\s*(?:бастаған|басқарған|басқаратын|жетекшілік\s+еткен)\s+$")


#: Kazakh: a body ("жұмыс тобының", "Конституциялық комиссия") then "құрамына" and a verb of entering, finite or not.
_JOINED_KK = re.compile(
    r"(?P<gen>ның|нің|дың|дің|тың|тің)?\s+құрамына\s+(?:[\w-]+\s+){0,3}?(?:ен|кір)(?P<verb>іп|ген|ді|еді|етін|гізілген)(?![\w-])",
    re.IGNORECASE,
)
#: A body named by its kind alone before "құрамына" ("реформа бойынша құрылған жұмыс тобының").
_KIND_BEFORE_KK = re.compile(r"(?i)(?:жұмыс\s+тоб|комиссия|кеңес|комитет|алқа)\w*$")


def _joined_kk(doc: ArticleDoc, n: int) -> None:
    """A person the Kazakh sentence puts into a body by a verb of entering: a member of it.

    "Институт директоры Наталья Пан реформа бойынша құрылған жұмыс тобының құрамына еніп" (the name before,
    the subject), "Конституциялық комиссия құрамына Абай облысынан енген – … төрағасы Мейрамхат Айнабеков" (the
    participle, then the name it describes). "Оның құрамына … депутаттары енеді" names no one: no fact.
    """
    s, ms = doc.article.sentences[n], doc.mentions[n]
    if s.lang != "kk" or "құрамына" not in s.text.lower():
        return
    text = s.text
    for cue in _JOINED_KK.finditer(text):
        at = cue.start()
        body_m = next((m for m in ms if m.kind in ("organisation", "unit") and m.end == at), None)
        if body_m is not None:
            org = actor(doc, body_m, n, s.lang)
            start = body_m.start
        else:
            kind = _KIND_BEFORE_KK.search(text[:at])
            if kind is None:
                continue
            org = _one_of_kind(doc, kind.group())
            start = kind.start()
        persons = [m for m in ms if m.kind == "person" and not _stray(m) and m.how != "surname"]
        if cue.group("verb").lower() in ("ген", "гізілген"):
            # the participle describes the name after it: "… енген – облыстық … төрағасы X"
            holder = next((m for m in persons if m.start >= cue.end()), None)
            between = text[cue.end() : holder.start] if holder is not None else ""
            if holder is None or len(between) > 90 or re.search(r"[.;:!?]", between):
                continue
        else:
            before = [m for m in persons if m.end <= start and not m.oblique]
            holder = before[-1] if before else None
            between = text[holder.end : start] if holder is not None else ""
            if holder is None or len(between) > 60 or re.search(r"[,.;:!?–—]", between):
                continue
        person = actor(doc, holder, n, s.lang)
        if not org or not person or doc.linker.type_of(person) != "person":
            continue
        role_id = role(doc, "member")
        _post(doc, n, person, role_id, org, 0.7, "a person, a body and a Kazakh verb of entering it")


#: A sentence that opens on a pronoun for the body the sentence before opens on, then who heads it: "Ее возглавляет
#: X", "Возглавит ее X", "It is headed by X". ("The Mission will be led by X" is left: the body the article named
#: before, "CIS Mission", is not the name the `test5` gold gives it, "CIS Observer Mission".)
_HEADED_BY_REF = {
    "ru": re.compile(
        r"^\s*(?:(?P<pron>(?:Ее|Её|Его))\s+(?P<verb>возглавля\w+|возглавил\w*|возглавит|возглавят)|"
        r"(?P<verb2>Возглавля\w+|Возглавил\w*|Возглавит|Возглавят)\s+(?P<pron2>ее|её|его))\s+"
    ),
    "en": re.compile(
        r"^\s*(?P<pron>It)\s+"
        r"(?:is|was|will\s+be|has\s+been|is\s+to\s+be)\s+(?P<verb>headed|led|chaired)\s+by\s+",
        re.IGNORECASE,
    ),
}


#: (twenty-third session, second round, ``kind-led``) A sentence that opens on a body's kind, definite, then who heads
#: it: "The committee is chaired by X", "The Mission will be led by X", "Комиссию возглавляет X". The kind names a body
#: the article named a few sentences before ("the Constitutional Reform Committee").
_HEADED_BY_KIND = {
    "ru": re.compile(
        r"^\s*(?:(?P<kind>Комисси|Комитет|Миссию|Групп|Штаб|Совет)\w*\s+(?P<verb>возглавля\w+|возглавил\w*|возглавит|возглавят)|"
        r"(?P<verb2>Возглавля\w+|Возглавил\w*|Возглавит|Возглавят)\s+(?P<kind2>комисси|комитет|миссию|групп|штаб|совет)\w*)\s+"
    ),
    "en": re.compile(
        r"^\s*The\s+(?P<kind>committee|commission|mission|council|working\s+group|group|board|headquarters)\s+"
        r"(?:is|was|will\s+be|has\s+been|is\s+to\s+be)\s+(?P<verb>headed|led|chaired)\s+by\s+",
        re.IGNORECASE,
    ),
}
#: How far back the body a kind refers to may be named (the headline and a sentence between, as in ``test24``).
_KIND_BACK = 3


def _body_of_kind(doc: ArticleDoc, n: int, kind: str, lang: str) -> str | None:
    """The body the article named last, up to :data:`_KIND_BACK` sentences before ``n``, whose name has the word
    ``kind`` ("committee" -> "the Constitutional Reform Committee"); None when two bodies of that kind are named."""
    stem = re.escape(kind.split()[-1][:5])
    for k in range(n - 1, max(-1, n - 1 - _KIND_BACK), -1):
        # (``led-first``) "указ о создании комиссии": the body a kind noun refers to
        kinds = ("organisation", "unit", "anaphor") if "led-first" in READINGS42 else ("organisation", "unit")
        found = {
            anaphor(doc, m) if m.kind == "anaphor" else actor(doc, m, k, lang)
            for m in doc.mentions[k]
            if m.kind in kinds and re.search(rf"(?i)(?<![\w-]){stem}", m.text)
        } - {None}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _headed_by_reference(doc: ArticleDoc, n: int) -> None:
    """Who heads a body a pronoun refers back to ("Комиссия работает … Ее возглавляет X", "The commission …. It is
    chaired by X"): the body the sentence before opens on, its subject; with ``kind-led``, a body referred to by its
    kind ("The committee is chaired by X")."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    rx = _HEADED_BY_REF.get(s.lang)
    cue = rx.match(s.text) if rx is not None else None
    if cue is None and n > 0 and "kind-led" in READINGS23B:
        _headed_by_kind(doc, n)
        return
    if cue is None or n == 0:
        return
    holder = next((m for m in ms if m.kind == "person" and not _stray(m) and m.start >= cue.end()), None)
    if (
        holder is None
        or len(s.text[cue.end() : holder.start]) > 80
        or re.search(r"[.;:!?]", s.text[cue.end() : holder.start])
    ):
        return
    prev = [m for m in doc.mentions[n - 1] if m.kind in ("organisation", "unit", "anaphor") and not m.oblique]
    first = prev[0] if prev else None  # the subject the sentence before opens on: "Комиссия работает …"
    if first is None or not re.fullmatch(r"\s*(?:The\s+)?[«\"“]?", doc.article.sentences[n - 1].text[: first.start]):
        return
    org = anaphor(doc, first) if first.kind == "anaphor" else actor(doc, first, n - 1, s.lang)
    person = actor(doc, holder, n, s.lang)
    if not org or not person or doc.linker.type_of(person) != "person":
        return
    verb = cue.group("verb") or cue.groupdict().get("verb2") or ""
    kind = doc.linker.type_of(org) or ""
    role_id = role(doc, "chair" if verb.lower() == "chaired" or kind == "commission" else "head")
    _post(doc, n, person, role_id, org, 0.7, _HEADED_BY_REFERENCE_WHY)


def _headed_by_kind(doc: ArticleDoc, n: int) -> None:
    """ "The committee is chaired by X": X chairs the body of that kind the article named just before; a person named
    right after the cue, posts and bodies between ("led by First Deputy Secretary General X") refused."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    rx = _HEADED_BY_KIND.get(s.lang)
    cue = rx.match(s.text) if rx is not None else None
    if cue is None or (cue.groupdict().get("verb2") and "led-first" not in READINGS42):
        return
    kind_word, verb = cue.group("kind") or cue.group("kind2"), cue.group("verb") or cue.group("verb2")
    holder = next((m for m in ms if m.kind == "person" and not _stray(m) and m.start >= cue.end()), None)
    if (
        holder is None
        or s.text[cue.end() : holder.start].strip()
        and not _title_between(s.text, cue.end(), holder, s.lang)
    ):
        return
    org = _body_of_kind(doc, n, kind_word, s.lang)
    person = actor(doc, holder, n, s.lang)
    if not org or not person or doc.linker.type_of(person) != "person":
        return
    kind = doc.linker.type_of(org) or ""
    role_id = role(doc, "chair" if verb.lower() == "chaired" or kind == "commission" else "head")
    _post(doc, n, person, role_id, org, 0.7, _HEADED_BY_KIND_WHY)


#: A sentence that opens on the deputies, after one that says who chairs a body: "Заместители — госсоветник Ерлан Карин
#: и вице-премьер — министр культуры и информации Аида Балаева" (test52; "Заместители председателя Комиссии – X"
#: names the post itself, read as a post).
_DEPUTIES = {"ru": re.compile(r"^\s*(?:(?:Его|Ее|Её)\s+)?(?:Заместител(?:и|ями|ь|ем))\s*[—–:-]\s+")}
#: Why the two rules that say who chairs a body draft the post (:func:`_deputies_after_head` reads the deputies after it).
_HEADED_BY_REFERENCE_WHY = "a body referred back to, then a verb of heading and who heads it"
_HEADED_BY_KIND_WHY = "a body referred to by its kind, then who heads it"


def _deputies_after_head(doc: ArticleDoc, n: int) -> None:
    """``deputies-after``: each person the deputies' sentence names is a deputy chair of the body the sentence before
    says who chairs (by :func:`_headed_by_reference` or :func:`_headed_by_kind`)."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    rx = _DEPUTIES.get(s.lang)
    if rx is None or n == 0 or not rx.match(s.text):
        return
    heads = [
        f
        for f in doc.facts
        if f.type == "membership"
        and f.sentence == n - 1
        and f.why.startswith((_HEADED_BY_REFERENCE_WHY, _HEADED_BY_KIND_WHY))
        and f.values["role"] == "chair"
    ]
    if len(heads) != 1:
        return
    org = heads[0].values["organisation"]
    for m in ms:
        person = actor(doc, m, n, s.lang) if m.kind == "person" and not _stray(m) else None
        if person and doc.linker.type_of(person) == "person" and person != heads[0].values["holder"]:
            _post(doc, n, person, role(doc, "deputy-chair"), org, 0.7, "the deputies named after who chairs a body")


#: (twenty-fourth session, ``titled-led``) A title before a name, with no article and no comma: "Chair of the
#: Constitutional Court ", "Deputy Prime Minister "; "the President of the Constitutional Court, X" is none.
_TITLE_GAP = re.compile(r"(?-i:[A-Z])(?!he\s)[^,;:.()–—]*\s")
#: A Russian title before a name, with no comma (``led-first``): "председатель Конституционного суда Казахстана ".
_TITLE_GAP_RU = re.compile(r"[^,;:.()–—«»\"]*\s")


def _title_between(text: str, start: int, holder: Mention, lang: str) -> bool:
    """With ``titled-led``: what stands between "led by" and the holder is a title the holder bears ("The commission
    will be led by Chair of the Constitutional Court Elvira Azimova"): a post opens it and no comma sets the name off."""
    gap = text[start : holder.start]
    if lang == "ru" and "led-first" not in READINGS42:
        return False
    return (
        "titled-led" in READINGS24
        and (_TITLE_GAP if lang == "en" else _TITLE_GAP_RU).fullmatch(gap) is not None
        and any(p.start == start for p in P.find_posts(text, lang))
    )


def _one_of_kind(doc: ArticleDoc, phrase: str) -> str | None:
    """The body a kind noun alone stands for ("жұмыс тобының"): the one the article named, else the one body of
    the registry whose Kazakh name ends in that kind ("Парламенттік реформа жөніндегі жұмыс тобы"), else none."""
    from kg.extract.linker import kk_base_phrase
    from kg.names import name_key

    base = kk_base_phrase(phrase)
    found = named_before(doc, base)
    if found:
        return found
    tail = [w[:4] for w in name_key(base).split()]
    linker = doc.linker
    same = [
        a.id
        for a in linker.actors.values()
        if a.type not in ("person", "role", "place", "outlet")
        and (label := a.names.get("kk"))
        and [w[:4] for w in name_key(label).split()][-len(tail) :] == tail
    ]
    return same[0] if len(same) == 1 else None


#: A lower-case unit after a body's name: the unit is the body meant ("the Mazhilis committee", "Сената комитет").
_UNIT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?-i:committee|commission|department|council|faction|group|office|комитет\w*|комисси\w*|департамент\w*|"
    r"фракци\w*|комитеті\w*|комиссия\w*|фракция\w*)(?![\w-])"
)


def _members_by_verb(doc: ArticleDoc, n: int) -> None:
    """A person the sentence makes a member or the head of a body by a verb, not a post.

    "X состоит в рабочей группе", "X, who heads the working group", "X, возглавляющий …",
    "… комиссия құрамына кірді", "жұмыс тобын басқаратын X".
    """
    s, ms = doc.article.sentences[n], doc.mentions[n]
    rules = _MEMBER_VERB.get(s.lang, [])
    bodies = ("organisation", "unit")
    for i, m in enumerate(ms):
        if m.kind != "person" or _stray(m):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        prev = ms[i - 1] if i > 0 else None
        found: tuple[str, Mention] | None = None
        if s.lang == "kk":
            if prev is not None and prev.kind in bodies and _LED_BY_KK.match(s.text[prev.end : m.start]):
                found = ("head", prev)
            elif nxt is not None and nxt.kind in bodies and _LEADS_KK.match(s.text[m.end : nxt.start]):
                found = ("head", nxt)  # "Ерлан Қошанов бастаған … коалициясының мүшелері": the body he leads
            elif (
                nxt is not None
                and nxt.kind in bodies
                and not m.oblique
                and not s.text[m.end : nxt.start].strip()
                and rules[0][1].match(s.text[nxt.end :])
            ):
                found = ("member", nxt)  # "X Конституциялық комиссия құрамына кірді"
        elif nxt is not None and nxt.kind in bodies and not m.oblique:
            gap = s.text[m.end : nxt.start]
            found = next(((r, nxt) for r, rx in rules if rx.match(gap)), None)
        if found is None or _UNIT_AFTER.match(s.text, found[1].end):
            continue  # "who heads the Mazhilis committee on legislation": a unit of the body, not the body
        org, person = actor(doc, found[1], n, s.lang), actor(doc, m, n, s.lang)
        if not org or not person or doc.linker.type_of(person) != "person":
            continue
        role_id = role(doc, found[0])
        _post(doc, n, person, role_id, org, 0.7, "a person, a verb of membership or leadership, a body")


#: A body's members listed after the verb that makes them so ("В состав комиссии от области вошли A и B") or, in
#: Kazakh, between the body's "құрамына" and the verb ("Комиссия құрамына A мен B енді").
_LISTED_RU = re.compile(r"(?i)(?<![\w-])в\s+(?:состав|число\s+членов)\s+$")
_LISTED_RU_VERB = re.compile(r"(?i)(?<![\w-])(?:вошли|вош[её]л|вошла|включены|включен[аы]?)(?![\w-])")
_LISTED_KK = re.compile(r"^\s+құрамына\s")
_LISTED_KK_VERB = re.compile(r"(?i)(?<![\w-])(?:енді|кірді|енгізілді)(?![\w-])")


def _members_listed(doc: ArticleDoc, n: int) -> None:
    """The persons a sentence lists as a body's members by a verb of joining: "В состав Конституционной комиссии от
    области вошли председатель маслихата A и председатель совета B", "Комиссия құрамына A мен B енді" (each one a
    member, whatever posts stand before the name)."""
    if not READINGS16:
        return
    s, ms = doc.article.sentences[n], doc.mentions[n]
    text, lang = s.text, s.lang
    for i, body in enumerate(ms):
        if body.kind not in ("organisation", "unit"):
            continue
        if lang == "ru" and _LISTED_RU.search(text[max(0, body.start - 30) : body.start]):
            verb = _LISTED_RU_VERB.search(text, body.end)
            if verb is None or re.search(r"[.;:!?]", text[body.end : verb.start()]) or verb.start() - body.end > 60:
                continue
            lo, hi = verb.end(), len(text)
            stop = re.search(r"[.;:!?]|,\s+(?:а|но|однако)\s", text[lo:])  # "…, а X выступил": another clause
            hi = lo + stop.start() if stop else hi
        elif lang == "kk" and _LISTED_KK.match(text[body.end :]):
            verb = _LISTED_KK_VERB.search(text, body.end)
            if verb is None or re.search(r"[.;:!?]", text[body.end : verb.start()]):
                continue
            lo, hi = body.end, verb.start()
        else:
            continue
        org = actor(doc, body, n, lang)
        if not org or doc.linker.type_of(org) == "place":
            continue
        for m in ms[i + 1 :]:
            if m.start < lo or m.end > hi or m.kind != "person" or _stray(m) or m.how == "post":
                continue
            person = actor(doc, m, n, lang)
            if person and doc.linker.type_of(person) == "person":
                _post(doc, n, person, role(doc, "member"), org, 0.7, "a body, a verb of joining it, its members")


#: What may stand between a post and the name it belongs to, once posts and names are cut out.
_JOINERS = re.compile(
    r"^(?:[\s,–—‑«»\"“”'’-]|(?<=['’])s\b|\b(?:and|of|the|to|on|at|in|for|region|и|по|при|және|мен|бен|пен|ҚР|РК|RK)\b)*$",
    re.IGNORECASE,  # "akim of the region X", "chairman of the party's regional branch X"
)


#: Russian: lower-case genitive words that continue a body's name inside a chain ("Мажилиса … парламента, член …").
_GENITIVE_TAIL = re.compile(
    r"^(?:[\s,–—‑-]|\b(?:и|по|при)\b|(?-i:\b[а-яё]+(?:а|я|ы|и|ого|его|ой|ей|ых|их)\b))*$", re.IGNORECASE
)


def _stray(m: Mention) -> bool:
    """A capitalised word taken for a surname that names no one known ("Демпартии", "Қазақстанның")."""
    return m.how == "surname" and m.actor is None


def _inside_name(post: P.Post, ms: list[Mention]) -> bool:
    """A post word inside a registry name ("Prosecutor General's Office") is not a post."""
    return any(m.start <= post.start and post.end <= m.end and m.how == "registry" and m.kind != "person" for m in ms)


def _holder_after(
    text: str, ms: list[Mention], posts: list[P.Post], post: P.Post, lang: str
) -> tuple[Mention | None, str | None]:
    """The name a post (or a chain of posts) leads to, and a lower-case descriptor between them."""
    after = next(
        (m for m in ms if m.kind == "person" and m.start >= post.end and m.how != "post" and not _stray(m)), None
    )
    if after is None:
        return None, None
    # "(нижней палаты)", "(the lower house)": an aside in brackets stands outside the chain
    # and an initial ("С.", "Қ."), a blank too: "Мемлекет басшысы Қ.Тоқаев", "НАО «ВКУ им. С. Аманжолова»", and the
    # abbreviations of a body's name, "им." (named after) and "г." (city): "ректор КазНУ им. аль-Фараби X"
    between = re.sub(
        r"\([^()]{1,80}\)|\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.|(?<![\w-])(?:им|г)\.",
        lambda b: " " * len(b.group()),
        text[post.end : after.start],
    )
    if _plural(post, lang):
        # "депутаты Мажилиса РК: Унзила Шапак, Ермурат Бапи, Ерлан Саиров": a plural post, a colon, then its holders
        between = re.sub(r":(\s*)$", r" \1", between)
    # a quoted name's own stops ("\"… үшін!\" коалициясы") break no chain
    bare = re.sub(r"«[^«»]{1,80}»|\"[^\"«»]{1,80}\"", "«»", between)
    if len(between) > 160 or re.search(r"[.;:!?()]", bare):
        return None, None
    inner = [m for m in ms if m.start >= post.end and m.end <= after.start and between[m.start - post.end] != " "]
    inner_posts = [
        p for p in posts if p.start >= post.end and p.end <= after.start and between[p.start - post.end] != " "
    ]
    if any(m.kind == "person" and not _stray(m) for m in inner):
        return None, None
    if lang == "kk" and inner and not inner_posts:
        return None, None  # Kazakh names the organisation before the post, never between
    residue = _residue(between, post.end, inner + [Mention(p.start, p.end, p.text, "post") for p in inner_posts])
    if (
        inner_posts
        and after.oblique
        and not _oblique_post(post.text, lang)
        and not re.search(r"[,–—‑-]|\b(?:and|и|және|мен|бен|пен)\b", residue, re.IGNORECASE)
    ):
        # "Мемлекет басшысы Сенат Төрағасы Мәулен Әшімбаевты қабылдады": a post in the nominative, then posts
        # not joined to it before a name in an oblique case: the subject's post and the object's, two people
        # ("Руководитель фракции … депутат Мажилиса Серик Егизбаев", "руководителем … депутатом … Егизбаевым":
        # the cases agree, one chain)
        return None, None
    if READINGS16 and lang == "kk" and _KK_CLAUSE_BETWEEN.search(residue):
        return None, None  # "аудан әкімі болып тағайындалды, ал Марат Оспанов қолдады": another clause's subject
    if _JOINERS.match(residue) or (lang == "ru" and inner_posts and _GENITIVE_TAIL.match(residue)):
        return after, None
    if inner_posts and _comma_chain(between, post.end, inner_posts, residue, lang):
        return after, None
    if (
        "units" in READINGS23
        and lang == "ru"
        and not inner_posts
        and _UNIT_BETWEEN_RU.match(residue)
        and not _verb_between(residue, lang)
    ):
        return after, None  # "старший преподаватель кафедры теории государства и права X": the unit, then its holder
    if not inner_posts and len(between) <= 100 and _LOWER_WORDS.match(residue) and not _verb_between(residue, lang):
        # "глава института парламентаризма Наталья Пан", "chairman, lawyer X"; not "the Head of State received X"
        return after, _descriptor(residue)
    # "Rector of Karaganda University named after E. Buketov, Nurlan Dulatbekov": a name of the body, then a comma.
    if (
        lang == "en"
        and not inner_posts
        and re.fullmatch(r"[^,]*,\s*", between)
        and any(m.kind in ("organisation", "unit") for m in inner)
    ):
        return after, None
    return None, None


#: (twenty-third session, ``units``) A Russian unit of a university or a body named in lower case, in the genitive,
#: between a post and its holder, longer than the four words a descriptor may have: "кафедры теории государства и
#: права", "отдела по вопросам внутренней политики".
_UNIT_BETWEEN_RU = re.compile(
    r"^\s*(?:кафедры|факультета|отдела|лаборатории|департамента|управления|сектора|центра)"
    r"(?:\s+(?-i:[а-яё][\w-]*)){1,7}\s*$",
    re.IGNORECASE,
)


#: Kazakh words between a post and a name that close the post's clause: a verb of taking the post, a conjunction.
_KK_CLAUSE_BETWEEN = re.compile(
    r"(?i)(?<![\w-])(?:болып|ал|бірақ|алайда|деп|деді|тағайындалды|сайланды|бекітілді)(?![\w-])"
)


def _blank_posts(text: str, offset: int, posts: list[P.Post]) -> str:
    """``text`` (starting at ``offset`` in the sentence) with the posts in it blanked out, its length kept."""
    chars = list(text)
    for p in posts:
        for i in range(max(0, p.start - offset), min(len(chars), p.end - offset)):
            chars[i] = " "
    return "".join(chars)


#: Before the first comma of a chain of posts, a lower-case Kazakh verb, finite or a participle in a case ("айтты",
#: "негізделгенін"): the words of the post's own clause, not a body's name ("медицина университетінің").
_CLAUSE_WORD_KK = re.compile(
    r"(?<![\w-])(?-i:[а-яәғқңөұүһі])\w*(?:(?:ған|ген|қан|кен)(?:ын|ін|ды|ді|ы|і)?|ды|ді|ты|ті)(?!\w)"
)


#: What ends a link of a chain of posts: a comma or a dash, a hyphen set off by spaces too ("Премьер-министрдің
#: орынбасары - Мәдениет және ақпарат министрі X").
_LINK = re.compile(r"[,–—]\s*|(?<=\s)-\s+")
#: A Kazakh comma inside a body's name, listing its fields before "және": "Философия, саясаттану және дінтану
#: институтының бас директоры" (lower-case words, then the conjunction, before another comma).
_NAME_LIST_KK = re.compile(r",(?=(?:\s+(?-i:[а-яәғқңөұүһі])[\w-]*)+\s+(?:және|мен|бен|пен)\s)")


def _comma_chain(between: str, offset: int, inner_posts: list[P.Post], residue: str, lang: str) -> bool:
    """Whether the text between a post and a name is a chain of posts, each after a comma or a dash.

    "руководитель фракции НПК, секретарь Комитета по законодательству и судебно-правовой
    реформе, член Комиссии …, депутат X": every link opens with a post, and the bodies between
    (named or not) hold no verb; so the first post is X's too.
    """
    if lang == "kk":
        # "Ассамблеясы Төрағасының орынбасары – ҚХА Хатшылығының меңгерушісі X": Kazakh names each link's
        # body before its post, so every piece after a dash or a comma holds a post and no finite verb
        cuts = [
            0,
            *(m.end() for m in _LINK.finditer(between) if not _NAME_LIST_KK.match(between, m.start())),
            len(between),
        ]
        pieces = list(zip(cuts, cuts[1:]))[1:]
        words = _blank_posts(between, offset, inner_posts)  # the posts' own words are no verbs ("депутаты", "айтты")
        if _CLAUSE_WORD_KK.search(words[: cuts[1]]):
            return False  # "Мәжіліс төрағасы жаңа Конституция … негізделгенін, ол Президент X": the post's own clause
        return bool(pieces) and all(
            any(offset + a <= p.start < offset + b for p in inner_posts)
            and not re.search(r"(?:ды|ді|ты|ті)(?!\w)", words[a:b])
            for a, b in pieces
        )
    if lang != "ru":
        return False  # English commas are joiners already
    for sep in _LINK.finditer(between):
        if not any(p.start == offset + sep.end() for p in inner_posts):
            return False
    return not _verb_between(residue, lang)


#: A finite verb between a post and a name: the post is the subject's, not the name's title.
_VERB_RU = re.compile(r"(?<=[аеиоуыя])(?:л|ла|ли|ло|лся|лась|лись)$|(?:ет|ит|ют|ят)$")


def _verb_between(residue: str, lang: str) -> bool:
    """Lower-case words between a post and a name that include a verb ("received", "принял").

    English writes a title without lower-case words before the name unless a comma sets off a
    descriptor ("chairman, lawyer X"); Russian puts genitives there ("президента страны X").
    """
    if lang == "en":
        return "," not in residue
    if lang == "ru":
        return any(_VERB_RU.search(w) and w != "дел" for w in re.findall(r"[а-яё]+", residue))  # "иностранных дел"
    return False


#: Between a name and its post in apposition: a comma or a dash, and words that only introduce the post
#: ("Erlan Karin, the State Counsellor", "X, who was recently appointed chairman of …", "X – … мүшесі",
#: "X, назначенный председателем …"; "X, a political scientist and director at …": a profession, then the post).
#: (Initials once also stood as "ҚР|РК" beside the class of capitals, and a word of the other branches in capitals
#: ("THE", "AN", "WHO IS", "WHO SERVES AS") matched both the class and its own branch: each repeat could be read two
#: ways, 2^n tries on "— ҚР ҚР … x" or "— WHO IS WHO IS … x". The class leaves those words out: one reading each.)
_APPOSITION_GAP = re.compile(
    r"\s*[,–—(]\s*(?:(?:(?-i:(?!(?:THE|AN|AND|WHO|IS|ALSO|NOW|SERVES|AS|WAS|HAS|BEEN|NEWLY|NAMED|ТАКЖЕ|НЫНЕ|ҚАЗІР)\b)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})|an?\s+(?-i:[a-z]+\s+){1,3}and|the|a|an|also|currently|также|ныне|сондай-ақ|қазір|who\s+is(?:\s+now)?|who\s+serves\s+as|who\s+(?:was|has\s+been)\s+(?:recently\s+|newly\s+)?"
    r"(?:appointed|elected|named)(?:\s+as)?|(?:recently|newly)\s+(?:appointed|elected)|назначенн\w+|избранн\w+|"
    r"недавно\s+назначенн\w+)\s+)*",
    re.IGNORECASE,
)


#: A copula between a name and its post: "X is the rector of …", "X serves as director of …", "X является
#: проректором …", "X, который является членом …", "X, являющийся директором …", "X занимает должность директора …".
#: Present tense only: "was", "являлся" tell a post held once.
_COPULA = {
    "en": re.compile(
        r"\s+(?:is|serves\s+as|works\s+as)\s+(?:(?:also|now|currently)\s+)?(?:(?:the|a|an)\s+)?", re.IGNORECASE
    ),
    "ru": re.compile(
        r"(?:\s*,\s*(?:котор(?:ый|ая)\s+)?|\s+)(?:также\s+|сейчас\s+|ныне\s+)?"
        r"(?:является|являющ(?:ийся|аяся)|(?:работает|работающ(?:ий|ая))(?:\s+в\s+должности)?|"
        r"(?:занимает|занимающ(?:ий|ая))\s+(?:пост|должность))\s+(?:также\s+)?",
        re.IGNORECASE,
    ),
}


def _as_dash(gap: str) -> str:
    """A hyphen with a space after it opening the words after a name is a dash ("Серік Ахметов- аудан әкімі", "X -
    rector of …": a signature's or an apposition's); read as one with :data:`READINGS16`."""
    return re.sub(r"^(\s*)-(?=\s)", r"\1–", gap) if READINGS16 else gap


#: The opening of an apposition: a comma, a dash or a bracket ("X (rector of …)").
_OPENS = r"\s*[,–—(]\s*"


def _holder_before(text: str, ms: list[Mention], post: P.Post, lang: str) -> Mention | None:
    """ "Ерлан Карин, Государственный советник" / "Erlan Karin, the State Counsellor" / "X is the rector of …":
    the name before."""
    before = [m for m in ms if m.kind == "person" and m.end <= post.start and m.how != "post" and not _stray(m)]
    if not before:
        return None
    cand = before[-1]
    gap = text[cand.end : post.start]
    inner = [m for m in ms if m.start >= cand.end and m.end <= post.start]
    residue = _as_dash(_residue(gap, cand.end, inner))
    copula = _COPULA.get(lang)
    if _APPOSITION_GAP.fullmatch(residue) or (copula is not None and copula.fullmatch(residue)):
        return cand
    if READINGS17 and _SIGNED.fullmatch(gap) and (cand.start == 0 or text[cand.start - 1] == "\n"):
        return cand  # "Умербаев Бауржан Досанович⏎Депутат районного маслихата": a signature, the post on its own line
    # "Erlan Karin, Deputy Chairperson of the Commission and State Counselor", "Ерлан Карин, Государственный
    # советник – руководитель рабочей группы": a chain of posts after the name and its comma is the name's
    chain = [p for p in P.find_posts(text, lang) if p.start >= cand.end and p.end <= post.start]
    chained = _as_dash(_residue(gap, cand.end, inner + [Mention(p.start, p.end, p.text, "post") for p in chain]))
    lead = re.match(_OPENS, chained) or (copula.match(chained) if copula is not None else None)
    if (
        chain
        and lead is not None
        and re.fullmatch(
            r"(?:[\s,–—-]|\b(?:the|a|an|and|of|at|in|for|on|и|по|при)\b)*", chained[lead.end() :], re.IGNORECASE
        )
    ):
        return cand
    if lang == "kk" and not chain and _kk_body_between(text, ms, cand, post):
        return cand
    return None


#: Kazakh: a name, a comma, a dash or a bracket, then the words of a body before its post ("Марат Сүлейменов –
#: Парламентаризм институтының директоры"); up to eight words, none a finite verb or a conjunction.
_KK_BODY_GAP = re.compile(r"\s*[,–—(]\s*(?:[^\s,.;:!?()–—]+\s+){1,8}")
_KK_NOT_IN_BODY = re.compile(
    r"(?i)^(?:және|мен|бен|пен|немесе|да|де|та|те|ал|деп|деді|айтты)$|(?:ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді)$"
)


def _kk_body_between(text: str, ms: list[Mention], cand: Mention, post: P.Post) -> bool:
    """Whether only a body's name stands between a Kazakh name and a post after it, set off by a comma, a dash or
    a bracket: the body named before its post, as Kazakh names it ("X, «Тұран» университетінің ректоры, …")."""
    gap = _as_dash(text[cand.end : post.start])
    if not _KK_BODY_GAP.fullmatch(gap):
        return False
    if any(
        _KK_NOT_IN_BODY.search(w) and not (READINGS16 and w[:1].isupper() and w.lower() not in ("және", "деп"))
        for w in gap.strip(" ,–—(").split()
    ):
        return False  # (a place's name is no verb: "Зеренді ауданы билер алқасының бас биі")
    if any(m.kind == "person" and not _stray(m) and cand.end <= m.start < post.start for m in ms):
        return False
    body = any(
        m.kind in ("organisation", "unit")
        and m.start >= cand.end
        and re.fullmatch(r"[\s«»\"]*", text[m.end : post.start])
        for m in ms
    )
    return body or bool(_BODY_KK.search(text[: post.start]))


def _apposition(text: str, post: P.Post, ms: list[Mention], lang: str) -> bool:
    """Whether "Name, post of X" closes with a comma or the sentence's end (so the post is the name's)."""
    rest = text[post.end :]
    nxt = next((m for m in ms if m.kind == "person" and m.start >= post.end and m.how != "post"), None)
    stop = re.search(r"[,.;:!?)]", rest)
    return stop is not None and (nxt is None or post.end + stop.start() < nxt.start)


def org_beside_post(doc: ArticleDoc, text: str, ms: list[Mention], post: P.Post, lang: str) -> Mention | None:
    """The organisation of a post: written just before it (kk, en "the party's"), or just after it (ru, en)."""
    found = orgs_of_post(doc, text, ms, post, lang)
    return found[0] if found else None


#: (seventeenth session, with :data:`READINGS17`) A company's legal form and the quote mark opening its name between a
#: post and the name: "главный бухгалтер ТОО «Петропавловский автовокзал»", "director of LLP “…”".
_LEGAL_FORM_GAP = re.compile(r"\s+(?:(?:of|at)\s+(?:the\s+)?)?(?i:ТОО|АО|НАО|АҚ|ЖШС|LLP|JSC|NJSC|LLC)\s*[«“\"]?\s*")
#: (sixtieth session) A Russian body's kind in the genitive before its quoted name, the name in the nominative: "член
#: партии \"Народная партия Казахстана\"" (`test70`), whose mention is the quoted name alone.
_KIND_BEFORE_QUOTE_RU = re.compile(r"\s+(?:партии|движения|объединения|ассоциации|фонда|союза|организации)\s+")


def orgs_of_post(doc: ArticleDoc, text: str, ms: list[Mention], post: P.Post, lang: str) -> list[Mention]:
    """The organisations of a post, usually one; two in "Chairperson of the Constitutional Commission and Constitutional Court"."""
    if lang == "en" and re.search(r"\bparty\b", post.text, re.IGNORECASE) and doc.main_party:
        # "adviser to the party chairman"
        return [Mention(post.start, post.end, post.text, "organisation", doc.main_party, how="post")]
    orgs = [
        m
        for m in ms
        if m.kind in ("unit", "organisation", "anaphor") or (m.kind == "place" and post.role in P.STATE_ROLES)
    ]
    if lang in ("kk", "en"):
        before = [
            m
            for m in orgs
            if m.end <= post.start
            and re.fullmatch(r"[\s«»\"]*(?:['’]s\s*)?(?:(?-i:ҚР|РК)\s*)?", text[m.end : post.start])
            # "Ұлттық құрылтайда Мемлекет басшысы": a body in the locative is where, never whose post
            and not (lang == "kk" and _KK_OBLIQUE.match(m.text.split()[-1].strip('«»"')))
        ]
        if before and not (lang == "en" and post.role in P.STATE_ROLES and before[-1].kind == "place"):
            return [before[-1]]
    if lang in ("ru", "en"):
        after = [
            m
            for m in orgs
            if m.start >= post.end
            and (
                re.fullmatch(
                    r"\s*(?:(?:of|at|in|for)\s+)?(?:the\s+)?(?:(?:country|Kazakhstan|republic|nation)['’]s\s+)?"
                    + (r"[«\"“]?" if lang == "en" and "quoted-name" in en.READINGS24 else ""),
                    text[post.end : m.start],
                    re.IGNORECASE,
                )
                or READINGS17
                and _LEGAL_FORM_GAP.fullmatch(text, post.end, m.start)
                or lang == "ru"
                and _KIND_BEFORE_QUOTE_RU.fullmatch(text, post.end, m.start)
                and m.text[:1] in '«"“'
            )
        ]
        if after:
            first = after[0]
            # "chair of the party's Almaty city branch": the unit, not the party
            unit = next(
                (
                    m
                    for m in orgs
                    if m.kind == "unit"
                    and m.start >= first.end
                    and re.fullmatch(r"(?:['’]s)?\s*(?:party(?:['’]s)?\s+)?", text[first.end : m.start])
                ),
                None,
            )
            if unit is not None:
                return [unit]
            # "of the Constitutional Commission and Constitutional Court": both
            second = next(
                (
                    m
                    for m in orgs
                    if m.start >= first.end
                    and re.fullmatch(r"\s+(?:and|и)\s+(?:the\s+)?", text[first.end : m.start], re.IGNORECASE)
                ),
                None,
            )
            if second is not None and first.kind != "place" and second.kind != "place":
                return [first, second]
            if first.kind == "place" and post.role not in P.STATE_ROLES:
                return []
            return [first]
    return []


def _prosecutors_office(doc: ArticleDoc) -> str:
    """The Prosecutor General's Office: the body of the prosecutors' posts."""
    names = {"en": "Prosecutor General's Office", "kk": "Бас прокуратура", "ru": "Генеральная прокуратура"}
    return state_body(doc, "prosecutor-generals-office", names, (names["en"],))


#: Kazakh words of a clause that open no body's name ("Бұл туралы", "Сондай-ақ").
_KK_NOT_BODY = frozenset(
    ["бұл", "осы", "туралы", "ал", "деп", "сондай-ақ", "сонымен", "қатар", "алайда", "кейін", "мен", "бен", "пен"]
    + ["деді", "айтты", "атап", "өтті", "мәлімдеді"]
)
#: Kazakh words before a post's body that close it (with :data:`READINGS16`): the converb of a post taken, "as"
#: ("Коалиция жетекшісі болып облыстық мәслихаттың төрағасы"), and a possessive's dative ("Жұмыс тобының құрамына
#: облыстық мәслихат төрағасы"); a coalition as a body's head word ("Коалиция жетекшісі").
_KK_CLOSES_BODY = re.compile(r"(?i)^(?:болып|ретінде|\w{3,}(?:ына|іне))$")
#: (nineteenth session) A meeting in the accusative, the object the post's holder led or opened, closes the body
#: before it: "Дөңгелек үстелді Түркістан облыстық мәслихатының төрағасы X жүргізді" (`test21`).
_KK_MEETING_OBJECT = re.compile(
    r"(?i)^(?:жиын|жиналыс|отырыс|үстел|кездесу|шара|іс-шара|форум|конференция|семинар|басқосу|сессия|пленум|"
    r"съез|мәжіліс)(?:ды|ді|ты|ті|ны|ні)$"
)
_COALITION_KK = re.compile(r"(?i)(?<![\w-])коалиция(?:сы|ның|сының)?\s*$")
#: Kazakh case endings no word of a body's name before its head carries (dative, locative, ablative, instrumental).
_KK_OBLIQUE = re.compile(
    r"^(?!(?:Қазақстан|Түркістан|орта|Ақорда|орда)$)\w{2,}(?:ға|ге|қа|ке|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен)$",
    re.IGNORECASE,
)  # ("Қазақстан" ends in "-тан" and is no ablative, "орта" (secondary: "орта мектебі") in "-та" and is no locative,
#   nor the presidential residence "Ақорда", "Ақ орда": "Ақорда баспасөз хатшысы")
#: Head nouns of bodies ("институтының", "института", "University"), for posts in bodies the registry lacks.
_BODY_KK = re.compile(
    r"(?:институт|университет|комитет|агенттіг|министрліг|департамент|басқарма|орталығ|академия|палата|"
    r"прокуратура|әкімдіг|әкімшілі|мәслихат|кеңес|қор|қауымдастығ|одағ|бюро|кеңсе|ассамблея|хатшылығ|алқа|банк|өкілдіг|"
    r"факультет|кафедра|портал|редакция|газет|федерация|ассоциация|бірлестіг|ұйым|лига|театр|мұражай|"
    r"кітапхана|мекте[бп]|колледж|лицей|қозғалыс|штаб|компания|корпорация|холдинг)\w*(?:ның|нің|дың|дің|тың|тің)\s*$|"
    r"(?<![\w-])(?:мәслихат|кеңес|институт|университет|комитет|академия|сот|басқарма|колледж|мектеп)\s*$|"  # "Жоғарғы сот төрағасы"
    r"(?<![\w-])сот(?:тың|ының)\s*$|"  # "Жоғарғы соттың төрағасы"  # "Облыстық мәслихат депутаты"
    r"(?<![\w-])(?:басқармасы|департаменті|комитеті|институты|университеті|орталығы|палатасы|бөлімі|ассамблеясы|әкімшілігі)\s*$",  # "… басқармасы басшысының орынбасары"
    re.IGNORECASE,
)
#: (seventeenth session, with :data:`READINGS17`) more head nouns of Kazakh bodies, in the genitive: a complex
#: ("Президент Телерадиокешенінің", "спорт кешенінің"), an institution ("… орталығы мекемесінің", whose name is the
#: words before it); and "бас" (chief) between a body and its director.
_BODY_KK17 = re.compile(r"(?:кешен|мекеме)\w*(?:ның|нің|дың|дің|тың|тің)\s*$", re.IGNORECASE)
#: "… орталығы мекемесі": the body's kind as an institution after its name, no word of it.
_INSTITUTION_KK = re.compile(r"(?<=[ыі])\s+мекемесі$", re.IGNORECASE)
_CHIEF_KK = re.compile(r"(?<![\w-])бас\s+$", re.IGNORECASE)
_BODY_RU = re.compile(
    r"^\s*(?P<body>(?:[а-яё-]+(?:ого|его|ой|ей|ых|их)\s+){0,2}"
    r"(?:институт|университет|комитет|агентств|министерств|департамент|управлени|центр|фонд|академи|совет|палат|"
    r"администраци|прокуратур|акимат|маслихат|ассоциаци|союз|бюро|сенат|коллеги|объединени|факультет|кафедр(?!ой)|редакци|федераци|организаци|обществ|лиг|театр|музе|библиотек|"
    # (fifty-fifth session) a party's wing: "председатель молодежного крыла «Жастар рухы» при партии «Amanat»"
    r"школ|колледж|лице|движени|штаб|компани|корпораци|холдинг|крыл(?=[оаеу]))\w*(?:\s+(?-i:[а-яё][а-яё-]+|и(?=\s+[а-яё]))){0,5}"
    # "Администрации Президента (РК)": the body of the state's office it serves
    r"(?:\s+(?-i:Президента|Правительства)(?:\s+(?-i:РК|Республики\s+Казахстан))?)?"
    # (nineteenth session) a region's unit with its region: "управления здравоохранения ЗКО" (`test21`)
    r"(?:\s+(?-i:[СВЗЮ]КО|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ской|цкой)\s+области)(?![\w-]))?"
    r"(?:\s+№\s?\d{1,4}(?![\w-]))?"  # (fifty-fifth session) a school's number: "явленской школы №1"
    r"(?:\s+(?:«[^«»]{1,60}»|\"[^\"«»]{1,60}\"))?)",  # "… биев «ӘЗ АНА»": the quoted name ends the body's
    re.IGNORECASE,
)
#: (seventeenth session, with :data:`READINGS17`) a department ("руководитель отдела …", "начальник отдела …").
_BODY_RU17 = re.compile(_BODY_RU.pattern.replace("(?:институт|", "(?:отдел|институт|", 1), re.IGNORECASE)
_BODY_EN = re.compile(
    r"^\s+(?:of|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]+\s+){0,4}?(?:Senate|Institute|University|Committee|Agency|Ministry|"
    r"Department|Centre|Center|Fund|Academy|Council|Chamber|Office|Bureau|Assembly|Akimat|Maslikhat|Bank|Secretariat|Administration|"
    r"Faculty|Court|School|College|Federation|Association|Organi[sz]ation|Society|League|Theatre|Theater|Museum|"
    r"Library|Movement|Headquarters|Company|Corporation|Union)"
    # "Secretariat for the Sustainable Development Goals at the Economic Research Institute JSC": a unit and the
    # body it sits in, one name
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+at\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,4}"
    r"(?:Institute|University|Centre|Center|Academy|Ministry)(?:\s+JSC)?(?=\s*[,.]|\s*$)|"
    # "Faculty of Physics and Technology": "and" inside the name, not before another post ("… and Vice-Rector")
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+(?!" + _POST_WORD_EN + r"))?[A-Z][\w'’-]+){0,3}?"
    r"(?=\s+[A-Z][a-z]+\s+[A-Z]|\s*[,.]|\s+(?!and\s+(?!" + _POST_WORD_EN + r")[A-Z])[a-z]))?)"
)

#: (eighteenth session) The same, a region's unit named with its region: "Department of Education of the East
#: Kazakhstan Region" (with :data:`READINGS18`).
_BODY_EN18 = re.compile(
    _BODY_EN.pattern[:-1] + r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:Region|Oblast|District)(?![\w-]))?)"
)


#: An outlet named by its address after a post: "Editor-in-Chief of diplo.news", "editor-in-chief of Vlast.kz".
_DOMAIN_EN = re.compile(
    r"^\s+(?:of|at)\s+(?:the\s+)?(?P<body>[A-Za-z][\w-]*\.(?:kz|com|ru|org|net|news|info|uz|kg|az))(?![\w.])"
)
#: A body's board after a post: "Chairman of the Board of X", "Deputy Chair of the Management Board of X", "Chairman
#: of the X Board" (the body's mention is ``X``).
_BOARD_BEFORE_EN = re.compile(r"\s+of\s+the\s+(?:Management\s+|Executive\s+|Supervisory\s+)?Board\s+of\s+(?:the\s+)?")
_BOARD_AFTER_EN = re.compile(r"\s+(?:Management\s+|Executive\s+|Supervisory\s+)?Board(?![\w-])")


def _board_en(doc: ArticleDoc, n: int, text: str, ms: list[Mention], post: P.Post) -> str | None:
    """The board of a body a post is in, as its own body "Board of X" (the gold parts' unit), else None."""
    from kg.extract.actors import new_org

    if post.role not in ("chair", "deputy-chair", "member", "secretary"):
        return None
    cue = _BOARD_BEFORE_EN.match(text, post.end)
    body = next((m for m in ms if cue and m.start == cue.end() and m.kind in ("organisation", "unit")), None)
    if body is None:
        at = re.match(r"\s+of\s+the\s+", text[post.end :])
        body = next(
            (
                m
                for m in ms
                if at
                and m.start == post.end + at.end()
                and m.kind in ("organisation", "unit")
                and _BOARD_AFTER_EN.match(text, m.end)
            ),
            None,
        )
    if body is None:
        return None
    parent = actor(doc, body, n, "en")
    label = (doc.linker.label(parent, "en") if parent else None) or body.text
    if re.search(r"(?i)\b(?:and|of|the|N?JSC|LLP)$", label.strip()) or P.find_posts(label, "en"):
        # a body's name cut short ("… University and") or run on into the next post ("… and Vice-Rector for …"),
        # or its legal form alone ("NJSC"): left as it was
        return None
    return new_org(doc, f"Board of {label}", "en")


#: A legal form at the end of an English body's name, then the body's own name in quotation marks: "the Management
#: Board of the NJSC "Kazakhstan Institute of Social Development"".
_LEGAL_FORM_END = re.compile(r"(?:N?JSC|LLP|LLC|RSE|PSE)$")
_QUOTED_AFTER = re.compile(r"\s*([«“\"])([^«»“”\"]{2,80})([»”\"])")


def _with_quoted_name(doc: ArticleDoc, text: str, m: Mention) -> str | None:
    """A body whose mention ends in its legal form, named in full with the quoted name after it; else None."""
    from kg.extract.actors import new_org

    quoted = _QUOTED_AFTER.match(text, m.end) if _LEGAL_FORM_END.search(m.text) else None
    return new_org(doc, f"{m.text} {quoted.group(1)}{quoted.group(2)}{quoted.group(3)}", "en") if quoted else None


def _kk_list_closed(rest: str) -> bool:
    """Whether the words after a comma go on as a list of a body's fields closed by "және" before its head:
    "Шығыс Еуропа және Орталық Азия институтының" (after "Ресей,"), never a clause ("… айтты, институт …")."""
    words = rest.split()
    return "және" in (w.lower() for w in words[:-1]) and all(w[:1].isupper() or w.lower() == "және" for w in words[:-1])


def _item_ends(word: re.Match[str], ms: list[Mention]) -> bool:
    """Whether a Kazakh word before "және" ends an item of a list rather than a word of a body's name: a name
    ("И Жуковамен және облыстық мәслихат", "А. Мұхамедьяевпен және") or a word in an oblique case; "кәсіпкерлер
    және агроөнеркәсіптік кешен салалық кеңестері" is one name."""
    if any(m.start <= word.start() < m.end and m.kind == "person" and not _stray(m) for m in ms):
        return True  # (a capitalised word kept only as a possible surname is no name: "Экономика және құқық …")
    return bool(_KK_OBLIQUE.search(word.group()))


#: A unit's parent after a comma, closing the sentence or the clause: ", Auezov University", ", Narxoz University".
_PARENT_AFTER_EN = re.compile(
    r",\s+(?P<parent>(?:[A-Z][\w'’.-]+\s+){0,4}(?:University|Institute|Academy|College))(?=\s*(?:[.;]|$))"
)


#: (twenty-third session, ``units``) The last word of an English unit's name, read as a body's with
#: :data:`kg.extract.en.READINGS23`.
_UNIT_END_EN = re.compile(r"(?:Department|Faculty|School|College|Laboratory)$")


def _unit_with_parent_en(doc: ArticleDoc, text: str, m: Mention) -> str | None:
    """A unit's mention with its university after a comma, as one body ("Head of the Political Science Department,
    Auezov University": as :func:`_unknown_body` names it when the unit is no mention); else None."""
    from kg.extract.actors import new_org

    parent = _PARENT_AFTER_EN.match(text, m.end)
    if parent is None or not _UNIT_END_EN.search(m.text):
        return None
    return new_org(doc, f"{m.text}, {parent.group('parent')}", "en")


def _unknown_body(doc: ArticleDoc, n: int, text: str, ms: list[Mention], post: P.Post, lang: str) -> str | None:
    """A post in a body the registry does not know: draft the body from the words beside the post."""
    from kg.extract.actors import new_org
    from kg.extract.linker import kk_base_phrase

    if lang == "kk":
        head = text[: post.start]
        chief = _CHIEF_KK.search(head) if READINGS17 and post.role == "director" else None
        if chief:
            head = head[: chief.start()]  # "медиахолдингінің бас директоры": the chief director of the body before
        if (
            not _BODY_KK.search(head)
            and not (READINGS16 and _COALITION_KK.search(head))
            and not (READINGS17 and _BODY_KK17.search(head))
        ):
            return None
        words = list(re.finditer(r"(?:[^\s—–,.:;«»\"]|\.(?=\w))+", head))  # "Vlast.kz порталының": one word
        start = None
        reach = 7  # words of a name; a list of fields in it leaves room for its parent ("академиясының Ресей, …")
        for i, w in reversed(list(enumerate(words))):
            if i < len(words) - reach:
                break
            if w.group().lower() in ("және", "немесе") and i and _item_ends(words[i - 1], ms):
                break  # "Жуковамен және облыстық мәслихат депутаты": the conjunction joins two items, opens no body
            gap = head[w.end() : (start if start is not None else len(head))]
            listed = gap.strip() == "," and start is not None and _kk_list_closed(head[start:])
            if re.search(r"[—–,.:;]", gap) and not listed or (w.group().isupper() and len(w.group()) > 3):
                break  # but "Ресей, Шығыс Еуропа және Орталық Азия институтының": a list closed by "және"
            reach = 11 if listed else reach
            if w.group().lower() in _KK_NOT_BODY or (READINGS16 and _KK_CLOSES_BODY.match(w.group())):
                break
            if _KK_MEETING_OBJECT.match(w.group()):
                break
            if READINGS16 and w.group() == "-":
                break  # "Асқар Бекенов - облыстық мәслихат депутаты": a hyphen set apart is a dash, no word of the body  # "Бұл туралы … институтының": words of the clause, not of the body's name
            if _KK_OBLIQUE.search(w.group()) and not any(
                m.start <= w.start() < m.end and not _stray(m) for m in ms
            ):  # "Жиынға облыстық мәслихат депутаттары": a word in the dative is no word of the body's name
                break  # (a place's or a body's own word is: "Батыс Қазақстан облысы мәслихатының")
            named_after = start is not None and head[start:].split()[0].lower() == "атындағы"
            if not named_after and any(
                m.start <= w.start() < m.end and m.kind == "person" and not _stray(m) for m in ms
            ):  # (but "Әл-Фараби атындағы ҚазҰУ": the name a body is named after is a word of its name)
                break
            start = w.start()
        if start is None:
            return None
        name = kk_base_phrase(head[start:].strip())
        if READINGS17:
            name = _INSTITUTION_KK.sub("", name)  # "… жастар ресурстық орталығы мекемесі": the centre
        if READINGS16 and re.match(r"(?i)^[^\s«»]+(?:лық|лік|дық|дік|тық|тік)\s+(?:және|мен|бен|пен)\s", name):
            return None  # "жалпыұлттық және өңірлік коалиция мүшелері": two bodies of one kind, the post of neither
        if "»" in name and "«" not in name:
            name = "«" + name  # "«Атамекен» ұлттық кәсіпкерлер палатасы": the opening mark before the first word
        if re.search(r"(?i)(?<![\w-])басқарма$", name):
            # "ҚазҰУ басқарма төрағасы": the chair of the body's board, "ҚазҰУ басқармасы" (a board of a body named
            # by its kind alone, "университеттің Басқарма Төрағасы", is left to the reviewer)
            if len(name.split()) < 2 or bare_kind(name.rsplit(None, 1)[0]):
                return None
            from kg.extract.mentions import guess_org_type

            name = kk_possessive(name)  # its own id, never the quoted name's: the board is not the company
            return doc.linker.resolve(name, "organisation") or doc.linker.add(guess_org_type(name), name, lang)
    elif lang == "ru":
        m = (_BODY_RU17 if READINGS17 else _BODY_RU).match(text[post.end :])
        if m is None:
            return None
        # the next name ends the body (not "Комитета" read as a surname, nor "реформе" inside the body's name)
        nxt = next(
            (x for x in ms if x.start >= post.end and not _stray(x) and x.kind not in ("reform", "anaphor")), None
        )
        body = m.group("body")
        begin = post.end + m.start("body")
        later = next((q for q in P.find_posts(text, lang) if begin < q.start < begin + len(body)), None)
        if later is not None:
            # "председатель областного маслихата и член комиссии": the next post ends the body
            body = re.sub(r"(?:\s*,|\s+и)?\s*$", "", text[begin : later.start])
        inside = (
            nxt is not None and nxt.kind in ("organisation", "unit", "place") and nxt.end <= post.end + m.end("body")
        )  # a place inside: the region the body's name ends with
        if nxt is not None and not inside and begin + len(body) > nxt.start:
            body = text[begin : nxt.start].strip(" ,–—")
        name = ru_nominative(body.strip())
        at = begin + len(body.rstrip())
        town = _TOWN_ABBREVIATION.match(text, at)  # "маслихата г. Астаны": the town's abbreviation, "города"
        place = next(
            (
                x
                for x in ms
                if x.kind == "place"
                and ((x.start == at + 1 and text[at : x.start] == " ") or (town and x.start == town.end()))
            ),
            None,
        )
        if place is not None and re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:а|я|и|ы)", place.text):
            # "общественного совета акимата Астаны": the place in the genitive ends the name
            name = f"{name} {'города ' if place.start > at + 1 else ''}{place.text}"
        owner = next((x for x in ms if x.kind == "organisation" and x.start == at + 1), None)
        if owner is not None and text[at] == " " and _UNIT_END_RU.search(name) and _LATIN_PARENT.fullmatch(owner.text):
            name = f"{name} {owner.text}"  # "медицинского факультета Kozybayev University": the unit and its parent
    else:
        m = (_BODY_EN18 if READINGS18 else _BODY_EN).match(text[post.end :]) or _DOMAIN_EN.match(text[post.end :])
        if m is None:
            return None
        name = m.group("body").strip()
        parent = _PARENT_AFTER_EN.match(text, post.end + m.end("body"))
        if parent and re.search(r"(?i)(?:department|office|chair|faculty|school|centre|center)$", name):
            name = f"{name}, {parent.group('parent')}"  # "Political Science Department, Auezov University": one name
    if len(name) < 4 or len(name) > 120:
        return None
    if bare_kind(name, lang):
        return named_before(doc, name, lang)  # "председатель комиссии": the commission named before, else none
    found = new_org(doc, _of_region(doc, n, name, lang), lang)
    if found == country(doc, lang) and re.match(r"(?i)қазақстан\s+республикасы\s+\S", name):
        # "Қазақстан Республикасы Кәсіподақтар федерациясы" is a body in the Republic, not the Republic
        from kg.extract.mentions import guess_org_type

        return doc.linker.add(guess_org_type(name), name, lang)
    return found


#: A town's abbreviation after a body's name, before the town: "маслихата г. Астаны".
_TOWN_ABBREVIATION = re.compile(r"\s+г\.\s*")


#: A final voiceless stop after a vowel and its voiced form before a vowel ending ("әкімдік" -> "әкімдігі").
_VOICED = {"к": "г", "қ": "ғ", "п": "б"}


def kk_possessive(name: str) -> str:
    """A Kazakh body's name with its head in the possessive, as a place before it asks: "облыстық мәслихат" ->
    "облыстық мәслихаты" (for "Ақмола облыстық мәслихаты"), "қоғамдық кеңес" -> "қоғамдық кеңесі"; kept when it
    has it already ("мәслихаты", "комиссиясы"). A head ``org_names`` knows takes the form its table writes
    ("конгресс" -> "конгресі"); any other, a final к, қ or п after a vowel voices before the ending ("әкімдік" ->
    "әкімдігі", "одақ" -> "одағы")."""
    last = name.split()[-1].lower() if name.split() else ""
    if not last or re.search(r"(?:сы|сі|ы|і)$", last):
        return name
    known = head_possessive(last)
    if known:
        head = name[len(name) - len(last) :]
        return name[: len(name) - len(last)] + (known[:1].upper() + known[1:] if head[:1].isupper() else known)
    back = not kk_front(last)  # the last vowel's harmony: "кеңес" front, "комиссия" back
    if last[-1] in "аәеиоөұүыіэюя":
        return name + ("сы" if back else "сі")
    if len(last) > 1 and last[-1] in _VOICED and last[-2] in "аәеиоөұүыіэюя":
        name = name[:-1] + _VOICED[last[-1]]
    return name + ("ы" if back else "і")


def _ru_region(region: str) -> str:
    """A region in the Russian genitive: "области Жетісу", "Атырауской области" (from "Атырауская")."""
    if region.endswith("ская"):
        return f"{region[:-4]}ской области"
    return f"области {region}"


def _of_region(doc: ArticleDoc, n: int, name: str, lang: str) -> str:
    """A body named by its kind and "regional" alone, with the article's region: "областной маслихат" in a
    report on Zhetisu is "Маслихат области Жетісу", "облыстық мәслихат" in one on Pavlodar "Павлодар облыстық мәслихат";
    in a report that names no region, the regional body as named (the `dev` gold's "oblast-maslikhat")."""
    rx = {"kk": r"облыстық\s+\w+.*", "ru": r"областн\w+\s+(\w+)(.*)", "en": r"regional\s+(\w+)(.*)"}[lang]
    bare = re.fullmatch(rx, name, re.IGNORECASE)
    region = article_region(doc, n) if bare and not re.search(r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", name[1:]) else None
    if bare is None or region is None:
        return name
    if lang == "kk":
        return f"{region} {kk_possessive(name[:1].lower() + name[1:])}"
    if lang == "ru":
        return f"{bare.group(1)[:1].upper() + bare.group(1)[1:]}{bare.group(2)} {_ru_region(region)}"
    return f"{region} Regional {bare.group(1)[:1].upper() + bare.group(1)[1:]}{bare.group(2)}"


_RU_ADJ = [
    (r"(област|город)(н|ск)ого$", r"\1\2ой"),
    (r"(к|г|х|ж|ш|ч|щ)ого$", r"\1ий"),
    (r"ого$", "ый"),
    (r"его$", "ий"),
    (r"ой$", "ая"),
    (r"([жчшщ])ей$", r"\1ая"),  # "Высшей школы" -> "Высшая школа"
    (r"ей$", "яя"),
]
_RU_NOUN = [(r"ии$", "ия"), (r"ения$", "ение"), (r"ания$", "ание"), (r"ства$", "ство"), (r"ы$", "а"), (r"а$", "")]


def _masculine_head(rest: list[str]) -> bool:
    """Whether the noun after an adjective in -ой is a masculine nominative ("маслихат", "акимат", "суд"):
    the first word that is no adjective ends in a consonant, so the adjective before it is nominative too."""
    for w in rest:
        low = w.lower().strip('«»"(),')
        if re.search(r"(?:ого|его|ой|ей|ый|ий|ая|ое|ых|их)$", low):
            continue
        return bool(re.search(r"[бвгджзклмнпрстфхцчшщ]$", low))
    return False


def ru_nominative(phrase: str) -> str:
    """ "Казахстанского института стратегических исследований" -> "Казахстанский институт стратегических исследований"."""
    words = phrase.split()
    out: list[str] = []
    head_done = False
    for w in words:
        low = w.lower()
        if head_done:
            out.append(w)
            continue
        rules = _RU_ADJ if re.search(r"(ого|его|ой|ей)$", low) and len(words) > 1 and w is not words[-1] else _RU_NOUN
        if rules is _RU_ADJ and low.endswith("ой") and _masculine_head(words[len(out) + 1 :]):
            out.append(w)  # "Областной маслихат", "Городской суд": already the nominative masculine
            continue
        for rx, rep in rules:
            if re.search(rx, low):
                w = re.sub(rx, rep, w)
                break
        if rules is _RU_NOUN:
            head_done = True
        out.append(w)
    name = " ".join(out)
    return name[:1].upper() + name[1:]


def _post_pseudo(doc: ArticleDoc, n: int, post: P.Post) -> None:
    """A post named without a name ("Партия төрағасы"): the holder met earlier, as a mention."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    org_mention = org_beside_post(doc, s.text, ms, post, s.lang)
    org = actor(doc, org_mention, n, s.lang) if org_mention is not None else None
    if org is None and post.role in ("head-of-state", "state-counsellor"):
        org = country(doc, s.lang)  # one holder in the state: "the State Counselor noted" is Karin
    holder = doc.holders.get((post.role, org)) if org else None
    if holder is None and org_mention is None and post.role in ("deputy-prime-minister", "prime-minister"):
        # (fifty-fourth session) "Открывая встречу, заместитель премьер-министра уделила …": the one holder of the
        # post the article named, whatever the body
        named = {h for (role, _org), h in doc.holders.items() if role == post.role}
        holder = named.pop() if len(named) == 1 else None
    if holder is None:
        return
    start = org_mention.start if org_mention is not None and org_mention.start < post.start else post.start
    if any(m.start < post.end and post.start < m.end and m.kind == "person" for m in ms):
        return
    ms.append(
        Mention(start, post.end, s.text[start : post.end], "person", holder, _oblique_post(post.text, s.lang), "post")
    )
    ms.sort(key=lambda m: m.start)


def _residue(text: str, offset: int, inner: list[Mention]) -> str:
    """``text`` (starting at ``offset`` in the sentence) with the inner mentions cut out, and the quote marks around
    one ("палаты предпринимателей "Атамекен"": the tagger's name is the quoted word alone), or the one closing a quote
    the mention opens ("демократической партии "Ак жол"": the registry's name ends before it)."""
    out, pos = [], 0
    for m in sorted(inner, key=lambda m: m.start):
        a, b = m.start - offset, m.end - offset
        if pos < a < b < len(text) and text[a - 1] in '«“"' and text[b] in '»”"':
            a, b = a - 1, b + 1
        elif 0 <= a < b < len(text) and text[b] in '»”"' and _opens_quote(text[a:b]):
            b += 1
        out.append(text[pos : max(a, pos)])
        out.append(" ")
        pos = max(b, pos)
    out.append(text[pos:])
    return "".join(out)


def _opens_quote(name: str) -> bool:
    """Whether ``name`` opens a quote it does not close ("партии "Ак жол", "партии «Ак жол")."""
    return name.count("«") > name.count("»") or name.count("“") > name.count("”") or name.count('"') % 2 == 1


def _descriptor(residue: str) -> str | None:
    """The words after the last comma between a post and its name: "Member of the Commission, lawyer X" -> "lawyer"."""
    if "," not in residue:
        return None
    words = residue.rsplit(",", 1)[1].strip(" ,")
    return " ".join(words.split()) or None


def _oblique_post(text: str, lang: str) -> bool:
    last = text.split()[-1].lower()
    if lang == "kk":
        return bool(re.search(r"(ның|нің|на|не|ға|ге)$", last))
    if lang == "ru":
        return bool(re.search(r"(я|ю|ем|е|а|у|ом)$", last)) and not last.endswith("ья")
    return False


#: A board post joined to a university post before one name (Kazakh): "Семей медицина университетінің басқарма
#: төрағасы – ректоры X", "ҚазҰУ басқарма төрағасы, ректор, … X", "Басқарма төрағасының орынбасары – ҚазҰУ-дың
#: бірінші проректоры X" (the body named after the dash, in the genitive).
_BOARD_CHAIN_KK = re.compile(
    r"(?<![\w-])басқарма\s+(?P<board>төраға(?:сы(?:ның\s+орынбасары)?)?|мүшесі)\s*[-–—,]\s*"
    r"(?:(?P<body>[^\s,–—]+?)-?(?:дың|дің|ның|нің|тың|тің)\s+)?"
    r"(?P<rector>(?:бірінші\s+)?(?:про)?ректор(?:ы)?)(?![\w-])",
    re.IGNORECASE,
)
#: The same in Russian, the body named after the university post: "председатель правления – ректор НАО «…» X",
#: "член правления — проректор по вопросам … Рудненского индустриального университета X".
_BOARD_CHAIN_RU = re.compile(
    r"(?<![\w-])(?P<board>(?:заместител\w*\s+)?председател\w*|член\w*)\s+правления\s*[-–—,]\s*"
    r"(?P<rector>(?:перв\w+\s+)?(?:про)?ректор\w*)(?![\w-])",
    re.IGNORECASE,
)
#: Lower-case words of a Kazakh university's name before its board: "әл-Фараби атындағы", "медицина", "ұлттық".
_UNI_WORD_KK = re.compile(
    r"(?i)^(?:атындағы|\w+(?:лық|лік|дық|дік|тық|тік)|(?:университет|академия|институт|колледж|медицина|техника|"
    r"технология|педагогика|экономика|аграрлы)\w*)$"
)
_UNIVERSITY = re.compile(r"(?i)университет|university|академи|institute|институт")


def _board_chain(doc: ArticleDoc, n: int, text: str, ms: list[Mention], lang: str) -> list[tuple[int, int]]:
    """Draft the two posts of a board post chained to a university post before one name (in Russian, after a name and
    its comma too: "Ербол Исакаев, председатель правления – ректор Kozybayev University", a byline): the board's post
    in the body's board ("ҚазҰУ басқармасы", "Правление Рудненского индустриального университета", a body of its own,
    as the gold parts keep it) and the university post in the body. The spans of the chains read, so that the
    post-by-post reading leaves their words alone."""
    from kg.extract.actors import new_org
    from kg.extract.linker import kk_base_phrase

    rx = {"kk": _BOARD_CHAIN_KK, "ru": _BOARD_CHAIN_RU}.get(lang)
    if rx is None:
        return []
    out: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        holder = next(
            (x for x in ms if x.kind == "person" and x.start >= m.end() and not _stray(x)),
            None,
        )
        if holder is not None:
            if holder.start - m.end() > 250 or re.search(r"[.;]", text[m.end() : holder.start]):
                continue
            if any(x.kind == "person" and m.end() <= x.start < holder.start and not _stray(x) for x in ms):
                continue
            stop = holder.start
        else:
            # no name after the chain: in Russian, the name before it, set off by a comma (a byline)
            holder = _apposed_before(text, ms, m.start()) if lang == "ru" else None
            if holder is None:
                continue
            comma = re.compile(r"[,;]").search(text, m.end())
            stop = comma.start() if comma else len(text)  # the chain's body, to the next comma
        person = actor(doc, holder, n, lang)
        if person is None or doc.linker.type_of(person) != "person":
            continue
        board_word = m.group("board").lower()
        board_role = (
            "deputy-chair"
            if re.search(r"орынбасар|заместител", board_word)
            else "member"
            if re.match(r"мүше|член", board_word)
            else "chair"
        )
        rector_word = m.group("rector").lower()
        rector_role = (
            "first-vice-rector"
            if re.match(r"бірінші|перв", rector_word) and "про" in rector_word
            else "vice-rector"
            if "проректор" in rector_word
            else "rector"
        )
        uni = board = None
        if lang == "kk":
            if m.group("body"):
                name = m.group("body")
                named = next((x for x in ms if x.start <= m.start("body") < x.end and x.kind != "person"), None)
                uni = (actor(doc, named, n, lang) if named else None) or new_org(doc, name, lang)
                board_name = f"{name} басқармасы"
            else:
                words: list[str] = []
                for w in reversed(text[: m.start()].split()):
                    if re.search(r"[,;:–—]$", w) or not (re.search(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", w) or _UNI_WORD_KK.match(w)):
                        break
                    words.insert(0, w)
                    if len(words) == 7:
                        break
                while words and not re.search(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", words[0]):
                    words.pop(0)  # the name opens with a capital ("әл-Фараби" has one)
                if words:
                    name = " ".join(words)
                    uni = new_org(doc, kk_base_phrase(name), lang)
                    board_name = kk_possessive(f"{name} басқарма")
                else:
                    uni = _university_of_article(doc, n)
                    board_name = ""
                    if uni:
                        label = doc.linker.label(uni, "kk")
                        # "… университеті" -> "… университетінің Басқармасы": the board of the body, in the genitive
                        ending = {"і": "нің", "ы": "ның"}.get(label[-1:]) if label else None
                        board_name = f"{label}{ending} басқармасы" if ending else ""
            if board_name:
                board = new_org(doc, board_name, lang)
        else:
            named = next(
                (x for x in ms if m.end() <= x.start and x.end <= stop and x.kind in ("organisation", "unit")),
                None,
            )
            phrase = named.text if named else None
            if phrase is None:
                found = list(
                    re.finditer(
                        r"(?:[А-ЯЁ][\w-]*\s+)?(?:[а-яё-]+(?:ого|его|ой|ей)\s+){0,3}(?:университет|академи|институт)\w*",
                        text[m.end() : stop],
                    )
                )
                phrase = found[-1].group() if found else None
            if phrase:
                uni = (actor(doc, named, n, lang) if named else None) or new_org(doc, phrase, lang)
                board = new_org(doc, f"Правление {phrase}", lang)
        if not (uni and board):
            continue
        why = f"board chain {m.group()!r} {'before' if holder.start > m.start() else 'after'} the name"
        _post(doc, n, person, role(doc, board_role), board, 0.7, why)
        _post(doc, n, person, role(doc, rector_role), uni, 0.7, why)
        out.append((m.start(), m.end()))
    return out


def _apposed_before(text: str, ms: list[Mention], at: int) -> Mention | None:
    """The person named right before ``at`` and set off by a comma: "Ирина Ровнякова, заместитель председателя …"."""
    return next(
        (
            x
            for x in ms
            if x.kind == "person" and not x.oblique and not _stray(x) and re.fullmatch(r"\s*,\s*", text[x.end : at])
        ),
        None,
    )


#: A Russian unit's head noun ("Центра …", "отдела …", "кафедры …") and a parent body in the genitive after it.
_UNIT_HEAD_RU = re.compile(r"(?i)^(?:центр|отдел|департамент|управлени|кафедр|факультет|сектор|лаборатори)\w*\s")
#: A university named in Latin letters after its unit, in a Russian text ("Kozybayev University").
_LATIN_PARENT = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*\s+(?:University|Institute|Academy)")
#: A unit's head noun ending a Russian body's name ("медицинский факультет", "кафедра права").
_UNIT_END_RU = re.compile(r"(?i)(?<![\w-])(?:центр|отдел|департамент|кафедра|факультет|сектор|лаборатория)(?:\s+\w+)?$")
_PARENT_RU = re.compile(r"^[А-ЯЁ][а-яё-]+(?:ого|его|ой|ей)\s+(?:институт|университет|академи|агентств|министерств)\w*")


def _unit_with_parent_ru(doc: ArticleDoc, text: str, ms: list[Mention], unit: Mention) -> str | None:
    """A unit named with the body it belongs to right after it, one body ("Центр изучения общественных процессов
    Казахстанского института общественного развития", as the gold parts name a unit), else None."""
    from kg.extract.actors import new_org

    if not _UNIT_HEAD_RU.match(unit.text):
        return None
    parent = next((x for x in ms if x.start == unit.end + 1 and x.kind == "organisation"), None)
    if parent is None or text[unit.end : parent.start] != " " or not _PARENT_RU.match(parent.text):
        return None
    name = ru_nominative(text[unit.start : parent.end])
    found = new_org(doc, name, "ru")
    if len(doc.linker.label(found, "ru").split()) >= len(name.split()):
        return found
    from kg.extract.linker import slug
    from kg.extract.mentions import guess_org_type

    # not the unit alone, which the linker finds in the name, and whose id a long name's id cut short would be
    return doc.linker.add(guess_org_type(name), name, "ru", actor_id=slug(name, limit=120))


def _university_of_article(doc: ArticleDoc, n: int) -> str | None:
    """The university the article names first (up to sentence ``n``): the body "университеттің" stands for."""
    for k in range(n + 1):
        lang = doc.article.sentences[k].lang
        for x in doc.mentions[k]:
            if x.kind == "organisation" and _UNIVERSITY.search(x.text):
                found = actor(doc, x, k, lang)
                if found:
                    return found
    return None
