/**
 * The patient workup: from what is known about one patient to the likely form, the causes to
 * look for, the iron reading, the tests to order and a note for the chart.
 *
 * Pure. Every rule is read from the bundle's `patientWorkup` block (findings → causes, findings →
 * leaning, findings → tests with the reason); the iron reading is the workup's own
 * `interpretIronStudies`. A field left empty is unknown: it never counts as "no", and nothing
 * entered gives the tests every patient needs.
 */
import type { Bundle, Cause, Conflict, Lab, MedicationRole, PatientFinding } from '../../data/bundle-schema'
import { byId } from '../../data/lookup'
import { AUGMENTATION_NOTE, LITTLE_SYSTEMIC_EXPOSURE, NOTE_GROUPS, NOTE_HEADINGS, countsAsCause, noteGroupsOf, orderedRoles } from '../medications/drug-roles'
import type { ScreeningResult } from '../medications/screen-medication-list'
import { interpretIronStudies, type IronStudiesInput, type IronStudiesInterpretation, type PregnancyStage } from '../workup/interpret-iron-studies'
import { nextStepsFor, nextStepsNoteLines, type NextStepAnswers, type NextStepsResult } from './next-steps'
import { calculateTsat, readAges, readNumber, type FieldError, type IronUnit, type RawNumber, type TsatCalculation } from './read-patient-values'

export type Sex = 'female' | 'male'
export { PREGNANCY_STAGES, type PregnancyStage } from '../workup/interpret-iron-studies'

export interface PatientInput {
  age?: RawNumber
  ageAtOnset?: RawNumber
  sex?: Sex
  /** Ids of the ticked checkbox findings. */
  ticked?: ReadonlySet<string> | readonly string[]
  pregnancyStage?: PregnancyStage
  /** What the medication screener read in the list: the drugs with their roles, and the lines it could not read. */
  medications?: ScreenedMedications
  /** Whether a medication list was entered at all: an empty list is unknown, not "none". */
  medicationListEntered?: boolean
  ferritin?: RawNumber
  tsat?: RawNumber
  serumIron?: RawNumber
  tibc?: RawNumber
  ironUnit?: IronUnit
  /** Frequency, distress and the augmentation questions, for the next clinical steps. */
  nextStepAnswers?: NextStepAnswers
}

export type Leaning = 'unknown' | 'primary' | 'secondary' | 'both'
export interface FormFeature {
  finding: string
  text: string
  sources: string[]
}
export interface CauseToLookFor {
  cause: Cause
  /** What entered points to it: finding labels, a flagged drug, or "every patient". */
  because: string[]
  /** Questions on which the sources disagree about this cause. */
  conflicts: Conflict[]
}
export interface TestToOrder {
  lab: Lab
  everyPatient: boolean
  /** Why for this patient: tied to what was entered. */
  reasons: string[]
  /** Sources of the rules that added the test (the test's own sources are on the workup page). */
  sources: string[]
  /** Its result is already entered in the form: the plan repeats it rather than orders it. */
  resultEntered: boolean
}
export interface IronAssessment {
  interpretation: IronStudiesInterpretation
  tsat: { value: number; source: 'entered' | 'calculated'; text?: string } | undefined
  calculation: TsatCalculation
  /** What about the patient shaped the reading: the children's rule, pregnancy, dialysis, inflammation. */
  contexts: IronContext[]
  notes: { text: string; sources: string[]; unconfirmed?: boolean }[]
}
export type IronContext = 'child' | 'pregnancy' | 'dialysis' | 'inflammation'

/** A drug the screener found in the list, with its roles in RLS (from the bundle, or its class's for a name read by its stem). */
export interface ScreenedMedication {
  /** The bundle's drug id; absent for a name read as a class member by its stem. */
  id?: string
  name: string
  classId: string
  className: string
  roles: MedicationRole[]
  /** A dopaminergic drug: augmentation applies only when it is used to treat RLS. */
  augmentation: boolean
  /** Every line naming it applies it where little reaches the blood (eye drops, a cream): not counted as a cause. */
  littleSystemicExposure?: true
}

