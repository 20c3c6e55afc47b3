// The one way views build DOM: text goes in as Text nodes (never innerHTML), so catalog or workbook text
// cannot inject markup.
export type Attributes = Readonly<Record<string, string>>;
export type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
