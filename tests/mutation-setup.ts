/**
 * Set-up for the mutation run (vitest.mutation.config.ts): the pure-function tests in Node.
 * Like tests/setup.ts, an unanswered request or a console.error fails the test.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { server } from '../mocks/server'

const unhandledRequests: string[] = []
beforeAll(() => server.listen({ onUnhandledRequest: (request) => void unhandledRequests.push(`${request.method} ${request.url}`) }))
let consoleErrors = 0
console.error = () => {
  consoleErrors++
}
afterEach(() => {
  server.resetHandlers()
  const requests = unhandledRequests.splice(0)
  const errors = consoleErrors
  consoleErrors = 0
  expect(requests, 'requests no msw handler answered').toEqual([])
  expect(errors, 'console.error calls').toBe(0)
})
afterAll(() => server.close())
