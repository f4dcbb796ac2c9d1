/**
 * Reading one patient from the chart (FHIR R4 resources) into what the patient workup asks
 * for: who the patient is, age and sex, the findings from active Conditions (through the
 * bundle's `chartCodes`, which content editors own), the active medications as lines of the
 * medication list, and the latest iron studies and haemoglobin in the form's units, each with
 * its date and whether it is older than six months. Stopped drugs, resolved or refuted
 * conditions and older results are left out. Pure: no network, no clock (today is passed in).
 */
import type { Bundle } from '../../data/bundle-schema'
import type {
  CodeableConcept,
  Coding,
  HumanName,
  ConditionResource,
  MedicationRequestResource,
  MedicationResource,
  MedicationStatementResource,
  ObservationResource,
  PatientResource,
} from './fhir-resources'
import { ICD_10_CM, LOINC, RXNORM, SNOMED_CT } from './fhir-resources'

/** The parts of the bundle the chart is read through. */
export type ChartContent = Pick<Bundle, 'chartCodes' | 'medications'>

export interface FindingFromChart {
  /** A finding id of `patientWorkup.findings`. */
  finding: string
  /** The chart's words for the Condition that made it. */
  condition: string
  /** When the condition began or was recorded (YYYY-MM-DD), when the chart says. */
  date?: string
}

export interface MedicationFromChart {
  /** One line of the medication list, as the screener reads it. */
  line: string
  /** The bundle's drug, when the chart's RxNorm code is one the content knows. */
  medication?: string
  date?: string
}

export type ChartLab = 'ferritin' | 'tsat' | 'serumIron' | 'tibc' | 'haemoglobin'

export interface LabFromChart {
  /** In the form's unit: ferritin ng/mL, TSAT %, serum iron and TIBC µg/dL, haemoglobin g/dL. */
  value: number
  unit: string
  /** As the chart gave it, when a unit was converted ("9 umol/L"). */
  reported?: string
  /** YYYY-MM-DD */
  date: string
  /** Taken more than six months before today. */
  old: boolean
}

export interface PatientFromChart {
  name?: string
  birthDate?: string
  /** Full years on `today`, from a complete birth date only. */
  age?: number
  sex?: 'female' | 'male'
  findings: FindingFromChart[]
  medications: MedicationFromChart[]
  labs: Partial<Record<ChartLab, LabFromChart>>
  /** What was in the chart but could not be filled in, in words for the clinician. */
  notFilled: string[]
}

/** LOINC codes of the results the workup reads. */
export const CHART_LAB_LOINC: Record<ChartLab, string> = {
  ferritin: '2276-4',
  tsat: '2502-3',
  serumIron: '2498-4',
  tibc: '2500-7',
  haemoglobin: '718-7',
}

const LAB_NAME: Record<ChartLab, string> = {
  ferritin: 'Ferritin',
  tsat: 'Transferrin saturation',
  serumIron: 'Serum iron',
  tibc: 'TIBC',
  haemoglobin: 'Haemoglobin',
}

/** 1 µmol/L of iron is 55.845 µg/L, i.e. 5.585 µg/dL. */
export const IRON_UMOL_TO_UG_PER_DL = 5.585

type Conversion = { unit: string; factor: number }
/** Units are compared lower-case, with µ/μ and mcg written as u and ug (UCUM's ASCII spelling). */
const CONVERSIONS: Record<ChartLab, Record<string, Conversion>> = {
  ferritin: { 'ng/ml': { unit: 'ng/mL', factor: 1 }, 'ug/l': { unit: 'ng/mL', factor: 1 } },
  tsat: { '%': { unit: '%', factor: 1 } },
  serumIron: { 'ug/dl': { unit: 'µg/dL', factor: 1 }, 'umol/l': { unit: 'µg/dL', factor: IRON_UMOL_TO_UG_PER_DL } },
  tibc: { 'ug/dl': { unit: 'µg/dL', factor: 1 }, 'umol/l': { unit: 'µg/dL', factor: IRON_UMOL_TO_UG_PER_DL } },
  haemoglobin: { 'g/dl': { unit: 'g/dL', factor: 1 }, 'g/l': { unit: 'g/dL', factor: 0.1 } },
}

