"""The lead's changes of the forty-second session, from the errors of ``test52``, the part held out in the forty-first
session and tuning data since. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract import patterns
from kg.extract.draft import Session
from kg.extract.patterns import find_quantities
from kg.extract.rules import claims as claim_rules
from kg.extract.rules import initiatives as initiative_rules
from kg.extract.rules import memberships as membership_rules
from kg.extract.rules import stances as stance_rules

from . import _drafting

DRAFT = "draft-constitution-2026"
REFORM = "constitutional-reform-2025"


def test_a_guarantee_of_stability_or_development_is_praise(session: Session):
    # test52/kk-kazinform-2026-02-12-abdrasulov-interview (Arabic script on the page): the headline's "guarantee of the
    # country's stability and development", as ru "является гарантией стабильности"
    text = "Ермек Әбдірасулов: Жаңа Конституция - елдің тұрақтылығы мен дамуының кепілі"
    d = _drafting.draft(session, text, date="2026-02-12")
    assert _drafting.stances(d) == {("ermek-abdirasulov", DRAFT, "support")}
    # a right's guarantee is what a norm says, no judgment (test51/kk-baq-2026-01-24-lastayev-right-to-life)
    right = "Ермек Әбдірасулов: Өмір сүру құқығының кепілі – ешкімнің адамды өз бетінше өмірден айыруға құқығы жоқтығы"
    assert _drafting.stances(_drafting.draft(session, right, name="t2")) == set()


def test_a_word_for_a_text_refers_back_to_the_text_not_the_reform(session: Session, monkeypatch):
    # test21/kk-aqtobegazeti-2026-02-16-geolog-concert: "құжаттың … кепілі" took the reform the lead names, not the
    # draft the sentence's "document" is
    text = (
        "Өңірде Конституциялық реформаны қолдауға бағытталған концерт өтті.\n"
        "Ақтөбе қалалық мәслихатының депутаты Жаңалық Ахаш жиналғандарға елдігімізді айқындайтын құжаттың "
        "мемлекетіміздің тұрақтылығы мен дамуының негізгі кепілі екенін атап өтті."
    )
    d = _drafting.draft(session, text, date="2026-02-16")
    (holder,) = {h for h, _t, _p in _drafting.stances(d)}
    assert _drafting.stances(d) == {(holder, DRAFT, "support")}
    _drafting.without_reading(monkeypatch, stance_rules, "READINGS42", "text-back")
    assert _drafting.stances(_drafting.draft(session, text, date="2026-02-16", name="t2")) == {
        (holder, REFORM, "support")
    }


MAILRU = (
    "20 января Токаев подписал указ о создании комиссии, которая проанализирует все предложения касательно изменений "
    "в Конституцию, обобщит их и подготовит окончательный проект.\n"
    "Возглавила комиссию председатель Конституционного суда Казахстана Эльвира Азимова. Заместители — госсоветник "
    "Ерлан Карин и вице-премьер — министр культуры и информации Аида Балаева.\n"
    "Ерлан Карин подчеркнул, что создание Конституционной комиссии — это историческое событие."
)


def test_the_verb_of_heading_first_then_the_body_and_its_titled_head_then_the_deputies(session: Session, monkeypatch):
    # test52/ru-mailru-2026-01-24-commission-first-sitting: no post in the commission was read ("комиссии" in the
    # lead is the commission the article names later)
    d = _drafting.draft(session, MAILRU, outlet="mail-ru", date="2026-01-24")
    commission = "constitutional-reform-commission"
    assert {p for p in _drafting.posts(d) if p[2] == commission} == {
        ("elvira-azimova", "chair", commission),
        ("erlan-karin", "deputy-chair", commission),
        ("aida-balayeva", "deputy-chair", commission),
    }
    assert ("elvira-azimova", "chair", "constitutional-court") in _drafting.posts(d)
    _drafting.without_reading(monkeypatch, membership_rules, "READINGS42", "deputies-after")
    d = _drafting.draft(session, MAILRU, outlet="mail-ru", date="2026-01-24", name="t2")
    assert {p[0] for p in _drafting.posts(d) if p[2] == commission} == {"elvira-azimova"}
    _drafting.without_reading(monkeypatch, membership_rules, "READINGS42", "led-first")
    d = _drafting.draft(session, MAILRU, outlet="mail-ru", date="2026-01-24", name="t3")
    assert [p for p in _drafting.posts(d) if p[2] == commission] == []


def test_a_delegation_led_and_deputies_with_no_chair_before_give_no_post_in_a_body(session: Session):
    # test14/ru-kazpravda-2026-03-10-balayeva-lyceum: leading a delegation is no chair of a body
    led = "Делегацию возглавила заместитель Премьер-министра – министр культуры и информации Аида Балаева."
    d = _drafting.draft(session, led, date="2026-03-10")
    assert all(role not in ("chair", "head", "deputy-chair") for _h, role, _o in _drafting.posts(d))
    # deputies named with no chair in the sentence before: whose deputies is unsaid
    alone = "Комиссия провела заседание. Заместители — госсоветник Ерлан Карин и вице-премьер Аида Балаева."
    d = _drafting.draft(session, alone, date="2026-03-10", name="t2")
    assert all(role != "deputy-chair" for _h, role, _o in _drafting.posts(d))


def test_a_dash_range_is_its_lower_bound_about():
    # test50/en-tengrinews-2025-09-17-zhanbyrshin-majoritarian, test52's "500-600 депутат": the upper bound alone was
    # read, as exactly; the sheets give the lower bound, about
    assert find_quantities("Out of 12 million voters, only 2–3 million belong to parties.", "en") == [
        (12_000_000, "exactly", "voters", 7, 24),
        (2_000_000, "about", "parties", 31, 60),
    ]
    assert [q[:3] for q in find_quantities("Құрылтайда 500-600 депутат болар еді", "kk")] == [(500, "about", "депутат")]
    assert [q[:3] for q in find_quantities("явка составила 60-70% избирателей", "ru")] == [(60, "about", "%")]
    # years and articles are no ranges of a count
    assert [q[:3] for q in find_quantities("в 2025-2026 годах 145 депутатов", "ru")] == [(145, "exactly", "депутатов")]
    assert find_quantities("статьи 5-6 проекта", "ru") == []


def test_the_range_reading_off_reads_the_upper_bound(monkeypatch):
    monkeypatch.setattr(patterns, "READINGS42", frozenset())
    assert [q[:3] for q in find_quantities("Құрылтайда 500-600 депутат болар еді", "kk")] == [
        (600, "exactly", "депутат")
    ]


KIND_TAIL = (
    "Еуропа тәжірибесіне сүйенсек, Құрылтайда 500-600 депутат болар еді – комиссия\n"
    "АСТАНА. KAZINFORM - Мәжіліс депутаты Елнұр Бейсенбаев Конституциялық комиссияның V отырысында жаңа парламентте "
    "депутаттар саны қалай реттелгенін айтып берді."
)


def test_a_headline_closed_by_a_bodys_kind_credits_the_body(session: Session, monkeypatch):
    # test52/kk-kazinform-2026-01-29-beisenbayev-deputies (Arabic script on the page): the figure went to the outlet
    d = _drafting.draft(session, KIND_TAIL, date="2026-01-29")
    assert _drafting.claimants(d, 500) == {"constitutional-reform-commission"}
    monkeypatch.setattr(claim_rules, "READINGS42", frozenset())
    assert _drafting.claimants(_drafting.draft(session, KIND_TAIL, date="2026-01-29", name="t2"), 500) == {"kazinform"}


def test_a_threshold_named_further_before_its_figure_is_no_claim(session: Session):
    # test52/ru-rambler-2026-01-20-kurultai-145-deputies, test37/ru-rtvi-2026-01-30-konstantinov-new-constitution,
    # test41/kk-kazinform-2026-01-20-five-percent-threshold: legal thresholds, which the sheets hold no claims
    for text, lang in (
        ("Также сохранится порог для прохождения в парламент по пропорциональной системе в 5%.", "ru"),
        ("Снизили барьер прохождения в парламент с 7% до 5%, упростили регистрацию партий.", "ru"),
        ("Партиялардың Парламентке өту межесін қазіргі бес пайыздан жеті пайызға қайтару қажет.", "kk"),
        ("Сондықтан мен бес пайыздық межені қалдырған жөн деп санаймын, - деді Мемлекет басшысы.", "kk"),
    ):
        d = _drafting.draft(session, text, date="2026-01-20", name=lang + str(len(text)))
        assert _drafting.facts(d, "claim") == [], text
    # a share of the vote reported is a claim
    turnout = "По данным ЦИК, явка составила 5% избирателей."
    assert _drafting.facts(_drafting.draft(session, turnout, date="2026-03-15", name="t5"), "claim") != []


def test_a_creation_noun_in_a_reported_clause_is_no_initiative_of_the_speaker(session: Session, monkeypatch):
    # test52/ru-mailru-2026-01-24-commission-first-sitting: "Карин … подчеркнул, что создание Конституционной комиссии —
    # это историческое событие" made Karin the commission's initiator; the President's decree before keeps his
    def initiators(d):
        return {f.values["initiator"] for f in _drafting.facts(d, "initiative")}

    d = _drafting.draft(session, MAILRU, outlet="mail-ru", date="2026-01-24")
    assert initiators(d) == {"kassym-jomart-tokayev"}
    monkeypatch.setattr(initiative_rules, "READINGS42", frozenset())
    d = _drafting.draft(session, MAILRU, outlet="mail-ru", date="2026-01-24", name="t2")
    assert initiators(d) == {"kassym-jomart-tokayev", "erlan-karin"}


def test_townspeople_are_citizens_and_innovations_refer_back_to_the_text(session: Session):
    # test36/ru-otyrar-2026-02-19-narymbetov-shymkent: "горожане выразили поддержку нововведениям" gave no stance
    lead = "Аким встретился с жителями по проекту новой Конституции.\n"
    said = "В ходе встречи горожане выразили поддержку нововведениям, и открыто высказались о языковых вопросах."
    d = _drafting.draft(session, lead + said, outlet="otyrar", date="2026-02-19")
    assert _drafting.stances(d) == {("citizens", DRAFT, "support")}
    # support for something else the sentence names is no stance on the text
    other = "В ходе встречи горожане выразили поддержку спортсменам, и открыто высказались о языковых вопросах."
    assert _drafting.stances(_drafting.draft(session, lead + other, outlet="otyrar", name="t2")) == set()


def test_a_kazakh_referendum_under_way_is_held(session: Session):
    # test52/kk-abai-2026-03-15-karaganda-leads-turnout (Arabic script on the page): "референдум өтуде", as ru
    # "проходит", gave no event
    text = "Бүгін елімізде жаңа Конституция бойынша жалпыхалықтық референдум өтуде."
    d = _drafting.draft(session, text, outlet="abai-kz", date="2026-03-15")
    assert [f.values["date"] for f in _drafting.facts(d, "event")] == ["2026-03-15"]
    # one to come is no event of the report
    later = "Жаңа Конституция бойынша жалпыхалықтық референдум 15 наурызда өтеді."
    assert (
        _drafting.facts(_drafting.draft(session, later, outlet="abai-kz", date="2026-03-01", name="t2"), "event") == []
    )
