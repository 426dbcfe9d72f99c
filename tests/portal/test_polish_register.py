"""The portal speaks to residents as „Państwo” on every page, account pages included, in one
form for everyone, in Polish, with „r.” after every year (tests.polish_register)."""

import pytest
from django.urls import reverse

from tests.polish_register import (
    both_gender_forms,
    dates_without_r,
    english_leftovers,
    informal_forms,
    language_problems,
)

# The crawl's demo consultations and news (autouse fixtures) are used here too.
from tests.portal.test_crawl import (  # noqa: F401
    account_pages,
    panel_pages,
    public_urls,
    publishing_pages,
    some_consultations,
    some_news,
    some_surveys,
    survey_pages,
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
        ("Bądź na bieżąco z konsultacjami.", ["Bądź na bieżąco"]),
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
        "Uwagi można złożyć pisemnie bądź elektronicznie.",
        "Mogą Państwo zmienić swoje hasło. Zaloguj się · Zmień hasło · Usuń · Pamiętaj mnie",
    ],
)
def test_formal_and_impersonal_sentences_pass(text):
    assert informal_forms(text) == []


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Radna / Radny Dzielnicy", ["Radna / Radny"]),
        ("Przewodniczący/Przewodnicząca rady", ["Przewodniczący/Przewodnicząca"]),
        ("Jest Pan zalogowany/a.", ["zalogowany/a"]),
        ("Aktualność opublikował(a) radny.", ["opublikował(a)"]),
        ("Dodaj kolejne(go)(-ną)(-ny) Pozycja", ["kolejne(go)(-ną)(-ny)"]),
        ("„X” został(a)(-ło) dodany(-na)(-ne).", ["został(a)(-ło)", "dodany(-na)(-ne)"]),
        ("Usuń wybrane(-nych) konsultacje", ["wybrane(-nych)"]),
        ("Można edytować go/ją/je ponownie.", ["go/ją/je"]),
        ("obiekty z nim(i)/nią powiązane", ["nim(i)/nią"]),
        ("Zapisałem/am moje kody", ["Zapisałem/am"]),
    ],
)
def test_both_gender_pairs_are_found(text, forms):
    assert both_gender_forms(text) == forms


def test_a_function_in_one_form_and_ordinary_slashes_pass():
    text = (
        "Przewodnicząca Rady Dzielnicy · i/lub · 11/13 · ul. Śląska 11/13 · Radny (Raków) · "
        "Edycja: jednostka (wydział) · Dodaj kolejną pozycję: Materiał · km/h · PDF (2 MB)"
    )
    assert both_gender_forms(text) == []


def test_english_leftovers_are_found_but_polish_words_are_not():
    text = (
        "Authenticators · MFA · Home · Submit · Yes · No · insert link · breadcrumb · "
        "Konsultacje | konsultacje | Can add konsultacje · View history: Park"
    )
    assert english_leftovers(text) == [
        "Authenticators",
        "MFA",
        "Home",
        "Submit",
        "Yes",
        "No",
        "insert link",
        "breadcrumb",
        "Can add",
        "View history",
    ]
    polish = "Menu · Link do BIP · Nowości · Nowa Huta · Strona domowa · Homeopatia · e-mail · nowe"
    assert english_leftovers(polish) == []


def test_dates_without_r_are_found():
    text = "16 marca 2026 · 1\u00a0kwietnia\u00a02026\u00a0r. · 2 maja 2026 r., 18:00 · 3 maja 2026"
    assert dates_without_r(text) == ["16 marca 2026", "3 maja 2026"]


def test_dates_are_checked_in_the_text_shown_not_in_attributes():
    html = (
        '<p title="16 marca 2026">Termin: <time datetime="2026-03-16">16 marca 2026 r.</time></p>'
    )
    assert language_problems(html) == []
    assert language_problems("<p>Termin: 16 marca 2026</p>") == ["16 marca 2026"]


def test_every_public_page_speaks_the_portals_language(client):
    for url in public_urls():
        assert language_problems(client.get(url).content.decode()) == [], url


def test_every_survey_page_with_errors_speaks_the_portals_language(client):
    for label, html in survey_pages(client).items():
        assert language_problems(html) == [], label


def test_every_account_page_speaks_the_portals_language_in_any_state(
    client, resident, django_user_model
):
    for label, html in account_pages(client, resident, django_user_model).items():
        assert language_problems(html) == [], label


def test_the_news_panel_of_a_council_member_speaks_the_portals_language(client, council_member):
    for label, html in panel_pages(client, council_member).items():
        assert language_problems(html) == [], label


def test_the_admin_speaks_the_portals_language_to_staff(client, superuser, settings):
    settings.STAFF_MFA_REQUIRED = False  # the second factor has its own tests
    client.force_login(superuser)
    for url in [
        reverse("admin:index"),
        reverse("admin:consultations_consultation_changelist"),
        reverse("admin:consultations_consultation_add"),
        reverse("admin:news_news_changelist"),
        reverse("admin:news_news_add"),
        reverse("admin:mfa_authenticator_changelist"),
        reverse("admin:account_emailaddress_changelist"),
        reverse("admin:districts_district_add"),  # the council's functions
        reverse("admin:czestochowa_portal_user_changelist"),  # yes/no icons
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert language_problems(response.content.decode()) == [], url


def test_my_work_and_the_publishing_pages_speak_the_portals_language(client, superuser, settings):
    settings.STAFF_MFA_REQUIRED = False
    client.force_login(superuser)
    for label, html in publishing_pages(client).items():
        assert language_problems(html) == [], label
