"""The plain-text cleaner finding an article's author in its header: bylines with "By" and
without it (a name alone by the date, before it on one line, with a role or a publication after
it, in scripts with capitals and without), and the lines it must not take for one: places,
labels, photo credits, names in the text.  Each test is one small synthetic page."""

from __future__ import annotations

import pytest
from pages import PROSE, page

from clipper.clean.text import clean_text

HEADLINE = "Council approves four new bus routes after a long debate"
STANDFIRST = "The routes will link the northern districts to the hospital and the university."
MENU = ("Home", "News", "Local")

SPANISH = [
    "El ayuntamiento aprobó este martes la ampliación de la red de autobuses, que sumará cuatro "
    "líneas nuevas para unir los barrios del norte con el hospital y la universidad.",
    "Según el concejal de Movilidad, las nuevas líneas empezarán a funcionar en otoño, cuando "
    "termine la contratación de los conductores y lleguen los vehículos encargados.",
    "El plan salió adelante con una amplia mayoría tras un breve debate, y solo dos concejales "
    "votaron en contra al considerar que el dinero debía destinarse a las calles.",
]
ITALIAN = [
    "Il consiglio comunale ha approvato martedì l'ampliamento della rete degli autobus, con "
    "quattro nuove linee che collegheranno i quartieri a nord con l'ospedale e l'università.",
    "Secondo l'assessore alla Mobilità, le nuove linee entreranno in servizio in autunno, quando "
    "sarà completata l'assunzione degli autisti e arriveranno i nuovi mezzi.",
    "Il piano è passato con un'ampia maggioranza dopo un breve dibattito, e soltanto due "
    "consiglieri hanno votato contro, chiedendo di spendere i soldi per le strade.",
]
HINDI = [
    "नगर निगम ने मंगलवार को बस सेवा के विस्तार को मंजूरी दी, जिसके तहत चार नए मार्ग शुरू होंगे "
    "जो उत्तरी इलाकों को अस्पताल और विश्वविद्यालय से जोड़ेंगे।",
    "अधिकारियों के मुताबिक नए मार्ग सर्दियों से पहले शुरू हो जाएंगे, जब चालकों की भर्ती पूरी होगी "
    "और नई बसें डिपो में पहुंच जाएंगी।",
    "प्रस्ताव को छोटी बहस के बाद भारी बहुमत से पास किया गया और केवल दो पार्षदों ने इसका विरोध किया।",
]
ARABIC = [
    "وافق المجلس البلدي يوم الثلاثاء على توسيع شبكة الحافلات بأربعة خطوط جديدة تربط الأحياء "
    "الشمالية بالمستشفى والجامعة، في خطوة طال انتظارها من السكان.",
    "وقال مسؤولون إن الخطوط الجديدة ستبدأ العمل في الخريف بعد الانتهاء من تعيين السائقين "
    "وتدريبهم ووصول الحافلات الجديدة إلى المرائب.",
    "وأقرت الخطة بأغلبية كبيرة بعد نقاش قصير، ولم يعترض عليها سوى عضوين طالبا بإنفاق الأموال "
    "على إصلاح الطرق.",
]


def header(*lines: str, prose: list[str] = PROSE) -> str:
    return page(*MENU, HEADLINE, *lines, *prose)


@pytest.mark.parametrize(
    ("byline", "prose", "author"),
    [
        ("di Marta Quintana", ITALIAN, "Marta Quintana"),
        ("Von Marta Quintana, Hauptstadtstudio", PROSE, "Marta Quintana"),
        ("Por Óscar Núñez", SPANISH, "Óscar Núñez"),
        ("Texto: Óscar Núñez", SPANISH, "Óscar Núñez"),
        ("By Marta Quintana, Ian O'Brien, Radio-Newsroom", PROSE, "Marta Quintana, Ian O'Brien"),
    ],
)
def test_bylines_in_other_languages_and_with_a_desk(
    byline: str, prose: list[str], author: str
) -> None:
    assert clean_text(header(byline, "4.3.2024 10:12", prose=prose)).author == author
