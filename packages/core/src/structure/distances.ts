/**
 * Distances in the largest component, from the one path sweep of a run (`graph/path-metrics.ts`):
 * - averagePathLength = Σ d(s, t) / (L(L − 1)) over ordered pairs of the largest component (L actors),
 * - diameter = its largest distance.
 * networkx `average_shortest_path_length` and `diameter` on that component, igraph `average_path_length()` and
 * `diameter()`; 0 when it has one actor. Sampled (`samples`): estimated from the sampled sources in the
 * component, the diameter then a lower bound. Standalone: `pathMetrics(graph)`.
 */
import { SAMPLES_OPTION, WEIGHTED_OPTION } from "../measures/settings.js";
import type { NetworkMeasure } from "../measures/types.js";

export const averagePathLengthMeasure = {
  id: "averagePathLength",
  scope: "network",
  label: { de: "Mittlerer Abstand (mittlere Pfadlänge)", en: "Average distance (average path length)" },
  explanation: {
    de: "Wie viele Schritte im Mittel zwischen zwei Akteuren des größten zusammenhängenden Teils liegen.",
    en: "How many steps lie on average between two actors of the largest connected part.",
  },
  unit: { de: "Schritte", en: "steps" },
  range: "≥ 0",
  reference: {
    formula: "Σ d(s, t) / (L(L − 1)) over ordered pairs of the largest component",
    citation: "Watts & Strogatz 1998, doi:10.1038/30918",
    networkx: "average_shortest_path_length(largest component)",
    igraph: "average_path_length() of the largest component",
    sna: null,
    note: "0 when the largest component has one actor; weighted: tie length 1 / weight",
  },
  options: [WEIGHTED_OPTION, SAMPLES_OPTION],
  schema: {
    $ref: "#/$defs/numberOrNull",
    description: "Mean shortest-path length within the largest component.",
  },
  usesPaths: true,
  compute: (context) => context.paths.averagePathLength,
} as const satisfies NetworkMeasure;

export const diameterMeasure = {
  id: "diameter",
  scope: "network",
  label: { de: "Größter Abstand (Durchmesser)", en: "Largest distance (diameter)" },
  explanation: {
    de: "Die meisten Schritte, die zwei Akteure des größten zusammenhängenden Teils voneinander entfernt sind.",
    en: "The most steps two actors of the largest connected part are apart.",
  },
  unit: { de: "Schritte", en: "steps" },
  range: "≥ 0",
  reference: {
    formula: "largest distance in the largest component",
    citation: null,
    networkx: "diameter(largest component)",
    igraph: "diameter() of the largest component",
    sna: null,
    note: "a lower bound when sampled; weighted: tie length 1 / weight",
  },
  options: [WEIGHTED_OPTION, SAMPLES_OPTION],
  schema: {
    $ref: "#/$defs/numberOrNull",
    description: "Longest shortest path within the largest component.",
  },
  usesPaths: true,
  compute: (context) => context.paths.diameter,
} as const satisfies NetworkMeasure;
