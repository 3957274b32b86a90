"""Turn the mentions and cues of each sentence into draft facts of the fact-sheet format.

The rules work one sentence at a time, in order, with what the article has said so far: its
main party (for "the party"), its event (for speeches), who holds which post (so "Партия
төрағасы" names the chair met earlier), and who is speaking in the paragraph (so a passive
"it was said that more than 1,000 proposals came in" is credited to the speaker).

Every fact keeps its sentence, verbatim, as evidence, and a confidence between 0 and 1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kg.extract import patterns as P
from kg.extract.linker import Linker, slug, translit
from kg.extract.mentions import Gazetteer, Mention, find_mentions, guess_org_type
from kg.extract.reader import Article, Sentence
from kg.sources import FACT_FIELDS, Ref

__all__ = ["DraftFact", "Extractor"]

AGENT_KINDS = ("person", "organisation", "unit", "anaphor")
_LOWER_WORDS = re.compile(r"^[\s,]*(?:(?-i:[a-zа-яёәғқңөұүһі][\w-]*)[\s,]+){0,4}$")


@dataclass
class DraftFact:
    """A fact the extractor proposes: type, field values, evidence sentences and confidence."""

    type: str
    values: dict[str, Any]
    evidence: list[str]
    confidence: float
    key: tuple
    sentence: int = 0
    id: str = ""
    why: str = ""


@dataclass
class Extractor:
    """Extract draft facts from one article with a shared :class:`Linker` (one per run)."""

    article: Article
    linker: Linker
    gazetteer: Gazetteer
    source_date: str
    outlet: str | None = None
    facts: list[DraftFact] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)
    main_party: str | None = None
    event: DraftFact | None = None
    holders: dict[tuple[str, str], str] = field(default_factory=dict)
    speaker: dict[int, str] = field(default_factory=dict)
    last_person: dict[int, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ driver

    def run(self) -> list[DraftFact]:
        cache: dict[tuple[str, str], list[Mention]] = {}
        for s in self.article.sentences:
            key = (s.text, s.lang)
            if key not in cache:
                cache[key] = find_mentions(s.text, s.lang, self.linker, self.gazetteer)
            self.mentions.append([_copy(m) for m in cache[key]])
        self.main_party = self._main_party()
        if any(m.kind == "document" for ms in self.mentions for m in ms):
            self._short_documents()
        for n, s in enumerate(self.article.sentences):
            ms = self.mentions[n]
            for m in ms:
                if m.kind == "person" and (m.actor or not m.new.get("single")) and not m.oblique:
                    self.last_person[s.paragraph] = self.actor(m, n, s.lang) or self.last_person.get(s.paragraph, "")
            self._memberships(n, s, ms)
            self._event(n, s, ms)
            self._initiative(n, s, ms)
            self._speech(n, s, ms)
            self._proposal(n, s, ms)
            self._stance(n, s, ms)
            self._claim(n, s, ms)
        return self.facts

    # ------------------------------------------------------------------ actors

    def _main_party(self) -> str | None:
        """Count the organisations the article names; the most named party is "the party"."""
        from kg.extract.linker import org_core

        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        self.org_names: dict[str, str] = {}
        for n, ms in enumerate(self.mentions):
            for m in ms:
                if m.actor and self.linker.type_of(m.actor) in ("party", "association", "organisation"):
                    key = m.actor
                elif m.kind == "organisation" and m.actor is None:
                    name = m.new.get("name", m.text)
                    key = "new:" + (org_core(name) or name.casefold())
                    self.org_names.setdefault(key, name)
                else:
                    continue
                counts[key] += 1
                first.setdefault(key, n)
        self.org_ranking = sorted(counts, key=lambda k: (-counts[k], first[k]))
        parties = [k for k in self.org_ranking if (k in self.linker.actors and self.linker.type_of(k) == "party")
                   or (k.startswith("new:") and guess_org_type(self.org_names[k]) == "party")]
        return self._org_of_key(parties[0]) if parties else None

    def _short_documents(self) -> None:
        """"The draft", "проект", "жобасын": the draft the article names in full elsewhere."""
        for s, ms in zip(self.article.sentences, self.mentions):
            for m in P.DOCUMENT_SHORT[s.lang].finditer(s.text):
                if not any(x.start < m.end() and m.start() < x.end for x in ms):
                    ms.append(Mention(m.start(), m.end(), m.group(), "document", how="rule", oblique=True))
            ms.sort(key=lambda x: x.start)

    def _org_of_key(self, key: str) -> str:
        if key.startswith("new:"):
            return self._new_org(self.org_names[key], self.article.lang)
        return key

    def _anaphor(self, m: Mention) -> str | None:
        """The organisation "the party", "қауымдастық", "движение" stands for in this article."""
        from kg.names import name_key

        noun = re.sub(r"^(?:the|its|their)\s+", "", m.text.strip(), flags=re.I)
        stem = _stem4(name_key(noun.split()[0]) if noun.split() else "")
        for key in getattr(self, "org_ranking", []):
            labels = [self.org_names[key]] if key.startswith("new:") else self._labels(key)
            if stem and any(_stem4(w) == stem for label in labels for w in name_key(label).split()):
                return self._org_of_key(key)
        if stem == _stem4(name_key("партия")) or stem == "part":
            return self.main_party
        return None

    def _new_org(self, name: str, lang: str) -> str:
        found = self.linker.resolve(name, "organisation")
        if found:
            return found
        clean = name.strip("«»\"“” ")
        quoted = re.search(r"[«“\"]([^«»“”\"]{2,80})[»”\"]", name)
        return self.linker.add(guess_org_type(name), clean if "«" not in name else name, lang,
                               actor_id=slug(quoted.group(1)) if quoted else None)

    def actor(self, m: Mention, n: int, lang: str) -> str | None:
        """The registry or draft actor of a mention; a new draft actor is made here, on first use."""
        if m.actor:
            return m.actor
        name = m.new.get("name", m.text)
        actor_id: str | None = None
        if m.kind == "person":
            actor_id = self.linker.resolve(name, "person")
            if actor_id is None and not m.new.get("single"):
                actor_id = self.linker.add("person", name, lang)
        elif m.kind == "organisation":
            actor_id = self._new_org(name, lang)
        elif m.kind == "place":
            actor_id = self.linker.resolve(name, "place") or self.linker.add("place", name, lang)
        elif m.kind == "platform":
            actor_id = self.linker.resolve(name, "platform") or self.linker.add("platform", m.text, lang, en=name)
        elif m.kind == "document":
            actor_id = self.draft_document(lang)
        elif m.kind == "provision":
            actor_id = self.provision(m.new["number"], lang)
        elif m.kind == "reform":
            actor_id = self.reform(m.text, lang)
        elif m.kind == "unit":
            actor_id = self.unit(m, n, lang)
        elif m.kind == "anaphor":
            actor_id = self._anaphor(m)
        m.actor = actor_id
        return actor_id

    def draft_document(self, lang: str) -> str:
        drafts = self.linker.of_type("document", status="draft")
        constitutional = [d for d in drafts if "constitution" in self.linker.label(d, "en").lower()]
        if len(constitutional) == 1:
            return constitutional[0]
        if len(drafts) == 1:
            return drafts[0]
        label = {"kk": "Конституция жобасы", "ru": "Проект Конституции"}.get(lang, "Draft Constitution")
        return self.linker.add("document", label, lang, en="Draft Constitution", status="draft", actor_id="draft-constitution")

    def provision(self, number: str, lang: str) -> str:
        doc = self.draft_document(lang)
        for pid in self.linker.of_type("provision", part_of=doc):
            actor = self.linker.actors.get(pid) or self.linker.new.get(pid)
            if actor is not None and actor.number == number:
                return pid
        main, _, para = number.partition("(")
        para = para.rstrip(")")
        label = {
            "kk": f"Конституция жобасының {main}-бабы" + (f" {para}-тармағы" if para else ""),
            "ru": (f"Пункт {para} статьи {main}" if para else f"Статья {main}") + " проекта Конституции",
        }.get(lang, f"Article {number} of the draft Constitution")
        return self.linker.add(
            "provision", label, lang, en=f"Article {number} of the draft Constitution", part_of=doc,
            number=number, actor_id=f"{doc}-article-{slug(number)}",
        )

    def reform(self, text: str, lang: str) -> str:
        reforms = self.linker.of_type("reform")
        if len(reforms) == 1:
            return reforms[0]
        return self.linker.add("reform", text, lang, en="Constitutional reform", actor_id="constitutional-reform")

    def unit(self, m: Mention, n: int, lang: str) -> str | None:
        """A party's unit ("Саяси кеңес", "Алматы қалалық филиалы") of the party named beside it."""
        text, ms = self.article.sentences[n].text, self.mentions[n]
        party = None
        for other in ms:
            if other is m or other.kind not in ("organisation", "anaphor"):
                continue
            gap = text[other.end : m.start] if other.end <= m.start else text[m.end : other.start]
            if len(gap) <= 12 and re.fullmatch(r"[\s,«»\"'’]*(?:of\s+the\s+|of\s+|s\s+)?", gap, re.I):
                candidate = self._anaphor(other) if other.kind == "anaphor" else other.actor
                if candidate and self.linker.type_of(candidate) == "party":
                    party = candidate
                    break
        party = party or self.main_party
        if party is None:
            return None
        unit, unit_type, place = m.new["unit"], m.new["type"], m.new.get("place")
        types = ("city-branch", "regional-branch") if unit == "branch" else (unit_type,)
        candidates = [c for t in types for c in self.linker.of_type(t, part_of=party)]
        if place:
            from kg.names import name_key

            key = name_key(place)[:5]
            candidates = [c for c in candidates if any(
                w[:5] == key for label in self._labels(c) for w in name_key(label).split()
            )]
        if len(candidates) == 1:
            return candidates[0]
        party_en = self.linker.label(party, "en")
        if unit == "branch":
            place_en = translit(place or "local")
            en = f"{place_en} {'city' if unit_type == 'city-branch' else 'regional'} branch of {party_en}"
            new_id = f"{party}-{slug(place or 'local')}-branch"
        else:
            en = f"{unit.replace('-', ' ').capitalize()} of {party_en}"
            new_id = f"{party}-{unit}"
        return self.linker.add(unit_type, m.text.strip("«» "), lang, en=en, part_of=party, actor_id=new_id)

    def _labels(self, actor_id: str) -> list[str]:
        actor = self.linker.actors.get(actor_id)
        if actor is not None:
            return [*actor.names.values(), *(t for _l, t in actor.also)]
        draft = self.linker.new.get(actor_id)
        return list(draft.names.values()) if draft else []

    def country(self, lang: str) -> str:
        states = [a for a in self.linker.of_type("state-body") if "republic" in self.linker.label(a, "en").lower()
                  and "parliament" not in self.linker.label(a, "en").lower()]
        if states:
            return "republic-of-kazakhstan" if "republic-of-kazakhstan" in states else states[0]
        return self.linker.add("state-body", "Republic of Kazakhstan", "en", actor_id="republic-of-kazakhstan")

    def role(self, role_id: str) -> str:
        if self.linker.type_of(role_id) == "role":
            return role_id
        kk, ru, en = P.ROLE_NAMES.get(role_id, (role_id, role_id, role_id.replace("-", " ")))
        new_id = self.linker.add("role", en, "en", actor_id=role_id)
        self.linker.new[new_id].names.update({"kk": kk, "ru": ru})
        return new_id

    # ------------------------------------------------------------------ facts

    def add(self, n: int, fact_type: str, values: dict[str, Any], confidence: float, key: tuple, why: str = "") -> DraftFact | None:
        """Add a fact (or merge it into the same fact found earlier); drop references of the wrong type."""
        spec = FACT_FIELDS[fact_type]
        for name in list(values):
            value = values[name]
            kind = spec.get(name)
            if value in (None, "", {}, []):
                del values[name]
            elif isinstance(kind, Ref) and self.linker.type_of(value) not in kind.types:
                del values[name]
        from kg.sources import REQUIRED

        if any(r not in values for r in REQUIRED[fact_type]):
            return None
        sentence = self.article.sentences[n].text
        for old in self.facts:
            if old.key == key:
                if sentence not in old.evidence:
                    old.evidence.append(sentence)
                for name, value in values.items():
                    old.values.setdefault(name, value)
                old.confidence = max(old.confidence, confidence)
                return old
        fact = DraftFact(fact_type, values, [sentence], round(confidence, 2), key, n, why=why)
        self.facts.append(fact)
        return fact

    def _event_ref(self) -> dict[str, str]:
        return {"event": "@event"} if self.event is not None else {}

    # memberships --------------------------------------------------------------

    def _memberships(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        posts = P.find_posts(text, lang)
        for post in posts:
            persons = [m for m in ms if m.kind == "person"]
            holder = described = None
            org_mention: Mention | None = None
            after = next((m for m in persons if m.start >= post.end), None)
            if after is not None:
                between = text[post.end : after.start]
                inner = [m for m in ms if m.start >= post.end and m.end <= after.start]
                residue = _residue(between, post.end, inner)
                nested_post = any(p.start >= post.end and p.end <= after.start for p in posts)
                if not nested_post and not re.search(r"[.;:!?()]", between) and len(between) <= 100 and _LOWER_WORDS.match(residue):
                    if lang == "kk" and inner:
                        pass  # Kazakh names the organisation before the post, never between
                    else:
                        holder = after
                        described = _descriptor(residue)
                        org_mention = next((m for m in inner if m.kind in ("unit", "organisation", "anaphor")), None)
            if holder is None and lang in ("ru", "en"):
                before = [m for m in persons if m.end <= post.start]
                if before:
                    cand = before[-1]
                    gap = text[cand.end : post.start]
                    inner = [m for m in ms if m.start >= cand.end and m.end <= post.start]
                    if re.fullmatch(r"\s*,\s*(?:(?:the|a|an|who\s+is|who\s+serves\s+as)\s+)*", _residue(gap, cand.end, inner), re.I):
                        holder = cand
                        org_mention = next((m for m in inner if m.kind in ("unit", "organisation", "anaphor")), None)
            if holder is None:
                self._post_pseudo(n, s, ms, post)
                continue
            if org_mention is None:
                org_mention = self._org_beside_post(text, ms, post, lang)
            org = self.actor(org_mention, n, lang) if org_mention is not None else None
            if org is None and post.role == "head-of-state":
                org = self.country(lang)
            if org is None:
                continue
            person = self.actor(holder, n, lang)
            if person is None:
                continue
            role = self.role(post.role)
            values: dict[str, Any] = {"holder": person, "role": role, "organisation": org}
            if described:
                values["described_as"] = {lang: described}
            known = sum(1 for a in (person, org) if a in self.linker.actors)
            fact = self.add(n, "membership", values, 0.7 + 0.1 * known, ("membership", person, role, org),
                            f"post {post.text!r} before/after the name")
            if fact is not None:
                self.holders.setdefault((role, org), person)

    def _org_beside_post(self, text: str, ms: list[Mention], post: P.Post, lang: str) -> Mention | None:
        if lang == "en" and re.search(r"\bparty\b", post.text, re.I) and self.main_party:
            # "adviser to the party chairman"
            return Mention(post.start, post.end, post.text, "organisation", self.main_party, how="post")
        orgs = [m for m in ms if m.kind in ("unit", "organisation", "anaphor")]
        if lang in ("kk", "en"):
            before = [m for m in orgs if m.end <= post.start and re.fullmatch(r"[\s«»\"]*(?:['’]s\s*)?", text[m.end : post.start])]
            if before:
                return before[-1]
        if lang in ("ru", "en"):
            after = [m for m in orgs if m.start >= post.end and re.fullmatch(r"\s*(?:(?:of|at|in)\s+)?(?:the\s+)?", text[post.end : m.start], re.I)]
            if after:
                first = after[0]
                # "chair of the party's Almaty city branch": the unit, not the party
                unit = next((m for m in orgs if m.kind == "unit" and m.start >= first.end
                             and re.fullmatch(r"(?:['’]s)?\s*", text[first.end : m.start])), None)
                return unit or first
        return None

    def _post_pseudo(self, n: int, s: Sentence, ms: list[Mention], post: P.Post) -> None:
        """A post named without a name ("Партия төрағасы"): the holder met earlier, as a mention."""
        org_mention = self._org_beside_post(s.text, ms, post, s.lang)
        org = self.actor(org_mention, n, s.lang) if org_mention is not None else None
        if org is None and post.role == "head-of-state":
            org = self.country(s.lang)
        holder = self.holders.get((post.role, org)) if org else None
        if holder is None:
            return
        start = org_mention.start if org_mention is not None and org_mention.start < post.start else post.start
        if any(m.start < post.end and post.start < m.end and m.kind == "person" for m in ms):
            return
        ms.append(Mention(start, post.end, s.text[start : post.end], "person", holder, _oblique_post(post.text, s.lang), "post"))
        ms.sort(key=lambda m: m.start)

    # events -------------------------------------------------------------------

    def _event(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        noun = P.EVENT[lang].search(text)
        held = P.HELD[lang].search(text)
        met = P.MET[lang].search(text)
        if noun is not None and held is not None:
            self._new_event(n, s, ms, noun)
        elif met is not None and self.event is None and any(m.kind in ("organisation", "unit") for m in ms):
            self._new_event(n, s, ms, met)  # "Members of the X party met in Almaty"
        if self.event is None:
            return
        chair = self._chair(text, ms, lang)
        if chair is not None and "chair" not in self.event.values:
            actor = self.actor(chair, n, lang)
            if actor and self.linker.type_of(actor) == "person":
                self.event.values["chair"] = actor
                if text not in self.event.evidence:
                    self.event.evidence.append(text)

    def _new_event(self, n: int, s: Sentence, ms: list[Mention], noun: re.Match) -> None:
        text, lang = s.text, s.lang
        start, end = _name_span(text, ms, noun.start(), noun.end(), lang)
        name = text[start:end].strip(" ,")
        organiser_m = _organiser(ms, start, end, noun)
        if organiser_m is None:
            held = P.HELD[lang].search(text)
            subjects = [m for m in ms if m.kind in ("organisation", "unit") and held and m.end <= held.start()
                        and not m.oblique and not self._governed(text, m, lang)]
            organiser_m = subjects[-1] if subjects else None
        organiser = self.actor(organiser_m, n, lang) if organiser_m is not None else None
        kind = "session" if P.SESSION_WORDS.search(noun.group()) else "event"
        year = int(self.source_date[:4])
        date = P.find_date(text, lang, year=year) or self.source_date
        place_m = next((m for m in ms if m.kind == "place"), None)
        values: dict[str, Any] = {"name": {lang: name}, "date": date}
        kind_en = {"session": "Session", "event": "Meeting"}[kind]
        if re.search(r"кеңейтілген|расширенн|extended", text, re.I):
            kind_en = "Extended " + kind_en.lower()
        if re.search(r"пленар|plenary", text, re.I):
            kind_en = kind_en.replace("Session", "Plenary session").replace("session", "plenary session")
        for rx, word in P.EVENT_KINDS_EN:
            if rx.search(noun.group()):
                kind_en = word
                break
        if lang != "en":
            values["name"]["en"] = f"{kind_en} of {self.linker.label(organiser, 'en')}" if organiser else kind_en
        if place_m is not None:
            values["place"] = self.actor(place_m, n, lang)
        fmt = _format(text)
        sentences = self.article.sentences
        if fmt is None and n + 1 < len(sentences) and sentences[n + 1].paragraph == s.paragraph:
            fmt = _format(sentences[n + 1].text)
        if fmt:
            values["format"] = fmt
        if organiser:
            values["organiser"] = organiser
        about = self._document_near(n)
        if about:
            values["about"] = about
        key = ("event", name.casefold())
        if self.event is not None and self.event.values.get("date") == date and organiser in (None, self.event.values.get("organiser")):
            return  # the same event, named again
        fact = self.add(n, kind, values, 0.85 if organiser else 0.7, key, f"event noun {noun.group()!r} and a verb of holding")
        if fact is not None and self.event is None:
            self.event = fact

    def _document_near(self, n: int) -> str | None:
        """The document the event is about: named in its sentence or the next one."""
        for k in (n, n + 1):
            if k >= len(self.mentions):
                break
            for m in self.mentions[k]:
                if m.kind == "document":
                    return self.actor(m, k, self.article.sentences[k].lang)
        return None

    def _chair(self, text: str, ms: list[Mention], lang: str) -> Mention | None:
        for m in ms:
            if m.kind != "person":
                continue
            if lang in P.CHAIR_BEFORE and P.CHAIR_BEFORE[lang].match(text[m.end :]):
                return m
            if lang in P.CHAIR_AFTER and P.CHAIR_AFTER[lang].search(text[: m.start]):
                return m
        return None

    def _ensure_event(self, n: int) -> None:
        """Speeches need an event: when none was found, draft one from the report's date."""
        if self.event is not None:
            return
        lang = self.article.lang
        name = {"kk": "Баяндамада сипатталған іс-шара", "ru": "Мероприятие, описанное в сообщении"}.get(lang)
        values: dict[str, Any] = {"name": {"en": "Event described in the report"}, "date": self.source_date}
        if name:
            values["name"][lang] = name
        fact = self.add(n, "event", values, 0.3, ("event", "implicit"), "speeches without a named event")
        self.event = fact

    # initiative ---------------------------------------------------------------

    def _initiative(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        for m in ms:
            if m.kind not in ("person", "organisation", "unit", "anaphor"):
                continue
            hit = None
            if lang in P.INITIATIVE_BEFORE and P.INITIATIVE_BEFORE[lang].match(text[m.end :]):
                hit = "after"
            elif lang in P.INITIATIVE_AFTER and P.INITIATIVE_AFTER[lang].search(text[: m.start]):
                hit = "before"
            if hit is None:
                continue
            things = [x for x in ms if x.kind in ("reform", "document", "provision")]
            near = [x for x in things if (x.start >= m.end if hit == "after" else x.end <= m.start)]
            target = (near[0] if hit == "after" else near[-1]) if near else (things[0] if things else None)
            if target is None:
                continue
            initiator = self.actor(m, n, lang)
            initiated = self.actor(target, n, lang)
            if initiator and initiated:
                self.add(n, "initiative", {"initiator": initiator, "initiated": initiated}, 0.85,
                         ("initiative", initiator, initiated), "initiative cue next to the name")

    # speeches -----------------------------------------------------------------

    def _subject(self, text: str, ms: list[Mention], start: int, end: int, kinds: tuple[str, ...], lang: str) -> Mention | None:
        """The clause's subject for a cue at [start, end): the nearest uninflected agent before it, else after it."""
        cands = [m for m in ms if m.kind in kinds and not m.oblique and not self._governed(text, m, lang)
                 and not (m.new.get("single") and m.actor is None and self.linker.resolve(m.new.get("name", m.text), "person") is None)]
        before = [m for m in cands if m.end <= start]
        if before:
            return before[-1]
        after = [m for m in cands if m.start >= end]
        return after[0] if after else None

    def _governed(self, text: str, m: Mention, lang: str) -> bool:
        """Whether the mention is the object of an initiative or chair construction."""
        rest, head = text[m.end :], text[: m.start]
        for table in (P.INITIATIVE_BEFORE, P.CHAIR_BEFORE):
            if lang in table and table[lang].match(rest):
                return True
        for table in (P.INITIATIVE_AFTER, P.CHAIR_AFTER):
            if lang in table and table[lang].search(head):
                return True
        if lang == "en" and re.search(r"\b(?:by|of|to|with|from|for)\s+(?:the\s+)?$", head, re.I):
            return True
        if lang == "en" and re.match(r"['’]s\b", rest):
            return True
        if lang == "ru" and re.search(r"(?:^|\s)(?:по\s+словам|для|от|у|с|к|о|об|при)\s+$", head, re.I):
            return True
        return False

    def _speech(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        titled = P.TITLED[lang].search(text)
        title = None
        if titled is not None:
            title = titled.group("title").strip()
            kind_word = (titled.group("kind") or "").lower()
            fact_type = "report" if re.match(r"баяндам|доклад|report|paper|presentation|lecture", kind_word) else "speech"
            cue_start, cue_end, confidence = titled.start(), titled.end(), 0.9
        else:
            cue = None
            for fact_type, table, confidence in (("report", P.REPORT, 0.85), ("speech", P.SPEECH, 0.8), ("speech", P.STATEMENT, 0.6)):
                cue = table[lang].search(text)
                if cue is not None:
                    break
            if cue is None:
                return
            if confidence < 0.8 and self.event is None:
                return  # "X said": a statement, but not at an event the report describes
            cue_start, cue_end = cue.start(), cue.end()
        speaker_m = self._subject(text, ms, cue_start, cue_end, ("person",), lang)
        if speaker_m is None:
            return
        speaker = self.actor(speaker_m, n, lang)
        if speaker is None or self.linker.type_of(speaker) != "person":
            return
        self._ensure_event(n)
        values: dict[str, Any] = {"speaker": speaker, **self._event_ref()}
        if title:
            values["title"] = {lang: title}
        behalf = P.ON_BEHALF[lang].search(text)
        if behalf is not None:
            group = self._group(behalf.group("who"))
            if group:
                values["on_behalf_of"] = group
        fact = self.add(n, fact_type, values, confidence, ("speech", speaker), "speech cue with its speaker")
        if fact is not None:
            if fact_type == "report" and fact.type == "speech":
                fact.type = "report"
            if title and "title" not in fact.values:
                fact.values["title"] = {lang: title}
            self.speaker[s.paragraph] = speaker

    def _group(self, word: str) -> str | None:
        from kg.names import base_forms, name_key

        keys = {name_key(word), *(name_key(b) for b in base_forms(word))}
        for gid in self.linker.of_type("group"):
            labels = self._labels(gid)
            labels += [re.sub(r"^the\s+", "", label, flags=re.I) for label in labels]
            if any(name_key(label) in keys for label in labels):
                return gid
        return None

    # proposals and stances ----------------------------------------------------

    def _proposal(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        cue = P.PROPOSAL[lang].search(text)
        if cue is None:
            return
        subject = self._subject(text, ms, cue.start(), cue.end(), AGENT_KINDS, lang)
        if subject is None:
            return
        proposer = self.actor(subject, n, lang)
        if proposer is None:
            return
        target_m = next((m for m in ms if m.kind == "provision"), None) or next(
            (m for m in ms if m.kind in ("document", "reform")), None)
        target = self.actor(target_m, n, lang) if target_m is not None else None
        if subject.end <= cue.start() and lang == "kk":
            content = text[subject.end : cue.start()]
        else:
            content = text[cue.end() :]
        content = content.strip(" ,.;:—–-")
        if len(content) < 5:
            content = text.strip()
        values: dict[str, Any] = {"proposer": proposer, "content": {lang: content}, "targets": target, **self._event_ref()}
        for m in ms:
            if m.kind == "platform":
                values.setdefault("via", self.actor(m, n, lang))
        self.add(n, "proposal", values, 0.8 if target else 0.6, ("proposal", proposer, target), "proposal verb with its subject")

    def _stance(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        cue = P.OPPOSE[lang].search(text)
        polarity = "oppose"
        if cue is None:
            cue = P.SUPPORT[lang].search(text)
            polarity = "support"
        if cue is None:
            return
        subject = self._subject(text, ms, cue.start(), cue.end(), AGENT_KINDS, lang)
        if subject is None:
            return
        holder = self.actor(subject, n, lang)
        target_m = next((m for m in ms if m.kind == "document"), None) or next(
            (m for m in ms if m.kind in ("reform", "provision")), None)
        if target_m is None:
            return
        target = self.actor(target_m, n, lang)
        if holder is None or target is None:
            return
        window = text[max(0, cue.start() - 30) : cue.end()]
        degree = "fully" if P.FULLY.search(window) else "partly" if P.PARTLY.search(window) else None
        values = {"holder": holder, "target": target, "polarity": polarity, "degree": degree, **self._event_ref()}
        confidence = 0.8 if subject.kind in ("person", "organisation") else 0.65
        self.add(n, "stance", values, confidence, ("stance", holder, target, polarity), f"{polarity} cue with its subject")

    # claims -------------------------------------------------------------------

    def _claim(self, n: int, s: Sentence, ms: list[Mention]) -> None:
        text, lang = s.text, s.lang
        found = P.parse_quantity(text, lang)
        if found is None:
            return
        quantity, comparator, unit, q_start, q_end = found
        claimant_m = next((m for m in ms if m.kind in ("person", "organisation") and (
            (lang in P.ACCORDING_AFTER and P.ACCORDING_AFTER[lang].search(text[: m.start]))
            or (lang in P.ACCORDING_BEFORE and P.ACCORDING_BEFORE[lang].match(text[m.end :])))), None)
        statement = P.STATEMENT[lang].search(text)
        if claimant_m is None and statement is not None:
            claimant_m = self._subject(text, ms, statement.start(), statement.end(), ("person", "organisation"), lang)
        claimant = self.actor(claimant_m, n, lang) if claimant_m is not None else None
        confidence = 0.8
        if claimant is None:
            claimant = self.speaker.get(s.paragraph)
            confidence = 0.65
        if claimant is None and re.match(r"\s*(?:Ол|Он|Она|He|She)\b", text):
            claimant = self.last_person.get(s.paragraph)  # "She said that...": the person just named
            confidence = 0.6
        if claimant is None:
            claimant = self.outlet
            confidence = 0.5
        if claimant is None:
            return
        platform = next((m for m in ms if m.kind == "platform"), None)
        start = platform.start if platform is not None and platform.end <= q_start and q_start - platform.end < 40 else q_start
        measure = text[start:q_end].strip()
        if P.TURNOUT.search(text):
            measure = P.TURNOUT.search(text).group()
        values: dict[str, Any] = {
            "claimant": claimant, "measure": {lang: measure}, "quantity": quantity, "comparator": comparator,
            "unit": {lang: unit}, **self._event_ref(),
        }
        if platform is not None:
            values["via"] = self.actor(platform, n, lang)
        for m in ms:
            if m.kind == "organisation" and m.actor and self.linker.type_of(m.actor) in ("commission", "state-body") and m.actor != claimant:
                values.setdefault("addressed_to", m.actor)
            if m.kind == "document":
                values.setdefault("about", self.actor(m, n, lang))
        self.add(n, "claim", values, confidence, ("claim", quantity, values.get("via"), unit), "a figure with what it counts")


# ---------------------------------------------------------------------------- helpers


def _stem4(key: str) -> str:
    """The first four letters of a folded word, with Kazakh g/k voicing merged (одақ, одағы)."""
    return key.replace("g", "k")[:4]


def _copy(m: Mention) -> Mention:
    return Mention(m.start, m.end, m.text, m.kind, m.actor, m.oblique, m.how, dict(m.new))


def _residue(text: str, offset: int, inner: list[Mention]) -> str:
    """``text`` (starting at ``offset`` in the sentence) with the inner mentions cut out."""
    out, pos = [], 0
    for m in sorted(inner, key=lambda m: m.start):
        out.append(text[pos : m.start - offset])
        out.append(" ")
        pos = m.end - offset
    out.append(text[pos:])
    return "".join(out)


def _descriptor(residue: str) -> str | None:
    words = residue.strip(" ,")
    if "," in residue and words:
        return " ".join(words.split())
    return None


def _oblique_post(text: str, lang: str) -> bool:
    last = text.split()[-1].lower()
    if lang == "kk":
        return bool(re.search(r"(ның|нің|на|не|ға|ге)$", last))
    if lang == "ru":
        return bool(re.search(r"(я|ю|ем|е|а|у|ом)$", last)) and not last.endswith("ья")
    return False


def _format(text: str) -> str | None:
    if P.FORMAT_MIXED.search(text):
        return "mixed"
    online, offline = P.FORMAT_ONLINE.search(text), P.FORMAT_OFFLINE.search(text)
    if online and offline:
        return "mixed"
    if online:
        return "online"
    if offline:
        return "offline"
    return None


def _name_span(text: str, ms: list[Mention], start: int, end: int, lang: str) -> tuple[int, int]:
    """The event's name: its noun with the adjectives and the organisation names beside it."""
    adjectives = 0
    while True:
        head = text[:start]
        prev = next((m for m in reversed(ms) if m.end <= start and not head[m.end :].strip(" «»\"")), None)
        if prev is not None and prev.kind in ("organisation", "unit", "anaphor"):
            start = prev.start
            continue
        word = re.search(r"(?<![\w-])(\w[\w-]*)\s+$", head) if prev is None else None
        if word and word.group(1)[0].isupper() and head[: word.start(1)].strip():
            word = None  # a capital inside the sentence starts a name, not an adjective
        if word and adjectives < 3 and not any(m.start <= word.start(1) < m.end for m in ms) and _adjective(word.group(1), lang):
            start = word.start(1)
            adjectives += 1
            continue
        break
    if lang in ("ru", "en"):
        while True:
            tail = text[end:]
            joiner = re.match(r"\s+(?:of\s+(?:the\s+)?)?" if lang == "en" else r"\s+", tail, re.I)
            if joiner is None:
                break
            nxt = next((m for m in ms if m.start == end + joiner.end()), None)
            if nxt is None or nxt.kind not in ("organisation", "unit", "anaphor"):
                # "the Baytaq party's Political Council": a name then 's
                break
            end = nxt.end
            poss = re.match(r"['’]s", text[end:])
            if poss:
                end += poss.end()
    return start, end


def _adjective(word: str, lang: str) -> bool:
    """Whether a lower-case word before an event noun describes it (extended, plenary, regular...)."""
    if lang == "kk":
        return bool(re.search(r"(ген|ған|қан|кен|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)$", word)) and word not in ("төрағалығымен",)
    if lang == "ru":
        return bool(re.search(r"(ое|ее|ый|ий|ой|ая|яя|ые|ие|ого|его)$", word))
    return word.lower() in {"extended", "plenary", "regular", "extraordinary", "annual", "joint", "public", "open", "enlarged", "special", "online", "hybrid", "expanded"}


def _organiser(ms: list[Mention], start: int, end: int, noun: re.Match) -> Mention | None:
    inside = [m for m in ms if m.start >= start and m.end <= end and m.kind in ("unit", "organisation", "anaphor")]
    units = [m for m in inside if m.kind == "unit"]
    if units:
        return units[-1] if units[-1].end <= noun.start() else units[0]
    named = [m for m in inside if m.kind == "organisation"]
    if named:
        return named[-1]
    return inside[-1] if inside else None
