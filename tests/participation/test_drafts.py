"""A pasted draft split into units, its page with anchors and counts, comments per unit."""

import pytest
from freezegun import freeze_time

from participation.drafts import split_draft
from participation.models import Comment
from participation.services import draft_document_split
from tests.consultations.conftest import NOW
from tests.participation.conftest import DRAFT_TEXT, add_draft, post

pytestmark = pytest.mark.django_db


def test_splitting_plain_text_gives_the_legislative_numbering():
    units = split_draft(DRAFT_TEXT)
    assert [(unit.kind, unit.label, unit.slug) for unit in units] == [
        ("wstep", "", "wstep"),
        ("naglowek", "Rozdział 1", "rozdzial-1"),
        ("paragraf", "§ 1", "par-1"),
        ("paragraf", "§ 2", "par-2"),
        ("ustep", "§ 2 ust. 1", "par-2-ust-1"),
        ("ustep", "§ 2 ust. 2", "par-2-ust-2"),
        ("punkt", "§ 2 ust. 2 pkt 1", "par-2-ust-2-pkt-1"),
        ("punkt", "§ 2 ust. 2 pkt 2", "par-2-ust-2-pkt-2"),
        ("litera", "§ 2 ust. 2 pkt 2 lit. a", "par-2-ust-2-pkt-2-lit-a"),
        ("litera", "§ 2 ust. 2 pkt 2 lit. b", "par-2-ust-2-pkt-2-lit-b"),
        ("punkt", "§ 2 ust. 2 pkt 3", "par-2-ust-2-pkt-3"),
        ("naglowek", "Rozdział 2", "rozdzial-2"),
        ("paragraf", "§ 3", "par-3"),
    ]
    assert units[0].text.startswith("Projekt\nUCHWAŁA NR")
    assert units[1].heading == "Przepisy ogólne"
    assert units[4].text == "Plac zabaw jest otwarty codziennie."
    assert units[8].text == "psów asystujących,"


def test_splitting_markdown_reads_headings_lists_and_emphasis():
    source = (
        "# Regulamin placu zabaw\n\n"
        "## Rozdział 1. Zasady ogólne\n\n"
        "**§ 1.** Plac jest *otwarty* codziennie.\n\n"
        "**§ 2.**\n\n"
        "1. Na placu obowiązuje zakaz:\n"
        "   1) palenia tytoniu,\n"
        "   2) wprowadzania psów.\n"
        "2. Opiekunowie odpowiadają za dzieci.\n"
    )
    units = split_draft(source)
    assert [(unit.label, unit.heading, unit.text) for unit in units] == [
        ("", "Regulamin placu zabaw", ""),
        ("Rozdział 1", "Zasady ogólne", ""),
        ("§ 1", "", "Plac jest otwarty codziennie."),
        ("§ 2", "", ""),
        ("§ 2 ust. 1", "", "Na placu obowiązuje zakaz:"),
        ("§ 2 ust. 1 pkt 1", "", "palenia tytoniu,"),
        ("§ 2 ust. 1 pkt 2", "", "wprowadzania psów."),
        ("§ 2 ust. 2", "", "Opiekunowie odpowiadają za dzieci."),
    ]


def test_a_second_split_keeps_the_units_and_their_comments(consultation, joined_resident):
    document = add_draft(consultation)
    unit = document.units.get(slug="par-3")
    comment = post(joined_resident, consultation, unit=unit)
    document.source = DRAFT_TEXT.replace("Prezydentowi Miasta", "Prezydentowi").replace(
        "3) jazdy na rowerze.\n", ""
    )
    outcome = draft_document_split(document=document)
    assert outcome.removed == 1  # pkt 3 went, it had no comments
    unit.refresh_from_db()
    assert unit.text == "Wykonanie uchwały powierza się Prezydentowi Częstochowy."
    assert Comment.objects.get(pk=comment.pk).unit == unit


def test_the_draft_page_shows_anchors_and_comment_counts(client, consultation, joined_resident):
    document = add_draft(consultation)
    unit = document.units.get(slug="par-2-ust-2-pkt-1")
    post(joined_resident, consultation, unit=unit, text="Także e-papierosy.")
    post(joined_resident, consultation, unit=unit, text="Zgoda.")
    with freeze_time(NOW):
        html = client.get(f"/konsultacje/{consultation.slug}/projekt/").content.decode()
    assert 'id="j-par-2-ust-2-pkt-1"' in html
    assert (
        f'href="/konsultacje/{consultation.slug}/?jednostka=par-2-ust-2-pkt-1#dyskusja">'
        "Komentarze: 2" in html
    )
    assert "?jednostka=par-3#nowy-komentarz" in html


def test_the_comment_list_filters_by_unit(client, consultation, joined_resident):
    document = add_draft(consultation)
    post(joined_resident, consultation, unit=document.units.get(slug="par-1"), text="O § 1.")
    post(joined_resident, consultation, unit=document.units.get(slug="par-3"), text="O § 3.")
    post(joined_resident, consultation, text="Ogólnie.")
    with freeze_time(NOW):
        filtered = client.get(f"{consultation.get_absolute_url()}?jednostka=par-3").content
        everything = client.get(consultation.get_absolute_url()).content
        unknown = client.get(f"{consultation.get_absolute_url()}?jednostka=nie-ma").content
    filtered, everything, unknown = (page.decode() for page in (filtered, everything, unknown))
    assert "O § 3." in filtered and "O § 1." not in filtered and "Ogólnie." not in filtered
    assert "Komentarze do: § 3" in filtered
    assert all(text in everything for text in ["O § 1.", "O § 3.", "Ogólnie."])
    assert "Nie ma takiego fragmentu projektu" in unknown


def test_a_resident_comments_on_a_unit_and_sees_it_under_that_unit(
    client, consultation, joined_resident
):
    add_draft(consultation)
    client.force_login(joined_resident)
    with freeze_time(NOW):
        form_page = client.get(f"{consultation.get_absolute_url()}?jednostka=par-1")
        assert '<option value="par-1" selected>' in form_page.content.decode()
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/dodaj/",
            {"unit": "par-1", "text": "Proszę dopisać godziny otwarcia."},
        )
        comment = Comment.objects.get()
        assert response["Location"] == (
            f"/konsultacje/{consultation.slug}/?jednostka=par-1#k-{comment.pk}"
        )
        html = client.get(response["Location"]).content.decode()
    assert comment.unit.slug == "par-1"
    assert html.index("Komentarze do: § 1") < html.index("Proszę dopisać godziny otwarcia.")