/** What the assessment takes from the medication screener. */
export interface ScreenedMedications {
  drugs: ScreenedMedication[]
  /** Vocabulary ingredient ids recognised with no known association (metformin...). */
  recognisedIds: string[]
  /** Lines that named nothing known, with the screener's spelling suggestions. */
  unrecognised: { line: string; suggestions: string[] }[]
  /** Lines not yet checked (the list of other drugs has not loaded). */
  notChecked: number
}

/** The screener's answer, as the assessment takes it. */
export function screenedMedicationsFrom(result: ScreeningResult): ScreenedMedications {
  const drugs: ScreenedMedication[] = []
  for (const line of result.flagged) {
    for (const match of line.matches) {
      const seen = drugs.find((drug) => drug.id === match.medication.id)
      // Taken by mouth on another line: it counts, whatever the eye drops say.
      if (seen && !match.littleSystemicExposure) delete seen.littleSystemicExposure
      if (seen) continue
      drugs.push({
        id: match.medication.id,
        name: match.medication.name,
        classId: match.medication.class,
        className: match.className,
        roles: match.roles,
        augmentation: match.effect === 'augmentation',
        ...(match.littleSystemicExposure ? { littleSystemicExposure: true as const } : {}),
      })
    }
    for (const match of line.classMatches) {
      drugs.push({
        name: match.matchedText,
        classId: match.medicationClass.id,
        className: match.medicationClass.name,
        roles: match.roles,
        augmentation: match.effect === 'augmentation',
        ...(match.littleSystemicExposure ? { littleSystemicExposure: true as const } : {}),
      })
    }
  }
  const recognised = [...result.recognised.flatMap((line) => line.matches), ...result.flagged.flatMap((line) => line.alsoNamed)]
  return {
    drugs,
    recognisedIds: [...new Set(recognised.flatMap((match) => match.ingredientIds))],
    unrecognised: result.notRecognised.map((line) => ({
      line: line.line,
      suggestions: [...new Set(line.suggestions.map((s) => (s.drug === s.name ? s.name : `${s.name} (${s.drug})`)))],
    })),
    notChecked: result.notChecked.length,
  }
}

export interface PatientAssessment {
  errors: FieldError[]
  findings: PatientFinding[]
  age?: number
  ageAtOnset?: number
  likelyForm: { leaning: Leaning; label: string; primary: FormFeature[]; secondary: FormFeature[] }
  causes: CauseToLookFor[]
  /** Every drug the screener found, with its roles; only those that can trigger or worsen RLS count as a cause. */
  flaggedMedications: ScreenedMedication[]
  /** The note's medication lines, one per role present, and the unrecognised lines (also on the printout). */
  medicationNote: string[]
  /** Lines of the list that named nothing known: never read as reassuring. */
  unrecognisedLines: number
  iron: IronAssessment
  tests: TestToOrder[]
  /** The next clinical steps (`next-steps.ts`); absent when the bundle has no rules for them. */
  nextSteps: NextStepsResult | undefined
  summary: string
}

export const LEANING_LABEL: Record<Leaning, string> = {
  unknown: 'Not enough entered to lean either way',
  primary: 'Leaning primary (idiopathic)',
  secondary: 'Leaning secondary: look for the causes below',
  both: 'Features point both ways: rule out secondary causes before calling it primary',
}

/** The leaning as it reads in a chart note. */
const LEANING_NOTE: Record<Leaning, string> = {
  unknown: 'not enough information to lean either way',
  primary: 'leaning primary (idiopathic)',
  secondary: 'leaning secondary',
  both: 'features point both ways',
}

const GRADE_ORDER = ['Established', 'Probable', 'Possible', 'Disputed'] as const

type Rules = Bundle['patientWorkup']

/**
 * What the iron interpreter needs from this patient: a child, dialysis (the AASM 2024 rule for
 * kidney failure on dialysis), pregnancy with its trimester (the pregnancy rules) and inflammation.
 */
export function ironStudiesInputFor(
  present: ReadonlySet<string>,
  ferritin: RawNumber,
  tsat: RawNumber,
  pregnancyStage?: PregnancyStage,
): IronStudiesInput {
  const pregnant = present.has('pregnant')
  return {
    ferritin,
    tsat,
    child: present.has('child'),
    dialysis: present.has('dialysis'),
    pregnant,
    ...(pregnant && pregnancyStage !== undefined ? { pregnancyStage } : {}),
    inflammation: present.has('inflammation'),
  }
}

