import { describe, expect, it } from 'vitest'
import { renderRoute, screen, waitFor, within } from '../../test-utils'

const field = () => screen.getByRole('combobox', { name: 'Search' })

describe('lookup field', () => {
  it('shows grouped results as you type, without Enter', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })
    await user.type(field(), 'reglan')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    expect(field()).toHaveAttribute('aria-expanded', 'true')
    const medications = within(listbox).getByRole('group', { name: 'Medications' })
    expect(within(medications).getByRole('option', { name: /Metoclopramide/ })).toHaveAttribute('href', '/medications?filter=Metoclopramide')
  })

  it('moves with the arrow keys and opens the active result with Enter', async () => {
    const { user, router } = renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    await user.type(field(), 'feritin')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    const options = within(listbox).getAllByRole('option')
    await user.keyboard('{ArrowDown}')
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    expect(field()).toHaveAttribute('aria-activedescendant', options[0]!.id)
    await user.keyboard('{ArrowDown}{ArrowUp}')
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    const target = options[0]!.getAttribute('href')!
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.href).toBe(target))
    expect(field()).toHaveValue('')
  })

  it('"/" focuses the field from anywhere, but not while typing in another field', async () => {
    const { user } = renderRoute('/workup')
    await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })
    await user.keyboard('/')
    expect(field()).toHaveFocus()
    expect(field()).toHaveValue('')
    const ferritin = screen.getByLabelText('Ferritin (ng/mL)')
    await user.click(ferritin)
    await user.keyboard('/')
    expect(ferritin).toHaveFocus()
  })

  it('Escape clears the query', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })
    await user.type(field(), 'tsat')
    await screen.findByRole('listbox', { name: 'Search results' })
    await user.keyboard('{Escape}')
    expect(field()).toHaveValue('')
    expect(field()).toHaveAttribute('aria-expanded', 'false')
  })

  it('says a name is not recognised, and what to try, when nothing matches', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })
    await user.type(field(), 'qqqzzzx')
    expect(await screen.findByText(/“qqqzzzx” is not recognised: check the spelling. Try a condition/)).toBeInTheDocument()
  })

  it('answers the clinical words: Willis-Ekbom, a diagnosis code, haemochromatosis, kids', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })
    for (const [query, option] of [
      ['Willis-Ekbom', /Restless legs syndrome \(Willis-Ekbom disease\)/],
      ['G25.81', /Restless legs syndrome \(Willis-Ekbom disease\)/],
      ['7A80', /Restless legs syndrome \(Willis-Ekbom disease\)/],
      ['haemochromatosis', /Transferrin saturation/],
      ['kids', /Children and adolescents/],
    ] as const) {
      await user.clear(field())
      await user.type(field(), query)
      const listbox = await screen.findByRole('listbox', { name: 'Search results' })
      expect(await within(listbox).findByRole('option', { name: option }), query).toBeInTheDocument()
      expect(screen.queryByText(/is not recognised: check the spelling/)).not.toBeInTheDocument()
    }
  })

  it('answers for a combination brand and for a drug with no known association', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })
    await user.type(field(), 'tylenol pm')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    const tylenolPm = await within(listbox).findByRole('option', { name: /Tylenol PM/ })
    expect(tylenolPm).toHaveTextContent('contains Diphenhydramine')
    expect(tylenolPm).toHaveAttribute('href', '/medications?filter=Diphenhydramine')
    await user.clear(field())
    await user.type(field(), 'metformin')
    const metformin = await within(screen.getByRole('listbox', { name: 'Search results' })).findByRole('option', { name: /^Metformin\s*Recognised/ })
    expect(metformin).toHaveTextContent('Recognised, no known association with RLS in this reference')
  })

  it('keeps the query in ?q= and restores it from a shared link', async () => {
    const { user, router } = renderRoute('/causes')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    await user.type(field(), 'zoloft')
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'zoloft' }))
  })

  it('opens a shared link with its query and results', async () => {
    renderRoute('/causes?q=pregnant')
    await screen.findByRole('heading', { level: 1, name: 'Causes' })
    expect(field()).toHaveValue('pregnant')
    const listbox = await screen.findByRole('listbox', { name: 'Search results' })
    expect(within(listbox).getAllByRole('option')[0]).toHaveAttribute('href', '/causes/pregnancy')
  })
})
