/**
 * Fetching and validating the content bundle. Every screen reads the bundle through
 * `bundleQuery`, so loading, caching and failure behave the same everywhere.
 */
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { Bundle } from './bundle-schema'

export const BUNDLE_URL = `${import.meta.env.BASE_URL}data/rls.json`

/** The bundle major version this app can read. A newer major may change the shape. */
export const SUPPORTED_BUNDLE_MAJOR = 1

export type BundleErrorKind = 'http' | 'network' | 'not-json' | 'empty' | 'invalid' | 'newer-version'

/** A failure to load the content, with a message a clinician can read out to support. */
export class BundleError extends Error {
  readonly kind: BundleErrorKind
  constructor(kind: BundleErrorKind, message: string) {
    super(message)
    this.name = 'BundleError'
    this.kind = kind
  }
}

/** `causes[3].sources` from zod's `['causes', 3, 'sources']`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    return out ? `${out}.${name}` : name
  }, '')
}

type ZodIssue = z.core.$ZodIssue

function describeIssue(issue: ZodIssue): string {
  const where = formatIssuePath(issue.path) || 'bundle'
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'too_small':
      return `${where}: ${issue.message === 'Invalid input' ? `expected at least ${String(issue.minimum)}` : issue.message}`
    default:
      return `${where}: ${issue.message}`
  }
}

/** Validates parsed JSON; throws a BundleError that names the first bad paths. */
export function parseBundle(json: unknown): Bundle {
  if (json === null || typeof json !== 'object' || Object.keys(json).length === 0) {
    throw new BundleError('empty', 'The content bundle is empty: the server sent no content. Try again, or report it to the app’s maintainers.')
  }
  const version = (json as { meta?: { version?: unknown } }).meta?.version
  const major = typeof version === 'string' ? Number.parseInt(version, 10) : NaN
  if (major > SUPPORTED_BUNDLE_MAJOR) {
    throw new BundleError(
      'newer-version',
      `The content bundle is version ${String(version)}, newer than this copy of the app can read (version ${SUPPORTED_BUNDLE_MAJOR}.x). Reload the page to get the current app.`,
    )
  }
  const result = z.safeParse(Bundle, json)
  if (result.success) return result.data
  const issues = result.error.issues
  const shown = issues.slice(0, 3).map(describeIssue).join('; ')
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
  throw new BundleError('invalid', `The content bundle failed its integrity check and was not shown: ${shown}${more}.`)
}

export async function fetchBundle(): Promise<Bundle> {
  let response: Response
  try {
    response = await fetch(BUNDLE_URL)
  } catch {
    throw new BundleError('network', 'The content could not be downloaded: the network request failed. Check the connection, then try again.')
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new BundleError('http', `The content could not be downloaded: the server answered ${status}. Try again in a moment.`)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new BundleError('not-json', 'The content bundle is damaged: it is not valid JSON, perhaps cut off in transfer. Try again.')
  }
  return parseBundle(json)
}

export const bundleQuery = queryOptions({
  queryKey: ['bundle'],
  // No abort signal: under StrictMode an observer unmounting would cancel the one shared
  // fetch and surface a CancelledError instead of content. The bundle is small and fetched once.
  queryFn: fetchBundle,
  // The bundle changes only with a deploy; the service worker picks that up.
  staleTime: Infinity,
})

/** The validated bundle, for components under a route whose loader ensured it. */
export function useBundle(): Bundle {
  return useSuspenseQuery(bundleQuery).data
}
