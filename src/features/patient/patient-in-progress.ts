/**
 * Whether a patient is being worked up in this tab: all the header needs on every page to offer
 * "Patient in progress". The patient store (patient-store.ts) sets it; it stays this small so it
 * ships with the app's shell while the store and the form's shape load with the patient page.
 * Holds no patient data, only yes or no, and only in memory.
 */
import { useSyncExternalStore } from 'react'

let inProgress = false
const listeners = new Set<() => void>()

export function setPatientInProgress(next: boolean): void {
  if (next === inProgress) return
  inProgress = next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The server render, and a tab that never opened the patient page, have no patient. */
export function usePatientInProgress(): boolean {
  return useSyncExternalStore(subscribe, () => inProgress, () => false)
}
