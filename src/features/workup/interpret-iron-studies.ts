/**
 * Reading a ferritin and a transferrin saturation (TSAT) against the RLS iron thresholds.
 *
 * Pure: every number comes from the bundle's reviewed `ironRules`, so the interpreter, the
 * checklist and the printout cannot drift apart. It never throws: a value a clinician mistypes
 * becomes an error message, and a value missing where both are needed becomes "X is needed",
 * never a verdict guessed from half the data.
 */
import type { IronRules } from '../../data/bundle-schema'
import { IRON_VERDICTS, PREGNANCY_STAGES } from '../../data/vocabulary'

export { PREGNANCY_STAGES }
/** First, second or third trimester, or postpartum: the pregnancy iron reading depends on it. */
export type PregnancyStage = (typeof PREGNANCY_STAGES)[number]

/** A raw value as typed (string), as parsed (number), or absent. */
export type IronValueInput = number | string | null | undefined

/** Whose thresholds apply: adults (AASM 2024 with IRLSSG/Mayo beside it) or children (under 18). */
export type IronPopulation = 'adult' | 'child'

/**
 * What a caller passes: a plain object, so any screen (the workup interpreter, a patient
 * summary) can ask for a reading. Only `ferritin` and `tsat` are values; the rest is context.
 *   { ferritin: 30, tsat: 15 }                               adult, AASM 2024 + IRLSSG/Mayo
 *   { ferritin: '42', tsat: '18', population: 'child' }      children's threshold
 *   { ferritin: 150, tsat: 15, dialysis: true }              ESRD on dialysis: the iron sucrose rule
 *   { ferritin: 30, tsat: 15, pregnant: true, pregnancyStage: 'first trimester' }
 *                                                            the pregnancy rules: oral iron, never "IV iron only"
 * Whatever the context, no reading recommends iron at or above the TSAT ceiling.
 */
