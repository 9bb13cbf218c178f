// A tiny element builder: the panels build their DOM with it instead of innerHTML (no markup injection).
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') node.textContent = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

export function options(values: Array<[string, string]>, selected?: string): HTMLOptionElement[] {
  return values.map(([value, label]) => el('option', { value, text: label, selected: value === selected }));
}

export function table(headings: string[], rows: string[][]): HTMLTableElement {
  return el(
    'table',
    { class: 'grid' },
    el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { text: h })))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', { text: c }))))),
  );
}
