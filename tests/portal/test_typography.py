"""Non-breaking spaces where Polish typesetting wants them, and nowhere in markup."""

import pytest
from django.template import Context, Template
from django.utils.safestring import mark_safe

from common.typography import NBSP, polish_nbsp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spotkanie w Rakowie", f"Spotkanie w{NBSP}Rakowie"),
        ("ul. Śląska 11/13", f"ul.{NBSP}Śląska 11/13"),
        ("pokój nr 3", f"pokój nr{NBSP}3"),
        ("do 15 grudnia 2026 r.", f"do 15 grudnia 2026{NBSP}r."),
        ("dom i w ogrodzie", f"dom i{NBSP}w{NBSP}ogrodzie"),
        ("Z rodziną", f"Z{NBSP}rodziną"),
        ("250 000 zł", f"250 000{NBSP}zł"),
        ("Wow ziemia", "Wow ziemia"),  # letters at the end of a word are no words
        ("a", "a"),
    ],
)
def test_the_space_after_a_short_word_does_not_break(text, expected):
    assert polish_nbsp(text) == expected


def test_plain_text_is_escaped():
    assert polish_nbsp("<b>w domu</b>") == f"&lt;b&gt;w{NBSP}domu&lt;/b&gt;"


def test_tags_and_attributes_of_safe_html_stay_as_they_are():
    html = mark_safe('<a href="/a b" title="w domu">i w domu</a>')
    assert polish_nbsp(html) == f'<a href="/a b" title="w domu">i{NBSP}w{NBSP}domu</a>'


def test_the_template_filter_uses_the_same_rule():
    rendered = Template("{% load portal %}{{ value|nbsp }}").render(
        Context({"value": "Dyżur w poniedziałek"})
    )
    assert rendered == f"Dyżur w{NBSP}poniedziałek"
