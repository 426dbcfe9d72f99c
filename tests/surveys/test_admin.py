"""The survey builder in the admin: department scoping, duplication, codes, and answers kept."""

import re

import pytest

from surveys.models import AccessCode, Answer, Option, Question, Response, Section, Survey
from surveys.services import response_submit
from tests.adminform import change_form_data
from tests.conftest import with_second_factor
from tests.surveys.conftest import NOW, add_question, add_section, every_kind_survey, make_survey

pytestmark = pytest.mark.django_db
Kind = Question.Kind

SURVEYS = "/admin/surveys/survey/"
QUESTIONS = "/admin/surveys/question/"
PERSONAS = ["anonymous", "resident", "department_staff", "other_department_staff", "superuser"]
MAY_MANAGE = {"department_staff", "superuser"}


def sign_in(client, request, persona):
    if persona != "anonymous":
        client.force_login(with_second_factor(request.getfixturevalue(persona)))


def form_of(client, url, form_id):
    response = client.get(url)
    assert response.status_code == 200, url
    return change_form_data(response.content.decode(), form_id)


def answered(survey, question, **values):
    """A response with one answer to the question."""
    return response_submit(survey=survey, answers=[Answer(question=question, **values)], now=NOW)


@pytest.mark.parametrize("persona", PERSONAS)
def test_editing_a_survey_in_the_admin(client, request, persona):
    survey = every_kind_survey(title="Stary tytuł")
    url = f"{SURVEYS}{survey.pk}/change/"
    if persona in MAY_MANAGE:
        sign_in(client, request, persona)
        data = form_of(client, url, "survey_form") | {"title": "Nowy tytuł"}
        response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:3000]
        assert Survey.objects.get(pk=survey.pk).title == "Nowy tytuł"
        return
    sign_in(client, request, persona)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == (
        "/admin/" if persona == "other_department_staff" else f"/admin/login/?next={url}"
    )
    client.post(url, {"title": "Nowy tytuł"})
    assert Survey.objects.get(pk=survey.pk).title == "Stary tytuł"


def test_staff_see_only_their_own_departments_surveys(staff_client):
    make_survey("Ankieta IZ", department="IZ")
    make_survey("Ankieta MZD", department="MZD")
    html = staff_client.get(SURVEYS).content.decode()
    assert "Ankieta IZ" in html and "Ankieta MZD" not in html
    question = add_question(add_section(Survey.objects.get(title="Ankieta MZD")), Kind.SHORT_TEXT)
    assert "Pytanie" not in staff_client.get(QUESTIONS).content.decode().split("<tbody>")[-1]
    assert staff_client.get(f"{QUESTIONS}{question.pk}/change/").status_code == 302


def test_staff_may_choose_only_their_own_department_and_consultations(staff_client):
    from tests.consultations.conftest import make_consultation

    make_consultation("Konsultacje IZ", department="IZ")
    make_consultation("Konsultacje MZD", department="MZD")
    html = staff_client.get(f"{SURVEYS}add/").content.decode()
    departments = html.split('name="department"', 1)[1].split("</select>", 1)[0]
    assert "Wydział Inwestycji" in departments and "Miejski Zarząd Dróg" not in departments
    consultations = html.split('name="consultation"', 1)[1].split("</select>", 1)[0]
    assert "Konsultacje IZ" in consultations and "Konsultacje MZD" not in consultations


