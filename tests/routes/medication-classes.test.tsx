/**
 * The medications reference as a clinician reads it: every class and member with its advice
 * line, augmentation shown as a complication of treating RLS (never among the triggers), long
 * brand lists folded until filtered, and misspellings that find a drug without being shown.
 */
import { describe, expect, it } from 'vitest'
import type { Medication } from '../../src/data/bundle-schema'
import { EFFECT_WORDS } from '../../src/features/medications/effect-words'
import { renderRoute, screen, waitFor, within } from '../test-utils'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const medication = (id: string): Medication => bundle.medications.find((m) => m.id === id)!
const entry = (id: string) => document.getElementById(`medication-${id}`)!
const shownDrugIds = () =>
  screen
    .queryAllByRole('list', { name: /: drugs$/ })
    .flatMap((list) => Array.from(list.children).map((item) => item.id.replace(/^medication-/, '')))

async function openMedications(url = '/medications') {
  const rendered = renderRoute(url)
  await screen.findByRole('heading', { level: 1, name: 'Medications' })
  return rendered
}

describe('medications reference: augmentation is a treatment complication', () => {
  it('shows the augmentation criteria, then the dopaminergic treatments, after every trigger class', async () => {
    await openMedications()
    const augmentation = screen.getByRole('region', { name: 'Augmentation: a complication of treating RLS, not a cause' })
    expect(augmentation).toHaveTextContent(bundle.augmentation.statement.text)
    const criteria = within(augmentation).getByRole('list', { name: 'Augmentation criteria' })
    for (const item of bundle.augmentation.criteria.items) expect(criteria).toHaveTextContent(item.text)
    for (const step of bundle.augmentation.management) expect(augmentation).toHaveTextContent(step.text)
    expect(within(augmentation).getAllByRole('link').map((a) => a.getAttribute('href'))).toContain('/sources#source-garcia-borreguero-2016')

    const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    for (const cls of bundle.medicationClasses) {
      const section = document.getElementById(`class-${cls.id}`)!
      if (!cls.roles.includes('rls treatment')) expect(follows(section, augmentation), `${cls.id} before augmentation`).toBe(true)
      else expect(follows(augmentation, section), `${cls.id} after augmentation`).toBe(true)
    }

    for (const id of ['levodopa', 'pramipexole', 'ropinirole', 'rotigotine']) {
      const item = entry(id)
      expect(item).toHaveTextContent(EFFECT_WORDS.augmentation)
      expect(item).not.toHaveTextContent(EFFECT_WORDS.triggers)
      expect(item).not.toHaveTextContent(EFFECT_WORDS.worsens)
    }
  })

  it('keeps the augmentation section out of a filter that finds only triggers, and in one that finds a dopamine agonist', async () => {
    const { user } = await openMedications()
    await user.type(screen.getByRole('searchbox', { name: 'Filter medications' }), 'zoloft')
    await waitFor(() => expect(shownDrugIds()).toEqual(['sertraline']))
    expect(screen.queryByRole('region', { name: /^Augmentation/ })).toBeNull()
    await user.clear(screen.getByRole('searchbox', { name: 'Filter medications' }))
    await user.type(screen.getByRole('searchbox', { name: 'Filter medications' }), 'Mirapexin')
    await waitFor(() => expect(shownDrugIds()).toEqual(['pramipexole']))
    expect(screen.getByRole('region', { name: /^Augmentation/ })).toBeInTheDocument()
  })
})

describe('medications reference: advice lines and evidence labels', () => {
  it('tells the prescriber to taper a withdrawal drug and not to stop a weakly linked one', async () => {
    await openMedications()
    const oxycodone = entry('oxycodone')
    expect(oxycodone).toHaveTextContent(EFFECT_WORDS.withdrawal)
    expect(oxycodone).toHaveTextContent('May be treating RLS; do not stop abruptly; taper.')
    expect(oxycodone).toHaveTextContent('Stopping can provoke RLS')
    expect(oxycodone).toHaveTextContent('RLS treatment')
    expect(oxycodone).toHaveTextContent('Targinact (with naloxone)')
    // Brands cite the drug databases they come from, by their short names.
    expect(within(oxycodone).getByRole('link', { name: 'DailyMed' })).toHaveAttribute('href', '/sources#source-dailymed')
    expect(within(oxycodone).getByRole('link', { name: 'emc' })).toHaveAttribute('href', '/sources#source-emc')

    const metoprolol = entry('metoprolol')
    expect(metoprolol).toHaveTextContent('Reported without adequate evidence')
    expect(within(metoprolol).getByRole('heading', { level: 3 })).toHaveTextContent(/^Metoprolol/)
    expect(metoprolol).toHaveTextContent('Insufficient evidence: do not stop a needed drug for this alone.')
    // The class's unconfirmed note is shown once, with the class, not again under each of its members.
    const classNote = bundle.medicationClasses.find((c) => c.id === 'beta-blockers')!.unconfirmed![0]!
    expect(metoprolol).not.toHaveTextContent(classNote)
    expect(within(metoprolol).getByText('Unconfirmed')).toBeInTheDocument()
    const betaBlockers = screen.getByRole('region', { name: bundle.medicationClasses.find((c) => c.id === 'beta-blockers')!.name })
    expect(betaBlockers).toHaveTextContent(/Members listed from: WHO ATC C07; BNF 2\.4\./)

    expect(entry('levothyroxine')).toHaveTextContent(/check TSH for over-replacement/)
    // A strong trigger says what to do, not "insufficient evidence".
    expect(within(entry('metoclopramide')).getByRole('heading', { level: 3 })).not.toHaveTextContent('Insufficient evidence')
  })

  it('offers a drug-level alternative where one is sourced: a non-dopaminergic antiemetic, an alpha-2-delta ligand for pain', async () => {
    await openMedications()
    expect(entry('metoclopramide')).toHaveTextContent(/Ondansetron/)
    expect(entry('amitriptyline')).toHaveTextContent(/alpha-2-delta ligand \(gabapentin or pregabalin\)/)
    expect(entry('duloxetine')).toHaveTextContent(/alpha-2-delta ligand/)
  })
})

