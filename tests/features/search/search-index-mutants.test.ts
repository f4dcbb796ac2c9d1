/**
 * The lookup's typo allowance and word combination, edge by edge: how many typos a word of a given
 * length may carry, and when every word must sit in one entry.
 */
import { describe, expect, it } from 'vitest'
import { rolesInWords } from '../../../src/features/medications/drug-roles'
import { MAX_FUZZY_TERM_LENGTH, NO_KNOWN_ASSOCIATION, createSearchReference, tokenizeForLookup } from '../../../src/features/search/search-index'
import { SITE_PAGES } from '../../../src/lib/site-pages'
import { searchBuiltBeforeTests } from './search-built-before-tests'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const search = searchBuiltBeforeTests(() => createSearchReference(bundle, vocabulary))
const idsOf = (query: string) => search(query).map((hit) => hit.id)

describe('lookup: typos allowed by the length of the word', () => {
  it('a 5-letter word may carry one typo: "zolft" still finds sertraline (Zoloft)', () => {
    expect('zolft').toHaveLength(5)
    expect(idsOf('zolft')).toContain('med-sertraline')
  })

  it('a 4-letter word may carry none: "TSAB" is another word, not transferrin saturation (TSAT)', () => {
    expect(idsOf('TSAT')).toContain('lab-tsat')
    expect(idsOf('TSAB')).not.toContain('lab-tsat')
  })

  it('a 10-letter word may carry two typos: "sertrlinee" still finds sertraline', () => {
    expect('sertrlinee').toHaveLength(10)
    expect(idsOf('sertrlinee')).toContain('med-sertraline')
  })

  it('a name of exactly 30 letters still forgives a typo; a longer one is searched only as typed', () => {
    const thirty = 'Dipalmitoylphosphatidylcholine'
    expect(thirty).toHaveLength(MAX_FUZZY_TERM_LENGTH)
    expect(idsOf(`${thirty.slice(0, -1)}r`)).toContain('drug-colfosceril-palmitate')

    const longer = 'Dimethylaminopropionylphenothiazine'
    expect(longer.length).toBeGreaterThan(MAX_FUZZY_TERM_LENGTH)
    expect(idsOf(longer)).toContain('drug-dimethylaminopropionylphenothiazine')
    expect(idsOf(`${longer.slice(0, -1)}r`)).not.toContain('drug-dimethylaminopropionylphenothiazine')
  })
})

describe('lookup: every word in one entry first', () => {
  it('"iron deficiency" lists the entries about iron deficiency, not every iron product', () => {
    expect(idsOf('iron')).toContain('med-oral-iron-salt-not-stated')
    const hits = search('iron deficiency')
    expect(hits.map((hit) => hit.id)).toContain('cause-iron-deficiency')
    expect(hits.filter((hit) => hit.group === 'Medications')).toEqual([])
  })
})

describe('lookup: a half-typed name before a name one typo away', () => {
  it.each([
    ['diazep', 'med-diazepam', 'drug-dilazep'],
    ['maprotilin', 'med-maprotiline', 'drug-aprotinin'],
    ['levod', 'med-levodopa', 'product-levo-t'],
  ])('"%s" leads first to %s, the name it begins, not %s', (query, begun, typoAway) => {
    const ids = idsOf(query)
    expect(ids[0]).toBe(begun)
    expect(ids).toContain(typoAway)
  })
})

