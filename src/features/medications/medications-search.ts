/**
 * `?filter=` on /medications. Kept apart from the filtering code because route definitions
 * load with the first page: only this small reader needs to be there.
 */
import { optionalString } from '../../lib/search-param'

/** Longer than any name; a longer value is not a filter someone typed. */
export const FILTER_MAX_LENGTH = 100

export type MedicationsSearch = { filter?: string | undefined }

/** A malformed value (a number, an object, an overlong string) falls back to no filter rather than an error page. */
export function medicationsSearchSchema(search: Record<string, unknown>): MedicationsSearch {
  // The key stays, undefined, so a malformed value replaces the raw one rather than passing through.
  return { filter: optionalString(search.filter, FILTER_MAX_LENGTH) }
}
