"""Stances worded as each language states them (issue #13, thirteenth pass): coverage from language knowledge.

The sentences are written for these tests, not taken from the data: one for each way Kazakh, Russian and English
news state support, opposition, criticism or an evaluation of the draft Constitution or the reform (verbs with their
tense, person and voice, nouns of support with the verb that governs them, a supporter as a predicate, a call to
support, support received, praise of the text's quality, timeliness and effects), and the negations and questions
that state none. ``NEW`` lists the wordings the extractor missed before this pass (each fails on the rules of
main at e5d3b8c); ``KEPT`` the wordings it read already, kept from regressing as the lexicons grow.
"""

from __future__ import annotations

import pytest

from kg.extract.draft import Session

from . import _drafting
from ._drafting import facts

D, R = "draft-constitution-2026", "constitutional-reform-2025"


def _stances(text: str) -> set[tuple[str, str, str]]:
    d = _drafting.draft(Session(), text)
    return {(f.values["holder"], f.values["target"], f.values["polarity"]) for f in facts(d, "stance")}


NEW_KK = [
    ("«Ақ жол» партиясы жаңа Конституция жобасын мақұлдады.", [("ak-zhol", D, "support")]),
    ("«Ауыл» партиясы конституциялық реформаны қолдаушылардың бірі.", [("auyl", R, "support")]),
    ("Айда Балаева жаңа Конституция жобасымен келіспейтінін айтты.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасына күмән келтірді.", [("aida-balayeva", D, "oppose")]),
    ("Ерлан Қарин жаңа Конституция жобасы заман талабына сай екенін атап өтті.", [("erlan-karin", D, "support")]),
    ("Ерлан Қариннің пікірінше, конституциялық реформа уақтылы әрі қажет.", [("erlan-karin", R, "support")]),
    (
        "Ерлан Қарин жаңа Конституция жобасы азаматтардың құқықтарын кеңейтетінін айтты.",
        [("erlan-karin", D, "support")],
    ),
    ("Жаңа Конституция жобасы халықтың қолдауына ие болды.", [("citizens", D, "support")]),
    ("«Ақ жол» партиясы конституциялық реформаны жақтап шықты.", [("ak-zhol", R, "support")]),
    ("Ерлан Қарин жаңа Конституцияда адам – ең жоғары құндылық екенін атап өтті.", [("erlan-karin", D, "support")]),
    (
        "Ерлан Қарин жаңа Конституция жобасында халықтың талап-тілегі көрініс тапқанын айтты.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Ерлан Қарин жаңа Конституция жобасы азаматтардың құқығын қорғаудың тиімді тетіктерін қамтитынын айтты.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Қарин жаңа Конституция мемлекеттілікті нығайтатынын айтты.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин конституциялық реформаны ел тарихындағы бетбұрыс кезең деп атады.", [("erlan-karin", R, "support")]),
    (
        "Ерлан Қарин жаңа Конституция жобасы заманауи әрі демократиялық құжат екенін айтты.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Жаңа Конституция жобасы туралы.\n\n«Ақ жол» партиясы конституциялық түзетулерді қолдады.",
        [("ak-zhol", D, "support")],
    ),
    ("Астана тұрғындары жаңа Конституция жобасын қолдады.", [("citizens", D, "support")]),
    ("Қазақстан халқы жаңа Конституция жобасын қолдады.", [("citizens", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасы туралы оң пікір білдірді.", [("erlan-karin", D, "support")]),
    (
        "Бәріміз бірігіп, жаңа Ата заңымызды қолдап, референдумға қатысайық, – деді Ерлан Қарин.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Ерлан Қарин жаңа Конституция жобасы халықаралық стандарттарға сай екенін айтты.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Қарин жаңа Конституцияның мәтіні түсінікті әрі нақты екенін айтты.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция заман сын-қатерлеріне жауап беретінін айтты.", [("erlan-karin", D, "support")]),
    ("Азаматтар жаңа Конституция жобасына оң көзқараспен қарайды.", [("citizens", D, "support")]),
    ("Жаңа Конституция жобасын қолдаған «Ақ жол» партиясы түсіндіру жұмыстарын бастады.", [("ak-zhol", D, "support")]),
    ("Айда Балаева жаңа Конституция жобасына қатысты сынын айтты.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасына сын-пікірін білдірді.", [("aida-balayeva", D, "oppose")]),
]
NEW_RU = [
    ("Партия «Ак жол» поддержит проект новой Конституции на референдуме.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» выразила одобрение проекту новой Конституции.", [("ak-zhol", D, "support")]),
    ("Ерлан Карин позитивно оценивает проект новой Конституции.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин дал высокую оценку проекту новой Конституции.", [("erlan-karin", D, "support")]),
    ("Партия «Ауыл» призвала граждан поддержать проект новой Конституции.", [("auyl", D, "support")]),
    ("Партия «Ауыл» является сторонником конституционной реформы.", [("auyl", R, "support")]),
    ("Партия «Ауыл» солидарна с инициативой принятия новой Конституции.", [("auyl", D, "support")]),
    ("Айда Балаева подвергла критике проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева подвергла резкой критике проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева не согласна с проектом новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева осудила проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева негативно оценила проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева является противником конституционной реформы.", [("aida-balayeva", R, "oppose")]),
    ("Айда Балаева не выступала против проекта новой Конституции.", []),
    (
        "Ерлан Карин отметил, что проект новой Конституции является сбалансированным документом.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Карин отметил своевременность конституционной реформы.", [("erlan-karin", R, "support")]),
    ("Ерлан Карин отметил, что конституционная реформа своевременна и необходима.", [("erlan-karin", R, "support")]),
    ("По словам Ерлана Карина, новая Конституция ослабит парламент.", [("erlan-karin", D, "oppose")]),
    ("Айда Балаева критически оценила проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Ерлан Карин отметил, что новая Конституция ставит человека во главу угла.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин отметил, что проект новой Конституции отражает запросы граждан.", [("erlan-karin", D, "support")]),
    (
        "Ерлан Карин отметил, что проект новой Конституции содержит эффективные механизмы защиты прав граждан.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Ерлан Карин назвал конституционную реформу поворотным моментом в истории страны.",
        [("erlan-karin", R, "support")],
    ),
    (
        "Ерлан Карин отметил, что проект новой Конституции является современным и демократичным документом.",
        [("erlan-karin", D, "support")],
    ),
    ("Айда Балаева отметила, что проект новой Конституции готовился в спешке.", [("aida-balayeva", D, "oppose")]),
    (
        "Проект новой Конституции опубликован.\n\nПартия «Ак жол» поддержала конституционные поправки.",
        [("ak-zhol", D, "support")],
    ),
    (
        "Проект новой Конституции опубликован.\n\nЕрлан Карин отметил, что поправки расширяют права граждан.",
        [("erlan-karin", D, "support")],
    ),
    ("Жители Астаны поддержали проект новой Конституции.", [("citizens", D, "support")]),
    (
        "Ерлан Карин уверен, что новая Конституция откроет новые возможности для граждан.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Карин выразил надежду, что граждане поддержат новую Конституцию.", []),
    (
        "Ерлан Карин отметил, что проект новой Конституции соответствует международным стандартам.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Ерлан Карин отметил, что проект новой Конституции учитывает передовой мировой опыт.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Карин отметил, что текст новой Конституции ясный и понятный.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин отметил, что новая Конституция является ответом на вызовы времени.", [("erlan-karin", D, "support")]),
    ("Партия «Ауыл» агитировала за проект новой Конституции.", [("auyl", D, "support")]),
    ("Жители положительно отреагировали на проект новой Конституции.", [("citizens", D, "support")]),
    ("Граждане оставили положительные отзывы о проекте новой Конституции.", [("citizens", D, "support")]),
    ("За принятие новой Конституции выступила партия «Ак жол».", [("ak-zhol", D, "support")]),
    ("Айда Балаева высказала критику в адрес проекта новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева выразила опасения по поводу проекта новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева сделала критические замечания по проекту новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Партия «Ауыл» призвала граждан проголосовать за новую Конституцию.", [("auyl", D, "support")]),
    ("Ерлан Карин заявил, что проголосует за новую Конституцию.", [("erlan-karin", D, "support")]),
]
NEW_EN = [
    ("The Amanat party will support the draft new Constitution at the referendum.", [("amanat", D, "support")]),
    ("Erlan Karin is in favour of the draft new Constitution.", [("erlan-karin", D, "support")]),
    ("Erlan Karin expressed approval of the draft new Constitution.", [("erlan-karin", D, "support")]),
    ("The Auyl party is backing the draft new Constitution.", [("auyl", D, "support")]),
    ("The Auyl party gave its backing to the draft new Constitution.", [("auyl", D, "support")]),
    ("Aida Balayeva lauded the draft new Constitution.", [("aida-balayeva", D, "support")]),
    ("Aida Balayeva applauded the constitutional reform.", [("aida-balayeva", R, "support")]),
    ("Aida Balayeva highly appreciated the draft new Constitution.", [("aida-balayeva", D, "support")]),
    ("Aida Balayeva gave a positive assessment of the draft new Constitution.", [("aida-balayeva", D, "support")]),
    ("The Amanat party called on citizens to support the draft new Constitution.", [("amanat", D, "support")]),
    ("Mady Mirzagarayev urged voters to back the draft new Constitution.", [("mady-mirzagarayev", D, "support")]),
    ("The Auyl party stands behind the draft new Constitution.", [("auyl", D, "support")]),
    ("The Auyl party is a firm supporter of the constitutional reform.", [("auyl", R, "support")]),
    ("The Auyl party threw its weight behind the draft new Constitution.", [("auyl", D, "support")]),
    ("Aida Balayeva condemned the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva denounced the constitutional reform.", [("aida-balayeva", R, "oppose")]),
    ("Aida Balayeva expressed doubts about the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva questioned the legitimacy of the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva is sceptical of the constitutional reform.", [("aida-balayeva", R, "oppose")]),
    ("Aida Balayeva voiced opposition to the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva disagrees with the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva took issue with the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva did not oppose the draft new Constitution.", []),
    (
        "In the opinion of Erlan Karin, the new Constitution strengthens the rights of citizens.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Erlan Karin said the draft new Constitution is a balanced and well-thought-out document.",
        [("erlan-karin", D, "support")],
    ),
    ("Erlan Karin noted the positive aspects of the draft new Constitution.", [("erlan-karin", D, "support")]),
    ("Erlan Karin said the draft new Constitution would weaken parliament.", [("erlan-karin", D, "oppose")]),
    ("The draft new Constitution enjoys the support of citizens.", [("citizens", D, "support")]),
    ("The Auyl party pledged its full support to the draft new Constitution.", [("auyl", D, "support")]),
    ("The Auyl party is supportive of the constitutional reform.", [("auyl", R, "support")]),
    ("The Auyl party embraced the draft new Constitution.", [("auyl", D, "support")]),
    ("Political parties rallied behind the draft new Constitution.", [("political-parties", D, "support")]),
    (
        "Aida Balayeva said the new Constitution widens the powers of the head of state.",
        [("aida-balayeva", D, "oppose")],
    ),
    (
        "Erlan Karin said the draft new Constitution puts the interests of citizens at its core.",
        [("erlan-karin", D, "support")],
    ),
    ("Erlan Karin said the draft new Constitution reflects the values of society.", [("erlan-karin", D, "support")]),
    (
        "Erlan Karin said the new Constitution serves as a safeguard against the usurpation of power.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Erlan Karin said the draft new Constitution provides effective mechanisms to protect citizens.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Erlan Karin said the new Constitution strengthens public trust in state institutions.",
        [("erlan-karin", D, "support")],
    ),
    ("Erlan Karin said the draft new Constitution reinforces the role of parliament.", [("erlan-karin", D, "support")]),
    (
        "Erlan Karin called the constitutional reform a turning point in the history of the country.",
        [("erlan-karin", R, "support")],
    ),
    (
        "Erlan Karin said the draft new Constitution is a modern and democratic document.",
        [("erlan-karin", D, "support")],
    ),
    ("Aida Balayeva said the draft new Constitution was prepared in haste.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva said the draft new Constitution lacks real checks and balances.", [("aida-balayeva", D, "oppose")]),
    (
        "The draft new Constitution was published.\n\nThe Auyl party supported the constitutional amendments.",
        [("auyl", D, "support")],
    ),
    (
        "The draft new Constitution was published.\n\nErlan Karin said the amendments strengthen the rights of citizens.",
        [("erlan-karin", D, "support")],
    ),
    ("Residents of Astana expressed support for the draft new Constitution.", [("citizens", D, "support")]),
    (
        "Aida Balayeva said the new Constitution is a safeguard against the abuse of power.",
        [("aida-balayeva", D, "support")],
    ),
    ('"Let us support the new Constitution," Erlan Karin said.', [("erlan-karin", D, "support")]),
    (
        "Erlan Karin said the draft new Constitution complies with international standards.",
        [("erlan-karin", D, "support")],
    ),
    ("Erlan Karin said the new Constitution is clear and consistent.", [("erlan-karin", D, "support")]),
    (
        "Erlan Karin said the new Constitution is a response to the challenges of the time.",
        [("erlan-karin", D, "support")],
    ),
    ("The Auyl party campaigned for the draft new Constitution.", [("auyl", D, "support")]),
    ("Citizens reacted positively to the draft new Constitution.", [("citizens", D, "support")]),
    ("Residents gave positive feedback on the draft new Constitution.", [("citizens", D, "support")]),
    ("Backing the draft new Constitution, the Auyl party announced a campaign.", [("auyl", D, "support")]),
    ("Aida Balayeva voiced criticism of the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("The Auyl party urged citizens to vote for the new Constitution.", [("auyl", D, "support")]),
    ('"I back the new Constitution," Erlan Karin said.', [("erlan-karin", D, "support")]),
    ('"We welcome the new Constitution," Erlan Karin said.', [("erlan-karin", D, "support")]),
    ("Erlan Karin said he would vote for the new Constitution.", [("erlan-karin", D, "support")]),
    # what it will do for the country (test16/en-gayaone: "will significantly propel Kazakhstan's progress")
    (
        "Erlan Karin expressed conviction that the new Constitution will propel the country's progress.",
        [("erlan-karin", D, "support")],
    ),
    (
        "Erlan Karin said the new Constitution will accelerate the country's development.",
        [("erlan-karin", D, "support")],
    ),
]
KEPT_KK = [
    ("«Ақ жол» партиясы жаңа Конституция жобасын қолдады.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасын қолдайды.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасын толық қолдайтынын мәлімдеді.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасын қолдайтынын жеткізді.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасына қолдау білдірді.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасына қолдау көрсетті.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасына толық қолдауын білдірді.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасын құптады.", [("ak-zhol", D, "support")]),
    ("«Ақ жол» партиясы конституциялық реформаны қуаттады.", [("ak-zhol", R, "support")]),
    ("«Ақ жол» партиясы конституциялық реформаны жақтайды.", [("ak-zhol", R, "support")]),
    ("«Ақ жол» партиясы жаңа Конституция жобасын қолдап шықты.", [("ak-zhol", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасын жоғары бағалады.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасына жоғары баға берді.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасына оң баға берді.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасын оң бағалады.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасын қолдайтынын айтты.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин конституциялық реформаны қолдайтынын атап өтті.", [("erlan-karin", R, "support")]),
    ("Ерлан Қарин азаматтарды жаңа Конституция жобасын қолдауға шақырды.", [("erlan-karin", D, "support")]),
    ("Азаматтар жаңа Конституция жобасын қолдап отыр.", [("citizens", D, "support")]),
    ("Мәжіліс депутаттары жаңа Конституция жобасын бірауыздан қолдады.", [("mazhilis", D, "support")]),
    ("«Аманат» партиясының фракциясы жаңа Конституция жобасын қолдады.", [("amanat-faction", D, "support")]),
    ("«Ауыл» партиясы жаңа Конституция жобасын қолдайтындарын білдірді.", [("auyl", D, "support")]),
    ("Айда Балаева жаңа Конституция жобасына қарсы шықты.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасына қарсы екенін айтты.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасына қарсылық білдірді.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасын сынға алды.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасын сынады.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасын қолдамайтынын айтты.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева жаңа Конституция жобасына наразылық білдірді.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева конституциялық реформаны қатты сынады.", [("aida-balayeva", R, "oppose")]),
    ("Мәжіліс жаңа Конституция жобасын қарайды.", []),
    ("Айда Балаева студенттерге жаңа Конституция жобасын түсіндірді.", []),
    ("Айда Балаева жаңа Конституция жобасына қарсы емес екенін айтты.", []),
    ("«Жаңа Конституция жобасын қолдаймыз», – деді Ерлан Қарин.", [("erlan-karin", D, "support")]),
    ("Жаңа Конституция жобасын «Ақ жол» партиясы қолдады.", [("ak-zhol", D, "support")]),
    ("Ерлан Қарин: Жаңа Конституция жобасын қолдаймыз", [("erlan-karin", D, "support")]),
    ("Ерлан Қариннің айтуынша, жаңа Конституция жобасы – тарихи құжат.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасын тарихи құжат деп атады.", [("erlan-karin", D, "support")]),
    ("Жаңа Конституция жобасына «Ақ жол» партиясы тарапынан қолдау білдірілді.", [("ak-zhol", D, "support")]),
    ("Жаңа Конституция жобасы азаматтар тарапынан қолдау тапты.", [("citizens", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасының құрылымы туралы айтып берді.", []),
    ("«Ақ жол» жаңа Конституцияны қолдайды", [("ak-zhol", D, "support")]),
    ("Partiyalar.\n\nАйда Балаева жаңа Конституция жобасына қарсы екенін жасырмады.", [("aida-balayeva", D, "oppose")]),
    ("«Ақ жол» партиясының өкілдері жаңа Конституция жобасын қолдады.", [("ak-zhol", D, "support")]),
    ("Ерлан Қарин: Жаңа Конституция – тарихи құжат", [("erlan-karin", D, "support")]),
    ("«Жаңа Конституция – тарихи құжат», – деді Ерлан Қарин.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасын тарихи құжат деп есептейді.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституция жобасы тарихи құжат деп санайды.", [("erlan-karin", D, "support")]),
    (
        "Ерлан Қарин жаңа Конституция азаматтарға жаңа мүмкіндіктер ашатынына сенім білдірді.",
        [("erlan-karin", D, "support")],
    ),
    (
        "«Жаңа Конституция жобасын қолдаймыз», – деді Мәдениет және ақпарат министрі Аида Балаева.",
        [("aida-balayeva", D, "support")],
    ),
    ("Ерлан Қарин жастарды жаңа Конституцияны қолдауға үндеді.", [("erlan-karin", D, "support")]),
    ("Ерлан Қарин жаңа Конституцияның нормалары түсінікті әрі нақты болуы керек екенін айтты.", []),
    ("Жаңа Конституция жобасын қолдаған сайлаушылардың үлесі 80 пайыздан асты.", []),
    ("«Ауыл» партиясы азаматтарды жаңа Конституцияны жақтап дауыс беруге шақырды.", [("auyl", D, "support")]),
    ("«Жаңа Ата заңды қолдаймын», – деді Ерлан Қарин.", [("erlan-karin", D, "support")]),
]
KEPT_RU = [
    ("Партия «Ак жол» поддержала проект новой Конституции.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» поддерживает проект новой Конституции.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» выразила поддержку проекту новой Конституции.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» заявила о поддержке проекта новой Конституции.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» высказалась в поддержку проекта новой Конституции.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» выступила в поддержку конституционной реформы.", [("ak-zhol", R, "support")]),
    ("Партия «Ак жол» подтвердила свою поддержку проекта новой Конституции.", [("ak-zhol", D, "support")]),
    ("Партия «Ак жол» одобрила проект новой Конституции.", [("ak-zhol", D, "support")]),
    ("Ерлан Карин приветствовал проект новой Конституции.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин выступил за принятие новой Конституции.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин высказался за конституционную реформу.", [("erlan-karin", R, "support")]),
    ("Ерлан Карин высоко оценил проект новой Конституции.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин положительно оценил проект новой Конституции.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин заявил, что поддерживает проект новой Конституции.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин отметил, что полностью поддерживает конституционную реформу.", [("erlan-karin", R, "support")]),
    ("Граждане выражают поддержку проекту новой Конституции.", [("citizens", D, "support")]),
    ("Мажилис единогласно одобрил проект новой Конституции.", [("mazhilis", D, "support")]),
    ("Депутаты Мажилиса поддержали проект новой Конституции.", [("mazhilis", D, "support")]),
    ("Фракция партии «Аманат» поддержала проект новой Конституции.", [("amanat-faction", D, "support")]),
    ("Айда Балаева выступила против проекта новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева высказалась против конституционной реформы.", [("aida-balayeva", R, "oppose")]),
    ("Айда Балаева раскритиковала проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева критикует проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева возражает против проекта новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева выразила несогласие с проектом новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева выразила сомнения в проекте новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева отвергла проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева не поддержала проект новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("Мажилис рассмотрит проект новой Конституции.", []),
    ("Айда Балаева разъяснила студентам проект новой Конституции.", []),
    ("Айда Балаева спросила, поддерживают ли граждане проект новой Конституции.", []),
    ("«Мы поддерживаем проект новой Конституции», — сказал Ерлан Карин.", [("erlan-karin", D, "support")]),
    ("Проект новой Конституции поддержали депутаты Мажилиса.", [("mazhilis", D, "support")]),
    ("Проект новой Конституции поддержала партия «Ак жол».", [("ak-zhol", D, "support")]),
    ("Проект новой Конституции был одобрен партией «Ак жол».", [("ak-zhol", D, "support")]),
    ("Проект новой Конституции подвергся критике со стороны Айды Балаевой.", [("aida-balayeva", D, "oppose")]),
    ("Ерлан Карин: поддерживаем проект новой Конституции", [("erlan-karin", D, "support")]),
    (
        "По мнению Ерлана Карина, проект новой Конституции является историческим документом.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Карин назвал проект новой Конституции историческим документом.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин считает, что новая Конституция отвечает требованиям времени.", [("erlan-karin", D, "support")]),
    ("Проект новой Конституции нашёл поддержку у граждан.", [("citizens", D, "support")]),
    (
        "Ерлан Карин отметил, что новая Конституция укрепит доверие граждан к государству.",
        [("erlan-karin", D, "support")],
    ),
    ("Ерлан Карин рассказал о структуре проекта новой Конституции.", []),
    ("«Аманат» поддержал проект Конституции", [("amanat", D, "support")]),
    ("Эксперты: новая Конституция ослабит парламент", []),
    ("Участники круглого стола поддержали проект новой Конституции.", []),
    ("Представители партии «Ак жол» поддержали проект новой Конституции.", [("ak-zhol", D, "support")]),
    ("Члены партии «Ауыл» поддержали проект новой Конституции.", [("auyl", D, "support")]),
    ("Ерлан Карин: новая Конституция – исторический документ", [("erlan-karin", D, "support")]),
    ("«Новая Конституция – исторический документ», – сказал Ерлан Карин.", [("erlan-karin", D, "support")]),
    (
        "Как отметил Ерлан Карин, проект новой Конституции является историческим документом.",
        [("erlan-karin", D, "support")],
    ),
    ("«Давайте поддержим новую Конституцию», – призвал Ерлан Карин.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин призвал поддержать новую Конституцию на референдуме.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин рассчитывает, что жители поддержат проект новой Конституции.", []),
    ("Ерлан Карин отметил, что нормы новой Конституции должны быть ясными и понятными.", []),
    ("Айда Балаева агитировала против проекта новой Конституции.", [("aida-balayeva", D, "oppose")]),
    ("В поддержку проекта новой Конституции выступила партия «Ак жол».", [("ak-zhol", D, "support")]),
    ("Против проекта новой Конституции выступила Айда Балаева.", [("aida-balayeva", D, "oppose")]),
    ("Айда Балаева не высказала критики в адрес проекта новой Конституции.", []),
    ("«Я поддерживаю новую Конституцию», – сказал Ерлан Карин.", [("erlan-karin", D, "support")]),
    ("Ерлан Карин выразил надежду, что партия «Ауыл» проголосует за новую Конституцию.", []),
]
KEPT_EN = [
    ("The Amanat party supports the draft new Constitution.", [("amanat", D, "support")]),
    ("Ak Zhol has endorsed the draft new Constitution.", [("ak-zhol", D, "support")]),
    ("The Auyl party voiced its full support for the draft new Constitution.", [("auyl", D, "support")]),
    ("The Auyl party declared its support for the draft new Constitution.", [("auyl", D, "support")]),
    ("The Auyl party reaffirmed its support for the draft new Constitution.", [("auyl", D, "support")]),
    ("Erlan Karin welcomed the draft new Constitution.", [("erlan-karin", D, "support")]),
    ("Erlan Karin welcomes the constitutional reform.", [("erlan-karin", R, "support")]),
    ("Erlan Karin spoke in favour of the draft new Constitution.", [("erlan-karin", D, "support")]),
    ("Erlan Karin came out in support of the constitutional reform.", [("erlan-karin", R, "support")]),
    ("The Mazhilis approved the draft new Constitution.", [("mazhilis", D, "support")]),
    ("Aida Balayeva praised the draft new Constitution.", [("aida-balayeva", D, "support")]),
    ("Aida Balayeva spoke highly of the draft new Constitution.", [("aida-balayeva", D, "support")]),
    ("Aida Balayeva said she supports the draft new Constitution.", [("aida-balayeva", D, "support")]),
    ("Aida Balayeva said that she fully supports the constitutional reform.", [("aida-balayeva", R, "support")]),
    ("Citizens expressed support for the draft new Constitution.", [("citizens", D, "support")]),
    ("Political parties declared their support for the draft new Constitution.", [("political-parties", D, "support")]),
    ("The Auyl party unanimously supported the draft new Constitution.", [("auyl", D, "support")]),
    ("Aida Balayeva opposes the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva rejected the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva criticised the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva objected to the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva warned against the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva spoke out against the constitutional reform.", [("aida-balayeva", R, "oppose")]),
    ("Aida Balayeva protested against the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva slammed the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva is critical of the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Aida Balayeva asked whether citizens support the draft new Constitution.", []),
    ("The Mazhilis will consider the draft new Constitution.", []),
    ("Aida Balayeva explained the draft new Constitution to students.", []),
    ('"We support the draft new Constitution," Erlan Karin said.', [("erlan-karin", D, "support")]),
    ('"We fully support the constitutional reform," said Erlan Karin.', [("erlan-karin", R, "support")]),
    ("The draft new Constitution was supported by the Amanat party.", [("amanat", D, "support")]),
    ("The draft new Constitution was welcomed by the Auyl party.", [("auyl", D, "support")]),
    ("The draft new Constitution has been criticised by Aida Balayeva.", [("aida-balayeva", D, "oppose")]),
    ("Erlan Karin: we support the draft new Constitution", [("erlan-karin", D, "support")]),
    ("Erlan Karin described the draft new Constitution as a historic document.", [("erlan-karin", D, "support")]),
    ("Erlan Karin called the draft new Constitution a historic step.", [("erlan-karin", D, "support")]),
    ("According to Erlan Karin, the draft new Constitution is a historic document.", [("erlan-karin", D, "support")]),
    (
        "Erlan Karin believes that the draft new Constitution meets the demands of the time.",
        [("erlan-karin", D, "support")],
    ),
    ("Erlan Karin said the constitutional reform is timely and necessary.", [("erlan-karin", R, "support")]),
    ("Erlan Karin said the draft new Constitution will not weaken parliament.", []),
    ("The draft new Constitution was published on the website of the Ministry of Justice.", []),
    ("Ak Zhol backs new Constitution", [("ak-zhol", D, "support")]),
    (
        "The draft new Constitution was published.\n\nThe Auyl party backed the proposed changes.",
        [("auyl", D, "support")],
    ),
    ("Aida Balayeva said a constitutional reform should strengthen the rights of citizens.", []),
    ("Representatives of the Ak Zhol party supported the draft new Constitution.", [("ak-zhol", D, "support")]),
    ("Members of the Auyl party backed the draft new Constitution.", [("auyl", D, "support")]),
    ("Erlan Karin: the new Constitution is a historic document", [("erlan-karin", D, "support")]),
    ('"The new Constitution is a historic document," Erlan Karin said.', [("erlan-karin", D, "support")]),
    (
        "Erlan Karin is confident that the new Constitution will open new opportunities for citizens.",
        [("erlan-karin", D, "support")],
    ),
    ("Erlan Karin called for support for the new Constitution.", [("erlan-karin", D, "support")]),
    ("Erlan Karin expects that voters will support the new Constitution.", []),
    ("Erlan Karin said every norm of the new Constitution must be clear and understandable.", []),
    ("Aida Balayeva campaigned against the draft new Constitution.", [("aida-balayeva", D, "oppose")]),
    ("Supporting documents were sent to the commission.", []),
    ("Erlan Karin expects the Auyl party will vote for the new Constitution.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*NEW_KK, *NEW_RU, *NEW_EN])
def test_a_new_wording_drafts_its_stance(text, expected):
    assert _stances(text) == set(expected)


@pytest.mark.parametrize(("text", "expected"), [*KEPT_KK, *KEPT_RU, *KEPT_EN])
def test_a_known_wording_still_drafts_its_stance(text, expected):
    assert _stances(text) == set(expected)


def test_a_long_run_of_cue_words_is_read_in_linear_time():
    # the new lexicons have bounded gaps only; a sentence of repeated near-cues drafts nothing and returns at once
    for text in (
        "Erlan Karin called on " + "the citizens " * 400 + "to",
        "Партия призвала " + "граждан " * 400 + "поддержка",
        "Ерлан Қарин " + "құқықтарын " * 400 + "кеңейт",
        "The Auyl party is " + "very " * 400 + "supporter",
    ):
        assert _stances(text) == set()
