/**
 * What a chart line reads as, apart from the drug names on it: a dose, route or frequency
 * (a medication line), a lab unit or an analyte followed by a number (a lab result), a negation
 * ("none", "ex-"). The words come from the vocabulary's `chartNoise`, so a content editor can add
 * "q12h" or "µmol/L" without touching code.
 */
import type { DrugVocabulary } from '../../data/drug-vocabulary-schema'
import { spacedTokens } from './fold-text'

type ChartNoise = DrugVocabulary['chartNoise']

/** Phrases as token arrays, found by their first token. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>()

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const tokens = spacedTokens(phrase).split(' ').filter(Boolean)
      const first = tokens[0]
      if (first === undefined) continue
      const list = this.byFirst.get(first) ?? []
      list.push(tokens)
      this.byFirst.set(first, list)
    }
    // Longest phrase first, so "free t4" wins over "free".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length)
  }

  /** Length in tokens of the longest phrase starting at `index`, or 0. */
  matchAt(tokens: readonly string[], index: number): number {
    const candidates = this.byFirst.get(tokens[index] ?? '')
    if (!candidates) return 0
    for (const phrase of candidates) {
      if (phrase.every((token, k) => tokens[index + k] === token)) return phrase.length
    }
    return 0
  }

  hasAnywhere(tokens: readonly string[]): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.matchAt(tokens, i) > 0) return true
    return false
  }

  has(text: string): boolean {
    const tokens = spacedTokens(text).split(' ').filter(Boolean)
    return tokens.length > 0 && this.matchAt(tokens, 0) === tokens.length
  }
}

export type ChartWords = {
  medicationHeadings: PhraseSet
  otherHeadings: PhraseSet
  labAnalytes: PhraseSet
  endogenous: PhraseSet
  labUnits: PhraseSet
  labWords: PhraseSet
  doseUnits: PhraseSet
  routes: PhraseSet
  frequencies: PhraseSet
  deviceWords: PhraseSet
  socialPhrases: PhraseSet
  negations: PhraseSet
  conditionWords: PhraseSet
  allergyPhrases: PhraseSet
  vitalSigns: PhraseSet
  forms: RouteForm[]
  night: NightRemedyWords
}

/** A route or form a line names ("eye drops", "cream", "patch"). */
export type RouteForm = {
  form: string
  littleSystemicExposure: boolean
  /** Bundle medication ids absorbed enough in this form to stay counted as a cause. */
  stillSystemic: ReadonlySet<string>
  words: PhraseSet
}

export type NightRemedyWords = {
  nightWords: PhraseSet
  remedyWords: PhraseSet
  painkillers: ReadonlySet<string>
  sedatingAntihistamineClass: string
  sedatingAntihistamines: ReadonlySet<string>
  answer: string
}

const chartWordsCache = new WeakMap<ChartNoise, ChartWords>()

export function chartWordsFor(noise: ChartNoise): ChartWords {
  let words = chartWordsCache.get(noise)
  if (!words) {
    words = {
      medicationHeadings: new PhraseSet(noise.medicationHeadings),
      otherHeadings: new PhraseSet(noise.otherHeadings),
      labAnalytes: new PhraseSet(noise.labAnalytes),
      endogenous: new PhraseSet(noise.endogenous),
      labUnits: new PhraseSet(noise.labUnits),
      labWords: new PhraseSet(noise.labWords),
      doseUnits: new PhraseSet(noise.doseUnits),
      routes: new PhraseSet(noise.routes),
      frequencies: new PhraseSet(noise.frequencies),
      deviceWords: new PhraseSet(noise.deviceWords),
      socialPhrases: new PhraseSet(noise.socialPhrases),
      negations: new PhraseSet(noise.negations),
      conditionWords: new PhraseSet(noise.conditionWords),
      allergyPhrases: new PhraseSet(noise.allergyPhrases),
      vitalSigns: new PhraseSet(noise.vitalSigns),
      forms: noise.forms.list.map((entry) => ({
        form: entry.form,
        littleSystemicExposure: entry.littleSystemicExposure,
        stillSystemic: new Set(entry.stillSystemic),
        words: new PhraseSet(entry.words),
      })),
      night: {
        nightWords: new PhraseSet(noise.nightRemedies.nightWords),
        remedyWords: new PhraseSet(noise.nightRemedies.remedyWords),
        painkillers: new Set(noise.nightRemedies.painkillers),
        sedatingAntihistamineClass: noise.nightRemedies.sedatingAntihistamineClass,
        sedatingAntihistamines: new Set(noise.nightRemedies.sedatingAntihistamines),
        answer: noise.nightRemedies.answer,
      },
    }
    chartWordsCache.set(noise, words)
  }
  return words
}

