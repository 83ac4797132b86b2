"""The site a footer's rights notice writes as its address with a capital ("Karadeniz.com.tr'de
yayımlanan … her türlü hakkı … aittir": every right to what is published on Karadeniz.com.tr
belongs to …) is the publication, when another line names it as a word of its own."""

from __future__ import annotations

from pages import page

from clipper.clean.text import clean_text

TOP = ["Ana Sayfa", "Gündem", "Siyaset", "Ekonomi", "Dünya", "Spor"]
HEADLINE = "İstanbul'da kira artışı yavaşladı ama davalar rekor kırdı"
PROSE = [
    "İstanbul'da konut kiralarındaki artış hızı son üç ayda belirgin biçimde yavaşladı, ancak ev "
    "sahipleri ile kiracılar arasındaki davaların sayısı yılın ilk dokuz ayında rekor kırdı.",
    "Adalet Bakanlığı verilerine göre sulh hukuk mahkemelerine açılan kira tespit ve tahliye "
    "davalarının sayısı geçen yılın aynı dönemine göre yüzde 18 arttı.",
    "Uzmanlar, yeni düzenlemelerin yürürlüğe girmesiyle birlikte arabuluculuk başvurularının "
    "da hızla yükseldiğini ve mahkemelerin yükünün azalmasının beklendiğini söyledi.",
]
RIGHTS = (
    "Karadeniz.com.tr'de yayımlanan yazı, haber ve fotoğrafların her türlü hakkı Yeni Deniz "
    "Haber Ajansı Basın ve Yayıncılık A.Ş.'ye aittir. İzin alınmadan, kaynak gösterilerek "
    "dahi iktibas edilemez."
)


def dump(*footer: str) -> str:
    return page(*TOP, HEADLINE, *PROSE, "Künye", "Hakkımızda", "İletişim", *footer)


def test_the_site_its_rights_notice_writes_as_its_address() -> None:
    clip = clean_text(dump("Karadeniz'i Google News'te takip edin", RIGHTS))
    assert clip.source == "Karadeniz"


def test_an_address_the_page_names_nowhere_else_is_not_enough() -> None:
    assert clean_text(dump(RIGHTS)).source != "Karadeniz"
