import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Medication } from '../../src/data/bundle-schema'
import { EFFECT_WORDS } from '../../src/features/medications/effect-words'
import { ROLE_LABELS } from '../../src/features/medications/drug-roles'
import { http, HttpResponse } from 'msw'
import { DRUG_VOCABULARY_ROUTE } from '../../mocks/handlers/drug-vocabulary'
import { server } from '../../mocks/server'
import { renderRoute, screen, waitFor, within } from '../test-utils'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()

function drug(generic: string): Medication {
  const found = bundle.medications.find((m) => m.name.split(/[(,]/)[0]?.trim().toLowerCase() === generic)
  if (!found) throw new Error(`the bundle has no medication named ${generic}`)
  return found
}
const classOf = (medication: Medication) => bundle.medicationClasses.find((c) => c.id === medication.class)!

/** Ids of the drugs the trigger list shows, in order. */
function shownDrugIds(): string[] {
  return screen
    .queryAllByRole('list', { name: /: drugs$/ })
    .flatMap((list) => Array.from(list.children).map((item) => item.id.replace(/^medication-/, '')))
}

const filterBox = () => screen.getByRole('searchbox', { name: 'Filter medications' })
const listBox = () => screen.getByRole('textbox', { name: /medication list/i })
/** The flagged lines: direct items only, not the alternatives listed inside them. */
const flaggedItems = () => Array.from(screen.getByRole('list', { name: 'Flagged medications' }).children) as HTMLElement[]

async function openMedications(url = '/medications') {
  const rendered = renderRoute(url)
  await screen.findByRole('heading', { level: 1, name: 'Medications' })
  return rendered
}

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  sessionStorage.clear()
})

