/**
 * The next clinical steps for one patient: the augmentation check, where the iron went, which
 * iron and when to recheck, whether the RLS is clinically significant, and when to refer.
 *
 * Pure. Every threshold, trigger, text and source comes from the bundle's
 * `patientWorkup.nextSteps`; this module only decides which of them apply. An unanswered
 * question stays unknown: it never counts as "no".
 */
import type { Bundle, NextSteps as NextStepRules, PatientFinding } from '../../data/bundle-schema'
import type { NEXT_STEP_SIGNALS } from '../../data/bundle-schema'
import type { IronStudiesInterpretation } from '../workup/interpret-iron-studies'

export type NextStepSignal = (typeof NEXT_STEP_SIGNALS)[number]

/** A cited line as the bundle gives it. */
export interface CitedLine {
  text: string
  sources: string[]
  unconfirmed?: string[]
}

/** What the next steps take from the form, beyond the assessment. */
export interface NextStepAnswers {
  /** The frequency option chosen (its id), if any. */
  rlsFrequency?: string
  /** The distress option chosen (its id), if any. */
  rlsDistress?: string
  /** Ids of the augmentation questions answered yes. */
  augmentationAnswers?: readonly string[]
}

/** What the next steps take from the assessment. */
export interface NextStepContext {
  findings: readonly PatientFinding[]
  age?: number
  sex?: 'female' | 'male'
  /** Drugs the screener found: their class and whether their reported effect is augmentation. */
  drugs: readonly { name: string; classId: string; augmentation: boolean }[]
  iron: IronStudiesInterpretation
}

export type Severity =
  | { status: 'unanswered'; text: string }
  | { status: 'significant' | 'not-significant'; line: CitedLine; frequency: string; distress: string }
  | { status: 'partial'; text: string; frequency?: string; distress?: string }

export type AugmentationCheck =
  | { status: 'not-applicable' }
  | {
      status: 'unanswered' | 'possible' | 'not-met'
      /** Why the questions are asked: the dopaminergic drugs named, or the ticked finding. */
      because: string[]
      line: CitedLine
      /** The questions answered yes, as the form words them. */
      answered: string[]
      /** The IRLSSG/AASM steps (the bundle's `augmentation.management`), when augmentation is possible. */
      management: CitedLine[]
    }

export interface IronProductStep {
  product: string
  route: 'oral' | 'IV'
  strength: string
  sources: string[]
  unconfirmed?: string[]
}

export interface NextStepsResult {
  severity: Severity
  augmentation: AugmentationCheck
  /** Where the iron went: shown only when iron is low, in a man or a woman at or past the age proxy. */
  ironLoss: { steps: CitedLine[]; proxyNote?: string } | undefined
  /** Which iron: empty unless the reading gives iron (never with TSAT at or above the ceiling). */
  ironProducts: IronProductStep[]
  ironRecheck: CitedLine[]
  /** Referral: the criteria this patient meets now, then those to keep in mind. */
  referral: { intro: string; now: CitedLine[]; general: CitedLine[] }
  signals: NextStepSignal[]
}

const cited = (line: { text: string; sources: string[]; unconfirmed?: string[] | undefined }): CitedLine => ({
  text: line.text,
  sources: line.sources,
  ...(line.unconfirmed && line.unconfirmed.length > 0 ? { unconfirmed: line.unconfirmed } : {}),
})

export function assessSeverity(rules: NextStepRules['severity'], answers: NextStepAnswers): Severity {
  const frequency = rules.frequencyOptions.find((o) => o.id === answers.rlsFrequency)
  const distress = rules.distressOptions.find((o) => o.id === answers.rlsDistress)
  if (!frequency && !distress) return { status: 'unanswered', text: rules.unanswered }
  if (!frequency || !distress) {
    // One answer that is not significant already decides; otherwise the other is needed.
    const known = frequency ?? distress
    if (known && !known.significant) {
      return { status: 'not-significant', line: cited(rules.notSignificant), frequency: frequency?.label ?? 'not asked', distress: distress?.label ?? 'not asked' }
    }
    return { status: 'partial', text: rules.unanswered, ...(frequency ? { frequency: frequency.label } : {}), ...(distress ? { distress: distress.label } : {}) }
  }
  const significant = frequency.significant && distress.significant
  return {
    status: significant ? 'significant' : 'not-significant',
    line: cited(significant ? rules.significant : rules.notSignificant),
    frequency: frequency.label,
    distress: distress.label,
  }
}

export function checkAugmentation(bundle: Bundle, rules: NextStepRules['augmentation'], context: NextStepContext, answers: NextStepAnswers): AugmentationCheck {
  const drugs = context.drugs.filter((drug) => drug.augmentation || rules.medicationClasses.includes(drug.classId))
  const ticked = context.findings.filter((finding) => rules.findings.includes(finding.id))
  if (drugs.length === 0 && ticked.length === 0) return { status: 'not-applicable' }
  const because = [...new Set([...drugs.map((drug) => drug.name), ...ticked.map((finding) => finding.label)])]
  const yes = new Set((answers.augmentationAnswers ?? []).filter((id) => rules.questions.some((q) => q.id === id)))
  const answered = rules.questions.filter((q) => yes.has(q.id)).map((q) => q.label)
  if (yes.size === 0) return { status: 'unanswered', because, line: cited(rules.unanswered), answered, management: [] }
  const possible = rules.possibleWhen.some((set) => set.every((id) => yes.has(id)))
  return possible
    ? {
        status: 'possible',
        because,
        line: cited(rules.possible),
        answered,
        management: bundle.augmentation.management.map((step) => ({
          text: step.text,
          sources: step.sources,
          ...(step.unconfirmed ? { unconfirmed: ['The advice on treating existing augmentation follows a part of the 2016 guideline not read here.'] } : {}),
        })),
      }
    : { status: 'not-met', because, line: cited(rules.notMet), answered, management: [] }
}

