/** A failure to load the content, with a message a clinician can read out to support. */
export type BundleErrorKind = 'http' | 'network' | 'not-json' | 'empty' | 'invalid' | 'newer-version'

export class BundleError extends Error {
  readonly kind: BundleErrorKind
  constructor(kind: BundleErrorKind, message: string) {
    super(message)
    this.name = 'BundleError'
    this.kind = kind
  }
}
