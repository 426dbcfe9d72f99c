// The rich-text editor as the portal needs it: a Polish toolbar, tab stops only on buttons
// that do something, a way out of a list, a table dialog with a check box instead of
// „Yes/No”, and nothing the Content-Security-Policy would refuse.
//
// django-prose-editor loads this module for the "PolishEditor" extension (settings.py,
// common/richtext.py). Its words come from the page's JavaScript catalogue (/jsi18n/,
// EDITOR_WORDS in common/richtext.py): the package asks gettext in its dialogs but names
// its toolbar buttons in English, so those names are looked up here.
import { crel, Extension, updateAttrsDialog } from "django-prose-editor/editor"

const gettext = (text) => (window.gettext ? window.gettext(text) : text)

// Buttons that switch something on and off: screen readers announce them as pressed or not.
const TOGGLES = new Set(["bold", "italic", "bulletList", "orderedList", "blockquote"])
const EVERY_GROUP =
  "blockType nodes headings lists marks link table history utility textAlign nodeClass textClass"

function translate(element) {
  for (const attribute of ["title", "aria-label"]) {
    const english = element.getAttribute(attribute)
    if (english) element.setAttribute(attribute, gettext(english))
  }
}

const tableDialog = () =>
  updateAttrsDialog(
    {
      rows: {
        type: "number",
        title: gettext("Rows"),
        format: "number",
        default: "3",
        min: "1",
        max: "100",
        required: true,
      },
      cols: {
        type: "number",
        title: gettext("Columns"),
        format: "number",
        default: "3",
        min: "1",
        max: "20",
        required: true,
      },
      withHeaderRow: { type: "boolean", title: gettext("Include header row") },
    },
    { title: gettext("Table Properties"), submitText: gettext("Insert Table") },
  )

function insertTable(editor) {
  // A header row is the default: a table without one is hard to follow with a screen reader.
  tableDialog()(editor, { rows: "3", cols: "3", withHeaderRow: true }).then((values) => {
    if (!values) return
    editor
      .chain()
      .focus()
      .insertTable({
        rows: Number.parseInt(values.rows, 10) || 3,
        cols: Number.parseInt(values.cols, 10) || 3,
        withHeaderRow: values.withHeaderRow,
      })
      .run()
  })
}

// Greyed buttons leave the tab order and say they are unavailable; toggles say whether
// they are on; the dropdown's "nothing matches" button gets its Polish name.
function reflectState(bar) {
  for (const button of bar.querySelectorAll("button")) {
    const disabled = button.classList.contains("disabled")
    button.tabIndex = disabled ? -1 : 0
    if (disabled) button.setAttribute("aria-disabled", "true")
    else button.removeAttribute("aria-disabled")
    if (TOGGLES.has(button.dataset.name) && !button.closest(".prose-menubar__dropdown")) {
      button.setAttribute("aria-pressed", String(button.classList.contains("active")))
    }
    if (button.getAttribute("aria-label") === "question_mark") translate(button)
  }
}

// The editor's dialogs are named by their heading.
function nameDialogs(root) {
  for (const dialog of root.querySelectorAll("dialog.prose-editor-dialog:not([aria-labelledby])")) {
    const heading = dialog.querySelector(".prose-editor-dialog-title")
    if (!heading) continue
    heading.id = `${dialog.querySelector("input, select")?.id || "prose-editor"}-title`
    dialog.setAttribute("aria-labelledby", heading.id)
  }
}

export const PolishEditor = Extension.create({
  name: "polishEditor",
  // Last of all extensions, so the buttons of the others are defined when it renames them.
  priority: 1,

  onBeforeCreate() {
    // Tiptap would add its few base rules in an inline <style>, which the portal's policy
    // refuses; static/css/editor.css carries them instead.
    this.editor.options.injectCSS = false
  },

  addMenuItems({ menu }) {
    for (const item of menu.items(EVERY_GROUP)) {
      if (item.button) translate(item.button)
      if (item.option) item.option.textContent = gettext(item.option.textContent)
      if (item.name === "table") item.command = insertTable
    }

    const leave = crel("button", {
      type: "button",
      className: "prose-menubar__button prose-menubar__button--text",
      textContent: gettext("Leave the list"),
      title: gettext("Leave the list: Enter in an empty item or Shift+Tab"),
    })
    menu.defineItem({
      name: "leaveList",
      groups: "lists",
      priority: 10,
      button: leave,
      command(editor) {
        editor.chain().focus().liftListItem("listItem").run()
      },
      hidden(editor) {
        return !editor.isActive("listItem")
      },
    })
  },

  onCreate() {
    const wrapper = this.editor.view.dom.parentElement
    const bar = wrapper.querySelector(".prose-menubar")
    if (bar) {
      for (const dropdown of bar.querySelectorAll(".prose-menubar__dropdown")) {
        dropdown.setAttribute("role", "group")
        dropdown.setAttribute("aria-label", gettext("Text style"))
      }
      reflectState(bar)
      new MutationObserver(() => reflectState(bar)).observe(bar, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["class"],
      })
    }
    new MutationObserver(() => nameDialogs(wrapper)).observe(wrapper, { childList: true })
  },
})