function derivedFindings(
  rules: Rules,
  known: { age?: number; ageAtOnset?: number; sex?: Sex },
  present: Set<string>,
  verdict: string | undefined,
  anyFlagged: boolean,
): string[] {
  const out: string[] = []
  for (const finding of rules.findings) {
    const rule = finding.derived
    if (!rule) continue
    let met: boolean
    if (rule.field === 'age' || rule.field === 'ageAtOnset') {
      const value = known[rule.field]
      // Unknown stays unknown: a rule on a number the form does not have is not met.
      met =
        value !== undefined &&
        (rule.below === undefined || value < rule.below) &&
        (rule.atLeast === undefined || value >= rule.atLeast)
    } else if (rule.field === 'ironReading') {
      met = verdict !== undefined && (rule.verdicts ?? []).some((v) => v === verdict)
    } else {
      met = rule.flagged === true && anyFlagged
    }
    if (rule.sex !== undefined && known.sex !== rule.sex) met = false
    if (rule.unless !== undefined && present.has(rule.unless)) met = false
    if (met) out.push(finding.id)
  }
  return out
}

function assessIron(
  bundle: Bundle,
  input: PatientInput,
  present: ReadonlySet<string>,
): { iron: IronAssessment; errors: FieldError[] } {
  const rules = bundle.patientWorkup
  const calculation = calculateTsat(input.serumIron, input.tibc, input.ironUnit ?? 'µmol/L')
  const tsatEntered = typeof input.tsat === 'number' ? true : input.tsat !== undefined && input.tsat !== null && input.tsat.trim() !== ''
  // A TSAT the laboratory reported wins over one worked out here.
  const tsat = tsatEntered ? input.tsat : calculation.status === 'calculated' ? calculation.tsat : undefined
  const interpretation = interpretIronStudies(ironStudiesInputFor(present, input.ferritin, tsat, input.pregnancyStage), bundle.ironRules)
  const notes: IronAssessment['notes'] = []
  const contexts: IronContext[] = []
  if (present.has('child')) contexts.push('child')
  if (present.has('pregnant')) {
    contexts.push('pregnancy')
    notes.push({ text: rules.notes.pregnancy, sources: rules.notes.pregnancySources })
  }
  // The interpreter applies the dialysis rule itself (ironRules.dialysis), with its own note.
  if (present.has('dialysis')) contexts.push('dialysis')
  if (present.has('inflammation')) contexts.push('inflammation')
  const value = interpretation.values.tsat
  return {
    iron: {
      interpretation,
      tsat:
        value === undefined
          ? undefined
          : tsatEntered
            ? { value, source: 'entered' }
            : { value, source: 'calculated', ...(calculation.status === 'calculated' ? { text: calculation.text } : {}) },
      calculation,
      contexts,
      notes,
    },
    errors: calculation.status === 'invalid' ? calculation.errors : [],
  }
}

/**
 * The labs whose result the form already holds (`patientWorkup.resultLabs`): a readable ferritin,
 * serum iron or TIBC, and a TSAT entered or calculated.
 */
function labsWithResultsEntered(rules: Rules, input: PatientInput, iron: IronAssessment): Set<string> {
  const isEntered = (field: 'ferritin' | 'tsat' | 'serumIron' | 'tibc') => {
    if (field === 'tsat') return iron.tsat !== undefined
    const value = readNumber(input[field])
    return typeof value === 'number' && value >= 0
  }
  return new Set((rules.resultLabs ?? []).filter((rule) => isEntered(rule.field)).map((rule) => rule.lab))
}

