"""The plain-text cleaner choosing between two headlines one over the other: another story's
(a ticker's, a "latest" box's) over the article's, or the article's over its deck, a second
headline shorter than the first; and never taking a subheading of the text, or a box's label,
for the headline.  Each test is one small synthetic page, as a browser's "save as text" prints
it: the header's lines one under the other, the paragraphs apart."""

from __future__ import annotations

import textwrap

from pages import KOREAN, PROSE, page

from clipper.clean.text import clean_text
from clipper.models import Clipping

# Paragraphs of an article on a port's record cargo.
PORT = [
    "The port of Kisumu handled a record 120,000 tonnes of cargo in September, the ports "
    "authority said on Monday, as fuel shipments to Uganda across Lake Victoria surged.",
    "Officials said the rise followed the repair of two tankers and the reopening of the "
    "oil jetty, which had been closed for maintenance for most of last year.",
    "Traders in the lakeside city welcomed the figures, saying the growing cargo traffic had "
    "brought new jobs for dock workers, truck drivers and clearing agents.",
    "The authority expects volumes to rise further next year once a new ship built in Kisumu "
    "enters service on the route to Port Bell.",
]

# Paragraphs of an article on wheat exports, in Russian.
WHEAT = [
    "Экспорт пшеницы из России в октябре сократился примерно на 20% в годовом выражении, до 4,6 "
    "млн тонн, следует из оценок аналитиков отраслевых агентств.",
    "Причиной стали низкие мировые цены и нежелание аграриев продавать зерно по текущим ценам, "
    "отмечают участники рынка и трейдеры в портах юга страны.",
    "Участники рынка ожидают, что отгрузки восстановятся не раньше декабря, когда крупные "
    "хозяйства начнут продавать запасы, накопленные после уборки.",
]


def clean(header: list[str], paragraphs: list[str]) -> Clipping:
    """The clipping of a page: its header's lines one under the other, then the paragraphs."""
    return clean_text(page("\n".join(header), *paragraphs))


def test_another_storys_headline_over_the_articles_is_not_the_title() -> None:
    # The last of the menu's links is a ticker's headline; a section's name, then the headline,
    # its photo, its writers, its date, and a box of the story's points (its label ending in
    # its colon: no headline either).
    headline = "Kisumu port handles record cargo as Uganda fuel shipments surge"
    clip = clean(
        ["Counties", "Business", "Sports", "Opinion", "Obituaries",
         "Shilling gains against dollar for fifth week", "Kisumu", headline,
         "The MV Uhuru II docks at Kisumu Port in this photo taken on October 20, 2025.",
         "Photo credit: Ondari Ogega | Nation Media Group", "Business",
         "Elvis Omondi  &  Shaban Wekesa", "Nation Media Group", "Tuesday, October 28, 2025",
         "What you need to know:",
         "Cargo through the port rose by a third in a year, to a record 120,000 tonnes.",
         "Most of the growth came from fuel shipped across Lake Victoria to Port Bell.",
         *PORT[:2]],
        PORT[2:],
    )  # fmt: skip
    assert clip.title == headline


def test_a_shorter_deck_under_the_headline_is_not_the_title() -> None:
    headline = "Экспорт пшеницы из России в октябре упал на пятую часть"
    clip = clean(
        ["Экономика", "Бизнес", "Агропром", headline,
         "Аграрии придерживают урожай в ожидании роста цен", "04.11.2025, 22:00",
         "обновлено 05.11.2025, 08:15", "Поделиться"],
        WHEAT,
    )  # fmt: skip
    assert clip.title == headline


def test_a_korean_headline_over_its_deck_and_its_writers_is_the_title() -> None:
    # The writers' lines part the deck from the dateline.
    headline = "시의회, 시내버스 노선 4개 증설…가을부터 운행"
    clip = clean(
        ["사회", "교통", headline, "북부 주민 숙원 풀려", "김민지 기자", "박준혁 기자",
         "수정 2025-11-05 14:07", "등록 2025-11-05 11:24", "공유하기"],
        KOREAN,
    )  # fmt: skip
    assert clip.title == headline


