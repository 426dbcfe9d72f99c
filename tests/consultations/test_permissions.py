"""Permission matrix: every role × view draft / view published / edit / publish."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from freezegun import freeze_time

from consultations.models import Consultation
from tests.consultations.conftest import DAY, NOW, make_consultation, with_second_factor

pytestmark = pytest.mark.django_db

PERSONAS = [
    "anonymous",
    "resident",
    "department_staff",  # the owning department (IZ)
    "other_department_staff",  # MZD
    "council_member",
    "superuser",
]
MAY_MANAGE = {"department_staff", "superuser"}


def sign_in(client, request, persona):
    if persona == "anonymous":
        return None
    user = request.getfixturevalue(persona)
    if user.is_staff:
        with_second_factor(user)
    client.force_login(user)
    return user


def admin_form(consultation, **changes):
    """What the admin change form sends back for the consultation, with changes."""
    local = {
        name: getattr(consultation, name).astimezone(NOW.tzinfo)
        for name in ["starts_at", "ends_at"]
    }
    data = {
        "title": consultation.title,
        "slug": consultation.slug,
        "summary": consultation.summary,
        "category": consultation.category_id,
        "subject": consultation.subject,
        "description": consultation.description,
        "purpose": consultation.purpose,
        "procedure": consultation.procedure,
        "legal_basis": consultation.legal_basis,
        "order_number": consultation.order_number,
        "order_date": consultation.order_date.isoformat() if consultation.order_date else "",
        "bip_url": consultation.bip_url,
        "starts_at_0": local["starts_at"].strftime("%Y-%m-%d"),
        "starts_at_1": local["starts_at"].strftime("%H:%M:%S"),
        "ends_at_0": local["ends_at"].strftime("%Y-%m-%d"),
        "ends_at_1": local["ends_at"].strftime("%H:%M:%S"),
        "duration_justification": consultation.duration_justification,
        "duration_provision": consultation.duration_provision,
        "participants": consultation.participants,
        "methods": [method.pk for method in consultation.methods.all()],
        "remarks_how": consultation.remarks_how,
        "whole_city": "on" if consultation.whole_city else "",
        "districts": [district.pk for district in consultation.districts.all()],
        "department": consultation.department_id,
        "contact_name": consultation.contact_name,
        "contact_email": consultation.contact_email,
        "contact_phone": consultation.contact_phone,
        "estimated_cost": "",
        "location": "",
        "realisation_starts_on": "",
        "realisation_ends_on": "",
        "results_summary": consultation.results_summary,
        "_save": "Zapisz",
    }
    for prefix in ["schedule_items", "materials"]:
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    data.update(changes)
    if not data["whole_city"]:
        del data["whole_city"]
    return data


@pytest.mark.parametrize("persona", PERSONAS)
def test_viewing_a_draft(client, request, persona):
    draft = make_consultation("Szkic planu", published=False)
    sign_in(client, request, persona)
    response = client.get(draft.get_absolute_url())
    if persona in MAY_MANAGE:
        assert response.status_code == 200
        assert "Podgląd szkicu" in response.content.decode()
        assert response["X-Robots-Tag"] == "noindex"
    else:
        assert response.status_code == 404
    ical = client.get(f"{draft.get_absolute_url()}kalendarz.ics")
    assert ical.status_code == (200 if persona in MAY_MANAGE else 404)


@pytest.mark.parametrize("persona", ["department_staff", "superuser"])
def test_a_draft_preview_needs_the_second_factor(client, request, persona):
    draft = make_consultation("Szkic planu", published=False)
    client.force_login(request.getfixturevalue(persona))
    for path in [draft.get_absolute_url(), f"{draft.get_absolute_url()}kalendarz.ics"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response.url == "/konto/2fa/totp/activate/"
    assert client.get(make_consultation("Opublikowane").get_absolute_url()).status_code == 200


@pytest.mark.parametrize("persona", PERSONAS)
def test_viewing_a_published_consultation(client, request, persona):
    published = make_consultation("Plan transportowy")
    sign_in(client, request, persona)
    response = client.get(published.get_absolute_url())
    assert response.status_code == 200
    assert "Plan transportowy" in response.content.decode()
    assert "Podgląd szkicu" not in response.content.decode()


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("published", [False, True], ids=["draft", "published"])
def test_editing_in_the_admin(client, request, persona, published):
    consultation = make_consultation("Stary tytuł", published=published)
    sign_in(client, request, persona)
    url = f"/admin/consultations/consultation/{consultation.pk}/change/"
    response = client.post(url, admin_form(consultation, title="Nowy tytuł"))
    title = Consultation.objects.get(pk=consultation.pk).title
    if persona in MAY_MANAGE:
        assert response.status_code == 302, response.content.decode()[:3000]
        assert title == "Nowy tytuł"
        assert client.get(url).status_code == 200
    else:
        assert title == "Stary tytuł"
        response = client.get(url)
        assert response.status_code == 302
        if persona == "other_department_staff":
            # The admin treats what is outside the user's list as not there.
            assert response.url == "/admin/"
        else:
            assert response.url == f"/admin/login/?next={url}"


@pytest.mark.parametrize("persona", PERSONAS)
def test_publishing_with_the_admin_action(client, request, persona):
    draft = make_consultation(published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY)
    sign_in(client, request, persona)
    with freeze_time(NOW):
        client.post(
            "/admin/consultations/consultation/",
            {"action": "publish", "_selected_action": [draft.pk], "index": 0},
        )
    assert Consultation.objects.get(pk=draft.pk).is_published is (persona in MAY_MANAGE)


def test_staff_see_only_their_own_departments_consultations_in_the_admin(client, department_staff):
    make_consultation("Sprawa IZ", department="IZ")
    make_consultation("Sprawa MZD", department="MZD", published=False)
    client.force_login(with_second_factor(department_staff))
    html = client.get("/admin/consultations/consultation/").content.decode()
    assert "Sprawa IZ" in html
    assert "Sprawa MZD" not in html


def test_staff_may_choose_only_their_own_department(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    html = client.get("/admin/consultations/consultation/add/").content.decode()
    department_select = html.split('name="department"', 1)[1].split("</select>", 1)[0]
    assert "Wydział Inwestycji i Zamówień Publicznych (IZ)" in department_select
    assert "Miejski Zarząd Dróg" not in department_select


def test_staff_cannot_move_a_consultation_to_another_department(client, department_staff):
    consultation = make_consultation(department="IZ")
    client.force_login(with_second_factor(department_staff))
    mzd = consultation.department.__class__.objects.get(code="MZD")
    response = client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation, department=mzd.pk),
    )
    assert response.status_code == 200  # the form comes back with an error
    assert Consultation.objects.get(pk=consultation.pk).department.code == "IZ"


def test_the_superuser_sees_every_department(client, superuser):
    make_consultation("Sprawa IZ", department="IZ")
    make_consultation("Sprawa MZD", department="MZD", published=False)
    client.force_login(with_second_factor(superuser))
    html = client.get("/admin/consultations/consultation/").content.decode()
    assert "Sprawa IZ" in html and "Sprawa MZD" in html


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("deleted", [False, True], ids=["draft", "deleted_draft"])
def test_reading_a_draft_through_the_admin_history_and_link(client, request, persona, deleted):
    draft = make_consultation("Tajny plan", published=False)
    draft.title = "Tajny plan, poprawiony"
    draft.save()
    first = draft.history.order_by("history_date", "history_id").first()
    pk, address = draft.pk, draft.get_absolute_url()
    if deleted:
        draft.delete()
    sign_in(client, request, persona)
    content_type = ContentType.objects.get_for_model(Consultation).pk
    paths = [
        f"/admin/consultations/consultation/{pk}/history/",
        f"/admin/consultations/consultation/{pk}/history/{first.history_id}/",
        f"/admin/r/{content_type}/{pk}/",
    ]
    history, old_version, link = [client.get(path) for path in paths]
    if persona in MAY_MANAGE:
        assert history.status_code == 200
        assert "Tajny plan, poprawiony" in history.content.decode()
        assert old_version.status_code == 200
        assert link.status_code == (404 if deleted else 302)
        if not deleted:
            assert link.url == f"http://{Site.objects.get_current().domain}{address}"
    elif persona == "other_department_staff":
        for response in [history, old_version, link]:
            assert response.status_code == 404
            assert "Tajny plan" not in response.content.decode()
    else:
        for path, response in zip(paths, [history, old_version, link], strict=True):
            assert response.status_code == 302
            assert response.url == f"/admin/login/?next={path}"
