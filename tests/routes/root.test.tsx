import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/server'
import { BUNDLE_ROUTE, readBundleFile } from '../../mocks/handlers/bundle'
import { renderRoute, screen, within } from '../test-utils'
import { allowConsoleErrors } from '../setup'

const bundle = readBundleFile() as unknown as { meta: { version: string; reviewed: string } }

const NAV_PAGES = [
  ['Patient workup', 'Patient workup'],
  ['Causes', 'Causes'],
  ['Primary vs secondary', 'Primary vs secondary'],
  ['Medications', 'Medications'],
  ['Workup checklist', 'Workup checklist'],
  ['Sources', 'Sources'],
] as const

describe('app shell', () => {
  it('shows the product, the lookup field, navigation, main landmark and a footer with version and caveat', async () => {
    renderRoute('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /RLS Causes/ })).toHaveAttribute('href', '/')
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    for (const [label] of NAV_PAGES) expect(within(nav).getByRole('link', { name: label })).toBeInTheDocument()
    expect(screen.getByRole('main')).toBeInTheDocument()
    const footer = screen.getByRole('contentinfo')
    expect(footer).toHaveTextContent(`Content version ${bundle.meta.version}`)
    expect(footer).toHaveTextContent(`last reviewed ${bundle.meta.reviewed}`)
    expect(footer).toHaveTextContent('supports, and does not replace, clinical judgement')
  })

  it.each(NAV_PAGES)('navigates to "%s" from the menu', async (label, heading) => {
    const { user, router } = renderRoute('/')
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    await user.click(within(nav).getByRole('link', { name: label }))
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page')
    expect(router.state.location.pathname).not.toBe('/')
  })

  it('shows a pending state while the bundle loads', async () => {
    server.use(
      http.get(BUNDLE_ROUTE, async () => {
        await delay(600)
        return HttpResponse.json(readBundleFile())
      }),
    )
    renderRoute('/')
    expect(await screen.findByText('Loading the reference…')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })).toBeInTheDocument()
  })

  it('shows a not-found page with a link home for an unknown address', async () => {
    const { user } = renderRoute('/no-such-page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to the start page' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })).toBeInTheDocument()
  })
})

describe('bundle failures', () => {
  const truncated = JSON.stringify(readBundleFile()).slice(0, 200)
  const invalid = () => {
    const broken = structuredClone(readBundleFile()) as { causes: Record<string, unknown>[] }
    delete broken.causes[0]!.sources
    return broken
  }
  const newerMajor = () => {
    const next = structuredClone(readBundleFile()) as { meta: { version: string } }
    next.meta.version = '2.0.0'
    return next
  }

  it.each([
    ['HTTP 500', () => new HttpResponse('boom', { status: 500, statusText: 'Internal Server Error' }), /server answered 500/],
    ['a network error', () => HttpResponse.error(), /network request failed/],
    ['schema-invalid JSON', () => HttpResponse.json(invalid()), /failed its integrity check.*causes\[0\]\.sources: expected array/],
    ['truncated JSON', () => new HttpResponse(truncated, { headers: { 'Content-Type': 'application/json' } }), /not valid JSON/],
    ['an empty object', () => HttpResponse.json({}), /bundle is empty/],
    ['a newer major version', () => HttpResponse.json(newerMajor()), /version 2\.0\.0, newer than this copy of the app/],
  ])('%s shows a readable message and "Try again" recovers', async (_name, respond, message) => {
    allowConsoleErrors()
    server.use(http.get(BUNDLE_ROUTE, respond))
    const { user } = renderRoute('/causes')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The reference content could not be loaded')
    expect(alert).toHaveTextContent(message)
    // The shell stays usable around the error.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 1, name: 'Causes' })).not.toBeInTheDocument()

    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Causes' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`Content version ${bundle.meta.version}`)
  })
})

describe('start page', () => {
  it('gives the bedside steps and the AASM iron rule with its thresholds and source', async () => {
    const content = readBundleFile() as unknown as { comparison: { howToTell: { text: string }[] }; ironRules: { aasm2024: { ironIfFerritinAtMost: number; ironIfTsatBelow: number } } }
    const { user } = renderRoute('/')
    const bedside = within(await screen.findByRole('region', { name: 'At the bedside' }))
    expect(bedside.getAllByRole('listitem')).toHaveLength(content.comparison.howToTell.length)
    const { ironIfFerritinAtMost, ironIfTsatBelow } = content.ironRules.aasm2024
    expect(bedside.getByText(new RegExp(`ferritin is ≤${ironIfFerritinAtMost} ng/mL or TSAT is <${ironIfTsatBelow}%`))).toBeInTheDocument()
    await user.click(bedside.getByRole('link', { name: 'Interpret a result' }))
    expect(await screen.findByLabelText('Ferritin (ng/mL)')).toBeInTheDocument()
  })

  it('shows the ICD-10-CM and ICD-11 codes for a requisition or a note', async () => {
    renderRoute('/')
    const codes = within(await screen.findByRole('region', { name: 'Diagnosis codes' }))
    expect(codes.getByText('G25.81')).toBeInTheDocument()
    expect(codes.getByText('7A80')).toBeInTheDocument()
    expect(codes.getByText('ICD-10-CM')).toBeInTheDocument()
    expect(codes.getByText('ICD-11')).toBeInTheDocument()
  })
})
