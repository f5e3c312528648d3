/** Deutsche Texte von `vernetzt generate`: Fehler in Optionen und die Zusammenfassung des Geschriebenen. */
import type { GenerateMessages } from "../en/generate.js";

const count = new Intl.NumberFormat("de-DE");

export const generateMessagesDe: GenerateMessages = {
  notANumber: (p) => `${p.flag} muss eine Zahl sein, angegeben war „${p.value}“.`,
  invalidOption: (p) => `${p.flag} muss ${p.expected} sein, angegeben war ${p.value}.`,
  outNotEmpty: (p) =>
    `Der Ordner ${p.dir} enthält schon ${p.file}. Bitte einen neuen oder leeren Ordner wählen oder mit --force die Datensatz-Dateien darin überschreiben.`,
  outNotWritable: (p) =>
    `${p.path} kann nicht geschrieben werden (${p.reason}). Bitte Pfad, freien Speicherplatz und Berechtigungen prüfen.`,
  written: (p) =>
    `Erzeugter (fiktiver) Datensatz in ${p.dir} geschrieben: ${count.format(p.actors)} Akteure, ` +
    `${count.format(p.ties)} Beziehungen in ${p.waves} ${p.waves === 1 ? "Welle" : "Wellen"}, ${p.seconds.toFixed(1).replace(".", ",")} s.`,
  expected: {
    actors: "eine ganze Zahl zwischen 1 und 100.000.000",
    districts: "eine ganze Zahl zwischen 1 und der Zahl der Akteure",
    waves: "eine ganze Zahl zwischen 1 und 50",
    seed: "eine Zahl oder ein Text",
    meanDegree: "eine Zahl größer als 0 und höchstens 1000",
    withinDistrict: "eine Wahrscheinlichkeit zwischen 0 und 1",
    withinSector: "eine Wahrscheinlichkeit zwischen 0 und 1",
    degreeExponent: "eine Zahl größer als 2",
    personShare: "eine Zahl von 0 bis unter 1",
    consentRate: "eine Wahrscheinlichkeit zwischen 0 und 1",
    tieSurvival: "eine Wahrscheinlichkeit zwischen 0 und 1",
    responseRate: "eine Zahl größer als 0 und höchstens 1",
    meetingsPerWave: "eine ganze Zahl zwischen 0 und 365",
    meetingSize: "eine ganze Zahl zwischen 1 und 10.000",
    startDate: "ein Datum JJJJ-MM-TT",
  },
};
