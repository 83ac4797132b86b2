"""The publication a reader cites, as the page shows it: a logo's alt text without its "Logo",
the brand before a publishing company's words, a channel without its medium's word, the
masthead under a skip link in any script, and a masthead the footer names again."""

from __future__ import annotations

from pages import ARABIC, CHINESE, PROSE, page

from clipper.clean.text import clean_text

GERMAN = [
    "Die Bahn sperrt ab Mitte November mehrere Strecken im Norden für Bauarbeiten, wie ein "
    "Sprecher des Unternehmens am Montag in Hamburg mitteilte.",
    "Auf vielen Abschnitten fahren dann nur noch Ersatzbusse, die Fahrzeit verlängert sich "
    "nach Angaben der Bahn um bis zu eine Stunde pro Richtung.",
    "Fahrgastverbände kritisierten die Pläne scharf und forderten eine bessere Abstimmung "
    "der Baustellen, damit Pendler nicht wochenlang im Stau stehen müssen.",
]
SERBIAN = [
    "Влада Србије усвојила је у четвртак предлог закона о буџету за наредну годину, који ће "
    "у наредним данима бити упућен Скупштини на разматрање.",
    "Министар финансија изјавио је да буџет предвиђа повећање плата у јавном сектору и "
    "пензија, као и нова улагања у путну и железничку инфраструктуру.",
    "Опозиција је најавила амандмане и затражила да се више средстава издвоји за здравство "
    "и образовање, пре свега у мањим општинама.",
]
GREEK = [
    "Έκτακτο δελτίο επιδείνωσης του καιρού εξέδωσε την Τρίτη η Εθνική Μετεωρολογική "
    "Υπηρεσία, με ισχυρές βροχές και καταιγίδες σε μεγάλο μέρος της χώρας.",
    "Σύμφωνα με το δελτίο, τα φαινόμενα θα είναι έντονα κυρίως στα δυτικά και στα νότια, "
    "ενώ δεν αποκλείεται να σημειωθούν και χαλαζοπτώσεις τις επόμενες ώρες.",
    "Οι δήμοι της Αττικής ανακοίνωσαν ότι τα σχολεία θα παραμείνουν κλειστά την Τετάρτη, "
    "ενώ η Πολιτική Προστασία κάλεσε τους πολίτες να περιορίσουν τις μετακινήσεις τους.",
]
THAI = [
    "กรุงเทพมหานครเตือนประชาชนใน 12 เขตให้เตรียมรับมือน้ำท่วมขัง หลังกรมอุตุนิยมวิทยาคาดว่าจะมีฝนตกหนัก"
    "ต่อเนื่องไปจนถึงวันศุกร์นี้",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าได้สั่งการให้สำนักการระบายน้ำเตรียมเครื่องสูบน้ำและเจ้าหน้าที่ไว้"
    "ตลอดยี่สิบสี่ชั่วโมงในจุดเสี่ยงทั้งหมด",
    "ประชาชนที่พบปัญหาน้ำท่วมสามารถแจ้งเหตุผ่านสายด่วนของกรุงเทพมหานครได้ตลอดเวลา",
]
HEBREW = [
    "מחקר ישראלי חדש מצא כי שינה של פחות משש שעות בלילה מאיצה את הזדקנות כלי הדם, כך "
    "דיווחו החוקרים בכתב עת רפואי בינלאומי.",
    "החוקרים עקבו במשך עשור אחרי יותר מארבעת אלפים נבדקים, ומצאו סימנים מוקדמים של "
    "התקשחות עורקים אצל מי שישנו פחות.",
    "לדברי ראש צוות המחקר, השינה היא לא מותרות אלא צורך בסיסי של הגוף, ויש להתייחס "
    "אליה ברצינות כמו לתזונה ולפעילות גופנית.",
]
PERSIAN = [
    "شورای شهر تهران روز سه‌شنبه طرح گسترش خطوط اتوبوس را تصویب کرد و قرار است چهار خط "
    "تازه از ماه آینده راه‌اندازی شود.",
    "به گفته مدیرعامل شرکت واحد، این خطوط محله‌های شمالی شهر را به بیمارستان‌ها و "
    "دانشگاه‌ها وصل می‌کنند و هزینه آن از بودجه شهرداری تامین می‌شود.",
    "چند عضو شورا با این طرح مخالفت کردند و گفتند اولویت باید تعمیر خیابان‌ها و "
    "پیاده‌روهای فرسوده باشد.",
]


def dump(top: list[str], headline: str, dateline: str, body: list[str], footer: list[str]) -> str:
    """A page: a skip link and masthead (`top`), menus, the headline, its date line, the
    article, a "most read" box, then `footer`."""
    return page(*top, headline, dateline, *body, *footer)


def test_a_logos_alt_text_names_the_publication_without_its_logo_word() -> None:
    top = ["Zum Inhalt springen", "HAFENBLATT Logo", "Startseite", "News", "Politik", "Sport"]
    footer = [
        "Das Beste von HAFENBLATT",
        "Hafenblatt.de: Nachrichten, Sport, Promis",
        "Ein Angebot von HAFENBLATT",
        "© Harbour Deutschland GmbH. Alle Rechte vorbehalten.",
    ]
    text = dump(top, "Bahn sperrt Strecken im Norden", "03.11.2025 - 14:20 Uhr", GERMAN, footer)
    assert clean_text(text).source == "Hafenblatt"


