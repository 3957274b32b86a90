"""Long input stays bounded: an oversized article file is refused, an overlong sentence is cut, the
"text just before" searches read a bounded window, and the patterns that were quadratic are bounded
yet match what they matched. Mechanisms, not wall-clock times (benchmarks/extract_bench.py measures speed)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.extract import patterns as P
from kg.extract.draft import Session, extract_text
from kg.extract.reader import (
    MAX_ARTICLE_BYTES,
    MAX_SENTENCE_CHARS,
    Sentence,
    article_from_text,
    cap_sentences,
    read_article,
    split_sentences,
)


def test_an_article_file_over_the_limit_is_refused_with_its_size_and_the_fix(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Ab " * (MAX_ARTICLE_BYTES // 3 + 1))
    with pytest.raises(KgError) as err:
        read_article(big)
    message = str(err.value)
    assert "big.txt" in message and f"{big.stat().st_size:,}" in message and f"{MAX_ARTICLE_BYTES:,}" in message
    assert "split it" in message


def test_the_cli_refuses_an_oversized_article_without_a_traceback(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Ab " * (MAX_ARTICLE_BYTES // 3 + 1))
    result = CliRunner().invoke(cli, ["extract", str(big), "--outlet", "x", "--date", "2026-01-01"])
    assert result.exit_code != 0
    assert "over the limit" in result.output and "Traceback" not in result.output


def test_an_article_just_under_the_limit_is_read(tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text("The party met. " * 100, encoding="utf-8")
    assert read_article(ok).sentences


def test_a_sentence_over_the_cap_is_cut_at_whitespace_with_exact_offsets():
    text = "қолдады " * 12_000  # 96,000 characters, no stop
    article = article_from_text(text)
    assert len(article.sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in article.sentences)
    assert all(text[s.start : s.end] == s.text for s in article.sentences)
    assert all(s.text.startswith("қолдады") and s.text.endswith("қолдады") for s in article.sentences)  # no word cut
    assert sum(s.text.count("қолдады") for s in article.sentences) == 12_000
    assert any("cut at whitespace" in note for note in article.notes)


def test_a_run_without_whitespace_is_cut_hard():
    pieces, cut = cap_sentences([Sentence("Ab" * 50_000, 0, 100_000, 0, "en")])
    assert cut == 1 and len(pieces) == 50
    assert "".join(p.text for p in pieces) == "Ab" * 50_000


def test_short_sentences_are_left_alone():
    s = Sentence("The party met.", 0, 14, 0, "en")
    assert cap_sentences([s]) == ([s], 0)
    assert not any("cut" in note for note in article_from_text("The party met. It voted.").notes)


def test_a_long_one_sentence_text_is_drafted():
    # 96 KB of cues: every piece is read (no wall-clock assertion; the cap and the per-sentence cache bound it)
    d = extract_text("қолдады " * 12_000, name="t", outlet="x", date="2026-01-01", session=Session())
    assert d.article.sentences


def test_before_reads_only_a_bounded_window_with_positions_in_the_text():
    rx = re.compile(r"not\s+(?:\w+\s+)?$")
    text = "they do not fully support"
    m = P.before(rx, text, text.index("support"))
    assert m is not None and m.start() == text.index("not")
    far = "not " + "x" * 300 + " support"
    assert P.before(re.compile(r"not\b"), far, far.index("support")) is None  # beyond the window
    assert P.before(re.compile(r"not\b"), far, far.index("support"), window=len(far)) is not None
    # a lookbehind still sees the character just before the window
    assert P.before(re.compile(r"(?<!\w)b$"), "ab", 2, window=1) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the outlet's formula as dev and test2 write it
        (
            "The changes expanded significantly during the process, The Caspian Post reports via Kazakh media.",
            "The Caspian Post reports",
        ),
        ("Discussions about potential candidates are premature, Orda.kz reports.", "Orda.kz reports"),
        ("The measures were announced, Caliber.Az reports, citing Kazakh media.", "Caliber.Az reports"),
        ("Kazinform news agency correspondent reports from Astana.", "Kazinform news agency correspondent reports"),
    ],
)
def test_the_bounded_outlet_formula_still_matches(text, found):
    m = P.OUTLET_SAYS["en"].search(text)
    assert m is not None and m.group() == found


def test_the_bounded_outlet_formula_reads_no_run_of_letters_as_a_name():
    assert P.OUTLET_SAYS["en"].search("A" + "b" * 60 + " reports") is None  # a name word is at most 41 characters
    assert P.OUTLET_SAYS["en"].search("Ab" * 5_000) is None


def test_the_bounded_kk_article_list_still_matches():
    m = P.PROVISION_LIST["kk"].search("Депутаттар 5, 7 және 9-баптарға түзету ұсынды.")
    assert m is not None and m.group("more") == "5, 7"
    long = P.PROVISION_LIST["kk"].search("Депутаттар " + ", ".join(["12"] * 30) + " және 9-баптарға түзету ұсынды.")
    assert long is not None and long.group("more").count("12") == 21  # the list read is bounded
    assert P.PROVISION_LIST["kk"].search("Депутаттар " + ", ".join(["12"] * 25_000) + " ұсынды.") is None


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the usual ways a quotation is closed by its speaker
        ("ru", "«Реформа нужна», — сказал Ерлан Карин.", "», — сказал"),
        ("ru", "«Реформа нужна» — сказал Ерлан Карин.", "» — сказал"),
        ("ru", "«Реформа нужна», сказал Ерлан Карин.", "», сказал"),
        ("ru", '"Реформа нужна",— отметил он.', '",— отметил'),
        ("ru", "Реформа нужна, — подчеркнул он.", "— подчеркнул"),
        ("kk", "Реформа қажет, – деді Жандос Шаймарданов.", "– деді"),
        ("kk", "«Реформа қажет», – деп атап өтті ол.", "», – деп атап өтті"),
        ("kk", "«Реформа қажет» деді ол.", "» деді"),
        ("en", "“The reform is needed,” he said.", "” he said"),
        ("en", '"The reform is needed" , said the minister.', '" , said'),
        ("en", "The reform is needed – he added.", "– he added"),
        # a quotation mark followed by no verb of speaking closes nothing
        ("ru", "«Реформа нужна», — это главное.", None),
        ("en", "“The reform is needed,” the minister wrote.", None),
    ],
)
def test_the_quotation_close_matches_the_usual_shapes(lang, text, found):
    m = P.QUOTE_CLOSE[lang].search(text)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_quotation_close_has_no_two_optional_runs_of_space_in_a_row(lang):
    # '"' and 2,000 spaces: two "\s*" with only optional items between them can split one run of spaces in
    # every way, quadratic in its length (0.3 s per search, measured; speed itself is left to benchmarks)
    pattern = P.QUOTE_CLOSE[lang].pattern
    assert not re.search(r"\\s\*(?:\[[^\]]*\]\?|[^\\\[()]\?|\))*\\s\*", pattern)
    long = '"' + " " * 1999
    assert P.QUOTE_CLOSE[lang].search(long) is None
    assert P.QUOTE_CLOSE[lang].search(long + "— сказал — деді – he said") is not None


def test_the_list_opener_after_a_count_reads_one_run_of_space_once():
    """ "5 parties, including …": the space before and after the optional comma was two "\\s*" in a row,
    which split a long run of spaces every way (a figure followed by 2,000 spaces: 0.16 s a match)."""
    from kg.extract.rules.claims import _LIST_OPENS

    assert r"\s*,?\s*" not in _LIST_OPENS.pattern
    for text in (
        "5 parties , including Amanat",
        "5 parties: Amanat",
        "5 parties,including Amanat",
        "5 parties — Amanat",
    ):
        assert _LIST_OPENS.match(text, 9) is not None, text
    assert _LIST_OPENS.match("5" + " " * 2_000 + "x", 1) is None


class _Spy(str):
    """A paragraph that records the length of every slice taken of it."""

    longest = 0

    def __getitem__(self, key):  # type: ignore[override]
        part = str.__getitem__(self, key)
        _Spy.longest = max(_Spy.longest, len(part))
        return part


@pytest.mark.parametrize("unit", ["Ab. Cd ", "ABC. ", "A.A.", "т.б. Ж "])
def test_each_stop_reads_a_bounded_span_of_a_long_paragraph(unit):
    # a copy of the text after each stop, or a search anchored at the paragraph's end, made splitting one
    # long paragraph quadratic (7 s at 30 KB); each stop now reads a few characters around it
    from kg.extract.reader import _END, _WORD_WINDOW, _ends_sentence

    body = _Spy(unit * 2_000)
    _Spy.longest = 0
    ends = [_ends_sentence(body, m.start(), m.end()) for m in _END.finditer(body)]
    assert _Spy.longest <= _WORD_WINDOW
    if unit == "Ab. Cd ":
        assert all(ends)  # a stop after a word ends a sentence, however far into the paragraph
    if unit == "т.б. Ж ":
        assert not any(ends)  # an abbreviation ends none


def test_a_long_paragraph_splits_as_before():
    text = "ҚЫЗЫЛОРДА. KAZINFORM – Өтті. " + "Ab. Cd, т.б. e.g.X ол өтті.Оның А. Амиртаев! " * 200
    sentences = split_sentences(text)
    assert sentences[0].text == "ҚЫЗЫЛОРДА. KAZINFORM – Өтті."
    assert [s.text for s in sentences[1:4]] == ["Ab.", "Cd, т.б. e.g.X ол өтті.", "Оның А. Амиртаев!"]


def test_the_articles_region_reads_each_sentence_once(monkeypatch):
    # "Облыс әкімі", "облыстық мәслихат" ask for the article's region in every sentence: counted from
    # the start at each call, a long article was quadratic (10.7 s at 1,000 such sentences)
    import kg.extract.actors as actors

    class Counting:
        calls = 0

        def finditer(self, text):
            Counting.calls += 1
            return real.finditer(text)

    real = actors._REGION_IN_TEXT
    monkeypatch.setattr(actors, "_REGION_IN_TEXT", Counting())
    n = 60
    text = "\n".join(
        f"Павлодар облысының әкімі Асқар Нұрланов {i}-мектепке барды. Облыстық мәслихат депутаты Ерлан Сейітов сөйледі."
        for i in range(n)
    )
    d = extract_text(text, name="t", outlet="x", date="2026-01-01", session=Session())
    assert Counting.calls <= len(d.article.sentences) == 2 * n
    assert any("Павлодар" in a.names.get("kk", "") for a in d.actors.values() if a.type != "person")


@pytest.mark.parametrize("run", ["Абв " * 480, "X-Y-" * 470, "Asd Qwe and " * 150])
def test_a_long_run_of_capitals_never_reaches_the_name_index(monkeypatch, run):
    """The index tries every run of words of a phrase it is given (quadratic, each with case endings):
    a 500-word run of capitals took minutes. The linker looks up no name longer than MAX_NAME_WORDS."""
    from kg.extract import linker as L
    from kg.names import NameIndex

    seen: list[int] = []
    real = NameIndex.resolve

    def counting(self, name, *args, **kwargs):
        seen.append(len(re.findall(r"\w+", name)))
        return real(self, name, *args, **kwargs)

    monkeypatch.setattr(NameIndex, "resolve", counting)
    extract_text("Мәжіліс депутаты Асқар Жұмабаев айтты " + run + ".", lang="kk", outlet="x", date="2026-01-01")
    assert seen and max(seen) <= L.MAX_NAME_WORDS


def test_the_longest_real_names_are_still_looked_up():
    from kg.extract import linker as L

    longest = "Institute of Legislation and Legal Information and the Institute of Strategic Studies"
    assert len(re.findall(r"\w+", longest)) < L.MAX_NAME_WORDS


def test_initials_read_each_sentence_once_however_many_look_back(monkeypatch):
    """An unknown body's initials beside a post ("БВЖ профессоры") look back through the article for the words that
    spell them (kg.extract.actors.spelled_body); splitting every earlier sentence into words again for each one
    made a long article quadratic (a 200 KB Kazakh article: 8.8 s before the eleventh pass, 16.3 s after).
    tests/extract/test_generalise_persons11.py checks that the look-back still finds the body ("MNU профессоры")."""
    from kg.extract import actors

    calls = []

    class _Counting:
        def __init__(self, rx):
            self.rx = rx

        def finditer(self, text):
            calls.append(text)
            return self.rx.finditer(text)

    monkeypatch.setattr(actors, "_NAME_WORD", _Counting(actors._NAME_WORD))
    letters = "БВГДКЛМНПРСТ"
    units = [f"{letters[i % 12]}{letters[i // 12 % 12]}Ж профессоры Айдос Сарым жобаны қолдады." for i in range(80)]
    d = extract_text(" ".join(units), name="t", lang="kk", outlet="x", date="2026-01-01", session=Session())
    assert len(d.article.sentences) == 80
    assert 0 < len(calls) <= len(d.article.sentences)  # read, and each sentence once


def test_a_clause_subject_finds_its_sentence_without_scanning_the_article(monkeypatch):
    """kg.extract.rules.common.subject looks up which sentence its mentions belong to (to see whether the cue stands
    in a quotation); a scan of every sentence's list on each call was quadratic in the article's length. Counted
    as steps through ``doc.mentions``: twice the sentences take about twice the steps, not four times."""
    from kg.extract import pipeline

    steps = [0]

    class _Counting(list):
        def __iter__(self):
            for x in list.__iter__(self):
                steps[0] += 1
                yield x

    original = pipeline.mentions

    def counted(doc):
        original(doc)
        doc.mentions = _Counting(doc.mentions)

    monkeypatch.setattr(pipeline, "mentions", counted)

    def run(count):
        steps[0] = 0
        units = [f"The Amanat party proposed {i} changes to the draft." for i in range(count)]
        extract_text(" ".join(units), name="t", lang="en", outlet="x", date="2026-01-01", session=Session())
        return steps[0]

    small, large = run(100), run(200)
    assert large <= 2.5 * small


@pytest.mark.parametrize(
    "token",
    ["ҚР", "РК", "THE", "AN", "ЦИК", "WHO IS", "WHO SERVES AS", "WHO IS ALSO", "ALSO", "ТАКЖЕ", "НЫНЕ", "ҚАЗІР"],
)
def test_the_apposition_gap_reads_each_repeated_initials_one_way(token):
    """ "X, ҚР … төрағасы": the gap before an apposed post allowed initials as "ҚР|РК" and as any capitals, so a
    run of them could be read 2^n ways before the match failed (on main, "— ҚР" thirty times did not finish in a
    minute). Each token now has one reading; the gaps it read still match."""
    from kg.extract.rules.memberships import _APPOSITION_GAP

    assert _APPOSITION_GAP.fullmatch("— " + f"{token} " * 30 + "x") is None
    assert _APPOSITION_GAP.fullmatch(f", {token} ") is not None
    assert _APPOSITION_GAP.fullmatch(", the ") is not None and _APPOSITION_GAP.fullmatch(", ҚР ЦИК ") is not None


#: Two runs of space with only optional items between them ("\s+(?:the)?\s*", "\s*,?\s*"): a long run of space
#: can be split between them in every way, so one failed match costs the square of its length.
_SPLIT_SPACE = re.compile(r"\\s[*+](?:\[[^\]]*\]\?|[^\\\[()]\?|\)|\(\?:[^()]*\)\?)*\\s[*+]")


def test_the_space_splitting_detector_finds_the_shapes_it_names():
    assert _SPLIT_SPACE.search(r"\s*,?\s*") and _SPLIT_SPACE.search(r"\s+(?:the|a|an)?\s*(?:x)")
    assert not _SPLIT_SPACE.search(r"\s*(?:,\s*)?") and not _SPLIT_SPACE.search(r"\s+(?:(?:the|a)\s*)?x")


def test_the_english_event_venue_reads_a_run_of_space_once():
    """ "at" and 2,000 spaces: "\\s+(?:the|a|…)?\\s*" split the run every way (0.65 s a search, measured); the
    article is now read with the space after it. The venues it read are still read."""
    assert not _SPLIT_SPACE.search(P.EVENT_AT["en"].pattern)
    for text, noun in [
        ("He spoke at the meeting of the party.", "meeting"),
        ("He spoke at a joint session.", "session"),
        ("He spoke during  the   plenary session.", "session"),
        ("He spoke at themeeting.", "meeting"),  # no space after the article: read as before
        ("He spoke at the National Kurultai.", "National Kurultai"),
        ("He spoke at his weekly briefing.", "briefing"),
    ]:
        m = P.EVENT_AT["en"].search(text)
        assert m is not None and m.group("noun") == noun, text
    assert P.EVENT_AT["en"].search("at" + " " * 1_995 + "x") is None


def test_the_vocative_after_a_name_reads_a_run_of_space_once():
    """ "Қарин мырза, …?": "\\s*(?:мырза|ханым)?\\s*," split a run of space after a name every way."""
    from kg.extract.rules.claims import _VOCATIVE_AFTER

    assert not _SPLIT_SPACE.search(_VOCATIVE_AFTER.pattern)
    for text in ("Қарин мырза, ", "Қарин мырза , ", "Қарин,", "Қарин ,", "Нұрова ханым,"):
        assert _VOCATIVE_AFTER.match(text, text.index(" ") if " " in text else len("Қарин")) is not None, text
    assert _VOCATIVE_AFTER.match("Қарин" + " " * 1_995 + "x", 5) is None


def test_the_name_apposed_to_an_initiating_body_reads_a_run_of_space_once():
    """ "initiated by the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev": the gap between the body
    and the name was "\\s*,?\\s*", quadratic in a run of space."""
    from kg.extract.rules.initiatives import _APPOSED

    assert not _SPLIT_SPACE.search(_APPOSED.pattern)
    for gap in ("", " ", ", ", " , ", ","):
        assert _APPOSED.fullmatch(gap) is not None, gap
    assert _APPOSED.fullmatch(" and ") is None and _APPOSED.fullmatch(",,") is None
    assert _APPOSED.fullmatch(" " * 1_995 + "x") is None


def test_a_resolve_reads_each_drafted_name_without_the_republic_once(monkeypatch):
    """A body's name is looked up among every body drafted in the run so far, each label without the Republic's name
    ("Қазақстан Кәсіподақтар федерациясы" = "Кәсіподақтар федерациясы"). That key was computed again for every label
    at every lookup: quadratic in the bodies a run drafts (a batch shares one linker). Each is computed once now."""
    from kg import names
    from kg.extract import linker as L
    from kg.sources import load_corpus

    calls = [0]
    bare = names.StateNames.bare

    def counting(self, text):
        calls[0] += 1
        return bare(self, text)

    monkeypatch.setattr(names.StateNames, "bare", counting)
    registry = load_corpus().actors

    def run(count):
        calls[0] = 0
        linker = L.Linker(actors=dict(registry))
        syllables = ["ба", "ке", "ло", "му", "ны", "ро", "са", "ту"]
        for i in range(count):
            word = "".join(syllables[int(d)] for d in f"{i:03o}").capitalize()
            name = f"Қазақстан {word} қауымдастығы"
            assert linker.resolve(name, "organisation") is None
            linker.add("organisation", name, "kk")
        return calls[0]

    small, large = run(40), run(80)
    assert small and large <= 2.5 * small


def test_the_members_listed_after_including_read_a_run_of_space_once():
    """ "members of the Commission, including …": the cue after the body was "\\s*,?\\s*including", quadratic in a run
    of space after the body's name (0.08 s a failed match at 2,000 spaces, measured)."""
    from kg.extract.rules.memberships import _INCLUDING

    assert not _SPLIT_SPACE.search(_INCLUDING.pattern)
    for text in ("X, including ", "X , including ", "X including ", "X,including ", "X, в том числе ", "X среди них "):
        assert _INCLUDING.match(text, 1) is not None, text
    assert _INCLUDING.match("X" + " " * 1_995 + "x", 1) is None


def test_the_kk_proposal_noun_enters_a_run_of_space_at_its_start_only():
    """ "Ахметовтың … туралы ұсынысы": a search from the author for the noun tried every space of a long run, each
    reading the rest of the run (0.1 s a search past 2,000 spaces, measured); the noun is still found."""
    from kg.extract.rules.proposals import _KK_NOUN

    assert _KK_NOUN.pattern.count(r"(?<!\s)\s+") == 2
    text = "Ахметовтың   бір палаталы Парламент туралы ұсынысы"
    m = _KK_NOUN.search(text, len("Ахметовтың"))
    assert m is not None and m.group().strip() == "туралы ұсынысы"
    m = _KK_NOUN.search("Ахметовтың жөніндегі бастамасы", len("Ахметовтың"))
    assert m is not None and m.group() == " жөніндегі бастамасы"
    assert _KK_NOUN.search(" " * 2_000 + "x") is None
