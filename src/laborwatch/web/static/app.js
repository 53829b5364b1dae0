// laborwatch: map hover tooltip (low / central / high). No inline scripts (CSP).
"use strict";
(function () {
  function fmt(n) {
    return Number(n).toLocaleString("en-US");
  }
  function showEvidence() {
    // Scroll the article box (not the page) so the highlighted evidence is in view.
    var mark = document.getElementById("evidence");
    var box = document.getElementById("article");
    if (!mark || !box) return;
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  }
  function init() {
    showEvidence();
    var map = document.getElementById("world-map");
    var tip = document.getElementById("tooltip");
    if (!map || !tip) return;
    map.addEventListener("mousemove", function (ev) {
      var el = ev.target;
      if (!el || !el.dataset || !el.dataset.iso) {
        tip.hidden = true;
        return;
      }
      var d = el.dataset;
      tip.textContent = "";
      var name = document.createElement("b");
      name.textContent = d.name;
      tip.appendChild(name);
      var line = document.createElement("div");
      line.textContent = d.central
        ? d.year + ": low " + fmt(d.low) + " · central " + fmt(d.central) + " · high " + fmt(d.high)
        : "no estimate";
      tip.appendChild(line);
      tip.hidden = false;
      tip.style.left = ev.pageX + 14 + "px";
      tip.style.top = ev.pageY + 14 + "px";
    });
    map.addEventListener("mouseleave", function () {
      tip.hidden = true;
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
