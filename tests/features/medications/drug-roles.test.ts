/**
 * The drug-role model: what each role means (pure), what the screener reads for the drugs a
 * clinician meets (opioids for RLS, dopaminergic and Parkinson's drugs, alpha-2-delta ligands,
 * iron, weak reports, nicotine replacement), and a property over the whole bundle: a drug whose
 * roles are only withdrawal risk, RLS treatment or insufficient evidence never reaches the note's
 * "can trigger or worsen" line and never moves the leaning.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MedicationRole } from '../../../src/data/bundle-schema'
import { ROLE_LABELS, countsAsCause, leadingRole, noteGroupsOf, orderedRoles, rolesInWords } from '../../../src/features/medications/drug-roles'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { assessPatient, PREGNANCY_STAGES, screenedMedicationsFrom } from '../../../src/features/patient/assess-patient'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()

describe('drug roles: what each role means', () => {
  it('counts only "triggers" and "worsens" as a cause', () => {
    expect(countsAsCause(['triggers'])).toBe(true)
    expect(countsAsCause(['worsens'])).toBe(true)
    expect(countsAsCause(['withdrawal risk'])).toBe(false)
    expect(countsAsCause(['rls treatment'])).toBe(false)
    expect(countsAsCause(['insufficient evidence'])).toBe(false)
    expect(countsAsCause(['withdrawal risk', 'rls treatment'])).toBe(false)
    expect(countsAsCause(['withdrawal risk', 'insufficient evidence'])).toBe(false)
    expect(countsAsCause([])).toBe(false)
  })

  it('names each role on its badge, never "known trigger"', () => {
    expect(ROLE_LABELS).toEqual({
      triggers: 'Can trigger RLS',
      worsens: 'Can worsen RLS',
      'withdrawal risk': 'Stopping can provoke RLS',
      'rls treatment': 'RLS treatment',
      'insufficient evidence': 'Reported without adequate evidence',
    })
    expect(rolesInWords(['rls treatment', 'withdrawal risk'])).toBe('Stopping can provoke RLS; RLS treatment')
  })

  it('puts a drug on one note line per role, and groups it under its first role', () => {
    expect(noteGroupsOf(['worsens'])).toEqual(['trigger or worsen'])
    expect(noteGroupsOf(['rls treatment', 'withdrawal risk'])).toEqual(['withdrawal risk', 'rls treatment'])
    expect(noteGroupsOf(['insufficient evidence', 'withdrawal risk'])).toEqual(['withdrawal risk', 'insufficient evidence'])
    expect(leadingRole(['insufficient evidence', 'triggers'])).toBe('triggers')
  })

  it('counts a drug as a cause when any one of its roles triggers or worsens, whatever else it does', () => {
    expect(countsAsCause(['rls treatment', 'triggers'])).toBe(true)
    expect(countsAsCause(['withdrawal risk', 'worsens'])).toBe(true)
    expect(countsAsCause(['insufficient evidence', 'withdrawal risk', 'worsens'])).toBe(true)
  })

  it('puts a trigger on the "trigger or worsen" note line once, and a drug with every role on every line in note order', () => {
    expect(noteGroupsOf(['triggers'])).toEqual(['trigger or worsen'])
    expect(noteGroupsOf(['worsens', 'triggers'])).toEqual(['trigger or worsen'])
    expect(noteGroupsOf(['insufficient evidence', 'rls treatment', 'withdrawal risk', 'worsens', 'triggers'])).toEqual([
      'trigger or worsen',
      'withdrawal risk',
      'rls treatment',
      'insufficient evidence',
    ])
    expect(noteGroupsOf([])).toEqual([])
  })

  it('orders a drug’s roles for display, each once, what may need acting on first', () => {
    expect(orderedRoles(['insufficient evidence', 'rls treatment', 'rls treatment', 'worsens'])).toEqual(['worsens', 'rls treatment', 'insufficient evidence'])
    expect(orderedRoles(['withdrawal risk', 'triggers'])).toEqual(['triggers', 'withdrawal risk'])
    expect(orderedRoles([])).toEqual([])
  })

  it('groups a drug under its first role in display order, and a drug with no role with the weak reports', () => {
    expect(leadingRole(['rls treatment', 'withdrawal risk'])).toBe('withdrawal risk')
    expect(leadingRole(['insufficient evidence', 'worsens'])).toBe('worsens')
    expect(leadingRole([])).toBe('insufficient evidence')
    expect(rolesInWords(['insufficient evidence', 'triggers'])).toBe('Can trigger RLS; Reported without adequate evidence')
    expect(rolesInWords([])).toBe('')
  })
})

/** The roles the screener gives each drug on a one-line list. */
function rolesOn(line: string): { ids: string[]; roles: MedicationRole[]; recognised: string[]; classRoles: MedicationRole[][] } {
  const result = screenMedicationList(line, bundle, vocabulary)
  const flagged = result.flagged[0]
  return {
    ids: flagged?.matches.map((m) => m.medication.id) ?? [],
    roles: flagged?.roles ?? [],
    recognised: result.recognised.flatMap((l) => l.matches.map((m) => m.name)),
    classRoles: flagged?.classMatches.map((m) => m.roles) ?? [],
  }
}

