import { describe, expect, it } from 'vitest'
import {
  countMedications,
  filterMedications,
  findOutsideTheList,
  groupByClass,
} from '../../../src/features/medications/filter-medications'
import { medicationsSearchSchema } from '../../../src/features/medications/medications-search'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()

const idsFor = (filter: string) => filterMedications(bundle, filter).flatMap((group) => group.medications.map((m) => m.id))
const byGeneric = (generic: string) => bundle.medications.find((m) => m.name.toLowerCase().startsWith(generic))!

describe('grouping by class', () => {
  it('puts every drug under its class exactly once, classes in bundle order, drugs alphabetical', () => {
    const groups = groupByClass(bundle)
    expect(groups.map((g) => g.medicationClass.id)).toEqual(bundle.medicationClasses.map((c) => c.id))
    for (const group of groups) {
      const names = group.medications.map((m) => m.name)
      expect(names, group.medicationClass.id).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
    }
    expect(groups.flatMap((g) => g.medications.map((m) => m.id)).sort()).toEqual(bundle.medications.map((m) => m.id).sort())
    for (const group of groups) for (const m of group.medications) expect(m.class).toBe(group.medicationClass.id)
    expect(countMedications(groups)).toBe(bundle.medications.length)
  })
})

describe('filterMedications', () => {
  it('leaves everything for a blank filter', () => {
    expect(filterMedications(bundle, '')).toEqual(groupByClass(bundle))
    expect(filterMedications(bundle, '   ')).toEqual(groupByClass(bundle))
  })

  it('narrows by generic name, in any case, as you type', () => {
    expect(idsFor('sertraline')).toEqual([byGeneric('sertraline').id])
    expect(idsFor('SERTRA')).toEqual([byGeneric('sertraline').id])
    expect(idsFor('Sértraline')).toEqual([byGeneric('sertraline').id])
  })

  it('narrows by US brand, UK brand and alias', () => {
    expect(idsFor('reglan')).toEqual([byGeneric('metoclopramide').id])
    expect(idsFor('Lustral')).toEqual([byGeneric('sertraline').id])
    expect(idsFor('zoloft')).toEqual([byGeneric('sertraline').id])
    expect(idsFor('benadryl')).toEqual([byGeneric('diphenhydramine').id])
    expect(idsFor('lithium carbonate')).toEqual([byGeneric('lithium').id])
    // Hyphens and spaces do not matter.
    expect(idsFor('co careldopa')).toEqual([byGeneric('levodopa').id])
    expect(idsFor('cocareldopa')).toEqual([byGeneric('levodopa').id])
  })

  it('finds a drug by a common misspelling it never displays', () => {
    expect(idsFor('metaclopramide')).toEqual([byGeneric('metoclopramide').id])
    expect(idsFor('mirtazepine')).toEqual([byGeneric('mirtazapine').id])
  })

  it('finds the new members and brands of each class', () => {
    expect(idsFor('abilify')).toEqual([byGeneric('aripiprazole').id])
    expect(idsFor('dramamine')).toEqual(expect.arrayContaining([byGeneric('dimenhydrinate').id, byGeneric('meclizine').id]))
    expect(idsFor('xonvea')).toEqual([byGeneric('doxylamine').id])
    expect(idsFor('targinact')).toEqual([byGeneric('oxycodone').id])
  })

  it('keeps a whole class when the filter names the class', () => {
    const ssris = bundle.medicationClasses.find((c) => /SSRI/.test(c.name))!
    const groups = filterMedications(bundle, 'ssri')
    expect(groups.map((g) => g.medicationClass.id)).toContain(ssris.id)
    const group = groups.find((g) => g.medicationClass.id === ssris.id)!
    expect(group.medications.map((m) => m.id).sort()).toEqual(bundle.medications.filter((m) => m.class === ssris.id).map((m) => m.id).sort())
  })

  it('keeps only the classes with a match, and nothing for an unknown or punctuation-only filter', () => {
    const groups = filterMedications(bundle, 'quetiapine')
    expect(groups).toHaveLength(1)
    expect(groups[0]?.medicationClass.id).toBe(byGeneric('quetiapine').class)
    expect(filterMedications(bundle, 'zzzxqy')).toEqual([])
    expect(filterMedications(bundle, '---')).toEqual([])
    expect(filterMedications(bundle, '(.*')).toEqual([])
  })
})

