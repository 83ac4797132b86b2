"""The text cleaner's date in more languages, scripts, calendars and layouts: month names in
the genitive, Arabic-Indic and Persian digits, the Solar Hijri and Buddhist calendars, stamps
glued to their labels, a date printed only under the article, "Updated" before "Published"."""

from __future__ import annotations

import pytest
from pages import CHINESE, JAPANESE, KOREAN, PROSE, page
from translations import POLISH_BUSES, RUSSIAN_BRIDGE, THAI_BRIDGE

from clipper.clean.text import clean_text

UKRAINIAN = [
    "Міська рада у вівторок ухвалила рішення про будівництво нового мосту через річку, "
    "поклавши край суперечкам, які тривали понад десять років.",
    "Прихильники проєкту кажуть, що міст скоротить час поїздок для тисяч мешканців лівого "
    "берега, а противники попереджають про надто високу вартість робіт.",
    "Фінансисти міста повідомили депутатам, що більшу частину коштів планують залучити "
    "через облігації, а решту покриє державний бюджет.",
]
SERBIAN = [
    "Градско веће је у уторак одобрило изградњу новог моста преко реке, чиме је окончана "
    "расправа о цени и траси која је трајала више од десет година.",
    "Присталице кажу да ће мост скратити време путовања за хиљаде становника источне обале, "
    "док противници упозоравају да предложени буџет није реалан.",
    "Градски финансијски службеници рекли су већницима да ће град већину новца позајмити "
    "путем обвезница, а да ће држава покрити око трећине трошкова.",
]
BULGARIAN = [
    "Общинският съвет одобри във вторник строежа на нов мост над реката, с което сложи край "
    "на спора за цената и трасето, продължил повече от десет години.",
    "Привържениците казват, че мостът ще съкрати времето за пътуване на хиляди жители на "
    "източния бряг, а противниците предупреждават, че бюджетът не е реалистичен.",
    "Финансистите на общината съобщиха на съветниците, че по-голямата част от парите ще бъде "
    "заета чрез облигации, а държавата ще покрие около една трета от разходите.",
]
ARABIC = [
    "وافق مجلس المدينة يوم الثلاثاء على بناء جسر جديد فوق النهر، منهيا بذلك جدلا استمر أكثر "
    "من عشر سنوات حول التكلفة والمسار.",
    "ويقول المؤيدون إن الجسر سيختصر وقت التنقل لآلاف السكان في الضفة الشرقية، بينما يحذر "
    "المعارضون من أن الميزانية المقترحة غير واقعية.",
    "وأبلغ المسؤولون الماليون المجلس أن المدينة ستقترض معظم الأموال عبر سندات بلدية، على أن "
    "تغطي الحكومة نحو ثلث التكلفة الإجمالية للمشروع.",
]
PERSIAN = [
    "شورای شهر روز سه‌شنبه با ساخت پل تازه‌ای بر روی رودخانه موافقت کرد و به بحثی که بیش از "
    "ده سال بر سر هزینه و مسیر آن ادامه داشت پایان داد.",
    "موافقان می‌گویند این پل زمان رفت‌وآمد هزاران نفر از ساکنان بخش شرقی را کوتاه می‌کند، اما "
    "مخالفان هشدار می‌دهند که بودجه پیشنهادی واقع‌بینانه نیست.",
    "مسئولان مالی به شورا گفتند که شهر بیشتر این پول را از راه اوراق مشارکت تامین می‌کند و "
    "دولت حدود یک سوم هزینه را می‌پردازد.",
]
VIETNAMESE = [
    "Hội đồng thành phố hôm thứ Ba đã thông qua việc xây dựng một cây cầu mới bắc qua sông, "
    "chấm dứt cuộc tranh luận kéo dài hơn mười năm về chi phí và tuyến đường.",
    "Những người ủng hộ cho rằng cây cầu sẽ rút ngắn thời gian đi lại của hàng nghìn cư dân ở "
    "bờ đông, trong khi những người phản đối cảnh báo rằng ngân sách là không thực tế.",
    "Các quan chức tài chính cho biết thành phố sẽ vay phần lớn số tiền thông qua trái phiếu, "
    "còn chính phủ sẽ chi trả khoảng một phần ba tổng chi phí của dự án.",
]
INDONESIAN = [
    "Dewan kota pada hari Selasa menyetujui pembangunan jembatan baru di atas sungai, "
    "mengakhiri perdebatan yang telah berlangsung lebih dari sepuluh tahun.",
    "Para pendukung mengatakan jembatan itu akan mempersingkat waktu perjalanan ribuan warga "
    "di tepi timur, sementara para penentang memperingatkan bahwa anggarannya tidak realistis.",
    "Pejabat keuangan mengatakan kepada dewan bahwa kota akan meminjam sebagian besar dana "
    "melalui obligasi, dan pemerintah pusat akan menanggung sekitar sepertiga biayanya.",
]
TURKISH = [
    "Belediye meclisi salı günü nehrin üzerine yeni bir köprü yapılmasını onayladı ve on "
    "yıldan uzun süren maliyet ve güzergah tartışmasına son verdi.",
    "Destekçiler köprünün doğu yakasında yaşayan binlerce kişinin yolculuk süresini "
    "kısaltacağını söylerken, karşı çıkanlar bütçenin gerçekçi olmadığı uyarısında bulundu.",
    "Mali işler yetkilileri meclise, paranın büyük bölümünün belediye tahvilleriyle "
    "borçlanılacağını ve devletin toplam maliyetin üçte birini karşılayacağını söyledi.",
]
GREEK = [
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή μιας νέας γέφυρας πάνω από τον "
    "ποταμό, βάζοντας τέλος σε μια διαμάχη που κράτησε πάνω από δέκα χρόνια.",
    "Οι υποστηρικτές λένε ότι η γέφυρα θα μειώσει τον χρόνο μετακίνησης για χιλιάδες "
    "κατοίκους της ανατολικής όχθης, ενώ οι επικριτές προειδοποιούν ότι ο προϋπολογισμός δεν "
    "είναι ρεαλιστικός.",
    "Οι οικονομικές υπηρεσίες ενημέρωσαν το συμβούλιο ότι η πόλη θα δανειστεί το μεγαλύτερο "
    "μέρος των χρημάτων μέσω ομολόγων και το κράτος θα καλύψει περίπου το ένα τρίτο του κόστους.",
]
HEBREW = [
    "מועצת העיר אישרה ביום שלישי את בנייתו של גשר חדש מעל הנהר, ובכך שמה קץ לוויכוח שנמשך "
    "יותר מעשר שנים על העלות ועל התוואי.",
    "התומכים אומרים כי הגשר יקצר את זמן הנסיעה לאלפי תושבים בגדה המזרחית, ואילו המתנגדים "
    "מזהירים כי התקציב המוצע אינו מציאותי.",
    "גורמי הכספים בעירייה מסרו למועצה כי רוב הכסף יגויס באמצעות אגרות חוב, והמדינה תממן כשליש "
    "מהעלות הכוללת של הפרויקט.",
]
DANISH = [
    "Byrådet vedtog tirsdag aften at bygge en ny bro over havnen, og dermed sluttede en debat "
    "om pris og placering, der har varet i mere end ti år.",
    "Tilhængerne siger, at broen vil gøre transporttiden kortere for tusindvis af borgere på "
    "østsiden, mens modstanderne advarer om, at budgettet er urealistisk.",
    "Kommunens økonomer fortalte byrådet, at det meste af pengene vil blive lånt gennem "
    "obligationer, og at staten dækker omkring en tredjedel af udgiften.",
    "Borgmesteren kaldte beslutningen historisk og sagde, at arbejdet efter planen kan gå i gang "
    "allerede til efteråret, hvis de sidste tilladelser kommer på plads i tide.",
    "Oppositionen vil nu bede om en uafhængig gennemgang af budgettet, før de første kontrakter "
    "bliver underskrevet, og kræver, at borgerne bliver hørt igen.",
    "Ifølge forvaltningen skal broen stå færdig om fire år, og i byggeperioden vil der blive "
    "sat ekstra færger ind for at mindske generne for pendlerne.",
]
ENGLISH = [
    *PROSE,
    "The foreign ministers of both countries are expected to meet in the spring to prepare the "
    "talks, and officials said a joint statement could follow that meeting.",
    "Opposition politicians in both capitals said they would watch the talks closely and "
    "warned against concessions on fishing rights or on the disputed islands.",
    "Trade between the two countries fell by almost a fifth during the dispute, according to "
    "figures published by both governments last year.",
]
GERMAN = [
    "Der Stadtrat hat am Dienstag stundenlang über den Ausbau der Radwege in der Innenstadt "
    "gestritten, und die Opposition warnte vor hohen Kosten für die Anwohner.",
    "Die Stadt habe sich verpflichtet, den Anteil des Radverkehrs bis zum Ende des Jahrzehnts "
    "deutlich zu erhöhen, und dafür brauche es sichere und breite Wege.",
    "Eine Entscheidung soll nach der Sommerpause fallen, nachdem die Verwaltung die Kosten der "
    "einzelnen Vorschläge noch einmal genau geprüft hat.",
    "Die Bürgermeisterin nannte den Streit bedauerlich, zeigte sich aber zuversichtlich, dass "
    "noch vor dem Winter eine Mehrheit für die wichtigsten Strecken gefunden werde.",
    "Anwohner der betroffenen Straßen hatten zuvor mehr als dreitausend Unterschriften gegen "
    "den Wegfall von Parkplätzen gesammelt und dem Rat übergeben.",
    "Der Fahrradclub begrüßte die Pläne dagegen ausdrücklich und forderte, die ersten Abschnitte "
    "schon im kommenden Frühjahr zu bauen, statt weitere Gutachten abzuwarten.",
]


