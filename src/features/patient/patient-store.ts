/**
 * The patient being worked up in this tab, held in memory while the clinician moves around the
 * app: open a cause, read the thresholds, press Back, and the form is as they left it.
 *
 * Never stored: a plain module-level value (no localStorage, sessionStorage, IndexedDB, cookie
 * or address), so a reload forgets it, as do "Start a new patient" and 30 minutes without input.
 *
 * It loads with the patient page (or a patient opened from the EHR); the header on every page
 * reads only whether a patient is in progress, from the tiny patient-in-progress.ts it keeps up to date.
 *
 * `setPatientForm` fills the whole form at once: the entry point for a patient opened from
 * elsewhere (the EHR), which may later carry where each field came from.
 */
import { useSyncExternalStore } from 'react'
import { setPatientInProgress } from './patient-in-progress'
import type { PregnancyStage, Sex } from './assess-patient'
import type { IronUnit } from './read-patient-values'

/** A number field as typed: its text, and whether the browser could not read it ("1e"). */
export type NumberValue = { readonly text: string; readonly unreadable: boolean }

/** The lines printed above the chart page; typed only for the printout. */
export type PrintedIdentifiers = { readonly name: string; readonly dateOfBirth: string; readonly recordNumber: string; readonly date: string }

export interface PatientForm {
  readonly age: NumberValue
  readonly ageAtOnset: NumberValue
  readonly sex: Sex | undefined
  /** Ids of the ticked findings. */
  readonly ticked: readonly string[]
  readonly pregnancyStage: PregnancyStage | undefined
  readonly medications: string
  readonly ferritin: NumberValue
  readonly tsat: NumberValue
  readonly serumIron: NumberValue
  readonly tibc: NumberValue
  readonly ironUnit: IronUnit
  readonly identifiers: PrintedIdentifiers
  /** How often the symptoms come and how distressing they are: option ids from the bundle's next steps. */
  readonly rlsFrequency: string | undefined
  readonly rlsDistress: string | undefined
  /** Ids of the augmentation questions answered yes. */
  readonly augmentationAnswers: readonly string[]
}

export const EMPTY_NUMBER: NumberValue = { text: '', unreadable: false }

export const EMPTY_PATIENT_FORM: PatientForm = {
  age: EMPTY_NUMBER,
  ageAtOnset: EMPTY_NUMBER,
  sex: undefined,
  ticked: [],
  pregnancyStage: undefined,
  medications: '',
  ferritin: EMPTY_NUMBER,
  tsat: EMPTY_NUMBER,
  serumIron: EMPTY_NUMBER,
  tibc: EMPTY_NUMBER,
  ironUnit: 'µmol/L',
  identifiers: { name: '', dateOfBirth: '', recordNumber: '', date: '' },
  rlsFrequency: undefined,
  rlsDistress: undefined,
  augmentationAnswers: [],
}

/** How long a patient is kept without any input. */
export const IDLE_LIMIT_MINUTES = 30
const IDLE_LIMIT_MS = IDLE_LIMIT_MINUTES * 60 * 1000

export interface PatientSnapshot {
  readonly form: PatientForm
  /** Whether anything has been entered: the header then offers a way back to the patient. */
  readonly inProgress: boolean
  /** Rises each time the patient is forgotten, so the form's uncontrolled fields start afresh. */
  readonly generation: number
  /** Why the last patient was forgotten without being asked to, to say so on screen. */
  readonly forgotten: 'idle' | undefined
}

/** Whether anything differs from the empty form (a unit choice alone is not a patient). */
export function hasPatientData(form: PatientForm): boolean {
  const numbers = [form.age, form.ageAtOnset, form.ferritin, form.tsat, form.serumIron, form.tibc]
  return (
    numbers.some((n) => n.text !== '' || n.unreadable) ||
    form.sex !== undefined ||
    form.ticked.length > 0 ||
    form.pregnancyStage !== undefined ||
    form.medications.trim() !== '' ||
    form.rlsFrequency !== undefined ||
    form.rlsDistress !== undefined ||
    form.augmentationAnswers.length > 0 ||
    Object.values(form.identifiers).some((line) => line.trim() !== '')
  )
}

let snapshot: PatientSnapshot = { form: EMPTY_PATIENT_FORM, inProgress: false, generation: 0, forgotten: undefined }
let lastInputAt = 0
let idleTimer: ReturnType<typeof setTimeout> | undefined
const listeners = new Set<() => void>()

function publish(next: PatientSnapshot) {
  snapshot = next
  setPatientInProgress(next.inProgress)
  for (const listener of listeners) listener()
}

function forget(reason: PatientSnapshot['forgotten']) {
  if (idleTimer !== undefined) clearTimeout(idleTimer)
  idleTimer = undefined
  publish({ form: EMPTY_PATIENT_FORM, inProgress: false, generation: snapshot.generation + 1, forgotten: reason })
}

/** Forgets the patient if the tab has had no input for the idle limit (a sleeping tab may miss its timer). */
export function forgetPatientIfIdle(now = Date.now()): void {
  if (snapshot.inProgress && now - lastInputAt >= IDLE_LIMIT_MS) forget('idle')
}

function replace(form: PatientForm) {
  forgetPatientIfIdle()
  lastInputAt = Date.now()
  if (idleTimer !== undefined) clearTimeout(idleTimer)
  const inProgress = hasPatientData(form)
  idleTimer = inProgress ? setTimeout(() => forget('idle'), IDLE_LIMIT_MS) : undefined
  publish({ form, inProgress, generation: snapshot.generation, forgotten: undefined })
}

/** Fills the whole form at once (a patient opened from elsewhere); counts as input. */
export function setPatientForm(form: PatientForm): void {
  replace(form)
}

/** One or more fields as the clinician changes them. */
export function updatePatientForm(change: Partial<PatientForm>): void {
  forgetPatientIfIdle()
  replace({ ...snapshot.form, ...change })
}

const NUMBER_KEYS = ['age', 'ageAtOnset', 'ferritin', 'tsat', 'serumIron', 'tibc'] as const

/**
 * A number the browser could not read ("1e") has no text to show again when the form remounts:
 * empty it rather than show an error beside an empty field. Not input: the idle count goes on.
 */
export function dropUnreadableNumbers(): void {
  const unreadable = NUMBER_KEYS.filter((key) => snapshot.form[key].unreadable)
  if (unreadable.length === 0) return
  const form = { ...snapshot.form, ...Object.fromEntries(unreadable.map((key) => [key, EMPTY_NUMBER])) }
  publish({ ...snapshot, form, inProgress: hasPatientData(form) })
}

/** "Start a new patient": every field empty, the form's fields remounted. */
export function startNewPatient(): void {
  forget(undefined)
}

export function getPatientSnapshot(): PatientSnapshot {
  return snapshot
}

export function subscribeToPatient(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The patient in this tab; re-renders when it changes. The server render always sees an empty form. */
export function usePatient(): PatientSnapshot {
  return useSyncExternalStore(subscribeToPatient, getPatientSnapshot, getServerSnapshot)
}

const SERVER_SNAPSHOT: PatientSnapshot = { form: EMPTY_PATIENT_FORM, inProgress: false, generation: 0, forgotten: undefined }
function getServerSnapshot(): PatientSnapshot {
  return SERVER_SNAPSHOT
}
