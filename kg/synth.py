"""A synthetic corpus in our own source format, for benchmarks and load tests.

:func:`synthesize` writes an actor registry and many fact sheets that ``kg validate`` accepts:
invented countries, each with a head of state, a parliament, a constitutional commission,
cities, news outlets, a petition platform, an adopted constitution and drafts with numbered
articles, parties with their councils, factions and branches, people with dated careers; then
news reports of party meetings, commission hearings, parliamentary debates and interviews, with
speeches (titled), proposals to numbered articles, stances, dated claims and initiatives.

Every name is invented: no fact is about a real person. Each report is a short English text
(``*.txt`` beside its sheet) and every fact quotes its sentence verbatim, so ``kg validate``
checks each quote as it does for real reports. The same ``facts`` and ``seed`` give
byte-identical files.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "corpus"
>>> report = synthesize(out, facts=60, seed=1)
>>> report.facts
60
>>> from kg.sources import load_corpus
>>> len(load_corpus([out]).facts)
60
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError, os_problem
from kg.lang import to_cyrillic
from kg.yamlwrite import dumps

# Roughly how many triples one fact brings with it (fact, evidence, its share of actors).
TRIPLES_PER_FACT = 19.0
#: The most facts one corpus may have: ~19 M triples, 1.2 GB of files in 235,000, written in ~2 min with
#: ~0.4 GB of memory (measured 2026-12-02: 115 s, 380 MB; the largest benchmark, bench_growth's 10m, has
#: 526,320). An unbounded ``--facts`` filled the disk for hours.
MAX_FACTS = 1_000_000

_SYLLABLES = (
    "ar",
    "ba",
    "da",
    "el",
    "fa",
    "gu",
    "ka",
    "la",
    "ma",
    "na",
    "or",
    "pe",
    "ra",
    "sa",
    "ta",
    "ul",
    "va",
    "za",
    "bek",
    "dor",
    "gal",
    "ken",
    "lin",
    "mir",
    "nur",
    "sel",
    "tan",
    "ver",
)
_FIRST_MALE = (
    "Arman",
    "Bolat",
    "Daniyar",
    "Erik",
    "Farid",
    "Galym",
    "Ilyas",
    "Kairat",
    "Marat",
    "Nurlan",
    "Oleg",
    "Pavel",
    "Ruslan",
    "Serik",
    "Timur",
    "Yerlan",
    "Zhan",
    "Askar",
    "Dmitri",
    "Viktor",
)
_FIRST_FEMALE = (
    "Aida",
    "Bota",
    "Dana",
    "Elena",
    "Gulnar",
    "Irina",
    "Kamila",
    "Laura",
    "Madina",
    "Nazira",
    "Olga",
    "Raushan",
    "Saule",
    "Tamara",
    "Ulzhan",
    "Zarina",
    "Aliya",
    "Dina",
    "Marina",
    "Yana",
)
_SURNAME_ROOTS = (
    "Abdrakh",
    "Baiken",
    "Dauren",
    "Ermek",
    "Galiev",
    "Iskak",
    "Kassym",
    "Lukin",
    "Makhmet",
    "Nurgali",
    "Omar",
    "Petren",
    "Rakhim",
    "Sadyk",
    "Tokhtar",
    "Umbet",
    "Volkov",
    "Yesen",
    "Zhakup",
    "Amanbay",
    "Beisen",
    "Dzhum",
    "Esim",
    "Gorban",
    "Ibray",
    "Kuan",
    "Mukhtar",
    "Orazbay",
    "Sultan",
    "Tulegen",
)
_TOPICS = (
    ("ecology and human health", "экология и здоровье человека"),
    ("the right to a favourable environment", "право на благоприятную окружающую среду"),
    ("local self-government", "местное самоуправление"),
    ("the independence of judges", "независимость судей"),
    ("the status of the state language", "статус государственного языка"),
    ("term limits for the head of state", "ограничение сроков главы государства"),
    ("a unicameral parliament", "однопалатный парламент"),
    ("the protection of personal data", "защита персональных данных"),
    ("access to public information", "доступ к публичной информации"),
    ("the right to peaceful assembly", "право на мирные собрания"),
    ("the rights of persons with disabilities", "права людей с инвалидностью"),
    ("free secondary education", "бесплатное среднее образование"),
    ("the ownership of land", "собственность на землю"),
    ("the audit chamber's powers", "полномочия счётной палаты"),
    ("an ombudsman for children", "уполномоченный по правам ребёнка"),
    ("direct election of mayors", "прямые выборы акимов"),
    ("a constitutional court", "конституционный суд"),
    ("the prohibition of the death penalty", "запрет смертной казни"),
    ("water resources as national property", "водные ресурсы как национальное достояние"),
    ("the rights of national minorities", "права национальных меньшинств"),
    ("digital rights of citizens", "цифровые права граждан"),
    ("the equality of women and men", "равенство женщин и мужчин"),
    ("the secularity of the state", "светский характер государства"),
    ("public control over budgets", "общественный контроль за бюджетом"),
)
_PROPOSAL_FORMS = (
    (
        "Enshrine {t} as a basic value in a separate paragraph of Article {n}",
        "Закрепить тему «{t}» как базовую ценность отдельным пунктом статьи {n}",
    ),
    ("Add a guarantee of {t} to Article {n}", "Дополнить статью {n} гарантией: {t}"),
    ("Reword Article {n} so that it covers {t}", "Изложить статью {n} так, чтобы она охватывала тему «{t}»"),
    ("Move the provisions on {t} into Article {n}", "Перенести положения о теме «{t}» в статью {n}"),
    ("Delete the exceptions to {t} from Article {n}", "Исключить из статьи {n} исключения, касающиеся темы «{t}»"),
)
_SPEECH_TITLES = (
    "The Constitution and {t}",
    "Why {t} matters for the reform",
    "{t}: lessons from the regions",
    "A new balance: {t}",
    "What citizens expect on {t}",
)
_MEASURES = (
    ("proposals received through {p}", "предложения, поступившие через {p}", "proposals", "предложений", "count"),
    ("signatures collected on {p}", "подписи, собранные на {p}", "signatures", "подписей", "count"),
    ("participants of the public discussion", "участники общественного обсуждения", "people", "человек", "count"),
    ("regional meetings held", "проведённые региональные встречи", "meetings", "встреч", "small"),
    (
        "share of respondents who support the draft",
        "доля респондентов, поддерживающих проект",
        "per cent",
        "процентов",
        "share",
    ),
)
_OUTLET_WORDS = ("Herald", "Times", "News", "Daily", "Review", "Courier", "Post", "Observer", "Bulletin", "Voice")
_PARTY_WORDS = (
    ("Green", "зелёных"),
    ("Democratic", "демократическая"),
    ("People's", "народная"),
    ("Labour", "трудовая"),
    ("Liberal", "либеральная"),
    ("Agrarian", "аграрная"),
    ("Social", "социальная"),
    ("Unity", "единства"),
    ("Renewal", "обновления"),
    ("Progress", "прогресса"),
)
_UNIT_TYPES = ("political-council", "faction", "city-branch", "regional-branch", "primary-organisation")
_ROLES = (
    ("chair", "председатель", "төраға"),
    ("deputy-chair", "заместитель председателя", "төраға орынбасары"),
    ("executive-secretary", "исполнительный секретарь", "атқарушы хатшы"),
    ("secretary", "секретарь", "хатшы"),
    ("member", "член", "мүше"),
    ("head", "руководитель", "басшы"),
    ("head-of-state", "глава государства", "Мемлекет басшысы"),
    ("speaker", "председатель парламента", "парламент төрағасы"),
    ("deputy", "депутат", "депутат"),
    ("adviser-to-the-chair", "советник председателя", "төраға кеңесшісі"),
)


@dataclass
class SynthReport:
    """What :func:`synthesize` wrote."""

    path: Path
    actors: int = 0
    sources: int = 0
    facts: int = 0
    files: int = 0
    countries: int = 0


@dataclass
class _Post:
    organisation: str
    role: str
    start: str
    end: str | None = None


@dataclass
class _Person:
    id: str
    country: str
    posts: list[_Post] = field(default_factory=list)


@dataclass
class _Country:
    slug: str
    name: str
    state: str
    parliament: str
    commission: str
    platform: str
    cities: list[str]
    outlets: list[tuple[str, str]]  # (id, domain)
    documents: list[tuple[str, int]]  # (id, number of articles); drafts first
    reform: str
    parties: list[str]
    units: dict[str, list[str]]
    groups: list[str]
    people: list[_Person] = field(default_factory=list)
    head_of_state: str = ""
    commission_head: str = ""
    speaker: str = ""
    party_chairs: dict[str, _Person] = field(default_factory=dict)


_translit = to_cyrillic


def _slugify(text: str) -> str:
    chars = [c.lower() if c.isalnum() and c.isascii() else "-" for c in text]
    return "-".join(part for part in "".join(chars).split("-") if part)


class _Writer:
    """Generates the registry and the sheets from one seeded random stream."""

    def __init__(self, facts: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.target = facts
        self.ids: set[str] = set()
        self.actors: list[dict[str, Any]] = []
        self.actor_count = 0
        self.countries: list[_Country] = []
        self.names: dict[str, str] = {}

    # ------------------------------------------------------------ registry

    def _unique(self, base: str) -> str:
        slug = _slugify(base) or "x"
        candidate, n = slug, 2
        while candidate in self.ids:
            candidate = f"{slug}-{n}"
            n += 1
        self.ids.add(candidate)
        return candidate

    def actor(
        self,
        base_id: str,
        kind: str,
        en: str,
        ru: str | None = None,
        *,
        kk: str | None = None,
        also: list[tuple[str, str]] | None = None,
        **extra: str,
    ) -> str:
        actor_id = self._unique(base_id)
        entry: dict[str, Any] = {"id": actor_id, "type": kind}
        entry.update((key, extra[key]) for key in ("gender", "part_of", "number", "status") if key in extra)
        names = {"en": en}
        if ru:
            names["ru"] = ru
        if kk:
            names["kk"] = kk
        entry["name"] = names
        if also:
            entry["also"] = [{lang: text} for lang, text in also]
        self.actors.append(entry)
        self.actor_count += 1
        self.names[actor_id] = en
        return actor_id

    def _word(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()

    def registry(self) -> None:
        n_countries = max(3, min(40, self.target // 4000 + 3))
        people_total = max(12 * n_countries, self.target // 9)
        for role, ru, kk in _ROLES:
            self.actor(role, "role", role.replace("-", " "), ru, kk=kk)
        used_names: set[str] = set()
        for c in range(n_countries):
            name = self._word()
            while name in used_names:
                name = self._word()
            used_names.add(name)
            self.countries.append(self._country(name, people_total // n_countries, c))

    def _country(self, name: str, n_people: int, index: int) -> _Country:
        rng = self.rng
        cslug = _slugify(name)
        ru = _translit(name)
        state = self.actor(f"republic-of-{cslug}", "state-body", f"Republic of {name}", f"Республика {ru}")
        parliament = self.actor(
            f"{cslug}-parliament", "state-body", f"Parliament of {name}", f"Парламент Республики {ru}"
        )
        commission = self.actor(
            f"{cslug}-constitutional-commission",
            "commission",
            f"Constitutional Commission of {name}",
            f"Конституционная комиссия Республики {ru}",
        )
        platform = self.actor(f"{cslug}-e-petitions", "platform", f"{name} e-Petitions", f"e-Petitions {ru}")
        cities = []
        for _ in range(rng.randint(4, 7)):
            city = self._word()
            cities.append(self.actor(f"{cslug}-{city}", "place", city, _translit(city)))
        outlets = []
        for n in range(rng.randint(3, 5)):
            title = f"{name} {rng.choice(_OUTLET_WORDS)}" if n else f"{name} News Agency"
            outlet = self.actor(title, "outlet", title, None)
            outlets.append((outlet, f"{outlet}.example"))
        year = 2019 + index % 6
        documents = []
        for kind, status in (
            ("draft-constitution", "draft"),
            ("draft-amendments", "draft"),
            ("constitution", "adopted"),
        ):
            doc_year = year + (1 if status == "draft" else -25)
            en = {
                "draft-constitution": f"Draft new Constitution of {name} ({doc_year})",
                "draft-amendments": f"Draft constitutional amendments of {name} ({doc_year})",
                "constitution": f"Constitution of {name} ({doc_year})",
            }[kind]
            doc = self.actor(f"{cslug}-{kind}-{doc_year}", "document", en, None, status=status)
            articles = rng.randint(30, 90) if kind != "draft-amendments" else rng.randint(8, 20)
            for number in range(1, articles + 1):
                self.actor(
                    f"{doc}-article-{number}",
                    "provision",
                    f"Article {number} of the {en[0].lower()}{en[1:]}",
                    f"Статья {number}",
                    part_of=doc,
                    number=str(number),
                )
            documents.append((doc, articles))
        reform = self.actor(
            f"{cslug}-constitutional-reform-{year}",
            "reform",
            f"Constitutional reform of {name} ({year}–{year + 2})",
            f"Конституционная реформа Республики {ru} ({year}–{year + 2})",
        )
        parties, units = [], {}
        for n in range(rng.randint(3, 7)):
            word, word_ru = _PARTY_WORDS[(index + n) % len(_PARTY_WORDS)]
            brand = self._word()
            party = self.actor(
                f"{brand}-party-{cslug}",
                "party",
                f'"{brand}" {word} Party of {name}',
                f"Партия {word_ru} «{_translit(brand)}»",
                also=[("en", brand)],
            )
            parties.append(party)
            unit_ids = [
                self.actor(
                    f"{party}-political-council",
                    "political-council",
                    f"Political Council of the {brand} party",
                    f"Политический совет партии «{_translit(brand)}»",
                    part_of=party,
                )
            ]
            unit_ids.append(
                self.actor(
                    f"{party}-faction",
                    "faction",
                    f"{brand} faction in the Parliament of {name}",
                    f"Фракция «{_translit(brand)}»",
                    part_of=party,
                )
            )
            for city in rng.sample(cities, k=min(len(cities), rng.randint(2, 4))):
                city_name = city.rsplit("-", 1)[-1].capitalize()
                unit_ids.append(
                    self.actor(
                        f"{party}-{city}-branch",
                        "city-branch",
                        f"{city_name} branch of the {brand} party",
                        None,
                        part_of=party,
                    )
                )
            unit_ids.append(
                self.actor(
                    f"{party}-primary-organisation-1",
                    "primary-organisation",
                    f"Primary organisation No. 1 of the {brand} party",
                    None,
                    part_of=party,
                )
            )
            units[party] = unit_ids
        groups = [
            self.actor(f"{cslug}-youth", "group", f"the youth of {name}", f"молодёжь Республики {ru}"),
            self.actor(f"{cslug}-veterans", "group", f"veterans of {name}", f"ветераны Республики {ru}"),
            self.actor(f"{cslug}-lawyers-association", "association", f"Lawyers' Association of {name}", None),
        ]
        country = _Country(
            cslug,
            name,
            state,
            parliament,
            commission,
            platform,
            cities,
            outlets,
            documents,
            reform,
            parties,
            units,
            groups,
        )
        for _ in range(max(12, n_people)):
            country.people.append(self._person(country))
        self._careers(country)
        return country

    def _person(self, country: _Country) -> _Person:
        rng = self.rng
        female = rng.random() < 0.45
        first = rng.choice(_FIRST_FEMALE if female else _FIRST_MALE)
        root = rng.choice(_SURNAME_ROOTS)
        surname = (
            root + ("ova" if female else "ov") if not root.endswith(("ov", "ev")) else root + ("a" if female else "")
        )
        en = f"{first} {surname}"
        person_id = self.actor(
            en,
            "person",
            en,
            f"{_translit(first)} {_translit(surname)}",
            kk=f"{_translit(first)} {_translit(surname)}",
            also=[("en", surname)],
            gender="female" if female else "male",
        )
        return _Person(person_id, country.slug)

    def _careers(self, country: _Country) -> None:
        rng = self.rng
        people = country.people
        country.head_of_state = people[0].id
        people[0].posts.append(_Post(country.state, "head-of-state", "2017-03"))
        country.commission_head = people[1].id
        people[1].posts.append(_Post(country.commission, "chair", "2019-01-15"))
        country.speaker = people[2].id
        people[2].posts.append(_Post(country.parliament, "speaker", "2018-09"))
        for n, party in enumerate(country.parties):  # each party has a chair
            chair = people[3 + n % max(1, len(people) - 3)]
            chair.posts.append(_Post(party, "chair", f"{rng.randint(2012, 2018)}-0{rng.randint(1, 9)}"))
            country.party_chairs[party] = chair
        for person in people[3:]:
            party = rng.choice(country.parties)
            start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 9 * 365))
            post = _Post(
                rng.choice(country.units[party] + [party]),
                rng.choice(("member", "member", "chair", "deputy-chair", "executive-secretary", "secretary", "head")),
                start.isoformat() if rng.random() < 0.7 else start.isoformat()[:7],
            )
            if rng.random() < 0.3:
                post.end = (start + dt.timedelta(days=rng.randrange(200, 2000))).isoformat()
            person.posts.append(post)
            if rng.random() < 0.25:
                person.posts.append(
                    _Post(country.parliament, "deputy", f"{rng.randint(2016, 2024)}-0{rng.randint(1, 9)}")
                )

    # ------------------------------------------------------------ sheets

    def sheets(self):
        """Yield (sheet path, sheet, report text, number of facts) until the target is reached."""
        rng = self.rng
        written = 0
        n = 0
        while written < self.target:
            n += 1
            country = self.countries[rng.randrange(len(self.countries))]
            date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))
            budget = min(self.target - written, rng.randint(3, 14))
            path, sheet, text, count = self._sheet(country, date, n, budget)
            written += count
            yield path, sheet, text, count

    def _active_posts(self, person: _Person, date: str) -> list[_Post]:
        return [p for p in person.posts if p.start <= date and (p.end is None or p.end > date)]

    def _sheet(self, country: _Country, date: dt.date, n: int, budget: int) -> tuple[str, str, str, int]:
        """One report: (sheet path, sheet text, report text, number of facts)."""
        rng = self.rng
        name = self.names
        day = date.isoformat()
        outlet, domain = rng.choice(country.outlets)
        kind = rng.choices(("party", "hearing", "debate", "interview"), weights=(5, 3, 2, 2))[0]
        source_id = f"{outlet}-{day}-{n}"
        facts: list[dict[str, Any]] = []
        sentences: list[str] = []
        party = rng.choice(country.parties)
        draft, articles = rng.choice(country.documents[:2])
        speakers = rng.sample(country.people, k=min(len(country.people), rng.randint(2, 5)))
        if kind == "party" and country.party_chairs[party] not in speakers:
            speakers[0] = country.party_chairs[party]
        topic_index = rng.randrange(len(_TOPICS))
        topic, topic_ru = _TOPICS[topic_index]
        event = None
        seen_posts: set[tuple[str, str, str]] = set()
        if kind != "interview":
            event = "session" if kind == "party" else "hearing" if kind == "hearing" else "debate"
            organiser = {"party": country.units[party][0], "hearing": country.commission, "debate": country.parliament}[
                kind
            ]
            chair = {
                "party": country.party_chairs[party].id,
                "hearing": country.commission_head,
                "debate": country.speaker,
            }[kind]
            label = {
                "party": (
                    "Extended session of the party's Political Council",
                    "Расширенное заседание политсовета партии",
                ),
                "hearing": (
                    "Public hearing of the Constitutional Commission",
                    "Публичные слушания Конституционной комиссии",
                ),
                "debate": (
                    "Parliamentary debate on the draft Constitution",
                    "Парламентские дебаты по проекту Конституции",
                ),
            }[kind]
            place = rng.choice(country.cities)
            fact: dict[str, Any] = {"id": event, "type": "session" if kind != "hearing" else "event"}
            fact["name"] = {"en": f"{label[0]} on {topic}", "ru": f"{label[1]}: {topic_ru}"}
            fact.update(
                {
                    "date": day,
                    "place": place,
                    "format": rng.choice(("offline", "online", "mixed")),
                    "organiser": organiser,
                    "chair": chair,
                    "about": draft,
                }
            )
            if rng.random() < 0.5:
                fact["themes"] = [{"en": t, "ru": t_ru} for t, t_ru in rng.sample(_TOPICS, k=2)]
            sentences.append(
                f"{name[organiser]} held a meeting in {name[place]} on {day}, chaired by {name[chair]}, "
                f"to discuss the {name[draft][0].lower()}{name[draft][1:]}."
            )
            facts.append(fact)
        while len(facts) < budget:
            speaker = rng.choice(speakers)
            who = name[speaker.id]
            choice = rng.choices(
                ("membership", "speech", "proposal", "stance", "claim", "initiative"),
                weights=(3, 4 if event else 0, 4, 2, 2, 0.3),
            )[0]
            fid = f"{choice}-{len(facts) + 1}"
            fact = {"id": fid, "type": choice}
            if choice == "membership":
                posts = self._active_posts(speaker, day) or speaker.posts
                post = rng.choice(posts)
                if (speaker.id, post.organisation, post.role) in seen_posts:
                    continue
                seen_posts.add((speaker.id, post.organisation, post.role))
                fact.update(
                    {"holder": speaker.id, "role": post.role, "organisation": post.organisation, "start": post.start}
                )
                if post.end:
                    fact["end"] = post.end
                sentence = f"{who}, {name[post.role]} of the {name[post.organisation]}, was present."
            elif choice == "speech":
                if rng.random() < 0.3:
                    fact["type"] = "report"
                fact.update({"speaker": speaker.id, "event": event})
                title = rng.choice(_SPEECH_TITLES).format(t=topic)
                title = title[0].upper() + title[1:]
                fact["title"] = {"en": title}
                behalf = rng.choice(country.groups[:2]) if rng.random() < 0.2 else None
                if behalf:
                    fact["on_behalf_of"] = behalf
                fact["summary"] = {"en": f"{who} spoke on {topic}."}
                sentence = f'{who} spoke{" on behalf of " + name[behalf] if behalf else ""} under the title "{title}".'
            elif choice == "proposal":
                number = rng.randint(1, articles)
                form, form_ru = rng.choice(_PROPOSAL_FORMS)
                t, t_ru = _TOPICS[(topic_index + rng.randrange(3)) % len(_TOPICS)]
                proposer = party if rng.random() < 0.4 else speaker.id
                fact.update({"proposer": proposer, "targets": f"{draft}-article-{number}"})
                content = {"en": form.format(t=t, n=number), "ru": form_ru.format(t=t_ru, n=number)}
                fact["content"] = content
                via = None
                if event:
                    fact["event"] = event
                elif rng.random() < 0.5:
                    via = country.platform
                    fact.update({"via": via, "addressed_to": country.commission})
                sentence = (
                    (
                        f"The {name[proposer]} proposed to {content['en'][0].lower()}{content['en'][1:]}"
                        f"{' in a submission through ' + name[via] if via else ''}."
                    )
                    if proposer == party
                    else (
                        f"{who} proposed to {content['en'][0].lower()}{content['en'][1:]}"
                        f"{' in a submission through ' + name[via] if via else ''}."
                    )
                )
            elif choice == "stance":
                holder = party if rng.random() < 0.5 else speaker.id
                target = rng.choice((draft, country.reform))
                polarity = rng.choices(("support", "oppose", "neutral"), weights=(6, 3, 1))[0]
                degree = rng.choice(("fully", "partly")) if rng.random() < 0.6 else None
                fact.update({"holder": holder, "target": target, "polarity": polarity})
                if degree:
                    fact["degree"] = degree
                if event:
                    fact["event"] = event
                verb = {"support": "supports", "oppose": "opposes", "neutral": "takes no side on"}[polarity]
                if degree and polarity != "neutral":
                    verb = f"{degree} {verb}"
                subject = f"The {name[holder]}" if holder == party else name[holder]
                sentence = f"{subject} {verb} the {name[target][0].lower()}{name[target][1:]}."
            elif choice == "claim":
                measure, measure_ru, unit, unit_ru, scale = rng.choice(_MEASURES)
                platform_name = name[country.platform]
                fact.update({"claimant": speaker.id})
                fact["measure"] = {"en": measure.format(p=platform_name), "ru": measure_ru.format(p=platform_name)}
                quantity = {
                    "count": rng.randint(10, 5000) * 10,
                    "small": rng.randint(3, 120),
                    "share": round(rng.uniform(20, 90), 1),
                }[scale]
                comparator = rng.choice(("more-than", "about", "exactly"))
                fact.update({"quantity": quantity, "comparator": comparator})
                fact["unit"] = {"en": unit, "ru": unit_ru}
                if "{p}" in measure:
                    fact["via"] = country.platform
                fact.update({"addressed_to": country.commission, "about": draft})
                if event:
                    fact["event"] = event
                else:
                    fact["date"] = (date - dt.timedelta(days=rng.randint(0, 6))).isoformat()
                sentence = (
                    f"According to {who}, the {measure.format(p=platform_name)} numbered "
                    f"{comparator.replace('-', ' ')} {quantity:,} {unit}."
                )
            else:
                fact.update({"initiator": country.head_of_state, "initiated": country.reform})
                sentence = (
                    f"The {name[country.reform][0].lower()}{name[country.reform][1:]} was initiated by "
                    f"{name[country.head_of_state]}."
                )
            if sentence in sentences:  # the same words twice: let the one sentence back both facts
                sentences.remove(sentence)
            sentences.append(sentence)
            fact["evidence"] = sentence
            facts.append(fact)
        if event:
            facts[0]["evidence"] = sentences[0]
        title = {
            "party": f"{name[party]} discusses {topic}",
            "hearing": f"Constitutional Commission hears proposals on {topic}",
            "debate": f"Parliament debates {topic}",
            "interview": f"Interview: {topic} and the new Constitution",
        }[kind]
        titles = {"en": title}
        if rng.random() < 0.5:
            titles["ru"] = f"Обсуждение: {topic_ru}"
        source = {
            "id": source_id,
            "outlet": outlet,
            "date": day,
            "language": "en",
            "url": f"https://{domain}/{date:%Y/%m/%d}/{n}",
            "text": f"{source_id}.txt",
            "title": titles,
        }
        sheet = dumps(
            {"source": source, "facts": facts},
            header=[f"Synthetic fact sheet {n}: invented names, generated by kg synth."],
        )
        folder = f"articles/{country.slug}/{date:%Y}"
        text = f"{title}\n\n{day}. " + " ".join(sentences) + f"\n\n{name[outlet]}\n"
        return f"{folder}/{source_id}.yaml", sheet, text, len(facts)


def synthesize(out_dir: str | Path, *, facts: int = 1000, seed: int = 0) -> SynthReport:
    """Write a synthetic corpus of about ``facts`` facts to ``out_dir`` (which must not exist or be empty).

    The folder is written whole or not at all: files go to a temporary folder beside it first.

    :param facts: the number of facts across all sheets (about :data:`TRIPLES_PER_FACT` triples each),
        1 to :data:`MAX_FACTS`.
    :param seed: the random seed, 0 or more; the same seed and size give byte-identical files.
    :raises KgError: when ``facts`` or ``seed`` is out of range, or ``out_dir`` exists and is not an empty
        folder, or cannot be written.
    """
    if not 1 <= facts <= MAX_FACTS:
        raise KgError(f"--facts must be from 1 to {MAX_FACTS:,} (about 19 M triples), not {facts:,}")
    if seed < 0:  # random.Random(-n) is random.Random(n): two seeds would give the same corpus
        raise KgError(f"--seed must be 0 or more, not {seed}")
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KgError(f"{out} already exists and is not an empty folder; choose a new folder")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        from kg.fileio import missing_folder

        raise KgError(f"cannot write {out}: {missing_folder(parent)}")
    writer = _Writer(facts, seed)
    writer.registry()
    report = SynthReport(path=out, countries=len(writer.countries))
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    except OSError as exc:  # named by the folder the user gave, not by our temporary one
        exc.filename = None
        raise KgError(f"cannot write {out}: {os_problem(exc)}") from None
    try:
        header = ["Synthetic actor registry written by kg synth: every name is invented.", f"facts={facts} seed={seed}"]
        (tmp / "actors.yaml").write_text(dumps({"actors": writer.actors}, header=header), encoding="utf-8")
        report.actors = writer.actor_count
        report.files = 1
        folders: set[Path] = set()
        for rel, sheet, text, count in writer.sheets():
            target = tmp / rel
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            target.write_text(sheet, encoding="utf-8")
            target.with_suffix(".txt").write_text(text, encoding="utf-8")
            report.sources += 1
            report.facts += count
            report.files += 2
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        exc.filename = None
        raise KgError(f"cannot write {out}: {os_problem(exc)}; nothing was written") from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report
