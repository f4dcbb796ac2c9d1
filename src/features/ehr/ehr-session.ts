/**
 * The end of an EHR session: the launch state and token (fhirclient keeps them in this tab's
 * sessionStorage, so closing the tab removes them) and the patient read at launch are removed by
 * "Start a new patient" and after a quarter of an hour with no input. No fhirclient here: this
 * loads with the patient page.
 */
import { useEffect } from 'react'
import { clearLaunchedPatient, useLaunchedPatient } from './launched-patient'

/** fhirclient's pointer to the current launch state (settings.SMART_KEY). */
export const SMART_KEY = 'SMART_KEY'

/** Minutes without a key press, click or touch after which the token and patient are forgotten. */
export const EHR_IDLE_MINUTES = 15

/** Removes fhirclient's launch state and token from this tab, and the patient read at launch. */
export function endEhrSession(storage: Storage | undefined = globalThis.sessionStorage): void {
  clearLaunchedPatient()
  if (!storage) return
  try {
    const pointer = storage.getItem(SMART_KEY)
    if (pointer !== null) {
      let stateKey: unknown = pointer
      try {
        stateKey = JSON.parse(pointer)
      } catch {
        // fhirclient writes it as JSON; an older one as a plain string.
      }
      if (typeof stateKey === 'string') storage.removeItem(stateKey)
      storage.removeItem(SMART_KEY)
    }
  } catch {
    // Storage blocked (a sandboxed frame): there is nothing of ours in it.
  }
}

/** While a patient from the EHR is open: forget it (and the token) after EHR_IDLE_MINUTES without input. */
export function useEhrIdleTimeout(onTimeout: () => void, minutes: number = EHR_IDLE_MINUTES): void {
  const launched = useLaunchedPatient()
  useEffect(() => {
    if (!launched) return
    let timer = setTimeout(expire, minutes * 60_000)
    function expire() {
      endEhrSession()
      onTimeout()
    }
    const reset = () => {
      clearTimeout(timer)
      timer = setTimeout(expire, minutes * 60_000)
    }
    const events = ['keydown', 'pointerdown', 'touchstart'] as const
    events.forEach((event) => window.addEventListener(event, reset, { passive: true }))
    return () => {
      clearTimeout(timer)
      events.forEach((event) => window.removeEventListener(event, reset))
    }
  }, [launched, minutes, onTimeout])
}
