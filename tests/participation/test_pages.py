"""Every page of the discussion, in every state a person meets it: the portal's structure,
its language, and zero Nu Html Checker errors."""

import pytest
from django.contrib.auth.models import Group

from common import roles
from consultations.demo import seed_consultations
from participation.demo import seed_participation
from participation.models import Comment
from tests.conftest import make_user, with_second_factor
from tests.htmlcheck import nu_html_errors, outline
from tests.polish_register import language_problems

pytestmark = pytest.mark.django_db

ALLEY = "/konsultacje/przebudowa-alei-najswietszej-maryi-panny/"
STATUTE = "/konsultacje/statut-dzielnicy-bleszno/"


@pytest.fixture
def demo(settings, tmp_path, django_user_model, department_staff, moderator):
    settings.MEDIA_ROOT = tmp_path
    settings.STAFF_MFA_REQUIRED = False
    seed_consultations()

    def verified(email, first_name, last_name):
        return make_user(django_user_model, email, first_name=first_name, last_name=last_name)

    resident = verified("maria@example.com", "Maria", "Przykładowa")
    seed_participation(
        make_user=verified, resident=resident, staff=department_staff, moderator=moderator
    )
    return {"resident": resident, "staff": with_second_factor(department_staff)}


def participation_pages(client, demo, moderator, django_user_model):
    pages = {}

    def visit(label, response, status=200):
        assert response.status_code == status, f"{label}: {response.status_code}"
        pages[label] = response.content.decode()

    for url in [ALLEY, STATUTE, f"{STATUTE}?jednostka=par-1-ust-1", f"{STATUTE}projekt/"]:
        visit(f"{url} (anonimowo)", client.get(url))
    resident = demo["resident"]
    client.force_login(resident)
    visit(f"{ALLEY} (mieszkanka)", client.get(ALLEY))
    visit(f"{STATUTE} (mieszkanka)", client.get(STATUTE))
    add = f"{ALLEY}komentarze/dodaj/"
    visit("komentarz z błędami", client.post(add, {"text": "", "strona": "x"}))
    visit("za długi komentarz", client.post(add, {"text": "a" * 6000}))
    question = Comment.objects.get(shown_name="Ewa na rowerze", parent=None)
    visit("odpowiedź", client.get(f"{ALLEY}komentarze/{question.pk}/odpowiedz/"))
    visit("zgłoszenie", client.get(f"{ALLEY}komentarze/{question.pk}/zglos/"))
    visit("zgłoszenie z błędami", client.post(f"{ALLEY}komentarze/{question.pk}/zglos/", {}))
    own = Comment.objects.get(author=resident, consultation__slug=ALLEY.split("/")[2])
    visit("wycofanie", client.get(f"{ALLEY}komentarze/{own.pk}/wycofaj/"))
    visit("poprawa po czasie", client.get(f"{ALLEY}komentarze/{own.pk}/zmien/"), status=403)
    newcomer = make_user(django_user_model, "nowy@example.com")
    client.force_login(newcomer)
    visit("krok regulaminu", client.post(add, {"text": "Pierwszy komentarz."}))
    visit(
        "krok regulaminu z błędami",
        client.post(add, {"text": "Pierwszy komentarz.", "uczestnik-display_name": ""}),
    )
    client.force_login(demo["staff"])
    visit("odpowiedź urzędu", client.get(f"{ALLEY}komentarze/{question.pk}/odpowiedz-urzedu/"))
    client.force_login(moderator)
    visit("kolejka moderacji", client.get("/moderacja/"))
    reported = Comment.objects.filter(state=Comment.State.AWAITING_REVIEW).first()
    review = f"/moderacja/komentarze/{reported.pk}/"
    visit("przegląd zgłoszeń", client.get(review))
    visit("przegląd z błędami", client.post(review, {"action": "zablokuj"}))
    client.logout()
    return pages


def test_every_discussion_page_has_the_portals_structure_and_language(
    client, demo, moderator, django_user_model
):
    for label, html in participation_pages(client, demo, moderator, django_user_model).items():
        page = outline(html)
        assert page.html_lang == "pl", label
        assert page.h1_count == 1, label
        assert page.main_count == 1, label
        assert page.first_link_href == "#tresc", label
        assert language_problems(html) == [], label


def test_every_discussion_page_passes_the_nu_html_checker(
    client, demo, moderator, django_user_model
):
    pages = participation_pages(client, demo, moderator, django_user_model)
    errors = nu_html_errors(pages)
    assert errors == {}, "\n".join(f"{page}: {error}" for page in errors for error in errors[page])


def test_moderators_get_the_role_group(moderator):
    assert moderator.groups.filter(name=roles.MODERATORS).exists()
    assert (
        Group.objects.get(name=roles.MODERATORS)
        .permissions.filter(codename="view_moderationaction")
        .exists()
    )
