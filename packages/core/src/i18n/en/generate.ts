/** English texts of `vernetzt generate`: option errors and the summary of what was written. */

const count = new Intl.NumberFormat("en-GB");

export const generateMessagesEn = {
  notANumber: (p: { flag: string; value: string }) => `${p.flag} must be a number, got "${p.value}".`,
  invalidOption: (p: { flag: string; value: string; expected: string }) =>
    `${p.flag} must be ${p.expected}, got ${p.value}.`,
  outNotEmpty: (p: { dir: string; file: string }) =>
    `The folder ${p.dir} already contains ${p.file}. Choose a new or empty folder, or add --force to overwrite the dataset files in it.`,
  outNotWritable: (p: { path: string; reason: string }) =>
    `Cannot write to ${p.path} (${p.reason}). Check the path, the free disk space and your permissions.`,
  written: (p: { dir: string; actors: number; ties: number; waves: number; seconds: number }) =>
    `Wrote a generated (fictional) dataset to ${p.dir}: ${count.format(p.actors)} actors, ` +
    `${count.format(p.ties)} ties over ${p.waves} ${p.waves === 1 ? "wave" : "waves"} in ${p.seconds.toFixed(1)} s.`,
  /** What each option of `generateNetwork` expects, by option name. */
  expected: {
    actors: "a whole number between 1 and 100,000,000",
    districts: "a whole number between 1 and the number of actors",
    waves: "a whole number between 1 and 50",
    seed: "a number or a text",
    meanDegree: "a number greater than 0 and at most 1000",
    withinDistrict: "a probability between 0 and 1",
    withinSector: "a probability between 0 and 1",
    degreeExponent: "a number greater than 2",
    personShare: "a number from 0 up to (not including) 1",
    consentRate: "a probability between 0 and 1",
    tieSurvival: "a probability between 0 and 1",
    responseRate: "a number greater than 0 and at most 1",
    meetingsPerWave: "a whole number between 0 and 365",
    meetingSize: "a whole number between 1 and 10,000",
    startDate: "a date YYYY-MM-DD",
  } as Record<string, string>,
};

export type GenerateMessages = typeof generateMessagesEn;
