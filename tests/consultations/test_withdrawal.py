"""A published consultation can be withdrawn by its department, with a public reason."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from freezegun import freeze_time

from consultations.models import Consultation, ScheduleItem, Status
from consultations.services import consultation_results_publish, consultation_withdraw
from tests.consultations.conftest import DAY, NOW, make_consultation
from tests.consultations.test_permissions import PERSONAS, sign_in

pytestmark = pytest.mark.django_db

REASON = "Wojewoda uchylił zarządzenie o konsultacjach; ogłosimy je ponownie po poprawkach."
CHANGELIST = "/admin/consultations/consultation/"
REASON_REQUIRED = "Prosimy podać powód wycofania: zobaczą go mieszkańcy na stronie konsultacji."


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def withdraw_url(consultation):
    return f"{CHANGELIST}{consultation.pk}/withdraw/"


def text(response):
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


# --- who may withdraw --------------------------------------------------------------------------


@pytest.mark.parametrize("persona", PERSONAS)
def test_withdrawing_through_the_admin_button(client, request, persona):
    consultation = make_consultation("Plan transportowy")
    sign_in(client, request, persona)
    url = withdraw_url(consultation)
    response = client.post(url, {"reason": REASON, "confirm": "yes"})
    withdrawn = Consultation.objects.get(pk=consultation.pk)
    if persona in {"department_staff", "superuser"}:
        assert response.status_code == 302
        assert response.url == f"{CHANGELIST}{consultation.pk}/change/"
        assert withdrawn.withdrawal_reason == REASON
        assert withdrawn.withdrawn_at == NOW
        return
    assert withdrawn.withdrawn_at is None
    assert response.status_code == 302
    if persona == "other_department_staff":
        # The admin does not let on that another department's consultation exists.
        assert response.url == "/admin/"
    else:
        assert response.url == f"/admin/login/?next={url}"


@pytest.mark.parametrize("persona", PERSONAS)
def test_withdrawing_through_the_admin_action(client, request, persona):
    consultation = make_consultation("Plan transportowy")
    sign_in(client, request, persona)
    data = {"action": "withdraw", "_selected_action": [consultation.pk]}
    client.post(CHANGELIST, data | {"reason": REASON, "confirm": "yes"})
    withdrawn = Consultation.objects.get(pk=consultation.pk).is_withdrawn
    assert withdrawn is (persona in {"department_staff", "superuser"})


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("department_staff", True),
        ("superuser", True),
        ("other_department_staff", False),
        ("council_member", False),
        ("resident", False),
    ],
)
def test_withdrawing_through_the_service(request, persona, allowed):
    user = request.getfixturevalue(persona)
    consultation = make_consultation()
    if allowed:
        consultation_withdraw(consultation=consultation, user=user, reason=REASON)
    else:
        with pytest.raises(PermissionDenied):
            consultation_withdraw(consultation=consultation, user=user, reason=REASON)
    assert Consultation.objects.get(pk=consultation.pk).is_withdrawn is allowed


def test_anonymous_cannot_withdraw_through_the_service(department_staff):
    from django.contrib.auth.models import AnonymousUser

    consultation = make_consultation()
    with pytest.raises(PermissionDenied):
        consultation_withdraw(consultation=consultation, user=AnonymousUser(), reason=REASON)
    assert not Consultation.objects.get(pk=consultation.pk).is_withdrawn


# --- the form and its refusals -----------------------------------------------------------------


def test_the_change_form_offers_wycofaj_for_a_published_consultation_only(staff_client):
    published = make_consultation()
    draft = make_consultation(published=False)
    button = f'<a href="{withdraw_url(published)}">Wycofaj</a>'
    assert button in text(staff_client.get(f"{CHANGELIST}{published.pk}/change/"))
    assert "/withdraw/" not in text(staff_client.get(f"{CHANGELIST}{draft.pk}/change/"))


def test_the_reason_is_required_and_what_was_typed_stays(staff_client):
    consultation = make_consultation()
    html = text(staff_client.post(withdraw_url(consultation), {"reason": "   ", "confirm": "yes"}))
    assert REASON_REQUIRED in html
    assert not Consultation.objects.get(pk=consultation.pk).is_withdrawn
    too_long = "Powód " * 400
    html = text(
        staff_client.post(withdraw_url(consultation), {"reason": too_long, "confirm": "yes"})
    )
    assert "Powód może mieć najwyżej 2000 znaków (jest 2399)." in html
    assert too_long.strip() in html


def test_the_admin_action_asks_for_the_reason_first(staff_client):
    consultation = make_consultation("Plan transportowy")
    data = {"action": "withdraw", "_selected_action": [consultation.pk], "index": 0}
    html = text(staff_client.post(CHANGELIST, data))
    assert "Wycofanie konsultacji" in html
    assert 'name="reason"' in html
    assert not Consultation.objects.get(pk=consultation.pk).is_withdrawn
    data = {"action": "withdraw", "_selected_action": [consultation.pk], "confirm": "yes"}
    html = text(staff_client.post(CHANGELIST, data | {"reason": ""}))
    assert REASON_REQUIRED in html
    response = staff_client.post(CHANGELIST, data | {"reason": REASON}, follow=True)
    assert "Wycofano konsultacje: 1. Ich strony podają powód wycofania." in text(response)
    assert Consultation.objects.get(pk=consultation.pk).withdrawal_reason == REASON


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ({"published": False}, "Szkicu nie trzeba wycofywać: mieszkańcy go nie widzą."),
        (
            {"starts_at": NOW - 30 * DAY, "ends_at": NOW - 2 * DAY, "results": True},
            "Konsultacji z opublikowanymi wynikami nie można wycofać.",
        ),
    ],
    ids=["draft", "results"],
)
def test_only_a_published_consultation_without_results_is_withdrawn(
    department_staff, state, message
):
    consultation = make_consultation(**state)
    with pytest.raises(ValidationError) as error:
        consultation_withdraw(consultation=consultation, user=department_staff, reason=REASON)
    assert error.value.messages == [message]
    assert not Consultation.objects.get(pk=consultation.pk).is_withdrawn


def test_withdrawing_twice_is_refused_and_the_first_reason_stays(department_staff):
    consultation = make_consultation()
    consultation_withdraw(consultation=consultation, user=department_staff, reason=REASON)
    with pytest.raises(ValidationError) as error:
        consultation_withdraw(consultation=consultation, user=department_staff, reason="Inny.")
    assert error.value.messages == ["Te konsultacje są już wycofane."]
    assert Consultation.objects.get(pk=consultation.pk).withdrawal_reason == REASON


def test_a_withdrawn_consultation_gets_no_results(department_staff):
    consultation = make_consultation(
        starts_at=NOW - 30 * DAY, ends_at=NOW - 2 * DAY, results_summary="<p>Wyniki.</p>"
    )
    consultation_withdraw(consultation=consultation, user=department_staff, reason=REASON)
    with pytest.raises(ValidationError) as error:
        consultation_results_publish(consultation=consultation, user=department_staff)
    assert error.value.messages == ["Te konsultacje wycofano: nie publikuje się ich wyników."]


def test_the_withdrawal_is_kept_in_the_history_with_its_author(department_staff):
    consultation = make_consultation()
    consultation_withdraw(consultation=consultation, user=department_staff, reason=REASON)
    latest = consultation.history.order_by("-history_date", "-history_id").first()
    assert (latest.withdrawal_reason, latest.withdrawn_at) == (REASON, NOW)
    assert latest.history_user == department_staff


# --- what residents see ------------------------------------------------------------------------


@pytest.fixture
def withdrawn(department_staff):
    consultation = make_consultation(
        "Linia tramwajowa na Błeszno",
        starts_at=NOW - 3 * DAY,
        ends_at=NOW + 20 * DAY,
        whole_city=False,
        districts=["bleszno"],
    )
    ScheduleItem.objects.create(
        consultation=consultation, title="Spotkanie otwarte", starts_at=NOW + 5 * DAY
    )
    with freeze_time(NOW - DAY):
        consultation_withdraw(consultation=consultation, user=department_staff, reason=REASON)
    consultation.refresh_from_db()
    return consultation


def test_the_page_says_it_was_withdrawn_when_and_why(client, withdrawn):
    html = text(client.get(withdrawn.get_absolute_url()))
    assert '<span class="badge badge--error">Wycofane</span>' in html
    assert "Konsultacje wycofano 9 marca 2026 r. Uwagi i opinie nie są już zbierane." in html
    assert f"<strong>Powód wycofania:</strong> {REASON}" in html
    assert "Pozostało" not in html
    # The meeting that was still to come will not take place.
    meeting = html.split('class="timeline__item timeline__item--cancelled"', 1)[1]
    assert meeting.split("</li>", 1)[0].count('<span class="timeline__phase">Odwołane</span>') == 1


def test_a_withdrawn_consultation_leaves_the_open_and_planned_lists(client, withdrawn):
    planned = make_consultation("Planowane inne", starts_at=NOW + 3 * DAY)
    assert withdrawn.status == Status.WITHDRAWN
    assert not Consultation.objects.open().filter(pk=withdrawn.pk).exists()
    for url in ["/konsultacje/?status=trwajace", "/konsultacje/?status=planowane", "/"]:
        assert withdrawn.title not in text(client.get(url)), url
    assert "Spotkanie otwarte" not in text(client.get("/kalendarz/"))
    # Still findable under „Wszystkie” and on its district's page, last and marked.
    everything = text(client.get("/konsultacje/"))
    assert everything.index(planned.title) < everything.index(withdrawn.title)
    assert "Wycofane" in everything.split(withdrawn.title, 1)[1].split("</li>", 1)[0]
    assert withdrawn.title in text(client.get("/dzielnice/bleszno/"))


def test_the_address_stays_in_the_sitemap(client, withdrawn):
    assert withdrawn.get_absolute_url() in client.get("/sitemap.xml").content.decode()


def test_feeds_and_calendars_report_the_withdrawal(client, withdrawn):
    rss = client.get("/kanaly/konsultacje/rss/").content.decode()
    assert f"<title>Wycofane: {withdrawn.title}</title>" in rss
    assert f"Konsultacje wycofano 9 marca 2026 r. Powód: {REASON}" in rss
    own = client.get(f"{withdrawn.get_absolute_url()}kalendarz.ics").content.decode()
    city = client.get("/kanaly/kalendarz.ics").content.decode()
    for feed in [own, city]:
        unfolded = feed.replace("\r\n ", "")
        assert "SUMMARY:Odwołane: Spotkanie otwarte – Linia tramwajowa na Błeszno" in unfolded
        assert "STATUS:CANCELLED" in unfolded
    assert "SUMMARY:Wycofane konsultacje: Linia tramwajowa na Błeszno" in own.replace("\r\n ", "")


def test_stored_pages_show_the_withdrawal_at_once(
    client, department_staff, django_capture_on_commit_callbacks, django_assert_num_queries
):
    consultation = make_consultation("Nowy park", starts_at=NOW - DAY)
    pages = [consultation.get_absolute_url(), "/konsultacje/?status=trwajace"]
    for url in pages:
        assert "Nowy park" in text(client.get(url))
        with django_assert_num_queries(0):
            assert "Nowy park" in text(client.get(url))  # served from the store
    with django_capture_on_commit_callbacks(execute=True):
        consultation_withdraw(consultation=consultation, user=department_staff, reason=REASON)
    assert f"<strong>Powód wycofania:</strong> {REASON}" in text(client.get(pages[0]))
    assert "Nowy park" not in text(client.get(pages[1]))
