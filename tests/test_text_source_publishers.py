"""The publication a reader cites, second round: the brand the page prints rather than the
company its copyright line names (a publisher's word in Spanish or Arabic, a masthead under a
skip link the vocabularies know), the site's name at the end of a printed page's title, and no
button or prompt taken for a publication."""

from __future__ import annotations

from pages import ARABIC, CHINESE, PROSE, page

from clipper.clean.text import clean_text

SPANISH = [
    "El Ayuntamiento aprobó el martes la ampliación de la red de autobuses con cuatro nuevas "
    "líneas que unirán los barrios del norte con el hospital y la universidad.",
    "Según el concejal de Movilidad, las nuevas líneas empezarán a funcionar en otoño, una vez "
    "que se haya completado la contratación de los conductores necesarios.",
    "La oposición criticó el coste del proyecto y pidió que se dé prioridad a la reparación de "
    "las calles y aceras del centro histórico, muy deterioradas.",
]
PORTUGUESE = [
    "A prefeitura aprovou nesta terça-feira a ampliação da rede de ônibus com quatro novas "
    "linhas que vão ligar os bairros da zona norte ao hospital e à universidade.",
    "Segundo o secretário de Mobilidade, as novas linhas começam a operar no segundo semestre, "
    "depois da contratação dos motoristas necessários para a operação.",
    "A oposição criticou o custo do projeto e pediu prioridade para a recuperação das ruas e "
    "calçadas do centro histórico, que estão muito deterioradas.",
]
MENU = ["Política", "Economía", "Deportes", "Cultura", "Opinión"]


def test_a_masthead_under_a_skip_link_beats_a_spanish_publisher() -> None:
    # "Unidad Editorial" is a publisher (an "editorial"), not the paper the page prints.
    top = ["Ir al contenido principal", "EL FARO", "Suscríbete", "Iniciar sesión", *MENU]
    footer = [
        "Lo más leído",
        "Descarga la app",
        "Aviso legal",
        "© 2025 Unidad Editorial Costera S.L.U. Todos los derechos reservados.",
    ]
    headline = "El Ayuntamiento amplía la red de autobuses con cuatro nuevas líneas"
    text = page(*top, headline, "Madrid Actualizado Martes, 4 noviembre 2025 - 18:30", *SPANISH)
    text = page(text, *footer)
    assert clean_text(text).source == "EL FARO"


def test_a_button_to_download_the_app_or_subscribe_is_no_publication() -> None:
    # Nothing names the paper: the owner is cited, never the prompt "Assinar newsletter".
    top = ["Pular para o conteúdo", "Entrar", "Política", "Economia", "Esportes"]
    footer = [
        "Mais lidas",
        "Receba as principais notícias do dia no seu e-mail",
        "Assinar newsletter",
        "Baixe o app",
        "Copyright © 1995-2025 Grupo Litoral. Todos os direitos reservados.",
    ]
    headline = "Prefeitura amplia rede de ônibus com quatro novas linhas"
    text = page(*top, headline, "04/11/2025 | 18h30", *PORTUGUESE, *footer)
    assert clean_text(text).source == "Grupo Litoral"


def test_an_arabic_publishing_foundation_yields_to_the_masthead() -> None:
    # "لمؤسسة الميناء اليوم للنشر والتوزيع": "of the Al-Mina Today foundation for publishing
    # and distribution", the company that owns the paper printed at the top.
    top = ["الميناء اليوم", "الرئيسية", "سياسة", "اقتصاد", "رياضة"]
    footer = [
        "الأكثر قراءة",
        "من نحن",
        "جميع الحقوق محفوظة © ٢٠٢٥ لمؤسسة الميناء اليوم للنشر والتوزيع",
    ]
    headline = "البلدية توافق على توسيع خدمة الحافلات في المدينة"
    text = page(*top, headline, "الثلاثاء، 04 نوفمبر 2025 06:00 م", *ARABIC, *footer)
    assert clean_text(text).source == "الميناء اليوم"


def test_the_sites_name_ends_a_printed_pages_title_after_its_section() -> None:
    # A browser's print header: the date and time, then the page's <title> with the section.
    headline = "Council approves four new bus routes for the northern suburbs"
    top = [
        f"11/4/25, 8:02 AM\t{headline} | City News - Times of Malabar",
        "Edition",
        "Sign In",
        "HL",
        "News",
        "City",
        "Sports",
    ]
    footer = [
        "Stay updated with the latest news on Times of Malabar.",
        "About Us",
        "Copyright © 2025 Coastal Press Holdings Ltd. All rights reserved.",
    ]
    text = page(*top, headline, "Nov 4, 2025, 07:45 IST", *PROSE, *footer)
    assert clean_text(text).source == "Times of Malabar"


def test_the_sites_name_ends_a_printed_chinese_title_after_its_section() -> None:
    headline = "市議會通過公車路線擴充計畫 秋季起營運"
    top = [f"2025/11/9 上午8:03\u3000{headline} - 生活 - 港灣新聞網", "跳到主要內容", "港灣新聞網"]
    footer = ["港灣新聞網", "關於我們", "© 2025 Harbour Times Group. All rights reserved."]
    text = page(*top, "首頁", "即時", "政治", "生活", headline, "2025/11/09 07:45", *CHINESE)
    text = page(text, *footer)
    assert clean_text(text).source == "港灣新聞網"
