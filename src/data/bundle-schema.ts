/**
 * The content bundle's schema: the single description of `public/data/rls.json`.
 * Every TypeScript type for clinical content is inferred from here, never written twice.
 *
 * zod/mini keeps the first page light: it tree-shakes to what the schema uses.
 */
import * as z from 'zod/mini'
import { refuseOnIssues, type SchemaIssue as Issue } from './schema-issues'
import {
  CATEGORY_IDS,
  CAUSE_ROLES,
  EVIDENCE_GRADES,
  IRON_VERDICTS,
  MEDICATION_EFFECTS,
  MEDICATION_MECHANISMS,
  MEDICATION_ROLES,
  PREGNANCY_STAGES,
  SOURCE_TYPES,
} from './vocabulary'

export { CATEGORY_IDS, CAUSE_ROLES, EVIDENCE_GRADES, MEDICATION_EFFECTS, MEDICATION_MECHANISMS, MEDICATION_ROLES, SOURCE_TYPES }

// Stryker disable all: mutation testing covers the refinements (the functions below), not the shape declarations.
/** Kebab-case ids keep URLs (`/causes/iron-deficiency`) readable and stable. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'))
const Text = z.string().check(z.minLength(1, 'expected non-empty text'))
const SourceIds = z.array(Id).check(z.minLength(1, 'expected at least one source id'))

export const EvidenceGrade = z.enum(EVIDENCE_GRADES)

export const CategoryId = z.enum(CATEGORY_IDS)

/** A figure (prevalence, odds ratio, heritability...) always travels with its population and source. */
export const Figure = z.object({
  value: Text,
  population: Text,
  sources: SourceIds,
  note: z.optional(Text),
  /** The fact sheet could not confirm this figure in a primary source: shown as unconfirmed. */
  unconfirmed: z.optional(z.boolean()),
})

/** Statements that the research could not confirm; the UI labels each one "Unconfirmed". */
const Unconfirmed = z.optional(z.array(Text))

export const Category = z.object({ id: CategoryId, name: Text, description: Text })


export const Cause = z.object({
  id: Id,
  name: Text,
  /** Lay words, spellings and abbreviations: anaemia/anemia, ESRD, dialysis... They feed the lookup. */
  aliases: z.array(Text),
  /** Misspellings and sloppy spellings kept for matching only: never displayed as a name. */
  matchOnly: z.optional(z.array(Text)),
  category: CategoryId,
  role: z.enum(CAUSE_ROLES),
  grade: EvidenceGrade,
  gradeRationale: Text,
  summary: Text,
  mechanism: Text,
  clues: z.array(Text),
  /**
   * Lab ids to order. The one hand-kept link between causes and labs: which causes ask for a
   * lab is derived from these lists (`causesOrdering`), never stored twice.
   */
  checks: z.array(Id),
  actions: z.array(Text),
  figures: z.array(Figure),
  /** Medication class ids whose drugs belong to this cause (drug-induced RLS entries). */
  medicationClasses: z.optional(z.array(Id)),
  sources: SourceIds,
  unconfirmed: Unconfirmed,
})


export const Alternative = z.object({ text: Text, sources: SourceIds, unconfirmed: z.optional(z.boolean()) })

// ---- Medication content: roles, advice, match-only names ----

export const MedicationRole = z.enum(MEDICATION_ROLES)
/** One role or more, each once (uniqueness is checked with the cross-references). */
const MedicationRoles = z.array(MedicationRole).check(z.minLength(1, 'expected at least one role'))

export const MedicationClass = z.object({
  id: Id,
  name: Text,
  description: Text,
  mechanism: z.enum(MEDICATION_MECHANISMS),
  /** The roles every member holds (a member may add one: oxycodone adds "rls treatment"). */
  roles: MedicationRoles,
  /** The WHO ATC group and BNF section the members were enumerated from. */
  classification: z.optional(z.object({ text: Text, sources: SourceIds })),
  /** One line for the whole class, shown with its heading ("Do not stop a needed drug for this alone."). */
  advice: z.optional(Text),
  grade: EvidenceGrade,
  gradeRationale: Text,
  alternatives: z.array(Alternative),
  sources: SourceIds,
  unconfirmed: Unconfirmed,
})

export const Medication = z.object({
  id: Id,
  /** Generic name (or substance name: caffeine, alcohol, nicotine). */
  name: Text,
  brands: z.object({ us: z.array(Text), uk: z.array(Text) }),
  /** Other spellings, abbreviations, lay words (coffee, booze, smoking...). Used by the screener and lookup, and shown. */
  aliases: z.array(Text),
  /** Misspellings and chart shorthand, for matching only: never displayed as a name of the drug. */
  matchOnly: z.optional(z.array(Text)),
  /**
   * Names that are this drug only on a line with a dose, route or frequency ("Iron 200 mg od"); on a problem
   * list or in a result ("Iron deficiency", "Iron 12 µmol/L") the same word is not the drug. For the screener only.
   */
  matchOnDoseLine: z.optional(z.array(Text)),
  class: Id,
  /** Its roles in RLS: its class's, and any of its own. */
  roles: MedicationRoles,
  /** The reported effect; agrees with the roles (augmentation and treats: an RLS treatment; withdrawal: a withdrawal risk). */
  effect: z.enum(MEDICATION_EFFECTS),
  /** The one thing to tell the prescriber: "Do not stop abruptly; taper.", "Do not stop a needed drug for this alone.". */
  advice: Text,
  grade: EvidenceGrade,
  gradeRationale: Text,
  mechanism: z.enum(MEDICATION_MECHANISMS),
  mechanismNote: Text,
  /** Drug-specific alternatives; the class's alternatives apply too. */
  alternatives: z.array(Alternative),
  sources: SourceIds,
  unconfirmed: Unconfirmed,
})