describe('the screener gives each drug its roles', () => {
  it.each([
    ['Targinact 10/5 mg bd', ['oxycodone'], ['withdrawal risk', 'rls treatment']],
    ['Methadone 10 mg daily', ['methadone'], ['withdrawal risk', 'rls treatment']],
    ['Suboxone 8/2 mg SL', ['buprenorphine'], ['withdrawal risk', 'rls treatment']],
    ['Sinemet 25/100 tds', ['levodopa'], ['rls treatment']],
    ['Pramipexole 0.25 mg at night', ['pramipexole'], ['rls treatment']],
    ['APO-go pen', ['apomorphine'], ['rls treatment']],
    ['Apomorphine infusion', ['apomorphine'], ['rls treatment']],
    ['Gabapentin 300 mg tds', ['gabapentin'], ['rls treatment']],
    ['Pregabalin 75 mg bd', ['pregabalin'], ['rls treatment']],
    ['Ferrous sulfate 200 mg daily', ['ferrous-sulfate'], ['rls treatment']],
    ['Amlodipine 5 mg', ['amlodipine'], ['insufficient evidence']],
    ['Levothyroxine 100 micrograms', ['levothyroxine'], ['insufficient evidence']],
    ['Famotidine 20 mg', ['famotidine'], ['insufficient evidence']],
    ['Tramadol 50 mg qds', ['tramadol'], ['withdrawal risk', 'insufficient evidence']],
    ['Sertraline 50 mg', ['sertraline'], ['worsens']],
    ['Metoclopramide 10 mg', ['metoclopramide'], ['triggers']],
  ] as const)('%s', (line, ids, roles) => {
    const read = rolesOn(line)
    expect(read.ids).toEqual(ids)
    expect(read.roles).toEqual(roles)
  })

  it('reads sertraline and ropinirole on one line with both roles, the trigger first', () => {
    const result = screenMedicationList('sertraline 50 mg + ropinirole 0.5 mg', bundle, vocabulary)
    expect(result.flagged).toHaveLength(1)
    const line = result.flagged[0]!
    expect(line.matches.map((m) => [m.medication.id, m.roles])).toEqual([
      ['sertraline', ['worsens']],
      ['ropinirole', ['rls treatment']],
    ])
    expect(line.roles).toEqual(['worsens', 'rls treatment'])
  })

  it.each(['Nicotine patch 21 mg/24 h', 'Nicorette gum 2 mg', 'NicoDerm CQ 14 mg', 'Nicotinell lozenge', 'NiQuitin mint', 'nicotine inhalator'])(
    'recognises the nicotine replacement product "%s" with no association, and never marks a smoker',
    (line) => {
      const result = screenMedicationList(line, bundle, vocabulary)
      expect(result.flagged).toEqual([])
      expect(result.recognised.flatMap((l) => l.matches.map((m) => m.name))).toEqual(['Nicotine replacement therapy'])
      const a = assessPatient(bundle, { medications: screenedMedicationsFrom(result), medicationListEntered: true })
      expect(a.findings.map((f) => f.id)).not.toContain('smoking')
    },
  )

  it('keeps smoking and vaping words for the substance', () => {
    expect(rolesOn('smokes 10 cigarettes a day').ids).toEqual(['nicotine-substance'])
  })

  it.each(['Rasagiline 1 mg', 'Selegiline 5 mg', 'Safinamide 50 mg', 'Entacapone 200 mg', 'Opicapone 50 mg', 'Tolcapone 100 mg', 'Amantadine 100 mg'])(
    'recognises the Parkinson’s drug "%s"',
    (line) => {
      const result = screenMedicationList(line, bundle, vocabulary)
      expect(result.flagged).toEqual([])
      expect(result.recognised).toHaveLength(1)
    },
  )

  it('never reads nalmorphine as an opioid by its name ending', () => {
    expect(screenMedicationList('nalmorphine', bundle, vocabulary).flagged).toEqual([])
  })

  it('gives a name read by its stem its class’s roles', () => {
    // Bromazepam is not listed by name: read as a benzodiazepine, reported without adequate evidence.
    expect(rolesOn('bromazepam 3 mg').classRoles).toEqual([['withdrawal risk', 'insufficient evidence']])
  })

  it.each([
    ['Midazolam 2 mg IV', ['withdrawal risk', 'insufficient evidence']],
    ['Remifentanil infusion', ['withdrawal risk']],
    ['Alfentanil', ['withdrawal risk']],
    ['Sufentanil', ['withdrawal risk']],
    ['Esmolol infusion', ['insufficient evidence']],
    ['Clevidipine', ['insufficient evidence']],
  ])('never raises the anaesthetic drug "%s" as a cause: its class’s roles, none of them a trigger', (line, roles) => {
    const result = screenMedicationList(line, bundle, vocabulary)
    expect(result.flagged).toHaveLength(1)
    const matchRoles = result.flagged[0]?.matches.map((match) => match.roles)
    expect(matchRoles).toEqual([roles])
    expect(matchRoles?.every((r) => !countsAsCause(r))).toBe(true)
  })
})

