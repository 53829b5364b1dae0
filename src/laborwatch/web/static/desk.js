// laborwatch: place autocomplete (input[data-place]) and the review form's helpers.
// Self-written, no library; asks only this site's /api/places (CSP connect-src 'self').
"use strict";
(function () {
  var seq = 0;

  function option(list, item, i) {
    var li = document.createElement("li");
    li.id = list.id + "-" + i;
    li.setAttribute("role", "option");
    li.dataset.code = item.code;
    var name = document.createElement("span");
    name.className = "place-name";
    name.textContent = item.name;
    var code = document.createElement("span");
    code.className = "place-code";
    code.textContent = item.code;
    li.appendChild(name);
    li.appendChild(code);
    if (item.match && item.match !== item.name && item.match !== item.code) {
      var alias = document.createElement("small");
      alias.textContent = item.match;
      li.appendChild(alias);
    }
    return li;
  }

  function setup(input, n) {
    var list = document.createElement("ul");
    list.id = "places-" + n;
    list.className = "place-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.classList.add("place-field");
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    var active = -1;
    var timer = null;

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark(i) {
      var items = list.querySelectorAll("li[role=option]");
      if (!items.length) return;
      active = (i + items.length) % items.length;
      items.forEach(function (li, k) {
        li.setAttribute("aria-selected", k === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
    }
    function pick(li) {
      input.value = li.dataset.code;
      close();
      if (input.hasAttribute("data-submit") && input.form) input.form.submit();
    }
    function show(places) {
      list.textContent = "";
      places.forEach(function (p, i) {
        list.appendChild(option(list, p, i));
      });
      if (!places.length) {
        var none = document.createElement("li");
        none.className = "place-none";
        none.textContent = "no known place by that name";
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }
    function ask() {
      var q = input.value.trim();
      if (!q) return close();
      var mine = ++seq;
      fetch("/api/places?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) {
          return r.ok ? r.json() : { places: [] };
        })
        .then(function (body) {
          if (mine === seq && document.activeElement === input) show(body.places || []);
        })
        .catch(function () {
          close();
        });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 120);
    });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden) return;
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        mark(active + (ev.key === "ArrowDown" ? 1 : -1));
      } else if (ev.key === "Enter" && active >= 0) {
        ev.preventDefault();
        pick(list.querySelectorAll("li[role=option]")[active]);
      } else if (ev.key === "Escape") {
        close();
      }
    });
    list.addEventListener("mousedown", function (ev) {
      var li = ev.target.closest("li[role=option]");
      if (li) {
        ev.preventDefault(); // keep the focus in the input until the pick is made
        pick(li);
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  function reviewForm() {
    // Editing a value under "accept" means a correction: the radio follows what is typed.
    var form = document.getElementById("review-form");
    if (!form) return;
    form.querySelectorAll("[data-current]").forEach(function (field) {
      field.addEventListener("input", function () {
        var changed = field.value.trim() !== field.dataset.current;
        var accept = form.querySelector("input[name=decision][value=accepted]");
        var correct = form.querySelector("input[name=decision][value=corrected]");
        if (changed && accept && accept.checked && correct) correct.checked = true;
      });
    });
  }

  function init() {
    document.querySelectorAll("input[data-place]").forEach(setup);
    reviewForm();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
