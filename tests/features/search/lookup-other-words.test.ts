/**
 * The lookup finds each entry by the other words a clinician types for it, not only by its title:
 * a code typed without its dot, a name written as one word, a gene's other symbol, the patient's
 * word for a mimic. And the line under each result says what the bundle says, once.
 */
import { describe, expect, it } from 'vitest'
import { rolesInWords } from '../../../src/features/medications/drug-roles'
import { createSearchReference, searchReferenceFor, tokenizeForLookup } from '../../../src/features/search/search-index'
import { searchBuiltBeforeTests } from './search-built-before-tests'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const search = searchBuiltBeforeTests(() => createSearchReference(bundle, vocabulary))
const top3 = (query: string) => search(query).slice(0, 3).map((hit) => hit.id)

describe('lookup: the condition by its other names and codes', () => {
  it('the ICD-10-CM code typed without its dot, "G2581", finds the condition even with no other code one typo away', () => {
    // The real bundle also lists G25.8, which "G2581" is one typo from: keep only G25.81.
    const icd10cm = bundle.coding.codes.filter((code) => code.code === 'G25.81')
    expect(icd10cm).toHaveLength(1)
    const onlyG2581 = createSearchReference({ ...bundle, coding: { ...bundle.coding, codes: icd10cm } })
    expect(onlyG2581('G2581')[0]?.id).toBe('condition-rls')
    expect(onlyG2581('G25.81')[0]?.id).toBe('condition-rls')
  })

  it('"Willisekbom" typed as one word finds the condition, shown under its name', () => {
    expect(top3('Willisekbom')).toContain('condition-rls')
    expect(search('Willisekbom').find((hit) => hit.id === 'condition-rls')).toMatchObject({ group: 'Pages', title: 'Restless legs syndrome (Willis-Ekbom disease)' })
  })

  it("the condition's line lists each diagnosis code of the bundle once, in its order, and marks an unconfirmed one", () => {
    const context = search('Willis-Ekbom').find((hit) => hit.id === 'condition-rls')?.context ?? ''
    const [lead, ...listed] = context.split(' · ')
    expect(lead).toBe('The condition this reference covers')
    expect(listed).toEqual(bundle.coding.codes.map((code) => `${code.system} ${code.code}${code.unconfirmed ? ' (unconfirmed)' : ''}`))
    // The bundle carries SNOMED CT itself, as unconfirmed: the line must neither repeat it nor drop the mark.
    expect(bundle.coding.codes.find((code) => code.code === '32914008')?.unconfirmed).toBe(true)
    expect(context.match(/32914008/g)).toHaveLength(1)
    expect(context).toContain('SNOMED CT 32914008 (unconfirmed)')
  })

  it('a confirmed code is shown without the unconfirmed mark', () => {
    const confirmed = createSearchReference({
      ...bundle,
      coding: { ...bundle.coding, codes: bundle.coding.codes.map((code) => ({ ...code, unconfirmed: undefined })) },
    })
    const context = confirmed('Willis-Ekbom').find((hit) => hit.id === 'condition-rls')?.context
    expect(context).toContain('SNOMED CT 32914008')
    expect(context).not.toContain('unconfirmed')
  })
})

describe('lookup: a gene by its other names', () => {
  it.each([
    ['MEK5', 'gene-map2k5'],
    ['LBXCOR1', 'gene-skor1'],
    ['Meis homeobox', 'gene-meis1'],
    ['BC034767', 'gene-tox3'],
  ])('"%s" finds %s', (query, gene) => {
    expect(top3(query)).toContain(gene)
  })

  it('the word "gene" lists the genes and the inherited-risk causes, not a drug entry that only mentions genes', () => {
    const genetics = new Set(bundle.causes.filter((cause) => cause.category === 'genetics').map((cause) => `cause-${cause.id}`))
    const causes = search('gene').filter((hit) => hit.group === 'Causes')
    expect(causes.filter((hit) => hit.id.startsWith('gene-')).length).toBeGreaterThanOrEqual(3)
    expect(causes.filter((hit) => !hit.id.startsWith('gene-') && !genetics.has(hit.id))).toEqual([])
  })

  it('a gene opens the causes filtered to genetics when the bundle has no inherited-risk cause to open', () => {
    const withoutInheritedRisk = createSearchReference({
      ...bundle,
      causes: bundle.causes.filter((cause) => !(cause.category === 'genetics' && cause.role === 'primary risk factor')),
    })
    expect(withoutInheritedRisk('MEIS1').find((hit) => hit.id === 'gene-meis1')?.href).toBe('/causes?category=genetics')
  })
})

