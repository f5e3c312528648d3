/** Which language the CLI speaks: `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
import { UsageError } from "./errors.js";

export type Lang = "de" | "en";

export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option !== undefined) {
    if (option === "de" || option === "en") return option;
    throw new UsageError(`--lang must be "de" or "en", got "${option}".`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("de") ? "de" : "en";
}
