/**
 * The end of an EHR session: the launch state and token (fhirclient keeps them in this tab's
 * sessionStorage, so closing the tab removes them) and the patient read at launch are removed by
 * "Start a new patient" and by the workup's idle timeout, with the patient they belong to. No fhirclient here: this
 * loads with the patient page.
 */
import type { Bundle } from '../../data/bundle-schema'
import { getPatientSnapshot, setPatientForm, subscribeToPatient } from '../patient/patient-store'
import { chartPrefill, patientFormFromChart } from './chart-prefill'
import { clearLaunchedPatient, setLaunchedPatient, type LaunchedPatient } from './launched-patient'

/** fhirclient's pointer to the current launch state (settings.SMART_KEY). */
export const SMART_KEY = 'SMART_KEY'

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

/**
 * Ties the EHR session to the patient in this tab: when that patient is forgotten ("Start a new
 * patient", or the workup's idle timeout, wherever the clinician is in the app), the token and the
 * chart go with it.
 */
function endEhrSessionWithPatient(): void {
  const generation = getPatientSnapshot().generation
  const unsubscribe = subscribeToPatient(() => {
    if (getPatientSnapshot().generation === generation) return
    unsubscribe()
    endEhrSession()
  })
}

/** The patient read at launch becomes the tab's patient: the form filled at once, the session tied to it. */
export function openPatientFromChart(bundle: Bundle, launched: LaunchedPatient): void {
  const label = (id: string) => bundle.patientWorkup.findings.find((f) => f.id === id)?.label ?? id
  setLaunchedPatient(launched)
  setPatientForm(patientFormFromChart(launched, chartPrefill(launched, label)))
  endEhrSessionWithPatient()
}
