/**
 * The vocabulary is built by scripts/build-drug-vocabulary.mjs from public vocabularies and
 * scripts/vocabulary/curated.json: the committed file is what the script makes, and no drug of a
 * trigger or withdrawal class is ever called "no known association".
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spacedTokens } from '../../src/features/medications/fold-text'
import { EVALUATION_LABELS } from '../features/medications/evaluation-labels'
import { shippedBundle, shippedVocabulary } from '../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const key = (name: string) => spacedTokens(name.split('(')[0] ?? '')
const SOURCES = process.env.VOCAB_SOURCES_DIR ?? '/work/shared-data/vocab-sources'

describe('drug vocabulary build', () => {
  it('never calls a drug of a trigger or withdrawal class a drug without known association', () => {
    const classMembers = new Set(EVALUATION_LABELS.filter(({ label }) => label === 'trigger' || label === 'withdrawal').flatMap(({ words }) => words.map(key)))
    const bundleIds = new Set(bundle.medications.map((medication) => medication.id))
    const clean = [
      ...vocabulary.ingredients.flatMap((ingredient) => [ingredient.name, ...ingredient.aliases, ...ingredient.brands.us, ...ingredient.brands.uk]),
      ...vocabulary.products.filter((product) => !product.ingredients.some((id) => bundleIds.has(id))).flatMap((product) => [product.name, ...product.otherNames]),
    ]
    expect(clean.filter((name) => classMembers.has(key(name)))).toEqual([])
    // Opium is an opioid the bundle does not list: left unrecognised, never reassuring.
    expect(clean.map(key)).not.toContain('opium')
  })

  it('names each public source with its licence and date', () => {
    for (const id of ['rxnorm-prescribable', 'medextractr-rxnorm', 'drugbank-open-vocabulary', 'who-atc']) {
      const source = vocabulary.sources.find((entry) => entry.id === id)
      expect(source?.licence, id).toBeTruthy()
      expect(source?.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it.skipIf(!existsSync(SOURCES))('is exactly what the build script makes from its sources', () => {
    const output = execFileSync('node', ['scripts/build-drug-vocabulary.mjs', '--check'], { encoding: 'utf8', env: { ...process.env, VOCAB_SOURCES_DIR: SOURCES } })
    expect(output).toMatch(/KB brotli/)
    expect(readFileSync(resolve(process.cwd(), 'public/data/drug-vocabulary.json'), 'utf8')).toContain('"rxnorm-prescribable"')
  }, 60_000)
})
