"""Residents' remarks on the form: numbered, confirmed by number, refused with a message
and nothing saved when something is wrong, and never shown with their authors' data."""

from datetime import date, timedelta

import pytest
from freezegun import freeze_time

from participation.models import Remark
from participation.services import remark_add
from tests.consultations.conftest import NOW
from tests.participation.conftest import add_draft, remarks_consultation

pytestmark = pytest.mark.django_db

PLAN_PERSON = {
    "author_name": "Jan Przykładowy-Tajny",
    "author_address": "ul. Sekretna 7, 42-200 Częstochowa",
    "is_property_owner": "tak",
}


def form_url(consultation):
    return f"/konsultacje/{consultation.slug}/uwagi/zglos/"


def list_url(consultation):
    return f"/konsultacje/{consultation.slug}/uwagi/"


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


@pytest.fixture
def consultation():
    return remarks_consultation()


@pytest.fixture
def plan():
    return remarks_consultation("Plan miejscowy Kiedrzyn", procedure="plan")


@pytest.fixture
def signed_in(client, resident):
    client.force_login(resident)
    return client


def test_a_remark_gets_the_next_number_and_a_confirmation_that_names_it(
    signed_in, consultation, resident
):
    remark_add(
        consultation=consultation,
        channel=Remark.Channel.PAPER,
        received_on=date(2026, 3, 9),
        content="Uwaga z Kancelarii.",
    )
    response = signed_in.post(
        form_url(consultation),
        {
            "unit_text": "Rozdział 2, strona 4",
            "content": "Proszę dodać ławki.",
            "proposed_wording": "§ 4. W parku stawia się ławki.",
            "justification": "Starsi mieszkańcy potrzebują odpoczynku.",
        },
    )
    remark = Remark.objects.get(number=2)
    assert response.status_code == 302
    assert response["Location"] == f"/konsultacje/{consultation.slug}/uwagi/2/przyjeta/"
    assert (remark.channel, remark.author, remark.received_on) == (
        "formularz",
        resident,
        NOW.date(),
    )
    assert (remark.unit_text, remark.proposed_wording) == (
        "Rozdział 2, strona 4",
        "§ 4. W parku stawia się ławki.",
    )
    assert remark.author_name == remark.author_address == ""
    page = signed_in.get(response["Location"]).content.decode()
    assert "Przyjęliśmy uwagę nr 2" in page
    assert "Proszę dodać ławki." in page


def test_the_confirmation_is_for_the_author_only(client, signed_in, consultation, outsider):
    signed_in.post(form_url(consultation), {"content": "Moja uwaga."})
    url = f"/konsultacje/{consultation.slug}/uwagi/1/przyjeta/"
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url)["Location"].startswith("/konto/login/")


def test_a_remark_may_point_at_a_unit_of_the_draft(signed_in, consultation):
    add_draft(consultation)
    form = signed_in.get(f"{form_url(consultation)}?jednostka=par-2-ust-1").content.decode()
    assert '<option value="par-2-ust-1" selected>' in form
    signed_in.post(form_url(consultation), {"unit": "par-2-ust-1", "content": "Także w soboty."})
    assert Remark.objects.get().unit.label == "§ 2 ust. 1"


