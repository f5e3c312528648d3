export { ActorNames, boundedDistance, type NameMatch, type ResolvedName } from "./actor-names.js";
export * from "./aliases.js";
export * from "./bidi.js";
export * from "./column-dataset.js";
export type { ColumnChoice, ColumnOverrides, ColumnRecognition } from "./column-recognition.js";
export { recognizeColumns } from "./column-recognition.js";
export type { ColumnProfile } from "./content-profile.js";
export { fitsShape, isCodeLike, profileColumn, referenceShare } from "./content-profile.js";
export * from "./csv-export.js";
export * from "./csv-field.js";
export type { DatasetTables } from "./dataset-from-tables.js";
export * from "./dataset-json.js";
export * from "./dataset-note.js";
export * from "./dataset-tables.js";
export * from "./decode-text.js";
export type { EndpointColumn } from "./edge-list-actors.js";
export { actorsOfEdgeList, endpointColumns, endpointsAreCodes } from "./edge-list-actors.js";
export { splitEndpointLists } from "./endpoint-lists.js";
export * from "./errors.js";
export * from "./excel-safe.js";
export * from "./export-dataset.js";
export * from "./format-mapping.js";
export * from "./format-report.js";
export * from "./graph-files.js";
export type { HeaderMatch, MatchTier } from "./header-match.js";
export { headerCore, isGenericHeader, matchHeader } from "./header-match.js";
export * from "./input-file.js";
export * from "./json-text.js";
export type {
  ColumnMapping,
  DatasetMapping,
  MappingOverride,
  NameCounts,
  Repair,
  TableMapping,
  TableSource,
} from "./mapping.js";
export { mappingSpecs, parseMappingSpecs } from "./mapping.js";
export * from "./parse-dataset.js";
export * from "./registry.js";
export type { Cell, Table, TableRow } from "./table.js";
export type { SourceTable } from "./table-recognition.js";
export { knownTableNames, recognizeTables } from "./table-recognition.js";
export * from "./template.js";
export * from "./validation-report.js";
export * from "./values.js";
export * from "./weight-scales.js";
export * from "./xlsx-limits.js";
export * from "./xlsx-sheets.js";
export * from "./zip-directory.js";
