/**
 * What a route shows while the content loads, when it fails, and for an unknown address.
 * Never a blank page: every failure names what went wrong and offers a way on.
 */
import { useEffect } from 'react'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { BundleError } from '../data/bundle-errors'

export function PendingScreen() {
  return (
    <div role="status" aria-live="polite" className="py-12 text-slate-700">
      <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 animate-pulse rounded-full bg-blue-700 motion-reduce:animate-none" />
      Loading the reference…
    </div>
  )
}

export function RouteErrorScreen({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorResetBoundary = useQueryErrorResetBoundary()
  // Let react-query refetch a failed query once the user asks to try again.
  useEffect(() => queryErrorResetBoundary.reset(), [queryErrorResetBoundary])

  const isContentError = error instanceof BundleError
  const message = error instanceof Error ? error.message : String(error)
  return (
    <section role="alert" aria-labelledby="error-heading" className="my-8 max-w-2xl rounded-md border-2 border-red-800 bg-red-50 p-5">
      <h1 id="error-heading" className="text-xl font-semibold text-red-900">
        {isContentError ? 'The reference content could not be loaded' : 'This page could not be shown'}
      </h1>
      <p className="mt-2 text-slate-900">{message}</p>
      {!isContentError && <p className="mt-1 text-sm text-slate-700">Other pages still work. Anything you typed on this page was kept in this browser only.</p>}
      <button
        type="button"
        className="mt-4 min-h-11 rounded-md bg-red-900 px-4 py-2 font-medium text-white hover:bg-red-800"
        onClick={() => {
          reset()
          void router.invalidate()
        }}
      >
        Try again
      </button>
    </section>
  )
}

export function NotFoundScreen() {
  return (
    <section aria-labelledby="not-found-heading" className="py-8">
      <h1 id="not-found-heading" className="text-2xl font-semibold">
        Page not found
      </h1>
      <p className="mt-2 text-slate-700">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p className="mt-4">
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  )
}
