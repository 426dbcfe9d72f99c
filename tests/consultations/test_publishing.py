"""Publishing refuses an incomplete announcement and a too short consultation."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from freezegun import freeze_time

from consultations.models import Consultation
from consultations.services import consultation_publish, consultation_results_publish
from tests.consultations.conftest import DAY, NOW, make_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def refusal(consultation, user, **kwargs) -> str:
    with pytest.raises(ValidationError) as error:
        consultation_publish(consultation=consultation, user=user, **kwargs)
    consultation.refresh_from_db()
    assert consultation.published_at is None
    return " ".join(error.value.messages)


def test_a_complete_draft_is_published_by_its_department(department_staff):
    draft = make_consultation(published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY)
    consultation_publish(consultation=draft, user=department_staff)
    draft.refresh_from_db()
    assert draft.published_at == NOW
    assert draft.published_by == department_staff
    assert draft.history.first().history_user == department_staff


def test_publishing_names_every_missing_announcement_field(department_staff):
    draft = make_consultation(
        published=False,
        purpose="",
        legal_basis="<p></p>",
        contact_phone="",
        remarks_how="",
        methods=(),
    )
    # The legal basis comes from the procedure: the field beside it is only an addition.
    assert refusal(draft, department_staff) == (
        "Prosimy uzupełnić: cel konsultacji, jak i gdzie składać uwagi, telefon osoby do kontaktu. "
        "Prosimy wybrać przynajmniej jedną formę konsultacji."
    )


def test_a_consultation_for_some_districts_must_name_them(department_staff):
    draft = make_consultation(published=False, whole_city=False, districts=[])
    assert "Prosimy wskazać zasięg" in refusal(draft, department_staff)


def test_rich_text_made_only_of_markup_counts_as_missing(department_staff):
    draft = make_consultation(published=False, subject="<p><script>x</script></p>")
    assert "przedmiot konsultacji" in refusal(draft, department_staff)


SHORT = (
    "Konsultacje trwają krócej niż 14 dni: "
    "prosimy podać uzasadnienie krótszego terminu i przepis, który pozwala skrócić termin."
)
SHORT_FROM_PUBLICATION = (
    "Konsultacje trwają krócej niż 14 dni, licząc od publikacji: "
    "prosimy podać uzasadnienie krótszego terminu i przepis, który pozwala skrócić termin."
)
REASON = "Zmiana wynika z przepisów, które wchodzą w życie za miesiąc."
PROVISION = "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie"


def test_a_consultation_shorter_than_the_minimum_needs_a_reason_and_a_provision(
    department_staff,
):
    draft = make_consultation(published=False, starts_at=NOW + DAY, ends_at=NOW + 8 * DAY)
    assert refusal(draft, department_staff) == SHORT
    assert refusal(draft, department_staff, justification=REASON) == (
        "Konsultacje trwają krócej niż 14 dni: prosimy podać przepis, który pozwala skrócić termin."
    )
    assert refusal(draft, department_staff, provision=PROVISION) == (
        "Konsultacje trwają krócej niż 14 dni: prosimy podać uzasadnienie krótszego terminu."
    )
    consultation_publish(
        consultation=draft, user=department_staff, justification=REASON, provision=PROVISION
    )
    draft.refresh_from_db()
    assert draft.is_published
    assert draft.duration_justification == REASON
    assert draft.duration_provision == PROVISION


def test_the_reason_and_provision_may_be_written_on_the_consultation_itself(department_staff):
    draft = make_consultation(
        published=False,
        starts_at=NOW + DAY,
        ends_at=NOW + 8 * DAY,
        duration_justification="Pilna zmiana techniczna.",
        duration_provision=PROVISION,
    )
    consultation_publish(consultation=draft, user=department_staff)
    assert Consultation.objects.get(pk=draft.pk).is_published


def test_a_draft_whose_start_has_passed_is_measured_from_publication(department_staff):
    # Thirty days on paper, ten for residents: the start is already twenty days behind.
    draft = make_consultation(published=False, starts_at=NOW - 20 * DAY, ends_at=NOW + 10 * DAY)
    assert refusal(draft, department_staff) == SHORT_FROM_PUBLICATION
    consultation_publish(
        consultation=draft, user=department_staff, justification=REASON, provision=PROVISION
    )
    assert Consultation.objects.get(pk=draft.pk).published_at == NOW


def test_a_draft_whose_start_has_passed_with_the_minimum_left_is_published(department_staff):
    draft = make_consultation(published=False, starts_at=NOW - 20 * DAY, ends_at=NOW + 14 * DAY)
    consultation_publish(consultation=draft, user=department_staff)
    assert Consultation.objects.get(pk=draft.pk).published_at == NOW


def test_the_minimum_comes_from_the_settings(department_staff, settings):
    settings.CONSULTATION_MIN_DAYS = 30
    draft = make_consultation(published=False, starts_at=NOW + DAY, ends_at=NOW + 21 * DAY)
    assert refusal(draft, department_staff) == SHORT.replace("14 dni", "30 dni")


def test_exactly_the_minimum_is_long_enough(department_staff):
    draft = make_consultation(published=False, starts_at=NOW + DAY, ends_at=NOW + 15 * DAY)
    consultation_publish(consultation=draft, user=department_staff)
    assert Consultation.objects.get(pk=draft.pk).is_published


def test_publishing_names_each_missing_part_of_the_presidents_order(department_staff):
    draft = make_consultation(published=False, order_number=" ", order_date=None, bip_url="")
    assert refusal(draft, department_staff) == (
        "Prosimy uzupełnić: numer zarządzenia Prezydenta, data zarządzenia, "
        "link do zarządzenia w BIP."
    )


@pytest.mark.parametrize(
    "home_page",
    [
        "https://bip.czestochowa.pl",
        "https://bip.czestochowa.pl/",
        "https://bip.czestochowa.pl/index.php",
        "https://bip.czestochowa.pl/?szukaj=konsultacje",
    ],
)
def test_a_link_to_the_bip_home_page_is_refused(department_staff, home_page):
    draft = make_consultation(published=False, bip_url=home_page)
    assert refusal(draft, department_staff) == (
        "Link musi prowadzić do wpisu o tych konsultacjach w BIP (np. zarządzenia), "
        "a nie do strony głównej Biuletynu."
    )


def test_an_order_dated_after_publication_is_refused(department_staff):
    draft = make_consultation(published=False, order_date=(NOW + DAY).date())
    assert refusal(draft, department_staff) == (
        "Data zarządzenia nie może być późniejsza niż dzień publikacji."
    )


def test_a_consultation_whose_dates_have_passed_is_not_published(department_staff):
    draft = make_consultation(published=False, starts_at=NOW - 30 * DAY, ends_at=NOW - DAY)
    assert "Termin konsultacji już minął" in refusal(draft, department_staff)


def test_an_investment_needs_its_cost_and_location(department_staff):
    draft = make_consultation(published=False, category="inwestycje")
    assert "szacowanego kosztu i lokalizacji" in refusal(draft, department_staff)


def test_publishing_twice_is_refused(department_staff):
    published = make_consultation()
    with pytest.raises(ValidationError, match="już opublikowane"):
        consultation_publish(consultation=published, user=department_staff)


@pytest.mark.parametrize("persona", ["other_department_staff", "resident", "council_member"])
def test_only_the_owning_department_publishes(persona, request):
    user = request.getfixturevalue(persona)
    draft = make_consultation(published=False)
    with pytest.raises(PermissionDenied):
        consultation_publish(consultation=draft, user=user)
    assert not Consultation.objects.get(pk=draft.pk).is_published


def test_results_are_published_only_after_the_end_and_with_a_summary(department_staff):
    running = make_consultation(results_summary="<p>Wpłynęło 10 uwag.</p>")
    with pytest.raises(ValidationError, match="dopiero po zakończeniu"):
        consultation_results_publish(consultation=running, user=department_staff)
    finished = make_consultation(starts_at=NOW - 30 * DAY, ends_at=NOW - DAY)
    with pytest.raises(ValidationError, match="Uzupełnij informację o wynikach"):
        consultation_results_publish(consultation=finished, user=department_staff)
    finished.results_summary = "<p>Wpłynęło 10 uwag.</p>"
    finished.save()
    consultation_results_publish(consultation=finished, user=department_staff)
    finished.refresh_from_db()
    assert finished.results_published_at == NOW