describe('lookup: a mimic by the words patients use for it', () => {
  it.each([
    ['charley horse', 'mimic-leg-cramps'],
    ['sciatica', 'mimic-radiculopathy-mimic'],
    ['burning feet', 'mimic-peripheral-neuropathy-mimic'],
    ['heavy legs', 'mimic-venous-stasis'],
  ])('"%s" finds %s', (query, mimic) => {
    expect(top3(query)).toContain(mimic)
  })
})

describe('lookup: spellings the bundle lists only for matching', () => {
  // Spellings a content editor adds so the lookup finds an entry; they are searched, never shown.
  it('a match-only spelling of a drug or a cause finds it, and is never shown', () => {
    const withSpellings = createSearchReference({
      ...bundle,
      medications: bundle.medications.map((med) => (med.id === 'metoclopramide' ? { ...med, matchOnly: ['Maxeran'] } : med)),
      causes: bundle.causes.map((cause) => (cause.id === 'parkinson-disease' ? { ...cause, matchOnly: ['paralysis agitans'] } : cause)),
    })
    for (const [query, id] of [
      ['Maxeran', 'med-metoclopramide'],
      ['paralysis agitans', 'cause-parkinson-disease'],
    ] as const) {
      const hit = withSpellings(query).find((h) => h.id === id)
      expect(hit, query).toBeDefined()
      expect(`${hit?.title} ${hit?.context}`).not.toContain(query)
      expect(search(query).map((h) => h.id), `${query} without the spelling`).not.toContain(id)
    }
  })
})

describe('lookup: what a combination contains', () => {
  it('a combination of two listed drugs names both, each with its roles and grade', () => {
    const product = vocabulary.products.find((p) => p.id === 'symbyax')!
    const [first, second] = product.ingredients.map((id) => bundle.medications.find((m) => m.id === id)!)
    expect(first && second).toBeTruthy()
    const hit = search('Symbyax').find((h) => h.id === 'product-symbyax')
    expect(hit?.context).toBe(
      `Combination: ${first!.name} + ${second!.name} · contains ${first!.name} (${rolesInWords(first!.roles)} · ${first!.grade}), ${second!.name} (${rolesInWords(second!.roles)} · ${second!.grade})`,
    )
    // The link filters the table to the first of them.
    expect(hit?.href).toBe(`/medications?filter=${encodeURIComponent(first!.name)}`)
  })
})

describe("lookup: the children's entry", () => {
  it.each(['teenagers', 'adolescents', 'pediatric'])('"%s" finds what the reference says about children', (query) => {
    expect(top3(query)).toContain('population-children')
  })

  it('shows a confirmed note as it is, and an unconfirmed one marked Unconfirmed', () => {
    const { children } = bundle.ironRules
    const withChildren = (unconfirmed: boolean) =>
      createSearchReference({ ...bundle, ironRules: { ...bundle.ironRules, children: { ...children, unconfirmed } } })('paediatric').find(
        (hit) => hit.id === 'population-children',
      )?.context
    expect(withChildren(false)).toBe(children.note)
    expect(withChildren(true)).toBe(`Unconfirmed · ${children.note}`)
  })
})

describe('lookup: a combination whose ingredient neither list knows', () => {
  it('still shows, naming that ingredient by its id, and opens the medications page', () => {
    const product = vocabulary.products.find((p) => p.id === 'symbyax')!
    const unknownIngredient = { ...vocabulary, products: [{ ...product, ingredients: ['no-such-ingredient'] }] }
    const hit = createSearchReference(bundle, unknownIngredient)('Symbyax').find((h) => h.id === 'product-symbyax')
    expect(hit?.context).toMatch(/^Combination: no-such-ingredient · recognised, no known association/)
    expect(hit?.href).toBe('/medications')
  })
})

describe('tokenizeForLookup on pasted text', () => {
  it('splits at brackets, punctuation and line breaks without leaving empty words', () => {
    expect(tokenizeForLookup('(Ferritin)\r\nvitamin D')).toEqual(['Ferritin', 'vitamin', 'D', 'vitaminD'])
    expect(tokenizeForLookup('TSAT\nTIBC\rB12')).toEqual(['TSAT', 'TIBC', 'B12'])
  })
})

describe('lookup: one index per bundle and drug vocabulary', () => {
  it('the lookup with the vocabulary is built once, and is not the one without it', () => {
    const withVocabulary = searchReferenceFor(bundle, vocabulary)
    const withoutVocabulary = searchReferenceFor(bundle)
    expect(searchReferenceFor(bundle, vocabulary)).toBe(withVocabulary)
    expect(searchReferenceFor(bundle)).toBe(withoutVocabulary)
    expect(withoutVocabulary).not.toBe(withVocabulary)
    expect(withVocabulary('metformin').map((hit) => hit.id)).toContain('drug-metformin')
    expect(withoutVocabulary('metformin').map((hit) => hit.id)).not.toContain('drug-metformin')
  })
})