/** LOINC codes are digits, a hyphen and one check digit (2276-4). */
export const Loinc = z.string().check(z.regex(/^\d{1,7}-\d$/, 'expected a LOINC code like 2276-4'))

export const Threshold = z.object({
  /** e.g. "Iron therapy indicated (oral or IV)" */
  meaning: Text,
  /** e.g. "ferritin ≤75 ng/mL or TSAT <20%"; units are required in the text. */
  criterion: Text,
  population: Text,
  sources: SourceIds,
  unconfirmed: z.optional(z.boolean()),
})

export const Lab = z.object({
  id: Id,
  name: Text,
  abbreviations: z.array(Text),
  /** Misspellings kept for matching only: never displayed. */
  matchOnly: z.optional(z.array(Text)),
  /** null only where no LOINC code applies (e.g. polysomnography as a procedure). */
  loinc: z.nullable(Loinc),
  loincStatus: z.enum(['confirmed', 'partly confirmed', 'unconfirmed', 'not applicable']),
  specimen: Text,
  group: z.enum(['all', 'indicated', 'not routine']),
  /** Why and when: the indication for "indicated" tests. */
  when: Text,
  why: Text,
  how: z.array(Text),
  thresholds: z.array(Threshold),
  /** A result calculated from other tests (TSAT from serum iron and TIBC): ordering it orders them. */
  calculatedFrom: z.optional(z.array(Id)),
  /** Other codes and what the code covers (SI-unit variants, CBC with differential...). */
  loincNote: z.optional(Text),
  grade: EvidenceGrade,
  gradeRationale: Text,
  sources: SourceIds,
  unconfirmed: Unconfirmed,
})

/**
 * The numbers the iron-studies interpreter applies. Kept in the bundle so that the
 * interpreter, the checklist and the printout all read one reviewed set of thresholds.
 * Ferritin in ng/mL (= µg/L), TSAT in %.
 */
export const IronRules = z.object({
  aasm2024: z.object({
    ironIfFerritinAtMost: z.number(),
    ironIfTsatBelow: z.number(),
    ivOnlyFerritinAbove: z.number(),
    ivOnlyFerritinAtMost: z.number(),
    /** The IV-only upper bound was seen only in secondary reports of the guideline. */
    ivOnlyUpperBoundUnconfirmed: z.optional(z.boolean()),
    sources: SourceIds,
    note: Text,
  }),
  irlssgMayo2021: z.object({
    oralIfFerritinAtMost: z.number(),
    oralIfTsatBelow: z.number(),
    ivIfFerritinBelow: z.number(),
    ivIfTsatBelow: z.number(),
    inflammationTsatBelow: z.number(),
    sources: SourceIds,
    note: Text,
  }),
  children: z.object({
    ironIfFerritinBelow: z.number(),
    unconfirmed: z.optional(z.boolean()),
    /** Between `ironIfFerritinBelow` and this ferritin, iron may be considered (the children's "may consider" band). */
    mayConsiderFerritinBelow: z.optional(z.number()),
    mayConsiderUnconfirmed: z.optional(z.boolean()),
    sources: SourceIds,
    note: Text,
  }),
  /**
   * Pregnancy replaces the adult rules: oral iron first, never "IV iron only"; IV iron is avoided
   * in the `avoidIvIn` stages and is a specialist decision in the `ivAsSpecialistDecisionIn` ones.
   */
  pregnancy: z.object({
    oralIronIfFerritinBelow: z.number(),
    oralIronIfTsatBelow: z.number(),
    avoidIvIn: z.array(z.enum(PREGNANCY_STAGES)),
    ivAsSpecialistDecisionIn: z.array(z.enum(PREGNANCY_STAGES)),
    unconfirmed: z.optional(z.boolean()),
    sources: SourceIds,
    note: Text,
  }),
  // ---- Review 1.0.2 (A1, dialysis): safety ceilings and the ESRD rule ----
  /**
   * Limits every reading obeys, whatever rule is applied: no iron at or above the TSAT ceiling
   * (overload risk), and no plain "iron indicated" when ferritin is at or above the highest
   * ferritin the IV-iron trials enrolled while TSAT is low (usually inflammation).
   */
  ceilings: z.object({
    noIronIfTsatAtLeast: z.number(),
    trialEvidenceFerritinBelow: z.number(),
    lowTsatBelow: z.number(),
    /** Above this ferritin a low TSAT first asks for CRP and a look for inflammation. */
    checkInflammationAboveFerritin: z.number(),
    checkInflammationNote: Text,
    /** What to order when TSAT is at or above the ceiling (repeat fasting TSAT, HFE genotype). */
    overloadWorkup: z.object({ text: Text, sources: SourceIds }),
    tsatNote: Text,
    highFerritinNote: Text,
    sources: SourceIds,
  }),
  /** Adults with end-stage renal disease on dialysis: the AASM 2024 conditional recommendation. */
  dialysis: z.object({
    ivIronSucroseIfFerritinBelow: z.number(),
    ivIronSucroseIfTsatBelow: z.number(),
    strength: Text,
    unconfirmed: z.optional(z.boolean()),
    sources: SourceIds,
    note: Text,
  }),
  /** Shown with every reading; `when` narrows one to IV iron or pregnancy. */
  cautions: z.array(
    z.object({
      text: Text,
      when: z.enum(['always', 'iv', 'pregnant']),
      sources: SourceIds,
      unconfirmed: z.optional(z.boolean()),
    }),
  ),
  caveats: z.array(z.object({ text: Text, sources: SourceIds, unconfirmed: z.optional(z.boolean()) })),
})