describe('property: a drug that neither triggers nor worsens RLS never acts as a cause', () => {
  const harmless = bundle.medications.filter((m) => !countsAsCause(m.roles))
  const checkboxIds = bundle.patientWorkup.findings.filter((f) => f.input === 'checkbox').map((f) => f.id)
  const triggerLine = (summary: string) => summary.split('\n').find((line) => line.startsWith('Can trigger or worsen RLS:')) ?? ''

  it('covers withdrawal risks, RLS treatments and weak reports', () => {
    const roles = new Set(harmless.flatMap((m) => m.roles))
    expect([...roles].sort()).toEqual(['insufficient evidence', 'rls treatment', 'withdrawal risk'])
  })

  it('is never in the note’s "can trigger or worsen" line and never changes the leaning or the causes', () => {
    fc.assert(
      fc.property(
        fc.subarray(harmless, { minLength: 1, maxLength: 4 }),
        fc.record({
          age: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 99 }).map(String)),
          ageAtOnset: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 99 }).map(String)),
          sex: fc.constantFrom('female' as const, 'male' as const),
          ticked: fc.subarray(checkboxIds),
          pregnancyStage: fc.constantFrom(...PREGNANCY_STAGES),
          ferritin: fc.oneof(fc.constant(''), fc.integer({ min: 5, max: 400 }).map(String)),
          tsat: fc.oneof(fc.constant(''), fc.integer({ min: 5, max: 60 }).map(String)),
        }),
        (drugs, patient) => {
          const list = drugs.map((m) => m.name).join('\n')
          const withDrugs = assessPatient(bundle, {
            ...patient,
            medications: screenedMedicationsFrom(screenMedicationList(list, bundle, vocabulary)),
            medicationListEntered: true,
          })
          const without = assessPatient(bundle, { ...patient, medicationListEntered: false })
          for (const drug of drugs) expect(triggerLine(withDrugs.summary)).not.toContain(drug.name)
          expect(withDrugs.likelyForm.leaning).toBe(without.likelyForm.leaning)
          expect(withDrugs.findings.map((f) => f.id)).not.toContain('trigger-drug')
          expect(withDrugs.causes.map((c) => c.cause.id)).toEqual(without.causes.map((c) => c.cause.id))
        },
      ),
      { numRuns: 150 },
    )
  })
})

describe('the chart note: one line per kind of drug, under a heading that says what to do', () => {
  it('a list with a trigger, a withdrawal risk, RLS treatments and a weak report', () => {
    const list = 'Sertraline 50 mg\nMethadone 10 mg daily\nPramipexole 0.25 mg at night\nAmlodipine 5 mg'
    const summary = assessPatient(bundle, { medications: screenedMedicationsFrom(screenMedicationList(list, bundle, vocabulary)), medicationListEntered: true }).summary
    const lines = summary.split('\n')
    const line = (heading: string) => lines.find((l) => l.startsWith(`${heading}: `)) ?? ''
    expect(line('Can trigger or worsen RLS')).toMatch(/^Can trigger or worsen RLS: Sertraline/)
    expect(line('Stopping can provoke RLS: do not stop for RLS; taper')).toContain('Methadone')
    expect(line('RLS treatments taken')).toContain('Pramipexole')
    expect(line('RLS treatments taken')).toMatch(/Dopaminergic: augmentation applies only when used to treat RLS\.$/)
    expect(line('Reported without adequate evidence (do not stop a needed drug for this alone)')).toContain('Amlodipine')
  })
})