export function assessPatient(bundle: Bundle, input: PatientInput): PatientAssessment {
  const rules = bundle.patientWorkup
  const causes = byId(bundle.causes)
  const labs = byId(bundle.labs)
  const medications = byId(bundle.medications)
  const classes = byId(bundle.medicationClasses)
  const findingById = byId(rules.findings)
  const { age, ageAtOnset, errors } = readAges(input.age, input.ageAtOnset)
  const known = { age, ageAtOnset, sex: input.sex }

  const present = new Set<string>()
  for (const id of input.ticked ?? []) if (findingById.get(id)?.input === 'checkbox') present.add(id)
  const screened = input.medications
  const flaggedMedications: ScreenedMedication[] = (screened?.drugs ?? []).flatMap((drug) => {
    // A drug the bundle lists carries the bundle's roles, whatever the caller says.
    const medication = drug.id === undefined ? undefined : medications.get(drug.id)
    if (drug.id !== undefined && !medication) return []
    return [
      medication
        ? {
            ...drug,
            classId: medication.class,
            className: classes.get(medication.class)?.name ?? medication.class,
            roles: orderedRoles(medication.roles),
            augmentation: medication.effect === 'augmentation',
          }
        : { ...drug, roles: orderedRoles(drug.roles) },
    ]
  })
  const screenedIds = new Set([...flaggedMedications.flatMap((drug) => (drug.id ? [drug.id] : [])), ...(screened?.recognisedIds ?? [])])
  for (const rule of rules.medicationFindings) {
    if (rule.medicationIds.some((id) => screenedIds.has(id))) present.add(rule.finding)
  }
  // Only a drug that can trigger or worsen RLS leans the form secondary and adds its cause.
  const causalDrugs = flaggedMedications.filter((drug) => countsAsCause(drug.roles, drug.littleSystemicExposure))
  if (present.has('pregnant') && input.sex === 'male') {
    errors.push({ field: 'pregnant', message: 'Pregnancy is ticked but sex is Male: check both.' })
  }

  // Age first (child decides which iron rule applies), then the iron reading, then the rest.
  for (const id of derivedFindings(rules, known, present, undefined, false)) present.add(id)
  const { iron, errors: ironErrors } = assessIron(bundle, input, present)
  errors.push(...ironErrors)
  const verdict = iron.interpretation.primary?.status === 'verdict' ? iron.interpretation.primary.verdict : undefined
  for (const id of derivedFindings(rules, known, present, verdict, causalDrugs.length > 0)) present.add(id)

  const findings = rules.findings.filter((finding) => present.has(finding.id))

  // Likely form: each feature entered that the rules say leans one way.
  const primary: FormFeature[] = []
  const secondary: FormFeature[] = []
  for (const rule of rules.formRules) {
    if (!present.has(rule.finding)) continue
    const feature = { finding: rule.finding, text: rule.text, sources: rule.sources }
    ;(rule.leans === 'primary' ? primary : secondary).push(feature)
  }
  const leaning: Leaning =
    primary.length > 0 && secondary.length > 0 ? 'both' : primary.length > 0 ? 'primary' : secondary.length > 0 ? 'secondary' : 'unknown'

  // Causes: the every-patient ones, those the findings point to, and the drug-induced ones.
  const because = new Map<string, string[]>()
  const add = (causeId: string, reason: string) => {
    const list = because.get(causeId) ?? []
    if (!list.includes(reason)) list.push(reason)
    because.set(causeId, list)
  }
  for (const rule of rules.everyPatientCauses) add(rule.cause, rule.reason)
  for (const rule of rules.causeRules) {
    if (!present.has(rule.finding)) continue
    const label = findingById.get(rule.finding)?.label ?? rule.finding
    for (const causeId of rule.causes) add(causeId, label)
  }
  for (const drug of causalDrugs) {
    // A class shared by several causes (caffeine, alcohol, nicotine are all "substances") says
    // nothing about which one: those drugs reach their cause through `medicationFindings`.
    const classCauses = bundle.causes.filter((cause) => cause.medicationClasses?.includes(drug.classId))
    if (classCauses.length === 1 && classCauses[0]) add(classCauses[0].id, `${drug.name} in the medication list`)
  }
  const bundleOrder = new Map(bundle.causes.map((cause, i) => [cause.id, i]))
  const causeList: CauseToLookFor[] = [...because.entries()]
    .flatMap(([id, reasons]) => {
      const cause = causes.get(id)
      if (!cause) return []
      return [{ cause, because: reasons, conflicts: bundle.conflicts.filter((c) => c.relatedCauses.includes(id)) }]
    })
    .sort(
      (a, b) =>
        GRADE_ORDER.indexOf(a.cause.grade) - GRADE_ORDER.indexOf(b.cause.grade) ||
        (bundleOrder.get(a.cause.id) ?? 0) - (bundleOrder.get(b.cause.id) ?? 0),
    )

  // Tests: every patient's, then those a finding calls for, each with its reasons.
  const reasons = new Map<string, { reasons: string[]; sources: string[] }>()
  for (const lab of bundle.labs) if (lab.group === 'all') reasons.set(lab.id, { reasons: [], sources: [] })
  for (const rule of rules.labRules) {
    if (!present.has(rule.finding) || !labs.has(rule.lab)) continue
    if (rule.unless !== undefined && present.has(rule.unless)) continue
    const entry = reasons.get(rule.lab) ?? { reasons: [], sources: [] }
    if (!entry.reasons.includes(rule.reason)) entry.reasons.push(rule.reason)
    for (const id of rule.sources ?? []) if (!entry.sources.includes(id)) entry.sources.push(id)
    reasons.set(rule.lab, entry)
  }
  const entered = labsWithResultsEntered(rules, input, iron)
  const tests: TestToOrder[] = bundle.labs
    .filter((lab) => reasons.has(lab.id))
    .map((lab) => ({
      lab,
      everyPatient: lab.group === 'all',
      reasons: reasons.get(lab.id)?.reasons ?? [],
      sources: reasons.get(lab.id)?.sources ?? [],
      resultEntered: entered.has(lab.id),
    }))
    // To order first (every patient's, then the rest), then those to repeat.
    .sort((a, b) => Number(a.resultEntered) - Number(b.resultEntered) || Number(b.everyPatient) - Number(a.everyPatient))

  const assessment: Omit<PatientAssessment, 'summary'> = {
    errors,
    findings,
    ...(age !== undefined ? { age } : {}),
    ...(ageAtOnset !== undefined ? { ageAtOnset } : {}),
    likelyForm: { leaning, label: LEANING_LABEL[leaning], primary, secondary },
    causes: causeList,
    flaggedMedications,
    medicationNote: medicationNoteLines(bundle, input, flaggedMedications),
    unrecognisedLines: input.medications?.unrecognised.length ?? 0,
    iron,
    tests,
    nextSteps: nextStepsFor(
      bundle,
      { findings, ...(age !== undefined ? { age } : {}), ...(input.sex ? { sex: input.sex } : {}), drugs: flaggedMedications, iron: iron.interpretation },
      input.nextStepAnswers ?? {},
    ),
  }
  return { ...assessment, summary: formatSummaryNote(bundle, input, assessment) }
}

