/**
 * Fetching and validating the content bundle. Every screen reads the bundle through
 * `bundleQuery`, so loading, caching and failure behave the same everywhere.
 */
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Bundle } from './bundle-schema'
import { BundleError } from './bundle-errors'
import { BUNDLE_URL } from './bundle-url'

export { BUNDLE_URL }

/** Hex SHA-256 of the bundle's bytes. */
async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
  } catch {
    // No Web Crypto (a page on plain http other than localhost): validate instead.
    return null
  }
}

/**
 * The build validates the bundle it ships against the full schema (prerendering fails on a bad
 * one) and records its digest. Those exact bytes need no second check in the browser, so the
 * validator stays off the first visit; anything else (a content-only deploy, a damaged copy)
 * is validated before it is shown.
 */
async function validatedByThisBuild(bytes: ArrayBuffer): Promise<boolean> {
  const expected = import.meta.env.VALIDATED_BUNDLE_SHA256
  return Boolean(expected) && (await sha256(bytes)) === expected
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
  let bytes: ArrayBuffer
  let json: unknown
  try {
    bytes = await response.arrayBuffer()
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new BundleError('not-json', 'The content bundle is damaged: it is not valid JSON, perhaps cut off in transfer. Try again.')
  }
  if (await validatedByThisBuild(bytes)) return json as Bundle
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
