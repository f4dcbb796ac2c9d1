/**
 * The content that ships (public/data/rls.json and drug-vocabulary.json), each parsed once per module graph
 * and frozen: every test that reads the real content as it is reads it here. Tests of the reading itself, or
 * that edit the raw file to break a rule, read the file directly.
 *
 * Once: the `unit-logic` project and the mutation run share one module graph between the test files of a
 * worker or of a mutant's run, so the parse, and the screener's name matcher built for this content (it is
 * cached per content object), are made once there instead of once per test file. Frozen: a test, or a
 * function under test, that changed the shared content throws instead of changing what the next file reads.
 */
import { readBundleFile } from '../mocks/handlers/bundle'
import { readDrugVocabularyFile } from '../mocks/handlers/drug-vocabulary'
import type { Bundle } from '../src/data/bundle-schema'
import type { DrugVocabulary } from '../src/data/drug-vocabulary-schema'
import { parseBundle } from '../src/data/parse-bundle'
import { parseDrugVocabulary } from '../src/data/parse-drug-vocabulary'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

let bundle: Bundle | undefined
let vocabulary: DrugVocabulary | undefined

/** The shipped content bundle, parsed by the app's schema. */
export function shippedBundle(): Bundle {
  bundle ??= deepFreeze(parseBundle(readBundleFile()))
  return bundle
}

/** The shipped drug vocabulary, parsed by the app's schema. */
export function shippedVocabulary(): DrugVocabulary {
  vocabulary ??= deepFreeze(parseDrugVocabulary(readDrugVocabularyFile()))
  return vocabulary
}
