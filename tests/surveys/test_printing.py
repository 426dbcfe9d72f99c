"""The printable questionnaire: every question with boxes or lines, the form number's box,
a QR code of the online address and the address printed beside it."""

import pytest
import segno
from django.urls import reverse
from freezegun import freeze_time

from surveys.printing import qr_code_svg
from tests.surveys.conftest import NOW, every_kind_survey, readable

pytestmark = pytest.mark.django_db


def test_the_print_page_shows_every_question_with_boxes_and_the_form_number_box(client, settings):
    settings.SITE_URL = "https://konsultacje.czestochowa.pl"
    survey = every_kind_survey()
    with freeze_time(NOW):
        response = client.get(reverse("surveys:print", args=[survey.slug]))
    html = readable(response.content.decode())
    assert response.status_code == 200
    assert "Nr formularza" in html and "form-number__box" in html
    address = f"https://konsultacje.czestochowa.pl/ankiety/{survey.slug}/"
    assert f'aria-label="Kod QR z adresem ankiety w internecie: {address}"' in html
    assert f'<span class="paper-online__address">{address}</span>' in html
    for number in range(1, 11):
        assert f'<span class="paper-question__number">{number}.</span>' in html
    assert "Prosimy zaznaczyć co najmniej 1 odpowiedź i najwyżej 2 odpowiedzi." in html
    assert "Prosimy wpisać liczbę od 0 do 120." in html
    assert html.count('class="paper-line"') >= 6 + 2
    assert "Błeszno" in html and "spoza Częstochowy" in html
    assert 'class="main-nav"' not in html and "<footer" not in html
    assert "@page" in (settings.BASE_DIR / "static/css/survey-print.css").read_text()


def test_a_drafts_print_page_is_not_public(client):
    survey = every_kind_survey(published=False)
    with freeze_time(NOW):
        assert client.get(reverse("surveys:print", args=[survey.slug])).status_code == 404


def test_the_qr_code_holds_the_address():
    svg = qr_code_svg("https://konsultacje.czestochowa.pl/ankiety/park/")
    expected = segno.make("https://konsultacje.czestochowa.pl/ankiety/park/", error="m")
    assert svg.startswith('<svg role="img" aria-label="Kod QR')
    assert f'viewBox="0 0 {expected.symbol_size(border=2)[0]} ' in svg
