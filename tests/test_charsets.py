"""Pages that do not say their charset: UTF-8 with a bad byte, short Windows-1252 pages, and
the legacy code pages of other scripts, each read as its author wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

JAPANESE = (
    "日本政府、新たな経済対策を発表\n\n2023年11月2日\n\n"
    "政府は2日の臨時閣議で、物価高に対応するための新たな総合経済対策を決定した。"
    "財政支出は十七兆円規模となり、所得税と住民税の定額減税が柱となる。\n\n"
    "岸田文雄首相は記者会見で「国民の可処分所得を下支えし、デフレからの完全脱却を目指す」と述べた。"
    "減税は来年六月に実施される見通しだ。\n\n"
    "一方、野党からは「選挙目当てのばらまきだ」との批判が相次いでいる。"
    "専門家の間でも、財政規律の観点から効果を疑問視する声が出ている。\n"
)
FRENCH = (
    "Café à Genève: l'été commence déjà\n\n"
    "Le maître d'hôtel a reçu mercredi des élèves français venus de Genève, qui ont déjà "
    "visité la région avec leurs professeurs.\n\n"
    "Le gouvernement français a annoncé une réforme ambitieuse des retraites, qui suscite "
    "déjà une forte opposition des syndicats à travers le pays.\n"
)
RUSSIAN = (
    "Правительство одобрило пенсионную реформу\n\n"
    "Правительство в среду одобрило законопроект о пенсионной реформе. По словам министра, "
    "изменения прежде всего коснутся людей, которые выйдут на пенсию после 2030 года.\n\n"
    "Оппозиция критикует проект и требует провести новые консультации с профсоюзами.\n"
)
CHINESE = (
    "政府公布新的经济刺激计划\n\n"
    "国务院周三公布了一项新的经济刺激计划，旨在扩大内需、稳定就业。"
    "根据计划，中央财政将增加对基础设施建设和科技创新的投入。\n\n"
    "经济学家表示，这一计划有助于提振市场信心，但地方政府的债务问题仍需关注。\n"
)


def shown(run) -> dict:
    return json.loads(run("show", "1", "--json").stdout)


def test_a_utf8_page_with_one_bad_byte_keeps_its_text(run, tmp_path):
    # One stray Windows-1252 byte used to send the whole page to detection, which read it as
    # another code page: “new start” became "ã€œnew startã€" and could not be found.
    data = (SEEDS / "002_43f6cec17de1710a.txt").read_bytes()
    at = data.find(b"Xi said")
    page = tmp_path / "onebad.txt"
    page.write_bytes(data[:at] + b"\x85" + data[at:])
    result = run("import", str(page))
    assert result.exit_code == 0
    assert "added #1 Abe, Xi agree to make “new start” toward improved bilateral ties" in (
        result.stdout
    )
    assert "\n\nXi said he wants to" in shown(run)["body"]  # a bullet-like sign: left off
    assert "#1" in run("search", "new start").stdout


def test_a_short_utf8_page_with_a_few_curly_quotes_and_a_bad_byte_stays_utf8(run, tmp_path):
    page = tmp_path / "quotes.txt"
    page.write_bytes(
        "Minister’s plan “unworkable”, critics say\n\n".encode()
        + "The minister’s plan to cut rail subsidies was called “unworkable” by unions on "
        "Monday ".encode()
        + b"\x97"
        + b" and by two of her own backbenchers, who said the cuts would hit rural lines.\n\n"
        + b"The department said it would publish a full assessment of the plan this month.\n"
    )
    result = run("import", str(page))
    assert "added #1 Minister’s plan “unworkable”, critics say" in result.stdout
    assert "“unworkable” by unions on Monday \ufffd and" in shown(run)["body"]


def test_a_utf8_japanese_page_with_one_bad_byte_is_a_page(run, tmp_path):
    data = JAPANESE.encode()
    at = data.find("十七".encode())
    page = tmp_path / "ja.txt"
    page.write_bytes(data[:at] + b"\xff" + data[at:])
    result = run("import", str(page))
    assert result.exit_code == 0 and "added #1 日本政府、新たな経済対策を発表" in result.stdout
    assert "\ufffd十七兆円規模" in shown(run)["body"]


@pytest.mark.parametrize(
    ("text", "codec", "words"),
    [
        (RUSSIAN, "cp1251", "Правительство одобрило пенсионную реформу"),
        (JAPANESE, "shift_jis", "日本政府、新たな経済対策を発表"),
        (CHINESE, "gb18030", "经济学家表示"),
        (JAPANESE, "utf-16-le", "日本政府、新たな経済対策を発表"),
    ],
)
def test_pages_in_other_scripts_code_pages_are_read_in_them(run, tmp_path, text, codec, words):
    # In GB18030 and Shift_JIS about one character in four is also valid UTF-8, by chance:
    # such pages are not taken for UTF-8 with bad bytes.
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode(codec))
    assert run("import", str(page)).exit_code == 0
    clipping = shown(run)
    assert words in clipping["title"] + clipping["body"]


def test_a_short_latin1_french_page_is_not_read_as_baltic(run, tmp_path):
    # Detection finds Windows-1257 more plausible here: "Café ą Genčve", "maītre d'hōtel".
    page = tmp_path / "fr.txt"
    page.write_bytes(FRENCH.encode("latin-1"))
    result = run("import", str(page))
    assert result.exit_code == 0 and "added #1 Café à Genève: l'été commence déjà" in result.stdout
    assert "Le maître d'hôtel a reçu mercredi des élèves français" in shown(run)["body"]


def test_a_short_french_html_page_without_a_charset_is_read_as_windows_1252(run, tmp_path):
    title, *paragraphs = FRENCH.strip().split("\n\n")
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        + "".join(f"<p>{p} {p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    page = tmp_path / "fr.html"
    page.write_bytes(html.encode("cp1252"))
    assert run("import", str(page)).exit_code == 0
    clipping = shown(run)
    assert clipping["title"] == title
    assert "maître d'hôtel a reçu" in clipping["body"]


# Short pages of Central European, Turkish and Baltic languages, saved in their legacy code
# pages: detection found Windows-1252 as plausible for each, and Windows-1252 won the tie, so
# "ayına ilişkin" read "ayýna iliþkin" and "podpisał" "podpisa³".
@pytest.mark.parametrize(
    ("codec", "title", "paragraph"),
    [
        (
            "cp1254",
            "Yıllık enflasyon ekimde yüzde 32,8'e geriledi",
            "Türkiye İstatistik Kurumu, ekim ayına ilişkin tüketici fiyat endeksi verilerini "
            "açıkladı. Buna göre yıllık enflasyon yüzde 32,8 oldu; ekonomistler şaşırmadı.",
        ),
        (
            "cp1250",
            "Prezydent podpisał ustawę o szkołach",
            "Prezydent podpisał w środę ustawę o zmianie przepisów dotyczących szkół. "
            "Ministerstwo zapowiedziało, że zmiany wejdą w życie od września.",
        ),
        (
            "iso8859_2",
            "Prezydent podpisał ustawę o szkołach",
            "Prezydent podpisał w środę ustawę o zmianie przepisów dotyczących szkół. "
            "Ministerstwo zapowiedziało, że zmiany wejdą w życie od września.",
        ),
        (
            "cp1250",
            "Jihlavská zoo má mláďata pandy červené",
            "Jihlavská zoo má poprvé po deseti letech mláďata pandy červené. Jména vyberou "
            "lidé v anketě, která potrvá do konce měsíce.",
        ),
        (
            "cp1250",
            "Jövőre emelkedik a minimálbér",
            "A kormány bejelentette, hogy jövőre emelkedik a minimálbér. Az őszi ülésszakban "
            "tárgyalják a javaslatot, amelyet a szakszervezetek üdvözöltek.",
        ),
        (
            "cp1257",
            "Prezidentas pasirašė švietimo įstatymą",
            "Lietuvos prezidentas pasirašė įstatymą dėl švietimo reformos. Mokyklos ruošiasi "
            "pokyčiams, kurie įsigalios nuo rugsėjo.",
        ),
    ],
)
def test_short_pages_in_central_european_turkish_and_baltic_code_pages_keep_their_letters(
    run, tmp_path, codec, title, paragraph
):
    page = tmp_path / "page.txt"
    page.write_bytes(f"{title}\n\n{paragraph}\n\n{paragraph}\n".encode(codec))
    result = run("import", str(page))
    assert result.exit_code == 0 and f"added #1 {title}" in result.stdout
    assert paragraph in shown(run)["body"]


def test_a_short_french_page_that_would_read_as_slovak_in_central_european_stays_western(
    run, tmp_path
):
    # In Windows-1250 "è" is "č" and "à" is "ŕ": "élčves … ŕ Genčve" uses Slovak's letters only.
    title = "Les élèves de Genève à l'école"
    paragraph = (
        "Le président a été élu à Genève, où les élèves étaient présents avec leurs "
        "enseignants. Le côté festif de la journée a été salué par les députés."
    )
    page = tmp_path / "fr.txt"
    page.write_bytes(f"{title}\n\n{paragraph}\n\n{paragraph}\n".encode("cp1252"))
    result = run("import", str(page))
    assert result.exit_code == 0 and f"added #1 {title}" in result.stdout
    assert paragraph in shown(run)["body"]
