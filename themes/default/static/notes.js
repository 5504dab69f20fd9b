// Editorial notes. Each note is moved next to the button that ends its quote, so it is
// read (and shown) right after the quote:
// - on wide screens the CSS floats it into the margin at that line (Tufte's sidenotes);
//   the button is then only a reference mark, always "expanded";
// - on narrow screens the button shows and hides the note in place
//   (aria-expanded/aria-controls), and the note opens inside the paragraph.
// Without JavaScript every note stays visible under its paragraph (or beside it).
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var wide = window.matchMedia("(min-width: 77rem)");
  var buttons = Array.prototype.slice.call(
    document.querySelectorAll("button.note-toggle[aria-controls]")
  );

  function noteOf(button) {
    return document.getElementById(button.getAttribute("aria-controls"));
  }

  function is(node, selector) {
    return node && node.nodeType === 1 && node.matches(selector);
  }

  // Where a note goes: after its button, past the buttons of quotes that end at the
  // same place, past closing punctuation («…»., ») so it does not start the next
  // line, and after the notes already placed there.
  var CLOSING = /^[\u00bb\u201d\u2019"').,;:!?\u2026\]]+/;
  function anchor(button) {
    var ref = button;
    while (is(ref.nextSibling, "button.note-toggle")) ref = ref.nextSibling;
    var next = ref.nextSibling;
    var m = next && next.nodeType === 3 && CLOSING.exec(next.data);
    if (m) {
      if (m[0].length < next.data.length) next.splitText(m[0].length);
      ref = next;
    }
    while (is(ref.nextSibling, "aside.sidenote")) ref = ref.nextSibling;
    return ref;
  }

  buttons.forEach(function (button) {
    var note = noteOf(button);
    if (!note) return;
    var ref = anchor(button);
    ref.parentNode.insertBefore(note, ref.nextSibling);
  });

  function show(button, open) {
    var note = noteOf(button);
    if (!note) return;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    note.hidden = !open;
  }

  function sync() {
    var isWide = wide.matches;
    buttons.forEach(function (button) {
      show(button, isWide || isTarget(button));
      // In the margin the note is always shown: the button would do nothing.
      if (isWide) button.setAttribute("tabindex", "-1");
      else button.removeAttribute("tabindex");
    });
  }

  function isTarget(button) {
    return location.hash.slice(1) === button.getAttribute("aria-controls");
  }

  // A link to #note-N opens that note.
  function openTarget() {
    buttons.forEach(function (button) {
      if (isTarget(button)) show(button, true);
    });
  }

  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      if (wide.matches) return;
      show(button, button.getAttribute("aria-expanded") !== "true");
    });
  });

  // Pointing at a quote, its button or its note highlights the three together.
  function number(el) {
    var owner = el.closest && el.closest("mark.quote[data-note], button.note-toggle, aside.sidenote");
    if (!owner) return null;
    if (owner.matches("mark")) return owner.getAttribute("data-note");
    var id = owner.matches("button") ? owner.getAttribute("aria-controls") : owner.id;
    return id ? id.replace(/^note-/, "") : null;
  }
  var active = null;
  function highlight(n) {
    if (n === active) return;
    var selector = function (k) {
      return 'mark.quote[data-note="' + k + '"], #note-' + k;
    };
    if (active) {
      document.querySelectorAll(selector(active)).forEach(function (el) { el.classList.remove("is-active"); });
    }
    active = n;
    if (n && /^\d+$/.test(n)) {
      document.querySelectorAll(selector(n)).forEach(function (el) { el.classList.add("is-active"); });
    }
  }
  var text = document.querySelector(".article-text");
  if (text) {
    text.addEventListener("mouseover", function (e) { highlight(number(e.target)); });
    text.addEventListener("mouseleave", function () { highlight(null); });
    text.addEventListener("focusin", function (e) { highlight(number(e.target)); });
  }

  wide.addEventListener("change", sync);
  window.addEventListener("hashchange", openTarget);
  sync();
})();