def dated(menu: list[str], headline: str, stamp: str, prose: list[str]) -> str:
    """A news page's dump: its menu, the headline, its date stamp, the article."""
    return page(*menu, headline, stamp, *prose)


@pytest.mark.parametrize(
    ("menu", "headline", "stamp", "prose", "date"),
    [
        (["Головна", "Новини", "Політика"], "Міська рада ухвалила будівництво нового мосту",
         "21 лютого 2025, 14:30", UKRAINIAN, "2025-02-21"),
        (["Головна", "Новини", "Політика"], "Міська рада ухвалила будівництво нового мосту",
         "Опубліковано 21.02.2025", UKRAINIAN, "2025-02-21"),
        (["Главная", "Новости", "Политика"], "Городской совет одобрил строительство моста",
         "21 февраля 2025 г., 14:30", RUSSIAN_BRIDGE, "2025-02-21"),
        (["Главная", "Новости", "Политика"], "Городской совет одобрил строительство моста",
         "Опубликовано: 21.02.2025 14:30", RUSSIAN_BRIDGE, "2025-02-21"),
        (["Почетна", "Вести", "Политика"], "Градско веће одобрило изградњу новог моста",
         "21. фебруар 2025. 14:30", SERBIAN, "2025-02-21"),
        (["Начало", "Новини", "Политика"], "Общинският съвет одобри строежа на нов мост",
         "21 февруари 2025, 14:30", BULGARIAN, "2025-02-21"),
    ],
)  # fmt: skip
def test_cyrillic_month_names_in_the_genitive_and_published_stamps(
    menu: list[str], headline: str, stamp: str, prose: list[str], date: str
) -> None:
    clip = clean_text(dated(menu, headline, stamp, prose))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("21 فبراير 2025", "2025-02-21"),
        ("نشر في: ٢١ فبراير ٢٠٢٥ - ١٤:٣٠", "2025-02-21"),
        ("تاريخ النشر: 21 شباط/فبراير 2025", "2025-02-21"),
        ("الجمعة 21 شباط 2025", "2025-02-21"),
        ("تاريخ النشر: ٢١/٠٢/٢٠٢٥", "2025-02-21"),
        ("آخر تحديث: 22 فبراير 2025 - نشر في: 21 فبراير 2025", "2025-02-21"),
    ],
)
def test_arabic_month_names_and_arabic_indic_digits(stamp: str, date: str) -> None:
    headline = "مجلس المدينة يوافق على بناء جسر جديد فوق النهر"
    clip = clean_text(dated(["الرئيسية", "أخبار", "سياسة"], headline, stamp, ARABIC))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("۳ اسفند ۱۴۰۳", "2025-02-21"),  # the Solar Hijri calendar, in Persian digits
        ("تاریخ انتشار: ۱۴۰۳/۱۲/۰۳ - ۱۴:۳۰", "2025-02-21"),
        ("جمعه ۳ اسفند ۱۴۰۳ - ۱۴:۳۰", "2025-02-21"),
        ("۱ فروردین ۱۴۰۴", "2025-03-21"),  # Nowruz
        ("۲۱ فوریه ۲۰۲۵", "2025-02-21"),  # the Gregorian calendar's months, in Persian
    ],
)
def test_persian_dates_are_converted_from_the_solar_hijri_calendar(stamp: str, date: str) -> None:
    headline = "موافقت شورای شهر با ساخت پل تازه بر روی رودخانه"
    clip = clean_text(dated(["صفحه اصلی", "اخبار", "سیاست"], headline, stamp, PERSIAN))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("21 กุมภาพันธ์ 2568", "2025-02-21"),  # the Buddhist era's year
        ("วันศุกร์ที่ 21 กุมภาพันธ์ พ.ศ. 2568 เวลา 14:03 น.", "2025-02-21"),
        ("21 ก.พ. 2568 14:03 น.", "2025-02-21"),
        ("21 ก.พ. 2025", "2025-02-21"),  # some sites print the Gregorian year
        ("21 ก.พ. 68 14:03 น.", "2025-02-21"),  # the Buddhist year's last two digits
    ],
)
def test_thai_month_names_and_the_buddhist_year(stamp: str, date: str) -> None:
    headline = "สภาเมืองอนุมัติสร้างสะพานใหม่ข้ามแม่น้ำ"
    clip = clean_text(dated(["หน้าแรก", "ข่าว", "การเมือง"], headline, stamp, THAI_BRIDGE))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("headline", "stamp", "prose", "date"),
    [
        ("시의회, 버스 노선 4개 신설 계획 통과", "송고2025-02-21 14:03", KOREAN, "2025-02-21"),
        ("시의회, 버스 노선 4개 신설 계획 통과", "입력 2025.02.21. 오후 2:03", KOREAN,
         "2025-02-21"),
        ("시의회, 버스 노선 4개 신설 계획 통과", "기사입력 2025.02.21 14:03", KOREAN,
         "2025-02-21"),
        ("시의회, 버스 노선 4개 신설 계획 통과",
         "입력 2025.02.20. 오전 9:10  수정 2025.02.21. 오후 2:03", KOREAN, "2025-02-20"),
        ("市議会、バス路線の拡充計画を可決", "2025年2月21日 14時03分", JAPANESE,
         "2025-02-21"),
        ("两国同意恢复贸易与安全会谈", "發布時間：2025/02/21 14:03", CHINESE, "2025-02-21"),
        ("两国同意恢复贸易与安全会谈", "更新時間：2025/02/22 09:00　發佈時間：2025/02/21 14:03",
         CHINESE, "2025-02-21"),
        ("两国同意恢复贸易与安全会谈", "发布时间：2025-02-21 14:03 来源：新华社", CHINESE,
         "2025-02-21"),
    ],
)  # fmt: skip
def test_korean_chinese_and_japanese_stamps(
    headline: str, stamp: str, prose: list[str], date: str
) -> None:
    clip = clean_text(dated(["홈", "뉴스"] if prose is KOREAN else ["首页", "新闻"], headline,
                            stamp, prose))  # fmt: skip
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("menu", "headline", "stamp", "prose", "date"),
    [
        (["Trang chủ", "Thời sự"], "Hà Nội thông qua dự án xây cầu mới qua sông",
         "Thứ sáu, 21/2/2025, 14:03 (GMT+7)", VIETNAMESE, "2025-02-21"),
        (["Trang chủ", "Thời sự"], "Hà Nội thông qua dự án xây cầu mới qua sông",
         "Ngày 21 tháng 2 năm 2025", VIETNAMESE, "2025-02-21"),
        (["Beranda", "Berita"], "Dewan kota setujui pembangunan jembatan baru",
         "Jumat, 21 Feb 2025 14:03 WIB", INDONESIAN, "2025-02-21"),
        (["Beranda", "Berita"], "Dewan kota setujui pembangunan jembatan baru",
         "Jumat, 21 Agustus 2025 14:03 WIB", INDONESIAN, "2025-08-21"),
        (["Anasayfa", "Gündem"], "Belediye meclisi yeni köprüyü onayladı",
         "21 Şubat 2025, 14:03", TURKISH, "2025-02-21"),
        (["Anasayfa", "Gündem"], "Belediye meclisi yeni köprüyü onayladı",
         "Yayınlanma: 21.02.2025 14:03", TURKISH, "2025-02-21"),
        (["Αρχική", "Ειδήσεις"], "Εγκρίθηκε η κατασκευή νέας γέφυρας στον ποταμό",
         "21 Φεβρουαρίου 2025, 14:03", GREEK, "2025-02-21"),
        (["Αρχική", "Ειδήσεις"], "Εγκρίθηκε η κατασκευή νέας γέφυρας στον ποταμό",
         "Παρασκευή, 21 Φεβρουαρίου 2025", GREEK, "2025-02-21"),
        (["Αρχική", "Ειδήσεις"], "Εγκρίθηκε η κατασκευή νέας γέφυρας στον ποταμό",
         "ΠΑΡΑΣΚΕΥΗ 21 ΦΕΒΡΟΥΑΡΙΟΥ 2025", GREEK, "2025-02-21"),
        (["Αρχική", "Ειδήσεις"], "Εγκρίθηκε η κατασκευή νέας γέφυρας στον ποταμό",
         "21 Φεβ 2025 - 14:03", GREEK, "2025-02-21"),
        (["Anasayfa", "Gündem"], "Belediye meclisi yeni köprüyü onayladı",
         "Güncelleme: 22 Şub 2025 10:00 - Yayınlanma: 21 Şub 2025 14:03", TURKISH,
         "2025-02-21"),
        (["ראשי", "חדשות"], "מועצת העיר אישרה בניית גשר חדש מעל הנהר",
         "21 בפברואר 2025, 14:03", HEBREW, "2025-02-21"),
        (["ראשי", "חדשות"], "מועצת העיר אישרה בניית גשר חדש מעל הנהר",
         "פורסם: 21.02.25, 14:03", HEBREW, "2025-02-21"),
    ],
)  # fmt: skip
def test_month_names_and_stamps_of_more_languages(
    menu: list[str], headline: str, stamp: str, prose: list[str], date: str
) -> None:
    clip = clean_text(dated(menu, headline, stamp, prose))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("headline", "after", "prose", "date"),
    [
        ("Byrådet vedtager ny bro over havnen", "Publiceret 21. februar 2025", DANISH,
         "2025-02-21"),
        ("Byrådet vedtager ny bro over havnen", "Publiceret 21. februar 2025 kl. 14.03", DANISH,
         "2025-02-21"),
        ("Stadtrat streitet über neue Radwege", "Stand: 21.02.2025, 14:03 Uhr", GERMAN,
         "2025-02-21"),
        ("Leaders agree to resume talks", "Published 21 February 2025", ENGLISH,
         "2025-02-21"),
    ],
)  # fmt: skip
def test_a_date_printed_only_under_the_article_is_its_date(
    headline: str, after: str, prose: list[str], date: str
) -> None:
    footer = ["Del artiklen", "Facebook", "Twitter", "Kontakt", "Om os"]
    clip = clean_text(page("Forside", "Nyheder", headline, *prose, after, *footer))
    assert (clip.title, clip.date) == (headline, date)
    assert after not in clip.body


