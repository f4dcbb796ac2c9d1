/**
 * "Did you mean …?" for a line the screener does not recognise: known names one edit away
 * (a letter missing, extra, wrong or two swapped) from a word on the line. A suggestion is only a
 * prompt: the line stays "not recognised" until the clinician corrects it.
 *
 * Found through a deletion index (each name and its one-letter deletions), so a lookup costs a
 * few map reads rather than a comparison with every known name.
 */
import type { Medication } from '../../data/bundle-schema'
import type { DrugVocabulary } from '../../data/drug-vocabulary-schema'

export type SpellingSuggestion = {
  /** The known name as written in the content ("Zoloft", "Metformin"). */
  name: string
  /** The drug it belongs to, when the name is a brand or alias ("Sertraline"). */
  drug: string
  /** Whether that drug has a known RLS association (in the bundle) or not (vocabulary only). */
  known: 'flagged' | 'no known association'
}

type Entry = SpellingSuggestion & { word: string }
type Index = Map<string, Entry[]>

const MIN_WORD_LENGTH = 4
/** No drug name is longer; a longer run of letters is not worth a suggestion. */
const MAX_WORD_LENGTH = 30
const MAX_SUGGESTIONS = 3
const LETTERS = /^\p{L}+$/u

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

function deletions(word: string): string[] {
  const out = [word]
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

/** Optimal string alignment distance, stopping early once it exceeds 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    // One substitution, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a]
  return longer.slice(i + 1) === shorter.slice(i)
}

const indexes = new WeakMap<object, WeakMap<ReadonlyMap<string, Medication>, Index>>()

function indexFor(vocabulary: DrugVocabulary, medications: ReadonlyMap<string, Medication>): Index {
  let byMedications = indexes.get(vocabulary)
  if (!byMedications) {
    byMedications = new WeakMap()
    indexes.set(vocabulary, byMedications)
  }
  let index = byMedications.get(medications)
  if (index) return index
  index = new Map()
  const add = (name: string, drug: string, known: SpellingSuggestion['known']) => {
    // Single words only: the part of a chart line most likely misspelt is the drug's own name.
    const word = fold(name)
    if (word.length < MIN_WORD_LENGTH || !LETTERS.test(word)) return
    for (const key of deletions(word)) {
      const list = index!.get(key) ?? []
      if (!list.some((entry) => entry.word === word && entry.drug === drug)) list.push({ name, drug, known, word })
      index!.set(key, list)
    }
  }
  // Displayable names only: match-only misspellings are never shown.
  for (const medication of medications.values()) {
    for (const name of [medication.name, ...medication.brands.us, ...medication.brands.uk, ...medication.aliases]) {
      add(name.split(/[(,]/)[0]?.trim() ?? '', medication.name, 'flagged')
    }
  }
  for (const ingredient of vocabulary.ingredients) {
    if (medications.has(ingredient.id)) continue
    for (const name of [ingredient.name.split('(')[0]?.trim() ?? '', ...ingredient.brands.us, ...ingredient.brands.uk, ...ingredient.aliases]) {
      add(name, ingredient.name, 'no known association')
    }
  }
  byMedications.set(medications, index)
  return index
}

/** Up to three known names one edit away from a word on the line, triggers first. */
export function suggestionsFor(
  tokens: readonly string[],
  vocabulary: DrugVocabulary,
  medications: ReadonlyMap<string, Medication>,
): SpellingSuggestion[] {
  const index = indexFor(vocabulary, medications)
  const found = new Map<string, SpellingSuggestion>()
  for (const token of tokens) {
    if (token.length < MIN_WORD_LENGTH || token.length > MAX_WORD_LENGTH || !LETTERS.test(token)) continue
    for (const key of deletions(token)) {
      for (const entry of index.get(key) ?? []) {
        if (found.has(entry.name) || !withinOneEdit(token, entry.word)) continue
        found.set(entry.name, { name: entry.name, drug: entry.drug, known: entry.known })
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.known === b.known ? 0 : a.known === 'flagged' ? -1 : 1)).slice(0, MAX_SUGGESTIONS)
}
