/**
 * Integrity of the drug vocabulary (public/data/drug-vocabulary.json) on its own and against the
 * content bundle: ids, every product's ingredients, no trigger listed as a drug without known
 * association, and no name standing for two unrelated drugs unless the product says so.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { DrugVocabulary, findVocabularyProblems } from '../../src/data/drug-vocabulary-schema'
import { parseDrugVocabulary } from '../../src/data/parse-drug-vocabulary'
import { spacedTokens } from '../../src/features/medications/fold-text'
import { shippedBundle } from '../shipped-content'

const raw: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/drug-vocabulary.json'), 'utf8'))
const bundle = shippedBundle()
const vocabulary = parseDrugVocabulary(raw)
const triggerIds = new Set(bundle.medications.map((medication) => medication.id))
/** How the screener compares names: case, accents, punctuation and a "(qualifier)" do not matter. */
const nameKey = (name: string) => spacedTokens(name.split('(')[0] ?? '')

describe('drug vocabulary', () => {
  it('passes its schema', () => {
    const result = z.safeParse(DrugVocabulary, raw)
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([])
  })

  it('is written as the project writes JSON', () => {
    expect(readFileSync(resolve(process.cwd(), 'public/data/drug-vocabulary.json'), 'utf8')).toBe(JSON.stringify(raw, null, 2) + '\n')
  })

  it('holds at least 300 ingredients and the common over-the-counter combinations', () => {
    expect(vocabulary.ingredients.length).toBeGreaterThanOrEqual(300)
    expect(vocabulary.products.length).toBeGreaterThanOrEqual(60)
    const productNames = new Set(vocabulary.products.flatMap((product) => [product.name, ...product.otherNames]))
    for (const name of ['Tylenol PM', 'Advil PM', 'Aleve PM', 'NyQuil', 'Night Nurse', 'Panadol Night', 'Dramamine', 'Diclegis', 'Bonjesta', 'Xonvea', 'Unisom', 'Sominex', 'Percocet', 'Vicodin', 'Norco', 'Co-codamol', 'Co-dydramol', 'Tylenol #3', 'Nurofen Plus', 'Solpadeine Plus', 'Migraleve']) {
      expect(productNames, name).toContain(name)
    }
  })

  it('has unique ids, and every product names ingredients that exist in the bundle or here', () => {
    expect(findVocabularyProblems(vocabulary, triggerIds)).toEqual([])
  })

  it('lists no trigger as a drug without known association, by id or by any name', () => {
    const triggerNames = new Map<string, string>()
    for (const medication of bundle.medications) {
      for (const name of [medication.name, ...medication.brands.us, ...medication.brands.uk, ...medication.aliases, ...(medication.matchOnly ?? [])]) {
        triggerNames.set(nameKey(name), medication.id)
      }
    }
    const clashes = vocabulary.ingredients.flatMap((ingredient) =>
      [ingredient.name, ...ingredient.brands.us, ...ingredient.brands.uk, ...ingredient.aliases]
        .filter((name) => triggerNames.has(nameKey(name)))
        .map((name) => `${ingredient.id}: "${name}" is a name of ${triggerNames.get(nameKey(name))}`),
    )
    expect(clashes).toEqual([])
    expect(vocabulary.ingredients.filter((ingredient) => triggerIds.has(ingredient.id)).map((ingredient) => ingredient.id)).toEqual([])
  })

  it('never lets one name stand for unrelated drugs unless a product says how it is ambiguous', () => {
    type Entry = { what: string; targets: Set<string>; ambiguous: boolean }
    const byName = new Map<string, Entry[]>()
    const add = (name: string, entry: Entry) => {
      const key = nameKey(name)
      if (key === '') return
      byName.set(key, [...(byName.get(key) ?? []), entry])
    }
    for (const medication of bundle.medications) {
      const entry = { what: `bundle ${medication.id}`, targets: new Set([medication.id]), ambiguous: false }
      for (const name of [medication.name, ...medication.brands.us, ...medication.brands.uk, ...medication.aliases]) add(name, entry)
    }
    for (const ingredient of vocabulary.ingredients) {
      const entry = { what: `ingredient ${ingredient.id}`, targets: new Set([ingredient.id]), ambiguous: false }
      for (const name of [ingredient.name, ...ingredient.brands.us, ...ingredient.brands.uk, ...ingredient.aliases]) add(name, entry)
    }
    for (const product of vocabulary.products) {
      const entry = { what: `product ${product.id}`, targets: new Set(product.ingredients), ambiguous: product.ambiguous !== undefined }
      for (const name of [product.name, ...product.otherNames]) add(name, entry)
    }
    const problems: string[] = []
    for (const [name, entries] of byName) {
      const distinct = [...new Map(entries.map((entry) => [entry.what, entry])).values()]
      const declaredBy = distinct.filter((entry) => entry.ambiguous)
      for (let i = 0; i < distinct.length; i++) {
        for (let j = i + 1; j < distinct.length; j++) {
          const [a, b] = [distinct[i]!, distinct[j]!]
          const related = [...a.targets].some((id) => b.targets.has(id))
          // An ambiguous product under this name that covers both says how the name is ambiguous.
          const declared = declaredBy.some((entry) => [...a.targets, ...b.targets].every((id) => entry.targets.has(id)))
          if (!related && !declared) problems.push(`"${name}": ${a.what} and ${b.what}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('says how an ambiguous name differs, and lists every ingredient it may stand for', () => {
    const ambiguous = vocabulary.products.filter((product) => product.ambiguous)
    expect(ambiguous.length).toBeGreaterThan(3)
    for (const product of ambiguous) expect(product.ingredients.length, product.id).toBeGreaterThan(1)
  })

  it('maps each combination of a painkiller, cold remedy or sleep aid to its hidden trigger', () => {
    const product = (name: string) => vocabulary.products.find((p) => p.name === name || p.otherNames.includes(name))!
    expect(product('Tylenol PM').ingredients).toEqual(expect.arrayContaining(['paracetamol', 'diphenhydramine']))
    expect(product('NyQuil').ingredients).toContain('doxylamine')
    expect(product('Night Nurse').ingredients).toContain('promethazine')
    expect(product('Diclegis').ingredients).toEqual(expect.arrayContaining(['doxylamine', 'pyridoxine']))
    expect(product('Percocet').ingredients).toEqual(expect.arrayContaining(['oxycodone', 'paracetamol']))
    expect(product('Co-codamol').ingredients).toEqual(expect.arrayContaining(['codeine', 'paracetamol']))
    for (const id of ['diphenhydramine', 'doxylamine', 'promethazine', 'oxycodone', 'codeine']) expect(triggerIds).toContain(id)
  })

  it('names its sources honestly: a title, a publisher, an https address and what it was used for', () => {
    expect(vocabulary.sources.length).toBeGreaterThanOrEqual(5)
    const ids = vocabulary.sources.map((source) => source.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ['dailymed', 'bnf', 'dmd', 'clincalc-drugstats', 'nhsbsa-pca']) expect(ids).toContain(id)
  })

  it('reads class stems only into classes the bundle has, never a treatment', () => {
    const classes = new Map(bundle.medicationClasses.map((cls) => [cls.id, cls]))
    for (const stem of vocabulary.nameStems.stems) {
      expect(classes.has(stem.class), stem.stem).toBe(true)
      expect(classes.get(stem.class)?.roles, stem.stem).not.toContain('rls treatment')
    }
  })
})
