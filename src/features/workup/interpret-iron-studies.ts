/**
 * Reading a ferritin and a transferrin saturation (TSAT) against the RLS iron thresholds.
 *
 * Pure: every number comes from the bundle's reviewed `ironRules`, so the interpreter, the
 * checklist and the printout cannot drift apart. It never throws: a value a clinician mistypes
 * becomes an error message, and a value missing where both are needed becomes "X is needed",
 * never a verdict guessed from half the data.
 */
import type { IronRules } from '../../data/bundle-schema'

/** A raw value as typed (string), as parsed (number), or absent. */
export type IronValueInput = number | string | null | undefined

export interface IronStudiesInput {
  /** Serum ferritin in ng/mL (= µg/L). */
  ferritin?: IronValueInput
  /** Transferrin saturation in %. */
  tsat?: IronValueInput
  /** Under 18: the children's ferritin threshold applies instead of the adult rules. */
  child?: boolean
  /** Inflammation, infection or malignancy: ferritin may be falsely normal or high. */
  inflammation?: boolean
}

export type IronField = 'ferritin' | 'tsat'

export const IRON_FIELD_NAME: Record<IronField, string> = {
  ferritin: 'Ferritin',
  tsat: 'Transferrin saturation',
}

export interface IronInputError {
  field: IronField
  message: string
}

export type IronVerdict = 'indicated' | 'iv-only' | 'not-indicated'

export const IRON_VERDICT_LABEL: Record<IronVerdict, string> = {
  indicated: 'Iron therapy indicated (oral or IV)',
  'iv-only': 'IV iron only',
  'not-indicated': 'Iron therapy not indicated',
}

export type IronRuleId = 'aasm2024' | 'irlssgMayo2021' | 'children'

export const IRON_RULE_LABEL: Record<IronRuleId, string> = {
  aasm2024: 'AASM 2024',
  irlssgMayo2021: 'IRLSSG/Mayo 2021',
  children: 'AASM 2024, children',
}

interface ReadingBase {
  rule: IronRuleId
  ruleLabel: string
  /** Why this reading: the values compared with the thresholds, with units. */
  reason: string
  sources: string[]
  /** Set when the verdict rests on a threshold seen only in secondary reports. */
  unconfirmed?: string
}

export type IronReading =
  | (ReadingBase & { status: 'verdict'; verdict: IronVerdict; verdictLabel: string })
  | (ReadingBase & { status: 'needs'; needs: IronField })

export interface IronStudiesInterpretation {
  /**
   * empty: nothing entered; invalid: an impossible value (no verdict is given);
   * incomplete: the main rule needs the other value; complete: the main rule gave a verdict.
   */
  status: 'empty' | 'invalid' | 'incomplete' | 'complete'
  errors: IronInputError[]
  values: { ferritin?: number; tsat?: number }
  /** AASM 2024 for adults, the AASM 2024 children's threshold for children. */
  primary?: IronReading
  /** The IRLSSG/Mayo 2021 reading for adults, shown beside the AASM one. */
  comparison?: IronReading
  /** Both readings gave a verdict and the verdicts differ. */
  differs: boolean
  /** The value the main rule still needs, named explicitly. */
  needs?: IronField
  /** One sentence for the live region. */
  summary: string
  /** Always shown with any reading: the limits of these thresholds. */
  caveats: IronRules['caveats']
}

/** Above this a ferritin is a typing or unit error, not a result (the highest reported values are far below). */
export const MAX_PLAUSIBLE_FERRITIN = 100_000

function readNumber(raw: IronValueInput): number | undefined | 'not-a-number' {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw === 'number') return Number.isNaN(raw) ? 'not-a-number' : raw
  const text = raw.trim()
  if (text === '') return undefined
  // A decimal comma ("75,5") is how much of the world writes a decimal.
  const normalised = /^[-+]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text
  const value = Number(normalised)
  return Number.isNaN(value) ? 'not-a-number' : value
}