describe('medication triggers by class', () => {
  it('shows every class as a section with grade, mechanism, description, alternatives and sources', async () => {
    await openMedications()
    for (const medicationClass of bundle.medicationClasses) {
      const section = screen.getByRole('region', { name: medicationClass.name })
      const inSection = within(section)
      expect(inSection.getByRole('heading', { level: 2, name: medicationClass.name })).toBeInTheDocument()
      expect(section).toHaveTextContent(`Evidence grade: ${medicationClass.grade}`)
      expect(section).toHaveTextContent(medicationClass.description)
      for (const alternative of medicationClass.alternatives) expect(section).toHaveTextContent(alternative.text)
      for (const note of medicationClass.unconfirmed ?? []) expect(section).toHaveTextContent(note)
    }
    expect(shownDrugIds()).toHaveLength(bundle.medications.length)
  })

  it('shows each drug with US and UK brands, effect, grade, rationale, mechanism, alternatives and citations', async () => {
    await openMedications()
    const sertraline = drug('sertraline')
    const item = within(document.getElementById(`medication-${sertraline.id}`)!)
    expect(item.getByRole('heading', { level: 3, name: sertraline.name })).toBeInTheDocument()
    for (const brand of [...sertraline.brands.us, ...sertraline.brands.uk]) expect(item.getByText(new RegExp(brand))).toBeInTheDocument()
    expect(item.getByText(EFFECT_WORDS[sertraline.effect])).toBeInTheDocument()
    expect(document.getElementById(`medication-${sertraline.id}`)).toHaveTextContent(`Evidence grade: ${sertraline.grade}`)
    expect(item.getByText(sertraline.gradeRationale, { exact: false })).toBeInTheDocument()
    expect(item.getByText(sertraline.mechanismNote, { exact: false })).toBeInTheDocument()
    const alternatives = [...sertraline.alternatives, ...classOf(sertraline).alternatives]
    expect(alternatives.length).toBeGreaterThan(0)
    for (const alternative of alternatives) expect(item.getByText(alternative.text, { exact: false })).toBeInTheDocument()
    const citations = item.getAllByRole('link').map((link) => link.getAttribute('href'))
    for (const id of sertraline.sources) expect(citations).toContain(`/sources#source-${id}`)
  })

  it('labels what the content marks unconfirmed', async () => {
    await openMedications()
    const unconfirmed = bundle.medications.find((m) => (m.unconfirmed ?? []).length > 0)
    expect(unconfirmed, 'the bundle should hold at least one unconfirmed drug claim').toBeDefined()
    const item = document.getElementById(`medication-${unconfirmed!.id}`)!
    expect(within(item).getAllByText('Unconfirmed', { exact: false }).length).toBeGreaterThan(0)
    for (const note of unconfirmed!.unconfirmed!) expect(item).toHaveTextContent(note)
  })

  it('narrows as you type by generic, brand or class, and keeps the filter in ?filter=', async () => {
    const { user, router } = await openMedications()
    await user.type(filterBox(), 'zoloft')
    await waitFor(() => expect(router.state.location.search).toEqual({ filter: 'zoloft' }))
    await waitFor(() => expect(shownDrugIds()).toEqual([drug('sertraline').id]))
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain(classOf(drug('sertraline')).name)
    expect(screen.getByText(`Showing 1 of ${bundle.medications.length} medications, in 1 class.`)).toBeInTheDocument()

    await user.clear(filterBox())
    await user.type(filterBox(), 'MAXOLON')
    await waitFor(() => expect(router.state.location.search).toEqual({ filter: 'MAXOLON' }))
    await waitFor(() => expect(shownDrugIds()).toEqual([drug('metoclopramide').id]))

    const antipsychotics = classOf(drug('haloperidol'))
    await user.clear(filterBox())
    await user.type(filterBox(), antipsychotics.name.split(' ')[0]!)
    await waitFor(() =>
      expect(shownDrugIds()).toEqual(expect.arrayContaining(bundle.medications.filter((m) => m.class === antipsychotics.id).map((m) => m.id))),
    )

    await user.clear(filterBox())
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    await waitFor(() => expect(shownDrugIds()).toHaveLength(bundle.medications.length))
  })

  it('opens already filtered from the address, and follows a later change of address', async () => {
    const { router } = await openMedications('/medications?filter=Reglan')
    expect(filterBox()).toHaveValue('Reglan')
    expect(shownDrugIds()).toEqual([drug('metoclopramide').id])
    await router.navigate({ to: '/medications', search: { filter: 'seroquel' } })
    await waitFor(() => expect(filterBox()).toHaveValue('seroquel'))
    await waitFor(() => expect(shownDrugIds()).toEqual([drug('quetiapine').id]))
  })

  it.each([
    ['a number', '/medications?filter=123'],
    ['an object', `/medications?filter=${encodeURIComponent('{"a":1}')}`],
    ['an overlong string', `/medications?filter=${'x'.repeat(300)}`],
    ['an unknown param only', '/medications?colour=blue'],
  ])('falls back to the full list for %s', async (_case, url) => {
    await openMedications(url)
    expect(filterBox()).toHaveValue('')
    expect(shownDrugIds()).toHaveLength(bundle.medications.length)
  })

  it('says when nothing matches, suggests what to try, and clears', async () => {
    const { user, router } = await openMedications()
    await user.type(filterBox(), 'zzqx')
    expect(await screen.findByText(/No medication or class in this reference matches “zzqx”/)).toBeInTheDocument()
    expect(screen.getByText(/Try a generic name/)).toBeInTheDocument()
    expect(shownDrugIds()).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }))
    await waitFor(() => expect(router.state.location.search).toEqual({}))
    expect(filterBox()).toHaveValue('')
    expect(shownDrugIds()).toHaveLength(bundle.medications.length)
  })
})

