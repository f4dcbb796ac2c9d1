import { describe, expect, it } from 'vitest'
import { renderRoute, screen, within } from '../test-utils'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()

describe('primary vs secondary', () => {
  it('compares the two row by row, each row cited', async () => {
    renderRoute('/primary-vs-secondary')
    await screen.findByRole('heading', { level: 1, name: 'Primary vs secondary' })
    const table = screen.getAllByRole('table')[0]!
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(bundle.comparison.rows.length)
    expect(bundle.comparison.rows.map((r) => r.feature.toLowerCase()).join(' ')).toMatch(/onset/)
    rows.forEach((row, i) => {
      const data = bundle.comparison.rows[i]!
      expect(within(row).getByRole('rowheader')).toHaveTextContent(data.feature)
      expect(row).toHaveTextContent(data.primary)
      expect(within(row).getAllByRole('link').length).toBeGreaterThanOrEqual(1)
    })
  })

  it('links the secondary causes to their pages and explains how to tell', async () => {
    renderRoute('/primary-vs-secondary')
    await screen.findByRole('heading', { level: 1, name: 'Primary vs secondary' })
    const secondary = within(screen.getByRole('region', { name: 'Secondary causes to look for' }))
    for (const cause of bundle.causes.filter((c) => c.role === 'secondary cause')) {
      expect(secondary.getByRole('link', { name: cause.name })).toHaveAttribute('href', `/causes/${cause.id}`)
    }
    const guide = within(screen.getByRole('region', { name: 'How to tell' }))
    expect(guide.getAllByRole('listitem')).toHaveLength(bundle.comparison.howToTell.length)
  })

  it('lists the mimics to exclude and how to tell each apart', async () => {
    renderRoute('/primary-vs-secondary')
    await screen.findByRole('heading', { level: 1, name: 'Primary vs secondary' })
    const mimics = within(screen.getByRole('region', { name: 'Mimics to exclude' }))
    for (const mimic of bundle.mimics) {
      const row = mimics.getByRole('rowheader', { name: mimic.name }).closest('tr')!
      expect(row).toHaveTextContent(mimic.howToTell)
    }
    expect(bundle.mimics.map((m) => m.name.toLowerCase()).join(' ')).toMatch(/cramp/)
  })
})

describe('the introduction', () => {
  it('cites sources that exist in the bundle', async () => {
    renderRoute('/primary-vs-secondary')
    await screen.findByRole('heading', { level: 1, name: 'Primary vs secondary' })
    const intro = screen.getByText(/Early onset, a family history/).closest('p')!
    const cited = within(intro).getAllByRole('link').map((a) => a.getAttribute('href')!.replace('/sources#source-', ''))
    expect(cited.length).toBeGreaterThan(0)
    for (const id of cited) expect(bundle.sources.map((s) => s.id)).toContain(id)
  })

  it('lists the five IRLSSG 2014 essential criteria, the course and significance specifiers and the supportive features, each cited', async () => {
    renderRoute('/primary-vs-secondary')
    const region = within(await screen.findByRole('region', { name: 'Diagnostic criteria (IRLSSG 2014)' }))
    const criteria = within(region.getByRole('list', { name: 'Essential criteria' })).getAllByRole('listitem')
    expect(criteria).toHaveLength(5)
    criteria.forEach((item, i) => {
      expect(item).toHaveTextContent(bundle.diagnosis.essentialCriteria[i]!.text)
      expect(within(item).getAllByRole('link').length).toBeGreaterThan(0)
    })
    expect(criteria[4]).toHaveTextContent(/not fully accounted for by another/)
    const specifiers = region.getByRole('list', { name: 'Specifiers' })
    expect(specifiers).toHaveTextContent(/chronic-persistent/)
    expect(specifiers).toHaveTextContent(/intermittent/)
    expect(specifiers).toHaveTextContent(/Clinical significance/)
    const supportive = region.getByRole('list', { name: 'Supportive features' })
    expect(supportive).toHaveTextContent(/Periodic limb movements/)
    expect(supportive).toHaveTextContent(/Family history/)
    expect(supportive).toHaveTextContent(/dopaminergic/)
  })

  it('lists the mimics the review asked for: claudication (vascular, neurogenic), painful legs and moving toes, growing pains', async () => {
    renderRoute('/primary-vs-secondary')
    await screen.findByRole('heading', { level: 1, name: 'Primary vs secondary' })
    const mimics = within(screen.getByRole('region', { name: 'Mimics to exclude' }))
    for (const name of [/Vascular \(arterial\) claudication/, /Neurogenic claudication/, /Painful legs and moving toes/, /Growing pains/]) {
      expect(mimics.getByRole('rowheader', { name })).toBeInTheDocument()
    }
  })
})
