"""The publication a reader cites, third round: pages that name themselves where the cleaner
did not look: a masthead written as its address in Cyrillic capitals, the site's name after
the address's words at the end of a printed page's title, a masthead its footer's rights
line writes with a Hebrew preposition or inside a Thai company's name."""

from __future__ import annotations

from pages import HINDI, PROSE, page

from clipper.clean.text import clean_text

UKRAINIAN = [
    "Міська рада у вівторок ухвалила рішення про розширення мережі автобусних маршрутів: "
    "чотири нові лінії з'єднають північні райони з лікарнею та університетом.",
    "За словами заступника міського голови, нові маршрути запрацюють восени, щойно місто "
    "найме потрібну кількість водіїв і отримає нові автобуси від виробника.",
    "Опозиція розкритикувала вартість проєкту та закликала спершу відремонтувати дороги й "
    "тротуари в історичному центрі, які перебувають у поганому стані.",
]

MORE_HINDI = [
    "परिवहन विभाग ने बताया कि नई लाइनों पर हर बीस मिनट में एक बस चलेगी और रात ग्यारह बजे तक "
    "सेवा जारी रहेगी।",
    "स्थानीय निवासियों ने फैसले का स्वागत किया और कहा कि इससे रोजाना दफ्तर जाने वालों का समय "
    "और पैसा दोनों बचेंगे।",
]


def test_a_masthead_written_as_its_address_in_cyrillic_capitals() -> None:
    # "ХВИЛЯ.ua": the site's name as its address, with capitals no URL has.
    top = ["ХВИЛЯ.ua", "Новини", "Україна", "Світ", "Економіка", "Спорт"]
    footer = [
        "Останні новини",
        "Про нас",
        "Контакти",
        "© 2012–2025 Дніпро Медіа Груп. Усі права захищені.",
    ]
    headline = "Місто запускає чотири нові автобусні маршрути до північних районів"
    text = page(*top, headline, "4 листопада 2025, 18:30", *UKRAINIAN, *footer)
    assert clean_text(text).source == "ХВИЛЯ.ua"


def test_the_sites_name_ends_a_printed_title_after_the_addresss_words() -> None:
    # The page's <title>: the headline, the words of its address, then the site's name, which
    # the footer writes again ("Hindi News from Prabhat Times").  A dump of a printed page
    # puts the header's lines one under the other.
    headline = "नगर निगम ने उत्तरी इलाकों के लिए चार नई बस लाइनों को मंजूरी दी"
    top = [
        f"11/4/25, 8:02 AM   {headline} - city council new bus routes | Prabhat Times",
        "होम",
        "देश",
        "विदेश",
        "बिजनेस",
    ]
    byline = "Written by रमेश शर्मा | Updated: 4 Nov 2025, 9:45 pm"
    footer = ["ताजा खबरें", "Hindi News from Prabhat Times, Kiran Network", "ABOUT US"]
    text = "\n".join(top) + "\n" + page(headline, byline, "Subscribe", *HINDI, *MORE_HINDI, *footer)
    clipping = clean_text(text)
    assert (clipping.title, clipping.source) == (headline, "Prabhat Times")


HEBREW = [
    "מועצת העיר אישרה ביום שלישי את הרחבת רשת האוטובוסים בארבעה קווים חדשים שיחברו את "
    "השכונות הצפוניות לבית החולים ולאוניברסיטה.",
    "לדברי סגן ראש העיר, הקווים החדשים יתחילו לפעול בסתיו, לאחר שהעירייה תגייס את הנהגים "
    "הדרושים ותקבל את האוטובוסים החדשים מהיצרן.",
    "האופוזיציה מתחה ביקורת על עלות הפרויקט ודרשה לתת עדיפות לתיקון הכבישים והמדרכות במרכז "
    "ההיסטורי של העיר, שמצבם ירוד.",
]
THAI = [
    "สภากรุงเทพมหานครอนุมัติเมื่อวันอังคารให้ขยายเส้นทางรถโดยสารประจำทางอีกสี่สาย "
    "เพื่อเชื่อมชุมชนทางเหนือกับโรงพยาบาลและมหาวิทยาลัย",
    "รองผู้ว่าราชการกล่าวว่าเส้นทางใหม่จะเปิดให้บริการในช่วงปลายปี หลังจากรับสมัครพนักงานขับรถครบตามจำนวนที่ต้องการแล้ว",
    "ฝ่ายค้านวิจารณ์ค่าใช้จ่ายของโครงการและเรียกร้องให้ซ่อมแซมถนนและทางเท้าในย่านเมืองเก่าก่อน",
]


