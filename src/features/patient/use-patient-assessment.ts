/**
 * From the form in the store to the answer: the medication list screened (the vocabulary of
 * other drugs loads once a list is typed), then `assessPatient` with the bundle's rules.
 */
import { useDeferredValue, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Bundle } from '../../data/bundle-schema'
import { drugVocabularyQuery } from '../../data/drug-vocabulary-query'
import { screenMedicationList, type ScreeningResult } from '../medications/screen-medication-list'
import { assessPatient, screenedMedicationsFrom, type PatientAssessment, type PatientInput } from './assess-patient'
import type { NumberValue, PatientForm } from './patient-store'

// A number input reports "1e" as an empty value with validity.badInput: NaN makes the readers say "must be a number".
const asRaw = (value: NumberValue) => (value.unreadable ? Number.NaN : value.text)

/** The assessment's input from the form and the screener's answer. */
export function patientInputFrom(form: PatientForm, screening: ScreeningResult, medications: string): PatientInput {
  return {
    age: asRaw(form.age),
    ageAtOnset: asRaw(form.ageAtOnset),
    sex: form.sex,
    ticked: form.ticked,
    pregnancyStage: form.pregnancyStage,
    medications: screenedMedicationsFrom(screening),
    medicationListEntered: medications.trim() !== '',
    ferritin: asRaw(form.ferritin),
    tsat: asRaw(form.tsat),
    serumIron: asRaw(form.serumIron),
    tibc: asRaw(form.tibc),
    ironUnit: form.ironUnit,
    nextStepAnswers: {
      ...(form.rlsFrequency !== undefined ? { rlsFrequency: form.rlsFrequency } : {}),
      ...(form.rlsDistress !== undefined ? { rlsDistress: form.rlsDistress } : {}),
      augmentationAnswers: form.augmentationAnswers,
    },
  }
}

export interface PatientAnswer {
  assessment: PatientAssessment
  screening: ScreeningResult
  /** The medication list as screened (a moment behind the textarea on a long paste). */
  medications: string
  vocabularyFailed: boolean
  retryVocabulary: () => void
}

export function usePatientAssessment(bundle: Bundle, form: PatientForm): PatientAnswer {
  // A long paste is screened a moment later rather than holding up the textarea.
  const medications = useDeferredValue(form.medications)
  const vocabulary = useQuery({ ...drugVocabularyQuery, enabled: medications.trim() !== '' })
  const screening = useMemo(() => screenMedicationList(medications, bundle, vocabulary.data), [medications, bundle, vocabulary.data])
  const assessment = assessPatient(bundle, patientInputFrom(form, screening, medications))
  return {
    assessment,
    screening,
    medications,
    vocabularyFailed: vocabulary.isError,
    retryVocabulary: () => void vocabulary.refetch(),
  }
}
