"""Talks reported at a meeting, in the wordings each language has for them (kg/extract/rules/speeches.py, the
thirteenth pass). Each sentence is written for the test, not taken from the data parts."""

from __future__ import annotations

import pytest

from ._drafting import draft

#: A meeting held, then the sentence under test.
HELD = {
    "en": "A round table on the draft Constitution was held in Astana.",
    "ru": "В Астане состоялся круглый стол по проекту Конституции.",
    "kk": "Астанада жастар орталығында дөңгелек үстел өтті.",
}

#: (language, sentence, the speakers it reports).
TALKS = [
    # English: a list of speakers after its cue, in the passive and in "speakers included"
    (
        "en",
        "Reports were made by Senator Alisher Satvaldiyev and Professor Yermek Abdrasilov.",
        {"alisher-satvaldiyev", "yermek-abdrasilov"},
    ),
    (
        "en",
        "Speakers included Senator Alisher Satvaldiyev and lawyer Nurlan Ospanov.",
        {"alisher-satvaldiyev", "nurlan-ospanov"},
    ),
    ("en", "The keynote speaker was Senator Alisher Satvaldiyev.", {"alisher-satvaldiyev"}),
    (
        "en",
        "Among the speakers were Senator Alisher Satvaldiyev and lawyer Nurlan Ospanov.",
        {"alisher-satvaldiyev", "nurlan-ospanov"},
    ),
    ("en", "The opening remarks were delivered by Senator Alisher Satvaldiyev.", {"alisher-satvaldiyev"}),
    ("en", "The main presentation was given by Professor Yermek Abdrasilov.", {"yermek-abdrasilov"}),
    # English: the speaker as subject
    ("en", "Senator Alisher Satvaldiyev gave a lecture on the draft.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev held an open lecture for students.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev took the podium to explain the draft.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev welcomed the participants.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev told the participants about the key changes.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev explained the new provisions to the students.", {"alisher-satvaldiyev"}),
    (
        "en",
        "In his opening remarks, Senator Alisher Satvaldiyev recalled the history of the reform.",
        {"alisher-satvaldiyev"},
    ),
    # English: where the article reports a meeting, telling a topic is a talk at it
    ("en", "Senator Alisher Satvaldiyev outlined the key changes in the draft.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev provided an update on the referendum.", {"alisher-satvaldiyev"}),
    ("en", "During his speech, Senator Alisher Satvaldiyev noted the changes.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev touched upon the role of the parliament.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev was the keynote speaker.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev shared his experience with the participants.", {"alisher-satvaldiyev"}),
    ("en", "Addressing the participants, Senator Alisher Satvaldiyev noted the changes.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev introduced the participants to the draft.", {"alisher-satvaldiyev"}),
    ("en", "In his lecture, Senator Alisher Satvaldiyev noted the changes.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev reported on the progress of the reform.", {"alisher-satvaldiyev"}),
    ("en", "The meeting was opened by Senator Alisher Satvaldiyev.", {"alisher-satvaldiyev"}),
    ("en", "The participants heard a report by Senator Alisher Satvaldiyev.", {"alisher-satvaldiyev"}),
    ("en", "Senator Alisher Satvaldiyev answered questions from the participants.", {"alisher-satvaldiyev"}),
    # speakers coordinated with their posts between them
    (
        "en",
        "Professors Yermek Abdrasilov and Nurlan Ospanov, as well as member of the Constitutional Commission and "
        "Senator Alisher Satvaldiyev presented the outcomes of the Commission's work.",
        {"yermek-abdrasilov", "nurlan-ospanov", "alisher-satvaldiyev"},
    ),
    # Russian
    (
        "ru",
        "Депутат Мажилиса Альберт Рау, профессор КазНУ Нурлан Оспанов и юрист Айдос Сарым выступили с докладами.",
        {"albert-rau", "nurlan-ospanov", "aydos-sarym"},
    ),
    (
        "ru",
        "Депутат Мажилиса Альберт Рау, член партии «Аманат» Нурлан Оспанов и юрист Айдос Сарым выступили с докладами.",
        {"albert-rau", "nurlan-ospanov", "aydos-sarym"},
    ),
    ("ru", "Аким района Альберт Рау отчитался перед населением.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау ответил на вопросы участников.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау зачитал обращение партии.", {"albert-rau"}),
    ("ru", "Участники заслушали доклад депутата Мажилиса Альберта Рау.", {"albert-rau"}),
    ("ru", "Затем слово взял депутат Мажилиса Альберт Рау.", {"albert-rau"}),
    ("ru", "Слово было предоставлено депутату Мажилиса Альберту Рау.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау поделился опытом с участниками.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау выступил в качестве спикера.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау провел семинар для студентов.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау прочитал лекцию о проекте.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау сделал презентацию проекта.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау провел открытый урок для студентов.", {"albert-rau"}),
    ("ru", "Выступивший на заседании депутат Мажилиса Альберт Рау отметил важность проекта.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау ознакомил участников с проектом.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау проинформировал участников о ходе реформы.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау обратился к участникам с приветственным словом.", {"albert-rau"}),
    ("ru", "Обращаясь к журналистам, депутат Мажилиса Альберт Рау подчеркнул значение реформы.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау поднялся на трибуну и изложил позицию фракции.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау разъяснил участникам положения проекта.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау сообщил о ходе доработки проекта.", {"albert-rau"}),
    ("ru", "Депутат Мажилиса Альберт Рау подробно остановился на ключевых нормах.", {"albert-rau"}),
    ("ru", "Спикерами стали депутат Мажилиса Альберт Рау и юрист Нурлан Оспанов.", {"albert-rau", "nurlan-ospanov"}),
    (
        "ru",
        "Среди выступающих — депутат Мажилиса Альберт Рау и юрист Нурлан Оспанов.",
        {"albert-rau", "nurlan-ospanov"},
    ),
    # Kazakh
    (
        "kk",
        "Жазушы Сайлау Байбосын, Мәжіліс депутаты Альберт Рау және заңгер Айдос Сарым сөз сөйледі.",
        {"saylau-baybosyn", "albert-rau", "aydos-sarym"},
    ),
    ("kk", "Мәжіліс депутаты Альберт Рау жаңа нормалар жайлы айтып берді.", {"albert-rau"}),
    ("kk", "Аудан әкімі Альберт Рау халық алдында есеп берді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау қатысушылардың сұрақтарына жауап берді.", {"albert-rau"}),
    ("kk", "Онда Мемлекеттік кеңесші Ерлан Қариннің баяндамасы тыңдалды.", {"erlan-karin"}),
    ("kk", "Мәжіліс депутаты Альберт Рау қатысушылармен ой бөлісті.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау мінбеге шығып, реформаның маңызын атап өтті.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау студенттерге семинар өткізді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау жаңа нормаларды жан-жақты түсіндірді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау дәріс оқыды.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау студенттерге ашық лекция оқып, жобаны түсіндірді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау жоба туралы баяндап берді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау жобаның негізгі өзгерістерін таныстырып өтті.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау қатысушыларға жобаның мәнін түсіндірді.", {"albert-rau"}),
    ("kk", "Іс-шараны аша отырып, Мәжіліс депутаты Альберт Рау реформаның маңызын атап өтті.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау жаңа Конституция туралы әңгімеледі.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау мінбеге көтеріліп, жобаның маңызын түсіндірді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау жастармен ашық әңгіме өрбітті.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау жиналғандарға жаңа өзгерістер туралы айтып берді.", {"albert-rau"}),
    ("kk", "Мәжіліс депутаты Альберт Рау құттықтау сөзінде реформаның маңызын атап өтті.", {"albert-rau"}),
    # who opens a working meeting (совещание) speaks at it (test16/ru-kazinform-…-shymkent-akimat)
    ("ru", "Открывая совещание, депутат Мажилиса Альберт Рау отметил значимость проекта.", {"albert-rau"}),
]


