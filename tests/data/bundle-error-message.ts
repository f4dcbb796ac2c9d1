import { expect } from 'vitest'
import { BundleError } from '../../src/data/bundle-errors'

/** The message a clinician would read when a bundle is refused: the call must throw a BundleError. */
export function bundleErrorMessageOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError)
    return (error as Error).message
  }
  throw new Error('expected parseBundle to throw')
}
