/**
 * Long pages fold each entry's detail (a `<details>`) so the page reads as a list. A link to one
 * entry (/workup#lab-ferritin) is a request to read it: the entry opens. Used by the app on a
 * link within it and by the page script when the page is loaded from such a link.
 */
export function openDetailsAt(id: string): void {
  document.getElementById(id)?.querySelector('details')?.setAttribute('open', '')
}
