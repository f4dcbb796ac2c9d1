/**
 * The two screens of a SMART launch: `/launch`, which checks the EHR and hands over to its
 * sign-in, and `/launch/callback`, which reads the chart and opens the patient workup.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { Link, useNavigate, useRouterState } from '@tanstack/react-router'
import { useBundle } from '../../data/bundle-query'
import { openPatientFromChart } from './ehr-session'
import { localToday } from './patient-from-chart'
import { allowedEhrOrigins, completeLaunch, isNetworkFailure, OFFLINE_MESSAGE, planLaunch, startLaunch } from './smart-launch'

function subscribeOnline(callback: () => void) {
  window.addEventListener('online', callback)
  window.addEventListener('offline', callback)
  return () => {
    window.removeEventListener('online', callback)
    window.removeEventListener('offline', callback)
  }
}

function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true)
}

function Screen({ children }: { children: ReactNode }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Open a patient from the EHR</h1>
      {children}
    </div>
  )
}

function Problem({ children }: { children: ReactNode }) {
  return (
    <>
      <p role="alert" className="mt-3 rounded border-l-4 border-red-800 bg-red-50 p-3 font-medium text-red-950">
        {children}
      </p>
      <p className="mt-3">
        <Link to="/patient">Enter the patient by hand</Link>
      </p>
    </>
  )
}

export function LaunchScreen() {
  const searchStr = useRouterState({ select: (state) => state.location.searchStr })
  const plan = useMemo(() => planLaunch(searchStr, allowedEhrOrigins()), [searchStr])
  const online = useOnline()
  const [failure, setFailure] = useState<string>()
  const started = useRef(false)

  useEffect(() => {
    if ((plan.kind !== 'ehr' && plan.kind !== 'standalone') || !online || started.current) return
    started.current = true
    startLaunch(plan).catch((error: unknown) => {
      started.current = false
      setFailure(
        isNetworkFailure(error)
          ? OFFLINE_MESSAGE
          : `The EHR could not be reached for sign-in (${error instanceof Error ? error.message : String(error)}). Try the launch again from the EHR.`,
      )
    })
  }, [plan, online])

  if (plan.kind === 'refused') return <Screen><Problem>{plan.message}</Problem></Screen>
  if (plan.kind === 'choose-server') {
    return (
      <Screen>
        <p className="mt-2 text-slate-700">
          Opened from an EHR, this page signs in and reads the patient’s chart. To open a patient yourself, enter the
          address of your EHR’s FHIR server.
        </p>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
          <label className="flex flex-col">
            <span className="font-medium">FHIR server address</span>
            <input name="iss" type="url" required className="mt-1 w-96 max-w-full rounded-md border border-slate-500 px-3 py-2" />
          </label>
          <button type="submit" className="min-h-11 rounded-md bg-blue-900 px-4 py-2 font-medium text-white hover:bg-blue-800">
            Sign in to the EHR
          </button>
        </form>
        {plan.servers.length === 0 && <p className="mt-3 text-sm text-slate-700">This installation is not set up to read from any EHR.</p>}
      </Screen>
    )
  }
  if (!online || failure === OFFLINE_MESSAGE) return <Screen><Problem>{OFFLINE_MESSAGE}</Problem></Screen>
  if (failure) return <Screen><Problem>{failure}</Problem></Screen>
  return (
    <Screen>
      <p role="status" className="mt-3">
        Signing in to the EHR…
      </p>
    </Screen>
  )
}

export function LaunchCallbackScreen() {
  const bundle = useBundle()
  const navigate = useNavigate()
  const online = useOnline()
  const [failure, setFailure] = useState<string>()
  const started = useRef(false)

  useEffect(() => {
    if (!online || started.current) return
    started.current = true
    const today = localToday()
    completeLaunch(bundle, today)
      .then((patient) => {
        openPatientFromChart(bundle, { patient, readOn: today })
        return navigate({ to: '/patient', replace: true })
      })
      .catch((error: unknown) => {
        setFailure(
          isNetworkFailure(error)
            ? OFFLINE_MESSAGE
            : `The patient could not be read from the EHR (${error instanceof Error ? error.message : String(error)}). Open the app again from the patient’s chart.`,
        )
      })
  }, [bundle, navigate, online])

  if (!online || failure === OFFLINE_MESSAGE) return <Screen><Problem>{OFFLINE_MESSAGE}</Problem></Screen>
  if (failure) return <Screen><Problem>{failure}</Problem></Screen>
  return (
    <Screen>
      <p role="status" className="mt-3">
        Reading the patient’s chart…
      </p>
    </Screen>
  )
}
