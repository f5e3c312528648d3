/**
 * What a page may show of a failure (#17: no JavaScript exception text ever reaches a user): the message of a
 * vernetzt error, which is written for the user ("vernetzt/seating: 3 tables need at least 6 participants"),
 * without its module prefix; for any other error (a `TypeError`, a `RangeError` of the browser, a worker that
 * died) only the page's own sentence. The error itself goes to the browser console for whoever debugs it.
 *
 * @param error what was thrown
 * @returns the vernetzt message without its prefix, or `undefined` for an error that is not vernetzt's
 * @example
 * errorText(new Error("vernetzt/seating: 3 tables need at least 6 participants")) // "3 tables need at least 6 participants"
 * errorText(new TypeError("Cannot read properties of undefined (reading 'id')")) // undefined
 */
export function errorText(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const prefix = /^vernetzt(\/[\w-]+)*: /.exec(error.message);
  return prefix ? error.message.slice(prefix[0].length) : undefined;
}

/**
 * A page's sentence about a failure: `lead` ("Der Plan ließ sich nicht berechnen"), then the vernetzt message
 * after a colon, or `otherwise` (what to do) when the error is not vernetzt's. Logs a foreign error to the console.
 *
 * @example
 * failureText("Der Plan ließ sich nicht berechnen", new RangeError("Invalid array length"), "Bitte die Seite neu laden.")
 * // "Der Plan ließ sich nicht berechnen. Bitte die Seite neu laden."
 */
export function failureText(lead: string, error: unknown, otherwise: string): string {
  const text = errorText(error);
  if (text !== undefined) return `${lead}: ${text}`;
  console.warn(error);
  return `${lead}. ${otherwise}`;
}
