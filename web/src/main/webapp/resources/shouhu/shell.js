/* The phone menu: the toggle opens and closes the navigation (no inline script: CSP). */
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.getElementById("shell-menu-toggle");
  var menu = document.getElementById("shell-menu");
  if (!toggle || !menu) {
    return;
  }
  toggle.addEventListener("click", function () {
    var open = menu.classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });
});
