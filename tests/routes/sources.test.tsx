import { describe, expect, it } from 'vitest'
import { renderRoute, screen, within } from '../test-utils'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()

describe('sources page', () => {
  it('lists every source with its citation, identifier links and the entries citing it', async () => {
    const { container, user } = renderRoute('/sources')
    await screen.findByRole('heading', { level: 1, name: 'Sources' })
    for (const source of bundle.sources) {
      const item = container.querySelector(`#source-${source.id}`) as HTMLElement
      expect(item, source.id).not.toBeNull()
      expect(item).toHaveTextContent(source.title)
      if (source.doi) expect(within(item).getByRole('link', { name: new RegExp(source.doi.replace(/[.()]/g, '\\$&')) })).toHaveAttribute('href', `https://doi.org/${source.doi}`)
      if (source.pmid) expect(within(item).getByRole('link', { name: new RegExp(source.pmid) })).toHaveAttribute('rel', 'noopener noreferrer')
    }
    const aasm = container.querySelector('#source-aasm-2024') as HTMLElement
    await user.click(within(aasm).getByText(/Cited by/))
    const iron = bundle.causes.find((c) => c.id === 'iron-deficiency')!
    expect(within(aasm).getByRole('link', { name: iron.name })).toHaveAttribute('href', '/causes/iron-deficiency')
  })

  it('a citation on a cause page links to its full reference', async () => {
    const { user } = renderRoute('/causes/iron-deficiency')
    await screen.findByRole('heading', { level: 1, name: bundle.causes.find((c) => c.id === 'iron-deficiency')!.name })
    const cite = screen.getAllByRole('link').find((a) => a.getAttribute('href') === '/sources#source-aasm-2024')!
    await user.click(cite)
    expect(await screen.findByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument()
  })
})

describe('links from the sources page land on their entry', () => {
  it('every drug and class has the anchor the sources page links to', async () => {
    const { container } = renderRoute('/medications')
    await screen.findByRole('heading', { level: 1, name: 'Medications' })
    for (const med of bundle.medications) expect(container.querySelector(`#medication-${med.id}`), med.id).not.toBeNull()
    for (const cls of bundle.medicationClasses) expect(container.querySelector(`#class-${cls.id}`), cls.id).not.toBeNull()
  })

  it('every mimic has the anchor the sources page and the lookup link to', async () => {
    const { container } = renderRoute('/primary-vs-secondary')
    await screen.findByRole('heading', { level: 1, name: 'Primary vs secondary' })
    for (const mimic of bundle.mimics) expect(container.querySelector(`#mimic-${mimic.id}`), mimic.id).not.toBeNull()
  })
})

describe('grade definitions', () => {
  it('the causes filter links to what the grades mean', async () => {
    const { user } = renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    await user.click(screen.getByRole('link', { name: '(what the grades mean)' }))
    const grades = within(await screen.findByRole('region', { name: 'How to read the grades' }))
    for (const grade of ['Established', 'Probable', 'Possible', 'Disputed']) expect(grades.getByText(new RegExp(`${grade} =`))).toBeInTheDocument()
  })
})
