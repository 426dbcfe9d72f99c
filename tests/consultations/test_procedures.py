"""The procedure (tryb) decides the legal basis, who may take part and how remarks are made."""

import importlib
from datetime import UTC

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from freezegun import freeze_time

from consultations.models import Consultation
from consultations.procedures import RULES, Procedure
from consultations.services import consultation_publish
from tests.consultations.conftest import DAY, NOW, make_consultation, with_second_factor
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

WITH_MINIMUM = [procedure for procedure, rules in RULES.items() if rules.min_days]
REASON = "Pilna zmiana wymuszona terminem ustawowym."
PROVISION = "§ 3 uchwały Nr 715/LXII/2010"


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def page(client, consultation) -> str:
    response = client.get(consultation.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def section(html: str, heading: str) -> str:
    """The part of the page from a heading to the next heading of any level."""
    start = html.index(f">{heading}</h")
    end = html.find("<h", start + len(heading) + 3)
    return html[start : end if end != -1 else None]


def test_every_procedure_has_its_rules():
    assert set(RULES) == set(Procedure)


@pytest.mark.parametrize("procedure", list(Procedure))
def test_the_page_shows_the_legal_basis_participants_and_remark_rules_of_the_procedure(
    client, procedure
):
    rules = RULES[procedure]
    consultation = make_consultation(procedure=procedure, legal_basis="", participants="")
    html = page(client, consultation)
    assert f"<dt>Kto może wziąć udział</dt><dd>{rules.participants}</dd>" in html
    assert f"<p>{rules.remarks}</p>" in section(html, "Zasady zgłaszania uwag")
    assert f"<p>{rules.legal_basis}</p>" in section(html, "Podstawa prawna i ogłoszenie")
    # Who may take part is said once, by the procedure: not again by the territorial scope.
    scope = section(html, "Gdzie: zasięg terytorialny")
    assert "<p>Konsultacje dotyczą całego miasta.</p>" in scope
    assert "mogą w nich wziąć udział" not in html


@pytest.mark.parametrize("procedure", list(Procedure))
def test_what_staff_write_is_shown_after_the_procedures_text(client, procedure):
    rules = RULES[procedure]
    consultation = make_consultation(
        procedure=procedure,
        legal_basis="<p>Program rewitalizacji przyjęty uchwałą Rady Miasta.</p>",
        participants="zapraszamy też rady dzielnic",
    )
    html = page(client, consultation)
    assert (
        f"<dt>Kto może wziąć udział</dt><dd>{rules.participants}<br>"
        "Zapraszamy też rady dzielnic</dd>"
    ) in html
    basis = section(html, "Podstawa prawna i ogłoszenie")
    assert basis.index(rules.legal_basis) < basis.index(
        "Program rewitalizacji przyjęty uchwałą Rady Miasta."
    )


def test_the_planning_procedure_requires_the_name_and_address_the_act_asks_for():
    needing = {procedure for procedure, rules in RULES.items() if rules.name_and_address_required}
    assert needing == {Procedure.SPATIAL_PLAN}
    remarks = RULES[Procedure.SPATIAL_PLAN].remarks
    assert "imię i nazwisko albo nazwę, adres" in remarks
    assert "(art. 8g)" in remarks


def test_each_statutory_minimum_names_its_source():
    assert {procedure: RULES[procedure].min_days for procedure in WITH_MINIMUM} == {
        Procedure.SPATIAL_PLAN_OLD_RULES: 21,
        Procedure.REVITALISATION: 30,
        Procedure.ENVIRONMENT_DOCUMENT: 21,
        Procedure.ENVIRONMENT_DECISION: 30,
    }
    for procedure, rules in RULES.items():
        assert bool(rules.min_days_source) == bool(rules.min_days), procedure


def statutory_refusal(procedure, counted="") -> str:
    rules = RULES[procedure]
    return (
        f"Konsultacje trwają krócej niż {rules.min_days} dni{counted}: tyle wymaga "
        f"{rules.min_days_source} i uzasadnienie nie pozwala skrócić tego terminu."
    )


@pytest.mark.parametrize("procedure", WITH_MINIMUM)
def test_a_statutory_minimum_cannot_be_shortened_even_with_a_justification(
    department_staff, procedure
):
    days = RULES[procedure].min_days
    draft = make_consultation(
        published=False, procedure=procedure, starts_at=NOW + DAY, ends_at=NOW + days * DAY
    )
    with pytest.raises(ValidationError) as error:
        consultation_publish(
            consultation=draft, user=department_staff, justification=REASON, provision=PROVISION
        )
    assert error.value.messages == [statutory_refusal(procedure)]
    assert Consultation.objects.get(pk=draft.pk).published_at is None


@pytest.mark.parametrize("procedure", WITH_MINIMUM)
def test_the_statutory_minimum_is_enough(department_staff, procedure):
    days = RULES[procedure].min_days
    starts_at = (NOW + DAY).astimezone(UTC)  # whole days of real time, across the clock change
    draft = make_consultation(
        published=False, procedure=procedure, starts_at=starts_at, ends_at=starts_at + days * DAY
    )
    consultation_publish(consultation=draft, user=department_staff)
    assert Consultation.objects.get(pk=draft.pk).published_at == NOW


def test_the_statutory_minimum_counts_from_publication(department_staff):
    draft = make_consultation(
        published=False,
        procedure=Procedure.REVITALISATION,
        starts_at=NOW - 10 * DAY,
        ends_at=NOW + 25 * DAY,
    )
    with pytest.raises(ValidationError) as error:
        consultation_publish(consultation=draft, user=department_staff)
    assert error.value.messages == [
        statutory_refusal(Procedure.REVITALISATION, counted=", licząc od publikacji")
    ]


def test_the_general_procedure_keeps_the_citys_minimum_with_a_justification(department_staff):
    draft = make_consultation(
        published=False, procedure=Procedure.GENERAL, starts_at=NOW + DAY, ends_at=NOW + 8 * DAY
    )
    consultation_publish(
        consultation=draft, user=department_staff, justification=REASON, provision=PROVISION
    )
    assert Consultation.objects.get(pk=draft.pk).published_at == NOW


def test_the_admin_refuses_to_shorten_a_statutory_period_and_keeps_the_dates(
    client, department_staff
):
    consultation = make_consultation(
        procedure=Procedure.REVITALISATION, starts_at=NOW + DAY, ends_at=NOW + 40 * DAY
    )
    client.force_login(with_second_factor(department_staff))
    short_end = (NOW + 20 * DAY).astimezone(NOW.tzinfo)
    changes = {
        "ends_at_0": short_end.strftime("%Y-%m-%d"),
        "ends_at_1": "12:00:00",
        "duration_justification": REASON,
        "duration_provision": PROVISION,
    }
    response = client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation) | changes,
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Opublikowane ogłoszenie musi pozostać pełne. "
        + statutory_refusal(Procedure.REVITALISATION)
    ]
    assert short_end.strftime("%Y-%m-%d") in response.content.decode()
    assert Consultation.objects.get(pk=consultation.pk).ends_at == NOW + 40 * DAY


def test_staff_choose_the_procedure_in_the_admin(client, department_staff):
    consultation = make_consultation()
    client.force_login(with_second_factor(department_staff))
    response = client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation, procedure=Procedure.DISTRICT_STATUTE),
    )
    assert response.status_code == 302
    assert Consultation.objects.get(pk=consultation.pk).procedure == Procedure.DISTRICT_STATUTE


def test_the_migration_drops_the_old_default_participants_now_said_by_the_procedure():
    migration = importlib.import_module(
        "consultations.migrations.0011_participants_text_from_procedure"
    )
    default = make_consultation("Stare", participants="mieszkanki i mieszkańcy Częstochowy")
    own = make_consultation("Własne", participants="zapraszamy też rady dzielnic")
    migration.drop_repeated_participants(apps, schema_editor=None)
    assert Consultation.objects.get(pk=default.pk).participants == ""
    assert Consultation.objects.get(pk=own.pk).participants == "zapraszamy też rady dzielnic"
    assert Consultation.objects.get(pk=default.pk).procedure == Procedure.GENERAL
