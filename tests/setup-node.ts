/**
 * Set-up for the pure-function tests in Node (project `unit-logic`, and the mutation run).
 * Like tests/setup.ts, an unanswered request or a console.error fails the test.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { server } from '../mocks/server'

const unhandledRequests: string[] = []
beforeAll(() => server.listen({ onUnhandledRequest: (request) => void unhandledRequests.push(`${request.method} ${request.url}`) }))
let consoleErrors: string[] = []
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map(String).join(' ').slice(0, 300))
}
afterEach(() => {
  server.resetHandlers()
  const requests = unhandledRequests.splice(0)
  const errors = consoleErrors
  consoleErrors = []
  expect(requests, 'requests no msw handler answered').toEqual([])
  expect(errors, 'console.error calls').toEqual([])
})
afterAll(() => server.close())