def test_a_date_under_the_article_does_not_beat_the_one_by_the_headline() -> None:
    text = page("Forside", "Byrådet vedtager ny bro over havnen", "20. februar 2025", *DANISH,
                "Opdateret 21. februar 2025", "Del artiklen")  # fmt: skip
    assert clean_text(text).date == "2025-02-20"


def test_a_comments_date_under_the_article_is_not_its_date() -> None:
    text = page("Home", "News", "Leaders agree to resume talks", *ENGLISH,
                "Comments", "Posted by jim_k on 21 February 2025", "Great article!")  # fmt: skip
    assert clean_text(text).date is None


def test_a_teasers_date_under_the_article_is_not_its_date() -> None:
    # Under the article, a list of other stories and their dates: no stamp of this one.
    text = page("Forside", "Byrådet vedtager ny bro over havnen", *DANISH, "Læs også",
                "Ny skole åbner i Aarhus", "21. februar 2025", "Del artiklen")  # fmt: skip
    assert clean_text(text).date is None


@pytest.mark.parametrize(
    ("stamps", "date"),
    [
        (["Updated 21 Feb 2025 - Published 20 Feb 2025"], "2025-02-20"),
        (["Updated 21 Feb 2025", "Published 20 Feb 2025"], "2025-02-20"),
        (["Opdateret 21. februar 2025 kl. 10.00", "Publiceret 20. februar 2025 kl. 14.03"],
         "2025-02-20"),
        (["Opdateret 21. februar 2025 - Publiceret 20. februar 2025"], "2025-02-20"),
        (["Aktualisiert am 21.02.2025", "Veröffentlicht am 20.02.2025"], "2025-02-20"),
        (["Обновлено 21.02.2025", "Опубликовано 20.02.2025"], "2025-02-20"),
    ],
)  # fmt: skip
def test_the_publication_date_wins_over_the_update(stamps: list[str], date: str) -> None:
    prose = PROSE if stamps[0].startswith("Updated") else DANISH
    if "Aktualisiert" in stamps[0]:
        prose = GERMAN
    elif "Обновлено" in stamps[0]:
        prose = RUSSIAN_BRIDGE
    text = page("Home", "News", "Leaders agree to resume talks", *stamps, *prose)
    assert clean_text(text).date == date