function validate(field: IronField, raw: IronValueInput): { value?: number; error?: IronInputError } {
  const value = readNumber(raw)
  const name = IRON_FIELD_NAME[field]
  const fail = (message: string) => ({ error: { field, message } })
  if (value === undefined) return {}
  if (value === 'not-a-number') return fail(`${name} must be a number${field === 'ferritin' ? ' in ng/mL' : ' in %'}.`)
  if (value < 0) return fail(`${name} cannot be negative.`)
  if (field === 'tsat' && value > 100) return fail('Transferrin saturation cannot be over 100%.')
  if (field === 'ferritin' && !(value <= MAX_PLAUSIBLE_FERRITIN)) {
    return fail('Ferritin above 100 000 ng/mL is not a plausible result: check the value and its units.')
  }
  return { value }
}

/** "30 ng/mL", "12.5%": numbers as a clinician writes them. */
const num = (n: number) => String(Math.round(n * 100) / 100)
const ng = (n: number) => `${num(n)} ng/mL`
const pct = (n: number) => `${num(n)}%`

function verdict(rule: IronRuleId, v: IronVerdict, reason: string, sources: string[], unconfirmed?: string): IronReading {
  return {
    rule,
    ruleLabel: IRON_RULE_LABEL[rule],
    status: 'verdict',
    verdict: v,
    verdictLabel: IRON_VERDICT_LABEL[v],
    reason,
    sources,
    ...(unconfirmed ? { unconfirmed } : {}),
  }
}

function needs(rule: IronRuleId, field: IronField, reason: string, sources: string[]): IronReading {
  return { rule, ruleLabel: IRON_RULE_LABEL[rule], status: 'needs', needs: field, reason, sources }
}

function readAasm(ferritin: number | undefined, tsat: number | undefined, rules: IronRules['aasm2024']): IronReading {
  const { ironIfFerritinAtMost: fMax, ironIfTsatBelow: tBelow, ivOnlyFerritinAbove: ivAbove, ivOnlyFerritinAtMost: ivMax } = rules
  const src = rules.sources
  const lowFerritin = ferritin !== undefined && ferritin <= fMax
  const lowTsat = tsat !== undefined && tsat < tBelow
  if (lowFerritin || lowTsat) {
    const met = [
      lowFerritin && ferritin !== undefined ? `ferritin ${ng(ferritin)} is ≤${ng(fMax)}` : null,
      lowTsat && tsat !== undefined ? `TSAT ${pct(tsat)} is <${pct(tBelow)}` : null,
    ].filter(Boolean)
    // Either criterion is enough by itself, so one value can decide.
    const alone = ferritin === undefined || tsat === undefined ? ' (enough on its own)' : ''
    return verdict('aasm2024', 'indicated', `${met.join(' and ')}${alone}.`, src)
  }
  if (tsat === undefined && ferritin !== undefined) {
    const otherwise = ferritin > ivAbove && ferritin <= ivMax ? 'otherwise IV iron only' : 'otherwise iron therapy is not indicated'
    return needs(
      'aasm2024',
      'tsat',
      `Transferrin saturation is needed: with ferritin ${ng(ferritin)}, iron is indicated if TSAT is <${pct(tBelow)}, ${otherwise}.`,
      src,
    )
  }
  if (ferritin === undefined && tsat !== undefined) {
    return needs(
      'aasm2024',
      'ferritin',
      `Ferritin is needed: TSAT ${pct(tsat)} is ≥${pct(tBelow)}, so the decision rests on ferritin (≤${ng(fMax)} oral or IV, >${num(ivAbove)} to ≤${ng(ivMax)} IV only).`,
      src,
    )
  }
  // Both present, neither low.
  const f = ferritin as number
  const t = tsat as number
  if (f > ivAbove && f <= ivMax) {
    const bound = rules.ivOnlyUpperBoundUnconfirmed
      ? `The ${ng(ivMax)} upper bound was seen only in secondary reports of the guideline.`
      : undefined
    return verdict('aasm2024', 'iv-only', `ferritin ${ng(f)} is >${num(ivAbove)} and ≤${ng(ivMax)}, TSAT ${pct(t)} is ≥${pct(tBelow)}.`, src, bound)
  }
  return verdict('aasm2024', 'not-indicated', `ferritin ${ng(f)} is >${ng(Math.max(fMax, ivMax))} and TSAT ${pct(t)} is ≥${pct(tBelow)}.`, src)
}

