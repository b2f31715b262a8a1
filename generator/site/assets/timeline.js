// Timeline filters: show only the events of an actor, a side or a topic, without reloading.
// The page reads in full without this script; the filter bar stays hidden until it runs.
(function () {
  function setup() {
    var bar = document.querySelector(".tl-filters");
    if (!bar || bar.dataset.ready) return;
    bar.dataset.ready = "1";
    bar.hidden = false;
    var selects = bar.querySelectorAll("select");
    var status = bar.querySelector(".tl-status");
    var events = document.querySelectorAll(".tl-event");
    function apply() {
      var shown = 0;
      events.forEach(function (ev) {
        var ok = true;
        selects.forEach(function (s) {
          if (s.value && (" " + (ev.dataset[s.name] || "") + " ").indexOf(" " + s.value + " ") < 0) ok = false;
        });
        ev.hidden = !ok;
        if (ok) shown++;
      });
      document.querySelectorAll(".tl-month").forEach(function (month) {
        var empty = !month.querySelector(".tl-event:not([hidden])");
        month.hidden = empty;
        var heading = month.previousElementSibling;
        if (heading && heading.tagName === "H2") heading.hidden = empty;
      });
      status.textContent = shown + " of " + events.length + " events shown";
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    bar.querySelector("button").addEventListener("click", function () {
      selects.forEach(function (s) { s.value = ""; });
      apply();
    });
    apply();
  }
  // Material's instant navigation swaps pages without a reload: subscribe when it is there.
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();

// The theme's search overlay is a dialog without a name; screen readers announce it as "Search".
(function () {
  document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (dialog) {
    dialog.setAttribute("aria-label", "Search");
  });
})();

// The positions table says when it is wider than the screen: the hint under it shows only then.
(function () {
  function mark() {
    document.querySelectorAll(".tl-matrix-wrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) wrap.setAttribute("data-overflowing", "");
      else wrap.removeAttribute("data-overflowing");
    });
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(mark);
  else document.addEventListener("DOMContentLoaded", mark);
  window.addEventListener("resize", mark);
})();
