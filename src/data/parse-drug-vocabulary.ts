/** Validating the drug vocabulary; loaded with the vocabulary, never with the first page. */
import * as z from 'zod/mini'
import { DrugVocabulary } from './drug-vocabulary-schema'
import { DrugVocabularyError } from './drug-vocabulary-query'
import { formatIssuePath } from './parse-bundle'

export function parseDrugVocabulary(json: unknown): DrugVocabulary {
  const result = z.safeParse(DrugVocabulary, json)
  if (result.success) return result.data
  const shown = result.error.issues
    .slice(0, 3)
    .map((issue) => `${formatIssuePath(issue.path) || 'vocabulary'}: ${issue.message}`)
    .join('; ')
  throw new DrugVocabularyError(`The drug vocabulary failed its integrity check and was not used: ${shown}.`)
}
