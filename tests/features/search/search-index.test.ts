import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NO_KNOWN_ASSOCIATION, createSearchReference, normaliseTerm, searchReferenceFor } from '../../../src/features/search/search-index'
import { searchBuiltBeforeTests } from './search-built-before-tests'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const search = searchBuiltBeforeTests(() => createSearchReference(bundle, vocabulary))
const top3 = (query: string) => search(query).slice(0, 3).map((hit) => hit.id)
const medicationIdsOf = (query: string) => search(query).map((hit) => hit.id)

describe('lookup ranking: the right entry in the top 3', () => {
  it.each([
    // typos
    ['feritin', 'lab-ferritin'],
    ['parkinsons', 'cause-parkinson-disease'],
    ['sjogren', 'cause-sjogren-syndrome'],
    ['sertralin', 'med-sertraline'],
    ['metoclopromide', 'med-metoclopramide'],
    ['pregnancy', 'cause-pregnancy'],
    // lay words and synonyms
    ['coffee', 'cause-caffeine'],
    ['kidney failure', 'cause-ckd-esrd-dialysis'],
    ['renal', 'cause-ckd-esrd-dialysis'],
    ['pregnant', 'cause-pregnancy'],
    ['celiac', 'cause-coeliac-disease'],
    ['anemia', 'cause-iron-deficiency-anaemia'],
    ['smoking', 'cause-smoking-nicotine'],
    // brand names, US and UK
    ['Zoloft', 'med-sertraline'],
    ['Lustral', 'med-sertraline'],
    ['Reglan', 'med-metoclopramide'],
    ['Benadryl', 'med-diphenhydramine'],
    ['Seroquel', 'med-quetiapine'],
    // abbreviations
    ['TSAT', 'lab-tsat'],
    ['TIBC', 'lab-tibc'],
    ['CBC', 'lab-cbc'],
    ['HbA1c', 'lab-hba1c'],
    ['ESRD', 'cause-ckd-esrd-dialysis'],
    ['MS', 'cause-multiple-sclerosis'],
    // genes and codes
    ['MEIS1', 'gene-meis1'],
    ['BTBD9', 'gene-btbd9'],
    ['2276-4', 'lab-ferritin'],
    // prefixes while typing
    ['ferr', 'lab-ferritin'],
    ['metoc', 'med-metoclopramide'],
    ['preg', 'cause-pregnancy'],
    ['quet', 'med-quetiapine'],
    // accents either way
    ['Sjögren', 'cause-sjogren-syndrome'],
  ])('"%s" → %s', (query, expected) => {
    expect(top3(query)).toContain(expected)
  })

  it('groups results as causes, medications, tests and pages, at most five each', () => {
    const hits = search('iron')
    expect(hits.length).toBeGreaterThan(0)
    for (const group of ['Causes', 'Medications', 'Tests', 'Pages']) {
      expect(hits.filter((h) => h.group === group).length).toBeLessThanOrEqual(5)
    }
    expect(hits.every((hit) => hit.href.startsWith('/'))).toBe(true)
  })

  it('links each kind of result where the entry is shown', () => {
    expect(search('Zoloft')[0]).toMatchObject({ group: 'Medications', href: '/medications?filter=Sertraline' })
    expect(search('ferritin').find((h) => h.id === 'lab-ferritin')).toMatchObject({ group: 'Tests', href: '/workup#lab-ferritin' })
    expect(search('pregnancy')[0]).toMatchObject({ group: 'Causes', href: '/causes/pregnancy' })
    expect(search('workup').some((h) => h.group === 'Pages' && h.href === '/workup')).toBe(true)
  })

  it('answers an empty query with nothing, and builds one index per bundle', () => {
    expect(search('')).toEqual([])
    expect(search('   ')).toEqual([])
    const bundleOnly = searchReferenceFor(bundle)
    const withVocabulary = searchReferenceFor(bundle, vocabulary)
    expect(searchReferenceFor(bundle)).toBe(bundleOnly)
    expect(searchReferenceFor(bundle, vocabulary)).toBe(withVocabulary)
    // The cached index answers (an empty cache would return the same nothing twice), and the two are distinct:
    // only the one with the vocabulary knows a drug the bundle does not list.
    expect(withVocabulary).not.toBe(bundleOnly)
    expect(bundleOnly('ferritin').map((hit) => hit.id)).toContain('lab-ferritin')
    expect(withVocabulary('metformin').some((hit) => hit.group === 'Medications')).toBe(true)
    expect(bundleOnly('metformin').some((hit) => hit.group === 'Medications')).toBe(false)
  })
})

