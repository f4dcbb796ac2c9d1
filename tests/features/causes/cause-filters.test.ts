import { describe, expect, it } from 'vitest'
import { CATEGORY_IDS } from '../../../src/data/bundle-schema'
import { causeListSearch } from '../../../src/features/causes/cause-list-search'
import {
  countCauses,
  filterCauses,
  parseCauseFilters,
  toCauseListSearch,
  toggle,
} from '../../../src/features/causes/cause-filters'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()

describe('cause filters from the URL', () => {
  it('reads known categories and grades, in canonical order, case-insensitively', () => {
    expect(parseCauseFilters({ category: 'kidney,IRON', grade: 'possible,Established' })).toEqual({
      categories: ['iron', 'kidney'],
      grades: ['Established', 'Possible'],
    })
  })

  it('drops unknown values and treats nothing as "all"', () => {
    expect(parseCauseFilters({ category: 'spleen,,iron', grade: 'Certain' })).toEqual({ categories: ['iron'], grades: [] })
    expect(parseCauseFilters({})).toEqual({ categories: [], grades: [] })
  })

  it('falls back silently for params of the wrong type', () => {
    expect(causeListSearch({ category: 42, grade: ['x'] })).toEqual({ category: undefined, grade: undefined })
  })

  it('writes the same URL for the same filter and omits empty lists', () => {
    expect(toCauseListSearch({ categories: ['iron', 'kidney'], grades: [] })).toEqual({ category: 'iron,kidney', grade: undefined })
    expect(parseCauseFilters(toCauseListSearch({ categories: ['medications'], grades: ['Probable'] }))).toEqual({
      categories: ['medications'],
      grades: ['Probable'],
    })
  })

  it('toggles an item in and out', () => {
    expect(toggle(['iron'], 'kidney')).toEqual(['iron', 'kidney'])
    expect(toggle(['iron', 'kidney'], 'iron')).toEqual(['kidney'])
  })
})

describe('filtering the real causes', () => {
  it('shows every cause with no filter', () => {
    expect(filterCauses(bundle.causes, { categories: [], grades: [] })).toHaveLength(bundle.causes.length)
  })

  it('combines categories with OR and grades with AND', () => {
    const shown = filterCauses(bundle.causes, { categories: ['iron', 'kidney'], grades: ['Established'] })
    expect(shown.length).toBeGreaterThan(0)
    for (const cause of shown) {
      expect(['iron', 'kidney']).toContain(cause.category)
      expect(cause.grade).toBe('Established')
    }
    expect(shown.map((c) => c.id)).toContain('iron-deficiency')
  })

  it('counts per category under the grade filter, and per grade under the category filter', () => {
    const { byCategory, byGrade } = countCauses(bundle.causes, { categories: ['iron'], grades: [] })
    const total = [...byCategory.values()].reduce((a, b) => a + b, 0)
    expect(total).toBe(bundle.causes.length)
    for (const id of CATEGORY_IDS) expect(byCategory.get(id)).toBe(bundle.causes.filter((c) => c.category === id).length)
    const ironTotal = [...byGrade.values()].reduce((a, b) => a + b, 0)
    expect(ironTotal).toBe(bundle.causes.filter((c) => c.category === 'iron').length)
  })
})
