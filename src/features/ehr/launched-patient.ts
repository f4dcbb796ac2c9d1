/**
 * The patient read from the EHR at launch, held in this tab's memory only (a module variable:
 * gone on reload, never stored), until the patient page takes it. "Start a new patient" clears it.
 */
import { useSyncExternalStore } from 'react'
import type { PatientFromChart } from './patient-from-chart'

export interface LaunchedPatient {
  patient: PatientFromChart
  /** The day the chart was read (YYYY-MM-DD), which the "older than six months" flags count from. */
  readOn: string
}

let current: LaunchedPatient | undefined
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

export function setLaunchedPatient(value: LaunchedPatient): void {
  current = value
  notify()
}

export function getLaunchedPatient(): LaunchedPatient | undefined {
  return current
}

export function clearLaunchedPatient(): void {
  if (current === undefined) return
  current = undefined
  notify()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLaunchedPatient(): LaunchedPatient | undefined {
  return useSyncExternalStore(subscribe, getLaunchedPatient, () => undefined)
}
