"""Pages saved as MHTML ("Webpage, Single File"), built in the tests with the email package."""

from __future__ import annotations

import json
import quopri
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

from clipper.clean import clean
from clipper.mhtml import is_mhtml

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks resume in Tōkyō</title>"
    "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
    "<h1>Talks resume in Tōkyō</h1>"
    "<p style='margin:0'>Officials from Japan and China met in Tōkyō on Wednesday and agreed "
    "to resume fishing talks after a pause of three years, the foreign ministry said.</p>"
    "<p>Both sides will meet again next month in Beijing to settle the quota dispute, which has "
    "strained relations between the two neighbours since the spring of this year.</p>"
    "<p>Fishing groups welcomed the decision and urged both capitals to move quickly.</p>"
    "</article></body></html>"
)


def mhtml(html: str, *, location: str = "https://news.example/talks", parts: bool = True) -> bytes:
    """An MHTML file as Chrome saves one: the page quoted-printable, then an image."""
    message = MIMEMultipart("related", type="text/html")
    message["From"] = "<Saved by Blink>"
    message["Snapshot-Content-Location"] = location
    message["Subject"] = "Talks resume"
    message["Date"] = "Sat, 24 Nov 2029 10:00:00 -0000"
    if parts:
        page = MIMENonMultipart("text", "html", charset="utf-8")
        page["Content-Transfer-Encoding"] = "quoted-printable"  # as Chrome saves it
        page["Content-Location"] = location
        page.set_payload(quopri.encodestring(html.encode("utf-8")).decode("ascii"))
        message.attach(page)
    image = MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png")
    image["Content-Location"] = "https://news.example/logo.png"
    message.attach(image)
    return message.as_bytes()


def test_an_mhtml_page_is_cleaned_from_its_html_with_its_saved_address(run, tmp_path):
    saved = tmp_path / "Talks resume.mhtml"
    saved.write_bytes(mhtml(ARTICLE))
    assert b"=3D" in saved.read_bytes()  # the HTML is quoted-printable in the file
    result = run("import", str(saved))
    assert result.exit_code == 0, result.output
    shown = json.loads(run("show", "1", "--json").stdout)
    assert shown["title"] == "Talks resume in Tōkyō"
    assert shown["url"] == "https://news.example/talks"
    assert shown["evidence"]["url"] == "MHTML Snapshot-Content-Location"
    # The same clipping as the page saved as HTML gives, with no trace of the encoding.
    as_html = clean(ARTICLE.encode("utf-8"), url="https://news.example/talks")
    assert (shown["title"], shown["body"]) == (as_html.title, as_html.body)
    assert "Officials from Japan and China met in Tōkyō on Wednesday" in shown["body"]
    assert "=3D" not in shown["body"] and "Home" not in shown["body"]
    assert shown["raw_kind"] == "html"


def test_the_saved_address_survives_a_reclean(run, tmp_path):
    saved = tmp_path / "page.mht"
    saved.write_bytes(mhtml(ARTICLE))
    run("import", str(saved))
    assert run("reclean").exit_code == 0
    assert json.loads(run("show", "1", "--json").stdout)["url"] == "https://news.example/talks"


def test_an_mhtml_file_without_a_page_fails_with_a_reason(run, tmp_path):
    saved = tmp_path / "images.mhtml"
    saved.write_bytes(mhtml(ARTICLE, parts=False))
    result = run("import", str(saved))
    assert result.exit_code == 1
    assert "an MHTML archive without an HTML page in it" in result.stderr


def test_a_text_page_about_mime_headers_is_not_mhtml():
    note = b"Subject: notes\n\nWrite Content-Type: multipart/related in the header to save.\n"
    assert not is_mhtml(note)
    assert is_mhtml(mhtml(ARTICLE))


def test_an_mhtml_file_nested_thousands_deep_fails_with_a_reason(run, tmp_path):
    head = 'From: <Saved by Blink>\nContent-Type: multipart/related; boundary="b0"\n\n'
    parts = "".join(
        f'--b{i - 1}\nContent-Type: multipart/related; boundary="b{i}"\n\n' for i in range(1, 3000)
    )
    saved = tmp_path / "deep.mhtml"
    saved.write_text(head + parts + "--b2999\nContent-Type: text/html\n\n<p>hi</p>\n")
    result = run("import", str(saved))
    assert result.exit_code == 1
    assert "a damaged MHTML archive (parts nested too deep)" in result.stderr


def test_an_mhtml_file_cut_short_inside_its_page_fails_and_stores_nothing(run, tmp_path):
    whole = mhtml(ARTICLE)
    cut = tmp_path / "cut.mhtml"
    cut.write_bytes(whole[: whole.index(b"pause of three years")])  # an interrupted copy
    result = run("import", str(cut))
    assert result.exit_code == 1
    assert f"failed: {cut}: a damaged MHTML archive, cut short: the file ends inside its page" in (
        result.stderr
    )
    saved = tmp_path / "whole.mhtml"
    saved.write_bytes(whole)
    assert "added #1 Talks resume in Tōkyō" in run("import", str(saved)).stdout


def test_an_mhtml_file_cut_short_after_its_page_keeps_the_whole_page(run, tmp_path):
    whole = mhtml(ARTICLE)
    cut = tmp_path / "cut.mhtml"
    cut.write_bytes(whole[: whole.index(b"image/png") + 40])  # inside the image after it
    assert "added #1 Talks resume in Tōkyō" in run("import", str(cut)).stdout
    shown = json.loads(run("show", "1", "--json").stdout)
    assert "urged both capitals to move quickly" in shown["body"]