describe('medications reference: long lists stay usable', () => {
  it('folds a long brand list, opens it on request, and shows every brand while filtering', async () => {
    const { user } = await openMedications()
    const aripiprazole = medication('aripiprazole')
    expect(aripiprazole.brands.us.length).toBeGreaterThan(4)
    const item = entry('aripiprazole')
    const more = within(item).getByText(`${aripiprazole.brands.us.length - 3} more`)
    const details = more.closest('details')!
    expect(details.open).toBe(false)
    await user.click(more)
    expect(details.open).toBe(true)

    await user.type(screen.getByRole('searchbox', { name: 'Filter medications' }), 'aristada')
    await waitFor(() => expect(shownDrugIds()).toEqual(['aripiprazole']))
    expect(entry('aripiprazole').querySelector('details')).toBeNull()
    for (const brand of aripiprazole.brands.us) expect(entry('aripiprazole')).toHaveTextContent(brand)
  })

  it('finds a drug by a misspelling without ever displaying the misspelling', async () => {
    const { user } = await openMedications()
    const main = screen.getByRole('main')
    for (const m of bundle.medications) for (const name of m.matchOnly ?? []) expect(main.textContent, name).not.toContain(name)
    await user.type(screen.getByRole('searchbox', { name: 'Filter medications' }), 'mirtazepine')
    await waitFor(() => expect(shownDrugIds()).toEqual(['mirtazapine']))
    expect(entry('mirtazapine')).not.toHaveTextContent('mirtazepine')
  })

  it('answers a name the list lacks: a combination product leads to its listed drug, a non-trigger is recognised', async () => {
    const { user, router } = await openMedications()
    const box = screen.getByRole('searchbox', { name: 'Filter medications' })
    await user.type(box, 'Tylenol PM')
    const combinations = await screen.findByRole('list', { name: 'Combination products that contain a listed drug' })
    expect(combinations).toHaveTextContent('Tylenol PM is a combination product containing Diphenhydramine, listed here.')
    await user.click(within(combinations).getAllByRole('button', { name: 'Diphenhydramine' })[0]!)
    await waitFor(() => expect(router.state.location.search).toEqual({ filter: 'Diphenhydramine' }))
    await waitFor(() => expect(shownDrugIds()).toEqual(['diphenhydramine']))

    await user.clear(box)
    await user.type(box, 'metformin')
    expect(await screen.findByText('Recognised, no known association in this reference: Metformin.')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Combination products that contain a listed drug' })).toBeNull()
  })

  it('links to every class from the top of the list', async () => {
    await openMedications()
    const nav = screen.getByRole('navigation', { name: 'Medication classes' })
    const hrefs = within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(expect.arrayContaining(bundle.medicationClasses.map((c) => `#class-${c.id}`)))
    expect(hrefs).toHaveLength(bundle.medicationClasses.length)
  })
})

describe('cause pages: augmentation is not listed as a cause’s trigger drugs', () => {
  it('names the dopaminergic drugs as an augmentation risk, with a link to the criteria', async () => {
    renderRoute('/causes/dopaminergic-augmentation')
    await screen.findByRole('heading', { level: 1, name: 'Dopaminergic augmentation' })
    expect(screen.getByRole('heading', { level: 2, name: 'Drugs that can cause augmentation when used for RLS' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2, name: 'Related medications' })).toBeNull()
    expect(screen.getByText('These drugs treat RLS and do not cause it.', { exact: false })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Augmentation criteria and management' })).toHaveAttribute('href', '/medications#augmentation')
    expect(screen.getByText('· treatment complication')).toBeInTheDocument()
  })

  it('keeps "Related medications" for a drug-induced cause', async () => {
    renderRoute('/causes/drug-antidepressants')
    await screen.findByRole('heading', { level: 1, name: bundle.causes.find((c) => c.id === 'drug-antidepressants')!.name })
    expect(screen.getByRole('heading', { level: 2, name: 'Related medications' })).toBeInTheDocument()
  })
})
