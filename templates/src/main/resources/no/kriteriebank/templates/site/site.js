/* Kriteriebank site: filters, offline search, fill-in clauses, copy, and the selection kept in this browser.
   Plain JavaScript, no libraries, no requests. Every page reads without it; these are additions. */
(function () {
  "use strict";
  var doc = document;
  var lang = doc.documentElement.lang || "nb";
  var bankId = doc.body.getAttribute("data-bank") || "kriteriebank";
  var storeKey = "kriteriebank.selection." + bankId;
  var index = window.KRITERIEBANK_INDEX || [];
  var NBSP = "\u00A0";
  var MONTHS = {
    nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
  };

  function $(selector, root) { return (root || doc).querySelector(selector); }
  function $$(selector, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(selector)); }
  function fill(template, a, b) { return template.replace("{0}", a).replace("{1}", b === undefined ? "" : b); }

  // --- the selection, kept in localStorage --------------------------------------------------------------
  function load() {
    try {
      var list = JSON.parse(window.localStorage.getItem(storeKey) || "[]");
      return Array.isArray(list) ? list.filter(function (e) { return e && typeof e.id === "string"; }) : [];
    } catch (e) {
      return [];
    }
  }
  function save(list) {
    try { window.localStorage.setItem(storeKey, JSON.stringify(list)); } catch (e) { /* private mode: nothing kept */ }
    showCount();
  }
  function showCount() {
    var n = load().length;
    $$("[data-selection-count]").forEach(function (el) { el.textContent = n > 0 ? "(" + n + ")" : ""; });
  }
  function entry(id) {
    for (var i = 0; i < index.length; i++) { if (index[i].id === id) { return index[i]; } }
    return null;
  }

  // --- numbers, percentages and dates as the renderer writes them ----------------------------------------
  function group(digits) {
    if (digits.length <= 3 || (lang !== "en" && digits.length <= 4)) { return digits; }
    var sep = lang === "en" ? "," : NBSP;
    var out = "";
    var lead = digits.length % 3;
    if (lead > 0) { out = digits.substring(0, lead); }
    for (var i = lead; i < digits.length; i += 3) { out += (out ? sep : "") + digits.substring(i, i + 3); }
    return out;
  }
  function number(raw) {
    var text = String(raw).trim().replace(",", ".");
    if (!/^[-+]?\d+(\.\d+)?$/.test(text)) { return null; }
    var value = Math.round(Number(text) * 100) / 100;
    var fixed = Math.abs(value).toFixed(2).replace(/\.?0+$/, "");
    var parts = fixed.split(".");
    var out = (value < 0 ? (lang === "en" ? "-" : "\u2212") : "") + group(parts[0]);
    if (parts.length > 1) { out += (lang === "en" ? "." : ",") + parts[1]; }
    return out;
  }
  function formatValue(input) {
    var raw = input.value;
    var type = input.getAttribute("data-type");
    if (raw === "" || raw === null) { return "[" + (input.getAttribute("data-label") || input.name) + "]"; }
    if (type === "CHOICE") { return input.options[input.selectedIndex].text; }
    if (type === "TEXT") { return raw; }
    if (type === "YEAR") { return raw.trim(); }
    if (type === "DATE") {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      if (!m) { return raw; }
      var months = MONTHS[lang === "en" ? "en" : "nb"];
      var day = String(Number(m[3]));
      return lang === "en" ? day + " " + months[Number(m[2]) - 1] + " " + m[1] : day + ". " + months[Number(m[2]) - 1] + " " + m[1];
    }
    var n = number(raw);
    if (n === null) { return raw; }
    var text = type === "PERCENT" ? n + (lang === "en" ? "%" : NBSP + "%") : n;
    var unit = input.getAttribute("data-unit");
    return unit ? text + NBSP + unit : text;
  }

  // --- area lists: filters by kind, level and CPV -------------------------------------------------------
  function cpvMatches(prefixes, code) {
    if (!code) { return true; }
    return prefixes.some(function (p) { return code.indexOf(p) === 0 || p.indexOf(code) === 0; });
  }
  function setUpFilters(form) {
    form.hidden = false;
    var rows = $$("#criteria tbody tr");
    var status = $("[data-filter-status]", form);
    function apply() {
      var kind = form.elements["kind"].value;
      var level = form.elements["level"].value;
      var code = form.elements["cpv"].value.replace(/\D/g, "");
      var shown = 0;
      rows.forEach(function (row) {
        var prefixes = (row.getAttribute("data-cpv") || "").split(" ").filter(Boolean);
        var ok = (!kind || row.getAttribute("data-kind") === kind) && (!level || row.getAttribute("data-level") === level)
          && (prefixes.length === 0 ? !code : cpvMatches(prefixes, code));
        row.hidden = !ok;
        if (ok) { shown++; }
      });
      status.textContent = fill(status.getAttribute("data-template"), shown, rows.length);
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    apply();
  }

  // --- a criterion page: fill in, copy, select ----------------------------------------------------------
  function clauseText(clause) {
    var parts = [];
    Array.prototype.forEach.call(clause.children, function (block) {
      if (block.tagName === "UL") {
        parts.push($$("li", block).map(function (li) { return "- " + li.textContent.trim(); }).join("\n"));
      } else {
        parts.push(block.textContent.trim());
      }
    });
    return parts.join("\n\n");
  }
  function setUpCriterion(article) {
    var clause = $("[data-clause]", article);
    var actions = $("[data-actions]", article);
    var status = $("[data-action-status]", article);
    var inputs = $$("[data-fill] [data-param]", article);
    var help = $("[data-fill-help]", article);
    if (help) { help.hidden = false; }
    actions.hidden = false;
    function update() {
      inputs.forEach(function (input) {
        var text = formatValue(input);
        $$('[data-param="' + input.name + '"]', clause).forEach(function (span) { span.textContent = text; });
      });
    }
    inputs.forEach(function (input) {
      input.addEventListener("input", update);
      input.addEventListener("change", update);
    });
    var stored = load().filter(function (e) { return e.id === article.getAttribute("data-criterion"); })[0];
    if (stored && stored.values) {
      inputs.forEach(function (input) {
        if (Object.prototype.hasOwnProperty.call(stored.values, input.name)) { input.value = stored.values[input.name]; }
      });
    }
    update();
    var copy = $("[data-copy]", actions);
    copy.addEventListener("click", function () {
      var text = clauseText(clause);
      function done() { status.textContent = copy.getAttribute("data-copied"); }
      function fallback() {
        var area = doc.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.left = "-9999px";
        doc.body.appendChild(area);
        area.select();
        var ok = false;
        try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
        doc.body.removeChild(area);
        status.textContent = ok ? copy.getAttribute("data-copied") : copy.getAttribute("data-failed");
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, fallback);
      } else {
        fallback();
      }
    });
    var select = $("[data-select]", actions);
    select.addEventListener("click", function () {
      var id = article.getAttribute("data-criterion");
      var values = {};
      inputs.forEach(function (input) { if (input.value !== "") { values[input.name] = input.value; } });
      var list = load().filter(function (e) { return e.id !== id; });
      list.push({ id: id, values: values });
      save(list);
      status.textContent = select.getAttribute("data-selected");
    });
  }

  // --- search, offline, over the index generated with the site -------------------------------------------
  function setUpSearch(status) {
    var list = $("[data-search-results]");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var box = $("#q");
    if (box) { box.value = query; }
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) { status.textContent = status.getAttribute("data-prompt"); return; }
    var hits = index.filter(function (e) {
      var hay = e.words + " " + e.id.toLowerCase();
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
    status.textContent = hits.length === 0 ? status.getAttribute("data-none")
      : fill(status.getAttribute("data-results"), hits.length, query);
    hits.forEach(function (e) {
      var li = doc.createElement("li");
      var a = doc.createElement("a");
      a.href = e.href;
      a.textContent = e.id + " " + e.title;
      li.appendChild(a);
      li.appendChild(doc.createTextNode(" – " + e.area + " · " + e.kindLabel + " · " + e.levelLabel));
      list.appendChild(li);
    });
  }

  // --- the selection page and its tender file ------------------------------------------------------------
  function yamlString(s) { return JSON.stringify(String(s)); }
  function decimal(n) { return String(Math.round(n * 1000) / 1000); }
  function tenderYaml(form, selection) {
    var option = form.querySelector("input[name=option]:checked").value;
    var out = ["# Written by the Kriteriebank site from bank " + bankId + " " + form.getAttribute("data-version") + ".",
      "# Check it with: ./kriteriebank check anbud.yaml",
      "title: " + yamlString(form.elements["title"].value.trim()),
      "buyer: " + yamlString(form.elements["buyer"].value.trim()),
      "language: " + lang];
    if (form.elements["announcementDate"].value) { out.push("announcementDate: " + form.elements["announcementDate"].value); }
    out.push("criteria:");
    selection.forEach(function (e) {
      out.push("  - id: " + e.id);
      var keys = Object.keys(e.values || {}).sort();
      if (keys.length > 0) {
        out.push("    values: {" + keys.map(function (k) { return yamlString(k) + ": " + yamlString(e.values[k]); }).join(", ") + "}");
      }
    });
    out.push("environment:", "  option: " + option);
    if (option === "SPECIFICATION") {
      out.push("  justification: " + yamlString(form.elements["justification"].value.trim()));
    } else {
      var weight = Number(String(form.elements["environmentWeight"].value).replace(",", "."));
      var award = selection.filter(function (e) { var x = entry(e.id); return x && x.kind === "AWARD"; });
      out.push("award:", "  weighting: WEIGHTS", "  components:",
        "    - name: " + yamlString(form.elements["priceName"].value), "      category: PRICE",
        "      weight: " + decimal(100 - weight),
        "    - name: " + yamlString(form.elements["environmentName"].value), "      category: ENVIRONMENT",
        "      weight: " + decimal(weight));
      if (award.length > 0) { out.push("      criteria: [" + award.map(function (e) { return e.id; }).join(", ") + "]"); }
    }
    return out.join("\n") + "\n";
  }
  function setUpSelection(box) {
    box.hidden = false;
    var list = $("[data-selection-list]", box);
    var empty = $("[data-selection-empty]", box);
    var form = $("[data-tender]", box);
    form.setAttribute("data-version", box.getAttribute("data-bank-version"));
    function draw() {
      var selection = load();
      list.textContent = "";
      empty.hidden = selection.length > 0;
      form.hidden = selection.length === 0;
      selection.forEach(function (e) {
        var info = entry(e.id);
        var li = doc.createElement("li");
        var a = doc.createElement("a");
        a.href = info ? info.href : "#";
        a.textContent = e.id + (info ? " " + info.title : "");
        li.appendChild(a);
        var values = Object.keys(e.values || {});
        if (values.length > 0) {
          li.appendChild(doc.createTextNode(" (" + values.map(function (k) { return k + " = " + e.values[k]; }).join(", ") + ")"));
        }
        var remove = doc.createElement("button");
        remove.type = "button";
        remove.textContent = fill(box.getAttribute("data-remove"), e.id);
        remove.addEventListener("click", function () {
          save(load().filter(function (x) { return x.id !== e.id; }));
          draw();
        });
        li.appendChild(remove);
        list.appendChild(li);
      });
    }
    function showOption() {
      var option = form.querySelector("input[name=option]:checked").value;
      $$("[data-when]", form).forEach(function (el) { el.hidden = el.getAttribute("data-when") !== option; });
    }
    $$("input[name=option]", form).forEach(function (r) { r.addEventListener("change", showOption); });
    showOption();
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var blob = new Blob([tenderYaml(form, load())], { type: "application/yaml" });
      var a = doc.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "anbud.yaml";
      doc.body.appendChild(a);
      a.click();
      doc.body.removeChild(a);
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    });
    draw();
  }

  var filters = $("[data-filters]");
  if (filters) { setUpFilters(filters); }
  var article = $("article.criterion");
  if (article) { setUpCriterion(article); }
  var searchStatus = $("[data-search-status]");
  if (searchStatus) { setUpSearch(searchStatus); }
  var selection = $("[data-selection]");
  if (selection) { setUpSelection(selection); }
  showCount();
}());
