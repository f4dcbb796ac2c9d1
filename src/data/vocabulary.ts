/**
 * The fixed vocabularies of the content (grades, categories, roles...). Kept free of zod so
 * screens can use them without loading the bundle's schema.
 */
export const EVIDENCE_GRADES = ['Established', 'Probable', 'Possible', 'Disputed'] as const

export const CATEGORY_IDS = [
  'iron',
  'kidney',
  'pregnancy',
  'neurological',
  'other-conditions',
  'medications',
  'lifestyle',
  'genetics',
] as const

export const CAUSE_ROLES = [
  'primary risk factor',
  'secondary cause',
  'aggravating factor',
  'mechanism',
  // Medication content: augmentation is a complication of treating RLS, never a cause of it.
  'treatment complication',
] as const

/** The effect on RLS the content reports for a drug; `treats` for an RLS treatment with no other effect listed. */
export const MEDICATION_EFFECTS = ['triggers', 'worsens', 'withdrawal', 'augmentation', 'treats'] as const

/**
 * A drug's role in RLS (the drug-role model). `triggers`: starting it can bring RLS on;
 * `worsens`: it can make existing RLS worse; `withdrawal risk`: taking it is not a trigger, but
 * stopping or cutting it can provoke RLS; `rls treatment`: it treats RLS (never a cause);
 * `insufficient evidence`: reported without adequate evidence (never an alert, never a cause).
 * A drug may hold two (oxycodone: withdrawal risk and RLS treatment). Only `triggers` and
 * `worsens` count as a cause; their meaning for screens lives in features/medications/drug-roles.
 */
export const MEDICATION_ROLES = ['triggers', 'worsens', 'withdrawal risk', 'rls treatment', 'insufficient evidence'] as const

export const MEDICATION_MECHANISMS = [
  'dopamine blockade',
  'serotonergic',
  'antihistaminergic',
  'dopaminergic augmentation',
  'withdrawal',
  'other',
  // Medication content: tricyclics that act mainly on noradrenaline, and drugs with several actions.
  'noradrenergic',
  'mixed',
] as const

export const SOURCE_TYPES = [
  'guideline',
  'systematic review',
  'review',
  'study',
  'point-of-care reference',
  'consumer article',
  // Medication content: drug databases and labels (DailyMed, BNF, dm+d, EMC, WHO ATC index), cited by address.
  'drug database',
] as const

/**
 * The iron reading's verdicts. Pregnancy has its own two: oral iron first (IV iron only as a
 * specialist decision), and oral iron with IV iron avoided (first trimester); never "IV iron only".
 */
export const IRON_VERDICTS = [
  'indicated',
  'iv-only',
  'iv-iron-sucrose',
  'oral-iron-first',
  'oral-iron-avoid-iv',
  'not-indicated',
  'no-iron-overload-risk',
  'outside-evidence',
] as const

/** Where a pregnancy stands: the iron reading depends on it. */
export const PREGNANCY_STAGES = ['first trimester', 'second trimester', 'third trimester', 'postpartum'] as const
