"""Publishing from the consultation's own change form: what is missing, then a confirmation.

The list on the form and the publishing guard come from one rule: for every draft below the
form lists exactly what the guard refuses with, each item linking to its field.
"""

import re
from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from freezegun import freeze_time

from common import roles
from consultations.models import Consultation
from consultations.procedures import Procedure
from consultations.publication import PublicationIncomplete, gap_sentences
from consultations.services import consultation_publish
from tests.consultations.conftest import DAY, NOW, make_consultation, with_second_factor
from tests.consultations.test_permissions import PERSONAS, admin_form, sign_in

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/consultations/consultation/"
NEEDS_LIST = re.compile(r'<ul class="publication-needs-list"[^>]*>(.*?)</ul>', re.S)
NEED = re.compile(r'<li><a href="([^"]*)">([^<]*)</a></li>')


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def change_url(consultation):
    return f"{CHANGELIST}{consultation.pk}/change/"


def publish_url(consultation):
    return f"{CHANGELIST}{consultation.pk}/publish/"


def html_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def listed_needs(html) -> list[tuple[str, str]]:
    """The („Do publikacji brakuje”) items of a page: (link, text)."""
    found = NEEDS_LIST.search(html)
    return NEED.findall(found.group(1)) if found else []


def guard_refusal(consultation, user) -> PublicationIncomplete:
    with pytest.raises(PublicationIncomplete) as error:
        consultation_publish(consultation=consultation, user=user)
    assert not Consultation.objects.get(pk=consultation.pk).is_published
    return error.value


DRAFTS = {
    "announcement-half-written": {
        "summary": "",
        "purpose": "<p></p>",
        "remarks_how": "",
        "contact_phone": "",
        "methods": (),
    },
    "presidents-order-missing": {"order_number": "", "order_date": None, "bip_url": ""},
    "bip-home-page": {"bip_url": "https://bip.czestochowa.pl/"},
    "order-dated-after-publication": {"order_date": date(2026, 3, 20)},
    "no-districts": {"whole_city": False, "districts": []},
    "investment-without-cost-and-place": {"category": "inwestycje"},
    "shorter-than-the-minimum": {"starts_at": NOW + DAY, "ends_at": NOW + 8 * DAY},
    "shorter-with-reason-only": {
        "starts_at": NOW + DAY,
        "ends_at": NOW + 8 * DAY,
        "duration_justification": "Pilna zmiana.",
    },
    "statutory-minimum-not-met": {
        "procedure": Procedure.REVITALISATION,
        "starts_at": NOW + DAY,
        "ends_at": NOW + 20 * DAY,
    },
    "dates-passed": {"starts_at": NOW - 30 * DAY, "ends_at": NOW - DAY},
    "everything-missing": {
        "summary": "",
        "subject": "",
        "purpose": "",
        "remarks_how": "",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "order_number": "",
        "order_date": None,
        "bip_url": "",
        "methods": (),
        "whole_city": False,
        "category": "inwestycje",
        "starts_at": NOW + DAY,
        "ends_at": NOW + 3 * DAY,
    },
}
# The first input of each field: a link to a field leads there.
FIRST_INPUT = {"methods": "id_methods_0", "ends_at": "id_ends_at_0"}


@pytest.mark.parametrize("fields", DRAFTS.values(), ids=DRAFTS.keys())
def test_the_form_lists_exactly_what_the_publishing_guard_refuses(
    staff_client, department_staff, fields
):
    draft = make_consultation("Szkic", published=False, **fields)
    html = html_of(staff_client.get(change_url(draft)))
    refusal = guard_refusal(draft, department_staff)
    listed = listed_needs(html)
    assert listed, "the form lists nothing"
    assert [text for _, text in listed] == [gap.label for gap in refusal.gaps]
    assert [link for link, _ in listed] == [
        f"#{FIRST_INPUT.get(gap.field, f'id_{gap.field}')}" for gap in refusal.gaps
    ]
    for link, _ in listed:
        assert f'id="{link[1:]}"' in html, f"{link} leads nowhere"
    # What the guard says in words is the same list.
    assert refusal.messages == gap_sentences(refusal.gaps)


def test_a_complete_draft_lists_nothing_and_offers_publishing(staff_client):
    draft = make_consultation(
        "Gotowe", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY
    )
    html = html_of(staff_client.get(change_url(draft)))
    assert listed_needs(html) == []
    assert "Do publikacji brakuje" not in html
    assert "Wszystko, czego wymaga publikacja, jest uzupełnione." in html
    assert f'<a href="{publish_url(draft)}" class="button">Opublikuj…</a>' in html
    assert f'<li><a href="{publish_url(draft)}">Opublikuj</a></li>' in html
    assert "/withdraw/" not in html


def test_a_published_consultation_offers_withdrawal_and_no_publishing(staff_client):
    published = make_consultation("Opublikowane")
    html = html_of(staff_client.get(change_url(published)))
    assert "/publish/" not in html
    assert "Do publikacji brakuje" not in html
    assert f'<li><a href="{CHANGELIST}{published.pk}/withdraw/">Wycofaj</a></li>' in html


