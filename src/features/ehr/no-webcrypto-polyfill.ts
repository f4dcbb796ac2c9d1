/**
 * Stands in for fhirclient's `isomorphic-webcrypto` fallback: every browser the app supports has
 * Web Crypto (PKCE needs crypto.subtle), so the polyfill is never used and is not shipped.
 */
export default undefined
