/**
 * Long pages fold each entry's detail so the page reads as a list. A link to one entry
 * (/workup#lab-ferritin) is a request to read it: the entry's fold opens. Only a fold marked
 * `data-opens-on-link` does: other folds inside a linked entry (a source's "Cited by", a drug's
 * further brands) stay as they are. Used by the app on a link within it and by the page script
 * when the page is loaded from such a link.
 */
export function openDetailsAt(id: string): void {
  document.getElementById(id)?.querySelector('details[data-opens-on-link]')?.setAttribute('open', '')
}
