import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { parseBundle } from '../../../src/data/parse-bundle'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { ageOn, patientFromChart, sixMonthsBefore } from '../../../src/features/ehr/patient-from-chart'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/ehr', `${name}.json`), 'utf8'))
const TODAY = '2026-12-01'
const findingIds = (name: string) => patientFromChart(fixture(name), bundle, TODAY).findings.map((f) => f.finding).sort()

describe('patientFromChart: who the patient is', () => {
  it('reads the name, birth date, age on the given day and sex', () => {
    const patient = patientFromChart(fixture('hartmann'), bundle, TODAY)
    expect(patient).toMatchObject({ name: 'Adalberto Hartmann', birthDate: '1949-11-29', age: 77, sex: 'male' })
    expect(patientFromChart(fixture('tremblay'), bundle, TODAY)).toMatchObject({ name: 'Addie Tremblay', age: 34, sex: 'female' })
  })

  it('takes the current official name, not an ended one', () => {
    expect(patientFromChart(fixture('edge-cases'), bundle, TODAY).name).toBe('Testa Edgecase')
  })

  it('counts a birthday only once it has come', () => {
    expect(ageOn('1990-12-02', '2026-12-01')).toBe(35)
    expect(ageOn('1990-12-02', '2026-12-02')).toBe(36)
    expect(ageOn('1990', '2026-12-02')).toBeUndefined()
    expect(ageOn('2030-01-01', '2026-12-02')).toBeUndefined()
  })

  it('gives no age or sex it cannot be sure of', () => {
    const patient = patientFromChart({ resourceType: 'Patient', birthDate: '1970-05', gender: 'unknown' }, bundle, TODAY)
    expect(patient.age).toBeUndefined()
    expect(patient.sex).toBeUndefined()
  })
})

describe('patientFromChart: findings from active Conditions, through the bundle’s chart codes', () => {
  it('maps Synthea’s SNOMED CT codes and ignores resolved conditions and prediabetes', () => {
    // Hartmann: active anaemia, obesity, hypertension, coronary disease, prediabetes; resolved sinusitis.
    expect(findingIds('hartmann')).toEqual(['cardiovascular', 'known-anaemia', 'obesity'])
    // Tremblay: normal pregnancy and eclampsia are resolved, so she is not counted as pregnant.
    expect(findingIds('tremblay')).toEqual(['cardiovascular'])
    expect(findingIds('pulido')).toEqual(['known-anaemia', 'smoking'])
  })

  it('maps ICD-10-CM codes by prefix, with or without the dot, one code making two findings', () => {
    expect(findingIds('edge-cases')).toEqual(['chronic-kidney-disease', 'diabetes', 'dialysis', 'neuropathy-symptoms', 'pregnant'])
  })

  it('reads a Condition with no listed code by its words, but not "history of", refuted or resolved ones', () => {
    const patient = patientFromChart(fixture('edge-cases'), bundle, TODAY)
    expect(patient.findings.find((f) => f.finding === 'pregnant')).toEqual({ finding: 'pregnant', condition: 'Pregnancy, 20 weeks', date: '2026-02-10' })
    expect(patient.findings.find((f) => f.finding === 'known-anaemia')).toBeUndefined()
  })

  it('dates a finding by its onset, else when it was recorded', () => {
    const findings = patientFromChart(fixture('edge-cases'), bundle, TODAY).findings
    expect(findings.find((f) => f.finding === 'dialysis')?.date).toBe('2025-07-01')
  })

  it('never reads "prediabetes" or "diabetes insipidus" as diabetes', () => {
    const chart = ['Prediabetes', 'Diabetes insipidus'].map((text) => ({
      resourceType: 'Condition',
      clinicalStatus: { coding: [{ code: 'active' }] },
      code: { text },
    }))
    expect(patientFromChart(chart, bundle, TODAY).findings).toEqual([])
  })
})

describe('patientFromChart: active medications as lines of the medication list', () => {
  it('keeps active orders and drops stopped ones', () => {
    const lines = patientFromChart(fixture('hartmann'), bundle, TODAY).medications.map((m) => m.line)
    expect(lines).toContain('Diazepam [Valium]')
    expect(lines).toContain('Amlodipine 5 MG Oral Tablet')
    expect(lines.some((line) => /galantamine/i.test(line))).toBe(false)
    const stopped = patientFromChart(fixture('tremblay'), bundle, TODAY).medications.map((m) => m.line)
    expect(stopped).toEqual(['Hydrochlorothiazide 25 MG'])
  })

  it('names the drug from its RxNorm code when the chart’s words do not, and reads contained Medications', () => {
    const meds = patientFromChart(fixture('edge-cases'), bundle, TODAY).medications
    const metoprolol = bundle.medications.find((m) => m.id === 'metoprolol')!
    expect(meds).toEqual([
      { line: 'metformin 500 mg tablet', date: '2026-04-11' },
      { line: `${metoprolol.name} (Toprol XL)`, medication: 'metoprolol', date: '2026-03-01' },
    ])
  })

  it('hands the screener lines it flags: the chart’s trigger drugs are found', () => {
    const lines = patientFromChart(fixture('hartmann'), bundle, TODAY).medications.map((m) => m.line)
    const screened = screenMedicationList(lines.join('\n'), bundle)
    const flagged = screened.flagged.flatMap((line) => line.matches.map((m) => m.medication.id))
    expect(flagged).toEqual(expect.arrayContaining(['diazepam', 'amlodipine']))
    const edge = patientFromChart(fixture('edge-cases'), bundle, TODAY).medications.map((m) => m.line)
    expect(screenMedicationList(edge.join('\n'), bundle).flagged.flatMap((l) => l.matches.map((m) => m.medication.id))).toContain('metoprolol')
  })
})