export const ComparisonRow = z.object({
  id: Id,
  feature: Text,
  primary: Text,
  secondary: Text,
  sources: SourceIds,
})

export const Mimic = z.object({
  id: Id,
  name: Text,
  aliases: z.array(Text),
  howToTell: Text,
  sources: SourceIds,
})

export const Gene = z.object({
  id: Id,
  symbol: Text,
  /** Chromosome region, e.g. "2p14". */
  region: Text,
  aliases: z.array(Text),
  summary: Text,
  grade: EvidenceGrade,
  gradeRationale: Text,
  sources: SourceIds,
  unconfirmed: Unconfirmed,
})

export const Conflict = z.object({
  id: Id,
  topic: Text,
  positions: z.array(
    z.object({
      claim: Text,
      sources: SourceIds,
      unconfirmed: z.optional(z.boolean()),
    }),
  ).check(z.minLength(2, 'expected at least two positions')),
  /** Which position is better supported, and why. */
  verdict: Text,
  relatedCauses: z.array(Id),
  relatedLabs: z.array(Id),
})


/** A cited statement (augmentation definition, management step). */
const CitedText = z.object({ text: Text, sources: SourceIds, unconfirmed: z.optional(z.boolean()) })

/**
 * Augmentation of RLS by dopaminergic treatment (IRLSSG/EURLSSG 2016 and the criteria it applies):
 * a complication of treating RLS, shown on the medications page with the drugs that cause it.
 */
export const Augmentation = z.object({
  /** "Dopaminergic drugs do not cause RLS; long-term use for RLS can cause augmentation." */
  statement: CitedText,
  definition: CitedText,
  criteria: z.object({
    intro: Text,
    items: z.array(z.object({ text: Text, details: z.optional(z.array(Text)) })).check(z.minLength(1, 'expected criteria')),
    sources: SourceIds,
    unconfirmed: Unconfirmed,
  }),
  management: z.array(CitedText),
})

// ---- Review 1.0.2 (C): coding and the diagnostic criteria ----

/** Diagnosis codes for requisitions and notes (ICD-10-CM, WHO ICD-10, ICD-11, SNOMED CT). */
export const Coding = z.object({
  codes: z
    .array(
      z.object({ system: Text, code: Text, label: Text, note: z.optional(Text), sources: SourceIds, unconfirmed: z.optional(z.boolean()) }),
    )
    .check(z.minLength(1, 'expected at least one code')),
})

const CitedItem = z.object({ id: Id, name: Text, text: Text, sources: SourceIds, unconfirmed: z.optional(z.boolean()) })

/** The IRLSSG 2014 consensus criteria, in the bundle's own words. */
export const Diagnosis = z.object({
  intro: Text,
  essentialCriteria: z.array(CitedItem).check(z.minLength(5, 'expected the five essential criteria')),
  specifiers: z.array(CitedItem),
  supportiveFeatures: z.array(CitedItem),
  notes: z.array(CitedText),
})

export const Source = z.object({
  id: Id,
  authors: Text,
  title: Text,
  journal: Text,
  year: z.nullable(z.number()),
  doi: z.optional(z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'expected a DOI like 10.5664/jcsm.11390'))),
  pmid: z.optional(z.string().check(z.regex(/^\d{1,9}$/, 'expected a numeric PMID'))),
  /** Only for sources with neither DOI nor PMID (point-of-care pages, the seed articles). */
  url: z.optional(z.string()),
  type: z.enum(SOURCE_TYPES),
  note: z.optional(Text),
  unconfirmed: Unconfirmed,
})

// ---- Patient workup (/patient) ------------------------------------------------------------
/**
 * The rules of the patient workup screen: what the form asks (findings), and what each finding
 * implies (causes to look for, which way the form leans, tests to order and why). Data, so a
 * content editor changes a rule without touching code.
 */
const PatientFindingId = Id

/** A finding the screen works out from other fields, never asked directly. */
export const DerivedFinding = z.object({
  field: z.enum(['age', 'ageAtOnset', 'ironReading', 'medications']),
  /** Number fields: met when value < below and/or value >= atLeast. */
  below: z.optional(z.number()),
  atLeast: z.optional(z.number()),
  /** Also requires this sex to be recorded. */
  sex: z.optional(z.enum(['female', 'male'])),
  /** Not met when this finding is present. */
  unless: z.optional(PatientFindingId),
  /** ironReading: the main reading's verdicts that make the finding. */
  verdicts: z.optional(z.array(z.enum(IRON_VERDICTS))),
  /** medications: met when the screener flags any drug. */
  flagged: z.optional(z.boolean()),
})

