// @vitest-environment jsdom
// (The store must leave the browser's storage and cookies empty: checked against jsdom's.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  dropUnreadableNumbers,
  EMPTY_PATIENT_FORM,
  getPatientSnapshot,
  hasPatientData,
  IDLE_LIMIT_MINUTES,
  setPatientForm,
  startNewPatient,
  subscribeToPatient,
  updatePatientForm,
} from '../../../src/features/patient/patient-store'

const MINUTE = 60_000

describe('the tab’s patient store', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    startNewPatient()
  })
  afterEach(() => {
    startNewPatient()
    vi.useRealTimers()
  })

  it('starts empty, with nothing in progress', () => {
    expect(getPatientSnapshot().form).toEqual(EMPTY_PATIENT_FORM)
    expect(getPatientSnapshot().inProgress).toBe(false)
    expect(hasPatientData(EMPTY_PATIENT_FORM)).toBe(false)
  })

  it('keeps each change and tells its listeners', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeToPatient(listener)
    updatePatientForm({ age: { text: '70', unreadable: false } })
    updatePatientForm({ medications: 'Sertraline 50 mg' })
    expect(listener).toHaveBeenCalledTimes(2)
    expect(getPatientSnapshot().form.age.text).toBe('70')
    expect(getPatientSnapshot().form.medications).toBe('Sertraline 50 mg')
    expect(getPatientSnapshot().inProgress).toBe(true)
    unsubscribe()
    updatePatientForm({ sex: 'male' })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('a unit choice alone is not a patient', () => {
    updatePatientForm({ ironUnit: 'µg/dL' })
    expect(getPatientSnapshot().inProgress).toBe(false)
  })

  it('fills the whole form at once, as a patient opened from elsewhere would', () => {
    const form = { ...EMPTY_PATIENT_FORM, sex: 'female' as const, ticked: ['dialysis'], identifiers: { ...EMPTY_PATIENT_FORM.identifiers, recordNumber: 'MRN 1234567890123' } }
    setPatientForm(form)
    expect(getPatientSnapshot().form).toEqual(form)
    expect(getPatientSnapshot().inProgress).toBe(true)
  })

  it('"Start a new patient" forgets everything and renews the form', () => {
    updatePatientForm({ age: { text: '70', unreadable: false } })
    const generation = getPatientSnapshot().generation
    startNewPatient()
    expect(getPatientSnapshot().form).toEqual(EMPTY_PATIENT_FORM)
    expect(getPatientSnapshot().generation).toBe(generation + 1)
    expect(getPatientSnapshot().forgotten).toBeUndefined()
  })

  it(`forgets the patient after ${IDLE_LIMIT_MINUTES} minutes without input, and says why`, () => {
    updatePatientForm({ ferritin: { text: '20', unreadable: false } })
    vi.advanceTimersByTime(29 * MINUTE)
    updatePatientForm({ tsat: { text: '15', unreadable: false } })
    vi.advanceTimersByTime(29 * MINUTE)
    expect(getPatientSnapshot().form.ferritin.text).toBe('20')
    vi.advanceTimersByTime(1 * MINUTE)
    expect(getPatientSnapshot().form).toEqual(EMPTY_PATIENT_FORM)
    expect(getPatientSnapshot().forgotten).toBe('idle')
    expect(getPatientSnapshot().inProgress).toBe(false)
    // The next input starts a new patient and clears the notice.
    updatePatientForm({ age: { text: '40', unreadable: false } })
    expect(getPatientSnapshot().forgotten).toBeUndefined()
    expect(getPatientSnapshot().form.tsat.text).toBe('')
  })

  it('forgets an idle patient on the next input even if the timer never ran (a sleeping tab)', () => {
    updatePatientForm({ ferritin: { text: '20', unreadable: false } })
    vi.clearAllTimers()
    vi.setSystemTime(Date.now() + 31 * MINUTE)
    updatePatientForm({ tsat: { text: '15', unreadable: false } })
    expect(getPatientSnapshot().form.ferritin.text).toBe('')
    expect(getPatientSnapshot().form.tsat.text).toBe('15')
  })

  it('empties a number the browser could not read, keeping the rest', () => {
    updatePatientForm({ ferritin: { text: '', unreadable: true }, age: { text: '70', unreadable: false } })
    dropUnreadableNumbers()
    expect(getPatientSnapshot().form.ferritin).toEqual({ text: '', unreadable: false })
    expect(getPatientSnapshot().form.age.text).toBe('70')
  })

  it('is never written to storage or cookies', () => {
    updatePatientForm({ medications: 'Stemetil 5mg tds', identifiers: { ...EMPTY_PATIENT_FORM.identifiers, name: 'Zebedee Quill' } })
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
  })
})
