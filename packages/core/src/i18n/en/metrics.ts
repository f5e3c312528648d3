/** English texts of the network metrics (centrality, structure): error messages. */

export const metricsMessagesEn = {
  mixedGraph: () =>
    "The graph mixes directed and undirected ties. Build it as either directed or undirected (model/build-graph).",
  multiGraph: () =>
    "The graph has parallel ties. Merge duplicate ties (summing their weights) before measuring.",
  selfLoop: (p: { actor: string }) =>
    `Actor "${p.actor}" has a tie to itself. Remove self-ties before measuring: they are not cooperations.`,
  badWeight: (p: { source: string; target: string; weight: string }) =>
    `The tie "${p.source}" – "${p.target}" has weight ${p.weight}; a weight must be a finite number of 0 or more.`,
  invalidOption: (p: { module: string; option: string; value: string; expected: string }) =>
    `${p.module}: option ${p.option} is ${p.value}, expected ${p.expected}.`,
  noConvergence: (p: { module: string; iterations: number; tolerance: number }) =>
    `${p.module}: did not converge within ${p.iterations} iterations (tolerance ${p.tolerance}). ` +
    "Raise maxIterations or the tolerance.",
} as const;
