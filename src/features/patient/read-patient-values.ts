/**
 * Reading what a clinician typed into the patient form: ages and the optional serum iron and
 * TIBC, from which transferrin saturation is worked out when it was not given. Pure, and it
 * never throws: an impossible value becomes a message naming the field, an empty one stays
 * unknown.
 */

/** A raw value as typed, or NaN for a number field the browser could not read ("1e"). */
export type RawNumber = string | number | null | undefined

export type IronUnit = 'µmol/L' | 'µg/dL'
export const IRON_UNITS: readonly IronUnit[] = ['µmol/L', 'µg/dL']

export type PatientField = 'age' | 'ageAtOnset' | 'serumIron' | 'tibc' | 'pregnant'
export interface FieldError {
  field: PatientField
  message: string
}

/** The oldest age the form accepts; anything above is a typing error. */
export const MAX_AGE = 120

export function readNumber(raw: RawNumber): number | undefined | 'not-a-number' {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw === 'number') return Number.isNaN(raw) ? 'not-a-number' : raw
  const text = raw.trim()
  if (text === '') return undefined
  // A decimal comma ("7,5") is how much of the world writes a decimal.
  const value = Number(/^[-+]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text)
  return Number.isNaN(value) ? 'not-a-number' : value
}

function readAge(raw: RawNumber, field: 'age' | 'ageAtOnset', name: string): { value?: number; error?: FieldError } {
  const value = readNumber(raw)
  if (value === undefined) return {}
  if (value === 'not-a-number') return { error: { field, message: `${name} must be a number of years.` } }
  if (value < 0) return { error: { field, message: `${name} cannot be negative.` } }
  if (value > MAX_AGE) return { error: { field, message: `${name} above ${MAX_AGE} years is not plausible: check the value.` } }
  return { value }
}

export function readAges(age: RawNumber, ageAtOnset: RawNumber): { age?: number; ageAtOnset?: number; errors: FieldError[] } {
  const a = readAge(age, 'age', 'Age')
  const o = readAge(ageAtOnset, 'ageAtOnset', 'Age at onset')
  const errors = [a.error, o.error].filter((e): e is FieldError => e !== undefined)
  if (a.value !== undefined && o.value !== undefined && o.value > a.value) {
    errors.push({ field: 'ageAtOnset', message: 'Age at onset cannot be later than the current age.' })
    return { age: a.value, errors }
  }
  return { ...(a.value !== undefined ? { age: a.value } : {}), ...(o.value !== undefined ? { ageAtOnset: o.value } : {}), errors }
}

/**
 * Highest plausible serum iron and TIBC in each unit (1 µmol/L of iron = 5.585 µg/dL). Results
 * beyond them are almost always the other unit, so the message names it.
 */
const PLAUSIBLE: Record<IronUnit, { serumIron: number; tibc: number; other: IronUnit }> = {
  'µmol/L': { serumIron: 150, tibc: 200, other: 'µg/dL' },
  'µg/dL': { serumIron: 840, tibc: 1120, other: 'µmol/L' },
}

export type TsatCalculation =
  | { status: 'none' }
  | { status: 'incomplete'; message: string }
  | { status: 'invalid'; errors: FieldError[] }
  | { status: 'calculated'; tsat: number; text: string }

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * TSAT (%) = serum iron ÷ TIBC × 100, both in the same unit, so the unit cancels; it is still
 * asked for, to catch a value typed in the other unit.
 */
export function calculateTsat(serumIronRaw: RawNumber, tibcRaw: RawNumber, unit: IronUnit): TsatCalculation {
  const limits = PLAUSIBLE[unit]
  const errors: FieldError[] = []
  const check = (raw: RawNumber, field: 'serumIron' | 'tibc', name: string): number | undefined => {
    const value = readNumber(raw)
    if (value === undefined) return undefined
    if (value === 'not-a-number') errors.push({ field, message: `${name} must be a number in ${unit}.` })
    else if (value < 0) errors.push({ field, message: `${name} cannot be negative.` })
    else if (field === 'tibc' && value === 0) errors.push({ field, message: 'TIBC cannot be zero.' })
    else if (value > limits[field]) {
      errors.push({ field, message: `${name} of ${value} ${unit} is not plausible: is it in ${limits.other}? Check the unit chosen.` })
    } else return value
    return undefined
  }
  const serumIron = check(serumIronRaw, 'serumIron', 'Serum iron')
  const tibc = check(tibcRaw, 'tibc', 'TIBC')
  if (errors.length > 0) return { status: 'invalid', errors }
  if (serumIron === undefined && tibc === undefined) return { status: 'none' }
  if (serumIron === undefined || tibc === undefined) {
    return { status: 'incomplete', message: `Enter both serum iron and TIBC (in ${unit}) to calculate transferrin saturation.` }
  }
  if (serumIron > tibc) {
    return { status: 'invalid', errors: [{ field: 'serumIron', message: 'Serum iron cannot be higher than TIBC: check both values and their unit.' }] }
  }
  const tsat = round1((serumIron / tibc) * 100)
  return { status: 'calculated', tsat, text: `TSAT ${tsat}% calculated from serum iron ${serumIron} ÷ TIBC ${tibc} ${unit} × 100` }
}