def test_staff_build_a_survey_with_sections_then_questions_with_options(staff_client):
    data = form_of(staff_client, f"{SURVEYS}add/", "survey_form") | {
        "title": "Nowa ankieta",
        "slug": "nowa-ankieta",
        "opens_at_0": "2026-04-01",
        "opens_at_1": "08:00:00",
        "closes_at_0": "2026-04-30",
        "closes_at_1": "23:59:00",
        "sections-TOTAL_FORMS": "2",
        "sections-0-position": "1",
        "sections-0-title": "O parku",
        "sections-1-position": "2",
        "sections-1-title": "O Państwu",
    }
    response = staff_client.post(f"{SURVEYS}add/", data)
    assert response.status_code == 302, response.content.decode()[:4000]
    survey = Survey.objects.get(slug="nowa-ankieta")
    assert survey.department.code == "IZ" and survey.status == Survey.Status.DRAFT
    first = survey.sections.get(title="O parku")
    change = staff_client.get(f"{SURVEYS}{survey.pk}/change/").content.decode()
    assert f"{QUESTIONS}add/?section={first.pk}" in change

    data = form_of(staff_client, f"{QUESTIONS}add/?section={first.pk}", "question_form")
    assert (data["section"], data["position"]) == (str(first.pk), "1")
    data |= {
        "text": "Co dodać w parku?",
        "kind": Kind.MULTIPLE,
        "max_choices": "2",
        "options-0-label": "Ławki",
        "options-0-position": "1",
        "options-1-label": "Drzewa",
        "options-1-position": "2",
        "options-2-label": "Inne (jakie?)",
        "options-2-position": "3",
        "options-2-is_other": "on",
    }
    response = staff_client.post(f"{QUESTIONS}add/?section={first.pk}", data)
    assert response.status_code == 302, response.content.decode()[:4000]
    assert response.url == f"{SURVEYS}{survey.pk}/change/"  # back to the survey being built
    question = Question.objects.get(text="Co dodać w parku?")
    next_one = form_of(staff_client, f"{QUESTIONS}add/?section={first.pk}", "question_form")
    assert next_one["position"] == "2"
    assert [(o.label, o.is_other) for o in question.options.all()] == [
        ("Ławki", False),
        ("Drzewa", False),
        ("Inne (jakie?)", True),
    ]


@pytest.mark.parametrize(
    ("kind", "labels"),
    [
        (Kind.YES_NO, ["Tak", "Nie", "Nie mam zdania"]),
        (Kind.DISTRICT, ["Błeszno", "Częstochówka-Parkitka"]),
    ],
)
def test_yes_no_and_district_questions_get_their_options_made(staff_client, kind, labels):
    survey = make_survey()
    section = add_section(survey)
    data = form_of(staff_client, f"{QUESTIONS}add/?section={section.pk}", "question_form")
    data |= {"text": "Pytanie", "kind": kind}
    data = {key: value for key, value in data.items() if not key.startswith("options-0")}
    data["options-TOTAL_FORMS"] = "0"
    response = staff_client.post(f"{QUESTIONS}add/", data)
    assert response.status_code == 302, response.content.decode()[:4000]
    question = Question.objects.get(text="Pytanie")
    got = list(question.options.values_list("label", flat=True))
    assert got[: len(labels)] == labels
    if kind == Kind.DISTRICT:
        assert len(got) == 21 and got[-1] == "spoza Częstochowy"
    html = staff_client.get(f"{QUESTIONS}{question.pk}/change/").content.decode()
    assert 'name="options-0-label"' not in html  # generated: nobody edits them


def test_a_question_with_answers_cannot_change_its_kind(staff_client):
    survey = every_kind_survey()
    single = Question.objects.get(section__survey=survey, kind=Kind.SINGLE)
    answered(survey, single, option=single.options.first())
    url = f"{QUESTIONS}{single.pk}/change/"
    data = form_of(staff_client, url, "question_form") | {"kind": Kind.MULTIPLE}
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert (
        "Na to pytanie zapisano już odpowiedzi (1): zmiana rodzaju pytania zniszczyłaby je."
        in response.content.decode()
    )
    assert Question.objects.get(pk=single.pk).kind == Kind.SINGLE


def test_a_question_without_answers_may_change_its_kind(staff_client):
    survey = every_kind_survey()
    single = Question.objects.get(section__survey=survey, kind=Kind.SINGLE)
    url = f"{QUESTIONS}{single.pk}/change/"
    data = form_of(staff_client, url, "question_form") | {"kind": Kind.MULTIPLE}
    assert staff_client.post(url, data).status_code == 302
    assert Question.objects.get(pk=single.pk).kind == Kind.MULTIPLE