export const PatientFinding = z.object({
  id: PatientFindingId,
  /** As the form shows it. */
  label: Text,
  category: CategoryId,
  input: z.enum(['checkbox', 'derived']),
  /** Shown at the top of the form; the rest sit in collapsed groups by category. */
  prominent: z.optional(z.boolean()),
  hint: z.optional(Text),
  derived: z.optional(DerivedFinding),
})

/**
 * The next clinical steps (`patientWorkup.nextSteps`): the augmentation check, where the iron
 * went, which iron and when to recheck, how clinically significant the RLS is, and when to
 * refer. Every threshold, trigger, text and source is here, read by `next-steps.ts`.
 */
const CitedStep = z.object({ text: Text, sources: SourceIds, unconfirmed: Unconfirmed })
const AnswerOption = z.object({ id: Id, label: Text, significant: z.boolean() })
/** What the next-steps rules can be triggered by, worked out from the form. */
/** Which iron reading gave the verdict (the interpreter's rule ids): a product is named only for its own population. */
export const IRON_READING_RULES = ['aasm2024', 'irlssgMayo2021', 'children', 'dialysis', 'pregnancy'] as const
export const NEXT_STEP_SIGNALS = ['possible-augmentation', 'augmentation-unanswered', 'iv-iron', 'pregnant-significant', 'child'] as const
export const NextSteps = z.object({
  severity: z.object({
    frequencyQuestion: Text,
    frequencyOptions: z.array(AnswerOption),
    distressQuestion: Text,
    distressOptions: z.array(AnswerOption),
    /** Both answers significant: the treatment gate is met. */
    significant: CitedStep,
    notSignificant: CitedStep,
    unanswered: Text,
  }),
  augmentation: z.object({
    /** A screened drug of one of these classes, or with the effect "augmentation", asks the questions. */
    medicationClasses: z.array(Id),
    /** A ticked finding that asks them too. */
    findings: z.array(PatientFindingId),
    intro: Text,
    questions: z.array(z.object({ id: Id, label: Text })),
    /** "Possible augmentation" when every question of any one set is answered yes. */
    possibleWhen: z.array(z.array(Id).check(z.minLength(1, 'expected at least one question id'))),
    possible: CitedStep,
    unanswered: CitedStep,
    notMet: CitedStep,
  }),
  ironLoss: z.object({
    /** The derived finding that says iron is low. */
    whenFinding: PatientFindingId,
    menAgeAtLeast: z.number(),
    womenAgeAtLeast: z.number(),
    /** Not shown when one of these findings is present (pregnancy). */
    unless: z.array(PatientFindingId),
    proxyNote: Text,
    steps: z.array(CitedStep),
  }),
  ironProducts: z.array(
    z.object({
      verdicts: z.array(z.enum(IRON_VERDICTS)).check(z.minLength(1, 'expected at least one iron verdict')),
      /** The readings (adult AASM, children, dialysis, pregnancy) whose verdict names this product. */
      ironRules: z.array(z.enum(IRON_READING_RULES)).check(z.minLength(1, 'expected at least one iron reading rule')),
      product: Text,
      route: z.enum(['oral', 'IV']),
      strength: Text,
      sources: SourceIds,
      unconfirmed: Unconfirmed,
    }),
  ),
  ironRecheck: z.array(z.object({ route: z.enum(['oral', 'IV']), ironRules: z.array(z.enum(IRON_READING_RULES)), text: Text, sources: SourceIds, unconfirmed: Unconfirmed })),
  referral: z.object({
    intro: Text,
    criteria: z.array(z.object({ id: Id, text: Text, when: z.optional(z.enum(NEXT_STEP_SIGNALS)), sources: SourceIds, unconfirmed: Unconfirmed })),
  }),
})

export const PatientWorkup = z.object({
  findings: z.array(PatientFinding),
  /** Drug ids the medication screener reports (flagged or recognised) that make a finding. */
  medicationFindings: z.array(z.object({ finding: PatientFindingId, medicationIds: z.array(Id) })),
  causeRules: z.array(z.object({ finding: PatientFindingId, causes: z.array(Id) })),
  formRules: z.array(
    z.object({ finding: PatientFindingId, leans: z.enum(['primary', 'secondary']), text: Text, sources: SourceIds }),
  ),
  /** `unless`: the rule does not apply when this finding is present (no creatinine "because of age" on dialysis). */
  labRules: z.array(
    z.object({ finding: PatientFindingId, lab: Id, reason: Text, sources: z.optional(SourceIds), unless: z.optional(PatientFindingId) }),
  ),
  /** The lab each result field of the form reports: once a result is entered, the plan says "repeat", not "order". */
  resultLabs: z.optional(z.array(z.object({ field: z.enum(['ferritin', 'tsat', 'serumIron', 'tibc']), lab: Id }))),
  everyPatientCauses: z.array(z.object({ cause: Id, reason: Text, sources: SourceIds })),
  notes: z.object({
    likelyForm: Text,
    likelyFormSources: SourceIds,
    pregnancy: Text,
    pregnancySources: SourceIds,
    weakTrigger: Text,
    drawIron: Text,
    drawIronSources: SourceIds,
  }),
  /** The next clinical steps; absent in an older bundle, when the workup shows none. */
  nextSteps: z.optional(NextSteps),
  /** The plain-language handout: short sentences, everyday words (kept at or below US grade 8). */
  handout: z.object({
    title: Text,
    intro: z.array(Text),
    testsHeading: Text,
    tests: z.array(z.object({ lab: Id, text: Text })),
    drawHeading: Text,
    draw: z.array(Text),
    changeHeading: Text,
    change: z.array(Text),
    medicinesHeading: Text,
    medicines: z.array(Text),
    helpHeading: Text,
    help: z.array(Text),
  }),
})

