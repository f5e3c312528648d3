/** English texts of `survey make` and `survey collect` (the forms themselves are German only). */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const surveyMessagesEn = {
  made: (p: { forms: number; wave: string; dir: string }) =>
    `${plural(p.forms, "form", "forms")} for wave ${p.wave} written to ${p.dir}: each as Excel (xlsx/), browser (html/) and paper (papier/) version, plus Anschreiben.txt (cover letter) and Verteiler.csv (who gets which form).`,
  letterPlaceholders: (p: { missing: string[] }) =>
    `The cover letter still holds ${p.missing.map((x) => `«${x}»`).join(" and ")}: fill them in yourself, or make the forms again with ${p.missing.map((x) => (x === "Kontakt" ? "--contact" : "--deadline")).join(" and ")}.`,
  notAsked: (p: { persons: number }) =>
    `${plural(p.persons, "person", "persons")} without consent ${p.persons === 1 ? "gets" : "get"} no form and ${p.persons === 1 ? "is" : "are"} listed on no form.`,
  heading: (p: { wave: string; files: number }) =>
    `Survey wave ${p.wave}: ${plural(p.files, "file", "files")} read.`,
  answered: (p: { answered: number; surveyed: number; rate: string }) =>
    `Answered: ${p.answered} of ${p.surveyed} actors (${p.rate} %).`,
  missingHeading: (p: { missing: number }) => `Not answered yet (${p.missing}) — the reminder list:`,
  missingReason: {
    none: "",
    empty: "returned an empty form",
    broken: "returned a file that could not be used",
  },
  inferred: (p: { name: string; file: string }) =>
    `${p.name}: the form did not name its respondent (ID on "Über uns" empty); taken from the list in ${p.file}.`,
  duplicatesHeading: "Returned more than once:",
  duplicate: (p: {
    name: string;
    kept: string;
    dropped: string;
    why: "identical" | "later" | "moreAnswers" | "order";
  }) =>
    `${p.name}: used ${p.kept}, not ${p.dropped} (${{ identical: "the same answers", later: "saved later", moreAnswers: "more answers", order: "same date and number of answers: the first by content" }[p.why]})`,
  brokenHeading: "Files that could not be used (the rest was merged):",
  broken: (p: { file: string; reason: string; detail: string }) =>
    `${p.file}: ${
      {
        UNREADABLE: `not a readable Excel file (${p.detail})`,
        NOT_A_FORM: `not a survey form${p.detail ? ` (found: ${p.detail})` : ""}`,
        OTHER_FORMAT: `a ${p.detail.toUpperCase()} file; save the form as .xlsx (Excel workbook) and send it again`,
        UNFILLED_HTML:
          'a browser form without saved answers: the respondent must click "Antworten speichern" and send the saved file',
        NO_RESPONDENT: 'the sheet "Über uns" has no ID and the respondent cannot be told from the list',
        RESPONDENT_UNKNOWN: `the ID "${p.detail}" on "Über uns" is not an actor of the dataset`,
        OTHER_WAVE: `a form of wave ${p.detail}, not of the wave collected`,
      }[p.reason] ?? p.reason
    }`,
  problemsHeading: "Rows left out (the rest of each form was used):",
  problem: (p: { file: string; row: number | null; code: string; value: string }) =>
    `${p.file}${p.row === null ? "" : `, row ${p.row}`}: ${
      {
        LEVEL_INVALID: `"${p.value}" is not one of the four answers`,
        ID_UNKNOWN: `ID "${p.value}" is not in the list; the row was read as a partner written in`,
        ROW_REPEATED: `the actor ${p.value} appears twice; the first answer counts`,
        ROW_SELF: "an answer about the respondent itself",
        LEVEL_WITHOUT_NAME: `an answer ("${p.value}") in a row without a name`,
      }[p.code] ?? p.code
    }`,
  pairs: (p: { named: number; confirmed: number; otherAnswered: number; otherMissing: number }) =>
    `Pairs of listed actors named: ${p.named} — by both sides (confirmed) ${p.confirmed}, by one side ${p.otherAnswered + p.otherMissing} (the other side answered but did not name it: ${p.otherAnswered}; the other side has not answered: ${p.otherMissing}).`,
  disagreements: (p: { count: number }) =>
    `Both sides answered differently: ${plural(p.count, "pair", "pairs")} (by default the higher level counts: --rule max).`,
  disagreement: (p: { a: string; b: string; levelA: string; levelB: string }) =>
    `${p.a}: "${p.levelA}" — ${p.b}: "${p.levelB}"`,
  writeInsResolved: (p: { count: number }) => `Partners written in and found in the list: ${p.count}`,
  writeInResolved: (p: { name: string; actor: string; by: string }) =>
    `"${p.name}" = ${p.actor} (named by ${p.by})`,
  writeInsAdded: (p: { count: number }) => `Partners written in and added as new actors: ${p.count}`,
  writeInAdded: (p: { name: string; id: string; by: string }) => `"${p.name}" → ${p.id} (named by ${p.by})`,
  writeInsWithoutTie: (p: { count: number }) =>
    `Written in as "kennen wir nicht" (no tie, not added): ${p.count}`,
  writeInWithoutTie: (p: { name: string; by: string }) => `"${p.name}" (by ${p.by})`,
  offers: (p: { offers: number; needs: number }) =>
    `Offers changed for ${plural(p.offers, "actor", "actors")}, needs for ${plural(p.needs, "actor", "actors")}.`,
  replaced: (p: { count: number }) =>
    `${plural(p.count, "earlier answer", "earlier answers")} of these respondents in this wave replaced.`,
  written: (p: { dir: string }) =>
    `Dataset with the new wave written to ${p.dir} (the report and the reminder list in ${p.dir}/befragung/).`,
  more: (p: { count: number }) => `… and ${p.count} more (all in the JSON report).`,
  moreMissing: (p: { count: number; file: string }) => `… and ${p.count} more (all in ${p.file}).`,
};

export type SurveyMessages = typeof surveyMessagesEn;
