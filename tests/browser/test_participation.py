"""A resident comments on one unit of a draft with the keyboard only; the discussion's
pages pass axe: a consultation with comments, the comment form with errors, the queue."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

from participation.models import Comment, Remark
from participation.services import comment_report, remark_add
from tests.browser.actions import log_in
from tests.browser.axe import axe_violations
from tests.conftest import PASSWORD, make_user
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


def test_a_newcomer_signs_up_confirms_the_address_and_comments_on_a_unit_by_keyboard(page):
    consultation = open_consultation()
    add_draft(consultation)
    page.goto(f"/konsultacje/{consultation.slug}/projekt/")
    tab_to(page, "#j-par-2-ust-1 a:has-text('Skomentuj')")
    page.keyboard.press("Enter")
    page.wait_for_url("**?jednostka=par-2-ust-1#nowy-komentarz")

    # Not signed in: the discussion invites to sign up.
    tab_to(page, ".discussion__new a:has-text('założyć konto')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/signup/")
    tab_to(page, "#id_email")
    page.keyboard.type("nowa.mieszkanka@example.com")
    tab_to(page, "#id_password1")
    page.keyboard.type(PASSWORD)
    tab_to(page, "#id_password2")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/confirm-email/")

    # The confirmation link from the e-mail the portal sent (Celery runs it at once here).
    assert [message.to for message in mail.outbox] == [["nowa.mieszkanka@example.com"]]
    link = re.search(r"https?://\S+/konto/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(link)
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/login/**")

    tab_to(page, "#id_login")
    page.keyboard.type("nowa.mieszkanka@example.com")
    tab_to(page, "#id_password")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_selector("a:has-text('Wyloguj się')")

    page.goto(f"/konsultacje/{consultation.slug}/projekt/")
    tab_to(page, "#j-par-2-ust-1 a:has-text('Skomentuj')")
    page.keyboard.press("Enter")
    page.wait_for_url("**?jednostka=par-2-ust-1#nowy-komentarz")
    assert page.input_value("#id_unit") == "par-2-ust-1"
    tab_to(page, "#id_text")
    page.keyboard.type("Plac powinien być otwarty także w nocy latem.")
    tab_to(page, "button:has-text('Dodaj komentarz')")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Zanim dodadzą Państwo pierwszy komentarz")
    tab_to(page, "#id_uczestnik-display_name")
    page.keyboard.type("Nowa z Rakowa")
    tab_to(page, "#id_uczestnik-accept_terms")
    page.keyboard.press("Space")
    tab_to(page, "button:has-text('Akceptuję Regulamin i dodaję komentarz')")
    page.keyboard.press("Enter")

    page.wait_for_selector(".message--success")
    comment = Comment.objects.get()
    assert (comment.unit.slug, comment.author.email) == (
        "par-2-ust-1",
        "nowa.mieszkanka@example.com",
    )
    unit_box = page.locator(".discussion__unit")
    assert "Komentarze do: § 2 ust. 1" in unit_box.inner_text()
    article = page.locator(f"#k-{comment.pk}")
    assert "Plac powinien być otwarty także w nocy latem." in article.inner_text()
    assert "Nowa z Rakowa" in article.inner_text()
    assert unit_box.bounding_box()["y"] < article.bounding_box()["y"]
    page.goto(f"/konsultacje/{consultation.slug}/projekt/")
    assert "Komentarze: 1" in page.locator("#j-par-2-ust-1").inner_text()
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


def test_the_remarks_form_its_errors_the_confirmation_and_the_list_pass_axe_and_fit_320_px(
    page, resident, department_staff
):
    from datetime import date

    now = timezone.now()
    plan = make_consultation(
        "Plan miejscowy Kiedrzyn",
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=20),
        methods=("uwagi-na-formularzu",),
        procedure="plan",
    )
    add_draft(plan)
    remark_add(
        consultation=plan,
        channel=Remark.Channel.PAPER,
        received_on=date.today(),
        content="Uwaga z Kancelarii " + "bardzo-długie-słowo-" * 6,
        proposed_wording="https://example.com/" + "a" * 120,
        author_name="Anna Tajemnicza",
        author_address="ul. Ukryta 1",
    )
    log_in(page, resident.email)
    form = f"/konsultacje/{plan.slug}/uwagi/zglos/"
    page.goto(form)
    assert axe_violations(page) == ""
    page.click("button:has-text('Wyślij uwagę')")
    page.wait_for_selector(".error-summary")
    assert (
        "Prosimy podać imię i nazwisko albo nazwę." in page.locator(".error-summary").inner_text()
    )
    assert axe_violations(page) == ""

    # Keyboard only, from the error summary's first link to the confirmation.
    tab_to(page, "#id_author_name")
    page.keyboard.type("Jan Przykładowy")
    tab_to(page, "#id_author_address")
    page.keyboard.type("ul. Przykładowa 2, 42-200 Częstochowa")
    tab_to(page, "#id_is_property_owner_0")  # a radio group: Tab enters, arrows choose
    page.keyboard.press("ArrowDown")  # „Nie”
    tab_to(page, "#id_unit")
    page.keyboard.press("ArrowDown")
    tab_to(page, "#id_content")
    page.keyboard.type("Za wysoka zabudowa przy parku.")
    tab_to(page, "button:has-text('Wyślij uwagę')")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Przyjęliśmy uwagę nr 2')")
    assert axe_violations(page) == ""
    remark = Remark.objects.get(number=2)
    assert (remark.author_name, remark.is_property_owner) == ("Jan Przykładowy", False)

    page.goto(f"/konsultacje/{plan.slug}/uwagi/")
    assert axe_violations(page) == ""
    assert "Tajemnicza" not in page.content() and "Przykładowy" not in page.content()
    page.set_viewport_size({"width": 320, "height": 800})
    for url in [form, f"/konsultacje/{plan.slug}/uwagi/"]:
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url
    assert page.csp_violations == []


def test_a_remark_is_sent_without_javascript(page_without_javascript, resident):
    page = page_without_javascript
    now = timezone.now()
    consultation = make_consultation(
        "Statut parków",
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=20),
        methods=("uwagi-na-formularzu",),
    )
    log_in(page, resident.email)
    page.goto(consultation.get_absolute_url())
    page.click("a:has-text('Złóż uwagę na formularzu')")
    page.fill("#id_content", "Więcej koszy na śmieci.")
    page.click("button:has-text('Wyślij uwagę')")
    page.wait_for_selector("h1:has-text('Przyjęliśmy uwagę nr 1')")
    assert Remark.objects.get().content == "Więcej koszy na śmieci."
