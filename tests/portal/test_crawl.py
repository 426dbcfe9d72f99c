"""Every public page: answers 200, in Polish, with one h1, a title, main and a skip link,
and passes the Nu Html Checker; the account pages too, in every state a person meets."""

import re
import time
from datetime import timedelta

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib import admin
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from consultations.demo import seed_consultations
from consultations.models import Consultation
from districts.models import District
from news.models import News
from surveys.demo import seed_surveys
from surveys.models import Survey
from tests.conftest import PASSWORD
from tests.htmlcheck import nu_html_errors, outline

pytestmark = pytest.mark.django_db

STATIC_PAGES = [
    "home",
    "about",
    "contact",
    "privacy",
    "terms",
    "easy_read",
    "sign_language",
    "accessibility_statement",
    "consultations:list",
    "news:list",
    "surveys:list",
    "results",
    "calendar",
    "districts:list",
    "account_login",
    "account_signup",
    "account_reset_password",
]


# Public addresses that are not HTML pages, with the type each must be served as.
NON_HTML_PAGES = {
    "robots_txt": "text/plain; charset=utf-8",
    "sitemap": "application/xml",
    "consultations_rss": "application/rss+xml; charset=utf-8",
    "city_ical": "text/calendar; charset=utf-8",
}


def public_urls():
    """Every kind of public page; call after `some_news` so news pages are there."""
    urls = [reverse(name) for name in STATIC_PAGES]
    urls += [district.get_absolute_url() for district in District.objects.all()]
    urls += [consultation.get_absolute_url() for consultation in Consultation.objects.published()]
    for survey in Survey.objects.published():
        urls.append(survey.get_absolute_url())
        urls.append(reverse("surveys:thanks", args=[survey.slug]))
    for news in News.objects.visible():
        urls.append(news.get_absolute_url())
        urls.append(reverse("news:archive", args=[news.publish_at.year, news.publish_at.month]))
    return urls


def totp_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def account_pages(client, user, django_user_model):
    """Every account page (allauth) as a person meets it, with form errors; {label: HTML}.

    The pages are visited in the order a person goes through them: signed out, then signed
    in, then with the second factor turned on. Every answer must be 200.
    """
    pages = {}

    def visit(label, response):
        assert response.status_code == 200, f"{label}: {response.status_code}"
        pages[label] = response.content.decode()

    def get(url):
        visit(url, client.get(url))

    def post(url, data, what):
        visit(f"{url} ({what})", client.post(url, data))

    for name in [
        "account_login",
        "account_signup",
        "account_reset_password",
        "account_reset_password_done",
        "account_email_verification_sent",
        "account_reset_password_from_key_done",
        "account_inactive",
    ]:
        get(reverse(name))
    post(reverse("account_login"), {"login": user.email, "password": "zle"}, "złe hasło")
    post(
        reverse("account_signup"),
        {"email": "nie-adres", "password1": "123", "password2": "321"},
        "błędy",
    )
    post(reverse("account_reset_password"), {"email": "nie-adres"}, "błędny adres")
    key = {"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)}
    key_url = reverse("account_reset_password_from_key", kwargs=key)
    form_url = client.get(key_url).url  # allauth moves the key into the session
    get(form_url)
    post(form_url, {"password1": "123", "password2": "321"}, "błędy")
    get(reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "zly-klucz"}))
    newcomer = django_user_model.objects.create_user(email="nowa@example.com", password=PASSWORD)
    address = EmailAddress.objects.create(user=newcomer, email=newcomer.email, primary=True)
    get(reverse("account_confirm_email", args=[EmailConfirmationHMAC(address).key]))
    get(reverse("account_confirm_email", args=["zly-klucz"]))

    client.force_login(user)
    for name in ["account_email", "account_change_password", "mfa_index", "account_logout"]:
        get(reverse(name))
    post(reverse("account_email"), {"email": "nie-adres", "action_add": ""}, "błędny adres")
    post(
        reverse("account_change_password"),
        {"oldpassword": "zle", "password1": "123", "password2": "321"},
        "błędy",
    )
    get(reverse("account_reauthenticate"))
    post(reverse("account_reauthenticate"), {"password": "zle"}, "złe hasło")
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    activate = reverse("mfa_activate_totp")
    response = client.get(activate)
    visit(activate, response)
    secret = response.context["form"].secret
    post(activate, {"code": "000000"}, "zły kod")
    # allauth tells of the new authenticator on commit; the portal then records the code.
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert client.post(activate, {"code": totp_code(secret)}).status_code == 302
    for name in [
        "mfa_index",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_deactivate_totp",
        "mfa_reauthenticate",
    ]:
        get(reverse(name))
    client.logout()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    get(reverse("mfa_authenticate"))
    post(reverse("mfa_authenticate"), {"code": "000000"}, "zły kod")
    client.logout()

    without_password = django_user_model.objects.create_user(email="bez-hasla@example.com")
    EmailAddress.objects.create(
        user=without_password, email=without_password.email, verified=True, primary=True
    )
    client.force_login(without_password)
    get(reverse("account_set_password"))
    client.logout()
    return pages


