"""The news filter shows which council's news is listed: its option is the selected one."""

import re

import pytest

pytestmark = pytest.mark.django_db


def selected_options(html):
    select = html.split('<select id="dzielnica" name="dzielnica">')[1].split("</select>")[0]
    return re.findall(r'<option value="([^"]*)"[^>]* selected>', select)


def test_the_chosen_district_is_selected_in_the_filter(client):
    html = client.get("/aktualnosci/?dzielnica=rakow").content.decode()
    assert selected_options(html) == ["rakow"]
    assert '<option value="rakow" selected>Rada Dzielnicy Raków</option>' in html


def test_city_wide_news_are_selected_in_the_filter(client):
    html = client.get("/aktualnosci/?dzielnica=miasto").content.decode()
    assert selected_options(html) == ["miasto"]


def test_without_a_choice_all_news_are_shown_and_nothing_else_is_selected(client):
    html = client.get("/aktualnosci/").content.decode()
    assert selected_options(html) == []
    assert '<option value="">wszystkie</option>' in html


def test_an_unknown_district_selects_nothing_and_says_so(client):
    html = client.get("/aktualnosci/?dzielnica=atlantyda").content.decode()
    assert selected_options(html) == []
    assert "Nie ma dzielnicy o takim adresie. Prosimy wybrać dzielnicę z listy." in html
