import { bundleHandlers } from './bundle'
import { drugVocabularyHandlers } from './drug-vocabulary'

export const handlers = [...bundleHandlers, ...drugVocabularyHandlers]
