import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EHR_IDLE_MINUTES, endEhrSession, SMART_KEY, useEhrIdleTimeout } from '../../../src/features/ehr/ehr-session'
import { clearLaunchedPatient, getLaunchedPatient, setLaunchedPatient } from '../../../src/features/ehr/launched-patient'

const launched = { patient: { findings: [], medications: [], labs: {}, notFilled: [] }, readOn: '2026-12-01' }

function storeToken() {
  sessionStorage.setItem(SMART_KEY, JSON.stringify('state-1'))
  sessionStorage.setItem('state-1', JSON.stringify({ tokenResponse: { access_token: 'secret' } }))
  sessionStorage.setItem('unrelated', 'kept')
}

function Idle({ onTimeout }: { onTimeout: () => void }) {
  useEhrIdleTimeout(onTimeout)
  return null
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

describe('useEhrIdleTimeout', () => {
  it(`forgets token and patient after ${EHR_IDLE_MINUTES} minutes without input, and input resets the clock`, () => {
    vi.useFakeTimers()
    storeToken()
    setLaunchedPatient(launched)
    const onTimeout = vi.fn()
    render(<Idle onTimeout={onTimeout} />)
    act(() => vi.advanceTimersByTime((EHR_IDLE_MINUTES - 1) * 60_000))
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown'))
    })
    act(() => vi.advanceTimersByTime((EHR_IDLE_MINUTES - 1) * 60_000))
    expect(onTimeout).not.toHaveBeenCalled()
    expect(sessionStorage.getItem(SMART_KEY)).not.toBeNull()
    act(() => vi.advanceTimersByTime(2 * 60_000))
    expect(onTimeout).toHaveBeenCalledTimes(1)
    expect(sessionStorage.getItem(SMART_KEY)).toBeNull()
    expect(getLaunchedPatient()).toBeUndefined()
  })

  it('does nothing while no patient came from the EHR', () => {
    vi.useFakeTimers()
    const onTimeout = vi.fn()
    render(<Idle onTimeout={onTimeout} />)
    act(() => vi.advanceTimersByTime(60 * 60_000))
    expect(onTimeout).not.toHaveBeenCalled()
  })
})