/**
 * The note's medication lines: one per role present ("Can trigger or worsen RLS: …", "Stopping can
 * provoke RLS: …", "RLS treatments taken: …", "Reported without adequate evidence …"), then "Not
 * recognised: check these lines: …" whenever a line was not read. It reassures only when every line
 * was read and none can trigger or worsen RLS.
 */
export function medicationNoteLines(bundle: Bundle, input: PatientInput, drugs: readonly ScreenedMedication[]): string[] {
  if (!input.medicationListEntered) return ['Medications: not reviewed here.']
  const lines: string[] = []
  const describe = (drug: ScreenedMedication, group: string) =>
    `${drug.name} — ${drug.className}${group === 'withdrawal risk' && drug.roles.includes('rls treatment') ? ' (may be treating RLS)' : ''}${drug.littleSystemicExposure ? ` (${LITTLE_SYSTEMIC_EXPOSURE})` : ''}`
  for (const group of NOTE_GROUPS) {
    const inGroup = drugs.filter((drug) => noteGroupsOf(drug.roles).includes(group))
    if (inGroup.length === 0) continue
    let line = `${NOTE_HEADINGS[group]}: ${inGroup.map((drug) => describe(drug, group)).join('; ')}.`
    if (group === 'trigger or worsen') line += ` ${bundle.patientWorkup.notes.weakTrigger}`
    if (group === 'rls treatment' && inGroup.some((drug) => drug.augmentation)) line += ` Dopaminergic: ${AUGMENTATION_NOTE}.`
    lines.push(line)
  }
  const unrecognised = input.medications?.unrecognised ?? []
  if (unrecognised.length > 0) {
    const shown = unrecognised.map((u) => (u.suggestions.length > 0 ? `${u.line} (did you mean ${u.suggestions.join(' or ')}?)` : u.line))
    lines.push(`Not recognised: check these lines: ${shown.join('; ')}.`)
  }
  const notChecked = input.medications?.notChecked ?? 0
  // Said the same way while the list of other drugs is loading and after it failed to load: either way
  // the line has not been checked, and a copied note must not read as if it had been.
  if (notChecked > 0) lines.push(`Not yet checked: ${notChecked} ${notChecked === 1 ? 'line has' : 'lines have'} not been checked against the list of other drugs.`)
  if (unrecognised.length === 0 && notChecked === 0 && !drugs.some((drug) => countsAsCause(drug.roles, drug.littleSystemicExposure))) {
    lines.push('Medications: no drug in the list entered is a known RLS trigger in this reference.')
  }
  return lines
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The plan's tests: "order" those not yet done, each with its reasons; "repeat" those whose result
 * was entered, so the note never re-orders what the clinician just typed.
 */
export function planText(tests: readonly TestToOrder[]): string {
  const named = (t: TestToOrder) => (t.reasons.length > 0 ? `${t.lab.name} (${t.reasons.join('; ')})` : t.lab.name)
  const toOrder = tests.filter((t) => !t.resultEntered)
  const toRepeat = tests.filter((t) => t.resultEntered)
  const parts: string[] = []
  if (toOrder.length > 0) parts.push(`order ${toOrder.map(named).join('; ')}.`)
  if (toRepeat.length > 0) {
    const text = `repeat when due (results already available): ${toRepeat.map(named).join('; ')}.`
    parts.push(parts.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1))
  }
  return parts.join(' ')
}

