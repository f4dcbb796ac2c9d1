import { describe, expect, it } from 'vitest'
import { renderRoute, screen, within } from '../test-utils'

async function openPatient() {
  const rendered = renderRoute('/patient')
  // The first open also loads the page's code and the bundle: give a cold start room.
  await screen.findByRole('heading', { level: 1, name: 'Patient workup' }, { timeout: 30_000 })
  return rendered
}

describe('/patient at the bedside', () => {
  it('keeps the patient while the clinician reads a cause, and Back and the header return to it', async () => {
    const { user, history } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Age (years)' }), '70')
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '20')
    await user.click(screen.getByRole('checkbox', { name: /dialysis/ }))
    await user.type(screen.getByRole('textbox', { name: 'Patient name' }), 'Zebedee Quill')
    expect(screen.queryByRole('link', { name: 'Patient in progress' })).toBeNull()

    await user.click(within(screen.getByRole('region', { name: 'Causes to look for' })).getAllByRole('link')[0]!)
    await screen.findByRole('link', { name: 'Patient in progress' })
    history.back()
    await screen.findByRole('heading', { level: 1, name: 'Patient workup' })
    expect(screen.getByRole('spinbutton', { name: 'Age (years)' })).toHaveValue(70)
    expect(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })).toHaveValue(20)
    expect(screen.getByRole('checkbox', { name: /dialysis/ })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Patient name' })).toHaveValue('Zebedee Quill')

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Medications' }))
    await user.click(await screen.findByRole('link', { name: 'Patient in progress' }))
    await screen.findByRole('heading', { level: 1, name: 'Patient workup' })
    expect(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })).toHaveValue(20)
    expect(screen.getByTestId('summary-note')).toHaveTextContent('age 70')
  })

  it('puts the bottom line first and updates it as the form is filled', async () => {
    const { user } = await openPatient()
    const bottomLine = screen.getByRole('region', { name: 'Bottom line' })
    // First in the results, before the form in reading order (the answer first on a phone).
    const form = screen.getByRole('form', { name: 'About the patient' })
    expect(bottomLine.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(bottomLine).toHaveTextContent('Iron studies: not entered')
    expect(bottomLine).toHaveTextContent('4 tests to order')
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '20')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '15')
    expect(bottomLine).toHaveTextContent('Iron: Iron therapy indicated (oral or IV) (AASM 2024)')
    expect(bottomLine).toHaveTextContent(/to order, 4 to repeat/)
  })

  it('marks a result entered as to repeat in the test list, and the note repeats it', async () => {
    const { user } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '40')
    const tests = within(screen.getByRole('list', { name: 'Tests to order' })).getAllByRole('listitem')
    const ferritin = tests.find((item) => item.textContent!.startsWith('Serum ferritin'))!
    expect(ferritin).toHaveTextContent('Result entered: repeat when due')
    expect(tests.at(-1)).toBe(ferritin)
    expect(screen.getByTestId('summary-note')).toHaveTextContent('Repeat when due (results already available): Serum ferritin.')
    expect(screen.getByTestId('summary-note')).not.toHaveTextContent('order Serum ferritin')
  })
})