describe('patientFromChart: latest iron studies and haemoglobin, in the form’s units', () => {
  it('takes the latest result, not an older one', () => {
    const { labs } = patientFromChart(fixture('hartmann'), bundle, TODAY)
    expect(labs.ferritin).toEqual({ value: 42, unit: 'ng/mL', date: '2026-10-01', old: false })
    expect(labs.tsat).toEqual({ value: 14, unit: '%', date: '2026-10-01', old: false })
    expect(labs.serumIron).toMatchObject({ value: 50, unit: 'µg/dL' })
    expect(labs.tibc).toMatchObject({ value: 360, unit: 'µg/dL' })
    expect(labs.haemoglobin).toEqual({ value: 17.1, unit: 'g/dL', date: '2017-03-08', old: true })
  })

  it('converts SI units (ferritin µg/L = ng/mL; iron µmol/L × 5.585 = µg/dL) and flags results older than six months', () => {
    const { labs } = patientFromChart(fixture('tremblay'), bundle, TODAY)
    expect(labs.ferritin).toEqual({ value: 18, unit: 'ng/mL', date: '2025-11-20', old: true })
    expect(labs.serumIron).toEqual({ value: 50.3, unit: 'µg/dL', reported: '9 umol/L', date: '2025-11-20', old: true })
    expect(labs.tibc).toEqual({ value: 391, unit: 'µg/dL', reported: '70 umol/L', date: '2025-11-20', old: true })
    expect(labs.tsat).toBeUndefined()
  })

  it('ignores a result entered in error, so the valid earlier one stands', () => {
    expect(patientFromChart(fixture('pulido'), bundle, TODAY).labs.tsat).toEqual({ value: 9, unit: '%', date: '2026-11-02', old: false })
  })

  it('converts haemoglobin in g/L, refuses a unit it cannot read, and ignores a result dated after today', () => {
    const patient = patientFromChart(fixture('edge-cases'), bundle, TODAY)
    expect(patient.labs.haemoglobin).toEqual({ value: 11.8, unit: 'g/dL', reported: '118 g/L', date: '2026-11-01', old: false })
    expect(patient.labs.ferritin).toBeUndefined()
    expect(patient.notFilled).toEqual([expect.stringContaining('Ferritin of 2026-11-01 (40 pmol/L)')])
    expect(patient.labs.serumIron).toBeUndefined()
  })

  it('counts six calendar months back, ending at the month’s last day', () => {
    expect(sixMonthsBefore('2026-12-01')).toBe('2026-06-01')
    expect(sixMonthsBefore('2026-03-15')).toBe('2025-09-15')
    expect(sixMonthsBefore('2026-08-31')).toBe('2026-02-28')
  })
})

describe('patientFromChart: what it accepts', () => {
  it('reads a list of search-result Bundles as well as one Bundle, and ignores what is not a resource', () => {
    const entries = (fixture('hartmann') as { entry: unknown[] }).entry
    const pages = [{ resourceType: 'Bundle', entry: entries.slice(0, 10) }, { resourceType: 'Bundle', entry: entries.slice(10) }, null, 'x']
    expect(patientFromChart(pages, bundle, TODAY)).toEqual(patientFromChart(fixture('hartmann'), bundle, TODAY))
  })

  it('gives an empty patient for an empty chart', () => {
    expect(patientFromChart(undefined, bundle, TODAY)).toEqual({ findings: [], medications: [], labs: {}, notFilled: [] })
  })
})

describe('the bundle’s chart codes', () => {
  it('refuse a finding or drug id the bundle does not have', () => {
    const raw = readBundleFile() as { chartCodes: { conditions: { finding: string }[]; medications: { medication: string }[] } }
    raw.chartCodes.conditions[0]!.finding = 'no-such-finding'
    raw.chartCodes.medications[0]!.medication = 'no-such-drug'
    expect(() => parseBundle(raw)).toThrow(/no-such-finding[\s\S]*no-such-drug|no-such-drug[\s\S]*no-such-finding/)
  })

  it('list each SNOMED CT and RxNorm code once, so a code means one thing', () => {
    const snomed = bundle.chartCodes.conditions.flatMap((rule) => rule.snomed.map((code) => `${code}→${rule.finding}`))
    expect(new Set(snomed).size).toBe(snomed.length)
    const rxnorm = bundle.chartCodes.medications.flatMap((rule) => rule.rxnorm)
    expect(new Set(rxnorm).size).toBe(rxnorm.length)
  })
})
