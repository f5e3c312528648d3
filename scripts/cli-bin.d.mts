/** The repository root. */
export const ROOT: string;
/** The compiled command (the `bin` of `@vernetzt/cli`). */
export const CLI_BIN: string;
/** The packages compiled into it. */
export const CLI_PACKAGES: string[];
/** True when the compiled command is missing or a source file or package.json changed after it was built. */
export function cliBinIsStale(): boolean;
