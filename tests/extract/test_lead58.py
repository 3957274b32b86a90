"""The lead's changes of the fifty-eighth session, from the errors of ``test68``, the part held out in the fifty-seventh
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_a_kazakh_limited_partnership_spelled_out_is_a_body(session: Session):
    # test68/kk-kazinform-2026-01-24-kamzabekuly-secular-education: "«Қазақ газеттері» жауапкершілігі шектеулі
    # серіктестігінің бас директоры" lost the post (the Russian report's "ТОО «Қазақ газеттері»" kept it)
    text = (
        "«Қазақ газеттері» жауапкершілігі шектеулі серіктестігінің бас директоры, Конституциялық комиссия мүшесі "
        "Диқан Қамзабекұлы білім жүйесін қорғайтын норма енгізуді ұсынды."
    )
    d = _drafting.draft(session, text)
    assert ("dikan-kamzabekuly", "general-director", "kazak-gazetteri") in _drafting.posts(d)
    assert ("dikan-kamzabekuly", "member", "constitutional-reform-commission") in _drafting.posts(d)
    # the abbreviation, as before
    d = _drafting.draft(session, text.replace("жауапкершілігі шектеулі серіктестігінің", "ЖШС"))
    assert ("dikan-kamzabekuly", "general-director", "kazak-gazetteri") in _drafting.posts(d)


def test_a_kazakh_decision_to_create_a_body_in_the_first_person_is_the_speakers_initiative(session: Session):
    # test68/kk-zakon-2026-01-20-commission-decision: "Сондықтан Конституциялық комиссия құру туралы шешім
    # қабылдадым" in the President's quotation (dev holds the Russian report's "я принял решение создать")
    quote = (
        "Президент Қасым-Жомарт Тоқаев Ұлттық Құрылтай отырысында сөз сөйледі.\n"
        '"Біз жаңа Конституция қабылдауға пара-пар қадам жасағалы отырмыз. Сондықтан Конституциялық комиссия құру '
        'туралы шешім {verb}. Ертең тиісті жарлыққа қол қоямын", – деді Қасым-Жомарт Тоқаев.'
    )
    d = _drafting.draft(session, quote.format(verb="қабылдадым"), outlet="zakon-kz", date="2026-01-20")
    initiatives = _drafting.facts(d, "initiative", initiator="kassym-jomart-tokayev")
    assert [f.values["initiated"] for f in initiatives] == ["constitutional-reform-commission"]
    # a decision someone else took, in the third person, names no speaker's initiative
    d = _drafting.draft(session, quote.format(verb="қабылдады"), outlet="zakon-kz", date="2026-01-20")
    assert not _drafting.facts(d, "initiative", initiator="kassym-jomart-tokayev")
