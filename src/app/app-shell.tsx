/**
 * The frame of every page: product name, lookup, navigation, main landmark and the
 * footer that states the content version and the clinical-judgement caveat.
 */
import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useRouterState } from '@tanstack/react-router'
import { bundleQuery } from '../data/bundle-query'
import { usePatientInProgress } from '../features/patient/patient-in-progress'
import { SearchBox } from '../features/search/search-box'
import { SITE_PAGES } from '../lib/site-pages'
import { StatusNotices } from './status-notices'


export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:fixed focus:left-2 focus:top-2 print:hidden"
      >
        Skip to content
      </a>
      <StatusNotices />
      <header className="border-b border-slate-300 bg-slate-50 print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link to="/" className="text-lg font-bold text-slate-900 no-underline">
            RLS Causes <span className="font-normal text-slate-600">· point-of-care reference</span>
          </Link>
          <div className="min-w-64 flex-1">
            <SearchBox />
          </div>
          <PatientInProgressLink />
        </div>
        <nav aria-label="Main" className="mx-auto max-w-6xl px-2">
          <ul className="flex flex-wrap">
            {SITE_PAGES.map((link) => (
              <li key={link.to}>
                <Link
                  to={link.to}
                  className="inline-block min-h-11 px-2 py-3 font-medium text-slate-800 no-underline hover:underline"
                  activeProps={{ 'aria-current': 'page', className: 'border-b-4 border-blue-800 text-blue-900' }}
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  )
}

/** While a patient is being worked up in this tab, a way back to them from any other page. */
function PatientInProgressLink() {
  const inProgress = usePatientInProgress()
  const onPatientPage = useRouterState({ select: (state) => state.location.pathname.replace(/\/$/, '').endsWith('/patient') })
  if (!inProgress || onPatientPage) return null
  return (
    <Link
      to="/patient"
      className="inline-flex min-h-11 items-center rounded-md border-2 border-blue-900 bg-white px-3 font-semibold text-blue-900 no-underline hover:underline"
    >
      Patient in progress
    </Link>
  )
}

function SiteFooter() {
  const { data } = useQuery(bundleQuery)
  return (
    <footer className="border-t border-slate-300 bg-slate-50 text-sm text-slate-700 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-4">
        <p>
          {data ? (
            <>
              Content version <span data-testid="bundle-version">{data.meta.version}</span>, last reviewed{' '}
              <time dateTime={data.meta.reviewed}>{data.meta.reviewed}</time>.
            </>
          ) : (
            'Content version: not loaded.'
          )}{' '}
          This reference supports, and does not replace, clinical judgement.
        </p>
        <p className="mt-1">Nothing you type here is stored or sent: medication lists, lab values and names stay in this browser tab.</p>
      </div>
    </footer>
  )
}
