"""The rich-text editor in Chromium, in the news panel and in the admin: Polish in every
label, tooltip, screen-reader name and dialog; nothing refused by the Content-Security-Policy
while every button and dialog is used; lists visible; keyboard tab stops only on buttons that
work, and a way out of a list."""

import re

import pytest

from tests.browser.actions import log_in
from tests.polish_register import english_leftovers, informal_forms

EDITABLE = ".prose-editor [contenteditable=true]"
CONTENT = ".ProseMirror[contenteditable]"  # the text, not the dropdown of styles
WHERE = {"panel": "/aktualnosci/panel/dodaj/", "admin": "/admin/news/news/add/"}

# English the editor (django-prose-editor and Tiptap) is written in: none of it may reach a
# label, tooltip, screen-reader name or dialog.
ENGLISH_WORDS = {
    "add",
    "blockquote",
    "bold",
    "bullets",
    "cancel",
    "cell",
    "cells",
    "column",
    "columns",
    "decimal",
    "delete",
    "edit",
    "header",
    "heading",
    "include",
    "insert",
    "italic",
    "letters",
    "link",
    "list",
    "lowercase",
    "merge",
    "new",
    "no",
    "numerals",
    "open",
    "ordered",
    "paragraph",
    "properties",
    "question_mark",
    "redo",
    "remove",
    "roman",
    "row",
    "rows",
    "split",
    "start",
    "table",
    "title",
    "toggle",
    "type",
    "undo",
    "unordered",
    "update",
    "uppercase",
    "url",
    "window",
    "yes",
}

# Everything a person reads or hears in the toolbar or a dialog. The icons' ligature names
# („format_bold”) are glyphs of the icon font, not text: each such button is named by aria-label.
COLLECT_WORDS = """(root) => {
  const found = []
  for (const element of root.querySelectorAll("*")) {
    for (const attribute of ["title", "aria-label", "placeholder"]) {
      const value = element.getAttribute(attribute)
      if (value) found.push(value)
    }
    if (element.classList.contains("material-icons")) continue
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) {
        found.push(node.textContent.trim())
      }
    }
  }
  return found
}"""


def english_in(texts):
    words = {word for text in texts for word in re.findall(r"[^\W\d]+(?:_\w+)?", text.lower())}
    return sorted(words & ENGLISH_WORDS) + english_leftovers("\n".join(texts))


def open_editor(page, where, council_member, superuser, settings):
    if where == "admin":
        settings.STAFF_MFA_REQUIRED = False
        log_in(page, superuser.email)
    else:
        log_in(page, council_member.email)
    page.goto(WHERE[where])
    editable = page.locator(EDITABLE)
    editable.wait_for()
    return editable


def press(page, name):
    page.locator(f".prose-menubar [data-name='{name}']").first.click()


def settle(page):
    """Let the editor catch up, as it does between a person's keystrokes: it takes back the
    focus in the next animation frame after a dialog, and reads a selection moved by End
    from the browser's selectionchange event, not at once."""
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def end_of_line(page):
    page.keyboard.press("End")
    settle(page)


def submit_dialog(page):
    page.locator("dialog[open] button[type=submit]").click()
    settle(page)


def dialog_words(page):
    dialog = page.locator("dialog[open]")
    dialog.wait_for()
    words = dialog.evaluate(COLLECT_WORDS)
    assert dialog.get_attribute("aria-labelledby")  # named by its heading
    return words