export interface IronStudiesInput {
  /** Serum ferritin in ng/mL (= µg/L). */
  ferritin?: IronValueInput
  /** Transferrin saturation in %. */
  tsat?: IronValueInput
  /** Default 'adult'. */
  population?: IronPopulation
  /** The same as `population: 'child'`, for callers written before `population` existed. */
  child?: boolean
  /** End-stage renal disease on dialysis: the AASM 2024 ESRD rule replaces the adult rules. */
  dialysis?: boolean
  /** Inflammation, infection or malignancy: ferritin may be falsely normal or high. */
  inflammation?: boolean
  /** Pregnant: the pregnancy rules replace the others (oral iron first; never "IV iron only"). */
  pregnant?: boolean
  /** The trimester (or postpartum), when pregnant: decides whether IV iron is avoided or a specialist decision. */
  pregnancyStage?: PregnancyStage
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

export type IronVerdict = (typeof IRON_VERDICTS)[number]

export const IRON_VERDICT_LABEL: Record<IronVerdict, string> = {
  indicated: 'Iron therapy indicated (oral or IV)',
  'iv-only': 'IV iron only',
  'iv-iron-sucrose': 'IV iron sucrose (ESRD on dialysis; conditional)',
  'oral-iron-first': 'Oral iron first (pregnancy)',
  'oral-iron-avoid-iv': 'Oral iron; avoid IV iron (pregnancy, first trimester)',
  'not-indicated': 'Iron therapy not indicated',
  'no-iron-overload-risk': 'No iron: TSAT at or above the overload ceiling',
  'outside-evidence': 'Outside the iron-treatment evidence: look for inflammation',
}

/** The verdicts that tell a clinician to give iron; every other verdict withholds it. */
export const IRON_RECOMMENDING_VERDICTS: readonly IronVerdict[] = ['indicated', 'iv-only', 'iv-iron-sucrose', 'oral-iron-first', 'oral-iron-avoid-iv']

/** The verdicts under which IV iron is an option (the IV cautions apply). */
const IV_POSSIBLE_VERDICTS: readonly IronVerdict[] = ['indicated', 'iv-only', 'iv-iron-sucrose', 'oral-iron-first']

export type IronRuleId = 'aasm2024' | 'irlssgMayo2021' | 'children' | 'dialysis' | 'pregnancy'

export const IRON_RULE_LABEL: Record<IronRuleId, string> = {
  aasm2024: 'AASM 2024',
  irlssgMayo2021: 'IRLSSG/Mayo 2021',
  children: 'AASM 2024, children',
  dialysis: 'AASM 2024, ESRD on dialysis',
  pregnancy: 'IRLSSG 2015, pregnancy',
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
  /** Safety cautions for this reading: always the overload one; IV ones when IV iron is an option; pregnancy when pregnant. */
  cautions: IronRules['cautions']
  /** TSAT at or above the overload ceiling: what to order next (repeat fasting TSAT, HFE genotype). */
  overloadWorkup?: IronRules['ceilings']['overloadWorkup']
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

type Ceilings = IronRules['ceilings']

/** The TSAT ceiling comes first for every rule: at or above it no reading recommends iron. */
function overloadCeiling(rule: IronRuleId, tsat: number | undefined, c: Ceilings): IronReading | undefined {
  if (tsat === undefined || tsat < c.noIronIfTsatAtLeast) return undefined
  return verdict(rule, 'no-iron-overload-risk', `TSAT ${pct(tsat)} is ≥${pct(c.noIronIfTsatAtLeast)}: no iron, whatever the ferritin (iron overload risk).`, c.sources)
}

/** A low TSAT with a ferritin beyond the trials' range: not a plain iron indication. */
function beyondTrialFerritin(rule: IronRuleId, ferritin: number, tsat: number, c: Ceilings): IronReading | undefined {
  if (!(tsat < c.lowTsatBelow && ferritin >= c.trialEvidenceFerritinBelow)) return undefined
  return verdict(
    rule,
    'outside-evidence',
    `TSAT ${pct(tsat)} is <${pct(c.lowTsatBelow)} but ferritin ${ng(ferritin)} is ≥${ng(c.trialEvidenceFerritinBelow)}, beyond the iron-treatment trials: this usually means inflammation, infection, malignancy or anaemia of chronic disease. Look for the cause before any iron.`,
    c.sources,
  )
}

/** Ferritin above the prompt level with a low TSAT: check CRP and causes of inflammation first (review 1.1.0, A11). */
function inflammationPrompt(ferritin: number, tsat: number, c: Ceilings): string {
  return ferritin > c.checkInflammationAboveFerritin && tsat < c.lowTsatBelow ? ` ${c.checkInflammationNote}` : ''
}

const ceilingClause = (c: Ceilings) => `no iron if TSAT is ≥${pct(c.noIronIfTsatAtLeast)}`

function readAasm(ferritin: number | undefined, tsat: number | undefined, rules: IronRules['aasm2024'], c: Ceilings): IronReading {
  const { ironIfFerritinAtMost: fMax, ironIfTsatBelow: tBelow, ivOnlyFerritinAbove: ivAbove, ivOnlyFerritinAtMost: ivMax } = rules
  const src = rules.sources
  const ceiling = overloadCeiling('aasm2024', tsat, c)
  if (ceiling) return ceiling
  if (tsat === undefined && ferritin !== undefined) {
    // A low ferritin meets the rule on its own, but only TSAT can rule out overload.
    const otherwise =
      ferritin <= fMax
        ? `ferritin ${ng(ferritin)} is ≤${ng(fMax)}, so iron is indicated once TSAT is known to be <${pct(c.noIronIfTsatAtLeast)}`
        : `with ferritin ${ng(ferritin)}, iron is indicated if TSAT is <${pct(tBelow)}, ${ferritin > ivAbove && ferritin <= ivMax ? 'otherwise IV iron only' : 'otherwise iron therapy is not indicated'}`
    return needs('aasm2024', 'tsat', `Transferrin saturation is needed: ${otherwise}; ${ceilingClause(c)}.`, src)
  }
  if (ferritin === undefined && tsat !== undefined) {
    const reason =
      tsat < tBelow
        ? `Ferritin is needed: TSAT ${pct(tsat)} is <${pct(tBelow)}, but with ferritin ≥${ng(c.trialEvidenceFerritinBelow)} a low TSAT points to inflammation rather than an iron indication.`
        : `Ferritin is needed: TSAT ${pct(tsat)} is ≥${pct(tBelow)}, so the decision rests on ferritin (≤${ng(fMax)} oral or IV, >${num(ivAbove)} to ≤${ng(ivMax)} IV only).`
    return needs('aasm2024', 'ferritin', reason, src)
  }
  const f = ferritin as number
  const t = tsat as number
  if (f <= fMax) {
    const tsatToo = t < tBelow ? ` and TSAT ${pct(t)} is <${pct(tBelow)}` : ''
    return verdict('aasm2024', 'indicated', `ferritin ${ng(f)} is ≤${ng(fMax)}${tsatToo}; TSAT ${pct(t)} is below the ${pct(c.noIronIfTsatAtLeast)} ceiling.`, src)
  }
  const beyond = beyondTrialFerritin('aasm2024', f, t, c)
  if (beyond) return beyond
  if (t < tBelow) {
    return verdict('aasm2024', 'indicated', `TSAT ${pct(t)} is <${pct(tBelow)} with ferritin ${ng(f)} (<${ng(c.trialEvidenceFerritinBelow)}).${inflammationPrompt(f, t, c)}`, src)
  }
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
  c: Ceilings,
): IronReading | undefined {
  const { oralIfFerritinAtMost: oralF, oralIfTsatBelow: oralT, ivIfFerritinBelow: ivF, ivIfTsatBelow: ivT, inflammationTsatBelow: inflT } = rules
  const src = rules.sources
  if (ferritin === undefined && tsat === undefined) return undefined
  const ceiling = overloadCeiling('irlssgMayo2021', tsat, c)
  if (ceiling) return ceiling
  // Both IRLSSG/Mayo treatment paths also require TSAT below their own ceiling.
  const tsatCeiling = Math.max(oralT, ivT)
  if (tsat !== undefined && tsat >= tsatCeiling) {
    return verdict('irlssgMayo2021', 'not-indicated', `TSAT ${pct(tsat)} is ≥${pct(tsatCeiling)}: iron is not indicated by this rule.`, src)
  }
  if (ferritin === undefined) {
    return needs('irlssgMayo2021', 'ferritin', `Ferritin is needed to apply this rule (oral iron if ≤${ng(oralF)}, IV if <${ng(ivF)}).`, src)
  }
  if (tsat === undefined) {
    const need = inflammation
      ? `Transferrin saturation is needed to apply this rule: with inflammation, iron is indicated if TSAT is <${pct(inflT)} and ferritin <${ng(c.trialEvidenceFerritinBelow)}.`
      : `Transferrin saturation is needed to apply this rule (iron only if TSAT is <${pct(tsatCeiling)}).`
    return needs('irlssgMayo2021', 'tsat', need, src)
  }
  // Inflammation raises ferritin, so a low TSAT marks deficiency, but only within the trials' ferritin range.
  if (inflammation && tsat < inflT) {
    const beyond = beyondTrialFerritin('irlssgMayo2021', ferritin, tsat, c)
    if (beyond) return beyond
    return verdict('irlssgMayo2021', 'indicated', `TSAT ${pct(tsat)} is <${pct(inflT)} with inflammation, where ferritin ${ng(ferritin)} can be falsely normal.`, src)
  }
  if (ferritin <= oralF && tsat < oralT) {
    return verdict('irlssgMayo2021', 'indicated', `ferritin ${ng(ferritin)} is ≤${ng(oralF)} and TSAT ${pct(tsat)} is <${pct(oralT)}: oral iron, or IV.`, src)
  }
  if (ferritin < ivF && tsat < ivT) {
    return verdict('irlssgMayo2021', 'iv-only', `ferritin ${ng(ferritin)} is <${ng(ivF)} and TSAT ${pct(tsat)} is <${pct(ivT)}.`, src)
  }
  const beyond = beyondTrialFerritin('irlssgMayo2021', ferritin, tsat, c)
  if (beyond) return beyond
  const why = inflammation
    ? `ferritin ${ng(ferritin)} is ≥${ng(ivF)} and TSAT ${pct(tsat)} is ≥${pct(inflT)}.`
    : `ferritin ${ng(ferritin)} is ≥${ng(ivF)}.`
  return verdict('irlssgMayo2021', 'not-indicated', why, src)
}

function readChild(ferritin: number | undefined, tsat: number | undefined, rules: IronRules['children'], c: Ceilings): IronReading {
  const below = rules.ironIfFerritinBelow
  const ceiling = overloadCeiling('children', tsat, c)
  if (ceiling) return ceiling
  if (ferritin === undefined) {
    return needs('children', 'ferritin', `Ferritin is needed: in children iron is indicated if ferritin is <${ng(below)}; TSAT alone does not decide.`, rules.sources)
  }
  const unconfirmed = rules.unconfirmed ? `The children's threshold of <${ng(below)} was seen only in secondary reports.` : undefined
  if (ferritin >= below) {
    const consider = rules.mayConsiderFerritinBelow
    const band =
      consider !== undefined && ferritin < consider
        ? ` Between ${num(below)} and ${ng(consider)} iron may be considered${rules.mayConsiderUnconfirmed ? ' (this band is unconfirmed)' : ''}.`
        : ''
    return verdict('children', 'not-indicated', `ferritin ${ng(ferritin)} is ≥${ng(below)} (children).${band}`, rules.sources, unconfirmed)
  }
  if (tsat === undefined) {
    return needs('children', 'tsat', `Transferrin saturation is needed: ferritin ${ng(ferritin)} is <${ng(below)} (children), so iron is indicated once TSAT is known to be <${pct(c.noIronIfTsatAtLeast)}.`, rules.sources)
  }
  return verdict('children', 'indicated', `ferritin ${ng(ferritin)} is <${ng(below)} (children); TSAT ${pct(tsat)} is below the ${pct(c.noIronIfTsatAtLeast)} ceiling.`, rules.sources, unconfirmed)
}

function readDialysis(ferritin: number | undefined, tsat: number | undefined, rules: IronRules['dialysis'], c: Ceilings): IronReading {
  const { ivIronSucroseIfFerritinBelow: fBelow, ivIronSucroseIfTsatBelow: tBelow } = rules
  const ceiling = overloadCeiling('dialysis', tsat, c)
  if (ceiling) return ceiling
  const rule = `IV iron sucrose if ferritin <${ng(fBelow)} and TSAT <${pct(tBelow)}`
  if (ferritin === undefined) return needs('dialysis', 'ferritin', `Ferritin is needed: on dialysis the rule is ${rule}.`, rules.sources)
  if (tsat === undefined) return needs('dialysis', 'tsat', `Transferrin saturation is needed: on dialysis the rule is ${rule}.`, rules.sources)
  const unconfirmed = rules.unconfirmed ? 'The dialysis thresholds were seen only in secondary reports of the guideline.' : undefined
  if (ferritin < fBelow && tsat < tBelow) {
    return verdict('dialysis', 'iv-iron-sucrose', `ferritin ${ng(ferritin)} is <${ng(fBelow)} and TSAT ${pct(tsat)} is <${pct(tBelow)} (ESRD on dialysis; ${rules.strength} recommendation).`, rules.sources, unconfirmed)
  }
  const why = [ferritin >= fBelow ? `ferritin ${ng(ferritin)} is ≥${ng(fBelow)}` : null, tsat >= tBelow ? `TSAT ${pct(tsat)} is ≥${pct(tBelow)}` : null]
    .filter(Boolean)
    .join(' and ')
  return verdict('dialysis', 'not-indicated', `${why}: the dialysis rule gives ${rule}; iron for anaemia stays with the renal team.`, rules.sources, unconfirmed)
}

/** What IV iron means at this stage of pregnancy: avoided, a specialist decision, or (stage not entered) both. */
function pregnancyIvClause(stage: PregnancyStage | undefined, rules: IronRules['pregnancy']): { avoidIv: boolean; text: string } {
  const avoided = rules.avoidIvIn.join(' or ')
  const specialist = rules.ivAsSpecialistDecisionIn.join(' or ')
  if (stage !== undefined && rules.avoidIvIn.includes(stage)) return { avoidIv: true, text: `${stage}: avoid IV iron.` }
  if (stage !== undefined && rules.ivAsSpecialistDecisionIn.includes(stage)) {
    return { avoidIv: false, text: `${stage}: IV iron only as a specialist decision if oral iron fails or is not tolerated.` }
  }
  const entered = stage === undefined ? 'Trimester not entered' : `${capitalise(stage)}`
  return { avoidIv: false, text: `${entered}: avoid IV iron in the ${avoided}; in the ${specialist}, IV iron only as a specialist decision if oral iron fails or is not tolerated.` }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Pregnancy: oral iron first, never "IV iron only"; the ceilings of every rule still apply. */
function readPregnancy(
  ferritin: number | undefined,
  tsat: number | undefined,
  stage: PregnancyStage | undefined,
  rules: IronRules['pregnancy'],
  c: Ceilings,
): IronReading {
  const { oralIronIfFerritinBelow: fBelow, oralIronIfTsatBelow: tBelow } = rules
  const src = rules.sources
  const unconfirmed = rules.unconfirmed ? 'The pregnancy thresholds are attributed to the IRLSSG 2015 pregnancy consensus, which could not be read.' : undefined
  const ceiling = overloadCeiling('pregnancy', tsat, c)
  if (ceiling) return ceiling
  const rule = `in pregnancy, oral iron if ferritin <${ng(fBelow)} or TSAT <${pct(tBelow)}, never IV iron alone`
  if (ferritin === undefined) return needs('pregnancy', 'ferritin', `Ferritin is needed: ${rule}.`, src)
  if (tsat === undefined) {
    return needs('pregnancy', 'tsat', `Transferrin saturation is needed: ${rule}; ${ceilingClause(c)}.`, src)
  }
  const beyond = beyondTrialFerritin('pregnancy', ferritin, tsat, c)
  if (beyond) return beyond
  const iv = pregnancyIvClause(stage, rules)
  if (ferritin < fBelow || tsat < tBelow) {
    const why = ferritin < fBelow ? `ferritin ${ng(ferritin)} is <${ng(fBelow)}` : `TSAT ${pct(tsat)} is <${pct(tBelow)} with ferritin ${ng(ferritin)}`
    return verdict(
      'pregnancy',
      iv.avoidIv ? 'oral-iron-avoid-iv' : 'oral-iron-first',
      `${why} in pregnancy: oral iron first. ${capitalise(iv.text)}${inflammationPrompt(ferritin, tsat, c)}`,
      src,
      unconfirmed,
    )
  }
  return verdict(
    'pregnancy',
    'not-indicated',
    `ferritin ${ng(ferritin)} is ≥${ng(fBelow)} and TSAT ${pct(tsat)} is ≥${pct(tBelow)}: in pregnancy iron is not indicated (the AASM 2024 band for IV iron alone was not written for pregnancy).`,
    src,
    unconfirmed,
  )
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

const ivPossible = (reading: IronReading | undefined) => reading?.status === 'verdict' && IV_POSSIBLE_VERDICTS.includes(reading.verdict)

function cautionsFor(ironRules: IronRules, input: IronStudiesInput, ivPossible: boolean): IronRules['cautions'] {
  return ironRules.cautions.filter(
    (caution) => caution.when === 'always' || (caution.when === 'iv' && ivPossible) || (caution.when === 'pregnant' && input.pregnant === true),
  )
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
  const quiet = { differs: false, caveats, cautions: cautionsFor(ironRules, input, false) }
  if (errors.length > 0) {
    return { status: 'invalid', errors, values, summary: `No interpretation: ${errors.map((e) => e.message).join(' ')}`, ...quiet }
  }
  if (values.ferritin === undefined && values.tsat === undefined) {
    return { status: 'empty', errors, values, summary: 'Enter ferritin, transferrin saturation or both to see the reading.', ...quiet }
  }
  const c = ironRules.ceilings
  const child = input.population === 'child' || (input.population === undefined && input.child === true)
  // Pregnancy comes first: no other rule may read "IV iron only" for a pregnant patient.
  const pregnant = input.pregnant === true
  const primary = pregnant
    ? readPregnancy(values.ferritin, values.tsat, input.pregnancyStage, ironRules.pregnancy, c)
    : input.dialysis
    ? readDialysis(values.ferritin, values.tsat, ironRules.dialysis, c)
    : child
      ? readChild(values.ferritin, values.tsat, ironRules.children, c)
      : readAasm(values.ferritin, values.tsat, ironRules.aasm2024, c)
  const comparison = pregnant || input.dialysis || child ? undefined : readMayo(values.ferritin, values.tsat, input.inflammation === true, ironRules.irlssgMayo2021, c)
  const differs = primary.status === 'verdict' && comparison?.status === 'verdict' && primary.verdict !== comparison.verdict
  const overload = primary.status === 'verdict' && primary.verdict === 'no-iron-overload-risk' ? c.overloadWorkup : undefined
  return {
    status: primary.status === 'verdict' ? 'complete' : 'incomplete',
    errors,
    values,
    primary,
    ...(comparison ? { comparison } : {}),
    differs,
    ...(primary.status === 'needs' ? { needs: primary.needs } : {}),
    summary: overload ? `${summarise(primary, comparison, differs)} ${overload.text}` : summarise(primary, comparison, differs),
    caveats,
    ...(overload ? { overloadWorkup: overload } : {}),
    cautions: cautionsFor(ironRules, input, ivPossible(primary) || ivPossible(comparison)),
  }
}

/**
 * The thresholds the interpreter applies, as short lines for the page, the printout and the
 * plain-text copy. Built from the same numbers, so what is printed is what is applied.
 */
export function describeIronRules(
  ironRules: IronRules,
): { rule: IronRuleId | 'ceilings'; label: string; text: string; sources: string[]; unconfirmed?: boolean }[] {
  const a = ironRules.aasm2024
  const m = ironRules.irlssgMayo2021
  const ch = ironRules.children
  const c = ironRules.ceilings
  const dx = ironRules.dialysis
  const pr = ironRules.pregnancy
  return [
    {
      rule: 'ceilings',
      label: 'Every rule',
      text: `no iron if TSAT ≥${pct(c.noIronIfTsatAtLeast)} (overload risk); TSAT <${pct(c.lowTsatBelow)} with ferritin ≥${ng(c.trialEvidenceFerritinBelow)} is outside the treatment evidence (look for inflammation)`,
      sources: c.sources,
    },
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
      rule: 'dialysis',
      label: 'AASM 2024, ESRD on dialysis',
      text: `IV iron sucrose if ferritin <${ng(dx.ivIronSucroseIfFerritinBelow)} and TSAT <${pct(dx.ivIronSucroseIfTsatBelow)} (${dx.strength})`,
      sources: dx.sources,
      ...(dx.unconfirmed ? { unconfirmed: true } : {}),
    },
    {
      rule: 'children',
      label: 'AASM 2024, children',
      text: `iron if ferritin <${ng(ch.ironIfFerritinBelow)}${ch.mayConsiderFerritinBelow !== undefined ? `; may be considered from ${num(ch.ironIfFerritinBelow)} to <${ng(ch.mayConsiderFerritinBelow)}` : ''}`,
      sources: ch.sources,
      ...(ch.unconfirmed || ch.mayConsiderUnconfirmed ? { unconfirmed: true } : {}),
    },
    {
      rule: 'pregnancy',
      label: 'IRLSSG 2015, pregnancy',
      text: `oral iron first if ferritin <${ng(pr.oralIronIfFerritinBelow)} or TSAT <${pct(pr.oralIronIfTsatBelow)}; never IV iron alone; avoid IV iron in the ${pr.avoidIvIn.join(' or ')}; in the ${pr.ivAsSpecialistDecisionIn.join(' or ')}, IV iron only as a specialist decision when oral iron fails or is not tolerated`,
      sources: pr.sources,
      ...(pr.unconfirmed ? { unconfirmed: true } : {}),
    },
  ]
}