/** The codes a note carries, from the bundle's one list of diagnosis codes: "ICD-10-CM G25.81; ICD-11 7A80". */
export function noteCodes(bundle: Bundle): string {
  return bundle.coding.codes
    .filter((code) => code.system === 'ICD-10-CM' || code.system === 'ICD-11')
    .map((code) => `${code.system} ${code.code}`)
    .join('; ')
}

/** The assessment and plan as a short paragraph for the chart, with the ICD codes. */
export function formatSummaryNote(bundle: Bundle, input: PatientInput, a: Omit<PatientAssessment, 'summary'>): string {
  const rules = bundle.patientWorkup
  const who: string[] = []
  if (a.age !== undefined) who.push(`age ${a.age}`)
  if (input.sex) who.push(input.sex)
  if (a.findings.some((f) => f.id === 'pregnant')) who.push(input.pregnancyStage ? `pregnant (${input.pregnancyStage})` : 'pregnant')
  if (a.ageAtOnset !== undefined) who.push(`onset at age ${a.ageAtOnset}`)
  const conditions = a.findings
    .filter((f) => f.input === 'checkbox' && f.id !== 'pregnant')
    .map((f) => lowerFirst(f.label))
  const lines: string[] = []
  lines.push(
    `Assessment: restless legs syndrome (${noteCodes(bundle)})` +
      (who.length > 0 ? `; ${who.join(', ')}` : '') +
      '.' +
      (conditions.length > 0 ? ` Recorded: ${conditions.join('; ')}.` : ''),
  )
  const features = [...a.likelyForm.primary.map((f) => `${lowerFirst(f.text)} (primary)`), ...a.likelyForm.secondary.map((f) => `${lowerFirst(f.text)} (secondary)`)]
  lines.push(`Likely form: ${LEANING_NOTE[a.likelyForm.leaning]}${features.length > 0 ? `: ${features.join('; ')}` : ''}. A leaning, not a diagnosis.`)
  lines.push(`Causes to look for: ${a.causes.map((c) => `${c.cause.name} (${c.cause.grade})`).join('; ')}.`)
  lines.push(...a.medicationNote)
  const interpretation = a.iron.interpretation
  const tsatNote = a.iron.tsat?.source === 'calculated' && a.iron.tsat.text ? ` (${a.iron.tsat.text})` : ''
  lines.push(
    interpretation.status === 'empty'
      ? 'Iron studies: not yet available.'
      : interpretation.status === 'invalid'
        ? 'Iron studies: the values entered need checking.'
        : `Iron studies: ${interpretation.summary}${tsatNote}`,
  )
  lines.push(...nextStepsNoteLines(a.nextSteps))
  lines.push(`Plan: ${planText(a.tests)} ${rules.notes.drawIron}`)
  lines.push(`Per RLS Causes content version ${bundle.meta.version}, reviewed ${bundle.meta.reviewed}; supports, and does not replace, clinical judgement.`)
  return lines.join('\n')
}