@pytest.mark.parametrize(
    "header",
    [
        "24.02.25, 10:33",  # a German browser's print header, alone at the top
        "24.02.25, 10:33 Stadtrat streitet über neue Radwege",  # with the page's title
    ],
)
def test_a_print_header_with_dots_is_no_date(header: str) -> None:
    headline = "Stadtrat streitet über neue Radwege"
    clip = clean_text(page(header, "Die Zeitung", headline, *GERMAN))
    assert (clip.title, clip.date) == (headline, None)


@pytest.mark.parametrize(
    ("menu", "headline", "stamp", "prose"),
    [
        (["Главная", "Срочно: Пожар на складе в порту потушен — 20 февраля 2025"],
         "Городской совет одобрил строительство моста", "21 февраля 2025, 14:30", RUSSIAN_BRIDGE),
        (["الرئيسية", "عاجل: حريق في مستودع بالميناء - 20 فبراير 2025"],
         "مجلس المدينة يوافق على بناء جسر جديد فوق النهر", "نشر في: 21 فبراير 2025", ARABIC),
        (["2025.02.24 (월)", "홈", "뉴스"], "시의회, 버스 노선 4개 신설 계획 통과",
         "입력 2025.02.21. 오후 2:03", KOREAN),
    ],
)  # fmt: skip
def test_a_tickers_or_todays_date_above_does_not_beat_the_dateline(
    menu: list[str], headline: str, stamp: str, prose: list[str]
) -> None:
    clip = clean_text(dated(menu, headline, stamp, prose))
    assert (clip.title, clip.date) == (headline, "2025-02-21")


