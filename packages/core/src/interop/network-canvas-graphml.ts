/**
 * Network Canvas' GraphML export → interview sessions (see `network-canvas.ts` for the mapping). Each file holds
 * one session (`<graph>` with the ego's `networkCanvasUUID` and ego variables as graph data); nodes and edges
 * carry `networkCanvasUUID`, `networkCanvasType` and `label`.
 */
import { parseGraphFile } from "../io/graph-tables.js";
import type { Cell } from "../io/table.js";
import type { IssueCollector } from "../io/validation-report.js";
import { cellText } from "../io/values.js";
import type { NetworkCanvasSession } from "./network-canvas.js";

/** Reads one Network Canvas GraphML file into the sessions (by the ego's UUID). */
export function parseNetworkCanvasGraphml(
  file: string,
  text: string,
  session: (egoId: string) => NetworkCanvasSession,
  issues: IssueCollector,
): void {
  const parsed = parseGraphFile(file, text, "graphml", issues);
  if (!parsed) return;
  const { graph } = parsed;
  const { networkCanvasUUID: egoUuid, ...ego } = graph.getAttributes() as Record<string, Cell>;
  const caseId = /\bnc:caseId=(["'])(.*?)\1/.exec(text)?.[2];
  const egoId = cellText(egoUuid) || cellText(/\bnc:sessionUUID=(["'])(.*?)\1/.exec(text)?.[2]) || file;
  const target = session(egoId);
  target.ego = { ...(caseId ? { networkCanvasCaseID: caseId } : {}), ...withoutId(ego) };
  const uuidOf = new Map<string, string>();
  let position = 0;
  graph.forEachNode((node, attributes) => {
    position++;
    const {
      networkCanvasUUID: uuid,
      networkCanvasType: type,
      label,
      ...values
    } = attributes as Record<string, Cell>;
    const id = cellText(uuid) || node;
    uuidOf.set(node, id);
    const named = values.name === undefined && cellText(label) !== "" ? { name: label } : {};
    target.alters.push({
      id,
      type: cellText(type) || "node",
      values: { ...named, ...values },
      at: { file: `${file}/nodes`, row: position, column: null },
    });
  });
  position = 0;
  graph.forEachEdge((_edge, attributes, source, end) => {
    position++;
    const {
      networkCanvasUUID: _uuid,
      networkCanvasType: type,
      ...values
    } = attributes as Record<string, Cell>;
    target.edges.push({
      source: uuidOf.get(source) ?? source,
      target: uuidOf.get(end) ?? end,
      type: cellText(type) || "edge",
      values: { networkCanvasEgoUUID: egoId, ...values },
      at: { file: `${file}/edges`, row: position, column: null },
    });
  });
}

function withoutId(values: Record<string, Cell>): Record<string, Cell> {
  const { id: _id, ...rest } = values;
  return rest;
}