function readMayo(
  ferritin: number | undefined,
  tsat: number | undefined,
  inflammation: boolean,
  rules: IronRules['irlssgMayo2021'],
): IronReading | undefined {
  const { oralIfFerritinAtMost: oralF, oralIfTsatBelow: oralT, ivIfFerritinBelow: ivF, ivIfTsatBelow: ivT, inflammationTsatBelow: inflT } = rules
  const src = rules.sources
  if (ferritin === undefined && tsat === undefined) return undefined
  // Inflammation raises ferritin, so a low TSAT points to iron deficiency whatever the ferritin.
  if (inflammation && tsat !== undefined && tsat < inflT) {
    return verdict('irlssgMayo2021', 'indicated', `TSAT ${pct(tsat)} is <${pct(inflT)} with inflammation, where ferritin can be falsely normal.`, src)
  }
  // Both IRLSSG/Mayo treatment paths require TSAT below its ceiling: above it, iron risks overload.
  const tsatCeiling = Math.max(oralT, ivT)
  if (tsat !== undefined && tsat >= tsatCeiling) {
    return verdict('irlssgMayo2021', 'not-indicated', `TSAT ${pct(tsat)} is ≥${pct(tsatCeiling)}: iron is not indicated by this rule.`, src)
  }
  if (ferritin === undefined) {
    return needs('irlssgMayo2021', 'ferritin', `Ferritin is needed to apply this rule (oral iron if ≤${ng(oralF)}, IV if <${ng(ivF)}).`, src)
  }
  // Above both ferritin cut-offs no TSAT can qualify, except a low TSAT with inflammation.
  const ferritinTooHigh = ferritin > oralF && ferritin >= ivF
  if (ferritinTooHigh && !inflammation) {
    return verdict('irlssgMayo2021', 'not-indicated', `ferritin ${ng(ferritin)} is ≥${ng(ivF)}.`, src)
  }
  if (tsat === undefined) {
    const need = inflammation
      ? `Transferrin saturation is needed to apply this rule: with inflammation, iron is indicated if TSAT is <${pct(inflT)}.`
      : `Transferrin saturation is needed to apply this rule (iron only if TSAT is <${pct(tsatCeiling)}).`
    return needs('irlssgMayo2021', 'tsat', need, src)
  }
  if (ferritin <= oralF && tsat < oralT) {
    return verdict('irlssgMayo2021', 'indicated', `ferritin ${ng(ferritin)} is ≤${ng(oralF)} and TSAT ${pct(tsat)} is <${pct(oralT)}: oral iron, or IV.`, src)
  }
  if (ferritin < ivF && tsat < ivT) {
    return verdict('irlssgMayo2021', 'iv-only', `ferritin ${ng(ferritin)} is <${ng(ivF)} and TSAT ${pct(tsat)} is <${pct(ivT)}.`, src)
  }
  const why = ferritinTooHigh
    ? `ferritin ${ng(ferritin)} is ≥${ng(ivF)}${inflammation ? ` and TSAT ${pct(tsat)} is ≥${pct(inflT)}` : ''}.`
    : `TSAT ${pct(tsat)} is ≥${pct(oralT)} with ferritin ${ng(ferritin)} ≥${ng(ivF)}.`
  return verdict('irlssgMayo2021', 'not-indicated', why, src)
}

function readChild(ferritin: number | undefined, rules: IronRules['children']): IronReading {
  const below = rules.ironIfFerritinBelow
  if (ferritin === undefined) {
    return needs('children', 'ferritin', `Ferritin is needed: in children iron is indicated if ferritin is <${ng(below)}; TSAT alone does not decide.`, rules.sources)
  }
  const unconfirmed = rules.unconfirmed ? `The children's threshold of <${ng(below)} was seen only in secondary reports.` : undefined
  return ferritin < below
    ? verdict('children', 'indicated', `ferritin ${ng(ferritin)} is <${ng(below)} (children).`, rules.sources, unconfirmed)
    : verdict('children', 'not-indicated', `ferritin ${ng(ferritin)} is ≥${ng(below)} (children).`, rules.sources, unconfirmed)
}

