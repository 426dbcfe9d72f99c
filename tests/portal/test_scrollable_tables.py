"""Tables of rich text scroll inside a named, focusable region instead of widening the page."""

from django.utils.safestring import mark_safe

from common.richtext import scrollable_tables

TABLE = "<table><tbody><tr><td>sessionid</td></tr></tbody></table>"


def test_a_table_is_wrapped_in_a_focusable_named_region():
    html = scrollable_tables(mark_safe(f"<p>Pliki cookies:</p>{TABLE}<p>Koniec.</p>"))
    assert html == (
        "<p>Pliki cookies:</p>"
        '<div class="table-wrap" role="region" tabindex="0" '
        f'aria-label="Tabela – można ją przewijać w poziomie">{TABLE}</div>'
        "<p>Koniec.</p>"
    )


def test_several_tables_get_distinct_names():
    html = scrollable_tables(mark_safe(TABLE + TABLE))
    assert 'aria-label="Tabela 1 – można ją przewijać w poziomie"' in html
    assert 'aria-label="Tabela 2 – można ją przewijać w poziomie"' in html


def test_text_without_tables_is_left_as_it_is():
    assert scrollable_tables(mark_safe("<p>Tekst.</p>")) == "<p>Tekst.</p>"
