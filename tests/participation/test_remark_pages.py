"""The remarks' pages in every state a person meets them — the form (with the name and
address of a local plan too), with errors, refused, the confirmation, the public list with
and without dispositions — have the portal's structure and language and pass the Nu Html
Checker."""

from datetime import date

import pytest
from freezegun import freeze_time

from participation.models import Disposition, Remark
from participation.services import remark_add
from tests.consultations.conftest import DAY, NOW
from tests.htmlcheck import nu_html_errors, outline
from tests.participation.conftest import add_draft, remarks_consultation
from tests.polish_register import language_problems

pytestmark = pytest.mark.django_db


def remark_pages(client, resident, department_staff):
    pages = {}

    def visit(label, response, status=200):
        assert response.status_code == status, f"{label}: {response.status_code}"
        pages[label] = response.content.decode()

    general = remarks_consultation("Statut parków")
    add_draft(general)
    plan = remarks_consultation("Plan miejscowy Kiedrzyn", procedure="plan")
    closed = remarks_consultation("Regulamin targowisk", phase="after")
    for number, content in enumerate(["Więcej ławek.", "Krótszy termin."], start=1):
        remark = remark_add(
            consultation=closed,
            channel=Remark.Channel.PAPER,
            received_on=date(2026, 2, 1),
            content=content,
            proposed_wording="§ 2. Nowe brzmienie.\nDrugi wiersz https://example.com/plan",
            justification="Bo tak będzie lepiej.",
        )
        if number == 1:
            Disposition.objects.create(
                remark=remark,
                position=Disposition.Position.ACCEPTED,
                justification="Dopisano.",
                author=department_staff,
            )
    with freeze_time(NOW):
        client.force_login(resident)
        form = f"/konsultacje/{general.slug}/uwagi/zglos/"
        plan_form = f"/konsultacje/{plan.slug}/uwagi/zglos/"
        visit("formularz", client.get(form))
        visit("formularz z błędami", client.post(form, {"content": "", "strona": "x"}))
        visit("formularz planu", client.get(plan_form))
        visit("formularz planu z błędami", client.post(plan_form, {"content": "a" * 5001}))
        visit("po terminie", client.get(f"/konsultacje/{closed.slug}/uwagi/zglos/"), status=403)
        done = client.post(form, {"unit": "par-1", "content": "Uwaga <b>z HTML</b>."})
        visit("potwierdzenie", client.get(done["Location"]))
        visit("konsultacje z formularzem", client.get(general.get_absolute_url()))
        visit("projekt z linkami do uwag", client.get(f"/konsultacje/{general.slug}/projekt/"))
        client.logout()
        visit("lista uwag", client.get(f"/konsultacje/{general.slug}/uwagi/"))
        visit("lista uwag bez rozpatrzenia", client.get(f"/konsultacje/{closed.slug}/uwagi/"))
    closed.results_published_at = NOW - DAY
    closed.save()
    with freeze_time(NOW):
        visit("lista uwag z rozpatrzeniem", client.get(f"/konsultacje/{closed.slug}/uwagi/"))
    return pages


def test_every_remarks_page_has_the_portals_structure_and_language(
    client, resident, department_staff
):
    for label, html in remark_pages(client, resident, department_staff).items():
        page = outline(html)
        assert page.html_lang == "pl", label
        assert page.h1_count == 1, label
        assert page.main_count == 1, label
        assert page.first_link_href == "#tresc", label
        assert language_problems(html) == [], label


def test_every_remarks_page_passes_the_nu_html_checker(client, resident, department_staff):
    pages = remark_pages(client, resident, department_staff)
    errors = nu_html_errors(pages)
    assert errors == {}, "\n".join(f"{page}: {error}" for page in errors for error in errors[page])
