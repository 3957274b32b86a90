"""Who speaks where: the speaker of each quotation, before the rules read the figures in it.

A quotation in news is often closed by its speaker ("— ..., — деді Жандос Шаймарданов.",
"— ..., — сказал Ерлан Карин.", "“...,” he said."), or introduced by a sentence that ends with a
colon ("Zhiienbaev also emphasized ...:"): the figures inside it are that person's. Where a paragraph
holds several speakers' quotations, :func:`quoted_by` says whose each stretch of words is, from where
quotations open and close ("— …, — сказал Карин. — …, — добавила Азимова.", "“…,” Azimova added"); a
post that closes one ("— сказал Спикер Мажилиса") stands for its holder, found once posts are read.
This pass runs before the rules, since the speaker is named after the figures.
"""

from __future__ import annotations

import re

from kg.extract import patterns as P
from kg.extract.actors import actor, speaker
from kg.extract.doc import ArticleDoc
from kg.extract.mentions import Mention

__all__ = ["attribute", "quotation_span", "quoted_by", "referent"]

#: (fifteenth session, claims) a closing verb followed by the surname of the person named before closes their
#: quotation, though the tagger missed the name ("…, – деді Шиповских"); measured in benchmarks/claims_lopo.py.
SURNAME_CLOSES = True
#: (twenty-second session, claims; ``kg.extract.rules.claims.READINGS22`` names it too) ``post-name``: a post after
#: a quotation's closing verb with the holder's name right after it closes the quotation for that person, though the
#: name stands more than 40 characters after the verb ("— деп түсіндірді Павлодар облыстық референдум комиссиясының
#: төрағасы Гүлнар Аманжолова"); measured in benchmarks/claims22_lopo.py.
CLOSERS22: tuple[str, ...] = ("post-name",)
#: (twenty-fifth session, claims; ``benchmarks/precision25_lopo.py`` sets it) ``minus-dash``: the minus sign (U+2212)
#: some outlets type for a dash opens and closes a quotation as the dash does ("− Қазіргі уақытта 13 тұлғадан
#: ұсыныстар келді …, − деді Эльвира Әзімова": Kazinform's Kazakh desk).
CLOSERS25: tuple[str, ...] = ("minus-dash",)


def _dashed(text: str) -> str:
    """``text`` with the minus sign read as the en dash it stands for (``minus-dash`` in CLOSERS25); the same
    length, so offsets hold."""
    return text.replace("\u2212", "\u2013") if "minus-dash" in CLOSERS25 else text


def attribute(doc: ArticleDoc) -> None:
    """Fill ``doc.quote_speaker``: paragraph -> the person who closes its quotation."""
    last: str | None = None
    introduced: dict[int, str] = {}
    sentences = doc.article.sentences
    opened_after: str | None = None  # the person named last before the paragraph's quotation opened
    for n, s in enumerate(sentences):
        ms, text = doc.mentions[n], _dashed(s.text)
        if n == 0 or sentences[n - 1].paragraph != s.paragraph:
            opened_after = last if re.match(r"\s*[—–«“\"-]", text) else None
        if s.text.rstrip().endswith(":") and n + 1 < len(sentences) and sentences[n + 1].paragraph != s.paragraph:
            # "Жұмажан Паруов ... тоқталды:" then "– Биыл ... 5 жас маманға ...": the next paragraph is theirs
            nxt = sentences[n + 1]
            if re.match(r"\s*[—–«“\"-]", _dashed(nxt.text)):
                named = (speaker(doc, m, n, s.lang) for m in ms if m.kind == "person" and not m.oblique)
                found = next((a for a in named if a and doc.linker.type_of(a) == "person"), None)
                if found:
                    introduced[nxt.paragraph] = found
        # "— … Махамбетәлі Әбдіхамитұлы деген азамат … — деді депутат": not someone the quotation itself names
        before = opened_after if opened_after is not None else last
        closers = [(close, *_closing(doc, n, close, before)) for close in P.QUOTE_CLOSE[s.lang].finditer(text)]
        if closers:
            _close, who, titled = closers[0]
            if titled is not None:
                # "— сказал Спикер Мажилиса", "— сказал глава региона": the holder of a post, found once posts are read
                doc.quote_post.setdefault(s.paragraph, (n, titled))
            elif who:
                doc.quote_speaker.setdefault(s.paragraph, who)
        _mark_quotes(doc, n, [(c.start(), c.end(), who or titled) for c, who, titled in closers])
        for m in ms:
            if m.kind == "person" and (m.actor or not m.new.get("single")):
                found = actor(doc, m, n, s.lang)
                if found and doc.linker.type_of(found) == "person":
                    last = found
    for paragraph, who in introduced.items():
        doc.quote_speaker.setdefault(paragraph, who)  # a speaker who closes the quotation wins
    _cut_off(doc)