def panel_pages(client, council_member):
    """The news panel of a council member on the public site, with form errors."""
    pages = {}
    client.force_login(council_member)
    for url in [reverse("news:panel"), reverse("news:add")]:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    bleszno = District.objects.get(slug="bleszno")
    response = client.post(reverse("news:add"), {"district": bleszno.pk, "publication": "later"})
    assert response.status_code == 200
    pages[f"{reverse('news:add')} (błędy)"] = response.content.decode()
    response = client.post(
        reverse("news:add"),
        {"district": bleszno.pk, "publication": "now", "image": _photo()},
    )
    assert response.status_code == 200
    pages[f"{reverse('news:add')} (błędy, zachowane zdjęcie)"] = response.content.decode()
    draft = News.objects.create(
        title="Szkic rady",
        slug="szkic-rady",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=council_member,
        district=bleszno,
    )
    pages[draft.get_absolute_url()] = client.get(draft.get_absolute_url()).content.decode()
    for name in ["news:publish", "news:delete", "news:edit"]:
        url = reverse(name, args=[draft.pk])
        response = client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    draft.state = News.State.PUBLISHED
    draft.save()
    url = reverse("news:unpublish", args=[draft.pk])
    pages[url] = client.get(url).content.decode()
    pages[f"{reverse('news:panel')} (z aktualnością)"] = client.get(
        reverse("news:panel")
    ).content.decode()
    draft.delete()
    client.logout()
    return pages


def _photo():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.news.conftest import png_bytes

    return SimpleUploadedFile("lawki.png", png_bytes(), content_type="image/png")


def admin_pages(client, superuser):
    """Every list, add and change page of the admin that a superuser can open."""
    client.force_login(superuser)
    pages = {reverse("admin:index"): client.get(reverse("admin:index")).content.decode()}
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls = [reverse(f"{prefix}_changelist"), reverse(f"{prefix}_add")]
        if first := model._default_manager.first():
            urls.append(reverse(f"{prefix}_change", args=[first.pk]))
        for url in urls:
            response = client.get(url)
            if response.status_code == 200:  # some models have no add page
                pages[url] = response.content.decode()
    pages |= publishing_pages(client)
    client.logout()
    return pages


def publishing_pages(client):
    """„Moja praca” and a draft's publishing: its form with the gaps and both confirmations."""
    from tests.consultations.conftest import make_consultation

    soon = timezone.now() + timedelta(days=1)
    incomplete = make_consultation("Szkic z brakami", published=False, summary="x", purpose="")
    complete = make_consultation(
        "Szkic gotowy", published=False, starts_at=soon, ends_at=soon + timedelta(days=30)
    )
    complete.schedule_items.create(title="Spotkanie", starts_at=soon + timedelta(days=2))
    urls = [
        reverse("admin:my_work"),
        reverse("admin:consultations_consultation_change", args=[incomplete.pk]),
        reverse("admin:consultations_consultation_publish", args=[incomplete.pk]),
        reverse("admin:consultations_consultation_change", args=[complete.pk]),
        reverse("admin:consultations_consultation_publish", args=[complete.pk]),
    ]
    pages = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        pages[f"{url} (publikacja)"] = response.content.decode()
    return pages


@pytest.fixture(autouse=True)
def some_consultations(settings, tmp_path):
    """The demo consultations (every status, a schedule, materials) so their pages are crawled."""
    settings.MEDIA_ROOT = tmp_path
    seed_consultations()


