/**
 * The script of the offline HTML form, as text inlined into each form (no module, no network, ES2017, runs
 * from a `file://` URL in Firefox, Chrome, Edge and Safari). It restores saved answers, counts progress,
 * filters rows, adds rows for missing partners, and saves: the file it downloads is this same page with the
 * answers written into the `vernetzt-survey-answers` block (what `survey collect` reads), so a respondent can
 * reopen the saved file and go on. Checked in Chromium by test/browser/survey-form.test.ts.
 */
export const SURVEY_FORM_SCRIPT = String.raw`(function () {
  "use strict";
  var ANSWERS_ID = "vernetzt-survey-answers";
  var pristine = "<!DOCTYPE html>\n" + document.documentElement.outerHTML;
  var form = JSON.parse(document.getElementById("vernetzt-survey-form").textContent);
  var texts = form.texts;
  var saved = null;
  try { saved = JSON.parse(document.getElementById(ANSWERS_ID).textContent); } catch (e) { saved = null; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-id]"));
  var writeIns = document.getElementById("vz-writeins");
  var progress = document.getElementById("vz-progress");
  var status = document.getElementById("vz-status");
  var dirty = false;

  function radios(row) { return row.querySelectorAll("input[type=radio]"); }
  function valueOf(row) {
    var list = radios(row);
    for (var i = 0; i < list.length; i++) if (list[i].checked) return Number(list[i].value);
    return null;
  }
  function mark(row) {
    var list = radios(row);
    for (var i = 0; i < list.length; i++) list[i].setAttribute("data-was", list[i].checked ? "1" : "0");
    row.classList.toggle("vz-answered", valueOf(row) !== null);
  }
  function count() {
    var answered = 0;
    rows.forEach(function (row) { if (valueOf(row) !== null) answered++; });
    progress.textContent = texts.progress.replace("{answered}", answered).replace("{total}", rows.length);
  }
  function changed() { dirty = true; count(); }

  rows.forEach(function (row) {
    var list = radios(row);
    for (var i = 0; i < list.length; i++) {
      list[i].addEventListener("click", function (event) {
        var input = event.target;
        if (input.getAttribute("data-was") === "1") input.checked = false;
        mark(row);
        changed();
      });
    }
  });

  function writeInRow() {
    var template = writeIns.querySelector("tr");
    var row = template.cloneNode(true);
    var fields = row.querySelectorAll("input, select");
    for (var i = 0; i < fields.length; i++) fields[i].value = "";
    writeIns.appendChild(row);
    return row;
  }
  document.getElementById("vz-add").addEventListener("click", function () {
    writeInRow().querySelector("input").focus();
  });
  writeIns.addEventListener("input", changed);
  document.getElementById("vz-offers").addEventListener("input", changed);
  document.getElementById("vz-needs").addEventListener("input", changed);

  document.getElementById("vz-filter").addEventListener("input", function (event) {
    var query = event.target.value.trim().toLowerCase();
    rows.forEach(function (row) {
      row.hidden = query !== "" && row.getAttribute("data-search").indexOf(query) < 0;
    });
    var groups = document.querySelectorAll("tbody[data-group]");
    for (var i = 0; i < groups.length; i++) {
      var visible = groups[i].querySelectorAll("tr[data-id]:not([hidden])").length > 0;
      groups[i].hidden = !visible;
    }
  });

  function restore(answers) {
    if (!answers || typeof answers !== "object") return;
    var given = answers.answers || {};
    rows.forEach(function (row) {
      var level = given[row.getAttribute("data-id")];
      var list = radios(row);
      for (var i = 0; i < list.length; i++) list[i].checked = Number(list[i].value) === level;
      mark(row);
    });
    (answers.writeIns || []).forEach(function (entry, index) {
      var row = writeIns.querySelectorAll("tr")[index] || writeInRow();
      row.querySelector("[name=wi-name]").value = entry.name || "";
      row.querySelector("[name=wi-district]").value = entry.district || "";
      row.querySelector("[name=wi-sector]").value = entry.sector || "";
      row.querySelector("[name=wi-level]").value = entry.level === null || entry.level === undefined ? "" : String(entry.level);
    });
    if (typeof answers.offers === "string") document.getElementById("vz-offers").value = answers.offers;
    if (typeof answers.needs === "string") document.getElementById("vz-needs").value = answers.needs;
  }

  function collect() {
    var answers = {};
    rows.forEach(function (row) {
      var level = valueOf(row);
      if (level !== null) answers[row.getAttribute("data-id")] = level;
    });
    var extra = [];
    var list = writeIns.querySelectorAll("tr");
    for (var i = 0; i < list.length; i++) {
      var name = list[i].querySelector("[name=wi-name]").value.trim();
      var level = list[i].querySelector("[name=wi-level]").value;
      if (name === "") continue;
      extra.push({
        name: name,
        district: list[i].querySelector("[name=wi-district]").value.trim(),
        sector: list[i].querySelector("[name=wi-sector]").value.trim(),
        level: level === "" ? null : Number(level)
      });
    }
    return {
      format: "vernetzt-survey-answers",
      version: 1,
      respondent: form.respondent,
      wave: form.wave,
      savedAt: new Date().toISOString(),
      answers: answers,
      writeIns: extra,
      offers: document.getElementById("vz-offers").value,
      needs: document.getElementById("vz-needs").value
    };
  }

  function fileText(answers) {
    var json = JSON.stringify(answers).replace(/</g, "\\u003c");
    var open = '<script type="application/json" id="' + ANSWERS_ID + '">';
    var start = pristine.indexOf(open);
    var end = pristine.indexOf("</" + "script>", start);
    return pristine.slice(0, start + open.length) + json + pristine.slice(end);
  }

  document.getElementById("vz-save").addEventListener("click", function () {
    var answers = collect();
    var blob = new Blob([fileText(answers)], { type: "text/html;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = form.answerFile;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    document.getElementById(ANSWERS_ID).textContent = JSON.stringify(answers).replace(/</g, "\\u003c");
    dirty = false;
    status.textContent = texts.saved;
    status.hidden = false;
  });

  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = texts.unsaved;
  });

  restore(saved);
  rows.forEach(mark);
  count();
  document.documentElement.classList.add("vz-ready");
})();`;
