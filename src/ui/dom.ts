// Building DOM without HTML strings: text from scenario files only ever becomes textContent.

type Attributes = Record<string, string | number | boolean | undefined | null>
type Child = Node | string | null | undefined | false

/** An element with attributes (false/null/undefined leave one out; true sets it empty) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

/** Replaces an element's children. */
export function fill(element: Element, ...children: Child[]): void {
  element.replaceChildren(
    ...children.flatMap((child) =>
      child === null || child === undefined || child === false
        ? []
        : [typeof child === 'string' ? document.createTextNode(child) : child],
    ),
  )
}

let counter = 0
/** A unique id for label/aria wiring. */
export const uid = (prefix: string): string => `${prefix}-${++counter}`

/** Offers `text` as a file download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = h('a', { href: url, download: name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
