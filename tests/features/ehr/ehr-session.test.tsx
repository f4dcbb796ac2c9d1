import { act } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { endEhrSession, openPatientFromChart, SMART_KEY } from '../../../src/features/ehr/ehr-session'
import { clearLaunchedPatient, getLaunchedPatient, setLaunchedPatient } from '../../../src/features/ehr/launched-patient'
import { getPatientSnapshot, IDLE_LIMIT_MINUTES, startNewPatient, updatePatientForm } from '../../../src/features/patient/patient-store'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const launched = {
  patient: { name: 'Ada Lovelace', birthDate: '1950-12-10', age: 75, sex: 'female' as const, findings: [], medications: [], labs: {}, notFilled: [] },
  readOn: '2026-12-01',
}

function storeToken() {
  sessionStorage.setItem(SMART_KEY, JSON.stringify('state-1'))
  sessionStorage.setItem('state-1', JSON.stringify({ tokenResponse: { access_token: 'secret' } }))
  sessionStorage.setItem('unrelated', 'kept')
}

afterEach(() => {
  vi.useRealTimers()
  clearLaunchedPatient()
  sessionStorage.clear()
})

describe('endEhrSession', () => {
  it('removes fhirclient’s launch state and token and the patient, and nothing else', () => {
    storeToken()
    setLaunchedPatient(launched)
    endEhrSession()
    expect(sessionStorage.getItem(SMART_KEY)).toBeNull()
    expect(sessionStorage.getItem('state-1')).toBeNull()
    expect(sessionStorage.getItem('unrelated')).toBe('kept')
    expect(getLaunchedPatient()).toBeUndefined()
  })
})

describe('a patient opened from the chart', () => {
  it('becomes the tab’s patient: the form filled at once, name and birth date on the printout lines', () => {
    openPatientFromChart(bundle, launched)
    const { form, inProgress } = getPatientSnapshot()
    expect(inProgress).toBe(true)
    expect(form.age.text).toBe('75')
    expect(form.sex).toBe('female')
    expect(form.identifiers.name).toBe('Ada Lovelace')
    expect(form.identifiers.dateOfBirth).toBe('1950-12-10')
    expect(getLaunchedPatient()).toBe(launched)
  })

  it('takes the token with it when the clinician starts a new patient', () => {
    storeToken()
    openPatientFromChart(bundle, launched)
    startNewPatient()
    expect(sessionStorage.getItem(SMART_KEY)).toBeNull()
    expect(sessionStorage.getItem('state-1')).toBeNull()
    expect(getLaunchedPatient()).toBeUndefined()
  })

  it(`takes the token with it after ${IDLE_LIMIT_MINUTES} minutes without input, and input resets the clock`, () => {
    vi.useFakeTimers()
    storeToken()
    openPatientFromChart(bundle, launched)
    act(() => vi.advanceTimersByTime((IDLE_LIMIT_MINUTES - 1) * 60_000))
    updatePatientForm({ medications: 'sertraline 50 mg' })
    act(() => vi.advanceTimersByTime((IDLE_LIMIT_MINUTES - 1) * 60_000))
    expect(sessionStorage.getItem(SMART_KEY)).not.toBeNull()
    expect(getLaunchedPatient()).toBe(launched)
    act(() => vi.advanceTimersByTime(2 * 60_000))
    expect(sessionStorage.getItem(SMART_KEY)).toBeNull()
    expect(getLaunchedPatient()).toBeUndefined()
    expect(getPatientSnapshot().forgotten).toBe('idle')
  })
})