def test_the_fields_publishing_needs_carry_a_note_their_inputs_point_to(staff_client):
    draft = make_consultation(
        "Szkic",
        published=False,
        summary="",
        subject="",
        methods=(),
        starts_at=NOW - 30 * DAY,
        ends_at=NOW - DAY,
    )
    html = html_of(staff_client.get(change_url(draft)))
    note = (
        '<strong class="publication-needed" id="publication-note-{}">'
        "Potrzebne do publikacji.</strong>"
    )
    for field in ["summary", "subject", "methods", "ends_at"]:
        assert note.format(field) in html, field
    assert f"{note.format('summary')} Dwa–trzy proste zdania" in html
    # Inputs with a help text of their own are described by it, the note included.
    assert re.search(r'<textarea name="summary"[^>]*aria-describedby="id_summary_helptext"', html)
    # Split date and time and the check boxes point straight at the note.
    for name in ["ends_at_0", "ends_at_1"]:
        assert re.search(
            rf'<input [^>]*name="{name}"[^>]*aria-describedby="publication-note-ends_at"', html
        ), name
    assert re.search(
        r'<input type="checkbox" name="methods"[^>]*aria-describedby="publication-note-methods"',
        html,
    )
    # A field that is fine has no note.
    assert "publication-note-title" not in html


def test_the_form_states_the_minimum_duration_from_the_setting(staff_client, settings):
    settings.CONSULTATION_MIN_DAYS = 21
    draft = make_consultation("Szkic", published=False)
    html = html_of(staff_client.get(change_url(draft)))
    assert "Na udział mieszkańcy muszą mieć co najmniej 21 dni, licząc od publikacji" in html
    assert "Wybrany tryb wymaga" not in html
    statutory = make_consultation("Rewitalizacja", procedure=Procedure.REVITALISATION)
    html = html_of(staff_client.get(change_url(statutory)))
    assert (
        "Wybrany tryb wymaga co najmniej 30 dni: tyle wymaga art. 6 ustawy o rewitalizacji."
    ) in html
    assert "rewitalizacja – 30 dni" in html


# --- the confirmation page ---------------------------------------------------------------------


def test_the_confirmation_page_shows_what_goes_public_and_publishes_nothing(staff_client):
    draft = make_consultation(
        "Nowy park na Zawodziu",
        published=False,
        starts_at=NOW + DAY,
        ends_at=NOW + 30 * DAY,
        whole_city=False,
        districts=["zawodzie-dabie", "rakow"],
    )
    draft.materials.create(title="Projekt parku", file="materialy/p.pdf", kind="pdf", size=2048)
    draft.schedule_items.create(title="Spotkanie otwarte", starts_at=NOW + 5 * DAY)
    html = html_of(staff_client.get(publish_url(draft)))
    assert "<h1>Publikacja konsultacji</h1>" in html
    assert "<h2>Nowy park na Zawodziu</h2>" in html
    assert (
        "<dt>Termin</dt><dd>od 11 marca 2026 r., godz. 12:00 do 9 kwietnia 2026 r., godz. 12:00"
        in html
    )
    # The clocks move forward on 29 March: an hour less than the calendar suggests.
    assert "<dt>Czas dla mieszkańców</dt><dd>28 dni i 23 godz., licząc od publikacji" in html
    assert "<dt>Zasięg</dt><dd>Raków, Zawodzie-Dąbie</dd>" in html
    assert "ogólny – uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy" in html
    assert (
        f'<li><a href="{draft.materials.get().get_absolute_url()}">Projekt parku</a> '
        "(PDF, 2,0 KB)</li>"
    ) in html
    assert "Spotkanie otwarte – niedziela, 15 marca 2026 r., godz. 12:00" in html
    assert '<input type="hidden" name="confirm" value="yes">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert Consultation.objects.get(pk=draft.pk).published_at is None


def test_publishing_happens_only_with_the_confirmation(staff_client, department_staff):
    draft = make_consultation(
        "Gotowe", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY
    )
    response = staff_client.post(publish_url(draft), {})
    assert response.status_code == 200
    assert Consultation.objects.get(pk=draft.pk).published_at is None
    response = staff_client.post(publish_url(draft), {"confirm": "yes"})
    assert response.status_code == 302
    assert response.url == change_url(draft)
    published = Consultation.objects.get(pk=draft.pk)
    assert published.published_at == NOW
    assert published.published_by == department_staff
    html = html_of(staff_client.get(response.url))
    assert (
        "Opublikowano konsultacje „Gotowe”. Mieszkańcy widzą je już "
        f'<a href="{draft.get_absolute_url()}">na stronie konsultacji</a>.'
    ) in html


