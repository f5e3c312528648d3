/** Deutsche Texte der Netzwerkkennzahlen (Zentralität, Struktur): Fehlermeldungen. */

export const metricsMessagesDe = {
  mixedGraph: () =>
    "Das Netzwerk mischt gerichtete und ungerichtete Beziehungen. Bitte entweder gerichtet oder ungerichtet aufbauen.",
  multiGraph: () =>
    "Das Netzwerk enthält doppelte Beziehungen. Bitte doppelte Beziehungen zusammenführen (Gewichte addieren).",
  selfLoop: (p: { actor: string }) =>
    `Akteur „${p.actor}“ hat eine Beziehung zu sich selbst. Bitte entfernen: das ist keine Kooperation.`,
  badWeight: (p: { source: string; target: string; weight: string }) =>
    `Die Beziehung „${p.source}“ – „${p.target}“ hat das Gewicht ${p.weight}; ein Gewicht muss eine endliche Zahl ab 0 sein.`,
  invalidOption: (p: { module: string; option: string; value: string; expected: string }) =>
    `${p.module}: Die Option ${p.option} ist ${p.value}, erwartet wird ${p.expected}.`,
  noConvergence: (p: { module: string; iterations: number; tolerance: number }) =>
    `${p.module}: Keine Konvergenz nach ${p.iterations} Iterationen (Toleranz ${p.tolerance}). ` +
    "Bitte maxIterations oder die Toleranz erhöhen.",
} as const;
