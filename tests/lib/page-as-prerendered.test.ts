import { afterEach, describe, expect, it } from 'vitest'
import { isPageAsPrerendered } from '../../src/lib/page-as-prerendered'

function staticPage(prerendered: string | undefined, address: string) {
  history.replaceState(null, '', address)
  const root = document.createElement('div')
  if (prerendered !== undefined) root.dataset.prerendered = prerendered
  return root
}

afterEach(() => history.replaceState(null, '', '/'))

describe('isPageAsPrerendered: whether the static page is the page the app would draw at this address', () => {
  it('the address the build rendered, with or without a closing slash', () => {
    expect(isPageAsPrerendered(staticPage('/patient', '/patient'))).toBe(true)
    expect(isPageAsPrerendered(staticPage('/patient', '/patient/'))).toBe(true)
    expect(isPageAsPrerendered(staticPage('/rls/causes/iron-deficiency/', '/rls/causes/iron-deficiency'))).toBe(true)
    expect(isPageAsPrerendered(staticPage('/', '/'))).toBe(true)
  })

  it('not with a filter or a query in the address (a shared link, an EHR launch): the app must draw it', () => {
    expect(isPageAsPrerendered(staticPage('/causes', '/causes?category=kidney'))).toBe(false)
    expect(isPageAsPrerendered(staticPage('/launch', '/launch?iss=https%3A%2F%2Fehr.example&launch=1'))).toBe(false)
  })

  it('not at another address (the not-found page, a page served for another path) nor on a page not prerendered', () => {
    expect(isPageAsPrerendered(staticPage('/causes', '/causes/no-such-cause'))).toBe(false)
    expect(isPageAsPrerendered(staticPage(undefined, '/patient'))).toBe(false)
  })
})
