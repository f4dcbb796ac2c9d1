/**
 * Filtering the causes list. The filter lives in the URL (`?category=iron,kidney&grade=Established`)
 * so a reload, the back button or a shared link shows the same list; anything unknown is dropped.
 */
import { CATEGORY_IDS, EVIDENCE_GRADES } from '../../data/vocabulary'
import type { Cause, CategoryId, EvidenceGrade } from '../../data/bundle-schema'
import type { CauseListSearch } from './cause-list-search'

export type CauseFilters = { categories: CategoryId[]; grades: EvidenceGrade[] }

function listFrom<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  if (!value) return []
  const wanted = new Set(value.split(',').map((part) => part.trim().toLowerCase()))
  // Keep the canonical order so the same filter always gives the same URL.
  return allowed.filter((item) => wanted.has(item.toLowerCase()))
}

export function parseCauseFilters(search: CauseListSearch): CauseFilters {
  return { categories: listFrom(search.category, CATEGORY_IDS), grades: listFrom(search.grade, EVIDENCE_GRADES) }
}

/** Canonical order, so the same filter always gives the same, shareable URL. */
export function toCauseListSearch(filters: CauseFilters): CauseListSearch {
  const categories = CATEGORY_IDS.filter((id) => filters.categories.includes(id))
  const grades = EVIDENCE_GRADES.filter((grade) => filters.grades.includes(grade))
  return {
    category: categories.length ? categories.join(',') : undefined,
    grade: grades.length ? grades.join(',') : undefined,
  }
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}

const GRADE_ORDER = new Map(EVIDENCE_GRADES.map((grade, i) => [grade, i]))

/** Strongest evidence first, then alphabetical: the order a clinician scans in. */
export function byGradeThenName(a: Cause, b: Cause): number {
  return (GRADE_ORDER.get(a.grade) ?? 0) - (GRADE_ORDER.get(b.grade) ?? 0) || a.name.localeCompare(b.name)
}

/** Empty selections mean "all"; categories and grades combine with AND. */
export function filterCauses(causes: readonly Cause[], filters: CauseFilters): Cause[] {
  return causes.filter(
    (cause) =>
      (filters.categories.length === 0 || filters.categories.includes(cause.category)) &&
      (filters.grades.length === 0 || filters.grades.includes(cause.grade)),
  )
}

/** How many causes each category would show under the current grade filter (and vice versa). */
export function countCauses(causes: readonly Cause[], filters: CauseFilters) {
  const byCategory = new Map<CategoryId, number>(CATEGORY_IDS.map((id) => [id, 0]))
  const byGrade = new Map<EvidenceGrade, number>(EVIDENCE_GRADES.map((grade) => [grade, 0]))
  for (const cause of filterCauses(causes, { ...filters, categories: [] })) {
    byCategory.set(cause.category, (byCategory.get(cause.category) ?? 0) + 1)
  }
  for (const cause of filterCauses(causes, { ...filters, grades: [] })) {
    byGrade.set(cause.grade, (byGrade.get(cause.grade) ?? 0) + 1)
  }
  return { byCategory, byGrade }
}
