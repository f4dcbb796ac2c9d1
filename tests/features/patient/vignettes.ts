/**
 * Fourteen patients, written from the guideline sources the bundle cites (AASM 2024, IRLSSG/Mayo
 * 2021, Trenkwalder 2016, BMJ Best Practice, Medscape), used by the pure tests, the jsdom
 * screen tests and the Chromium tests alike. Findings are given by id; the screen tests tick
 * them by the label the bundle gives them. Expectations name what each section must say.
 */
export interface Vignette {
  name: string
  input: {
    age?: string
    ageAtOnset?: string
    sex?: 'female' | 'male'
    ticked?: string[]
    pregnancyStage?: 'first trimester' | 'second trimester' | 'third trimester' | 'postpartum'
    medications?: string
    ferritin?: string
    tsat?: string
    serumIron?: string
    tibc?: string
    ironUnit?: 'µmol/L' | 'µg/dL'
  }
  expect: {
    /** The leaning's label starts with this. */
    likelyForm: string
    /** Cause ids that must be listed. */
    causes: string[]
    causesAbsent?: string[]
    /** Conflict ids shown under a cause as "Sources disagree". */
    conflicts?: string[]
    /** Drug ids the screener flags. */
    flagged: string[]
    /** Text the iron section shows. */
    iron: string[]
    /** Lab ids, and for some the reason text expected beside them. */
    tests: string[]
    testsAbsent?: string[]
    reasons?: [lab: string, reason: string][]
    summary: string[]
    /** Text the note must not contain (never reassures while a line is unread). */
    summaryAbsent?: string[]
    /** Drug names that must not appear in the note's "Can trigger or worsen RLS" line. */
    notInTriggerLine?: string[]
    /** Finding ids that must not be derived ("trigger-drug" for a drug that neither triggers nor worsens RLS). */
    findingsAbsent?: string[]
  }
}

const EVERY_PATIENT = ['ferritin', 'serum-iron', 'tibc', 'tsat']

