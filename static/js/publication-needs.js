// „Do publikacji brakuje: …” links to each field by the id of its input. Following such a
// link puts the cursor in the field, so the keyboard goes on from there. A rich-text
// field's <textarea> is hidden behind its editor: the link leads to the editor instead.
function fieldFor(id) {
  const target = document.getElementById(id);
  const wrapper = target && target.closest(".prose-editor");
  return (wrapper && wrapper.querySelector("[contenteditable=true]")) || target;
}

// A rich-text field whose editor is still being built (its modules load after the page): the
// <textarea> would take the focus and lose it when the editor wraps it.
function awaitsEditor(element) {
  return (
    element?.tagName === "TEXTAREA" &&
    !element.closest(".prose-editor") &&
    [...element.attributes].some((attribute) => attribute.name.startsWith("data-django-prose-editor"))
  );
}

function focusField(id) {
  const target = document.getElementById(id);
  if (awaitsEditor(target)) {
    target.addEventListener("prose-editor:ready", () => focusField(id), { once: true });
    return true;
  }
  const field = fieldFor(id);
  if (!field) return false;
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
  return document.activeElement === field;
}

document.addEventListener("click", (event) => {
  const link = event.target.closest(".publication-needs-list a[href^='#']");
  if (link && focusField(decodeURIComponent(link.hash.slice(1)))) event.preventDefault();
});

// Arriving from the publishing page with the field in the address (…/change/#id_title).
window.addEventListener("load", () => {
  if (location.hash) requestAnimationFrame(() => focusField(decodeURIComponent(location.hash.slice(1))));
});