@pytest.fixture(autouse=True)
def some_surveys(some_consultations):
    """The demo surveys (open, closed, planned, with codes) so their pages are crawled."""
    seed_surveys()


def survey_pages(client):
    """A survey's pages as a resident meets them: with errors, the next part, the end."""
    pages = {}
    for slug in ["jak-ma-wygladac-iii-aleja", "uspokojenie-ruchu-tysiaclecie-ankieta"]:
        url = reverse("surveys:detail", args=[slug])
        response = client.post(url, {"krok": "0", "akcja": "dalej", "kod": "zly kod"})
        assert response.status_code == 200, url
        pages[f"{url} (błędy)"] = response.content.decode()
    return pages


def paper_and_poll_pages(client, council_member):
    """The printed questionnaires, the home page's poll after answering, the poll's own page
    with an error, and the paper entry screens of a council member, clean and with errors."""
    pages = {}

    def visit(label, response, status=200):
        assert response.status_code == status, label
        pages[label] = response.content.decode()

    for survey in Survey.objects.published().surveys():
        url = reverse("surveys:print", args=[survey.slug])
        visit(url, client.get(url))
    visit("/?sonda=dziekujemy", client.get("/?sonda=dziekujemy"))
    poll = Survey.objects.published().polls().get(on_home_page=True)
    poll_url = reverse("surveys:poll", args=[poll.slug])
    visit(poll_url, client.get(poll_url))
    visit(f"{poll_url} (błąd)", client.post(poll_url, {"powrot": "/"}))
    client.force_login(council_member)
    visit(reverse("surveys:paper_entry_list"), client.get(reverse("surveys:paper_entry_list")))
    entry_url = reverse("surveys:paper_entry", args=["jak-ma-wygladac-iii-aleja"])
    visit(entry_url, client.get(entry_url))
    visit(f"{entry_url} (błędy)", client.post(entry_url, {"numer": "<b>", "miejsce": "x"}))
    client.logout()
    return pages


def test_the_printed_questionnaires_have_the_required_structure(client):
    for survey in Survey.objects.published().surveys():
        assert_page_structure(
            survey.get_absolute_url() + "druk/",
            client.get(reverse("surveys:print", args=[survey.slug])),
        )


@pytest.fixture(autouse=True)
def some_news(django_user_model):
    """A city-wide and a district news item, with an image, so their pages are crawled."""
    from django.core.files.base import ContentFile

    from tests.news.conftest import png_bytes

    author = django_user_model.objects.create_user(email="autor@example.com")
    city = News.objects.create(
        title="Aktualność miejska",
        slug="aktualnosc-miejska",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=author,
        state=News.State.PUBLISHED,
    )
    city.image.save("zdjecie.png", ContentFile(png_bytes()), save=False)
    city.image_alt = "Plac przed Urzędem"
    city.save()
    News.objects.create(
        title="Aktualność rady",
        slug="aktualnosc-rady",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=author,
        state=News.State.PUBLISHED,
        district=District.objects.get(slug="rakow"),
    )


def assert_page_structure(url, response):
    assert response.status_code == 200, url
    page = outline(response.content.decode())
    assert page.html_lang == "pl", url
    assert page.h1_count == 1, f"{url} has {page.h1_count} <h1>"
    assert page.title.strip(), url
    assert page.main_count == 1, url
    assert page.first_link_href == "#tresc", url
    assert page.first_link_text == "Przejdź do treści", url
    assert "tresc" in page.ids, url


def test_every_public_page_has_the_required_structure(client):
    for url in public_urls():
        assert_page_structure(url, client.get(url))


def test_pages_look_the_same_to_a_signed_in_resident(client, resident):
    client.force_login(resident)
    for url in public_urls():
        if url.startswith("/konto/"):
            continue  # signed-in visitors are sent on from the log-in and sign-up pages
        assert_page_structure(url, client.get(url))


def test_every_account_page_has_the_required_structure(client, resident, django_user_model):
    for label, html in account_pages(client, resident, django_user_model).items():
        page = outline(html)
        assert page.html_lang == "pl", label
        assert page.h1_count == 1, f"{label} has {page.h1_count} <h1>"
        assert page.title.strip(), label
        assert page.main_count == 1, label
        assert page.first_link_href == "#tresc", label


