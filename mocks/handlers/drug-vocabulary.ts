import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { http, HttpResponse } from 'msw'

/** The real vocabulary file from public/, read fresh so tests see what ships. */
export const DRUG_VOCABULARY_PATH = resolve(process.cwd(), 'public/data/drug-vocabulary.json')
export const DRUG_VOCABULARY_ROUTE = '/data/drug-vocabulary.json'

export function readDrugVocabularyFile(): Record<string, unknown> {
  return JSON.parse(readFileSync(DRUG_VOCABULARY_PATH, 'utf8'))
}

export const drugVocabularyHandlers = [http.get(DRUG_VOCABULARY_ROUTE, () => HttpResponse.json(readDrugVocabularyFile()))]
