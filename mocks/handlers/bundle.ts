import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { http, HttpResponse } from 'msw'

/** The real bundle file from public/, read fresh so tests always see what ships. */
// Tests run from the project root (package.json scripts), so resolve from there.
export const BUNDLE_PATH = resolve(process.cwd(), 'public/data/rls.json')
export const BUNDLE_ROUTE = '/data/rls.json'

export function readBundleFile(): Record<string, unknown> {
  return JSON.parse(readFileSync(BUNDLE_PATH, 'utf8'))
}

export const bundleHandlers = [http.get(BUNDLE_ROUTE, () => HttpResponse.json(readBundleFile()))]
