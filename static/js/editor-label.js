// The rich-text editor replaces a labelled <textarea> with an editable <div>. Give that
// <div> the textarea's label, so screen readers announce which field it is.
function labelEditors() {
  for (const textarea of document.querySelectorAll("textarea[id]")) {
    const wrapper = textarea.closest(".prose-editor");
    const editable = wrapper && wrapper.querySelector("[contenteditable=true]");
    const label = document.querySelector(`label[for="${textarea.id}"]`);
    if (!editable || !label || editable.hasAttribute("aria-labelledby")) continue;
    label.id = label.id || `${textarea.id}_label`;
    editable.setAttribute("aria-labelledby", label.id);
    const described = [`${textarea.id}_helptext`, `${textarea.id}_error`]
      .filter((id) => document.getElementById(id));
    if (described.length) editable.setAttribute("aria-describedby", described.join(" "));
    if (textarea.getAttribute("aria-invalid") === "true") {
      editable.setAttribute("aria-invalid", "true");
    }
    editable.setAttribute("aria-multiline", "true");
  }
}

new MutationObserver(labelEditors).observe(document.body, { childList: true, subtree: true });
labelEditors();