export const VIGNETTES: Vignette[] = [
  {
    name: 'pregnancy: third trimester with low ferritin',
    input: { age: '31', ageAtOnset: '31', sex: 'female', ticked: ['pregnant'], pregnancyStage: 'third trimester', medications: 'Paracetamol 1 g as needed', ferritin: '28', tsat: '14' },
    expect: {
      likelyForm: 'Features point both ways',
      causes: ['pregnancy', 'iron-deficiency'],
      flagged: [],
      iron: ['IRLSSG 2015, pregnancy', 'Oral iron first (pregnancy)', 'Third trimester: IV iron only as a specialist decision', 'obstetric team'],
      tests: [...EVERY_PATIENT, 'cbc', 'folate'],
      testsAbsent: ['pregnancy-test', 'polysomnography'],
      reasons: [['cbc', 'pregnancy']],
      summary: ['G25.81', 'pregnant (third trimester)', 'Pregnancy (Established)'],
    },
  },
  {
    name: 'kidney failure on dialysis, TSAT calculated from serum iron and TIBC',
    input: { age: '68', ageAtOnset: '62', sex: 'male', ticked: ['dialysis'], ferritin: '150', serumIron: '8', tibc: '45', ironUnit: 'µmol/L' },
    expect: {
      likelyForm: 'Leaning secondary',
      causes: ['ckd-esrd-dialysis', 'older-age'],
      flagged: [],
      iron: ['17.8%', 'IV iron sucrose', 'AASM 2024'],
      tests: [...EVERY_PATIENT, 'cbc', 'crp'],
      // On dialysis, creatinine is not ordered "because of older adult" or "onset at 45 or later".
      testsAbsent: ['pregnancy-test', 'creatinine-egfr'],
      reasons: [['crp', 'kidney failure on dialysis']],
      summary: ['G25.81', 'kidney failure on dialysis', 'calculated from serum iron 8 ÷ TIBC 45 µmol/L'],
    },
  },
  {
    name: 'iron deficiency from heavy periods',
    input: { age: '38', ageAtOnset: '37', sex: 'female', ticked: ['heavy-periods'], ferritin: '12', tsat: '9' },
    expect: {
      likelyForm: 'Features point both ways',
      causes: ['iron-deficiency', 'low-iron-stores-blood-loss'],
      flagged: [],
      iron: ['Iron therapy indicated (oral or IV)', 'ferritin 12 ng/mL'],
      tests: [...EVERY_PATIENT, 'cbc', 'pregnancy-test'],
      reasons: [['cbc', 'blood loss'], ['pregnancy-test', 'child-bearing age']],
      summary: ['heavy periods', 'Iron deficiency (with or without anaemia) (Established)'],
    },
  },
  {
    name: 'early-onset familial RLS with normal iron',
    input: { age: '29', ageAtOnset: '17', sex: 'female', ticked: ['family-history'], ferritin: '110', tsat: '32' },
    expect: {
      likelyForm: 'Leaning primary',
      causes: ['family-history-genetic', 'early-onset-familial-rls', 'idiopathic-primary-rls'],
      causesAbsent: ['pregnancy'],
      flagged: [],
      iron: ['Iron therapy not indicated'],
      tests: [...EVERY_PATIENT, 'pregnancy-test'],
      testsAbsent: ['cbc', 'ncs-emg'],
      summary: ['onset at age 17', 'leaning primary'],
    },
  },
  {
    name: 'neuropathy with diabetes on metformin',
    input: { age: '62', ageAtOnset: '58', sex: 'male', ticked: ['diabetes', 'neuropathy-symptoms', 'metformin'], medications: 'Metformin 1 g twice daily\nAtorvastatin 20 mg at night' },
    expect: {
      likelyForm: 'Leaning secondary',
      causes: ['peripheral-neuropathy', 'diabetes', 'vitamin-b12-deficiency'],
      conflicts: ['neuropathy-cause-or-mimic'],
      flagged: [],
      iron: ['Enter ferritin'],
      tests: [...EVERY_PATIENT, 'vitamin-b12', 'hba1c', 'glucose', 'ncs-emg', 'folate', 'creatinine-egfr'],
      testsAbsent: ['pregnancy-test'],
      reasons: [['vitamin-b12', 'metformin use'], ['vitamin-b12', 'neuropathy symptoms']],
      summary: ['diabetes', 'Serum vitamin B12 (neuropathy symptoms; metformin use)'],
    },
  },
  {
    name: 'drug-induced: an SSRI and a dopamine-blocking antiemetic',
    input: { age: '52', ageAtOnset: '51', sex: 'male', medications: 'Sertraline 50 mg PO daily\nReglan 10mg before meals\nCetirizine 10 mg daily', ferritin: '140', tsat: '30' },
    expect: {
      likelyForm: 'Leaning secondary',
      causes: ['drug-antidepressants', 'drug-antiemetics'],
      flagged: ['sertraline', 'metoclopramide'],
      iron: ['Iron therapy not indicated'],
      tests: [...EVERY_PATIENT, 'cbc', 'creatinine-egfr', 'glucose'],
      summary: ['Sertraline', 'Metoclopramide', 'Do not stop a needed drug'],
    },
  },
  {
    name: 'a child with a family history',
    input: { age: '9', ageAtOnset: '7', ticked: ['family-history'], ferritin: '35', tsat: '16' },
    expect: {
      likelyForm: 'Features point both ways',
      causes: ['family-history-genetic', 'early-onset-familial-rls', 'iron-deficiency'],
      flagged: [],
      iron: ['AASM 2024, children', 'ferritin 35 ng/mL is <50 ng/mL'],
      tests: [...EVERY_PATIENT, 'polysomnography', 'cbc'],
      testsAbsent: ['pregnancy-test', 'ncs-emg'],
      reasons: [['polysomnography', 'child']],
      summary: ['age 9', 'children'],
    },
  },
  {
    name: 'an older adult on many drugs with chronic kidney disease',
    input: {
      age: '78',
      ageAtOnset: '70',
      sex: 'female',
      ticked: ['chronic-kidney-disease'],
      medications: 'Amitriptyline 10 mg at night\nDiphenhydramine 25 mg as needed for sleep\nPropranolol 40 mg twice daily\nFurosemide 40 mg mane\nOmeprazole 20 mg daily',
      ferritin: '60',
      tsat: '25',
    },
    expect: {
      likelyForm: 'Leaning secondary',
      causes: ['ckd-esrd-dialysis', 'iron-deficiency', 'older-age', 'drug-antidepressants', 'drug-antihistamines'],
      // Propranolol is reported without adequate evidence: listed apart, never a cause (review A3).
      causesAbsent: ['drug-beta-blockers'],
      flagged: ['amitriptyline', 'diphenhydramine', 'propranolol'],
      iron: ['Iron therapy indicated (oral or IV)'],
      tests: [...EVERY_PATIENT, 'creatinine-egfr', 'bun', 'cbc', 'crp', 'glucose'],
      testsAbsent: ['pregnancy-test'],
      reasons: [['creatinine-egfr', 'chronic kidney disease']],
      summary: [
        'age 78',
        'Can trigger or worsen RLS: Amitriptyline',
        'Diphenhydramine',
        'Reported without adequate evidence (do not stop a needed drug for this alone): Propranolol — Beta-blockers.',
      ],
      notInTriggerLine: ['Propranolol'],
    },
  },
  {
    name: 'an opioid that treats RLS: Targinact',
    input: { age: '64', sex: 'male', medications: 'Targinact 20/10 mg twice daily', ferritin: '150', tsat: '32' },
    expect: {
      likelyForm: 'Not enough entered',
      causes: ['iron-deficiency'],
      causesAbsent: ['opioid-benzodiazepine-withdrawal'],
      flagged: ['oxycodone'],
      iron: ['Iron therapy not indicated'],
      tests: EVERY_PATIENT,
      summary: ['Stopping can provoke RLS: do not stop for RLS; taper: Oxycodone — Opioids (RLS on withdrawal) (may be treating RLS).', 'RLS treatments taken: Oxycodone'],
      summaryAbsent: ['Can trigger or worsen RLS'],
      notInTriggerLine: ['Oxycodone'],
      findingsAbsent: ['trigger-drug'],
    },
  },
  {
    name: 'a dopamine agonist in Parkinson’s disease: pramipexole',
    input: { age: '71', sex: 'female', ticked: ['parkinson-disease'], medications: 'Pramipexole 0.7 mg three times daily\nSinemet 25/100 three times daily' },
    expect: {
      likelyForm: 'Not enough entered',
      causes: ['iron-deficiency'],
      causesAbsent: ['dopaminergic-augmentation'],
      flagged: ['pramipexole', 'levodopa'],
      iron: ['Enter ferritin'],
      tests: EVERY_PATIENT,
      summary: ['RLS treatments taken: Pramipexole', 'Levodopa', 'augmentation applies only when used to treat RLS'],
      summaryAbsent: ['Can trigger or worsen RLS'],
      notInTriggerLine: ['Pramipexole', 'Levodopa'],
      findingsAbsent: ['trigger-drug'],
    },
  },
  {
    name: 'a drug reported without adequate evidence: amlodipine',
    input: { age: '58', sex: 'female', medications: 'Amlodipine 5 mg daily' },
    expect: {
      likelyForm: 'Not enough entered',
      causes: ['iron-deficiency'],
      causesAbsent: ['drug-calcium-channel-blockers'],
      flagged: ['amlodipine'],
      iron: ['Enter ferritin'],
      tests: EVERY_PATIENT,
      summary: ['Reported without adequate evidence (do not stop a needed drug for this alone): Amlodipine — Calcium-channel blockers.'],
      summaryAbsent: ['Can trigger or worsen RLS'],
      notInTriggerLine: ['Amlodipine'],
      findingsAbsent: ['trigger-drug'],
    },
  },
  {
    name: 'a misspelt trigger: sertralene',
    input: { age: '40', sex: 'female', medications: 'sertralene 50 mg' },
    expect: {
      likelyForm: 'Not enough entered',
      causes: ['iron-deficiency'],
      flagged: [],
      iron: ['Enter ferritin'],
      tests: EVERY_PATIENT,
      summary: ['Not recognised: check these lines: sertralene 50 mg (did you mean Sertraline?).'],
      summaryAbsent: ['no drug in the list entered is a known RLS trigger'],
    },
  },
  {
    name: 'nothing entered',
    input: {},
    expect: {
      likelyForm: 'Not enough entered',
      causes: ['iron-deficiency'],
      flagged: [],
      iron: ['Enter ferritin'],
      tests: EVERY_PATIENT,
      testsAbsent: ['cbc', 'pregnancy-test', 'polysomnography'],
      summary: ['G25.81', 'Iron studies: not yet available', 'Medications: not reviewed here'],
    },
  },
  {
    name: 'sources disagree: multiple sclerosis, and iron readings that differ',
    input: { age: '47', ageAtOnset: '46', sex: 'female', ticked: ['multiple-sclerosis'], ferritin: '90', tsat: '15' },
    expect: {
      likelyForm: 'Leaning secondary',
      causes: ['iron-deficiency', 'multiple-sclerosis'],
      conflicts: ['multiple-sclerosis'],
      flagged: [],
      iron: ['AASM 2024', 'IRLSSG/Mayo 2021 reading differs', 'Iron therapy indicated (oral or IV)'],
      tests: [...EVERY_PATIENT, 'cbc'],
      summary: ['IRLSSG/Mayo 2021 differs', 'Multiple sclerosis (Probable)'],
    },
  },
]

/** The sources-disagree vignette also shows the bundle's conflict on the cause. */
export const DISAGREEMENT_CONFLICT = 'multiple-sclerosis'