CZECH = [
    "Husté sněžení a náledí ve čtvrtek ochromily provoz na dálnici mezi Prahou a Brnem, kde "
    "řidiči v koloně stáli přes šest hodin.",
    "Hasiči na místo vyslali několik jednotek a lidem v autech rozdávali teplý čaj a deky, "
    "zatímco technika odtahovala kamiony ze stoupání.",
    "Provoz se podařilo obnovit až krátce před sedmou večer, ale kolona se ještě dlouho "
    "pohybovala jen krokem.",
]


@pytest.mark.parametrize(
    ("stamps", "date"),
    [
        (["9. 1. 2025 18:32", "Aktualizováno 9. 1. 2025 21:05"], "2025-01-09"),
        (["Autor: Tereza Křížková", "12. 3. 2025"], "2025-03-12"),
    ],
)  # fmt: skip
def test_a_czech_dateline_with_spaces_after_its_dots_reads_day_first(
    stamps: list[str], date: str
) -> None:
    # "9. 1. 2025" is 9 January, as Czech and Slovak pages write it; read by dateparser as
    # the month first, it was 1 September.
    headline = "Kalamita na dálnici: kamiony zablokovaly provoz, řidiči stáli přes šest hodin"
    clip = clean_text(page("Zprávy", "Domácí", headline, *stamps, *CZECH))
    assert (clip.title, clip.date) == (headline, date)


