// Show the date of a planned publication only when planning is chosen. Without
// JavaScript the field simply stays visible, and the server checks it either way.
const choices = document.querySelectorAll("input[name='publication']");
const dateField = document.getElementById("id_publish_at")?.closest(".field");

function showDateWhenPlanning() {
  const chosen = document.querySelector("input[name='publication']:checked");
  dateField.hidden = !chosen || chosen.value !== "later";
}

if (choices.length && dateField) {
  for (const choice of choices) choice.addEventListener("change", showDateWhenPlanning);
  showDateWhenPlanning();
}
