/**
 * Round trips from the tools' own files: fixture → dataset → the same format → dataset gives the same dataset
 * (names aside), for every format vernetzt writes.
 */

import {
  datasetToEdgeList,
  datasetToGephiSpreadsheet,
  datasetToKumu,
  datasetToKumuBlueprint,
  datasetToNodeEdgeCsv,
  parseEdgeList,
  parseGephiSpreadsheet,
  parseKumu,
  parseNodeEdgeCsv,
} from "@vernetzt/core/interop";
import type { InputFile, LoadResult } from "@vernetzt/core/io";
import type { Dataset } from "@vernetzt/core/model";
import { describe, expect, it } from "vitest";
import { fixture, where } from "./helpers.js";

type Format = {
  read: (files: InputFile[], name: string) => LoadResult | Promise<LoadResult>;
  write: (dataset: Dataset) => InputFile[] | Promise<InputFile[]>;
};

const FORMATS: Record<string, Format & { fixture: InputFile[] }> = {
  "networkx node/edge CSV": {
    fixture: fixture("networkx", ["nodes.csv", "edges.csv"]),
    read: (files, name) => parseNodeEdgeCsv(files, { name }),
    write: datasetToNodeEdgeCsv,
  },
  "igraph data frames": {
    fixture: fixture("igraph", ["vertices.csv", "edges.csv"]),
    read: (files, name) => parseNodeEdgeCsv(files, { name }),
    write: datasetToNodeEdgeCsv,
  },
  "networkx edge list": {
    fixture: fixture("networkx", ["graph.edgelist"]),
    read: (files, name) => parseEdgeList(files[0]!, { name }),
    write: (dataset) => [{ name: "g.edgelist", data: datasetToEdgeList(dataset) }],
  },
  "igraph NCOL": {
    fixture: fixture("igraph", ["graph.ncol"]),
    read: (files, name) => parseEdgeList(files[0]!, { name }),
    write: (dataset) => [{ name: "g.ncol", data: datasetToEdgeList(dataset, { data: "weight" }) }],
  },
  "Gephi spreadsheet": {
    fixture: fixture("gephi"),
    read: (files, name) => parseGephiSpreadsheet(files, { name }),
    write: datasetToGephiSpreadsheet,
  },
  Kumu: {
    fixture: fixture("kumu"),
    read: (files, name) => parseKumu(files, { name }),
    write: async (dataset) => [await datasetToKumu(dataset)],
  },
  "Kumu blueprint": {
    fixture: fixture("kumu"),
    read: (files, name) => parseKumu(files, { name }),
    write: (dataset) => [datasetToKumuBlueprint(dataset)],
  },
};

describe("round trip from the tools' files", () => {
  for (const [label, format] of Object.entries(FORMATS)) {
    it(`${label}: read, write, read again gives the same dataset`, async () => {
      const first = await format.read(format.fixture, "rund");
      expect(first.report.ok).toBe(true);
      const second = await format.read(await format.write(first.dataset!), "rund");
      expect(where(second)).toEqual([]);
      expect(second.dataset).toEqual(first.dataset);
    });
  }
});
