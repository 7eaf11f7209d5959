/**
 * The only way the sidebar builds DOM: elements from createElement, text from
 * textContent. Nothing here ever assigns innerHTML, so data from the workbook
 * (names, notes, messages) can never become markup.
 */

type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  /** Plain attributes (aria-*, role, for, type…); values are set with setAttribute. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props) {
    if (props.className) node.className = props.className;
    if (props.id) node.id = props.id;
    if (props.attrs) {
      for (const [name, value] of Object.entries(props.attrs)) {
        if (value === null || value === undefined || value === false) continue;
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    if (props.on) {
      for (const [type, handler] of Object.entries(props.on)) {
        node.addEventListener(type, handler as EventListener);
      }
    }
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent` (textContent = '' drops them without parsing anything). */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  parent.textContent = '';
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Missing element #${id}`);
  return node as T;
}

let idCounter = 0;
/** A document-unique id for label/aria wiring of generated elements. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