def test_an_indian_dateline_without_a_space_after_the_comma_is_read() -> None:
    # "04 March,2025": the year glued to the comma, as some Indian pages print it.
    headline = "Western Railway to add 12 new AC local services from Monday"
    stamp = "Updated on: 04 March,2025 07:10 AM IST  |  Mumbai"
    clip = clean_text(page("Home", "Mumbai News", headline, "Rajesh Rao", stamp, *PROSE))
    assert (clip.title, clip.date) == (headline, "2025-03-04")


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [("9/1/2025", "cs", "2025-01-09"), ("9-1-2025", "es", "2025-01-09"),
     ("9/1/2025", "en", "2025-09-01"), ("9/1/2025", None, "2025-09-01")],
)  # fmt: skip
def test_dateparser_reads_a_numeric_date_in_the_pages_order(
    text: str, language: str | None, date: str
) -> None:
    # The fallback for lines our own patterns do not read: dateparser's search reads every
    # numeric date month first, whatever the language it is told.
    from clipper.clean.dates import parse_date_any

    assert parse_date_any(text, language) == date


CROATIAN = [
    "Gradsko vijeće u utorak je odobrilo izgradnju novog mosta preko rijeke, čime je okončana "
    "rasprava o cijeni i trasi koja je trajala više od deset godina.",
    "Pristaše kažu da će most skratiti vrijeme putovanja tisućama stanovnika istočne obale, dok "
    "protivnici upozoravaju da predloženi proračun nije realan.",
    "Gradski financijski službenici rekli su vijećnicima da će grad većinu novca posuditi putem "
    "obveznica, a država će pokriti oko trećine troškova.",
]
SWAHILI = [
    "Baraza la jiji Jumanne liliidhinisha ujenzi wa daraja jipya juu ya mto, na kumaliza mjadala "
    "uliodumu zaidi ya miaka kumi kuhusu gharama na njia yake.",
    "Wafuasi wanasema daraja hilo litapunguza muda wa safari kwa maelfu ya wakazi wa upande wa "
    "mashariki, huku wapinzani wakionya kuwa bajeti hiyo si halisi.",
    "Maofisa wa fedha waliliambia baraza kuwa jiji litakopa sehemu kubwa ya fedha kupitia "
    "hati fungani, na serikali italipa karibu theluthi moja ya gharama.",
]


