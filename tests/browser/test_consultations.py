"""Residents find consultations in a real browser: filters without JavaScript, axe clean."""

from consultations.demo import seed_consultations
from tests.browser.axe import axe_violations


def seeded(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    seed_consultations()


def card_titles(page):
    """As typed: the titles are typeset with non-breaking spaces."""
    titles = page.locator(".consultation-list .card__title").all_inner_texts()
    return [title.replace("\u00a0", " ") for title in titles]


def test_filter_by_district_and_status_without_javascript(
    page_without_javascript, settings, tmp_path
):
    seeded(settings, tmp_path)
    page = page_without_javascript
    page.goto("/konsultacje/")
    assert len(card_titles(page)) == 9  # the published ones, the withdrawn one last
    page.select_option("#id_dzielnica", label="Śródmieście")
    page.select_option("#id_status", label="Trwające")
    page.click("text=Pokaż konsultacje")
    assert "dzielnica=srodmiescie" in page.url and "status=trwajace" in page.url
    # The III Aleja (Śródmieście) and the bus network (whole city) are open now.
    assert sorted(card_titles(page)) == [
        "Nowa sieć linii autobusowych i tramwajowych",
        "Przebudowa III Alei Najświętszej Maryi Panny",
    ]
    # The state is in the address: a status tab keeps the district.
    page.click(".status-tabs >> text=Planowane")
    assert "dzielnica=srodmiescie" in page.url and "status=planowane" in page.url
    assert card_titles(page) == []
    assert page.locator(".empty-state").is_visible()
    page.click("text=Wyczyść wszystkie filtry")
    assert len(card_titles(page)) == 9


def test_search_and_detail_without_javascript(page_without_javascript, settings, tmp_path):
    seeded(settings, tmp_path)
    page = page_without_javascript
    page.goto("/konsultacje/")
    page.fill("#id_q", "laki kwietne")  # typed without accents: the summary says „łąki”
    page.click("text=Pokaż konsultacje")
    assert card_titles(page) == ["Nowe nasadzenia i ścieżki w parku na Lisińcu"]
    page.click("text=Nowe nasadzenia i ścieżki w parku na Lisińcu")
    assert (
        page.locator("h1").inner_text() == "Nowe nasadzenia i\u00a0ścieżki w\u00a0parku na Lisińcu"
    )
    assert page.locator(".status-panel").inner_text().count("Planowane") == 1


def test_list_detail_calendar_and_results_have_no_axe_violations(page, settings, tmp_path):
    seeded(settings, tmp_path)
    for url in [
        "/konsultacje/",
        "/konsultacje/?dzielnica=abc&rok=xyz&page=999",
        "/konsultacje/?status=planowane&jednostka=MZD",
        "/konsultacje/przebudowa-alei-najswietszej-maryi-panny/",
        "/konsultacje/statut-filharmonii-czestochowskiej/",
        "/konsultacje/uspokojenie-ruchu-tysiaclecie/",
        "/kalendarz/",
        "/wyniki/",
    ]:
        response = page.goto(url)
        assert response.status == 200, url
        report = axe_violations(page)
        assert report == "", f"{url}\n{report}"
    assert page.csp_violations == []


def test_the_detail_page_fits_a_small_phone(page, settings, tmp_path):
    seeded(settings, tmp_path)
    page.set_viewport_size({"width": 320, "height": 800})
    for url in ["/konsultacje/", "/konsultacje/przebudowa-alei-najswietszej-maryi-panny/"]:
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
