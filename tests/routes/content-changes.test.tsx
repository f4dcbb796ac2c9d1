/**
 * What changed in the content, visibly: on /sources, and in the notice shown when a newer
 * version replaces the one seen on the last visit.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { renderRoute, screen, within } from '../test-utils'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const SEEN_VERSION_KEY = 'rls-causes:content-version-seen'

afterEach(() => {
  localStorage.clear()
})

describe('what changed in the content', () => {
  // First: the app reads the version seen on the last visit once per version, for its whole life.
  it('the update notice says which version replaced which, and what changed', async () => {
    localStorage.setItem(SEEN_VERSION_KEY, '1.2.0')
    renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    const notice = await screen.findByText(/^Content 1\.3\.2 replaced 1\.2\.0/)
    expect(notice).toHaveTextContent(bundle.meta.changes[0]!.items[0]!)
    expect(notice).toHaveTextContent(/Next clinical steps in the patient workup/)
    expect(within(notice).getByRole('link', { name: 'What changed' })).toHaveAttribute('href', '/sources#changes')
  })

  it('the sources page lists each version’s clinical changes, newest first', async () => {
    renderRoute('/sources')
    await screen.findByRole('heading', { level: 1, name: 'Sources' })
    const changes = screen.getByRole('region', { name: 'What changed' })
    const versions = within(changes).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(versions[0]).toMatch(/^Version 1\.3\.2/)
    expect(versions[1]).toMatch(/^Version 1\.3\.1/)
    expect(versions[2]).toMatch(/^Version 1\.3\.0/)
    expect(versions[3]).toMatch(/^Version 1\.2\.0/)
    const latest = within(changes).getByRole('region', { name: 'Version 1.3.2' })
    for (const item of bundle.meta.changes[0]!.items) expect(latest).toHaveTextContent(item)
    expect(within(changes).getByRole('region', { name: 'Version 1.3.0' })).toHaveTextContent(/augmentation check/)
    const previous = within(changes).getByRole('region', { name: 'Version 1.2.0' })
    expect(previous).toHaveTextContent(/Drugs carry roles:/)
  })
})