def test_a_masthead_in_another_script_beats_the_publishing_company_named_in_latin() -> None:
    # "Luka Newspapers and Magazines d.o.o." owns the paper the page prints as "ЛУКА".
    top = ["Пређи на садржај", "ЛУКА", "Латиница", "Ћирилица", "Свет", "Хроника", "Спорт"]
    footer = [
        "Најчитаније",
        "Импресум",
        "Услови коришћења",
        "Copyright © 2025 Luka Newspapers and Magazines d.o.o.",
    ]
    headline = "Влада усвојила предлог буџета за 2026. годину"
    text = dump(top, headline, "04.11.2025. у 18:30", SERBIAN, ["Лука ТВ", *footer])
    assert clean_text(text).source == "Лука"


def test_the_brand_before_a_publishing_companys_word_when_its_address_spells_it() -> None:
    # "Λιμάνι Σήμερα Εκδοτική Α.Ε." (publishing company): limanisimera.gr spells the brand.
    top = ["Μετάβαση στο περιεχόμενο", "limanisimera.gr", "Ελλάδα", "Πολιτική", "Οικονομία"]
    footer = [
        "Ακολουθήστε το limanisimera.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις",
        "Όροι Χρήσης",
        "Επικοινωνία",
        "Copyright © 2025 Λιμάνι Σήμερα Εκδοτική Α.Ε. – All Rights Reserved",
    ]
    headline = "Κακοκαιρία: Έκτακτο δελτίο της ΕΜΥ για καταιγίδες και χαλάζι"
    text = dump(top, headline, "04.11.2025 | 09:15", GREEK, footer)
    assert clean_text(text).source == "Λιμάνι Σήμερα"


def test_a_channel_is_cited_without_its_mediums_word_when_the_masthead_is_the_name() -> None:
    top = ["تخطي إلى المحتوى الرئيسي", "الميناء", "السعودية", "اقتصاد", "رياضة"]
    footer = ["الأكثر قراءة", "من نحن", "اتصل بنا", "جميع الحقوق محفوظة © ٢٠٢٥ قناة الميناء"]
    headline = "البلدية توافق على توسيع خدمة الحافلات في المدينة"
    text = dump(top, headline, "نشر في: 04 نوفمبر 2025", ARABIC, footer)
    assert clean_text(text).source == "الميناء"


def test_the_masthead_under_a_thai_skip_link_is_the_publication() -> None:
    top = ["ข้ามไปยังเนื้อหาหลัก", "ท่าเรือออนไลน์", "หน้าแรก", "ข่าว", "การเมือง", "กีฬา"]
    footer = ["เกี่ยวกับเรา", "ติดต่อเรา", "© 2025 Tharuea Co., Ltd. All rights reserved."]
    headline = "กทม. เตือน 12 เขตเสี่ยงน้ำท่วมขัง หลังกรมอุตุฯ คาดฝนตกหนัก"
    text = dump(top, headline, "4 พ.ย. 2568 10:30 น.", THAI, footer)
    assert clean_text(text).source == "ท่าเรือออนไลน์"


def test_a_chinese_press_groups_paper_is_its_masthead() -> None:
    # "上海港湾报业有限公司" (a press group) publishes 港湾新闻.
    top = ["跳转到主要内容", "港湾新闻", "下载客户端", "要闻", "时事", "财经"]
    footer = ["关于港湾", "联系我们", "隐私政策", "© 2014-2025 上海港湾报业有限公司"]
    headline = "两国宣布恢复贸易与安全会谈"
    text = dump(top, headline, "2025-11-05 10:12 来源：港湾新闻", list(CHINESE), footer)
    assert clean_text(text).source == "港湾新闻"


def test_a_masthead_the_footers_tagline_names_again() -> None:
    top = ["דלג לתוכן העיקרי", "nmal", "חדשות", "כלכלה", "ספורט", "בריאות"]
    footer = [
        "nmal - אתר החדשות של הנמל",
        "תנאי שימוש",
        "© כל הזכויות שמורות ל-נמל אינטרנט",
    ]
    headline = "מחקר ישראלי: שינה קצרה מאיצה הזדקנות של כלי הדם"
    text = dump(top, headline, "04.11.2025 | 14:32", HEBREW, footer)
    assert clean_text(text).source == "nmal"


def test_a_masthead_the_footers_rights_notice_names_again() -> None:
    top = ["پرش به محتوای اصلی", "بندر آنلاین", "صفحه نخست", "سیاسی", "اقتصادی", "ورزشی"]
    footer = [
        "درباره ما",
        "تماس با ما",
        "همه حقوق مادی و معنوی این سایت متعلق به بندر آنلاین است و استفاده از مطالب با ذکر "
        "منبع بلامانع است.",
    ]
    headline = "شورای شهر طرح گسترش خطوط اتوبوس را تصویب کرد"
    text = dump(top, headline, "۱۴ آبان ۱۴۰۴ - ۱۰:۳۰", PERSIAN, footer)
    assert clean_text(text).source == "بندر آنلاین"


def test_a_word_of_the_first_line_in_the_footers_prose_names_no_publication() -> None:
    # "Harbour" at the top is a section's label; the footer's sentence is no rights notice.
    top = ["Harbour", "Home", "World", "Business"]
    footer = ["The Harbour board meets again next month to review the plans in detail."]
    text = dump(top, "Leaders agree to resume talks", "November 4, 2025", PROSE, footer)
    assert clean_text(text).source is None