@pytest.mark.parametrize(
    ("menu", "headline", "stamp", "prose", "date"),
    [
        # Polish "listopada" is November; Croatian, which puts a dot after the day, October.
        (["Strona główna", "Kraj"], "Rada miasta zatwierdziła cztery nowe linie autobusowe",
         "5 listopada 2025 | 06:00", POLISH_BUSES, "2025-11-05"),
        (["Naslovnica", "Vijesti"], "Gradsko vijeće odobrilo izgradnju novog mosta",
         "5. listopada 2025. u 14:30", CROATIAN, "2025-10-05"),
        (["Naslovnica", "Vijesti"], "Gradsko vijeće odobrilo izgradnju novog mosta",
         "Objavljeno: 5. studenoga 2025.", CROATIAN, "2025-11-05"),
        # Serbian months cut short, in Cyrillic.
        (["Почетна", "Вести"], "Градско веће одобрило изградњу новог моста",
         "04. нов 2025, 10:15", SERBIAN, "2025-11-04"),
        # A two-digit year after the time.
        (["Головна", "Новини"], "Міська рада ухвалила будівництво нового мосту",
         "16:20, 04.11.25", UKRAINIAN, "2025-11-04"),
        # Swahili, month first with a comma, as English.
        (["Habari", "Kitaifa"], "Baraza la jiji laidhinisha ujenzi wa daraja jipya",
         "Jumatano, Novemba 05, 2025", SWAHILI, "2025-11-05"),
        (["Habari", "Kitaifa"], "Baraza la jiji laidhinisha ujenzi wa daraja jipya",
         "5 Novemba 2025", SWAHILI, "2025-11-05"),
    ],
)  # fmt: skip
def test_month_names_of_slavic_and_african_languages_and_short_years_after_the_time(
    menu: list[str], headline: str, stamp: str, prose: list[str], date: str
) -> None:
    clip = clean_text(dated(menu, headline, stamp, prose))
    assert (clip.title, clip.date) == (headline, date)


