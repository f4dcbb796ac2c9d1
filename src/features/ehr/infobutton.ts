/**
 * HL7 Infobutton (URL-based knowledge request): an EHR links to
 * `<base>/?mainSearchCriteria.v.c=<code>&mainSearchCriteria.v.cs=<code system OID>&mainSearchCriteria.v.dn=<words>`
 * and the app opens what answers it: the RLS start for the RLS diagnosis code, a drug's entry
 * for its RxNorm code, a lab's checklist line for its LOINC code, and the lookup with the words
 * for anything else. A malformed request falls back silently (to the lookup, or the start).
 */
import { redirect } from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import { bundleQuery } from '../../data/bundle-query'
import type { Bundle } from '../../data/bundle-schema'

export const CODE_SYSTEM_OID = {
  icd10cm: '2.16.840.1.113883.6.90',
  rxnorm: '2.16.840.1.113883.6.88',
  loinc: '2.16.840.1.113883.6.1',
  snomed: '2.16.840.1.113883.6.96',
} as const

export interface InfobuttonRequest {
  code?: string
  codeSystem?: string
  text?: string
}

export type InfobuttonDestination =
  | { page: 'start' }
  | { page: 'lookup'; text: string }
  | { page: 'medication'; medicationId: string }
  | { page: 'lab'; labId: string }

const PREFIX = 'mainSearchCriteria.v.'

/** One value of a parameter, or undefined when it is absent, repeated, empty or not plausible. */
function single(params: URLSearchParams, name: string, pattern: RegExp, maxLength: number): string | undefined {
  const values = params.getAll(PREFIX + name)
  if (values.length !== 1) return undefined
  const value = values[0]!.trim()
  return value !== '' && value.length <= maxLength && pattern.test(value) ? value : undefined
}

/**
 * The knowledge request in a query string (`?a=b&…`), or undefined when the address is not one
 * (no `mainSearchCriteria.v.*` parameter at all).
 */
export function readInfobuttonRequest(searchStr: string): InfobuttonRequest | undefined {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(searchStr)
  } catch {
    return undefined
  }
  if (![...params.keys()].some((key) => key.startsWith(PREFIX))) return undefined
  const code = single(params, 'c', /^[A-Za-z0-9][A-Za-z0-9.-]*$/, 40)
  const codeSystem = single(params, 'cs', /^\d+(\.\d+)+$/, 64)
  // The display name, else the original text the clinician saw.
  const text = single(params, 'dn', /\S/, 200) ?? single(params, 'ot', /\S/, 200)
  return { ...(code ? { code } : {}), ...(codeSystem ? { codeSystem } : {}), ...(text ? { text } : {}) }
}

const icd = (code: string) => code.replace(/\./g, '').toUpperCase()

/** Where a knowledge request opens, from the bundle's own codes. */
export function infobuttonDestination(
  request: InfobuttonRequest,
  bundle: Pick<Bundle, 'coding' | 'chartCodes' | 'labs'>,
): InfobuttonDestination {
  const { code, codeSystem, text } = request
  if (code && codeSystem === CODE_SYSTEM_OID.icd10cm) {
    const rls = bundle.coding.codes.some((c) => c.system === 'ICD-10-CM' && icd(c.code) === icd(code))
    if (rls) return { page: 'start' }
  }
  if (code && codeSystem === CODE_SYSTEM_OID.rxnorm) {
    const entry = bundle.chartCodes.medications.find((m) => m.rxnorm.includes(code))
    if (entry) return { page: 'medication', medicationId: entry.medication }
  }
  if (code && codeSystem === CODE_SYSTEM_OID.loinc) {
    const lab = bundle.labs.find((l) => l.loinc === code)
    if (lab) return { page: 'lab', labId: lab.id }
  }
  if (text) return { page: 'lookup', text }
  // A code the content does not know, with no words: the lookup with the code, so the clinician sees it was read.
  if (code) return { page: 'lookup', text: code }
  return { page: 'start' }
}

/**
 * For the start page's `beforeLoad`: when the address is a knowledge request, send the
 * clinician to its answer (replacing the address, so Back does not return to the request).
 */
export async function followInfobuttonRequest(searchStr: string, queryClient: QueryClient): Promise<void> {
  const request = readInfobuttonRequest(searchStr)
  if (!request) return
  let destination: InfobuttonDestination
  try {
    destination = infobuttonDestination(request, await queryClient.ensureQueryData(bundleQuery))
  } catch {
    // No content (offline on a first visit): the lookup still takes the words.
    destination = request.text ? { page: 'lookup', text: request.text } : { page: 'start' }
  }
  switch (destination.page) {
    case 'medication':
      throw redirect({ to: '/medications', hash: `medication-${destination.medicationId}`, replace: true })
    case 'lab':
      throw redirect({ to: '/workup', hash: `lab-${destination.labId}`, replace: true })
    case 'lookup':
      throw redirect({ to: '/', search: { q: destination.text }, replace: true })
    case 'start':
      throw redirect({ to: '/', search: { q: undefined }, replace: true })
  }
}
