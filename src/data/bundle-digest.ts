/**
 * Whether content bytes are the build's own bundle. The build validates the bundle it ships
 * against the full schema (prerendering fails on a bad one), renders every page from it, and
 * records its digest (`import.meta.env.VALIDATED_BUNDLE_SHA256`). Those exact bytes need no second
 * check in the browser, and the prerendered pages show exactly them; anything else (a content-only
 * deploy, a damaged copy) must be validated, and drawn by the app, before it is shown.
 */

/** Hex SHA-256 of the bytes; null without Web Crypto (a page on plain http other than localhost). */
async function sha256(bytes: ArrayBuffer): Promise<string | null> {
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
  } catch {
    return null
  }
}

export async function isTheBuildsOwnBundle(bytes: ArrayBuffer): Promise<boolean> {
  const expected = import.meta.env.VALIDATED_BUNDLE_SHA256
  return Boolean(expected) && (await sha256(bytes)) === expected
}

/** Parsed bundles read from the build's own bytes: the content every prerendered page shows. */
const theBuildsOwn = new WeakSet<object>()

export function markAsTheBuildsOwnBundle<T extends object>(bundle: T): T {
  theBuildsOwn.add(bundle)
  return bundle
}

/** Whether a parsed bundle came from the build's own bytes: only then can the app take a prerendered page over as it is. */
export function isPrerenderedContent(bundle: object | undefined): boolean {
  return bundle !== undefined && theBuildsOwn.has(bundle)
}