@pytest.mark.parametrize("where", ["panel", "admin"])
def test_every_label_tooltip_name_and_dialog_of_the_editor_is_polish(
    page, where, council_member, superuser, settings
):
    editable = open_editor(page, where, council_member, superuser, settings)
    words = page.locator(".prose-menubar").evaluate(COLLECT_WORDS)
    # Hidden buttons (table, list) are collected too: they are in the toolbar's markup.
    assert len(words) > 40

    editable.click()
    page.keyboard.type("Urząd Miasta Częstochowy")
    page.keyboard.press("Control+a")
    press(page, "link")
    words += dialog_words(page)
    page.keyboard.press("Escape")

    page.keyboard.press("End")
    press(page, "table")
    words += dialog_words(page)
    page.keyboard.press("Escape")

    press(page, "orderedList")
    press(page, "orderedListProperties")
    words += dialog_words(page)
    page.keyboard.press("Escape")
    words += page.locator(".prose-menubar").evaluate(COLLECT_WORDS)  # in a list now

    assert english_in(words) == []
    assert informal_forms("\n".join(words)) == []
    assert "Pogrubienie" in words and "Wstaw tabelę" in words and "Zakończ listę" in words
    assert page.csp_violations == []


@pytest.mark.parametrize("where", ["panel", "admin"])
def test_every_button_and_dialog_works_under_the_content_security_policy(
    page, where, council_member, superuser, settings
):
    editable = open_editor(page, where, council_member, superuser, settings)

    def stored():
        return page.evaluate("document.querySelector('.prose-editor textarea').value")

    def style_of(selector):
        return page.evaluate(
            f"getComputedStyle(document.querySelector('{CONTENT} {selector}')).listStyleType"
        )

    editable.click()
    page.keyboard.type("Plan ")
    press(page, "bold")
    page.keyboard.type("ważny ")
    press(page, "bold")
    press(page, "italic")
    page.keyboard.type("bardzo")
    press(page, "italic")
    assert stored() == "<p>Plan <strong>ważny </strong><em>bardzo</em></p>"

    # The block style dropdown: a heading, then a paragraph again.
    page.locator(".prose-menubar__selected").click()
    page.locator(".prose-menubar__picker [data-name=heading3]").click()
    assert stored().startswith("<h3>Plan")
    page.locator(".prose-menubar__selected").click()
    page.locator(".prose-menubar__picker [data-name=paragraph]").click()
    assert stored().startswith("<p>Plan")

    # A link (its dialog), taken off and put on again.
    end_of_line(page)
    page.keyboard.press("Enter")
    page.keyboard.type("Urząd Miasta")
    page.keyboard.press("Shift+Home")
    press(page, "link")
    page.locator("dialog[open] input[type=text]").first.fill("www.czestochowa.pl")
    submit_dialog(page)
    assert '<a href="www.czestochowa.pl"' in stored()  # https:// is added on saving
    press(page, "unlink")
    assert "<a " not in stored()
    press(page, "link")
    page.locator("dialog[open] input[type=text]").first.fill("/konsultacje/")
    submit_dialog(page)
    assert '<a href="/konsultacje/"' in stored()

    # Lists, with their bullets and numbers shown, the list dialog, and the way out.
    end_of_line(page)
    page.keyboard.press("Enter")
    press(page, "bulletList")
    page.keyboard.type("chleb")
    assert style_of("ul") == "disc"
    press(page, "leaveList")
    page.keyboard.press("Enter")
    press(page, "orderedList")
    page.keyboard.type("pierwszy")
    # The package's list view names no style until one is chosen: numbers by default.
    assert style_of("ol") not in {"none", "disc"}
    press(page, "orderedListProperties")
    page.locator("dialog[open] select").select_option(index=1)
    submit_dialog(page)
    assert style_of("ol") == "lower-alpha"
    press(page, "leaveList")
    assert stored().endswith("<p>chleb</p><p>pierwszy</p>")

    page.keyboard.press("Enter")
    press(page, "blockquote")
    page.keyboard.type("Głos mieszkanki")
    assert stored().endswith("<blockquote><p>Głos mieszkanki</p></blockquote>")
    press(page, "blockquote")

    # A table (its dialog: a header row by default), changed with every table button.
    end_of_line(page)
    page.keyboard.press("Enter")
    press(page, "table")
    page.locator("dialog[open] input[type=number]").first.fill("2")
    submit_dialog(page)
    assert page.locator(f"{CONTENT} table th").count() == 3
    for name in [
        "table:addColumnAfter",
        "table:addRowAfter",
        "table:toggleHeaderCell",
        "table:toggleHeaderCell",
        "table:deleteRow",
        "table:deleteColumn",
    ]:
        press(page, name)
    page.keyboard.press("Shift+ArrowRight")
    press(page, "table:mergeCells")
    assert 'colspan="2"' in stored()
    press(page, "table:splitCell")
    press(page, "table:deleteTable")
    assert "<table" not in stored()
    press(page, "history:undo")
    assert "<table" in stored()
    press(page, "history:redo")
    assert "<table" not in stored()
    assert '<a href="/konsultacje/"' in stored() and "<strong>ważny </strong>" in stored()
    assert page.csp_violations == []


