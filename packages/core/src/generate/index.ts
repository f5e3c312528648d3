export { generateMessagesDe } from "../i18n/de/generate.js";
export { generateMessagesEn } from "../i18n/en/generate.js";
export {
  GENERATED_CSV_FILES,
  type GeneratedCsvTable,
  type GeneratedCsvTableOptions,
  generatedCsvTables,
} from "./csv-tables.js";
export { type GenerateMessages, generateMessages } from "./messages.js";
export { type GeneratedMeeting, type GeneratedNetwork, generateNetwork, type Respondent } from "./network.js";
export {
  DEFAULT_GENERATE_NETWORK_OPTIONS,
  type GenerateNetworkOptions,
  GenerateOptionError,
  type ResolvedGenerateNetworkOptions,
  resolveGenerateNetworkOptions,
} from "./options.js";
export { SECTORS, type SectorProfile } from "./vocabulary.js";
