"""The element-class lookup html.py gives trafilatura's parser picks lxml.html's classes."""

from __future__ import annotations

import pytest

lxml_html = pytest.importorskip("lxml.html")

from clipper.clean.html import html_element_classes, parse_html  # noqa: E402

PAGE = (
    "<!DOCTYPE html><html><head><title>t</title><?php echo 1 ?></head><body>"
    "<!-- a comment --><form action='/s'><label for='q'>Q</label><input name='q'>"
    "<select name='s'><option>a</option></select><textarea>t</textarea></form>"
    "<div><p>text &amp; <b>more</b></p><FORM></FORM><Label>l</Label><svg><g/></svg></div>"
    "</body></html>"
)


def test_every_node_gets_the_class_lxml_html_gives_it():
    parser = lxml_html.HTMLParser()
    parser.set_element_class_lookup(html_element_classes())
    ours = lxml_html.document_fromstring(PAGE, parser=parser)
    theirs = lxml_html.document_fromstring(PAGE)
    assert [type(node) for node in ours.iter()] == [type(node) for node in theirs.iter()]
    assert {type(node).__name__ for node in ours.iter()} >= {
        "FormElement",
        "InputElement",
        "SelectElement",
        "TextareaElement",
        "LabelElement",
        "HtmlComment",
        "HtmlElement",
    }


def test_the_cleaners_trees_have_lxml_html_classes():
    tree = parse_html(PAGE)
    assert type(tree.find(".//form")).__name__ == "FormElement"
    assert type(tree.find(".//p")) is lxml_html.HtmlElement