export function whereTheIronWent(rules: NextStepRules['ironLoss'], context: NextStepContext): NextStepsResult['ironLoss'] {
  const present = new Set(context.findings.map((finding) => finding.id))
  if (!present.has(rules.whenFinding) || rules.unless.some((id) => present.has(id))) return undefined
  if (context.age === undefined) return undefined
  if (context.sex === 'male' && context.age >= rules.menAgeAtLeast) return { steps: rules.steps.map(cited) }
  if (context.sex === 'female' && context.age >= rules.womenAgeAtLeast) return { steps: rules.steps.map(cited), proxyNote: rules.proxyNote }
  return undefined
}

/** The main iron reading's verdict and its rule, or none when a value is missing. */
function ironVerdict(iron: IronStudiesInterpretation): { verdict: string; rule: string } | undefined {
  return iron.primary?.status === 'verdict' ? { verdict: iron.primary.verdict, rule: iron.primary.rule } : undefined
}

export function whichIron(rules: NextStepRules, iron: IronStudiesInterpretation): { products: IronProductStep[]; recheck: CitedLine[] } {
  const reading = ironVerdict(iron)
  if (reading === undefined) return { products: [], recheck: [] }
  const forReading = (rule: { ironRules: readonly string[] }) => rule.ironRules.includes(reading.rule)
  const products = rules.ironProducts
    .filter((rule) => forReading(rule) && rule.verdicts.some((v) => v === reading.verdict))
    .map((rule) => ({ product: rule.product, route: rule.route, strength: rule.strength, sources: rule.sources, ...(rule.unconfirmed ? { unconfirmed: rule.unconfirmed } : {}) }))
  const routes = new Set(products.map((p) => p.route))
  const recheck = rules.ironRecheck.filter((rule) => forReading(rule) && routes.has(rule.route)).map(cited)
  return { products, recheck }
}

export function nextStepsFor(bundle: Bundle, context: NextStepContext, answers: NextStepAnswers): NextStepsResult | undefined {
  const rules = bundle.patientWorkup.nextSteps
  if (!rules) return undefined
  const severity = assessSeverity(rules.severity, answers)
  const augmentation = checkAugmentation(bundle, rules.augmentation, context, answers)
  const { products, recheck } = whichIron(rules, context.iron)
  const present = new Set(context.findings.map((finding) => finding.id))
  const signals: NextStepSignal[] = []
  if (augmentation.status === 'possible') signals.push('possible-augmentation')
  if (augmentation.status === 'unanswered') signals.push('augmentation-unanswered')
  if (products.some((p) => p.route === 'IV') && products.every((p) => p.route === 'IV')) signals.push('iv-iron')
  if (present.has('pregnant') && severity.status === 'significant') signals.push('pregnant-significant')
  if (present.has('child')) signals.push('child')
  const now = rules.referral.criteria.filter((c) => c.when !== undefined && signals.includes(c.when)).map(cited)
  const general = rules.referral.criteria.filter((c) => c.when === undefined).map(cited)
  return {
    severity,
    augmentation,
    ironLoss: whereTheIronWent(rules.ironLoss, context),
    ironProducts: products,
    ironRecheck: recheck,
    referral: { intro: rules.referral.intro, now, general },
    signals,
  }
}

const withUnconfirmed = (line: CitedLine) => (line.unconfirmed ? `${line.text} (partly unconfirmed)` : line.text)

/** The chart note's lines for the next steps; called from `formatSummaryNote`. */
export function nextStepsNoteLines(steps: NextStepsResult | undefined): string[] {
  if (!steps) return []
  const lines: string[] = []
  const { severity, augmentation } = steps
  if (severity.status === 'significant' || severity.status === 'not-significant') {
    lines.push(
      `Frequency and distress: ${lowerFirst(severity.frequency)}; ${lowerFirst(severity.distress)}: ${severity.status === 'significant' ? 'clinically significant RLS (AASM 2024 treatment gate met)' : 'not clinically significant by these answers'}.`,
    )
  } else {
    lines.push('Frequency and distress: not yet asked; the AASM 2024 treatment recommendations are for clinically significant RLS.')
  }
  if (augmentation.status === 'possible') {
    lines.push(`Augmentation: possible augmentation on ${augmentation.because.join(', ')} (${augmentation.answered.map(stripQuestion).join('; ')}). Confirm the basic criteria; check iron; avoid dose increases; consider switching to an alpha-2-delta ligand or an opioid.`)
  } else if (augmentation.status === 'unanswered') {
    lines.push(`Augmentation risk on ${augmentation.because.join(', ')}: timing, spread, time at rest and dose response not yet asked.`)
  } else if (augmentation.status === 'not-met') {
    lines.push(`Augmentation: criteria not met by the answers (${augmentation.because.join(', ')}); ask again at each review.`)
  }
  if (steps.ironLoss) lines.push(`Source of iron loss: ${steps.ironLoss.steps.map(withUnconfirmed).join(' ')}${steps.ironLoss.proxyNote ? ` ${steps.ironLoss.proxyNote}` : ''}`)
  if (steps.ironProducts.length > 0) {
    lines.push(`Iron: ${steps.ironProducts.map((p) => `${p.product} (${p.route}; ${p.strength})`).join('; or ')}.`)
    for (const line of steps.ironRecheck) lines.push(withUnconfirmed(line))
  }
  if (steps.referral.now.length > 0) lines.push(`Referral: ${steps.referral.now.map((line) => line.text).join(' ')}`)
  return lines
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const stripQuestion = (text: string) => text.replace(/\?$/, '')
