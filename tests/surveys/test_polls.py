"""Quick polls (sondy): answered on the home page or a consultation's page without
JavaScript, results shown only where visible, nothing taken from a closed poll."""

import re

import pytest
from django.urls import reverse
from freezegun import freeze_time

from surveys.models import Answer, Option, Question, Response, Survey
from tests.consultations.conftest import make_consultation
from tests.surveys.conftest import DAY, NOW, add_question, add_section, make_survey, readable

pytestmark = pytest.mark.django_db
AT_ONCE = Survey.ResultsVisibility.AT_ONCE
AFTER = Survey.ResultsVisibility.AFTER_CLOSING
STAFF = Survey.ResultsVisibility.STAFF_ONLY


def make_poll(visibility=AT_ONCE, **fields) -> Survey:
    fields = {"kind": Survey.Kind.POLL, "on_home_page": True} | fields
    poll = make_survey("Sonda o parku", results_visibility=visibility, **fields)
    add_question(
        add_section(poll),
        Question.Kind.SINGLE,
        "Czy w parku potrzebna jest fontanna?",
        options=["Tak", "Nie", "Nie wiem"],
    )
    return poll


def choice(poll, label):
    return Option.objects.get(question__section__survey=poll, label=label)


def answer(client, poll, label="Tak", back="/", moment=NOW, **extra):
    question = Question.objects.get(section__survey=poll)
    data = {f"q{question.pk}": choice(poll, label).pk if label else "", "powrot": back} | extra
    with freeze_time(moment):
        return client.post(reverse("surveys:poll", args=[poll.slug]), data)


def home(client, query="", moment=NOW):
    with freeze_time(moment):
        return readable(client.get("/" + query).content.decode())


def test_the_home_page_shows_the_poll_as_a_form_that_works_without_javascript(client):
    poll = make_poll()
    html = home(client)
    form = re.search(r'<form class="form poll__form" method="post" action="([^"]+)"', html)
    assert form.group(1) == f"/ankiety/{poll.slug}/sonda/"
    assert "Czy w parku potrzebna jest fontanna?" in html
    assert 'type="radio"' in html and 'name="powrot" value="/"' in html
    assert "poll-results" not in html  # before answering: the question, not the count


def test_answering_comes_back_to_the_home_page_and_shows_the_current_result(client):
    poll = make_poll()
    answer(client.__class__(), poll, "Nie")
    response = answer(client, poll, "Tak")
    assert response.status_code == 302
    assert response.url == "/?sonda=dziekujemy#sonda"
    assert Response.objects.filter(survey=poll, channel="internet").count() == 2
    html = home(client, "?sonda=dziekujemy")
    assert "Dziękujemy za odpowiedź" in html
    assert "Wyniki w tej chwili: 2 odpowiedzi" in html
    assert re.search(r"Tak</span> <span class=\"poll-results__figure\">50% \(1 głos\)", html)
    assert '<rect class="poll-results__fill" width="50"' in html
    assert "poll__form" not in html


def test_the_home_page_is_the_same_for_everyone_and_sets_no_cookie(client):
    poll = make_poll()
    answer(client, poll)
    with freeze_time(NOW):
        answered = client.get("/?sonda=dziekujemy")
        stranger = client.__class__().get("/?sonda=dziekujemy")
        fresh = client.get("/")
    assert answered.content == stranger.content
    assert not answered.cookies and not fresh.cookies
    assert "poll__form" in fresh.content.decode()  # the plain address always asks


@pytest.mark.parametrize(
    ("visibility", "shown"),
    [
        (AT_ONCE, "Wyniki w tej chwili"),
        (AFTER, "Wyniki sondy pokażemy po jej zakończeniu"),
        (STAFF, "Wyniki sondy opracuje"),
    ],
)
def test_the_result_is_shown_only_where_visible(client, visibility, shown):
    poll = make_poll(visibility)
    answer(client, poll)
    html = home(client, "?sonda=dziekujemy")
    assert shown in html
    assert ("poll-results" in html) == (visibility == AT_ONCE)


