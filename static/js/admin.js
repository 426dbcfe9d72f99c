// Repairs to Django's admin scripts for assistive technology, kept outside Django's files.
//
// The two-box picker of permissions and groups (SelectFilter2.js) draws its filter's
// magnifier as a <span> with an aria-label, which a span without a role may not carry: the
// label is then not read, and the filter box has no name but its placeholder. The magnifier
// is made an image, so its text names the filter box through the box's <label>.
function nameFilterIcons() {
  for (const icon of document.querySelectorAll(".search-label-icon[aria-label]:not([role])")) {
    icon.setAttribute("role", "img");
  }
}

new MutationObserver(nameFilterIcons).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
nameFilterIcons();