def test_a_shouted_subheading_in_the_text_is_never_the_headline() -> None:
    headline = "Ekim ayı enflasyon rakamları açıklandı: Yıllık enflasyon yüzde 32,8'e geriledi"
    header = [
        "Ana Sayfa", "Ekonomi", headline,
        "Türkiye İstatistik Kurumu ekim ayı enflasyon verilerini açıkladı. Fiyatlar aylık "
        "bazda yüzde 2,4 arttı.",
        "Zeynep Aktaş - Ekonomi Servisi", "Giriş Tarihi: 03.11.2025 - 10:04",
        "Güncelleme Tarihi: 03.11.2025 - 11:37", "Google News'te Takip Et", "Paylaş",
    ]  # fmt: skip
    text = [
        "Türkiye İstatistik Kurumu (TÜİK), ekim ayına ilişkin tüketici fiyat endeksi verilerini "
        "açıkladı.",
        "Buna göre fiyatlar ekim ayında aylık bazda yüzde 2,4, yıllık bazda ise yüzde 32,8 arttı.",
        "Eylül ayında yıllık enflasyon yüzde 33,3 olarak açıklanmıştı.",
        "Haberin Devamı",
        "Ekonomistlerin beklentisi ekimde aylık enflasyonun yüzde 2,6 olacağı yönündeydi. "
        "Açıklanan veri, beklentilerin bir miktar altında kaldı.",
        "EN FAZLA ARTIŞ KONUTTA",
        "Ana harcama grupları itibarıyla yıllık en yüksek artış yüzde 68,4 ile konut grubunda "
        "gerçekleşti.",
        "Konutu yüzde 51,2 ile eğitim, yüzde 38,7 ile lokanta ve oteller izledi.",
        "Gıda ve alkolsüz içecekler grubunda yıllık artış yüzde 29,1 oldu.",
        "Haberin Devamı",
    ]
    tail = [
        "Ekonomistler, kasım ve aralık verilerinin de beklentiler doğrultusunda gelmesi "
        "halinde yıllık enflasyonun yıl sonunda yüzde 31 civarında olacağını hesaplıyor.",
    ]
    clip = clean(header + text, tail)
    assert clip.title == headline
    assert clip.body.startswith("Türkiye İstatistik Kurumu (TÜİK)")


def test_a_headline_wrapped_apart_in_a_dump_that_sets_its_lines_apart_is_the_whole_title() -> None:
    # Every line of the header a block of its own, the text wrapped at 78 columns: the wrapper
    # broke the headline where its next word would not have fitted.
    first = "Kisumu port handles a record volume of cargo as Uganda fuel shipments surge"
    rest = "again"
    assert len(first) + 1 + len(rest) > 77
    wrapped = [textwrap.fill(p, 78) for p in PORT]
    clip = clean_text(
        page("Business", "Kisumu", first, rest, "By Elvis Omondi",
             "Posted: Oct 28, 2025 4:00 AM EAT", *wrapped)
    )  # fmt: skip
    assert (clip.title, clip.body.split("\n\n")[0]) == (f"{first} {rest}", PORT[0])


def test_a_line_that_would_have_fitted_on_the_headlines_is_not_its_end() -> None:
    # The same page, the headline shorter: a wrapper would have put "again" on its line.
    first = "Kisumu port handles record cargo as Uganda fuel shipments surge"
    wrapped = [textwrap.fill(p, 78) for p in PORT]
    clip = clean_text(
        page("Business", "Kisumu", first, "again", "By Elvis Omondi",
             "Posted: Oct 28, 2025 4:00 AM EAT", *wrapped)
    )  # fmt: skip
    assert clip.title == first


def test_a_headline_on_two_lines_that_the_pages_title_holds_whole_is_the_whole_title() -> None:
    # The page's title at the top of the dump, the headline set on two lines under the menu.
    first = "Kisumu port handles record cargo as"
    rest = "Uganda fuel shipments surge"
    clip = clean(
        [f"{first} {rest}", "Skip to content", "Home", "Business", "Kisumu", first, rest,
         "PTI", "Last Updated : 28 October 2025, 14:22 IST"],
        PORT,
    )  # fmt: skip
    assert (clip.title, clip.body.split("\n\n")[0]) == (f"{first} {rest}", PORT[0])


def test_a_headline_on_two_lines_that_the_printed_pages_header_holds_is_the_whole_title() -> None:
    # A printed page: the time it was printed, then the page's title, on the first line.
    first = "Kisumu port handles record cargo as"
    rest = "Uganda fuel shipments surge"
    clip = clean(
        [f"10/28/25, 7:02 AM    {first} {rest}", "Skip to content", "Subscribe", "Log in",
         "Business", first, rest, "By Elvis Omondi", "October 28, 2025 at 6:45AM"],
        PORT,
    )  # fmt: skip
    assert (clip.title, clip.body.split("\n\n")[0]) == (f"{first} {rest}", PORT[0])


