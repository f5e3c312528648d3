/**
 * A DOM document for Observable Plot in Node, from linkedom. linkedom rather than jsdom: Plot needs only
 * element creation and attributes, which linkedom provides with a far smaller dependency tree and start-up;
 * Observable Framework uses it for the same job.
 */
import { parseHTML } from "linkedom";

let shared: Document | null = null;

/** One shared empty document (figures only create detached elements in it). */
export function figureDocument(): Document {
  shared ??= parseHTML("<!DOCTYPE html><html><head></head><body></body></html>")
    .document as unknown as Document;
  return shared;
}
