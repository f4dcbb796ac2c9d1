import { describe, expect, it } from 'vitest'
import { renderRoute, screen, within, waitFor } from '../test-utils'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const categoryName = (id: string) => bundle.categories.find((c) => c.id === id)!.name
const causeLinks = () => screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/causes/'))

describe('causes list', () => {
  it('lists every cause as a link to its page, grouped by category with counts', async () => {
    renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    expect(causeLinks()).toHaveLength(bundle.causes.length)
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${bundle.causes.length} of ${bundle.causes.length} causes`)
    for (const category of bundle.categories) {
      const count = bundle.causes.filter((c) => c.category === category.id).length
      expect(screen.getByRole('button', { name: `${category.name} (${count})` })).toHaveAttribute('aria-pressed', 'false')
    }
  })

  it('filters by category from toggle buttons and keeps the filter in the URL', async () => {
    const { user, router } = renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    const medications = screen.getByRole('button', { name: new RegExp(`^${categoryName('medications')}`) })
    await user.click(medications)
    expect(medications).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(router.state.location.search).toEqual({ category: 'medications' }))
    const expected = bundle.causes.filter((c) => c.category === 'medications')
    expect(causeLinks()).toHaveLength(expected.length)
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(categoryName('medications')) })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2, name: new RegExp(categoryName('kidney')) })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: new RegExp(`^${categoryName('kidney')}`) }))
    await waitFor(() => expect(router.state.location.search).toEqual({ category: 'kidney,medications' }))
    expect(causeLinks()).toHaveLength(expected.length + bundle.causes.filter((c) => c.category === 'kidney').length)

    router.history.back()
    await waitFor(() => expect(causeLinks()).toHaveLength(expected.length))
  })

  it('filters by evidence grade, combined with category', async () => {
    const { user } = renderRoute('/causes?category=iron')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    await user.click(screen.getByRole('button', { name: /^Established/ }))
    const expected = bundle.causes.filter((c) => c.category === 'iron' && c.grade === 'Established')
    expect(causeLinks()).toHaveLength(expected.length)
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(causeLinks()).toHaveLength(bundle.causes.length)
  })

  it('falls back silently for unknown or malformed params', async () => {
    renderRoute('/causes?category=spleen&grade=42')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    expect(causeLinks()).toHaveLength(bundle.causes.length)
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([])
  })
})

describe('cause page', () => {
  it('shows grade, rationale, clues, tests linked to the workup, figures, disagreements and sources', async () => {
    const cause = bundle.causes.find((c) => c.id === 'pregnancy')!
    renderRoute('/causes/pregnancy')
    expect(await screen.findByRole('heading', { level: 1, name: cause.name })).toBeInTheDocument()
    expect(screen.getByText(cause.gradeRationale)).toBeInTheDocument()
    expect(screen.getAllByText(cause.grade).length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { name: 'Clinical clues' })).toBeInTheDocument()
    const check = within(screen.getByRole('region', { name: 'What to check' }))
    for (const labId of cause.checks) {
      const lab = bundle.labs.find((l) => l.id === labId)!
      expect(check.getByRole('link', { name: lab.name })).toHaveAttribute('href', `/workup#lab-${lab.id}`)
    }
    const figures = within(screen.getByRole('region', { name: 'Figures' }))
    for (const figure of cause.figures) expect(figures.getAllByText(figure.value).length).toBeGreaterThan(0)
    const disagreements = within(screen.getByRole('region', { name: 'Where sources disagree' }))
    expect(disagreements.getAllByText(/Better supported/).length).toBeGreaterThan(0)
    const sources = within(screen.getByRole('region', { name: 'Sources' }))
    expect(sources.getAllByRole('listitem')).toHaveLength(cause.sources.length)
    const doi = sources.getAllByRole('link').find((a) => a.getAttribute('href')?.startsWith('https://doi.org/'))
    expect(doi).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('labels unconfirmed claims as unconfirmed', async () => {
    const cause = bundle.causes.find((c) => c.unconfirmed && c.unconfirmed.length > 0)!
    renderRoute(`/causes/${cause.id}`)
    await screen.findByRole('heading', { level: 1, name: cause.name })
    const notes = within(screen.getByRole('complementary', { name: `Unconfirmed claims: ${cause.name}` }))
    for (const claim of cause.unconfirmed!) expect(notes.getByText(claim)).toBeInTheDocument()
  })

  it('lists the drugs of a drug-induced cause', async () => {
    const cause = bundle.causes.find((c) => (c.medicationClasses ?? []).length > 0)!
    renderRoute(`/causes/${cause.id}`)
    await screen.findByRole('heading', { level: 1, name: cause.name })
    const related = within(screen.getByRole('region', { name: 'Related medications' }))
    const cls = bundle.medicationClasses.find((c) => c.id === cause.medicationClasses![0])!
    expect(related.getByRole('link', { name: cls.name })).toBeInTheDocument()
  })

  it('opens from the list', async () => {
    const { user } = renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    const iron = bundle.causes.find((c) => c.id === 'iron-deficiency')!
    await user.click(screen.getByRole('link', { name: iron.name }))
    expect(await screen.findByRole('heading', { level: 1, name: iron.name })).toBeInTheDocument()
  })

  it('shows the not-found page for an unknown cause', async () => {
    renderRoute('/causes/not-a-cause')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  })
})
