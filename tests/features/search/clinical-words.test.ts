/**
 * The lookup knows what clinicians type for the condition, its codes, iron overload and children,
 * and every name of the drug vocabulary (the last is checked name by name in search-index.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { createSearchReference } from '../../../src/features/search/search-index'
import { searchBuiltBeforeTests } from './search-built-before-tests'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const search = searchBuiltBeforeTests(() => createSearchReference(bundle, shippedVocabulary()))
const top3 = (query: string) => search(query).slice(0, 3).map((hit) => hit.id)

describe('lookup: the clinical words for the condition, its codes and its patients', () => {
  it.each([
    'Willis-Ekbom',
    'Willis Ekbom',
    'willis-ekbom disease',
    'Willis–Ekbom disease',
    'WED',
    'RLS/WED',
    'G25.81',
    'G2581',
    'G25.8',
    '7A80',
    '32914008',
    'SNOMED CT 32914008',
  ])('"%s" leads to the condition this reference covers', (query) => {
    expect(top3(query)).toContain('condition-rls')
  })

  it('the condition entry names every diagnosis code the bundle lists, and SNOMED CT', () => {
    const hit = search('Willis-Ekbom').find((h) => h.id === 'condition-rls')
    for (const code of bundle.coding.codes) expect(hit?.context).toContain(code.code)
    expect(hit?.context).toContain('SNOMED CT 32914008')
    expect(hit?.href).toBe('/')
  })

  it.each(['haemochromatosis', 'hemochromatosis', 'iron overload', 'Hereditary haemochromatosis'])(
    '"%s" leads to transferrin saturation and ferritin, the tests that show iron overload',
    (query) => {
      const found = search(query).map((hit) => hit.id)
      expect(found).toContain('lab-tsat')
      expect(found).toContain('lab-ferritin')
    },
  )

  it.each(['paediatric', 'pediatric', 'children', 'kids', 'child'])('"%s" leads to what the reference says about children', (query) => {
    const hit = search(query).find((h) => h.id === 'population-children')
    expect(top3(query)).toContain('population-children')
    expect(hit?.context).toContain(bundle.ironRules.children.note)
    if (bundle.ironRules.children.unconfirmed) expect(hit?.context).toMatch(/^Unconfirmed/)
  })

  it.each(['heparin', 'vancomycin', 'cefepime', 'potassium chloride', 'normal saline', 'D5W', 'Lactated Ringer’s', 'insulin glargine', 'Tdap', 'flu vaccine', 'Eliquis'])(
    'a hospital drug, fluid or vaccine, "%s", is recognised as a drug',
    (query) => {
      const hit = search(query).find((h) => h.group === 'Medications')
      expect(hit?.id, query).toMatch(/^(drug|product)-/)
    },
  )
})
