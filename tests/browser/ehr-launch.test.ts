/**
 * Opening a patient from the EHR, end to end in Chromium: a test EHR on this machine
 * (scripts/ehr-rig.mjs: an in-memory FHIR R4 server and a SMART authorization server), the app
 * built with that EHR in EHR_ORIGINS and served through the shipped nginx config with the same
 * origins in its header policy.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startEhrRig, type EhrRig } from '../../scripts/ehr-rig.mjs'
import { startNginx, type NginxServer } from '../../scripts/nginx-server.mjs'
import { ageOn, localToday } from '../../src/features/ehr/patient-from-chart'
import { launchChromium, openPage, type WatchedPage } from './browser'

let rig: EhrRig
let site: NginxServer
let browser: Browser
let outDir: string
const timings: Record<string, number> = {}

async function buildFor(ehrOrigins: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rls-causes-ehr-build-'))
  chmodSync(dir, 0o755)
  const saved = { NODE_ENV: process.env.NODE_ENV, BASE_PATH: process.env.BASE_PATH, EHR_ORIGINS: process.env.EHR_ORIGINS }
  process.env.NODE_ENV = 'production'
  process.env.BASE_PATH = '/'
  process.env.EHR_ORIGINS = ehrOrigins.join(' ')
  try {
    await build({ logLevel: 'error', mode: 'production', build: { outDir: dir, emptyOutDir: true } })
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  return dir
}

beforeAll(async () => {
  let start = performance.now()
  rig = await startEhrRig()
  timings.rigStart = performance.now() - start
  start = performance.now()
  outDir = await buildFor(rig.origins)
  timings.build = performance.now() - start
  site = await startNginx({ distDir: outDir, basePath: '/', ehr: { ehrOrigins: rig.origins } })
  rig.allowApp(`${site.origin}/launch/callback`)
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await rig?.stop()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
  // How long the test EHR adds to a run (its start, and the build with its origins).
  console.log(`EHR rig: started in ${Math.round(timings.rigStart ?? 0)} ms; EHR build ${Math.round(timings.build ?? 0)} ms`)
})

let watched: WatchedPage | undefined
async function open(options: Parameters<typeof openPage>[1] = {}): Promise<WatchedPage> {
  await watched?.close()
  watched = await openPage(browser, { baseURL: site.origin, ...options })
  return watched
}
afterAll(async () => watched?.close())

const storedToken = (page: Page) =>
  page.evaluate(() => {
    const key = sessionStorage.getItem('SMART_KEY')
    const state = key ? (JSON.parse(sessionStorage.getItem(JSON.parse(key) as string) ?? 'null') as { tokenResponse?: { access_token?: string } } | null) : null
    return state?.tokenResponse?.access_token ?? null
  })

async function launch(page: Page, query: string) {
  await page.goto(`/launch?${query}`)
  await page.waitForURL(`${site.origin}/patient`, { timeout: 20_000 })
  await page.getByTestId('ehr-patient').waitFor()
}

describe('SMART App Launch from the test EHR', () => {
  it('EHR launch lands on a filled patient workup, with nothing in localStorage or the address', async () => {
    const { page, consoleErrors, foreignRequests } = await open()
    await launch(page, new URLSearchParams({ iss: rig.fhirBase, launch: rig.ehrLaunch(rig.patients.hartmann!) }).toString())
    expect(page.url()).toBe(`${site.origin}/patient`)
    await expect.poll(() => page.getByTestId('ehr-patient').textContent()).toBe('Adalberto Hartmann, born 1949-11-29')
    expect(await page.getByRole('spinbutton', { name: 'Age (years)' }).inputValue()).toBe(String(ageOn('1949-11-29', localToday())))
    expect(await page.getByRole('radio', { name: 'Male', exact: true }).isChecked()).toBe(true)
    expect(await page.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }).inputValue()).toBe('42')
    expect(await page.getByRole('textbox', { name: 'Medication list' }).inputValue()).toContain('Diazepam [Valium]')
    expect(await page.getByRole('textbox', { name: 'Medication list' }).inputValue()).not.toMatch(/galantamine/i)
    await page.getByRole('list', { name: 'Filled in from the EHR' }).getByText('Ferritin 42 ng/mL, from the EHR, 2026-10-01').waitFor()
    await page.getByRole('region', { name: 'Flagged medications' }).getByText(/Diazepam/).first().waitFor()
    // localStorage holds only the app's own note of the content version seen: nothing of the patient or the token.
    const stored = await page.evaluate(() => Object.entries(localStorage))
    expect(stored.map(([key]) => key).filter((key) => !key.startsWith('rls-causes:'))).toEqual([])
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(`Hartmann|1949-11-29|${rig.patients.hartmann}|access_token|Bearer`))
    expect(await storedToken(page)).toEqual(expect.any(String))
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
  })

  it('a token reads its own patient and no other (403), and is gone after "Start a new patient"', async () => {
    const { page } = await open()
    await launch(page, new URLSearchParams({ iss: rig.fhirBase, launch: rig.ehrLaunch(rig.patients.hartmann!) }).toString())
    const token = await storedToken(page)
    const read = (id: string) => fetch(`${rig.fhirBase}/Patient/${id}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status)
    expect(await read(rig.patients.hartmann!)).toBe(200)
    expect(await read(rig.patients.tremblay!)).toBe(403)
    expect(await fetch(`${rig.fhirBase}/Condition?patient=${rig.patients.tremblay}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status)).toBe(403)
    await page.getByRole('button', { name: 'Start a new patient' }).click()
    await page.getByTestId('ehr-patient').waitFor({ state: 'detached' })
    expect(await page.getByRole('spinbutton', { name: 'Age (years)' }).inputValue()).toBe('')
    expect(await storedToken(page)).toBeNull()
    expect(await page.evaluate(() => Object.values(sessionStorage).some((value) => value.includes('access_token')))).toBe(false)
  })

  it('standalone launch asks the EHR for a patient and lands on a filled workup, old and SI results flagged', async () => {
    rig.setStandalonePatient(rig.patients.tremblay!)
    const { page } = await open()
    await launch(page, new URLSearchParams({ iss: rig.fhirBase }).toString())
    await expect.poll(() => page.getByTestId('ehr-patient').textContent()).toBe('Addie Tremblay, born 1992-03-30')
    const filled = page.getByRole('list', { name: 'Filled in from the EHR' })
    await filled.getByText(/Serum iron 50\.3 µg\/dL \(reported as 9 umol\/L\), from the EHR, 2025-11-20 — older than six months/).waitFor()
    expect(await page.getByRole('checkbox', { name: 'Pregnant or recently gave birth' }).isChecked()).toBe(false)
  })

  it('refuses an iss this build does not list, with no request to it', async () => {
    const { page } = await open()
    const asked: string[] = []
    page.on('request', (request) => asked.push(request.url()))
    const before = rig.requests.length
    await page.goto(`/launch?iss=${encodeURIComponent('http://127.0.0.1:9/fhir')}&launch=abc`)
    await page.getByRole('alert').getByText(/is not one this installation may read from, so nothing was sent to it/).waitFor()
    expect(asked.filter((url) => url.startsWith('http://127.0.0.1:9/'))).toEqual([])
    expect(rig.requests.length).toBe(before)
  })

  it('the test EHR refuses an authorization request without PKCE', async () => {
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: 'rls-causes',
      scope: 'launch openid fhirUser patient/*.rs',
      redirect_uri: `${site.origin}/launch/callback`,
      aud: rig.fhirBase,
      state: 'state-without-pkce',
      launch: rig.ehrLaunch(rig.patients.hartmann!),
    })
    const response = await fetch(`${rig.issuer}/auth?${params}`, { redirect: 'manual' })
    const location = new URL(response.headers.get('location') ?? '', rig.issuer)
    expect(location.searchParams.get('error')).toBe('invalid_request')
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/)
    expect(location.searchParams.get('code')).toBeNull()
  })

  it('says a launch needs a connection when offline; the service worker keeps no FHIR response', async () => {
    const { page, context } = await open({ serviceWorkers: 'allow' })
    await page.goto('/')
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })
    await launch(page, new URLSearchParams({ iss: rig.fhirBase, launch: rig.ehrLaunch(rig.patients.pulido!) }).toString())
    const cached = await page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url)
      return urls
    })
    expect(cached.length).toBeGreaterThan(0)
    expect(cached.filter((url) => url.startsWith(rig.fhirOrigin) || url.startsWith(rig.issuer))).toEqual([])
    await context.setOffline(true)
    await page.goto(`/launch?${new URLSearchParams({ iss: rig.fhirBase, launch: rig.ehrLaunch(rig.patients.pulido!) })}`)
    await page.getByRole('alert').getByText(/needs a connection, and this device is offline/).waitFor()
    await context.setOffline(false)
  })
})

describe('HL7 Infobutton links', () => {
  it.each([
    ['the RLS code opens the start', 'mainSearchCriteria.v.c=G25.81&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90', '/', 'Causes of restless legs syndrome'],
    ['an RxNorm code opens its drug', 'mainSearchCriteria.v.c=563026&mainSearchCriteria.v.cs=2.16.840.1.113883.6.88', '/medications#medication-diazepam', 'Medications'],
    ['a LOINC code opens its checklist line', 'mainSearchCriteria.v.c=2276-4&mainSearchCriteria.v.cs=2.16.840.1.113883.6.1', '/workup#lab-ferritin', 'Workup checklist'],
    ['words open the lookup', 'mainSearchCriteria.v.dn=sertraline', '/?q=sertraline', 'Causes of restless legs syndrome'],
  ])('%s', async (_what, query, landing, heading) => {
    const { page, consoleErrors } = await open()
    await page.goto(`/?${query}`)
    await page.waitForURL(`${site.origin}${landing}`)
    await page.getByRole('heading', { level: 1, name: heading }).waitFor()
    expect(consoleErrors).toEqual([])
  })
})
