"""The article's headline over a header that holds a long standfirst and the photo's caption
before the byline and dateline (so a ticker's headline above it does not win), and the
dates and ticker labels of more languages such headers print."""

from __future__ import annotations

from pages import page

from clipper.clean.text import clean_text

PORTUGUESE = [
    "A Câmara Municipal vai deixar de autorizar novos registos de alojamento local em mais "
    "catorze freguesias da cidade, de acordo com a proposta apresentada esta terça-feira.",
    "Com esta alteração, a suspensão, que até agora se aplicava apenas ao centro histórico, "
    "passa a abranger também bairros residenciais onde a pressão turística tem aumentado.",
    "Segundo o documento, a medida aplica-se às freguesias onde o rácio entre alojamentos "
    "locais e habitações permanentes ultrapassa os cinco por cento.",
]
DANISH = [
    "Da jeg var femten, cyklede jeg i skole hver dag. Ikke fordi det var sundt eller godt for "
    "klimaet, men fordi der ikke var andre muligheder, og bussen var for langsom.",
    "I dag cykler min datter kun, når det regner for lidt til, at hun kan få et lift, og hun "
    "er langt fra alene om det blandt sine venner i klassen.",
    "Ifølge kommunens egne tal er andelen af unge, der cykler dagligt, faldet med en tredjedel "
    "på ti år, mens brugen af elløbehjul og knallerter er steget.",
]
URDU = [
    "پاکستان نے تیسرے ون ڈے میچ میں جنوبی افریقا کو پانچ وکٹوں سے شکست دے کر تین میچوں کی "
    "سیریز دو ایک سے اپنے نام کر لی۔",
    "جنوبی افریقا نے پہلے بیٹنگ کرتے ہوئے مقررہ پچاس اوورز میں آٹھ وکٹوں کے نقصان پر دو سو "
    "اٹھاسی رنز بنائے جس میں کپتان کی شاندار سنچری شامل تھی۔",
    "ہدف کے تعاقب میں پاکستانی بلے بازوں نے ذمہ دارانہ کھیل پیش کیا اور آخری اوور میں "
    "مطلوبہ رنز پورے کر کے میچ جیت لیا۔",
]
BENGALI = [
    "রাজধানীসহ সারা দেশে ডেঙ্গুতে আক্রান্ত হয়ে গত চব্বিশ ঘণ্টায় আরও নয়জনের মৃত্যু হয়েছে বলে "
    "স্বাস্থ্য অধিদপ্তর জানিয়েছে।",
    "এই সময়ে নতুন করে এক হাজার দুই শ বারো জন রোগী হাসপাতালে ভর্তি হয়েছেন, যাঁদের বেশির ভাগই "
    "ঢাকার বাইরের বিভিন্ন জেলার বাসিন্দা।",
    "কীটতত্ত্ববিদেরা বলছেন, এবার বর্ষা দেরিতে শেষ হওয়ায় নভেম্বরেও এডিস মশার ঘনত্ব বেশি "
    "রয়েছে এবং সংক্রমণ আরও কিছুদিন উঁচু থাকতে পারে।",
]


def header(*lines: str) -> str:
    """A page's header as a copy-paste gives it: one line each, no blank line between."""
    return "\n".join(lines)


def test_a_photo_caption_over_its_credit_between_standfirst_and_byline() -> None:
    headline = "Lisboa vai proibir novos alojamentos locais em mais 14 freguesias"
    standfirst = (
        "Novo regulamento municipal entra em consulta pública na próxima semana. Câmara quer "
        "travar a perda de habitação permanente no centro histórico e nas Avenidas Novas."
    )
    clip = clean_text(
        header(
            "Portugal", "Mundo", "Política", "Economia", "Sociedade", "Última Hora",
            "Orçamento do Estado: PS anuncia abstenção na votação final global",
            "Sociedade", headline, standfirst,
            "Prédio com vários alojamentos locais no bairro de Alfama, em Lisboa.",
            "Foto: Leonardo Negrão / Global Imagens",
            "Ana Mafalda Inácio",
            "Publicado a: 04 Nov 2025, 07:00",
            "Partilhar",
        )
        + page("", *PORTUGUESE)
        # (the ticker's story is the most read too: the page repeats its headline)
        + header(
            "", "", "Mais lidas",
            "Orçamento do Estado: PS anuncia abstenção na votação final global",
            "Greve dos médicos: hospitais com serviços mínimos esta semana",
        )
    )  # fmt: skip
    assert (clip.title, clip.date, clip.author) == (headline, "2025-11-04", "Ana Mafalda Inácio")
    assert PORTUGUESE[0] in clip.body


def test_a_caption_with_its_credit_after_its_sentence_is_no_headline() -> None:
    headline = "Vi har gjort cyklen til et moralsk projekt. Det har kostet os de unge"
    clip = clean_text(
        header(
            "Forside", "Indland", "Udland", "Kultur", "Debat", "Seneste nyt",
            "Regeringen vil sænke skatten for pensionister",
            "Debat", "Kronik", headline,
            "Københavnske teenagere cykler mindre end nogensinde. Det er ikke fordi, de er "
            "dovne. Det er fordi, vi voksne har gjort cyklen til et symbol i stedet for et "
            "transportmiddel.",
            "Andelen af unge, der cykler dagligt, er faldet med en tredjedel på ti år. "
            "Arkivfoto: Thomas Borberg",
            "Sofie Lindhardt Brink",
            "Byforsker, ph.d.",
            "2. nov. 2025 kl. 05.00",
            "Del artikel",
        )
        + page("", *DANISH)
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2025-11-02")


def test_an_urdu_ticker_label_and_date() -> None:
    headline = "تیسرا ون ڈے: پاکستان نے جنوبی افریقا کو 5 وکٹوں سے ہرا کر سیریز جیت لی"
    clip = clean_text(
        page(
            "ویڈیوز", "جنگ سنڈے میگزین", "بریکنگ نیوز",
            "سونے کی قیمت میں 3 ہزار روپے فی تولہ کمی",
            "کھیل", headline, "08 نومبر ، 2025", "فیس بک", "واٹس ایپ",
            *URDU,
        )
    )  # fmt: skip
    assert (clip.title, clip.date) == (headline, "2025-11-08")


def test_a_bengali_date_in_bengali_digits() -> None:
    headline = "ডেঙ্গুতে এক দিনে আরও ৯ জনের মৃত্যু, হাসপাতালে ভর্তি ১ হাজার ২১২"
    clip = clean_text(page("বাংলাদেশ", "স্বাস্থ্য", headline, "প্রকাশ: ০৫ নভেম্বর ২০২৫, ১৮: ৪২", *BENGALI))
    assert (clip.title, clip.date) == (headline, "2025-11-05")
