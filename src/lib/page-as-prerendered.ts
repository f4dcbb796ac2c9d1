const trimSlash = (path: string) => path.replace(/(.)\/$/, '$1')

/**
 * The build prerenders every page (`data-prerendered` on #root names the address it rendered).
 * The static page is the page the app would draw only at that same address without search
 * parameters: a filter or a lookup in the address (a shared link, an EHR launch) changes it,
 * and an address the build did not render (answered with the not-found page) is another page.
 */
export function isPageAsPrerendered(root: HTMLElement): boolean {
  const prerendered = root.dataset.prerendered
  return prerendered !== undefined && trimSlash(prerendered) === trimSlash(location.pathname) && location.search === ''
}
