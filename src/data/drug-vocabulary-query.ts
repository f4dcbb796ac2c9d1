/**
 * The drug vocabulary (drugs without a known RLS association, combination products, chart
 * noise) is fetched the first time the screener or the lookup is used, never with the first
 * page, and validated by its own schema, loaded alongside it.
 */
import { queryOptions } from '@tanstack/react-query'
import type { DrugVocabulary } from './drug-vocabulary-schema'

export const DRUG_VOCABULARY_URL = `${import.meta.env.BASE_URL}data/drug-vocabulary.json`

export class DrugVocabularyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DrugVocabularyError'
  }
}

export async function fetchDrugVocabulary(): Promise<DrugVocabulary> {
  const validator = import('./parse-drug-vocabulary')
  validator.catch(() => undefined)
  let response: Response
  try {
    response = await fetch(DRUG_VOCABULARY_URL)
  } catch {
    throw new DrugVocabularyError('The drug vocabulary could not be downloaded: the network request failed.')
  }
  if (!response.ok) throw new DrugVocabularyError(`The drug vocabulary could not be downloaded: the server answered ${response.status}.`)
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new DrugVocabularyError('The drug vocabulary is damaged: it is not valid JSON.')
  }
  let parse: (json: unknown) => DrugVocabulary
  try {
    parse = (await validator).parseDrugVocabulary
  } catch {
    throw new DrugVocabularyError('Part of the app could not be downloaded to check the drug vocabulary.')
  }
  return parse(json)
}

export const drugVocabularyQuery = queryOptions({
  queryKey: ['drug-vocabulary'],
  queryFn: fetchDrugVocabulary,
  // Changes only with a deploy, like the bundle.
  staleTime: Infinity,
  retry: 1,
})