function summarise(primary: IronReading, comparison: IronReading | undefined, differs: boolean): string {
  const main =
    primary.status === 'verdict'
      ? `${primary.ruleLabel}: ${primary.verdictLabel}: ${primary.reason}`
      : `${primary.ruleLabel}: no verdict yet. ${primary.reason}`
  if (!comparison) return main
  if (comparison.status === 'verdict') {
    return differs
      ? `${main} ${comparison.ruleLabel} differs: ${comparison.verdictLabel}: ${comparison.reason}`
      : `${main} ${comparison.ruleLabel} agrees.`
  }
  return `${main} ${comparison.ruleLabel}: ${comparison.reason}`
}

export function interpretIronStudies(input: IronStudiesInput, ironRules: IronRules): IronStudiesInterpretation {
  const caveats = ironRules.caveats
  const ferritin = validate('ferritin', input.ferritin)
  const tsat = validate('tsat', input.tsat)
  const errors = [ferritin.error, tsat.error].filter((e): e is IronInputError => e !== undefined)
  const values = {
    ...(ferritin.value !== undefined ? { ferritin: ferritin.value } : {}),
    ...(tsat.value !== undefined ? { tsat: tsat.value } : {}),
  }
  if (errors.length > 0) {
    return {
      status: 'invalid',
      errors,
      values,
      differs: false,
      summary: `No interpretation: ${errors.map((e) => e.message).join(' ')}`,
      caveats,
    }
  }
  if (values.ferritin === undefined && values.tsat === undefined) {
    return {
      status: 'empty',
      errors,
      values,
      differs: false,
      summary: 'Enter ferritin, transferrin saturation or both to see the reading.',
      caveats,
    }
  }
  const primary = input.child ? readChild(values.ferritin, ironRules.children) : readAasm(values.ferritin, values.tsat, ironRules.aasm2024)
  const comparison = input.child ? undefined : readMayo(values.ferritin, values.tsat, input.inflammation === true, ironRules.irlssgMayo2021)
  const differs = primary.status === 'verdict' && comparison?.status === 'verdict' && primary.verdict !== comparison.verdict
  return {
    status: primary.status === 'verdict' ? 'complete' : 'incomplete',
    errors,
    values,
    primary,
    ...(comparison ? { comparison } : {}),
    differs,
    ...(primary.status === 'needs' ? { needs: primary.needs } : {}),
    summary: summarise(primary, comparison, differs),
    caveats,
  }
}

/**
 * The thresholds the interpreter applies, as short lines for the page, the printout and the
 * plain-text copy. Built from the same numbers, so what is printed is what is applied.
 */
export function describeIronRules(ironRules: IronRules): { rule: IronRuleId; label: string; text: string; sources: string[] }[] {
  const a = ironRules.aasm2024
  const m = ironRules.irlssgMayo2021
  const c = ironRules.children
  return [
    {
      rule: 'aasm2024',
      label: 'AASM 2024, adults',
      text: `iron (oral or IV) if ferritin ≤${ng(a.ironIfFerritinAtMost)} or TSAT <${pct(a.ironIfTsatBelow)}; IV iron only if ferritin >${num(a.ivOnlyFerritinAbove)} to ≤${ng(a.ivOnlyFerritinAtMost)}`,
      sources: a.sources,
    },
    {
      rule: 'irlssgMayo2021',
      label: 'IRLSSG/Mayo 2021, adults',
      text: `oral iron if ferritin ≤${ng(m.oralIfFerritinAtMost)} and TSAT <${pct(m.oralIfTsatBelow)}; IV iron if ferritin <${ng(m.ivIfFerritinBelow)} and TSAT <${pct(m.ivIfTsatBelow)}; with inflammation, iron if TSAT <${pct(m.inflammationTsatBelow)}`,
      sources: m.sources,
    },
    {
      rule: 'children',
      label: 'AASM 2024, children',
      text: `iron if ferritin <${ng(c.ironIfFerritinBelow)}`,
      sources: c.sources,
    },
  ]
}
