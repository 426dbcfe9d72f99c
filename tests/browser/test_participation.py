"""A resident comments on one unit of a draft with the keyboard only; the discussion's
pages pass axe: a consultation with comments, the comment form with errors, the queue."""

from datetime import timedelta

from django.utils import timezone

from participation.models import Comment
from participation.services import comment_report
from tests.browser.actions import log_in
from tests.browser.axe import axe_violations
from tests.conftest import make_user
from tests.consultations.conftest import make_consultation
from tests.participation.conftest import add_draft, joined

MAX_TABS = 150


def open_consultation():
    now = timezone.now()
    return make_consultation(
        "Place zabaw w dzielnicach",
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=20),
        methods=("ankieta", "komentarze-online"),
    )


def tab_to(page, selector):
    """Press Tab until the element is focused, as a keyboard user would."""
    target = page.locator(selector)
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_resident_comments_on_a_unit_with_the_keyboard_only(page, resident):
    consultation = open_consultation()
    add_draft(consultation)
    log_in(page, resident.email)
    page.goto(f"/konsultacje/{consultation.slug}/projekt/")
    tab_to(page, "#j-par-1 a:has-text('Skomentuj')")
    page.keyboard.press("Enter")
    page.wait_for_url("**?jednostka=par-1#nowy-komentarz")
    assert page.input_value("#id_unit") == "par-1"
    tab_to(page, "#id_text")
    page.keyboard.type("Prosimy dopisać godziny otwarcia placów.")
    tab_to(page, "button:has-text('Dodaj komentarz')")
    page.keyboard.press("Enter")

    # Before the first comment: the name shown and the Regulamin, the text kept.
    page.wait_for_selector("text=Zanim dodadzą Państwo pierwszy komentarz")
    assert page.input_value("#id_text") == "Prosimy dopisać godziny otwarcia placów."
    tab_to(page, "#id_uczestnik-display_name")
    page.keyboard.type("Maria z Rakowa")
    tab_to(page, "#id_uczestnik-accept_terms")
    page.keyboard.press("Space")
    tab_to(page, "button:has-text('Akceptuję Regulamin i dodaję komentarz')")
    page.keyboard.press("Enter")

    page.wait_for_selector(".message--success")
    comment = Comment.objects.get()
    assert comment.unit.slug == "par-1"
    unit_box = page.locator(".discussion__unit")
    assert "Komentarze do: § 1" in unit_box.inner_text()
    article = page.locator(f"#k-{comment.pk}")
    assert "Prosimy dopisać godziny otwarcia placów." in article.inner_text()
    assert "Maria z Rakowa" in article.inner_text()
    assert unit_box.bounding_box()["y"] < article.bounding_box()["y"]
    assert page.csp_violations == []


def test_a_consultation_with_comments_and_the_form_with_errors_pass_axe(
    page, resident, django_user_model
):
    consultation = open_consultation()
    add_draft(consultation)
    author = joined(make_user(django_user_model, "autor@example.com"), "Autor")
    top = Comment.objects.create(
        consultation=consultation,
        author=author,
        shown_name="Autor",
        text="Komentarz https://example.com",
        unit=consultation.draft_documents.get().units.get(slug="par-1"),
    )
    Comment.objects.create(
        consultation=consultation, author=author, shown_name="Autor", text="Odpowiedź", parent=top
    )
    joined(resident)
    page.goto(consultation.get_absolute_url())
    assert axe_violations(page) == ""
    log_in(page, resident.email)
    page.goto(consultation.get_absolute_url())
    assert axe_violations(page) == ""
    page.goto(f"/konsultacje/{consultation.slug}/projekt/")
    assert axe_violations(page) == ""
    page.goto(consultation.get_absolute_url() + "#nowy-komentarz")
    page.click("button:has-text('Dodaj komentarz')")
    page.wait_for_selector(".error-summary")
    assert "Prosimy wpisać treść komentarza." in page.locator(".error-summary").inner_text()
    assert axe_violations(page) == ""


def test_the_moderation_queue_passes_axe_and_works_without_a_mouse(
    page, moderator, django_user_model
):
    consultation = open_consultation()
    author = joined(make_user(django_user_model, "autor@example.com"), "Autor")
    comment = Comment.objects.create(
        consultation=consultation, author=author, shown_name="Autor", text="Reklama okien"
    )
    for number in range(3):
        comment_report(
            comment=comment,
            reporter=make_user(django_user_model, f"r{number}@example.com"),
            reason="reklama",
        )
    log_in(page, moderator.email)
    page.goto("/moderacja/")
    assert axe_violations(page) == ""
    tab_to(page, ".moderation-queue__title a")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Zgłoszony komentarz')")
    assert axe_violations(page) == ""
    tab_to(page, "#id_ukryj-reason")
    page.keyboard.type("Reklama.")
    page.keyboard.press("Enter")
    page.wait_for_selector(".message--success")
    comment.refresh_from_db()
    assert comment.state == Comment.State.HIDDEN


def test_commenting_works_without_javascript(page_without_javascript, resident):
    page = page_without_javascript
    consultation = open_consultation()
    joined(resident)
    log_in(page, resident.email)
    page.goto(consultation.get_absolute_url())
    page.fill("#id_text", "Bez JavaScriptu też działa.")
    page.click("button:has-text('Dodaj komentarz')")
    page.wait_for_selector(".message--success")
    assert "Bez JavaScriptu też działa." in page.locator(".comments").inner_text()


def test_the_discussion_pages_fit_320_pixels(page, resident, django_user_model):
    consultation = open_consultation()
    add_draft(consultation)
    author = joined(make_user(django_user_model, "autor@example.com"), "Autor")
    Comment.objects.create(
        consultation=consultation,
        author=author,
        shown_name="Autor",
        text="Bardzo-długie-słowo-bez-spacji-" * 8 + " https://example.com/" + "a" * 120,
        unit=consultation.draft_documents.get().units.get(slug="par-2-ust-2-pkt-2-lit-a"),
    )
    joined(resident)
    page.set_viewport_size({"width": 320, "height": 800})
    log_in(page, resident.email)
    for url in [
        consultation.get_absolute_url(),
        f"{consultation.get_absolute_url()}?jednostka=par-2-ust-2-pkt-2-lit-a",
        f"/konsultacje/{consultation.slug}/projekt/",
    ]:
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
