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

/*
 * Keyboard forms (class keyboard-form): Enter never submits by accident — least of all while a
 * Chinese input method is composing (isComposing, key code 229), when Enter picks the characters;
 * Ctrl+Enter (or Cmd+Enter) saves through the form's save button.
 */
document.addEventListener(
  "keydown",
  function (event) {
    if (event.key !== "Enter" || !event.target.closest) {
      return;
    }
    var form = event.target.closest("form.keyboard-form");
    if (!form || event.isComposing || event.keyCode === 229) {
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      var save = form.querySelector(".save-button");
      if (save) {
        save.click();
      }
      return;
    }
    if (event.target.tagName === "INPUT" && event.target.type !== "submit" && event.target.type !== "button") {
      event.preventDefault();
    }
  },
  true
);

/* A page may name the field to start in (data-focus="true"), e.g. the first one not pre-filled. */
document.addEventListener("DOMContentLoaded", function () {
  var first = document.querySelector('[data-focus="true"]');
  if (first) {
    first.focus();
  }
});

/*
 * The annual report's download (indicators page): the buttons call these as the request starts
 * and completes; the notice shows only when printing takes longer than a second. The body's
 * data-report says where it stands ("busy", "done") for anyone waiting on it.
 */
var Shouhu = window.Shouhu || {};
Shouhu.reportStarted = function () {
  var notice = document.getElementById("report-progress");
  document.body.setAttribute("data-report", "busy");
  clearTimeout(Shouhu.reportTimer);
  Shouhu.reportTimer = setTimeout(function () {
    if (notice) {
      notice.hidden = false;
    }
  }, 1000);
};
Shouhu.reportDone = function () {
  clearTimeout(Shouhu.reportTimer);
  var notice = document.getElementById("report-progress");
  if (notice) {
    notice.hidden = true;
  }
  document.body.setAttribute("data-report", "done");
};
