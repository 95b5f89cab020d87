// dria workbench: live validation. The page works without this script;
// it only shows dria validate's messages on the questions as answers are
// changed, asking the workbench (same origin) to check the unsaved answers.
(function () {
  "use strict";
  var form = document.getElementById("questions");
  if (!form || !window.fetch) { return; }
  var timer = null;
  function describedBy(el, id, add) {
    var ids = (el.getAttribute("aria-describedby") || "").split(" ").filter(function (s) { return s && s !== id; });
    if (add) { ids.push(id); }
    if (ids.length) { el.setAttribute("aria-describedby", ids.join(" ")); } else { el.removeAttribute("aria-describedby"); }
  }
  function show(problems) {
    var wanted = {};
    problems.forEach(function (p) { wanted[p.target] = (wanted[p.target] ? wanted[p.target] + " " : "") + p.message; });
    form.querySelectorAll(".error-message").forEach(function (m) {
      var target = m.id.replace(/-error$/, "");
      if (!(target in wanted)) {
        var el = document.getElementById(target);
        if (el) { describedBy(el, m.id, false); el.removeAttribute("aria-invalid"); }
        m.remove();
      }
    });
    Object.keys(wanted).forEach(function (target) {
      var el = document.getElementById(target);
      if (!el) { return; }
      var id = target + "-error";
      var m = document.getElementById(id);
      if (!m) {
        m = document.createElement("p");
        m.className = "error-message";
        m.id = id;
        var legend = el.tagName === "FIELDSET" ? el.querySelector("legend") : null;
        if (legend) { legend.after(m); } else { el.before(m); }
      }
      m.textContent = "";
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = "Error: ";
      m.append(hidden, wanted[target]);
      describedBy(el, id, true);
      if (el.tagName !== "FIELDSET") { el.setAttribute("aria-invalid", "true"); }
    });
  }
  function check() {
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute("data-live"), { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (problems) { if (problems) { show(problems); } })
      .catch(function () {});
  }
  form.addEventListener("change", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  });
})();
