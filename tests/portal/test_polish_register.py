"""The portal speaks to residents as „Państwo” on every page, account pages included."""

import pytest

from tests.polish_register import informal_forms, visible_text

# The crawl's demo consultations and news (autouse fixtures) are used here too.
from tests.portal.test_crawl import (  # noqa: F401
    account_pages,
    panel_pages,
    public_urls,
    some_consultations,
    some_news,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Zapomniałeś hasła?", ["Zapomniałeś"]),
        ("Wpisz adres, a wyślemy Ci wiadomość.", ["Wpisz", "wyślemy Ci"]),
        ("Link, który Ci wysłaliśmy, jest ważny.", ["Ci"]),
        ("Twoje hasło musi mieć 10 znaków.", ["Twoje"]),
        ("Jeśli nie masz konta, kliknij tutaj.", ["masz", "kliknij"]),
        ("Czy na pewno chcesz się wylogować?", ["chcesz"]),
        ("Zabierzcie ciepłe ubrania.", ["Zabierzcie"]),
        ("Wybierz dzielnicę z listy.", ["Wybierz"]),
        ("Proszę wpisz swoje obecne hasło.", ["Proszę wpisz"]),
        ("Pamiętaj, że hasło musi być długie.", ["Pamiętaj"]),
    ],
)
def test_informal_forms_are_found(text, forms):
    assert informal_forms(text) == forms


@pytest.mark.parametrize(
    "text",
    [
        "Nie pamiętają Państwo hasła? Prosimy podać adres e-mail.",
        "Ci mieszkańcy, którzy zgłosili uwagi, otrzymają odpowiedź.",
        "Uwagi na liście zostały rozpatrzone.",
        "Mogą Państwo zmienić swoje hasło. Zaloguj się · Zmień hasło · Usuń · Pamiętaj mnie",
    ],
)
def test_formal_and_impersonal_sentences_pass(text):
    assert informal_forms(text) == []


def test_no_public_page_speaks_informally(client):
    for url in public_urls():
        text = visible_text(client.get(url).content.decode())
        assert informal_forms(text) == [], url


def test_no_account_page_speaks_informally_in_any_state(client, resident, django_user_model):
    for label, html in account_pages(client, resident, django_user_model).items():
        assert informal_forms(visible_text(html)) == [], label


def test_the_news_panel_of_a_council_member_speaks_formally(client, council_member):
    for label, html in panel_pages(client, council_member).items():
        assert informal_forms(visible_text(html)) == [], label