def test_no_button_shows_a_missing_glyph(page, council_member, superuser, settings):
    open_editor(page, "panel", council_member, superuser, settings)
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('24px \"Material Icons\"')")
    arrow = page.evaluate(
        "getComputedStyle(document.querySelector('.prose-menubar__selected'), '::after').content"
    )
    assert arrow == '"▼" / ""'  # the package's „⏷” is in no common font


def test_greyed_buttons_are_no_tab_stops_and_a_list_can_be_left_by_keyboard(
    page, council_member, superuser, settings
):
    editable = open_editor(page, "panel", council_member, superuser, settings)
    editable.focus()
    page.keyboard.type("Zakupy:")
    page.keyboard.press("Enter")

    def stored_text():
        return page.evaluate("document.querySelector('.prose-editor textarea').value")

    def walk_back_to(name):
        """Shift+Tab from the text into the toolbar until the named button has the focus."""
        visited = []
        for _ in range(15):
            page.keyboard.press("Shift+Tab")
            focused = page.evaluate(
                "[document.activeElement.dataset.name || '',"
                " document.activeElement.getAttribute('aria-disabled')]"
            )
            visited.append(focused)
            if focused[0] == name:
                return visited
        raise AssertionError(f"{name} not reached: {visited}")

    # Nothing to undo yet would be greyed: here undo works, redo and the link do not.
    assert page.locator("[data-name='history:redo']").get_attribute("aria-disabled") == "true"
    assert page.locator("[data-name=link]").get_attribute("tabindex") == "-1"
    visited = walk_back_to("bulletList")
    names = [name for name, _ in visited]
    assert "history:redo" not in names and "link" not in names
    assert all(disabled is None for _, disabled in visited)

    page.keyboard.press("Enter")  # a bulleted list
    page.keyboard.type("chleb")
    page.keyboard.press("Enter")
    page.keyboard.type("mleko")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # Enter in an empty item leaves the list
    page.keyboard.type("Po liście.")
    assert stored_text() == (
        "<p>Zakupy:</p><ul><li><p>chleb</p></li><li><p>mleko</p></li></ul><p>Po liście.</p>"
    )

    # Shift+Tab in a list item ends the list too.
    page.keyboard.press("Enter")
    walk_back_to("bulletList")
    page.keyboard.press("Enter")  # the list again; the focus goes back to the text
    page.keyboard.type("jajka")
    leave = page.locator("[data-name=leaveList]")
    assert leave.is_visible() and leave.inner_text() == "Zakończ listę"
    page.keyboard.press("Shift+Tab")
    assert stored_text().endswith("<p>Po liście.</p><p>jajka</p>")
    assert not leave.is_visible()

    # „Zakończ listę” in the toolbar, reached by Tab from the field before the editor.
    press(page, "bulletList")
    page.focus("#id_lead")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.name") == "leaveList":
            break
    assert page.evaluate("document.activeElement.dataset.name") == "leaveList"
    page.keyboard.press("Enter")
    page.keyboard.type(" i masło")
    assert stored_text().endswith("<p>Po liście.</p><p>jajka i masło</p>")
    assert not leave.is_visible()
