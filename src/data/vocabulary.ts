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

export const CAUSE_ROLES = ['primary risk factor', 'secondary cause', 'aggravating factor', 'mechanism'] as const

export const MEDICATION_EFFECTS = ['triggers', 'worsens', 'withdrawal', 'augmentation'] as const

export const MEDICATION_MECHANISMS = [
  'dopamine blockade',
  'serotonergic',
  'antihistaminergic',
  'dopaminergic augmentation',
  'withdrawal',
  'other',
] as const

export const SOURCE_TYPES = [
  'guideline',
  'systematic review',
  'review',
  'study',
  'point-of-care reference',
  'consumer article',
] as const