describe('medication-list screener', () => {
  // As copied from a discharge letter: a heading, numbering, bullets, brands, a combination product,
  // a misspelling, chart noise, a blank line, CRLF.
  const DISCHARGE_LIST = [
    'DISCHARGE MEDICATIONS',
    '1. Sertraline 50 mg PO daily',
    '2. Reglan 10mg before meals',
    '• quetiapine 25mg nocte',
    '',
    '- diphenhydramine (Benadryl) 25 mg prn',
    'Metformin 500 mg bd',
    'Atorvastatin 20mg nocte',
    'Priadel 400 mg bd',
    'Paracetamol 1 g qds prn',
    'Omeprazole 20 mg od.',
    'Tylenol PM 2 caplets at night',
    'Clonazepam 0.5 mg bd',
    'Metforminn 500 mg',
    'Free T4 1.2',
    'Alcohol prep pads',
    'Non-smoker',
  ].join('\r\n')
  const EXPECTED_FLAGGED = [
    ['1. Sertraline 50 mg PO daily', 'sertraline'],
    ['2. Reglan 10mg before meals', 'metoclopramide'],
    ['• quetiapine 25mg nocte', 'quetiapine'],
    ['- diphenhydramine (Benadryl) 25 mg prn', 'diphenhydramine'],
    ['Priadel 400 mg bd', 'lithium'],
    ['Tylenol PM 2 caplets at night', 'diphenhydramine'],
    ['Clonazepam 0.5 mg bd', 'clonazepam'],
  ] as const

  it('answers every line: flagged, recognised with no known association, not recognised, or not a medication line', async () => {
    const { user } = await openMedications()
    await user.click(listBox())
    await user.paste(DISCHARGE_LIST)

    const status = await screen.findByRole('status', { name: 'Screening summary' })
    await waitFor(() =>
      expect(status).toHaveTextContent(
        '16 lines: 7 lines flagged; 4 recognised, no known association; 1 not recognised; 4 not medication lines.',
      ),
    )
    const items = flaggedItems()
    expect(items).toHaveLength(EXPECTED_FLAGGED.length)
    EXPECTED_FLAGGED.forEach(([line, generic], index) => {
      const item = items[index]!
      const medication = drug(generic)
      expect(item).toHaveTextContent(line)
      expect(item).toHaveTextContent(medication.name)
      expect(item).toHaveTextContent(classOf(medication).name)
      expect(item).toHaveTextContent(`Evidence grade: ${medication.grade}`)
      expect(item).toHaveTextContent(EFFECT_WORDS[medication.effect])
      // Each badge names one of the drug's roles, never "known trigger".
      const badges = [...item.querySelectorAll('[data-role]')].map((badge) => badge.textContent)
      for (const role of medication.roles) expect(badges).toContain(ROLE_LABELS[role])
      expect(item).not.toHaveTextContent(/known trigger/i)
      expect(item).toHaveTextContent(medication.advice)
      for (const alternative of [...medication.alternatives, ...classOf(medication).alternatives]) expect(item).toHaveTextContent(alternative.text)
    })
    expect(items[1]).toHaveTextContent('matched “Reglan”, US brand')
    expect(items[4]).toHaveTextContent('matched “Priadel”, UK brand')
    // A combination product names the trigger inside it, and the rest of the product.
    expect(items[5]).toHaveTextContent('in “Tylenol PM”, a combination product')
    expect(items[5]).toHaveTextContent('Also on this line, no known association: Paracetamol')
    // A withdrawal drug: do not stop abruptly.
    expect(items[6]?.textContent?.toLowerCase()).toContain('do not stop abruptly; taper')

    const recognised = screen.getByRole('list', { name: 'Recognised, no known association' })
    expect(within(recognised).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 7: Metformin 500 mg bd — Metformin',
      'Line 8: Atorvastatin 20mg nocte — Atorvastatin',
      'Line 10: Paracetamol 1 g qds prn — Paracetamol (acetaminophen)',
      'Line 11: Omeprazole 20 mg od. — Omeprazole',
    ])
    const notRecognised = screen.getByRole('list', { name: 'Not recognised: check the spelling' })
    expect(within(notRecognised).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 14: Metforminn 500 mg — did you mean “Metformin”?',
    ])
    const notMedication = screen.getByRole('list', { name: 'Not a medication line' })
    expect(within(notMedication).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 1: DISCHARGE MEDICATIONS — a heading',
      'Line 15: Free T4 1.2 — a lab result',
      'Line 16: Alcohol prep pads — a device or supply',
      'Line 17: Non-smoker — social history',
    ])
    expect(screen.getByText(/not a safety check/)).toBeInTheDocument()
  })

  it('updates as you type, with no submit; a misspelling is never reassuring; Clear empties it and returns focus', async () => {
    const { user } = await openMedications()
    expect(screen.getByRole('status', { name: 'Screening summary' })).toHaveTextContent('Nothing to screen yet')
    await user.type(listBox(), 'Seroquel 25 mg')
    await waitFor(() => expect(flaggedItems()).toHaveLength(1))
    expect(flaggedItems()[0]).toHaveTextContent(drug('quetiapine').name)
    await user.type(listBox(), '{Enter}Zoloftx')
    await waitFor(() => expect(screen.getByRole('list', { name: 'Not recognised: check the spelling' })).toHaveTextContent('Zoloftx'))
    expect(screen.queryByRole('list', { name: 'Recognised, no known association' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(listBox()).toHaveValue('')
    expect(listBox()).toHaveFocus()
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Flagged medications' })).toBeNull())
  })

  it('says plainly when a paste names no drug at all', async () => {
    const { user } = await openMedications()
    await user.click(listBox())
    await user.paste('asdfgh\nqwerty uiop')
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Screening summary' })).toHaveTextContent(
        'No line names a drug this reference recognises (2 lines not recognised): check the spelling, and paste one medication per line.',
      ),
    )
  })

  it('says when the list of other drugs cannot be loaded, and still flags triggers', async () => {
    server.use(http.get(DRUG_VOCABULARY_ROUTE, () => new HttpResponse(null, { status: 503 })))
    const { user } = await openMedications()
    await user.click(listBox())
    await user.paste('Sertraline 50 mg\nMetformin 500 mg')
    await waitFor(() => expect(flaggedItems()).toHaveLength(1))
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded')
    expect(screen.getByRole('list', { name: 'Not checked yet' })).toHaveTextContent('Metformin 500 mg')
    expect(screen.queryByRole('list', { name: 'Recognised, no known association' })).toBeNull()
  })

  it('shows hostile input as plain text', async () => {
    const { user } = await openMedications()
    const scriptsBefore = document.querySelectorAll('script').length
    await user.click(listBox())
    await user.paste('<script>window.hacked = 1</script>\n<img src=x onerror="window.hacked=2"> Zoloft\n(.*)+[\u0000]\u202eenilartreS 💊')
    await waitFor(() => expect(flaggedItems()).toHaveLength(1))
    expect(flaggedItems()[0]).toHaveTextContent('<img src=x onerror="window.hacked=2"> Zoloft')
    expect(screen.getByText('<script>window.hacked = 1</script>')).toBeInTheDocument()
    expect(screen.getByRole('main').querySelector('img')).toBeNull()
    expect(document.querySelectorAll('script')).toHaveLength(scriptsBefore)
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  it('stores nothing it is given: no storage, no URL', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const { user, router } = await openMedications()
    const writesBefore = setItem.mock.calls.length
    await user.click(listBox())
    await user.paste(DISCHARGE_LIST)
    await user.type(listBox(), '{Enter}Zoloft 50 mg')
    await waitFor(() => expect(flaggedItems()).toHaveLength(EXPECTED_FLAGGED.length + 1))
    expect(setItem.mock.calls.slice(writesBefore), 'storage writes while screening').toEqual([])
    const written = setItem.mock.calls.map((call) => call.join(' ')).join('\n')
    expect(written).not.toMatch(/Sertraline|Reglan|Metformin/)
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) expect(storage.getItem(storage.key(i)!)).not.toMatch(/Sertraline|Reglan|Metformin/)
    }
    expect(router.state.location.href).toBe('/medications')
    expect(screen.getByText('Stays in this browser tab: nothing you paste is stored or sent.')).toBeInTheDocument()
  })
})