describe('lookup with the drug vocabulary', () => {
  const medicationIds = (query: string) => search(query).filter((hit) => hit.group === 'Medications').map((hit) => hit.id)

  it('finds every ingredient and every brand and alias of the vocabulary among the medication results', () => {
    const triggerIds = new Set(bundle.medications.map((m) => m.id))
    const misses: string[] = []
    for (const ingredient of vocabulary.ingredients) {
      if (triggerIds.has(ingredient.id)) continue
      for (const name of [ingredient.name, ...ingredient.brands.us, ...ingredient.brands.uk, ...ingredient.aliases]) {
        if (!medicationIds(name).includes(`drug-${ingredient.id}`)) misses.push(`${name} → ${ingredient.id}`)
      }
    }
    for (const product of vocabulary.products) {
      for (const name of [product.name, ...product.otherNames]) {
        if (!medicationIds(name).includes(`product-${product.id}`)) misses.push(`${name} → ${product.id}`)
      }
    }
    expect(misses).toEqual([])
  })

  it('a drug with no known association says so', () => {
    for (const query of ['metformin', 'Lipitor', 'atorvastatin', 'Clarityn']) {
      const hit = search(query).find((h) => h.id.startsWith('drug-'))
      expect(hit?.context, query).toBe(NO_KNOWN_ASSOCIATION)
    }
    // A trigger is never described that way, even when the vocabulary is loaded.
    for (const query of ['sertraline', 'Zoloft', 'metoclopramide']) {
      const hits = search(query)
      expect(hits.some((h) => h.id.startsWith('med-')), query).toBe(true)
      expect(hits.filter((h) => h.id.startsWith('med-')).map((h) => h.context), query).not.toContain(NO_KNOWN_ASSOCIATION)
    }
  })

  it('a combination brand leads to its trigger ingredient', () => {
    const diphenhydramine = bundle.medications.find((m) => m.id === 'diphenhydramine')!
    const tylenolPm = search('Tylenol PM')[0]
    expect(tylenolPm).toMatchObject({ id: 'product-tylenol-pm', href: `/medications?filter=${encodeURIComponent(diphenhydramine.name)}` })
    expect(tylenolPm?.context).toContain(`contains ${diphenhydramine.name}`)
    expect(search('Night Nurse')[0]?.context).toContain('Promethazine')
    expect(search('Percocet')[0]?.href).toBe('/medications?filter=Oxycodone')
    expect(search('co-codamol')[0]?.href).toBe('/medications?filter=Codeine')
    // A combination without a trigger says so too.
    expect(search('Augmentin')[0]?.context).toContain('no known association')
  })

  it('finds the brands a new user tries first', () => {
    expect(top3('Abilify')).toContain('med-aripiprazole')
    expect(medicationIds('Dramamine')).toEqual(expect.arrayContaining(['product-dramamine']))
    expect(medicationIds('Tylenol PM')).toContain('product-tylenol-pm')
  })

  it('without the vocabulary, still finds the bundle', () => {
    expect(createSearchReference(bundle)('Zoloft')[0]?.id).toBe('med-sertraline')
    expect(createSearchReference(bundle)('metformin').some((hit) => hit.id.startsWith('drug-'))).toBe(false)
  })
})

describe('lookup ranking options', () => {
  it('words that do not all sit in one entry fall back to any word', () => {
    // No entry has both "sert" (not the last word, so not a prefix) and "metoclopramide".
    expect(search('sert metoclopramide')[0]?.id).toBe('med-metoclopramide')
    expect(medicationIdsOf('ferritin zoloft')).toEqual(expect.arrayContaining(['lab-ferritin', 'med-sertraline']))
  })

  it('only the last word is read as the start of a longer one', () => {
    expect(top3('sert metoclopramide')).not.toContain('med-sertraline')
    expect(top3('metoclopramide sert')).toContain('med-sertraline')
  })

  it('an entry named by the word ranks above entries that only mention it', () => {
    expect(top3('antidepressant')).toEqual(['cause-drug-antidepressants', 'class-other-antidepressants', 'class-tcas'])
    expect(search('ferritin').slice(0, 2).map((hit) => hit.id)).toEqual(['lab-ferritin', 'cause-iron-deficiency'])
    expect(search('caffeine')[0]?.id).toBe('cause-caffeine')
  })

  it('a word of 5 to 9 letters allows one typo, not two', () => {
    expect(top3('sertaline')).toContain('med-sertraline')
    // "sertrlne" (8 letters) is two edits from sertraline: one typo is allowed under 10 letters, not two.
    expect(search('sertrlne').map((hit) => hit.id)).not.toContain('med-sertraline')
    expect(top3('ferritn')).toEqual(['lab-ferritin', 'cause-iron-deficiency', 'lab-crp'])
  })
})

describe('lookup on hostile input', () => {
  it.each([
    ['regex characters', '(.*+?[]{}|\\^$'],
    ['HTML and script', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['10,000 characters', 'ferritin '.repeat(1200)],
    ['emoji', '🦵🦵 restless 💊'],
    ['right-to-left text', 'متلازمة تململ الساقين'],
    ['NUL', 'iron\u0000deficiency'],
  ])('takes %s without throwing', (_name, query) => {
    expect(() => search(query)).not.toThrow()
    expect(Array.isArray(search(query))).toBe(true)
  })

  it.each([
    ['one 10,000-letter word', 'x'.repeat(10_000)],
    ['a name then a 10,000-letter word', `sertraline ${'x'.repeat(10_000)}`],
    ['a 10,000-letter word that starts like a name', `sertraline${'e'.repeat(10_000)}`],
  ])('answers %s at once: no typo matching on a word longer than any name', (_name, query) => {
    search('warm up')
    const started = performance.now()
    const hits = search(query)
    expect(performance.now() - started).toBeLessThan(200)
    expect(hits.every((hit) => hit.href.startsWith('/'))).toBe(true)
  })

  it('never throws and never returns more than four groups of five (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const hits = search(query)
        return hits.length <= 20 && hits.every((h) => typeof h.title === 'string' && h.href.startsWith('/'))
      }),
      { numRuns: 300 },
    )
  })
})

describe('normaliseTerm', () => {
  it('folds case and accents, and drops one-letter terms', () => {
    expect(normaliseTerm('Sjögren')).toBe('sjogren')
    expect(normaliseTerm('ß')).toBe(null)
    expect(normaliseTerm('a')).toBe(null)
  })
})