def test_an_option_somebody_chose_cannot_be_removed_but_another_can(staff_client):
    survey = every_kind_survey()
    single = Question.objects.get(section__survey=survey, kind=Kind.SINGLE)
    chosen, unchosen = single.options.all()[:2]
    answered(survey, single, option=chosen)
    url = f"{QUESTIONS}{single.pk}/change/"
    data = form_of(staff_client, url, "question_form")
    index = {data[f"options-{i}-id"]: i for i in range(4)}
    response = staff_client.post(url, data | {f"options-{index[str(chosen.pk)]}-DELETE": "on"})
    assert response.status_code == 200
    assert "Tę odpowiedź wybrano już 1 razy: nie można jej usunąć" in response.content.decode()
    assert Option.objects.filter(pk=chosen.pk).exists()
    response = staff_client.post(url, data | {f"options-{index[str(unchosen.pk)]}-DELETE": "on"})
    assert response.status_code == 302
    assert not Option.objects.filter(pk=unchosen.pk).exists()


def test_a_scale_with_answers_may_widen_but_not_narrow(staff_client):
    survey = every_kind_survey()
    scale = Question.objects.get(section__survey=survey, kind=Kind.SCALE)
    answered(survey, scale, number=5)
    url = f"{QUESTIONS}{scale.pk}/change/"
    data = form_of(staff_client, url, "question_form")
    response = staff_client.post(url, data | {"max_value": "4"})
    assert (
        "1 z nich wykracza poza nowy zakres. Zakres można tylko poszerzyć."
        in response.content.decode()
    )
    assert staff_client.post(url, data | {"min_value": "0", "max_value": "6"}).status_code == 302


def test_a_question_with_answers_cannot_be_deleted_and_the_page_says_why(staff_client):
    survey = every_kind_survey()
    text = Question.objects.get(section__survey=survey, kind=Kind.SHORT_TEXT)
    answered(survey, text, text="Staw")
    url = f"{QUESTIONS}{text.pk}/delete/"
    html = staff_client.get(url).content.decode()
    assert "zapisane odpowiedzi na to pytanie: 1" in html
    staff_client.post(url, {"post": "yes"})
    assert Question.objects.filter(pk=text.pk).exists()


def test_a_section_with_answers_cannot_be_removed_from_the_survey(staff_client):
    survey = every_kind_survey()
    text = Question.objects.get(section__survey=survey, kind=Kind.SHORT_TEXT)
    answered(survey, text, text="Staw")
    url = f"{SURVEYS}{survey.pk}/change/"
    data = form_of(staff_client, url, "survey_form") | {"sections-0-DELETE": "on"}
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert (
        "W tej części są pytania z zapisanymi odpowiedziami (1): nie można jej usunąć."
        in response.content.decode()
    )
    assert Section.objects.filter(survey=survey).count() == 1


def test_a_survey_without_questions_stays_a_draft(staff_client):
    survey = make_survey(published=False)
    url = f"{SURVEYS}{survey.pk}/change/"
    data = form_of(staff_client, url, "survey_form") | {"status": Survey.Status.PUBLISHED}
    response = staff_client.post(url, data)
    assert "Ankietę bez pytań można zapisać tylko jako szkic" in response.content.decode()
    assert Survey.objects.get(pk=survey.pk).status == Survey.Status.DRAFT


def test_a_poll_has_exactly_one_question(staff_client):
    survey = every_kind_survey(published=False)
    url = f"{SURVEYS}{survey.pk}/change/"
    data = form_of(staff_client, url, "survey_form") | {
        "status": Survey.Status.PUBLISHED,
        "kind": Survey.Kind.POLL,
    }
    response = staff_client.post(url, data)
    assert "Sonda ma dokładnie jedno pytanie, a ta ma 10." in response.content.decode()


def test_a_published_survey_keeps_its_address(staff_client):
    survey = every_kind_survey()
    html = staff_client.get(f"{SURVEYS}{survey.pk}/change/").content.decode()
    assert 'name="slug"' not in html


