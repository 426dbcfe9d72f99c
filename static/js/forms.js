// After a failed submit, move focus to the list of errors so that it is read out first.
// A link in that list to the rich-text field goes to the editor, not to its hidden textarea.
const summary = document.querySelector(".error-summary");
if (summary) {
  summary.focus();
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const field = link && document.getElementById(link.hash.slice(1));
    const editable = field && field.closest(".prose-editor")?.querySelector("[contenteditable=true]");
    if (editable) {
      event.preventDefault();
      editable.focus();
    }
  });
}