// Stryker restore all
/** Every id the patient rules name must exist: a finding, a cause, a lab or a source. */
function findBrokenPatientReferences(
  rules: z.infer<typeof PatientWorkup>,
  known: { source: Set<string>; lab: Set<string>; cause: Set<string> },
): Issue[] {
  const issues: Issue[] = []
  const findings = new Set(rules.findings.map((finding) => finding.id))
  const at = (...path: (string | number)[]) => ['patientWorkup', ...path]
  const expect = (set: Set<string>, kind: string, id: string, path: (string | number)[]) => {
    if (!set.has(id)) issues.push({ path, message: `unknown ${kind} id "${id}"` })
  }
  const seen = new Set<string>()
  rules.findings.forEach((finding, i) => {
    if (seen.has(finding.id)) issues.push({ path: at('findings', i, 'id'), message: `duplicate id "${finding.id}"` })
    seen.add(finding.id)
    if ((finding.input === 'derived') !== (finding.derived !== undefined)) {
      issues.push({ path: at('findings', i, 'derived'), message: 'a derived finding needs a rule, and only a derived finding has one' })
    }
    if (finding.derived?.unless) expect(findings, 'finding', finding.derived.unless, at('findings', i, 'derived', 'unless'))
  })
  rules.medicationFindings.forEach((rule, i) => expect(findings, 'finding', rule.finding, at('medicationFindings', i, 'finding')))
  rules.causeRules.forEach((rule, i) => {
    expect(findings, 'finding', rule.finding, at('causeRules', i, 'finding'))
    rule.causes.forEach((id, j) => expect(known.cause, 'cause', id, at('causeRules', i, 'causes', j)))
  })
  rules.formRules.forEach((rule, i) => {
    expect(findings, 'finding', rule.finding, at('formRules', i, 'finding'))
    rule.sources.forEach((id, j) => expect(known.source, 'source', id, at('formRules', i, 'sources', j)))
  })
  rules.labRules.forEach((rule, i) => {
    expect(findings, 'finding', rule.finding, at('labRules', i, 'finding'))
    expect(known.lab, 'lab', rule.lab, at('labRules', i, 'lab'))
    rule.sources?.forEach((id, j) => expect(known.source, 'source', id, at('labRules', i, 'sources', j)))
    if (rule.unless) expect(findings, 'finding', rule.unless, at('labRules', i, 'unless'))
  })
  rules.resultLabs?.forEach((rule, i) => expect(known.lab, 'lab', rule.lab, at('resultLabs', i, 'lab')))
  rules.everyPatientCauses.forEach((rule, i) => {
    expect(known.cause, 'cause', rule.cause, at('everyPatientCauses', i, 'cause'))
    rule.sources.forEach((id, j) => expect(known.source, 'source', id, at('everyPatientCauses', i, 'sources', j)))
  })
  const notes = rules.notes
  for (const key of ['likelyFormSources', 'pregnancySources', 'drawIronSources'] as const) {
    notes[key].forEach((id, j) => expect(known.source, 'source', id, at('notes', key, j)))
  }
  rules.handout.tests.forEach((test, i) => expect(known.lab, 'lab', test.lab, at('handout', 'tests', i, 'lab')))
  if (rules.nextSteps) issues.push(...findBrokenNextStepReferences(rules.nextSteps, findings, known.source))
  return issues
}

function findBrokenNextStepReferences(steps: z.infer<typeof NextSteps>, findings: Set<string>, sourceIds: Set<string>): Issue[] {
  const issues: Issue[] = []
  const at = (...path: (string | number)[]) => ['patientWorkup', 'nextSteps', ...path]
  const sources = (ids: string[], path: (string | number)[]) =>
    ids.forEach((id, j) => {
      if (!sourceIds.has(id)) issues.push({ path: [...path, 'sources', j], message: `unknown source id "${id}"` })
    })
  const finding = (id: string, path: (string | number)[]) => {
    if (!findings.has(id)) issues.push({ path, message: `unknown finding id "${id}"` })
  }
  const { severity, augmentation, ironLoss, referral } = steps
  sources(severity.significant.sources, at('severity', 'significant'))
  sources(severity.notSignificant.sources, at('severity', 'notSignificant'))
  augmentation.findings.forEach((id, i) => finding(id, at('augmentation', 'findings', i)))
  const questions = new Set(augmentation.questions.map((q) => q.id))
  augmentation.possibleWhen.forEach((set, i) =>
    set.forEach((id, j) => {
      if (!questions.has(id)) issues.push({ path: at('augmentation', 'possibleWhen', i, j), message: `unknown question id "${id}"` })
    }),
  )
  for (const key of ['possible', 'unanswered', 'notMet'] as const) sources(augmentation[key].sources, at('augmentation', key))
  finding(ironLoss.whenFinding, at('ironLoss', 'whenFinding'))
  ironLoss.unless.forEach((id, i) => finding(id, at('ironLoss', 'unless', i)))
  ironLoss.steps.forEach((step, i) => sources(step.sources, at('ironLoss', 'steps', i)))
  steps.ironProducts.forEach((product, i) => sources(product.sources, at('ironProducts', i)))
  steps.ironRecheck.forEach((recheck, i) => sources(recheck.sources, at('ironRecheck', i)))
  referral.criteria.forEach((criterion, i) => sources(criterion.sources, at('referral', 'criteria', i)))
  return issues
}
// Stryker disable all
// ---- end of patient workup ------------------------------------------------------------------

