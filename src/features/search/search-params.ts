import { optionalString } from '../../lib/search-param'

export type GlobalSearch = { q?: string | undefined }

/** `?q=` on any page: a string, or nothing when absent or malformed. */
export function globalSearch(search: Record<string, unknown>): GlobalSearch {
  // The key stays, undefined, so a malformed value replaces the raw one rather than passing through.
  return { q: optionalString(search.q) }
}
