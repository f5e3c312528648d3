/**
 * The figures of a report on one dataset, computed with core as the dashboard computes them (gaps: 999
 * seeded permutations, districts against the `external` model, sectors against the `degree` model;
 * layout: seed 1, 500 iterations over all waves; indicator bootstrap and recommendations: seed 1). Pure:
 * the CLI's `vernetzt report` and the dashboard's deck both call {@link reportFigures}. The dataset must
 * already be privacy-safe (persons without consent pseudonymised).
 */
import {
  buildGraph,
  COMPONENT_NAMES,
  type Dataset,
  type GapsResult,
  gaps,
  indicator,
  indicatorMessagesDe,
  indicatorMessagesEn,
  layout,
  recommend,
  recommendReasonText,
  resolveWave,
  VernetztError,
  waveNamed,
} from "@vernetzt/core";
import { districtNames, unionOfWaves, waveGraphs, wavesOfUnionEdge } from "../data/dataset-graphs.js";
import { waveChangesOf } from "../data/wave-changes.js";
import { waveLabels } from "../data/wave-labels.js";
import { type Figure, type FigureOptions, resolveFigureOptions } from "../figure.js";
import type { GapGridData } from "../gap-data.js";
import { gapMapFigure } from "../gap-map.js";
import { gapMatrixFigure } from "../gap-matrix.js";
import { indicatorOverWavesFigure } from "../indicator-over-waves.js";
import { networkByDistrictFigure } from "../network-by-district.js";
import { schematicGapMapFigure } from "../schematic-gap-map.js";
import { topIntroductionsFigure } from "../top-introductions.js";
import { whatChangedFigure } from "../what-changed.js";
import { deckSlides, type FigureMaker } from "./deck-slides.js";

/** Options of {@link reportFigures}. */
export interface ReportOptions extends FigureOptions {
  /** The wave of the gap map, matrix, network and introductions. Default `null`: the latest (or `to`). */
  wave: string | null;
  /** First wave of the trend and of "what changed". Default `null`: the first wave (changes: the one before `to`). */
  from: string | null;
  /** Last wave of the trend and of "what changed". Default `null`: the latest wave. */
  to: string | null;
  /** Permutations of the gaps' significance test. Default `999`. */
  permutations: number;
}

/** A figure left out, and why (words in the report's language). */
export interface SkippedFigure {
  name: string;
  reason: string;
}

/** The figures in slide order, the deck's slides and the figures left out. */
export interface ReportFigures {
  /** The report's title ("Netzwerkbericht: …"), on the title slide. */
  title: string;
  /** Standalone figures (default size). */
  figures: Figure[];
  /** 16:9 slide SVGs: a title slide, then one per figure, drawn for the space under its headline. */
  slides: string[];
  skipped: SkippedFigure[];
  /** The waves the report covers. */
  waves: { wave: string; from: string | null; to: string };
}

/** A `--wave`, `--from` or `--to` the dataset does not allow. */
export class ReportOptionError extends VernetztError {
  override name = "ReportOptionError";
  constructor(message: string) {
    super(message, { code: "REPORT_OPTION", usage: true });
  }
}

/** Layout of every network picture: the dashboard's (`NETWORK_LAYOUT` there). */
const LAYOUT = { seed: 1, iterations: 500 } as const;
const SEED = 1;