@pytest.mark.parametrize(
    ("stamp", "closing", "date"),
    [
        ("Pune | Updated: October 13, 2025 07:40 IST",
         "First published on: 12-10-2025 at 18:05 IST", "2025-10-12"),
        ("Updated October 13, 2025 at 4:18 PM CDT",
         "Originally Published: October 11, 2025 at 5:00 AM CDT", "2025-10-11"),
        # (a "published" date after the update is no first publication)
        ("Updated: October 13, 2025 07:40 IST", "First published on: 14-10-2025 at 18:05 IST",
         "2025-10-13"),
    ],
)  # fmt: skip
def test_a_first_publication_under_the_article_beats_the_update_by_the_headline(
    stamp: str, closing: str, date: str
) -> None:
    headline = "Western Ghats frogs are breeding weeks later as the monsoon shifts"
    clip = clean_text(page("Home", "India", "Cities", headline, stamp, *ENGLISH, closing, "Tags:"))
    assert (clip.title, clip.date) == (headline, date)


def test_a_note_of_the_first_publication_under_the_article_dates_it_and_is_no_body() -> None:
    headline = "Western Ghats frogs are breeding weeks later as the monsoon shifts"
    note = "This story was originally published November 2, 2025 at 4:12 PM."
    clip = clean_text(
        page("Home", "Local", headline, "Updated November 3, 2025 9:02 AM", *ENGLISH, note, "Tags:")
    )
    assert (clip.title, clip.date) == (headline, "2025-11-02")
    assert note not in clip.body and ENGLISH[-1] in clip.body