def test_a_hebrew_masthead_the_rights_line_writes_with_its_preposition() -> None:
    # "© כל הזכויות שמורות לגלובוס! תקשורת בע"מ": all rights reserved to Globus! Communications
    # Ltd, the masthead's name with "ל" (to) written onto it.
    top = ["דלג לתוכן העיקרי", "גלובוס!", "חדשות", "כסף", "ספורט", "תרבות"]
    footer = ["אודות גלובוס", "תנאי שימוש", '© כל הזכויות שמורות לגלובוס! תקשורת בע"מ']
    headline = "מועצת העיר מאשרת ארבעה קווי אוטובוס חדשים לשכונות הצפון"
    text = page(*top, headline, "רון לוי", "04/11/2025, 18:30", *HEBREW, *footer)
    assert clean_text(text).source == "גלובוס!"


def test_a_thai_masthead_under_a_print_header_holds_its_companys_name() -> None:
    # A printed page: the browser's date and time and the page's title over the skip link, then
    # the masthead "ข่าวสดใสออนไลน์" (Khaosodsai Online); the copyright line names the company
    # "ข่าวสดใส" with "All rights reserved".
    headline = "กทม.ขยายเส้นทางรถเมล์อีกสี่สายเชื่อมชุมชนทางเหนือ"
    top = [
        f"5/11/68 16:20                          {headline}",
        "ข้ามไปยังเนื้อหา",
        "ข่าวสดใสออนไลน์",
        "หน้าแรก",
        "การเมือง",
        "เศรษฐกิจ",
        "กีฬา",
    ]
    footer = [
        "เกี่ยวกับเรา",
        "นโยบายความเป็นส่วนตัว",
        "Copyright © 2025 บริษัท ข่าวสดใส จำกัด (มหาชน) All rights reserved.",
    ]
    text = "\n".join(top) + "\n" + page(headline, "5 พ.ย. 2568 - 16:05 น.", *THAI, *footer)
    assert clean_text(text).source == "ข่าวสดใสออนไลน์"


def test_a_brand_that_is_a_headers_word_in_capitals_as_masthead_and_app() -> None:
    # "Today" is a header's word ("Today's paper"), but the page prints it in capitals as its
    # masthead and in the prompt for its app: the site's name, not its owner's.
    top = ["Skip to main content", "TODAY", "Menu", "Singapore", "World", "Opinion", "Voices"]
    footer = [
        "Most read",
        "Download the TODAY app",
        "Get the TODAY newsletter",
        "Terms of use",
        "Copyright© Harbourline 2025. Harbourline Media Pte Ltd. All rights reserved.",
    ]
    headline = "Council approves four new bus routes for the northern suburbs"
    text = page(*top, headline, "Published November 4, 2025", *PROSE, *footer)
    assert clean_text(text).source == "Today"  # (as every shouted name is written)


POLISH = [
    "Rada miasta zatwierdziła we wtorek rozbudowę sieci autobusowej o cztery nowe linie, które "
    "połączą północne dzielnice ze szpitalem i uniwersytetem.",
    "– Chcemy, żeby mieszkańcy mogli dojechać do pracy bez samochodu – mówi „Wybrzeża” "
    "wiceprezydent miasta odpowiedzialny za transport publiczny.",
    "Opozycja skrytykowała koszt projektu i zażądała, by najpierw wyremontować drogi i chodniki "
    "w historycznym centrum, które są w złym stanie.",
]