// ---- chart codes: reading a patient from the EHR (SMART on FHIR) ----------------------------
/**
 * How the chart's codes become the workup's findings and medication lines. Content editors own
 * it: a Condition counts when it is active and one of its codes is listed (a SNOMED CT code, or
 * an ICD-10-CM code starting with a listed prefix); only a Condition with no listed code is read
 * by its text, as whole words, unless the text holds one of `textExclusions`.
 */
export const ChartCodes = z.object({
  conditions: z.array(
    z.object({
      finding: PatientFindingId,
      snomed: z.array(z.string().check(z.regex(/^\d{6,18}$/, 'expected a SNOMED CT concept id'))),
      /** ICD-10-CM codes or categories, with or without the dot: "E11", "Z99.2". */
      icd10cm: z.array(z.string().check(z.regex(/^[A-Z]\d[0-9A-Z]?(\.[0-9A-Z]{1,4})?$/, 'expected an ICD-10-CM code or prefix like E11 or Z99.2'))),
      /** Lower-case words or phrases for a Condition that has no listed code. */
      text: z.array(Text),
    }),
  ),
  /** Words that make a Condition's text say something other than the condition ("history of"). */
  textExclusions: z.array(Text),
  /** RxNorm codes (ingredient, clinical or branded drug) of the drugs in this bundle. */
  medications: z.array(
    z.object({ medication: Id, rxnorm: z.array(z.string().check(z.regex(/^\d{1,9}$/, 'expected an RxNorm code (RXCUI)'))) }),
  ),
})

function findBrokenChartCodeReferences(bundle: { chartCodes: z.infer<typeof ChartCodes>; patientWorkup: { findings: { id: string }[] }; medications: { id: string }[] }): Issue[] {
  const findings = new Set(bundle.patientWorkup.findings.map((f) => f.id))
  const medications = new Set(bundle.medications.map((m) => m.id))
  const issues: Issue[] = []
  bundle.chartCodes.conditions.forEach((rule, i) => {
    if (!findings.has(rule.finding)) issues.push({ path: ['chartCodes', 'conditions', i, 'finding'], message: `unknown finding id "${rule.finding}"` })
  })
  bundle.chartCodes.medications.forEach((rule, i) => {
    if (!medications.has(rule.medication)) issues.push({ path: ['chartCodes', 'medications', i, 'medication'], message: `unknown medication id "${rule.medication}"` })
  })
  return issues
}
// ---- end of chart codes ---------------------------------------------------------------------

export const Meta = z.object({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version like 1.0.0')),
  reviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date like 2026-11-22')),
  scope: Text,
  disclaimer: Text,
  /** What changed clinically in each version, and why: newest first. */
  changes: z.array(z.object({ version: Text, reviewed: Text, items: z.array(Text).check(z.minLength(1, 'expected at least one change')) })),
})

const BundleShape = z.object({
  meta: Meta,
  categories: z.array(Category),
  causes: z.array(Cause),
  comparison: z.object({
    rows: z.array(ComparisonRow),
    howToTell: z.array(z.object({ text: Text, sources: SourceIds })),
  }),
  medicationClasses: z.array(MedicationClass),
  medications: z.array(Medication),
  labs: z.array(Lab),
  ironRules: IronRules,
  mimics: z.array(Mimic),
  genes: z.array(Gene),
  conflicts: z.array(Conflict),
  patientWorkup: PatientWorkup,
  chartCodes: ChartCodes,
  augmentation: Augmentation,
  coding: Coding,
  diagnosis: Diagnosis,
  sources: z.array(Source),
})

type BundleShape = z.infer<typeof BundleShape>

// Stryker restore all
/**
 * The iron thresholds are numbers a content editor types: a TSAT outside 0–100 %, a negative
 * ferritin or an AASM oral-or-IV ferritin above the IV-only one would make the interpreter
 * recommend iron where no guideline does, so such a bundle is refused.
 */
