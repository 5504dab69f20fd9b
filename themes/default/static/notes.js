// Editorial notes on narrow screens: each note's number is a real button that shows
// and hides the note (aria-expanded/aria-controls). Without JavaScript every note stays
// visible under its paragraph; on wide screens the notes sit in the margin.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var wide = window.matchMedia("(min-width: 82rem)");
  var buttons = document.querySelectorAll("button.note-toggle[aria-controls]");

  function show(button, open) {
    var note = document.getElementById(button.getAttribute("aria-controls"));
    if (!note) return;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    note.hidden = !open;
  }

  function sync() {
    buttons.forEach(function (button) { show(button, wide.matches); });
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      show(button, button.getAttribute("aria-expanded") !== "true");
    });
  });
  wide.addEventListener("change", sync);
  sync();
})();