// The same code systems, as FHIR URIs and as the OIDs some EHRs send.
const SYSTEMS = {
  snomed: [SNOMED_CT, 'urn:oid:2.16.840.1.113883.6.96'],
  icd10cm: [ICD_10_CM, 'urn:oid:2.16.840.1.113883.6.90'],
  rxnorm: [RXNORM, 'urn:oid:2.16.840.1.113883.6.88'],
  loinc: [LOINC, 'urn:oid:2.16.840.1.113883.6.1'],
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
const codings = (concept: CodeableConcept | undefined): Coding[] => (Array.isArray(concept?.coding) ? concept.coding.filter(isRecord) : [])
const codesIn = (concept: CodeableConcept | undefined, systems: string[]) =>
  codings(concept)
    .filter((c) => typeof c.system === 'string' && systems.includes(c.system) && typeof c.code === 'string')
    .map((c) => (c.code as string).trim())
const statusOf = (concept: CodeableConcept | undefined) => codings(concept).map((c) => c.code)
const wordsOf = (concept: CodeableConcept | undefined) => text(concept?.text) ?? codings(concept).map((c) => text(c.display)).find(Boolean)

/** The date part (YYYY-MM-DD) of a FHIR date or dateTime, or undefined when it has none. */
export function datePart(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null
  return match ? match[1] : undefined
}

/** The date six calendar months before `today` (YYYY-MM-DD); a result before it is old. */
/** Year, month and day of a YYYY-MM-DD date. */
function ymd(date: string): [number, number, number] {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = date.split('-').map(Number)
  return [y, m, d]
}

export function sixMonthsBefore(today: string): string {
  const [y, m, d] = ymd(today)
  const month = m - 6
  const year = month < 1 ? y - 1 : y
  const mm = month < 1 ? month + 12 : month
  // 31 August less six months is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(year, mm, 0)).getUTCDate()
  return `${year}-${String(mm).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}

/** Full years from a complete birth date (YYYY-MM-DD) to today; undefined for a partial or impossible date. */
export function ageOn(birthDate: string | undefined, today: string): number | undefined {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined
  const [by, bm, bd] = ymd(birthDate)
  const [ty, tm, td] = ymd(today)
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0)
  return age >= 0 && age <= 120 ? age : undefined
}

function nameOf(patient: PatientResource): string | undefined {
  const names: HumanName[] = Array.isArray(patient.name) ? patient.name.filter((n): n is HumanName => isRecord(n)) : []
  const current = names.filter((n) => !n.period?.end)
  const name = current.find((n) => n.use === 'official') ?? current.find((n) => n.use === 'usual') ?? current[0] ?? names[0]
  if (!name) return undefined
  const given = Array.isArray(name.given) ? name.given.map(text).filter(Boolean) : []
  return text(name.text) ?? (text([...given, text(name.family)].filter(Boolean).join(' ')) || undefined)
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wholeWords = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u')
const normaliseIcd = (code: string) => code.replace(/\./g, '').toUpperCase()

const ACTIVE_CONDITION = ['active', 'recurrence', 'relapse']
const NOT_TRUE = ['refuted', 'entered-in-error']

function findingsFrom(conditions: ConditionResource[], content: ChartContent): FindingFromChart[] {
  const rules = content.chartCodes.conditions
  const exclusions = content.chartCodes.textExclusions.map(wholeWords)
  const found = new Map<string, FindingFromChart>()
  for (const condition of conditions) {
    if (!statusOf(condition.clinicalStatus).some((s) => ACTIVE_CONDITION.includes(s ?? ''))) continue
    if (statusOf(condition.verificationStatus).some((s) => NOT_TRUE.includes(s ?? ''))) continue
    const snomed = codesIn(condition.code, SYSTEMS.snomed)
    const icd = codesIn(condition.code, SYSTEMS.icd10cm).map(normaliseIcd)
    let matched = rules.filter(
      (rule) => rule.snomed.some((code) => snomed.includes(code)) || rule.icd10cm.some((prefix) => icd.some((code) => code.startsWith(normaliseIcd(prefix)))),
    )
    const words = wordsOf(condition.code) ?? ''
    if (matched.length === 0) {
      // Only a Condition none of whose codes is listed is read by its words.
      const all = [text(condition.code?.text), ...codings(condition.code).map((c) => text(c.display))].filter(Boolean).join(' | ').toLowerCase()
      if (all !== '' && !exclusions.some((re) => re.test(all))) matched = rules.filter((rule) => rule.text.some((phrase) => wholeWords(phrase).test(all)))
    }
    for (const rule of matched) {
      if (found.has(rule.finding)) continue
      const date = datePart(condition.onsetDateTime) ?? datePart(condition.recordedDate)
      found.set(rule.finding, { finding: rule.finding, condition: words, ...(date ? { date } : {}) })
    }
  }
  return [...found.values()]
}

function medicationsFrom(
  orders: (MedicationRequestResource | MedicationStatementResource)[],
  medicationResources: MedicationResource[],
  content: ChartContent,
): MedicationFromChart[] {
  const byCode = new Map(content.chartCodes.medications.flatMap((entry) => entry.rxnorm.map((code) => [code, entry.medication] as const)))
  const names = new Map(content.medications.map((m) => [m.id, m.name]))
  const lines = new Map<string, MedicationFromChart>()
  for (const order of orders) {
    if (order.status !== 'active') continue
    let concept = order.medicationCodeableConcept
    const reference = text(order.medicationReference?.reference)
    if (!concept && reference) {
      const medication = reference.startsWith('#')
        ? (Array.isArray(order.contained) ? order.contained : []).find((r) => isRecord(r) && r.id === reference.slice(1))
        : medicationResources.find((r) => `Medication/${r.id}` === reference)
      concept = medication?.code
    }
    const words = wordsOf(concept) ?? text(order.medicationReference?.display)
    const medication = codesIn(concept, SYSTEMS.rxnorm)
      .map((code) => byCode.get(code))
      .find(Boolean)
    const name = medication ? names.get(medication) : undefined
    const line = name && !(words ?? '').toLowerCase().includes(name.toLowerCase()) ? (words ? `${name} (${words})` : name) : words
    if (!line) continue
    const date =
      order.resourceType === 'MedicationRequest'
        ? datePart(order.authoredOn)
        : (datePart(order.effectiveDateTime) ?? datePart(order.effectivePeriod?.start) ?? datePart(order.dateAsserted))
    const key = line.toLowerCase()
    if (!lines.has(key)) lines.set(key, { line, ...(medication ? { medication } : {}), ...(date ? { date } : {}) })
  }
  return [...lines.values()]
}

const FINAL_RESULT = ['final', 'amended', 'corrected']
const unitKey = (unit: string) => unit.trim().replace(/[µμ]/g, 'u').replace(/^mcg/i, 'ug').toLowerCase()
const round1 = (n: number) => Math.round(n * 10) / 10

function labsFrom(observations: ObservationResource[], today: string, notFilled: string[]): PatientFromChart['labs'] {
  const labs: PatientFromChart['labs'] = {}
  const oldBefore = sixMonthsBefore(today)
  for (const lab of Object.keys(CHART_LAB_LOINC) as ChartLab[]) {
    const latest = observations
      .filter((o) => FINAL_RESULT.includes(o.status ?? '') && codesIn(o.code, SYSTEMS.loinc).includes(CHART_LAB_LOINC[lab]))
      .map((o) => ({ o, when: text(o.effectiveDateTime) ?? text(o.effectiveInstant) ?? text(o.effectivePeriod?.start) ?? text(o.issued) }))
      .filter((x): x is { o: ObservationResource; when: string } => x.when !== undefined && datePart(x.when) !== undefined && !(datePart(x.when)! > today))
      .sort((a, b) => (Date.parse(b.when) || 0) - (Date.parse(a.when) || 0) || b.when.localeCompare(a.when))[0]
    if (!latest) continue
    const quantity = latest.o.valueQuantity
    const value = quantity?.value
    const unit = text(quantity?.code) ?? text(quantity?.unit) ?? ''
    const conversion = CONVERSIONS[lab][unitKey(unit)]
    const date = datePart(latest.when)!
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !conversion) {
      notFilled.push(`${LAB_NAME[lab]} of ${date} (${value ?? 'no value'} ${unit}): a unit or value the workup cannot read; enter it by hand.`)
      continue
    }
    labs[lab] = {
      value: round1(value * conversion.factor),
      unit: conversion.unit,
      ...(conversion.factor !== 1 ? { reported: `${value} ${unit}` } : {}),
      date,
      old: date < oldBefore,
    }
  }
  return labs
}

/** Accepts a Bundle, a list of resources, or a list of Bundles (pages of a search). */
export function resourcesIn(input: unknown): Record<string, unknown>[] {
  if (Array.isArray(input)) return input.flatMap(resourcesIn)
  if (!isRecord(input)) return []
  if (input.resourceType === 'Bundle') {
    return (Array.isArray(input.entry) ? input.entry : []).flatMap((entry: unknown) => (isRecord(entry) ? resourcesIn(entry.resource) : []))
  }
  return typeof input.resourceType === 'string' ? [input] : []
}

/**
 * The patient as the workup reads them from the chart. `chart` holds the Patient and their
 * Conditions, MedicationRequests, MedicationStatements and Observations (Bundles or resources);
 * `today` is the local date, YYYY-MM-DD.
 */
export function patientFromChart(chart: unknown, content: ChartContent, today: string): PatientFromChart {
  const resources = resourcesIn(chart)
  const of = <T>(type: string) => resources.filter((r) => r.resourceType === type) as T[]
  const patient = of<PatientResource>('Patient')[0]
  const notFilled: string[] = []
  const birthDate = text(patient?.birthDate)
  const age = ageOn(birthDate, today)
  const sex = patient?.gender === 'female' || patient?.gender === 'male' ? patient.gender : undefined
  const name = patient ? nameOf(patient) : undefined
  return {
    ...(name ? { name } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(sex ? { sex } : {}),
    findings: findingsFrom(of<ConditionResource>('Condition'), content),
    medications: medicationsFrom(
      [...of<MedicationRequestResource>('MedicationRequest'), ...of<MedicationStatementResource>('MedicationStatement')],
      of<MedicationResource>('Medication'),
      content,
    ),
    labs: labsFrom(of<ObservationResource>('Observation'), today, notFilled),
    notFilled,
  }
}

/** Today's local date as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
