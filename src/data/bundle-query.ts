/**
 * Fetching and validating the content bundle. Every screen reads the bundle through
 * `bundleQuery`, so loading, caching and failure behave the same everywhere.
 */
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Bundle } from './bundle-schema'
import { isTheBuildsOwnBundle, markAsTheBuildsOwnBundle } from './bundle-digest'
import { BundleError } from './bundle-errors'
import { BUNDLE_URL } from './bundle-url'

export { BUNDLE_URL }

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
  let bytes: ArrayBuffer
  let json: unknown
  try {
    bytes = await response.arrayBuffer()
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new BundleError('not-json', 'The content bundle is damaged: it is not valid JSON, perhaps cut off in transfer. Try again.')
  }
  // The build's own bytes were validated when it was built: no second check on the first visit.
  if (await isTheBuildsOwnBundle(bytes)) return markAsTheBuildsOwnBundle(json as Bundle)
  let parse: (json: unknown) => Bundle
  try {
    parse = (await import('./parse-bundle')).parseBundle
  } catch {
    throw new BundleError('network', 'Part of the app could not be downloaded to check the content. Check the connection, then try again.')
  }
  return parse(json)
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