def _speakers(d) -> set[str]:
    return {f.values["speaker"] for f in d.facts if f.type in ("speech", "report")}


@pytest.mark.parametrize(("lang", "sentence", "speakers"), TALKS, ids=[t[1][:50] for t in TALKS])
def test_a_talk_at_the_meeting_is_a_speech(session, lang, sentence, speakers):
    d = draft(session, f"{HELD[lang]} {sentence}")
    assert _speakers(d) == speakers
    (event,) = [f for f in d.facts if f.type in ("event", "session")]
    assert event.values.get("place") == "astana"  # the meeting held, not an event made up for the talk


#: (language, text, the person who gave no talk): statements, appeals, chairs, and talks at no meeting named.
NOT_TALKS = [
    ("en", f"{HELD['en']} Senator Alisher Satvaldiyev said the draft was good.", "alisher-satvaldiyev"),
    ("en", f"{HELD['en']} Senator Alisher Satvaldiyev stressed that the draft was good.", "alisher-satvaldiyev"),
    ("en", f"{HELD['en']} Senator Alisher Satvaldiyev proposed to amend Article 5.", "alisher-satvaldiyev"),
    ("en", f"{HELD['en']} Senator Alisher Satvaldiyev explained that the draft was ready.", "alisher-satvaldiyev"),
    # a quotation closed by "told delegates": a statement quoted
    (
        "en",
        f"{HELD['en']} “The draft is ready,” Senator Alisher Satvaldiyev told the participants.",
        "alisher-satvaldiyev",
    ),
    # the passive "outlined in": no one outlined anything
    (
        "en",
        f"{HELD['en']} Senator Alisher Satvaldiyev presented a proposal that the rules should be clearly outlined "
        "in the new Constitution.",
        "alisher-satvaldiyev",
    ),
    # a talk told of with no meeting named anywhere
    ("en", "Senator Alisher Satvaldiyev outlined the key changes in the draft.", "alisher-satvaldiyev"),
    (
        "en",
        "During his speech, Senator Alisher Satvaldiyev announced a new name for the parliament.",
        "alisher-satvaldiyev",
    ),
    ("en", "In an interview, Senator Alisher Satvaldiyev told the students about the draft.", "alisher-satvaldiyev"),
    # the meeting's chair outlining its purpose chairs it
    (
        "en",
        "Senator Alisher Satvaldiyev chaired a meeting of the working group in Astana. He outlined the group's "
        "vision of the reform.",
        "alisher-satvaldiyev",
    ),
    # a post, and a book's foreword, are no talk
    ("en", f"{HELD['en']} Senator Alisher Satvaldiyev was the Speaker of the Senate in 2010.", "alisher-satvaldiyev"),
    ("kk", f"{HELD['kk']} Мәжіліс депутаты Альберт Рау кітаптың алғы сөзін жазды.", "albert-rau"),
    ("ru", f"{HELD['ru']} Модератором выступил депутат Мажилиса Альберт Рау.", "albert-rau"),
    ("ru", f"{HELD['ru']} Депутат Мажилиса Альберт Рау выступил модератором дискуссии.", "albert-rau"),
    ("ru", f"{HELD['ru']} Ведущим выступил депутат Мажилиса Альберт Рау.", "albert-rau"),
    # words told in an interview are said at no meeting (test13/ru-webtelek: "Об этом в интервью … рассказал X")
    ("ru", f"{HELD['ru']} Об этом в интервью газете рассказал депутат Мажилиса Альберт Рау.", "albert-rau"),
    ("kk", f"{HELD['kk']} Мәжіліс депутаты Альберт Рау сұхбатында жоба туралы айтып берді.", "albert-rau"),
    # "выступил с инициативой / с заявлением": came forward with one, no talk (test15/ru-aa, test16/ru-kazinform)
    ("ru", f"{HELD['ru']} Депутат Мажилиса Альберт Рау выступил с инициативой провести реформу.", "albert-rau"),
    ("ru", f"{HELD['ru']} Депутат Мажилиса Альберт Рау выступил с заявлением о реформе.", "albert-rau"),
    # who was met did not speak, posts or not
    (
        "en",
        f"{HELD['en']} During a meeting with ODIHR Director Maria Telalian, Senator Alisher Satvaldiyev briefed the "
        "participants.",
        "maria-telalian",
    ),
    (
        "ru",
        f"{HELD['ru']} После встречи с юристом Айдосом Сарымом, депутат Мажилиса Альберт Рау выступил с докладом.",
        "aydos-sarym",
    ),
    ("ru", f"{HELD['ru']} Депутат Мажилиса Альберт Рау сообщил, что проект готов.", "albert-rau"),
    ("ru", "Аким Астаны Альберт Рау обратился к жителям столицы и призвал их прийти на референдум.", "albert-rau"),
    ("ru", "Депутат Мажилиса Альберт Рау сообщил о ходе доработки проекта.", "albert-rau"),
    ("kk", f"{HELD['kk']} Мәжіліс депутаты Альберт Рау жобаның маңызын атап өтті.", "albert-rau"),
    # "noted" to those gathered stays a statement
    ("kk", f"{HELD['kk']} Мәжіліс депутаты Альберт Рау жиналғандарға жобаның маңызын атап өтті.", "albert-rau"),
    ("kk", f"{HELD['kk']} Мәжіліс депутаты Альберт Рау Халық Кеңесі туралы да түсіндірді.", "albert-rau"),
]


@pytest.mark.parametrize(("lang", "text", "person"), NOT_TALKS, ids=[t[1][-50:] for t in NOT_TALKS])
def test_a_statement_or_a_talk_at_no_meeting_is_no_speech(session, lang, text, person):
    assert person not in _speakers(draft(session, text))


@pytest.mark.parametrize(
    ("lang", "headline", "speaker"),
    [
        ("en", "Senator Alisher Satvaldiyev speaks at the forum in Astana", "alisher-satvaldiyev"),
        ("ru", "Депутат Мажилиса Альберт Рау выступает на форуме в Астане", "albert-rau"),
    ],
)
def test_a_headline_in_the_present_tense_reports_a_talk(session, lang, headline, speaker):
    assert _speakers(draft(session, headline)) == {speaker}