def test_after_closing_the_home_page_shows_the_final_result_of_a_poll_with_public_results(
    client,
):
    poll = make_poll(AFTER)
    answer(client, poll)
    html = home(client, moment=poll.closes_at + DAY)
    assert "Sonda zakończona" in html and "Wyniki: 1 odpowiedź" in html
    assert "poll__form" not in html


def test_a_closed_poll_whose_results_are_for_staff_leaves_the_home_page(client):
    poll = make_poll(STAFF)
    assert "poll__form" not in home(client, moment=poll.closes_at + DAY)
    assert "Sonda zakończona" not in home(client, moment=poll.closes_at + DAY)


def test_a_second_answer_from_the_same_browser_is_not_saved(client):
    poll = make_poll()
    answer(client, poll)
    again = answer(client, poll, "Nie")
    assert again.url == "/?sonda=odpowiedziano#sonda"
    assert Response.objects.count() == 1
    assert "kolejnej nie zapisaliśmy" in home(client, "?sonda=odpowiedziano")


def test_a_forged_option_is_refused_and_nothing_saved(client):
    poll = make_poll()
    other = make_poll(slug="inna-sonda")
    question = Question.objects.get(section__survey=poll)
    with freeze_time(NOW):
        response = client.post(
            reverse("surveys:poll", args=[poll.slug]),
            {f"q{question.pk}": choice(other, "Tak").pk, "powrot": "/"},
        )
    html = readable(response.content.decode())
    assert response.status_code == 200
    assert "Wybrana odpowiedź nie należy do tego pytania" in html
    assert Answer.objects.count() == 0 and Response.objects.count() == 0


def test_no_choice_is_refused_beside_the_question(client):
    poll = make_poll()
    response = answer(client, poll, label=None)
    html = readable(response.content.decode())
    assert "Prosimy wybrać jedną odpowiedź." in html
    assert 'class="error-summary"' in html
    assert Response.objects.count() == 0


@pytest.mark.parametrize("moment", [NOW - 2 * DAY, NOW + 21 * DAY])
def test_a_poll_not_open_takes_nothing(client, moment):
    poll = make_poll()
    response = answer(client, poll, moment=moment)
    assert response.status_code == 403
    assert Response.objects.count() == 0


def test_a_draft_poll_takes_nothing_and_is_not_shown(client):
    poll = make_poll(published=False)
    assert answer(client, poll).status_code == 404
    assert "poll__form" not in home(client)
    assert Response.objects.count() == 0


def test_the_answer_goes_back_only_to_the_home_page_or_the_polls_consultation(client):
    poll = make_poll()
    response = answer(client, poll, back="https://example.com/")
    assert response.url == f"/ankiety/{poll.slug}/sonda/?sonda=dziekujemy#sonda"


def test_a_poll_of_a_consultation_is_answered_on_its_page(client):
    some_consultation = make_consultation("Park na Lisińcu")
    poll = make_poll(on_home_page=False, consultation=some_consultation)
    page = some_consultation.get_absolute_url()
    with freeze_time(NOW):
        html = client.get(page).content.decode()
    assert f'action="/ankiety/{poll.slug}/sonda/"' in html
    assert f'name="powrot" value="{page}"' in html
    response = answer(client, poll, back=page)
    assert response.url == f"{page}?sonda=dziekujemy#sonda"
    with freeze_time(NOW):
        after = readable(client.get(response.url).content.decode())
    assert "Wyniki w tej chwili: 1 odpowiedź" in after
    assert "poll__form" not in home(client)  # not a home-page poll


def test_the_polls_own_page_shows_it(client):
    poll = make_poll()
    with freeze_time(NOW):
        response = client.get(reverse("surveys:poll", args=[poll.slug]))
    assert response.status_code == 200
    assert "Czy w parku potrzebna jest fontanna?" in response.content.decode()