#: How many paragraphs before a quotation the excerpt cuts off its speaker's last closed quotation may stand.
CUT_OFF_REACH = 2


def _cut_off(doc: ArticleDoc) -> None:
    """A quotation the excerpt cuts off before its speaker is named: the text's last paragraph opens with a dash and
    names no one, and a quotation closed by a person ends a paragraph or two before it; theirs ("– Комиссиялардың
    құрамында … 3821 адам бар, – деді ол. ¶ Учаскелердің 129-ы … ¶ – Өңірде 3048 мүгедектігі бар сайлаушы тіркелген.
    …" with no closing verb)."""
    sentences = doc.article.sentences
    if not sentences:
        return
    last = sentences[-1].paragraph
    own = [n for n, s in enumerate(sentences) if s.paragraph == last]
    if (
        last in doc.quote_speaker
        or last in doc.quote_post
        or not re.match(r"\s*[—–-]", _dashed(sentences[own[0]].text))
    ):
        return
    named = (actor(doc, m, n, sentences[n].lang) for n in own for m in doc.mentions[n] if m.kind == "person")
    if any(who and doc.linker.type_of(who) == "person" for who in named):
        return
    before = [p for p in range(last - CUT_OFF_REACH, last) if p in doc.quote_speaker or p in doc.quote_post]
    if before and before[-1] in doc.quote_speaker:
        doc.quote_speaker[last] = doc.quote_speaker[before[-1]]


