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
  function autosubmit() {
    // Selects marked .autosubmit send their form on change; the plain button stays for no-JS.
    var selects = document.querySelectorAll("select.autosubmit");
    selects.forEach(function (sel) {
      sel.addEventListener("change", function () {
        // A select naming others in data-resets clears them (their values may not exist
        // under the new choice): disabled fields are not sent.
        (sel.dataset.resets || "").split(" ").forEach(function (id) {
          var other = id && document.getElementById(id);
          if (other) other.disabled = true;
        });
        sel.form.submit();
      });
    });
    document.querySelectorAll("button.nojs").forEach(function (b) {
      b.hidden = true;
    });
  }
  function cellValue(row, i) {
    var cell = row.cells[i];
    if (!cell) return "";
    var text = cell.textContent.trim();
    var num = text.replace(/^(at least|at most|around|up to)\s+/, "").replace(/[,+]/g, "");
    var n = parseFloat(num);
    return isNaN(n) || !/^[\d.]/.test(num) ? text.toLowerCase() : n;
  }
  function sortable() {
    // Click a column head to sort by it; click again to reverse.
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var heads = table.tHead ? table.tHead.rows[0].cells : [];
      Array.prototype.forEach.call(heads, function (th, i) {
        th.classList.add("sort-head");
        th.tabIndex = 0;
        th.addEventListener("click", function () {
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var up = th.getAttribute("aria-sort") !== "ascending";
          rows.sort(function (a, b) {
            var x = cellValue(a, i), y = cellValue(b, i);
            var c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : typeof x === "number" ? -1 : 1;
            return up ? c : -c;
          });
          Array.prototype.forEach.call(heads, function (h) {
            h.removeAttribute("aria-sort");
          });
          th.setAttribute("aria-sort", up ? "ascending" : "descending");
          rows.forEach(function (r) {
            body.appendChild(r);
          });
        });
      });
    });
  }
  function hover(map, tip) {
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
        ? d.year + ": " + d.label + (d.basis && d.basis !== "direct" ? " (" + d.basis + ")" : "") +
          " · low " + fmt(d.low) + " · central " + fmt(d.central) + " · high " + fmt(d.high)
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
  function printOpen() {
    // A printed page shows the evidence folded in <details> (the print stylesheet hides controls).
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details").forEach(function (d) {
        d.open = true;
      });
    });
  }
  function init() {
    printOpen();
    showEvidence();
    autosubmit();
    sortable();
    var tip = document.getElementById("tooltip");
    if (!tip) return;
    document.querySelectorAll("svg.world-map").forEach(function (map) {
      hover(map, tip);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
