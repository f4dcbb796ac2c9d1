/**
 * The medications screener reads lines as a pharmacist does, where the clinician sees it: the form
 * and "topical: little systemic exposure" on a trigger in eye drops, the night-time painkiller's
 * "check the pack", the ingredient named over a shared brand, allergy lines and vital signs set apart.
 */
import { describe, expect, it } from 'vitest'
import { ROLE_LABELS } from '../../src/features/medications/drug-roles'
import { renderRoute, screen, waitFor, within } from '../test-utils'

const listBox = () => screen.getByRole('textbox', { name: /medication list/i })
const flaggedItems = () => Array.from(screen.getByRole('list', { name: 'Flagged medications' }).children) as HTMLElement[]
const group = (title: string) => screen.getByRole('list', { name: title })

/** Pastes the lines into the screener on /medications; resolves to its summary. */
async function screenList(lines: string[]) {
  const { user } = renderRoute('/medications')
  await screen.findByRole('heading', { level: 1, name: 'Medications' })
  await user.click(listBox())
  await user.paste(lines.join('\n'))
  return screen.findByRole('status', { name: 'Screening summary' })
}

describe('medication-list screener: lines read as a pharmacist reads them', () => {
  it('shows the form, keeps topical drugs visible but not as a cause, and sets allergy lines and vital signs apart', async () => {
    const status = await screenList(['Sertraline 50 mg PO daily', 'Chlorphenamine eye drops', 'Acetaminophen PM', 'Benadryl Allergy (cetirizine)', 'Allergic to penicillin', 'RR 16'])
    await waitFor(() => expect(status).toHaveTextContent('6 lines: 3 lines flagged; 1 recognised, no known association; 0 not recognised; 2 not medication lines.'))

    const items = flaggedItems()
    // A drug taken by mouth comes first; the eye drops follow, marked and not counted.
    expect(items[0]).toHaveTextContent('Sertraline 50 mg PO daily')
    const eyeDrops = items.find((item) => item.textContent?.includes('Chlorphenamine eye drops'))!
    expect(eyeDrops).toHaveTextContent('Form: eye drops')
    expect(eyeDrops).toHaveTextContent('topical: little systemic exposure: not counted as a cause of RLS here.')
    expect(within(eyeDrops).getByText(ROLE_LABELS.worsens)).toBeInTheDocument()
    expect(items.indexOf(eyeDrops)).toBeGreaterThan(items.findIndex((item) => item.textContent?.includes('Acetaminophen PM')))

    const nightRemedy = items.find((item) => item.textContent?.includes('Acetaminophen PM'))!
    expect(nightRemedy).toHaveTextContent('usually contains a sedating antihistamine (diphenhydramine or doxylamine): check the pack')

    expect(group('Recognised, no known association')).toHaveTextContent('Benadryl Allergy (cetirizine) — Cetirizine')
    expect(screen.getByRole('list', { name: 'Flagged medications' })).not.toHaveTextContent('Benadryl')
    const notMedication = group('Not a medication line')
    expect(notMedication).toHaveTextContent('Allergic to penicillin — a note or allergy line, not a medication taken')
    expect(notMedication).toHaveTextContent('RR 16 — a vital sign')
  })

  it('a level of a benzodiazepine the reference does not list by name is flagged, as a drug the patient takes', async () => {
    const status = await screenList(['Bromazepam level 120 ng/mL', 'Ferritin 20 ug/L'])
    await waitFor(() => expect(status).toHaveTextContent('2 lines: 1 line flagged;'))
    const [level] = flaggedItems()
    expect(level).toHaveTextContent('Bromazepam level 120 ng/mL')
    expect(level).toHaveTextContent('by its name ending “-azepam”')
    expect(level).toHaveTextContent('Named in a lab result: a measured level of this drug means the patient takes it')
  })

  it('smoking history written with "nicotine" is set apart as social history; nicotine replacement is a drug', async () => {
    const status = await screenList(['Nicotine: never', 'No nicotine', 'Nicotine patch 21 mg/24 h'])
    await waitFor(() => expect(status).toHaveTextContent('3 lines: 0 lines flagged; 1 recognised, no known association; 0 not recognised; 2 not medication lines.'))
    expect(group('Not a medication line')).toHaveTextContent('Nicotine: never — social history')
    expect(group('Not a medication line')).toHaveTextContent('No nicotine — social history')
    expect(group('Recognised, no known association')).toHaveTextContent('Nicotine patch 21 mg/24 h — Nicotine replacement therapy')
  })

  it('iron tablets without their salt, or iron with a dose, are an RLS treatment; iron on a problem list is not a drug', async () => {
    const status = await screenList(['Iron tablets one daily', 'Iron 200 mg od', 'Iron deficiency anaemia', 'Folate 5 mg od'])
    await waitFor(() => expect(status).toHaveTextContent('4 lines: 2 lines flagged; 1 recognised, no known association; 0 not recognised; 1 not a medication line.'))
    for (const [item, line] of flaggedItems().map((item, index) => [item, ['Iron tablets one daily', 'Iron 200 mg od'][index]] as const)) {
      expect(item).toHaveTextContent(line!)
      expect(item).toHaveTextContent('Oral iron (salt not stated)')
      expect(within(item).getByText(ROLE_LABELS['rls treatment'])).toBeInTheDocument()
    }
    // "Iron" without a dose, on a problem list, is not the drug.
    expect(screen.getByRole('list', { name: 'Flagged medications' })).not.toHaveTextContent('Iron deficiency anaemia')
    expect(group('Recognised, no known association')).toHaveTextContent('Folate 5 mg od — Folic acid')
    expect(group('Not a medication line')).toHaveTextContent('Iron deficiency anaemia — a note or allergy line, not a medication taken')
  })

  it('a vitamin or mineral named as the patient\'s condition on a problem list is not a drug taken; a drug named beside it still is', async () => {
    const status = await screenList(['Vitamin D deficiency', 'Folate deficiency', 'Magnesium deficiency', 'Iron overload', 'Ferrous sulfate for iron deficiency', 'Lithium toxicity'])
    await waitFor(() => expect(status).toHaveTextContent('6 lines: 2 lines flagged; 0 recognised, no known association; 0 not recognised; 4 not medication lines.'))
    const flaggedLine = (line: string) => flaggedItems().find((item) => item.textContent?.includes(line))
    expect(within(flaggedLine('Ferrous sulfate for iron deficiency')!).getByText(ROLE_LABELS['rls treatment'])).toBeInTheDocument()
    // Toxicity is not a word of lack: a patient with lithium toxicity takes lithium.
    expect(within(flaggedLine('Lithium toxicity')!).getAllByText(ROLE_LABELS.triggers).length).toBeGreaterThan(0)
    const notMedication = group('Not a medication line')
    for (const line of ['Vitamin D deficiency', 'Folate deficiency', 'Magnesium deficiency', 'Iron overload']) {
      expect(notMedication).toHaveTextContent(`${line} — a note or allergy line, not a medication taken`)
    }
  })
})