describe('findOutsideTheList: names the list lacks', () => {
  const vocabulary = shippedVocabulary()

  it('names the listed drug inside a combination product', () => {
    expect(filterMedications(bundle, 'tylenol pm')).toEqual([])
    const outside = findOutsideTheList(bundle, vocabulary, 'Tylenol PM')
    expect(outside.combinations.map((c) => [c.name, c.ingredients.map((m) => m.id)])).toContainEqual(['Tylenol PM', ['diphenhydramine']])
    expect(findOutsideTheList(bundle, vocabulary, 'co-codamol').combinations.flatMap((c) => c.ingredients.map((m) => m.id))).toContain('codeine')
  })

  it('recognises a drug with no known association, and says nothing for nonsense or too little', () => {
    expect(findOutsideTheList(bundle, vocabulary, 'metformin')).toEqual({ combinations: [], recognised: ['Metformin'] })
    expect(findOutsideTheList(bundle, vocabulary, 'zzqxv')).toEqual({ combinations: [], recognised: [] })
    expect(findOutsideTheList(bundle, vocabulary, 'ty')).toEqual({ combinations: [], recognised: [] })
  })
})

describe('the ?filter= search param', () => {
  it('keeps a string and drops anything malformed', () => {
    expect(medicationsSearchSchema({ filter: 'zoloft' })).toEqual({ filter: 'zoloft' })
    expect(medicationsSearchSchema({})).toEqual({ filter: undefined })
    for (const bad of [123, true, null, { a: 1 }, ['x'], 'x'.repeat(101)]) {
      expect(medicationsSearchSchema({ filter: bad }).filter).toBeUndefined()
    }
    expect(medicationsSearchSchema({ q: 'reserved for search', filter: 'x' })).toEqual({ filter: 'x' })
  })
})

describe('a 10,000-letter word in the filter', () => {
  const vocabulary = shippedVocabulary()
  it('answers at once, reading only the first 100 letters as the box does', () => {
    const word = 'x'.repeat(10_000)
    // Both lookups run once first: a first call's compilation is not the word's cost.
    filterMedications(bundle, 'warm up')
    findOutsideTheList(bundle, vocabulary, 'warm up')
    const timed = (filter: string) => {
      const started = performance.now()
      const answers = [filterMedications(bundle, filter), findOutsideTheList(bundle, vocabulary, filter)] as const
      return { answers, took: performance.now() - started }
    }
    // A short name reads every name of the list and the vocabulary too: the long word may cost no more
    // than twice that (on a machine slowed down, e.g. by instrumented code), and under 200 ms otherwise.
    // The fastest of five tries each, taken in turns, so a moment when the machine is busy counts for neither.
    const fastest = (runs: ReturnType<typeof timed>[]) => runs.reduce((a, b) => (b.took < a.took ? b : a))
    const shortRuns: ReturnType<typeof timed>[] = []
    const longRuns: ReturnType<typeof timed>[] = []
    for (let i = 0; i < 5; i++) {
      shortRuns.push(timed('zzq'))
      longRuns.push(timed(word))
    }
    const short = fastest(shortRuns)
    const long = fastest(longRuns)
    expect(long.answers).toEqual([[], { combinations: [], recognised: [] }])
    expect(long.took).toBeLessThan(Math.max(200, 2 * short.took))
    // What the box keeps is what is matched: a name followed by a long paste still finds the name.
    expect(idsFor(`sertraline${' '.repeat(10_000)}`)).toEqual([byGeneric('sertraline').id])
  })
})