def test_a_forged_unit_is_a_form_error_and_a_forged_consultation_a_404(signed_in, consultation):
    add_draft(consultation)
    other = remarks_consultation("Inne")
    add_draft(other)
    other_unit = other.draft_documents.get().units.get(slug="par-1")
    other_unit.slug = "cudzy"
    other_unit.save()
    response = signed_in.post(form_url(consultation), {"unit": "cudzy", "content": "Uwaga."})
    assert response.status_code == 200
    assert "Prosimy wybrać fragment projektu z listy." in response.content.decode()
    response = signed_in.post("/konsultacje/nie-ma-takich/uwagi/zglos/", {"content": "Uwaga."})
    assert response.status_code == 404
    assert not Remark.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"content": ""}, "Prosimy wpisać treść uwagi."),
        ({"content": "   \n  "}, "Prosimy wpisać treść uwagi."),
        ({"content": "a" * 5001}, "najwyżej 5000 znaków, a ma 5001"),
        ({"content": "Dobrze.", "justification": "b" * 5001}, "najwyżej 5000 znaków, a ma 5001"),
        (
            {"content": "Dobrze.", "proposed_wording": "c" * 5001},
            "najwyżej 5000 znaków, a ma 5001",
        ),
        (
            {"content": " ".join(f"https://example.com/{n}" for n in range(4))},
            "najwyżej 3 linki, a zawiera 4",
        ),
        ({"content": "Dobrze.", "unit_text": "d" * 301}, "Opis może mieć najwyżej 300 znaków."),
        ({"content": "Kup okna!", "strona": "https://spam.example"}, "Uwagi nie zapisano."),
    ],
)
def test_bad_input_gets_a_message_keeps_the_text_and_saves_nothing(
    signed_in, consultation, data, message
):
    response = signed_in.post(form_url(consultation), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Prosimy poprawić zaznaczone pola" in html
    for value in data.values():
        if value.strip() and len(value) < 400:
            assert value in html or value.replace("&", "&amp;") in html
    assert not Remark.objects.exists()


def test_html_and_script_are_shown_as_text(signed_in, client, consultation):
    hostile = '<script>alert("x")</script><img src=x onerror="x()"> <a href="javascript:x">'
    response = signed_in.post(
        form_url(consultation), {"content": hostile, "justification": "<b>grubo</b>"}
    )
    confirmation = signed_in.get(response["Location"]).content.decode()
    client.logout()
    public = client.get(list_url(consultation)).content.decode()
    for html in [confirmation, public]:
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        assert "<img src=x" not in html
        assert 'href="javascript:' not in html
    assert "&lt;b&gt;grubo&lt;/b&gt;" in public


def test_the_rate_limit_holds_and_keeps_the_text(signed_in, consultation, settings):
    for number in range(settings.REMARKS_PER_WINDOW):
        assert (
            signed_in.post(form_url(consultation), {"content": f"Nr {number}"}).status_code == 302
        )
    response = signed_in.post(form_url(consultation), {"content": "Jeszcze jedna uwaga."})
    assert response.status_code == 429
    html = response.content.decode()
    assert f"najwyżej {settings.REMARKS_PER_WINDOW} uwag" in html
    assert "Jeszcze jedna uwaga." in html
    assert Remark.objects.count() == settings.REMARKS_PER_WINDOW
    with freeze_time(NOW + timedelta(minutes=settings.REMARK_RATE_MINUTES, seconds=1)):
        assert signed_in.post(form_url(consultation), {"content": "Później."}).status_code == 302


def test_a_form_sent_after_the_end_keeps_the_text_and_says_why(client, resident, consultation):
    with freeze_time(consultation.ends_at + timedelta(minutes=1)):
        client.force_login(resident)
        response = client.post(form_url(consultation), {"content": "Spóźniona uwaga."})
    html = response.content.decode()
    assert response.status_code == 403
    assert "Termin składania uwag upłynął" in html
    assert "Spóźniona uwaga." in html
    assert not Remark.objects.exists()


def test_a_consultation_without_the_remarks_form_has_none(signed_in):
    other = remarks_consultation("Bez formularza")
    other.methods.clear()
    assert signed_in.get(form_url(other)).status_code == 404
    assert signed_in.post(form_url(other), {"content": "Uwaga."}).status_code == 404
    assert signed_in.get(list_url(other)).status_code == 404
    assert not Remark.objects.exists()


# --- A local plan: name, address and the property, never shown ----------------------------


def test_a_local_plan_asks_for_name_address_and_property_and_says_why(signed_in, plan):
    html = signed_in.get(form_url(plan)).content.decode()
    assert "Dlaczego prosimy o imię, nazwisko i adres" in html
    assert "art. 8g" in html
    assert 'name="author_name"' in html and 'name="author_address"' in html
    assert 'name="is_property_owner"' in html
    response = signed_in.post(form_url(plan), {"content": "Za wysoka zabudowa."})
    html = response.content.decode()
    assert "Prosimy podać imię i nazwisko albo nazwę." in html
    assert "Prosimy podać adres." in html
    assert "Prosimy zaznaczyć, czy są Państwo właścicielem" in html
    assert "Za wysoka zabudowa." in html
    response = signed_in.post(
        form_url(plan),
        {"content": "Za wysoka zabudowa.", **PLAN_PERSON, "is_property_owner": "może"},
    )
    assert "Prosimy wybrać „Tak” albo „Nie”." in response.content.decode()
    assert not Remark.objects.exists()


def test_a_local_plans_remark_keeps_the_data_and_no_public_page_shows_it(
    signed_in, client, plan, department_staff, django_capture_on_commit_callbacks
):
    client.get(plan.get_absolute_url())  # stored for anonymous visitors before the remark
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(form_url(plan), {"content": "Za wysoka zabudowa.", **PLAN_PERSON})
    remark = Remark.objects.get()
    assert (remark.author_name, remark.author_address, remark.is_property_owner) == (
        "Jan Przykładowy-Tajny",
        "ul. Sekretna 7, 42-200 Częstochowa",
        True,
    )
    pages = [
        signed_in.get(response["Location"]),
        signed_in.get(plan.get_absolute_url()),
        signed_in.get(list_url(plan)),
        client.get(plan.get_absolute_url()),
        client.get(list_url(plan)),
    ]
    for page in pages:
        html = page.content.decode()
        assert page.status_code == 200
        assert "Przykładowy-Tajny" not in html
        assert "Sekretna" not in html
    assert "1 uwaga" in pages[3].content.decode()  # the stored page was refreshed


def test_a_general_consultation_keeps_no_personal_data_even_if_sent(signed_in, consultation):
    signed_in.post(form_url(consultation), {"content": "Uwaga.", **PLAN_PERSON})
    remark = Remark.objects.get()
    assert (remark.author_name, remark.author_address, remark.is_property_owner) == ("", "", None)


# --- The consultation page and the public list ----------------------------------------------


def test_the_consultation_page_leads_to_the_form_only_while_it_is_open(client):
    before = remarks_consultation("Przed", phase="before")
    during = remarks_consultation("W trakcie")
    after = remarks_consultation("Po", phase="after")
    html = {c: client.get(c.get_absolute_url()).content.decode() for c in [before, during, after]}
    assert "Formularz uwag będzie dostępny od" in html[before]
    assert f'href="{form_url(during)}"' in html[during]
    assert "Termin składania uwag upłynął." in html[after]
    assert form_url(before) not in html[before] and form_url(after) not in html[after]


def test_the_public_list_shows_remarks_by_number_and_dispositions_only_with_results(
    client, department_staff
):
    consultation = remarks_consultation("Po", phase="after")
    for content in ["Pierwsza uwaga.", "Druga uwaga."]:
        remark_add(
            consultation=consultation,
            channel=Remark.Channel.POST,
            received_on=date(2026, 2, 20),
            content=content,
            author_name="Anna Tajemnicza",
            author_address="ul. Ukryta 1",
        )
    from participation.models import Disposition

    Disposition.objects.create(
        remark=Remark.objects.get(number=1),
        position=Disposition.Position.PARTLY,
        justification="Dodamy dwie ławki.",
        author=department_staff,
    )
    before = client.get(list_url(consultation)).content.decode()
    consultation.results_published_at = NOW
    consultation.save()
    after = client.get(list_url(consultation)).content.decode()
    assert "Uwaga nr 1" in before and "Druga uwaga." in before
    assert "Dodamy dwie ławki." not in before
    assert "pokażemy po opublikowaniu wyników" in before
    assert "Rozpatrzenie: uwzględniona częściowo.</strong> Dodamy dwie ławki." in after
    assert "Jeszcze nie rozpatrzono." in after
    for html in [before, after]:
        assert "Tajemnicza" not in html and "Ukryta" not in html


def test_the_public_list_costs_the_same_queries_for_2_and_60_remarks(
    client, settings, consultation, django_assert_num_queries
):
    settings.CONSULTATION_PAGE_CACHE_SECONDS = 0
    paper = {"channel": Remark.Channel.PAPER, "received_on": date(2026, 3, 9)}
    for number in range(2):
        remark_add(consultation=consultation, content=f"Uwaga {number}", **paper)
    # The consultation (2), the remarks' count and page (2); no author data is read.
    with django_assert_num_queries(4):
        client.get(list_url(consultation))
    for number in range(58):
        remark_add(consultation=consultation, content=f"Uwaga {number}", **paper)
    with django_assert_num_queries(4):
        html = client.get(f"{list_url(consultation)}?strona=3").content.decode()
    assert html.count('<article class="remark"') == 10
    assert "Uwaga nr 60" in html