def test_every_page_passes_the_nu_html_checker(
    client, resident, council_member, superuser, django_user_model, settings
):
    settings.STAFF_MFA_REQUIRED = False  # the second factor has its own tests
    pages = {url: client.get(url).content.decode() for url in public_urls()}
    pages["/nie-ma-takiej-strony/ (404)"] = client.get("/nie-ma-takiej-strony/").content.decode()
    pages["/aktualnosci/?dzielnica=nie-ma (nieznana dzielnica)"] = client.get(
        "/aktualnosci/?dzielnica=nie-ma"
    ).content.decode()
    client.force_login(resident)
    pages["/ (zalogowana)"] = client.get("/").content.decode()
    client.logout()
    pages |= account_pages(client, resident, django_user_model)
    pages |= panel_pages(client, council_member)
    pages |= survey_pages(client)
    pages |= paper_and_poll_pages(client, council_member)
    pages |= admin_pages(client, superuser)
    client.force_login(superuser)
    survey = Survey.objects.get(slug="jak-ma-wygladac-iii-aleja")
    codes_url = reverse("admin:surveys_survey_access_codes", args=[survey.pk])
    pages[codes_url] = client.get(codes_url).content.decode()
    pages[f"{codes_url} (błąd)"] = client.post(codes_url, {"count": "0"}).content.decode()
    pages[f"{codes_url} (arkusz)"] = client.post(codes_url, {"count": "6"}).content.decode()
    client.logout()
    errors = nu_html_errors(pages)
    assert errors == {}, "\n".join(f"{page}: {error}" for page in errors for error in errors[page])


def test_every_page_links_the_footer_pages_and_the_bip(client):
    page = outline(client.get("/").content.decode())
    for name in ["contact", "accessibility_statement", "privacy", "terms", "easy_read"]:
        assert reverse(name) in page.links
    assert "https://bip.czestochowa.pl" in page.links


def test_every_page_links_the_sign_language_page_next_to_the_easy_read_text(client, resident):
    footer_links = re.compile(
        r'<li><a href="/tekst-latwy-do-czytania/">Tekst łatwy do czytania</a></li>\s*'
        r'<li><a href="/informacja-pjm/">Informacja w polskim języku migowym \(PJM\)</a></li>'
    )
    for url in public_urls():
        assert footer_links.search(client.get(url).content.decode()), url
    client.force_login(resident)
    for name in ["account_email", "account_change_password", "mfa_index"]:
        assert footer_links.search(client.get(reverse(name)).content.decode()), name


def test_main_navigation_marks_the_current_section(client):
    html = client.get(reverse("districts:list")).content.decode()
    assert '<a href="/dzielnice/" aria-current="page">Dzielnice</a>' in html


def test_every_public_address_that_is_not_a_page_answers_with_its_type(client):
    for name, content_type in NON_HTML_PAGES.items():
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert response["Content-Type"] == content_type, name


def test_robots_txt_keeps_private_corners_out_and_points_to_the_sitemap(client, settings):
    settings.SITE_URL = "https://konsultacje.czestochowa.pl"
    response = client.get("/robots.txt")
    assert response.content.decode() == (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /konto/\n"
        "Disallow: /aktualnosci/panel/\n"
        "\n"
        "Sitemap: https://konsultacje.czestochowa.pl/sitemap.xml\n"
    )


def test_sitemap_lists_the_public_pages(client):
    body = client.get("/sitemap.xml").content.decode()
    for url in [
        reverse("about"),
        reverse("accessibility_statement"),
        reverse("sign_language"),
        "/dzielnice/bleszno/",
    ]:
        assert url in body


def test_an_unknown_address_gets_a_polish_404_page_in_the_layout(client):
    response = client.get("/nie-ma-takiej-strony/")
    assert response.status_code == 404
    page = outline(response.content.decode())
    assert page.html_lang == "pl"
    assert page.h1_count == 1
    assert "Nie znaleziono strony" in response.content.decode()


def test_every_district_page_names_its_council(client):
    response = client.get("/dzielnice/podjasnogorska/")
    assert "Rada Dzielnicy Podjasnogórskiej" in response.content.decode()