def test_an_incomplete_draft_is_not_published_and_the_page_says_what_is_missing(staff_client):
    draft = make_consultation("Szkic", published=False, contact_phone="", summary="")
    for response in [
        staff_client.get(publish_url(draft)),
        staff_client.post(publish_url(draft), {"confirm": "yes"}),
    ]:
        html = html_of(response)
        assert listed_needs(html) == [
            (f"{change_url(draft)}#id_summary", "krótki opis"),
            (f"{change_url(draft)}#id_contact_phone", "telefon osoby do kontaktu"),
        ]
        assert 'name="confirm"' not in html
    assert "Nie opublikowano: konsultacjom wciąż czegoś brakuje." in html
    assert Consultation.objects.get(pk=draft.pk).published_at is None


def test_the_publish_page_of_a_published_consultation_leads_back_to_its_form(staff_client):
    published = make_consultation("Opublikowane")
    response = staff_client.post(publish_url(published), {"confirm": "yes"})
    assert response.status_code == 302
    assert response.url == change_url(published)
    assert "Te konsultacje są już opublikowane." in html_of(staff_client.get(response.url))


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_publish_through_the_button(client, request, persona):
    draft = make_consultation(
        "Gotowe", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY
    )
    sign_in(client, request, persona)
    url = publish_url(draft)
    page = client.get(url)
    response = client.post(url, {"confirm": "yes"})
    published = Consultation.objects.get(pk=draft.pk).is_published
    if persona in {"department_staff", "superuser"}:
        assert page.status_code == 200
        assert response.status_code == 302
        assert response.url == change_url(draft)
        assert published
        return
    assert not published
    for answer in [page, response]:
        assert answer.status_code == 302
        if persona == "other_department_staff":
            # As for the change form: another department's consultation is not there.
            assert answer.url == "/admin/"
        else:
            assert answer.url == f"/admin/login/?next={url}"


def test_a_clerk_without_the_right_to_change_consultations_is_refused(client, department_staff):
    Group.objects.get(name=roles.STAFF).permissions.remove(
        Permission.objects.get(codename="change_consultation")
    )
    draft = make_consultation(
        "Gotowe", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY
    )
    client.force_login(with_second_factor(department_staff))
    assert client.get(publish_url(draft)).status_code == 403
    assert client.post(publish_url(draft), {"confirm": "yes"}).status_code == 403
    assert not Consultation.objects.get(pk=draft.pk).is_published


def test_publishing_needs_the_second_factor(client, department_staff):
    draft = make_consultation(
        "Gotowe", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY
    )
    client.force_login(department_staff)
    response = client.post(publish_url(draft), {"confirm": "yes"})
    assert response.status_code == 302
    assert response.url == "/konto/2fa/totp/activate/"
    assert not Consultation.objects.get(pk=draft.pk).is_published


def test_publishing_needs_the_csrf_token(department_staff):
    draft = make_consultation(
        "Gotowe", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY
    )
    client = Client(enforce_csrf_checks=True)
    client.force_login(with_second_factor(department_staff))
    assert client.post(publish_url(draft), {"confirm": "yes"}).status_code == 403
    assert not Consultation.objects.get(pk=draft.pk).is_published


# --- withdrawing through the button, confirmed -----------------------------------------------


@pytest.mark.parametrize("persona", ["department_staff", "other_department_staff"])
def test_the_withdrawal_page_changes_nothing_until_confirmed(client, request, persona):
    consultation = make_consultation("Plan transportowy")
    sign_in(client, request, persona)
    url = f"{CHANGELIST}{consultation.pk}/withdraw/"
    page = client.get(url)
    unconfirmed = client.post(url, {"reason": "Powód."})
    assert not Consultation.objects.get(pk=consultation.pk).is_withdrawn
    if persona == "department_staff":
        assert "Wycofanie konsultacji" in html_of(page)
        assert 'name="reason"' in html_of(unconfirmed)
    else:
        assert (page.status_code, page.url) == (302, "/admin/")
        assert (unconfirmed.status_code, unconfirmed.url) == (302, "/admin/")


# --- saving a draft ----------------------------------------------------------------------------


def test_saving_a_draft_and_leaving_the_form_names_what_publishing_still_needs(staff_client):
    draft = make_consultation("Szkic", published=False, contact_phone="")
    response = staff_client.post(change_url(draft), admin_form(draft, purpose=""), follow=True)
    assert response.redirect_chain[-1][0] == CHANGELIST
    assert (
        "„Szkic” to szkic. Do publikacji brakuje: cel konsultacji, telefon osoby do kontaktu."
    ) in html_of(response)


def test_saving_a_draft_and_staying_shows_the_list_on_the_form(staff_client):
    draft = make_consultation("Szkic", published=False)
    data = admin_form(draft, contact_phone="") | {"_continue": "1"}
    data.pop("_save")
    response = staff_client.post(change_url(draft), data, follow=True)
    html = html_of(response)
    assert "to szkic. Do publikacji brakuje" not in html
    assert listed_needs(html) == [("#id_contact_phone", "telefon osoby do kontaktu")]