def test_a_headline_over_a_standfirst_of_sentences_and_the_agencys_header_is_the_title() -> None:
    # The standfirst, two sentences, parts the headline from the desk, the place and the date.
    headline = "Morto a Ferrara Luigi Bassani, il trombettista che portò lo swing nelle balere"
    standfirst = (
        "Aveva 91 anni. Per oltre quarant'anni ha suonato ogni sabato al Caffè Centrale. "
        'Il sindaco: "La città perde una sua voce"'
    )
    italian = [
        "(AGI) - FERRARA, 5 NOV - È morto nella notte a Ferrara, all'età di 91 anni, Luigi "
        "Bassani, trombettista e figura storica dello swing cittadino, per decenni sul palco.",
        "Nato nel 1934, aveva cominciato a suonare nella banda del paese e negli anni Sessanta "
        "aveva fondato un'orchestra che riempiva le balere di tutta la provincia ogni sabato.",
        "Il sindaco ha annunciato che la camera ardente sarà allestita in municipio e che la "
        "città gli dedicherà un concerto in piazza la prossima primavera.",
    ]
    clip = clean(
        ["Ferrara", "Ravenna", "Rimini",
         "Maltempo, allerta arancione sul Delta del Po fino a domani", "Cultura", headline,
         standfirst, "Redazione AGI", "FERRARA", "05 novembre 2025", "12:41", "Condividi"],
        italian,
    )  # fmt: skip
    assert clip.title == headline


def test_a_headline_worded_apart_from_the_text_over_its_long_standfirst_is_the_title() -> None:
    # A feature's headline shares no word with the text; its standfirst, without a full stop,
    # shares many: a standfirst still, being twice as long.
    headline = "The lake comes back to life"
    standfirst = (
        "The port of Kisumu handled a record volume of cargo this year as fuel shipments to "
        "Uganda surged"
    )
    clip = clean(
        ["Business", "Features", headline, standfirst, "By Elvis Omondi",
         "Tue Oct 28 2025 - 05:45"],
        PORT,
    )  # fmt: skip
    assert clip.title == headline


def test_a_long_headline_under_its_kicker_and_the_sites_motto_is_the_title() -> None:
    # The site's welcome, the day, its motto, the section's kicker (a name, by its shape),
    # then the headline, much longer than the motto.
    headline = (
        "Port of Kisumu handles record cargo volume as fuel shipments to Uganda surge across "
        "Lake Victoria"
    )
    clip = clean(
        ["Welcome to Lakeside Daily", "Mon, 27 Oct 2025", "News for People who Care",
         "Power Brokers", headline,
         "Elvis Omondi", "Tue, 28 Oct 2025 05:45 UTC"],
        PORT,
    )  # fmt: skip
    assert clip.title == headline


def test_a_headline_under_section_labels_under_the_dateline_is_the_title() -> None:
    # Another story's headline, with no label, over the dateline; the section's labels and the
    # headline under them: the labels sign no header, nor push the dateline out of its reach.
    headline = "Scientists find a way to make lithium batteries last longer in the frost"
    header = ["Home", "Russia", "World", "Economy", "Science and technology", "Culture",
              "Sport", "All news", "Central bank raises the official dollar rate for the weekend",
              "14:52, 21 November 2025", "Science and technology", "Science", headline,
              "Anna Kovaleva", "Photo: Pixabay"]  # fmt: skip
    clip = clean_text(page("\n".join(header), *PROSE))
    assert (clip.title, clip.date) == (headline, "2025-11-21")
    assert clip.body.startswith(PROSE[0])


def test_a_short_headline_the_page_broke_in_a_wrapped_dump_is_the_whole_title() -> None:
    # The whole dump wrapped at 74 columns, no blank lines; the page's own line break (big
    # type) splits a headline far shorter than the wrapper's width: its end starts in lower
    # case, the writer and the dateline under it.
    first = "Kisumu port handles record cargo as Uganda"
    rest = "fuel shipments surge"
    text = "\n".join(
        ["Business", "Opinion", "Latest: Shilling gains against dollar for fifth week",
         "Business", first, rest, "Elvis Omondi", "28 October 2025 | 08:30", "Share",
         *[textwrap.fill(p, 74) for p in PORT]]
    )  # fmt: skip
    clip = clean_text(text)
    assert (clip.title, clip.body.split("\n\n")[0]) == (f"{first} {rest}", PORT[0])
