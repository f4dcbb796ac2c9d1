/**
 * Which content changes a returning clinician has not seen (the update notice on every page): apart
 * from the sources page's list of changes, so the notice does not bring that page's code along.
 */
import type { Meta } from '../../data/bundle-schema'

/** The changes a clinician has not yet seen: every version after `since` (all when unknown). */
export function changesSince(meta: Meta, since: string | null): Meta['changes'] {
  const index = since === null ? -1 : meta.changes.findIndex((change) => change.version === since)
  return index === -1 ? meta.changes.slice(0, 1) : meta.changes.slice(0, index)
}
