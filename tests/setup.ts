import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest'
import { server } from '../mocks/server'
import { startNewPatient } from '../src/features/patient/patient-store'

// Two test files run at once on two cores, and a second test run may share the machine: give async
// queries room before failing. Each waits for the answer it names, so a pass is never slowed by this.
configure({ asyncUtilTimeout: 10_000 })

// jsdom has no scrollTo; the router's scroll restoration calls it.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
// Nor scrollIntoView, which the router calls for links to an anchor (/sources#source-x).
Element.prototype.scrollIntoView = vi.fn()

// msw's 'error' strategy lets *.json through as a "static asset": record every unhandled
// request ourselves and fail the test that made it.
const unhandledRequests: string[] = []
beforeAll(() =>
  server.listen({
    onUnhandledRequest(request) {
      unhandledRequests.push(`${request.method} ${request.url}`)
    },
  }),
)

// A console.error in a test is a bug (act warnings, key warnings, failed prop types).
// Tests that expect one say so with `expectConsoleError()`.
let consoleErrors: unknown[][] = []
let allowedConsoleErrors = 0
const originalConsoleError = console.error
console.error = (...args: unknown[]) => {
  consoleErrors.push(args)
}

/** For a test that deliberately triggers an error React reports to the console. */
export function allowConsoleErrors() {
  allowedConsoleErrors = Infinity
}

afterEach(() => {
  server.resetHandlers()
  cleanup()
  // The tab's patient lives in module memory: every test starts with none in progress.
  startNewPatient()
  const requests = unhandledRequests.splice(0)
  const errors = consoleErrors
  consoleErrors = []
  const allowed = allowedConsoleErrors
  allowedConsoleErrors = 0
  expect(requests, 'requests no msw handler answered').toEqual([])
  if (allowed === 0 && errors.length > 0) {
    originalConsoleError(...(errors[0] ?? []))
    expect.fail(`console.error was called ${errors.length} time(s): ${String(errors[0]?.[0]).slice(0, 300)}`)
  }
})
afterAll(() => server.close())