const NUMBER = /^\p{N}+$/u
/** Units that mean a dose only after a number ("300 mg"); a form word ("tablets") counts alone. */
const NUMERIC_UNITS = new Set(['mg', 'mcg', 'g', 'ml', 'units', 'unit', 'iu', 'mmol', 'ug', 'μg', 'microgram', 'micrograms', 'gram', 'grams'])
const MONTHS = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december mon tue wed thu fri sat sun'.split(' '),
)

export type LineContext = {
  tokens: string[]
  /** A dose, a route or a frequency: the line reads as a medication. */
  readsAsMedication: boolean
  /** A lab unit, a lab word or an analyte followed by a number, and no dose: a lab result. */
  readsAsLabResult: boolean
  negated: boolean
  namesDevice: boolean
  namesSocialHistory: boolean
  /** Only digits, dates and month names. */
  onlyNumbersOrDates: boolean
  /** Opens with "allergic to", "NKDA"…: an allergy note. */
  opensWithAllergy: boolean
  /**
   * Where a condition word starts ("vitamin D deficiency": token 2), on a line without a dose, route or frequency:
   * the substance named just before it is the patient's condition, not a drug taken.
   */
  conditionAt: Set<number>
  /** A vital sign's name, then a number ("BP 120/80", "RR 16", "Wt 70 kg"). */
  readsAsVitalSign: boolean
  /** The route or form the line names, the first in the vocabulary's order. */
  form: RouteForm | undefined
}

export function readLine(line: string, words: ChartWords): LineContext {
  const tokens = spacedTokens(line).split(' ').filter(Boolean)
  const labUnitTokens = new Set<number>()
  let hasLabUnit = false
  for (let i = 0; i < tokens.length; i++) {
    const length = words.labUnits.matchAt(tokens, i)
    // A lab unit follows a number: "0.7 mmol/L", "12 ng/mL".
    if (length > 0 && i > 0 && NUMBER.test(tokens[i - 1] ?? '')) {
      hasLabUnit = true
      for (let k = i; k < i + length; k++) labUnitTokens.add(k)
    }
  }
  let hasDose = false
  for (let i = 0; i < tokens.length && !hasDose; i++) {
    if (labUnitTokens.has(i)) continue
    const length = words.doseUnits.matchAt(tokens, i)
    if (length === 0) continue
    const unit = tokens[i] ?? ''
    hasDose = !NUMERIC_UNITS.has(unit) || (i > 0 && NUMBER.test(tokens[i - 1] ?? ''))
  }
  const hasRoute = words.routes.hasAnywhere(tokens)
  const hasFrequency = words.frequencies.hasAnywhere(tokens)
  const readsAsMedication = hasDose || hasRoute || hasFrequency

  // The analyte comes first, after any list numbering: "3. TSH 2.1", "Free T4 1.2".
  let first = 0
  while (first < tokens.length && NUMBER.test(tokens[first] ?? '')) first++
  const analyteLength = words.labAnalytes.matchAt(tokens, first)
  const analyteThenNumber = analyteLength > 0 && tokens.slice(first + analyteLength).some((token) => NUMBER.test(token))
  const readsAsLabResult = !hasDose && (hasLabUnit || words.labWords.hasAnywhere(tokens) || analyteThenNumber)

  const vitalLength = words.vitalSigns.matchAt(tokens, first)
  const readsAsVitalSign = !hasDose && vitalLength > 0 && tokens.slice(first + vitalLength).some((token) => NUMBER.test(token))

  return {
    tokens,
    readsAsMedication,
    readsAsLabResult,
    negated: words.negations.hasAnywhere(tokens),
    namesDevice: words.deviceWords.hasAnywhere(tokens),
    namesSocialHistory: words.socialPhrases.hasAnywhere(tokens),
    onlyNumbersOrDates: tokens.length > 0 && tokens.every((token) => NUMBER.test(token) || MONTHS.has(token)),
    opensWithAllergy: words.allergyPhrases.matchAt(tokens, first) > 0,
    conditionAt: new Set(readsAsMedication ? [] : tokens.flatMap((_, i) => (words.conditionWords.matchAt(tokens, i) > 0 ? [i] : []))),
    readsAsVitalSign,
    form: words.forms.find((entry) => entry.words.hasAnywhere(tokens)),
  }
}
