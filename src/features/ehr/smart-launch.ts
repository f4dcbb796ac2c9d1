/**
 * SMART App Launch 2 as a public client with PKCE (S256): the launch (`/launch`) checks the EHR is
 * one this build may read from and hands over to the EHR's authorization server; the callback
 * (`/launch/callback`) takes the token and reads the patient's chart, read-only. fhirclient (SMART's
 * own client) keeps the launch state and token in this tab's sessionStorage; it loads only here.
 */
import type { ChartContent, PatientFromChart } from './patient-from-chart'
import { CHART_LAB_LOINC, patientFromChart } from './patient-from-chart'

/** Scopes of an EHR launch; a standalone launch also asks the clinician to pick the patient. */
export const SMART_SCOPE = 'launch openid fhirUser patient/*.rs'
export const STANDALONE_SCOPE = `${SMART_SCOPE} launch/patient`

export type LaunchPlan =
  | { kind: 'ehr'; iss: string; launch: string; scope: string }
  | { kind: 'standalone'; iss: string; scope: string }
  | { kind: 'choose-server'; servers: string[] }
  | { kind: 'refused'; message: string }

/** The EHR origins this build may read from (build-time EHR_ORIGINS). */
export function allowedEhrOrigins(value: string | undefined = import.meta.env.EHR_ORIGINS): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean)
}

/**
 * What a launch address asks for, checked against the allowed origins before any request: an
 * EHR launch (`?iss=…&launch=…`), a standalone launch (`?iss=…` alone), or, with no `iss`, the
 * choice of a server. An `iss` whose origin is not allowed is refused.
 */
export function planLaunch(searchStr: string, allowed: readonly string[]): LaunchPlan {
  const params = new URLSearchParams(searchStr)
  const iss = params.get('iss')?.trim()
  const launch = params.get('launch')?.trim()
  if (!iss) {
    if (launch) return { kind: 'refused', message: 'The EHR sent a launch without its FHIR server address (iss): the patient cannot be opened.' }
    return { kind: 'choose-server', servers: [...allowed] }
  }
  let url: URL
  try {
    url = new URL(iss)
  } catch {
    return { kind: 'refused', message: 'The EHR sent a FHIR server address (iss) that is not a web address: the patient cannot be opened.' }
  }
  if (!allowed.includes(url.origin) || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return {
      kind: 'refused',
      message: `This EHR (${url.origin}) is not one this installation may read from, so nothing was sent to it. Ask whoever runs this site to add it to EHR_ORIGINS.`,
    }
  }
  return launch ? { kind: 'ehr', iss, launch, scope: SMART_SCOPE } : { kind: 'standalone', iss, scope: STANDALONE_SCOPE }
}

/** The redirect URI: `<origin><base>launch/callback`. */
export function redirectUri(origin: string = location.origin, base: string = import.meta.env.BASE_URL): string {
  return `${origin}${base.endsWith('/') ? base : `${base}/`}launch/callback`
}

const loadFhirClient = async () => (await import('fhirclient')).default

/** Hands over to the EHR's authorization server (the page navigates away). */
export async function startLaunch(plan: Extract<LaunchPlan, { kind: 'ehr' | 'standalone' }>): Promise<void> {
  const FHIR = await loadFhirClient()
  await FHIR.oauth2.authorize({
    clientId: import.meta.env.SMART_CLIENT_ID,
    scope: plan.scope,
    iss: plan.iss,
    ...(plan.kind === 'ehr' ? { launch: plan.launch } : {}),
    redirectUri: redirectUri(),
    pkceMode: 'required',
    completeInTarget: true,
  })
}

/**
 * Completes the launch (code for token, PKCE verifier included; fhirclient then removes code and
 * state from the address) and reads the patient's chart. A resource type the EHR refuses is left
 * out and said, not fatal; the Patient itself must be readable.
 */
export async function completeLaunch(content: ChartContent, today: string): Promise<PatientFromChart> {
  const FHIR = await loadFhirClient()
  const client = await FHIR.oauth2.ready()
  const patientId = client.patient.id
  if (!patientId) throw new Error('The EHR gave no patient with the launch: open the app from a patient’s chart.')
  const patient: unknown = await client.request(`Patient/${encodeURIComponent(patientId)}`)
  const id = encodeURIComponent(patientId)
  const loinc = Object.values(CHART_LAB_LOINC)
    .map((code) => `http://loinc.org|${code}`)
    .join(',')
  const searches = {
    conditions: `Condition?patient=${id}`,
    'medication orders': `MedicationRequest?patient=${id}`,
    'medication statements': `MedicationStatement?patient=${id}`,
    'laboratory results': `Observation?patient=${id}&code=${encodeURIComponent(loinc)}`,
  }
  const unread: string[] = []
  const results = await Promise.all(
    Object.entries(searches).map(async ([what, query]) => {
      try {
        return (await client.request(query, { pageLimit: 0, flat: true })) as unknown
      } catch {
        unread.push(what)
        return []
      }
    }),
  )
  const read = patientFromChart([patient, ...results], content, today)
  if (unread.length > 0) read.notFilled.push(`The EHR did not return the ${unread.join(', ')}: check the chart for them.`)
  return read
}

/** A launch needs the network; the rest of the reference works offline. */
export const OFFLINE_MESSAGE =
  'Opening a patient from the EHR needs a connection, and this device is offline. The reference itself works offline: enter the patient by hand on the patient workup.'

/** Whether an error means the network, not the EHR, failed. */
export function isNetworkFailure(error: unknown): boolean {
  return (typeof navigator !== 'undefined' && navigator.onLine === false) || (error instanceof TypeError && /fetch|network/i.test(error.message))
}