def test_a_one_word_masthead_the_page_quotes_in_another_case() -> None:
    # "Wybrzeże" (the coast) over "© Copyright by Bałtyk Media SA": the page quotes the paper
    # as papers are quoted, in the genitive ("mówi „Wybrzeża”": says to Wybrzeże).
    top = ["Przejdź do treści", "Wybrzeże", "Prenumerata", "Zaloguj się", "Kraj", "Świat"]
    footer = ["Newsletter „Wybrzeża”", "Regulamin", "© Copyright by Bałtyk Media SA"]
    headline = "Cztery nowe linie autobusowe połączą północne dzielnice ze szpitalem"
    text = page(*top, headline, "Jan Nowak", "04.11.2025 18:30", *POLISH, *footer)
    assert clean_text(text).source == "Wybrzeże"


SERBIAN = [
    "Градско веће усвојило је у уторак проширење мреже аутобуских линија са четири нове линије "
    "које ће повезати северна насеља са болницом и универзитетом.",
    "Према речима заменика градоначелника, нове линије почеће да саобраћају на јесен, када град "
    "запосли потребан број возача и добије нове аутобусе.",
    "Опозиција је критиковала цену пројекта и затражила да се прво поправе улице и тротоари у "
    "старом делу града, који су у лошем стању.",
]


def test_a_masthead_the_company_of_the_copyright_line_names_after_its_word() -> None:
    # "© Компанија Политика": the Politika company; the page prints "Политика", a word that
    # is also a section's label (politics), as its masthead.
    top = ["Политика", "Latinica", "Претплата", "Најновије", "Друштво", "Економија"]
    footer = ["Најчитаније", "Импресум", "Copyright © 2025 Компанија Политика. Сва права задржана."]
    headline = "Четири нове аутобуске линије повезаће северна насеља са болницом"
    text = page(*top, headline, "04. 11. 2025. 18:30", *SERBIAN, *footer)
    assert clean_text(text).source == "Политика"


ITALIAN = [
    "Il consiglio comunale ha approvato martedì l'ampliamento della rete degli autobus con "
    "quattro nuove linee che collegheranno i quartieri a nord con l'ospedale e l'università.",
    "Secondo l'assessore alla mobilità, le nuove linee partiranno in autunno, dopo l'assunzione "
    "degli autisti necessari e la consegna dei nuovi mezzi da parte del costruttore.",
    "L'opposizione ha criticato il costo del progetto e chiesto di dare la precedenza alla "
    "manutenzione delle strade e dei marciapiedi del centro storico.",
]


def test_a_masthead_over_an_italian_footers_company_with_its_vat_number() -> None:
    # No "©" names anyone ("© Riproduzione riservata"); the footer's company line, with its
    # VAT number ("P.I."), names the publisher: the masthead at the top is its paper.
    top = ["Vai al contenuto", "IL LITORALE", "Abbonati", "Accedi", "Politica", "Esteri"]
    footer = [
        "© Riproduzione riservata",
        "Newsletter",
        "Il Litorale Genova",
        "Privacy",
        "Riviera Editoriale S.p.A. Via Roma 12 - 16121 Genova - P.I. 01234567890",
    ]
    headline = "Quattro nuove linee di autobus collegheranno i quartieri a nord con l'ospedale"
    text = page(*top, headline, "di Marco Rossi", "09 Novembre 2025 alle 17:40", *ITALIAN)
    text = page(text, *footer)
    assert clean_text(text).source == "Il Litorale"


def test_the_publication_the_writers_notes_name_when_nothing_else_does() -> None:
    # No masthead (the top is a section's name), a bare "Copyright © 2025" and a list of sister
    # sites: the writers' notes under the article name the paper they write for.
    top = [
        "Skip to content",
        "Advertisement",
        "Harbour City",
        "Property",
        "This was published 3 weeks ago",
    ]
    headline = "Rental vacancy rate hits record low as investors sell up"
    notes = [
        "Tom Reid is Harbour City editor. He was previously a reporter at The Coast Weekly.",
        "Ana Lima is a property reporter at The Harbour Chronicle, covering housing and rents.",
    ]
    footer = [
        "Our Sites",
        "The Harbour Chronicle",
        "The Coast Weekly",
        "Privacy Policy",
        "Copyright © 2025",
    ]
    text = page(
        *top, headline, "Tom Reid and Ana Lima", "November 4, 2025", *PROSE, *notes, *footer
    )
    assert clean_text(text).source == "The Harbour Chronicle"
