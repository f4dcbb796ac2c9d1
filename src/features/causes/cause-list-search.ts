/**
 * The causes list's address (`?category=iron,kidney&grade=Established`), as the router reads it on
 * every page: apart from the filtering itself, which loads with the causes page.
 */
import { optionalString } from '../../lib/search-param'

export type CauseListSearch = { category?: string | undefined; grade?: string | undefined }

/** What the router accepts; malformed values fall back silently to "no filter". */
export function causeListSearch(search: Record<string, unknown>): CauseListSearch {
  return { category: optionalString(search.category), grade: optionalString(search.grade) }
}