export function findImplausibleIronRules(rules: z.infer<typeof IronRules>): Issue[] {
  const issues: Issue[] = []
  const tsat = (part: string, key: string, value: number) => {
    if (!(value >= 0 && value <= 100)) issues.push({ path: ['ironRules', part, key], message: `TSAT threshold ${value}% is not between 0 and 100` })
  }
  const ferritin = (part: string, key: string, value: number) => {
    if (!(value >= 0)) issues.push({ path: ['ironRules', part, key], message: `ferritin threshold ${value} ng/mL is negative` })
  }
  const { aasm2024: a, irlssgMayo2021: m, children, ceilings: c, dialysis: d } = rules
  tsat('aasm2024', 'ironIfTsatBelow', a.ironIfTsatBelow)
  tsat('irlssgMayo2021', 'oralIfTsatBelow', m.oralIfTsatBelow)
  tsat('irlssgMayo2021', 'ivIfTsatBelow', m.ivIfTsatBelow)
  tsat('irlssgMayo2021', 'inflammationTsatBelow', m.inflammationTsatBelow)
  tsat('ceilings', 'noIronIfTsatAtLeast', c.noIronIfTsatAtLeast)
  tsat('ceilings', 'lowTsatBelow', c.lowTsatBelow)
  tsat('dialysis', 'ivIronSucroseIfTsatBelow', d.ivIronSucroseIfTsatBelow)
  ferritin('aasm2024', 'ironIfFerritinAtMost', a.ironIfFerritinAtMost)
  ferritin('aasm2024', 'ivOnlyFerritinAbove', a.ivOnlyFerritinAbove)
  ferritin('irlssgMayo2021', 'oralIfFerritinAtMost', m.oralIfFerritinAtMost)
  ferritin('children', 'ironIfFerritinBelow', children.ironIfFerritinBelow)
  ferritin('ceilings', 'trialEvidenceFerritinBelow', c.trialEvidenceFerritinBelow)
  ferritin('dialysis', 'ivIronSucroseIfFerritinBelow', d.ivIronSucroseIfFerritinBelow)
  if (!(a.ironIfFerritinAtMost <= a.ivOnlyFerritinAtMost))
    issues.push({ path: ['ironRules', 'aasm2024', 'ironIfFerritinAtMost'], message: 'the oral-or-IV ferritin threshold is above the IV-only one (ivOnlyFerritinAtMost)' })
  if (!(a.ivOnlyFerritinAbove <= a.ivOnlyFerritinAtMost))
    issues.push({ path: ['ironRules', 'aasm2024', 'ivOnlyFerritinAbove'], message: 'the IV-only ferritin range is empty (ivOnlyFerritinAbove is above ivOnlyFerritinAtMost)' })
  if (!(m.oralIfFerritinAtMost <= m.ivIfFerritinBelow))
    issues.push({ path: ['ironRules', 'irlssgMayo2021', 'oralIfFerritinAtMost'], message: 'the oral-iron ferritin threshold is above the IV one (ivIfFerritinBelow)' })
  return issues
}

/**
 * Cross-references are checked at parse time so that a bundle with a dangling id
 * fails as a whole, with the path of the bad reference, instead of rendering a dead link.
 */
