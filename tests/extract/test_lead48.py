"""The lead's changes of the forty-eighth session, from the errors of ``test58``, the part held out in the
forty-seventh session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session

from . import _drafting


def test_a_kazakh_list_of_names_written_surname_first_keeps_every_member(session: Session):
    # test58/kk-oskenonir-2026-02-20-shieli-women-council: the tagger read the surname of "Шалекеева Нұргүл
    # Тәңірбергенқызы" as a place, which cut the list after its first name
    text = (
        "Кездесуге аумақтық коалиция мүшелері Тұрабаев Мұрат Өскенбайұлы, Шалекеева Нұргүл Тәңірбергенқызы, Ыханова "
        "Құттықыз Шайыққызы, Жақыпова Гүлдана Көпболсынқызы қатысты."
    )
    posts = _drafting.facts(_drafting.draft(session, text, date="2026-02-20"), "membership")
    holders = sorted(p.values["holder"] for p in posts)
    assert holders == [
        "shalekeyeva-nurgul-tangirbergenkyzy",
        "turabayev-murat-oskenbayuly",
        "ykhanova-kuttykyz-shayykkyzy",
        "zhakypova-guldana-kopbolsynkyzy",
    ]
    assert {p.values["role"] for p in posts} == {"member"}
    # a place before a name is still a place ("Павлодар" ends in no surname's "-ов/-ев")
    from kg.extract.mentions import _tagged

    tagged = _tagged("Кездесуге Павлодар Нұргүл Тәңірбергенқызы қатысты.", "kk")
    assert ("place", "Павлодар") in [(kind, text) for _s, _e, kind, text in tagged]


def test_a_common_noun_opening_the_sentence_is_no_part_of_the_name_after_it():
    # test58/ru-lada-2026-02-17-kozybakov-article-37: "Недоработку Адильбек Козыбаков усмотрел …": Natasha took the
    # noun in the accusative into the name
    from kg.extract import ru

    spans = ru.entities("Недоработку Адильбек Козыбаков усмотрел в том, что делается акцент на здоровье человека.")
    assert [(s.type, s.normal) for s in spans] == [("PER", "Адильбек Козыбаков")]
    # a first name, a surname and a patronymic stay one name, as does a name opening with a Kazakh first name
    for text, name in (
        ("Сергей Петрович Иванов выступил на заседании.", "Сергей Петрович Иванов"),
        ("Бекберген Керей Алиевич выступил на заседании.", "Бекберген Керей Алиевич"),
    ):
        assert [s.normal for s in ru.entities(text) if s.type == "PER"] == [name]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # test58/ru-kazpravda-2026-02-21-kaznu-legal-foundations: initials with capitals inside came back as "казна им.
        # аль-Фараби"
        (
            "Открывая заседание, ректор КазНУ им. аль-Фараби Жансеит Туймебаев подчеркнул важность идей.",
            "КазНУ им. аль-Фараби",
        ),
        # test58/ru-elordainfo-2026-02-20-education-veterans: the head noun "Управление" was read as an adjective in
        # "-ие", and the body drafted as "Управление образование"
        ("Встречу провел руководитель Управления образования города Касымхан Сенгазыев.", "Управление образования"),
    ],
    ids=["initials-with-capitals", "head-noun-in-ie"],
)
def test_a_russian_body_keeps_its_words_as_written(text, body):
    from kg.extract import ru

    assert ("ORG", body) in [(s.type, s.normal) for s in ru.entities(text)]


def test_a_regional_coalition_after_the_national_one_named_in_full_is_not_the_national_one(session: Session):
    # test58/kk-aqtobegazeti-2026-02-20-cadets: the national coalition named in full, then "өңірлік коалиция
    # жетекшісі Ербол Данағұлов": the anaphor read the regional coalition's head as the national one's
    national = (
        "«Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін» жалпыұлттық коалициясы мүшелері "
        "кездесу өткізді."
    )
    text = national + " Кездесуге өңірлік коалиция жетекшісі Ербол Данағұлов қатысты."
    ((holder, role, org),) = _drafting.posts(_drafting.draft(session, text, outlet="aqtobe-gazeti"))
    assert (holder, role) == ("erbol-danagulov", "head")
    assert org != _drafting.org_of(
        _drafting.draft(session, national + " Кездесуге коалиция жетекшісі Ербол Данағұлов қатысты.", name="n"),
        "erbol-danagulov",
        "head",
    )
    # the national coalition by its level is still the one named in full
    same = national + " Кездесуге жалпыұлттық коалиция жетекшісі Ербол Данағұлов қатысты."
    assert _drafting.org_of(_drafting.draft(session, same, name="s"), "erbol-danagulov", "head").startswith("adiletti")


def test_a_college_named_by_its_kind_before_a_kazakh_post_is_the_one_named_in_quotes(session: Session):
    # test58/kk-arkaazhary-2026-02-13-akmola-teachers: "«Аграрлық-индустриялық колледж» МКҚК-да … колледж басшысының
    # орынбасарлары X мен Y": the college named before, in its quotes, is theirs (before, no post, and the tagger's
    # college without its quotes)
    text = (
        "Атбасар қаласындағы «Аграрлық-индустриялық колледж» МКҚК-да әдістемелік іс-шараны колледж басшысының "
        "орынбасарлары Зардиева Валентина Александровна мен Омарова Гүлден Ахметжановна өткізді."
    )
    d = _drafting.draft(session, text, outlet="arka-azhary", date="2026-02-13")
    posts = _drafting.posts(d)
    assert [(holder, role) for holder, role, _org in posts] == [
        ("omarova-gulden-akhmetzhanovna", "deputy-head"),
        ("zardiyeva-valentina-aleksandrovna", "deputy-head"),
    ]
    (org,) = {org for _h, _r, org in posts}
    assert "«Аграрлық-индустриялық колледж»" in _drafting.names(d, org)
    # a school too: "мектеп директоры X" after the school named
    school = (
        "Жиын «Болашақ» мектебінде өтті. Іс-шараны мектеп директоры Алмас Қайыпов ашып, реформаның маңызын атап өтті."
    )
    assert _drafting.posts(_drafting.draft(session, school, name="s")) == [("almas-kayypov", "director", "bolashak")]
    # a kind noun with no body of that kind named before is still no body
    alone = "Іс-шараны колледж басшысының орынбасары Зардиева Валентина Александровна өткізді."
    assert not _drafting.posts(_drafting.draft(session, alone, name="a"))
