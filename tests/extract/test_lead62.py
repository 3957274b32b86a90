"""The lead's changes of the sixty-second session, from the errors of ``test72``, the part held out in the sixty-first
session and tuning data since, and of the parts before it. Each is checked with the cases it leaves alone.
"""

from __future__ import annotations

from kg.extract.draft import Session

from . import _drafting


def test_an_academician_of_the_academy_holds_a_post(session: Session):
    # test72/kk-kazinform-2026-02-02-lokshin-science and test68/ru-baq-2026-01-24-kamzabekuly-secular: an academician
    # with the academy named was no post
    text = "Ұлттық ғылым академиясының академигі Вячеслав Локшин конституциялық реформаны қолдайтынын айтты."
    d = _drafting.draft(session, text)
    (post,) = _drafting.facts(d, "membership", holder="vyacheslav-lokshin", role="academician")
    assert "Ұлттық ғылым академиясы" in _drafting.names(d, post.values["organisation"])
    text = "Об этом заявил академик Национальной академии наук Дихан Камзабекулы."
    d = _drafting.draft(session, text)
    assert [(h, r) for h, r, _ in _drafting.posts(d)] == [("dikhan-kamzabekuly", "academician")]
    # "академик X" is a title, and "имени академика Е.А. Букетова" names a university: no post
    for text in (
        "Об этом заявил академик Дихан Камзабекулы.",
        "Конференция прошла в университете имени академика Е.А. Букетова, сообщил Дихан Камзабекулы.",
    ):
        assert not _drafting.facts(_drafting.draft(session, text), "membership"), text