describe('lookup: the line and the link of each kind of entry', () => {
  const hitFor = (query: string, id: string) => search(query).find((hit) => hit.id === id)

  it('a cause shows its evidence grade and summary and opens its page', () => {
    const cause = bundle.causes.find((c) => c.id === 'pregnancy')!
    expect(hitFor(cause.name, 'cause-pregnancy')).toMatchObject({ group: 'Causes', title: cause.name, context: `${cause.grade} · ${cause.summary}`, href: '/causes/pregnancy' })
  })

  it('a gene shows its region, grade and summary and opens the inherited-risk cause', () => {
    const gene = bundle.genes.find((g) => g.id === 'meis1')!
    const genetics = bundle.causes.find((c) => c.category === 'genetics' && c.role === 'primary risk factor')!
    expect(hitFor('MEIS1', 'gene-meis1')).toMatchObject({
      group: 'Causes',
      title: `${gene.symbol} (${gene.region})`,
      context: `Gene · ${gene.grade} · ${gene.summary}`,
      href: `/causes/${genetics.id}`,
    })
    // The word "gene" finds the genes.
    expect(search('gene').some((hit) => hit.id.startsWith('gene-'))).toBe(true)
  })

  it('a listed drug shows its class, its roles and its grade, and opens the medications table filtered to it', () => {
    const med = bundle.medications.find((m) => m.id === 'sertraline')!
    const cls = bundle.medicationClasses.find((c) => c.id === med.class)!
    expect(hitFor('sertraline', 'med-sertraline')).toMatchObject({
      group: 'Medications',
      title: med.name,
      context: `${cls.name} · ${rolesInWords(med.roles)} · ${med.grade}`,
      href: `/medications?filter=${encodeURIComponent(med.name)}`,
    })
  })

  it('a drug class shows its mechanism and grade, is found by the names of its drugs, and opens the table filtered to it', () => {
    const med = bundle.medications.find((m) => m.id === 'sertraline')!
    const cls = bundle.medicationClasses.find((c) => c.id === med.class)!
    expect(hitFor(med.name, `class-${cls.id}`)).toMatchObject({
      group: 'Medications',
      title: cls.name,
      context: `Drug class · ${cls.mechanism} · ${cls.grade}`,
      href: `/medications?filter=${encodeURIComponent(cls.name)}`,
    })
  })

  it('a test shows its LOINC code and whom it is for, and opens its place in the workup', () => {
    const ferritin = bundle.labs.find((l) => l.id === 'ferritin')!
    expect(ferritin.group).toBe('all')
    expect(hitFor('ferritin', 'lab-ferritin')).toMatchObject({ group: 'Tests', title: ferritin.name, context: `LOINC ${ferritin.loinc} · All patients`, href: '/workup#lab-ferritin' })
    const cbc = bundle.labs.find((l) => l.id === 'cbc')!
    expect(cbc.group).not.toBe('all')
    expect(hitFor('CBC', 'lab-cbc')?.context).toBe(`LOINC ${cbc.loinc} · ${cbc.when}`)
    const nerveStudies = bundle.labs.find((l) => l.id === 'ncs-emg')!
    expect(nerveStudies.loinc).toBeFalsy()
    expect(hitFor(nerveStudies.name, 'lab-ncs-emg')?.context).toBe(nerveStudies.when)
  })

  it('a mimic says how to tell it apart and opens its place on the primary-vs-secondary page', () => {
    const mimic = bundle.mimics.find((m) => m.id === 'akathisia')!
    expect(hitFor('akathisia', 'mimic-akathisia')).toMatchObject({ group: 'Pages', title: `Mimic: ${mimic.name}`, context: mimic.howToTell, href: '/primary-vs-secondary#mimic-akathisia' })
    expect(search('mimic').filter((hit) => hit.id.startsWith('mimic-')).length).toBeGreaterThan(0)
  })

  it('a page of the reference shows its summary and opens it', () => {
    const page = SITE_PAGES.find((p) => p.to === '/medications')!
    expect(hitFor(page.label, 'page-medications')).toMatchObject({ group: 'Pages', title: page.label, context: page.summary, href: '/medications' })
  })

  it('the children entry opens the iron studies of the workup', () => {
    expect(hitFor('paediatric', 'population-children')).toMatchObject({ group: 'Pages', title: 'Children and adolescents (paediatric RLS)', href: '/workup#iron-studies' })
  })

  it('a vocabulary drug without a known association says so and opens the medications page', () => {
    const metformin = vocabulary.ingredients.find((i) => i.id === 'metformin')!
    expect(hitFor('metformin', 'drug-metformin')).toMatchObject({ group: 'Medications', title: metformin.name, context: NO_KNOWN_ASSOCIATION, href: '/medications' })
  })

  it('a combination names all its ingredients and the trigger among them with its roles and grade', () => {
    const product = vocabulary.products.find((p) => p.id === 'tylenol-pm')!
    const diphenhydramine = bundle.medications.find((m) => m.id === 'diphenhydramine')!
    const paracetamol = vocabulary.ingredients.find((i) => i.id === 'paracetamol')!
    expect(product.ingredients).toEqual(['paracetamol', 'diphenhydramine'])
    expect(hitFor('Tylenol PM', 'product-tylenol-pm')).toMatchObject({
      group: 'Medications',
      title: product.name,
      context: `Combination: ${paracetamol.name} + ${diphenhydramine.name} · contains ${diphenhydramine.name} (${rolesInWords(diphenhydramine.roles)} · ${diphenhydramine.grade})`,
    })
  })

  it('a combination without a trigger says it has no known association, and opens the medications page', () => {
    const augmentin = search('Augmentin').find((hit) => hit.id.startsWith('product-'))
    expect(augmentin?.context).toMatch(/^Combination: \S.* \+ \S.* · recognised, no known association with RLS in this reference$/)
    expect(augmentin?.href).toBe('/medications')
  })
})

describe('tokenizeForLookup', () => {
  it('joins a one-letter word to the word before it, so "vitamin D" is also "vitaminD"', () => {
    expect(tokenizeForLookup('vitamin D')).toEqual(['vitamin', 'D', 'vitaminD'])
    expect(tokenizeForLookup('D vitamin')).toEqual(['D', 'vitamin'])
    expect(tokenizeForLookup('vitamin B12, folate')).toEqual(['vitamin', 'B12', 'folate'])
  })
})

describe('lookup: a drug the reference lists is never also "no known association"', () => {
  it('a vocabulary that happens to carry a listed trigger (sertraline) does not add a reassuring entry for it', () => {
    const sertraline = bundle.medications.find((drug) => drug.id === 'sertraline')
    expect(sertraline?.roles).toContain('worsens')
    // As a vocabulary built without the bundle at hand might: the same drug under the same id.
    const overlapping = {
      ...vocabulary,
      ingredients: [...vocabulary.ingredients, { id: 'sertraline', name: 'Sertraline', brands: { us: ['Zoloft'], uk: ['Lustral'] }, aliases: [], markets: ['us' as const, 'uk' as const] }],
    }
    const hits = createSearchReference(bundle, overlapping)('sertraline')
    expect(hits.map((hit) => hit.id)).toContain('med-sertraline')
    expect(hits.filter((hit) => hit.context === NO_KNOWN_ASSOCIATION)).toEqual([])
  })
})