export function findBrokenReferences(bundle: BundleShape): Issue[] {
  const issues: Issue[] = []
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id))
  const known = {
    source: ids(bundle.sources),
    lab: ids(bundle.labs),
    cause: ids(bundle.causes),
    medicationClass: ids(bundle.medicationClasses),
  }
  const expect = (kind: keyof typeof known, id: string, path: (string | number)[]) => {
    if (!known[kind].has(id)) issues.push({ path, message: `unknown ${kind} id "${id}"` })
  }
  const duplicates = (name: string, items: { id: string }[]) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ path: [name, i, 'id'], message: `duplicate id "${item.id}"` })
      seen.add(item.id)
    })
  }
  const sourcesOf = (path: (string | number)[], list: string[]) =>
    list.forEach((id, i) => expect('source', id, [...path, 'sources', i]))

  for (const [name, items] of Object.entries({
    categories: bundle.categories,
    causes: bundle.causes,
    medicationClasses: bundle.medicationClasses,
    medications: bundle.medications,
    labs: bundle.labs,
    mimics: bundle.mimics,
    genes: bundle.genes,
    conflicts: bundle.conflicts,
    sources: bundle.sources,
    comparison: bundle.comparison.rows,
  })) {
    duplicates(name, items)
  }

  // A drug that treats RLS is never listed as its cause: a class that treats RLS belongs only to a
  // treatment-complication entry; a drug holds its class's roles; a treatment or a weak report never
  // sits beside "triggers"/"worsens"; the reported effect agrees with the roles.
  const classRoles = new Map(bundle.medicationClasses.map((cls) => [cls.id, cls.roles]))
  const roleProblems = (roles: readonly string[]): string[] => {
    const problems: string[] = []
    if (new Set(roles).size !== roles.length) problems.push('a role is listed twice')
    const causal = roles.filter((role) => role === 'triggers' || role === 'worsens')
    for (const apart of ['rls treatment', 'insufficient evidence']) {
      if (roles.includes(apart) && causal.length > 0) problems.push(`"${apart}" sits beside "${causal.join('", "')}"`)
    }
    return problems
  }
  bundle.causes.forEach((cause, i) => {
    sourcesOf(['causes', i], cause.sources)
    cause.checks.forEach((id, j) => expect('lab', id, ['causes', i, 'checks', j]))
    cause.medicationClasses?.forEach((id, j) => expect('medicationClass', id, ['causes', i, 'medicationClasses', j]))
    cause.medicationClasses?.forEach((id, j) => {
      if (classRoles.get(id)?.includes('rls treatment') && cause.role !== 'treatment complication')
        issues.push({ path: ['causes', i, 'medicationClasses', j], message: `a ${cause.role} lists the RLS-treatment class "${id}"` })
    })
    cause.figures.forEach((figure, j) => sourcesOf(['causes', i, 'figures', j], figure.sources))
  })
  bundle.medicationClasses.forEach((cls, i) => {
    for (const message of roleProblems(cls.roles)) issues.push({ path: ['medicationClasses', i, 'roles'], message })
    sourcesOf(['medicationClasses', i], cls.sources)
    if (cls.classification) sourcesOf(['medicationClasses', i, 'classification'], cls.classification.sources)
    cls.alternatives.forEach((alt, j) => sourcesOf(['medicationClasses', i, 'alternatives', j], alt.sources))
  })
  bundle.medications.forEach((med, i) => {
    sourcesOf(['medications', i], med.sources)
    expect('medicationClass', med.class, ['medications', i, 'class'])
    for (const message of roleProblems(med.roles)) issues.push({ path: ['medications', i, 'roles'], message })
    const missing = (classRoles.get(med.class) ?? []).filter((role) => !med.roles.includes(role))
    if (missing.length > 0)
      issues.push({ path: ['medications', i, 'roles'], message: `lacks its class's role "${missing.join('", "')}"` })
    const needs = { augmentation: 'rls treatment', treats: 'rls treatment', withdrawal: 'withdrawal risk' } as const
    const needed = med.effect in needs ? needs[med.effect as keyof typeof needs] : undefined
    if (needed !== undefined && !med.roles.includes(needed))
      issues.push({ path: ['medications', i, 'effect'], message: `the effect "${med.effect}" needs the role "${needed}"` })
    med.alternatives.forEach((alt, j) => sourcesOf(['medications', i, 'alternatives', j], alt.sources))
  })
  bundle.labs.forEach((lab, i) => {
    sourcesOf(['labs', i], lab.sources)
    lab.calculatedFrom?.forEach((id, j) => expect('lab', id, ['labs', i, 'calculatedFrom', j]))
    lab.thresholds.forEach((t, j) => sourcesOf(['labs', i, 'thresholds', j], t.sources))
  })
  bundle.comparison.rows.forEach((row, i) => sourcesOf(['comparison', 'rows', i], row.sources))
  bundle.comparison.howToTell.forEach((step, i) => sourcesOf(['comparison', 'howToTell', i], step.sources))
  bundle.mimics.forEach((mimic, i) => sourcesOf(['mimics', i], mimic.sources))
  bundle.genes.forEach((gene, i) => sourcesOf(['genes', i], gene.sources))
  bundle.conflicts.forEach((conflict, i) => {
    conflict.positions.forEach((p, j) => sourcesOf(['conflicts', i, 'positions', j], p.sources))
    conflict.relatedCauses.forEach((id, j) => expect('cause', id, ['conflicts', i, 'relatedCauses', j]))
    conflict.relatedLabs.forEach((id, j) => expect('lab', id, ['conflicts', i, 'relatedLabs', j]))
  })
  const rules = bundle.ironRules
  sourcesOf(['ironRules', 'aasm2024'], rules.aasm2024.sources)
  sourcesOf(['ironRules', 'irlssgMayo2021'], rules.irlssgMayo2021.sources)
  sourcesOf(['ironRules', 'children'], rules.children.sources)
  rules.caveats.forEach((c, i) => sourcesOf(['ironRules', 'caveats', i], c.sources))
  issues.push(...findBrokenPatientReferences(bundle.patientWorkup, known))
  bundle.patientWorkup.nextSteps?.augmentation.medicationClasses.forEach((id, i) =>
    expect('medicationClass', id, ['patientWorkup', 'nextSteps', 'augmentation', 'medicationClasses', i]),
  )
  issues.push(...findBrokenChartCodeReferences(bundle))
  issues.push(...findImplausibleIronRules(rules))
  const augmentation = bundle.augmentation
  sourcesOf(['augmentation', 'statement'], augmentation.statement.sources)
  sourcesOf(['augmentation', 'definition'], augmentation.definition.sources)
  sourcesOf(['augmentation', 'criteria'], augmentation.criteria.sources)
  augmentation.management.forEach((step, i) => sourcesOf(['augmentation', 'management', i], step.sources))
  sourcesOf(['ironRules', 'ceilings'], rules.ceilings.sources)
  sourcesOf(['ironRules', 'dialysis'], rules.dialysis.sources)
  rules.cautions.forEach((c, i) => sourcesOf(['ironRules', 'cautions', i], c.sources))
  bundle.coding.codes.forEach((c, i) => sourcesOf(['coding', 'codes', i], c.sources))
  for (const part of ['essentialCriteria', 'specifiers', 'supportiveFeatures', 'notes'] as const) {
    bundle.diagnosis[part].forEach((item, i) => sourcesOf(['diagnosis', part, i], item.sources))
  }
  return issues
}

export const Bundle = BundleShape.check(refuseOnIssues(findBrokenReferences))

export type Bundle = z.infer<typeof Bundle>
export type Cause = z.infer<typeof Cause>
export type Medication = z.infer<typeof Medication>
export type MedicationClass = z.infer<typeof MedicationClass>
export type Lab = z.infer<typeof Lab>
export type Source = z.infer<typeof Source>
export type Conflict = z.infer<typeof Conflict>
export type Mimic = z.infer<typeof Mimic>
export type Gene = z.infer<typeof Gene>
export type Figure = z.infer<typeof Figure>
export type IronRules = z.infer<typeof IronRules>
export type Augmentation = z.infer<typeof Augmentation>
export type MedicationRole = z.infer<typeof MedicationRole>
export type Coding = z.infer<typeof Coding>
export type Diagnosis = z.infer<typeof Diagnosis>
export type EvidenceGrade = z.infer<typeof EvidenceGrade>
export type CategoryId = z.infer<typeof CategoryId>
export type Category = z.infer<typeof Category>
export type Meta = z.infer<typeof Meta>
export type PatientWorkup = z.infer<typeof PatientWorkup>
export type PatientFinding = z.infer<typeof PatientFinding>
export type NextSteps = z.infer<typeof NextSteps>
export type ChartCodes = z.infer<typeof ChartCodes>
