/**
 * Validating the content bundle. Loaded alongside the bundle's download rather than with
 * the first page, so the schema's weight never delays the first paint.
 */
import * as z from 'zod/mini'
import { Bundle } from './bundle-schema'
import { BundleError } from './bundle-errors'

/** The bundle major version this app can read. A newer major may change the shape. */
export const SUPPORTED_BUNDLE_MAJOR = 1

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
