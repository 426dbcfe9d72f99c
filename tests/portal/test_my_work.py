"""„Moja praca”: a clerk's drafts, what closes within a week and what still awaits results."""

import re

import pytest
from freezegun import freeze_time

from tests.consultations.conftest import DAY, NOW, make_consultation, with_second_factor

pytestmark = pytest.mark.django_db

URL = "/admin/moja-praca/"
# The user, the second factor, the permissions and the membership; the drafts with their
# districts and forms; those closing soon; those awaiting results.
QUERIES = 10


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def section(html, heading) -> str:
    start = html.index(f">{heading}</h2>")
    end = html.find("</section>", start)
    return html[start:end]


def titles(part) -> list[str]:
    return re.findall(r'<a href="/admin/consultations/consultation/\d+/change/">([^<]*)</a>', part)


def my_work(client) -> str:
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def test_a_clerk_sees_the_work_of_their_department_in_three_lists(client, department_staff):
    make_consultation("Szkic gotowy", published=False, starts_at=NOW + DAY, ends_at=NOW + 30 * DAY)
    make_consultation("Szkic bez telefonu", published=False, contact_phone="", summary="")
    make_consultation("Kończy się jutro", ends_at=NOW + DAY)
    make_consultation("Kończy się za tydzień", ends_at=NOW + 7 * DAY)
    make_consultation("Kończy się za 8 dni", ends_at=NOW + 8 * DAY)
    make_consultation("Jeszcze się nie zaczęły", starts_at=NOW + DAY, ends_at=NOW + 3 * DAY)
    make_consultation("Czekają na wyniki", starts_at=NOW - 30 * DAY, ends_at=NOW - 2 * DAY)
    make_consultation("Z wynikami", starts_at=NOW - 30 * DAY, ends_at=NOW - 2 * DAY, results=True)
    withdrawn = make_consultation("Wycofane", starts_at=NOW - 30 * DAY, ends_at=NOW - DAY)
    withdrawn.withdrawn_at, withdrawn.withdrawal_reason = NOW - 2 * DAY, "Powód."
    withdrawn.save()
    make_consultation("Szkic MZD", department="MZD", published=False)
    make_consultation("Kończy się w MZD", department="MZD", ends_at=NOW + DAY)
    make_consultation("Wyniki MZD", department="MZD", starts_at=NOW - 9 * DAY, ends_at=NOW - DAY)
    client.force_login(with_second_factor(department_staff))
    html = my_work(client)
    assert "<h1>Moja praca</h1>" in html
    drafts = section(html, "Szkice")
    assert titles(drafts) == ["Szkic bez telefonu", "Szkic gotowy"]
    assert "Szkic bez telefonu</a> (IZ) – do uzupełnienia przed publikacją: 2" in drafts
    assert "Szkic gotowy</a> (IZ) – gotowe do publikacji" in drafts
    closing = section(html, "Kończą się w ciągu 7 dni")
    assert titles(closing) == ["Kończy się jutro", "Kończy się za tydzień"]
    assert "koniec 11 marca 2026 r., godz. 12:00; pozostał 1 dzień" in closing
    results = section(html, "Zakończone, bez opublikowanych wyników")
    assert titles(results) == ["Czekają na wyniki"]
    assert "zakończone 8 marca 2026 r." in results


def test_each_item_links_to_its_change_page(client, department_staff):
    draft = make_consultation("Szkic", published=False)
    client.force_login(with_second_factor(department_staff))
    assert f'<a href="/admin/consultations/consultation/{draft.pk}/change/">Szkic</a>' in my_work(
        client
    )


def test_empty_lists_say_so(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    html = my_work(client)
    assert "<p>Brak szkiców.</p>" in html
    assert "<p>W najbliższym tygodniu nie kończą się żadne konsultacje.</p>" in html
    assert "<p>Wszystkie zakończone konsultacje mają opublikowane wyniki.</p>" in html


def test_the_superuser_sees_every_department(client, superuser):
    make_consultation("Szkic IZ", published=False)
    make_consultation("Szkic MZD", department="MZD", published=False)
    client.force_login(with_second_factor(superuser))
    assert titles(section(my_work(client), "Szkice")) == ["Szkic IZ", "Szkic MZD"]


def test_the_page_costs_the_same_number_of_queries_whatever_the_work(
    client, department_staff, django_assert_num_queries
):
    def add_work(number):
        make_consultation(f"Szkic {number}", published=False, whole_city=False, districts=["rakow"])
        make_consultation(f"Kończy się {number}", ends_at=NOW + 2 * DAY)
        make_consultation(f"Wyniki {number}", starts_at=NOW - 9 * DAY, ends_at=NOW - DAY)

    add_work(0)
    client.force_login(with_second_factor(department_staff))
    with django_assert_num_queries(QUERIES):
        my_work(client)
    for number in range(1, 7):
        add_work(number)
    with django_assert_num_queries(QUERIES):
        html = my_work(client)
    assert len(titles(html)) == 21


@pytest.mark.parametrize(
    ("persona", "answer"),
    [
        ("resident", "/admin/login/?next=/admin/moja-praca/"),
        ("council_member", "/admin/login/?next=/admin/moja-praca/"),
        ("anonymous", "/admin/login/?next=/admin/moja-praca/"),
    ],
)
def test_only_staff_reach_the_page(client, request, persona, answer):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    response = client.get(URL)
    assert (response.status_code, response.url) == (302, answer)


def test_staff_without_the_second_factor_are_asked_to_set_it_up(client, department_staff):
    client.force_login(department_staff)
    response = client.get(URL)
    assert (response.status_code, response.url) == (302, "/konto/2fa/totp/activate/")


def test_the_admin_start_page_links_to_my_work(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    html = client.get("/admin/").content.decode()
    assert '<p class="my-work-link"><a href="/admin/moja-praca/">Moja praca</a>:' in html