def _closing(doc: ArticleDoc, n: int, close: re.Match, last: str | None) -> tuple[str | None, P.Post | None]:
    """Who closes a quotation at ``close`` in sentence ``n``: the person named after the verb, else the person
    named before (``last``) for "— деді ол", "– he said", "— деді депутат"; or the post that names them."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    # "“…,” he said on Jibek Joly TV": "he" is the subject, a name after the verb is not the speaker
    subject_pronoun = re.search(r"\b(?:he|she)\b", close.group(), re.IGNORECASE)
    after = [m for m in ms if m.kind == "person" and 0 <= m.start - close.end() + 1 < 40 and not subject_pronoun]
    # "— сказал Ерлан Карин", "said Nurmukhanov": the person right after the verb, a surname alone too
    # (not a body the tagger took for a person: "деді Сенат төрағасы Мәулен Әшімбаев")
    named = (speaker(doc, m, n, s.lang) for m in after)
    who = next((a for a in named if a and doc.linker.type_of(a) == "person"), None)
    if who is not None:
        return who, None
    pronoun = re.match(r"\s*(?:ол|он|она)(?!\w)", s.text[close.end() :], re.IGNORECASE) or subject_pronoun
    # "— деді депутат", "— сказал министр", "said the minister": a common noun for the person named before
    post = re.match(r"\s*(?:the\s+)?(?-i:[a-zа-яёәғқңөұүһі]{4,})(?:\s*[.,]|\s*$)", s.text[close.end() :])
    titled = _post_after(s.text, close.end(), ms, s.lang) if post is None else None
    if titled is not None:
        named_after = _named_after(doc, n, titled) if "post-name" in CLOSERS22 else None
        return (named_after, None) if named_after else (None, titled)
    if pronoun:
        last = referent(doc, n, pronoun.group(), last)  # "“…,” she added": the last woman named
    if (pronoun or post is not None) and last and doc.linker.type_of(last) == "person":
        return last, None
    if (
        SURNAME_CLOSES
        and last
        and doc.linker.type_of(last) == "person"
        and _surname_of(doc, last, s.text[close.end() :])
    ):
        return last, None  # "…, – деді Шиповских" with the surname the tagger took for a place: the person named before
    return None, None


def _named_after(doc: ArticleDoc, n: int, post: P.Post) -> str | None:
    """The person named right after ``post`` in sentence ``n`` (only spaces between: "комиссиясының төрағасы Гүлнар
    Аманжолова"), its holder; None when no name follows it there ("— деді комиссия төрағасы.")."""
    s = doc.article.sentences[n]
    for m in doc.mentions[n]:
        if m.kind == "person" and m.start >= post.end and not s.text[post.end : m.start].strip():
            who = speaker(doc, m, n, s.lang)
            return who if who and doc.linker.type_of(who) == "person" else None
    return None


def _surname_of(doc: ArticleDoc, who: str, after: str) -> bool:
    """Whether the word right after a closing verb (``after``) is the surname of ``who`` in one of their names
    (fifteenth session, claims)."""
    word = re.match(r"\s*(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]{2,})(?=\s*[.,!?]|\s*$)", after)
    if word is None:
        return False
    names = {doc.linker.label(who, lang) for lang in ("kk", "ru", "en")}
    return word.group().strip().lower() in {n.split()[-1].lower() for n in names if n and n.split()}


def _post_after(text: str, i: int, ms: list[Mention], lang: str) -> P.Post | None:
    """The post that names the speaker right after a quotation's closing verb at ``i`` ("— сказал Спикер
    Мажилиса", "said the Speaker of the Mazhilis", "— деді Мәжіліс спикері": the body before the post), in the
    offsets of the sentence, when no name follows it."""
    lead = re.match(r"\s*(?:the\s+)?", text[i:], re.IGNORECASE)
    start = i + (lead.end() if lead else 0)
    body = next((m for m in ms if m.kind in ("organisation", "unit") and m.start == start), None)
    for post in P.find_posts(text[i:], lang):
        at = i + post.start
        if at == start or (body is not None and not text[body.end : at].strip()):
            return P.Post(post.role, at, i + post.end, post.text)
    return None


#: Where a quotation opens: a dash or a quotation mark that starts a sentence, or a dash after a sentence's end
#: inside what the reader kept as one ("… — сказал Карин. — Проведено …"), an opening mark anywhere.
_OPENS = re.compile(r"^\s*[—–-](?=\s)|(?<=[.!?…])\s+[—–](?=\s)|[«“„]|(?:^|(?<=[\s(]))\"(?=\S)")
#: Where one closes without a speaker: a closing mark (a title's or a name's, «Ак жол», unless a closing verb follows).
_CLOSES = re.compile(r"[»”]|(?<=\S)\"(?=[\s,.;:!?)—–-]|$)")
#: An English quotation closed by a name before its verb: "“…,” Erlan Karin said", "…," Natalia Pan noted.
_NAME_SAID = re.compile(
    r"[”\"],?\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w’'.-]*)\s+"
    r"(?:said|says|added|adds|noted|notes|stressed|explained|explains|emphasi[sz]ed|stated|clarified|remarked|recalled|"
    r"told)\b"
)


#: An English quotation closed by a post before its verb: "“…,” the State Counsellor said".
_POST_SAID = re.compile(
    r"[”\"],?\s+the\s+(?P<post>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+"
    r"(?:said|says|added|adds|noted|notes|stressed|explained|explains|emphasi[sz]ed|stated|clarified|remarked|recalled|"
    r"told)\b"
)


def _mark_quotes(doc: ArticleDoc, n: int, closers: list[tuple[int, int, str | P.Post | None]]) -> None:
    """Note where sentence ``n`` opens and closes quotations, and who closes them (a person, or the post that
    names them), for :func:`quoted_by`."""
    s, ms = doc.article.sentences[n], doc.mentions[n]
    marks = doc.quote_marks.setdefault(s.paragraph, [])
    if s.lang == "en":
        for close in _POST_SAID.finditer(s.text):  # "“…,” the State Counsellor said": the post, for its holder
            post = next((p for p in P.find_posts(close.group("post"), s.lang) if p.start == 0), None)
            if post is not None:
                at = close.start("post")
                closers.append(
                    (close.start(), close.end(), P.Post(post.role, at + post.start, at + post.end, post.text))
                )
        for close in _NAME_SAID.finditer(s.text):
            inside = [m for m in ms if m.kind == "person" and close.start("who") <= m.start < close.end("who")]
            who = speaker(doc, inside[0], n, s.lang) if inside else None
            closers.append((close.start(), close.end(), who if who and doc.linker.type_of(who) == "person" else None))
    for a, _b, closing in closers:
        marks.append((n, a, "closer", closing))
    for found, kind in ((_OPENS, "open"), (_CLOSES, "close")):
        for m in found.finditer(_dashed(s.text)):
            if not any(a <= m.start() < b for a, b, _w in closers):
                marks.append((n, m.start(), kind, None))
    marks.sort(key=lambda mark: (mark[0], mark[1]))


def quoted_by(doc: ArticleDoc, n: int, pos: int) -> tuple[int, str | P.Post | None] | None:
    """Who closes the quotation the words at ``pos`` of sentence ``n`` stand in, and in which sentence: the person
    named at its closing verb ("— Проведено 12 заседаний, — добавила Азимова", "“The commission held 12
    meetings,” Azimova added"), also when the reader split the quotation into sentences, or the post that names
    them ("— сказал Спикер Мажилиса"), or None when the closing names no one; None outside a quotation."""
    around = _marks_around(doc, n, pos)
    after = around[1] if around is not None else None
    return (after[0], after[3]) if after is not None and after[2] == "closer" else None


def quotation_span(doc: ArticleDoc, n: int, pos: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Where the quotation the words at ``pos`` of sentence ``n`` stand in opens and ends, as (sentence, offset)
    pairs (the end None when the paragraph does not close it); None outside a quotation. The words before its
    opening and after its end ("— сказал Карин", "Azimova said:") are the narrator's, not the quotation's."""
    around = _marks_around(doc, n, pos)
    if around is None:
        return None
    opened, after = around
    return (opened[0], opened[1]), (after[0], after[1]) if after is not None else None


def _marks_around(doc: ArticleDoc, n: int, pos: int) -> tuple[tuple, tuple | None] | None:
    """The quotation mark that opens the quotation around ``pos`` of sentence ``n`` and the mark that ends it (None
    when the paragraph does not close it); None outside a quotation."""
    marks = doc.quote_marks.get(doc.article.sentences[n].paragraph, [])
    before = [mark for mark in marks if (mark[0], mark[1]) < (n, pos)]
    if not before or before[-1][2] != "open":
        return None
    return before[-1], next((mark for mark in marks if (mark[0], mark[1]) > (n, pos) and mark[2] != "open"), None)


#: The gender a pronoun gives its person ("He", "По её словам", "she added"); Kazakh "ол" gives none.
_PRONOUN_GENDER = (
    (re.compile(r"\b(?:she|her)\b|(?<!\w)(?:она|её|ее)(?!\w)", re.I), "female"),
    (re.compile(r"\b(?:he|him|his)\b|(?<!\w)(?:он|его)(?!\w)", re.I), "male"),
)


def referent(doc: ArticleDoc, n: int, pronoun: str, last: str | None) -> str:
    """The person a pronoun of sentence ``n`` ("He said", "По её словам", "“…,” she added") refers to: ``last``,
    the person named last, unless their gender is not the pronoun's ("Karin met Azimova. He said ..." is Karin):
    then the last one named before with it. Kazakh "ол" has no gender."""
    gender = next((g for rx, g in _PRONOUN_GENDER if rx.search(pronoun)), None)
    last = last or ""
    if gender is None or _gender(doc, last) in (gender, None):
        return last
    for k in range(n - 1, max(-1, n - 6), -1):
        for m in sorted(doc.mentions[k], key=lambda m: -m.start):
            if m.kind == "person" and m.actor and _gender(doc, m.actor) == gender:
                return m.actor
    return last


def _gender(doc: ArticleDoc, actor_id: str) -> str | None:
    found = doc.linker.actors.get(actor_id) or doc.linker.new.get(actor_id)
    return getattr(found, "gender", None) if doc.linker.type_of(actor_id) == "person" else None
