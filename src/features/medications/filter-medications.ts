/**
 * The "Filter medications" box: narrows the list by generic name, US or UK brand, alias,
 * a common misspelling, or class, ignoring case, accents, spaces and hyphens ("co care" finds
 * co-careldopa).
 */
import type { Bundle, Medication, MedicationClass } from '../../data/bundle-schema'
import { compactForFilter } from './fold-text'
import { FILTER_MAX_LENGTH } from './medications-search'

export type MedicationGroup = {
  medicationClass: MedicationClass
  medications: Medication[]
}

export type FilterContent = Pick<Bundle, 'medications' | 'medicationClasses'>

const byName = (a: Medication, b: Medication) => a.name.localeCompare(b.name, 'en')

const groupsCache = new WeakMap<FilterContent['medications'], { classes: FilterContent['medicationClasses']; groups: MedicationGroup[] }>()

/** Every class with its drugs: classes in the bundle's order, drugs alphabetical (a class can hold 30). */
export function groupByClass(content: FilterContent): MedicationGroup[] {
  const cached = groupsCache.get(content.medications)
  if (cached && cached.classes === content.medicationClasses) return cached.groups
  const groups = content.medicationClasses.map((medicationClass) => ({
    medicationClass,
    medications: content.medications.filter((medication) => medication.class === medicationClass.id).sort(byName),
  }))
  groupsCache.set(content.medications, { classes: content.medicationClasses, groups })
  return groups
}

/** Every name a clinician may type. Misspellings (`matchOnly`) find the drug but are never shown. */
function namesOf(medication: Medication): string[] {
  return [medication.name, ...medication.brands.us, ...medication.brands.uk, ...medication.aliases, ...(medication.matchOnly ?? [])]
}

/**
 * The groups the filter leaves: a class whose name matches keeps all its drugs; otherwise
 * only its matching drugs, and a class with none is left out. A blank filter leaves everything.
 */
export function filterMedications(content: FilterContent, filter: string): MedicationGroup[] {
  const groups = groupByClass(content)
  if (filter.trim() === '') return groups
  // The first FILTER_MAX_LENGTH characters, as the box and the address keep: a pasted page of text costs no more.
  const wanted = compactForFilter(filter.slice(0, FILTER_MAX_LENGTH))
  // Punctuation or emoji only: nothing to match on, so nothing matches.
  if (wanted === '') return []
  const matches = (text: string) => compactForFilter(text).includes(wanted)
  return groups.flatMap((group) => {
    if (matches(group.medicationClass.name)) return [group]
    const medications = group.medications.filter((medication) => namesOf(medication).some(matches))
    return medications.length > 0 ? [{ ...group, medications }] : []
  })
}

export function countMedications(groups: readonly MedicationGroup[]): number {
  return groups.reduce((total, group) => total + group.medications.length, 0)
}

/** What the drug vocabulary (non-triggers and combination products) says about a name the list lacks. */
export type OutsideTheList = {
  /** Combination products with a listed drug among their ingredients: "Tylenol PM" → diphenhydramine. */
  combinations: { name: string; ingredients: Medication[]; ambiguous?: string }[]
  /** Drugs the vocabulary recognises that have no known association with RLS. */
  recognised: string[]
}

type VocabularyNames = {
  ingredients: { name: string; aliases: string[]; brands: { us: string[]; uk: string[] } }[]
  products: { name: string; otherNames: string[]; ingredients: string[]; ambiguous?: string | undefined }[]
}

/**
 * A filter that finds nothing in the list may still name a combination product that contains a
 * listed drug, or a drug recognised as having no known association: say which, so an empty list
 * never reads as reassurance about a product that hides a trigger. Names match from their start.
 */
export function findOutsideTheList(content: FilterContent, vocabulary: VocabularyNames, filter: string, limit = 5): OutsideTheList {
  const wanted = compactForFilter(filter.slice(0, FILTER_MAX_LENGTH))
  const result: OutsideTheList = { combinations: [], recognised: [] }
  if (wanted.length < 3) return result
  const matches = (names: readonly string[]) => names.some((name) => compactForFilter(name).startsWith(wanted))
  const medications = new Map(content.medications.map((medication) => [medication.id, medication]))
  for (const product of vocabulary.products) {
    if (result.combinations.length >= limit || !matches([product.name, ...product.otherNames])) continue
    const ingredients = product.ingredients.flatMap((id) => medications.get(id) ?? [])
    if (ingredients.length > 0) result.combinations.push({ name: product.name, ingredients, ...(product.ambiguous ? { ambiguous: product.ambiguous } : {}) })
    else result.recognised.push(product.name)
  }
  for (const ingredient of vocabulary.ingredients) {
    if (result.recognised.length >= limit) break
    if (matches([ingredient.name, ...ingredient.aliases, ...ingredient.brands.us, ...ingredient.brands.uk])) result.recognised.push(ingredient.name)
  }
  result.recognised = result.recognised.slice(0, limit)
  return result
}