def test_duplicating_makes_a_draft_copy_without_answers_or_codes(staff_client, superuser):
    from surveys.services import access_codes_generate

    survey = every_kind_survey(title="Oryginał")
    text = Question.objects.get(section__survey=survey, kind=Kind.SHORT_TEXT)
    answered(survey, text, text="Staw")
    access_codes_generate(survey=survey, user=superuser, count=2)
    response = staff_client.post(
        SURVEYS, {"action": "duplicate", "_selected_action": [survey.pk], "index": 0}, follow=True
    )
    assert "Utworzono kopię:" in response.content.decode()
    copy = Survey.objects.get(title="Oryginał (kopia)")
    assert copy.slug == f"{survey.slug}-kopia" and copy.status == Survey.Status.DRAFT

    def shape(s):
        return [
            (
                q.section.title,
                q.position,
                q.text,
                q.kind,
                [(o.label, o.is_other, o.district_id) for o in q.options.all()],
            )
            for q in Question.objects.filter(section__survey=s).order_by(
                "section__position", "position"
            )
        ]

    assert shape(copy) == shape(survey)
    assert not copy.responses.exists() and not copy.access_codes.exists()
    assert Response.objects.filter(survey=survey).count() == 1


def test_staff_of_another_department_cannot_duplicate(client, other_department_staff):
    survey = every_kind_survey()
    client.force_login(with_second_factor(other_department_staff))
    client.post(SURVEYS, {"action": "duplicate", "_selected_action": [survey.pk], "index": 0})
    assert Survey.objects.count() == 1


def test_staff_make_codes_and_get_a_sheet_to_print_once(staff_client):
    survey = every_kind_survey()
    url = f"{SURVEYS}{survey.pk}/kody/"
    assert (
        f'href="/admin/surveys/survey/{survey.pk}/kody/"'
        in staff_client.get(f"{SURVEYS}{survey.pk}/change/").content.decode()
    )
    html = staff_client.get(url).content.decode()
    assert "Nowe kody zobaczą Państwo tylko raz" in html
    response = staff_client.post(url, {"count": "12"})
    html = response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")
    printed = re.findall(r'<span class="code-sheet__code">([^<]+)</span>', html)
    assert len(printed) == len(set(printed)) == 12
    assert AccessCode.objects.filter(survey=survey, used=False).count() == 12
    assert Survey.objects.get(pk=survey.pk).uses_codes


@pytest.mark.parametrize(
    ("count", "message"),
    [
        ("0", "od 1 do 2000"),
        ("2001", "od 1 do 2000"),
        ("dużo", "liczbę całkowitą"),
        ("", "ile kodów"),
    ],
)
def test_a_wrong_number_of_codes_is_refused(staff_client, count, message):
    survey = every_kind_survey()
    response = staff_client.post(f"{SURVEYS}{survey.pk}/kody/", {"count": count})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not AccessCode.objects.exists()


def test_staff_of_another_department_cannot_make_codes(client, other_department_staff):
    survey = every_kind_survey()
    client.force_login(with_second_factor(other_department_staff))
    response = client.post(f"{SURVEYS}{survey.pk}/kody/", {"count": "5"})
    assert response.status_code == 302 and response.url == "/admin/"
    assert not AccessCode.objects.exists()


def test_only_a_superuser_deletes_a_survey_and_only_one_without_answers(
    client, staff_client, superuser
):
    empty = make_survey("Pusta")
    survey = every_kind_survey()
    answered(survey, Question.objects.get(section__survey=survey, kind=Kind.SHORT_TEXT), text="x")
    assert staff_client.post(f"{SURVEYS}{empty.pk}/delete/", {"post": "yes"}).status_code == 403
    client.force_login(with_second_factor(superuser))
    assert client.post(f"{SURVEYS}{survey.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post(f"{SURVEYS}{empty.pk}/delete/", {"post": "yes"}).status_code == 302
    assert list(Survey.objects.values_list("title", flat=True)) == [survey.title]
