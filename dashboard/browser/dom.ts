/** A tiny element builder for the browser views (no framework: the bundle stays small and offline). */

type Child = Node | string | null | undefined | false;

/** `el("p", {class: "note"}, "text", child)`: attributes are set as attributes; `on*` functions as listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | EventListener | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: Child[]): void {
  for (const child of children) if (child) parent.append(child);
}

/** A labelled `<select>`; `options` are [value, label] pairs. */
export function select(
  id: string,
  label: string,
  options: Array<[string, string]>,
  onChange: (value: string) => void,
): { field: HTMLElement; control: HTMLSelectElement } {
  const control = el("select", { id, name: id });
  for (const [value, text] of options) control.append(el("option", { value }, text));
  control.addEventListener("change", () => onChange(control.value));
  return { field: el("div", { class: "vz-field" }, el("label", { for: id }, label), control), control };
}