/** The report's figures of `dataset`: indicator over waves, gap map, gap matrix, network, what changed, introductions. */
export function reportFigures(dataset: Dataset, options: Partial<ReportOptions> = {}): ReportFigures {
  const o = { wave: null, from: null, to: null, permutations: 999, ...options };
  // Waves named as the dashboard names them: the given labels (dataset.json), else the years of their dates.
  const names = waveLabels(dataset, options.waveLabels);
  const figureOptions: Partial<FigureOptions> = {
    ...options,
    dataset: options.dataset ?? dataset.name,
    waveLabels: names,
  };
  const { messages: m, waveName } = resolveFigureOptions(figureOptions);
  // A wave given by its id or by its name ("--wave 2025" where wave 3 is named 2025).
  const wave = (label: string | null) => {
    try {
      return label === null ? null : resolveWave(dataset, waveNamed(dataset.waves, label, names));
    } catch (error) {
      throw new ReportOptionError(error instanceof Error ? error.message : String(error));
    }
  };
  const to = wave(o.to) ?? dataset.waves.at(-1)!;
  const main = wave(o.wave) ?? to;
  const first = wave(o.from);
  const order = (w: string) => dataset.waves.indexOf(w);
  if (first !== null && order(first) > order(to))
    throw new ReportOptionError(m.report.fromAfterTo({ from: o.from ?? first, to: o.to ?? to }));
  const trendWaves = dataset.waves.slice(first === null ? 0 : order(first), order(to) + 1);
  const changeFrom = first ?? (order(to) > 0 ? dataset.waves[order(to) - 1]! : null);

  const makers: FigureMaker[] = [];
  const skipped: SkippedFigure[] = [];
  const lang = figureOptions.lang ?? "de";

  const indicatorWords = lang === "de" ? indicatorMessagesDe : indicatorMessagesEn;
  const trend = indicator(dataset, { seed: SEED, lang }).waves.filter((w) => trendWaves.includes(w.wave));
  makers.push((extra) =>
    indicatorOverWavesFigure(
      {
        components: COMPONENT_NAMES.map((key) => ({
          key,
          label: indicatorWords.components[key],
          short: indicatorWords.short[key],
        })),
        waves: trend.map((w) => ({
          wave: w.wave,
          value: w.value,
          interval: w.interval ?? null,
          components: { ...w.components },
        })),
      },
      { ...figureOptions, ...extra },
    ),
  );

  const graph = buildGraph(dataset, { wave: main });
  const districtName = districtNames(dataset);
  const named = (result: GapsResult, name: (c: string) => string): GapGridData => ({
    ...result,
    categories: result.categories.map(name),
    suppressedCategories: result.suppressedCategories.map(name),
    gaps: result.gaps.map((g) => ({ ...g, a: name(g.a), b: name(g.b) })),
  });
  const hasDistricts = dataset.actors.some((a) => a.district);
  const hasSectors = dataset.actors.some((a) => a.sector);
  const labels = Object.fromEntries(dataset.districts.map((d) => [d.id, d.name]));
  // Core's default null model, as `vernetzt gaps` and the dashboard.
  const districtResult = hasDistricts
    ? gaps(graph, { by: "district", permutations: o.permutations, labels })
    : null;
  const districtGaps = districtResult ? named(districtResult, (c) => districtName(c) ?? c) : null;
  if (districtGaps) {
    const perDistrict = new Map<string, number>();
    for (const a of dataset.actors)
      if (a.district) perDistrict.set(a.district, (perDistrict.get(a.district) ?? 0) + 1);
    const places = dataset.districts.flatMap((d) =>
      d.lat !== undefined && d.lon !== undefined
        ? [{ name: d.name, lat: d.lat, lon: d.lon, actors: perDistrict.get(d.id) ?? 0 }]
        : [],
    );
    if (places.length >= 2)
      makers.push((extra) => gapMapFigure({ gaps: districtGaps, places }, { ...figureOptions, ...extra }));
    else {
      // Without coordinates: the schematic map, the cut-off districts set apart.
      const schematic = {
        gaps: districtGaps,
        groupSizes: districtResult!.groupSizes,
        isolated: districtResult!.isolated.map((c) => districtName(c.category) ?? c.category),
      };
      makers.push((extra) => schematicGapMapFigure(schematic, { ...figureOptions, ...extra }));
    }
    makers.push((extra) => gapMatrixFigure(districtGaps, { ...figureOptions, ...extra }));
  } else if (hasSectors) {
    skipped.push({ name: "gap-map", reason: m.report.skipped.gapMap });
    const sectorGaps = named(gaps(graph, { by: "sector", permutations: o.permutations }), (c) => c);
    makers.push((extra) => gapMatrixFigure(sectorGaps, { ...figureOptions, ...extra }));
  } else skipped.push({ name: "gap-map", reason: m.report.skipped.noDistricts });

  const graphs = waveGraphs(dataset);
  const union = unionOfWaves(dataset, graphs);
  const positions = layout(union, LAYOUT);
  const network = {
    waves: dataset.waves,
    wave: main,
    nodes: dataset.actors.map((a) => {
      const district = districtName(a.district);
      return {
        id: a.id,
        name: a.name,
        x: positions[a.id]!.x,
        y: positions[a.id]!.y,
        ...(district !== undefined && { district }),
      };
    }),
    edges: union.mapEdges((_e, attributes, source, target) => ({
      source,
      target,
      waves: wavesOfUnionEdge(attributes),
    })),
  };
  makers.push((extra) => networkByDistrictFigure(network, { ...figureOptions, ...extra }));

  if (changeFrom !== null && changeFrom !== to) {
    const { actorIds: _ids, ...changes } = waveChangesOf(dataset, changeFrom, to);
    makers.push((extra) => whatChangedFigure(changes, { ...figureOptions, ...extra }));
  } else skipped.push({ name: "what-changed", reason: m.report.skipped.whatChanged });

  const result = recommend(graph, { top: 5, seed: SEED, districts: dataset.districts });
  const introductions = {
    wave: main,
    actors: dataset.actors.map((a) => {
      const district = districtName(a.district);
      return { id: a.id, name: a.name, ...(district !== undefined && { district }) };
    }),
    recommendations: result.recommendations.map((r) => ({
      ...r,
      reasons: r.reasons.map((reason) => recommendReasonText(reason, lang)),
    })),
  };
  makers.push((extra) => topIntroductionsFigure(introductions, { ...figureOptions, ...extra }));

  const title = m.report.titleSlide({ dataset: figureOptions.dataset! });
  const { figures, slides } = deckSlides(
    {
      title,
      message: m.report.titleMessage({
        actors: m.number(dataset.actors.length),
        ties: m.number(graph.size),
        waves:
          trendWaves.length > 1
            ? m.wavesRange(waveName(trendWaves[0]!), waveName(to))
            : m.wave(waveName(main)),
      }),
      makers,
      notes: skipped.map((s) => s.reason),
    },
    figureOptions,
  );
  return { title, figures, slides, skipped, waves: { wave: main, from: changeFrom, to } };
}
