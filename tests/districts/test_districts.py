import pytest

from common.collation import polish_sort_key, sorted_polish
from districts.models import CouncilMembership, District, DutyHour
from districts.services import council_member_add
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def listed_names(client):
    html = client.get("/dzielnice/").content.decode()
    names = [district.name for district in District.objects.all()]
    return sorted(names, key=lambda name: html.index(f">{name}</a>"))


def test_districts_are_listed_in_polish_alphabetical_order(client):
    names = listed_names(client)
    assert len(names) == 20
    assert names.index("Stradom") < names.index("Śródmieście") < names.index("Trzech Wieszczów")
    assert names[-1] == "Zawodzie-Dąbie"


def test_a_district_added_later_takes_its_polish_place(client):
    # Code-point order would put both after every plain Z.
    District.objects.create(number=21, name="Żabiniec", slug="zabiniec", name_genitive="Żabiniec")
    District.objects.create(number=22, name="Łysiec", slug="lysiec", name_genitive="Łysiec")
    names = listed_names(client)
    assert names[-1] == "Żabiniec"
    assert names.index("Lisiniec") < names.index("Łysiec") < names.index("Mirów")


def test_polish_sort_key_orders_letters_with_diacritics_after_their_base():
    words = ["Zawodzie", "Śródmieście", "Żabiniec", "Źródło", "Stradom", "Ćma", "Dąb", "Cel"]
    assert sorted_polish(words, key=str) == [
        "Cel",
        "Ćma",
        "Dąb",
        "Stradom",
        "Śródmieście",
        "Zawodzie",
        "Źródło",
        "Żabiniec",
    ]
    assert polish_sort_key("ąb") > polish_sort_key("az")


def test_district_page_shows_council_office_duty_hours_and_contact(client, django_user_model):
    rakow = District.objects.get(slug="rakow")
    rakow.office_address = "ul. Testowa 5, 42-200 Częstochowa"
    rakow.email = "rada@example.com"
    rakow.website = "https://rada.example.com"
    rakow.save()
    DutyHour.objects.create(district=rakow, weekday=3, starts_at="17:00", ends_at="18:30")
    chair = make_user(django_user_model, "p@example.com", first_name="Ola", last_name="Zawada")
    radny = make_user(django_user_model, "r@example.com", first_name="Adam", last_name="Bąk")
    council_member_add(
        user=radny, district=rakow, function_form=CouncilMembership.FunctionForm.MASCULINE
    )
    council_member_add(
        user=chair,
        district=rakow,
        function=CouncilMembership.Function.CHAIR,
        function_form=CouncilMembership.FunctionForm.FEMININE,
    )
    html = client.get("/dzielnice/rakow/").content.decode()
    assert "Rada Dzielnicy Raków" in html
    assert "ul.\u00a0Testowa 5" in html
    assert '<th scope="row">Środa</th>' in html and "17:00–18:30" in html
    assert 'href="mailto:rada@example.com"' in html
    assert 'href="https://rada.example.com"' in html
    # The chair comes first, whatever the alphabet says.
    assert html.index("Ola Zawada") < html.index("Adam Bąk")


def test_a_deactivated_member_is_not_listed(client, council_member):
    council_member.is_active = False
    council_member.save()
    assert "Barbara" not in client.get("/dzielnice/bleszno/").content.decode()


def test_an_unknown_district_is_404(client):
    assert client.get("/dzielnice/atlantyda/").status_code == 404


def test_the_database_refuses_a_duty_hour_that_ends_before_it_starts():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        DutyHour.objects.create(
            district=District.objects.get(slug="mirow"),
            weekday=1,
            starts_at="18:00",
            ends_at="17:00",
        )
