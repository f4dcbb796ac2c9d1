import { createFileRoute, Link } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { useBundle } from '../data/bundle-query'
import { Citations } from '../components/evidence'
import { HowToTellSteps } from '../features/causes/how-to-tell-steps'
import { DiagnosisCodes } from '../components/diagnosis-codes'

export const Route = createFileRoute('/')({
  // An EHR's Infobutton link (`?mainSearchCriteria.v.c=…`) opens its answer instead; the code
  // that reads it loads only for such a link.
  beforeLoad: async ({ location, context }) => {
    if (!location.searchStr.includes('mainSearchCriteria.')) return
    const { followInfobuttonRequest } = await import('../features/ehr/infobutton')
    await followInfobuttonRequest(location.searchStr, context.queryClient)
  },
  component: HomePage,
})

function HomePage() {
  usePageTitle('Start')
  const bundle = useBundle()
  const aasm = bundle.ironRules.aasm2024
  return (
    <>
      <h1 className="text-2xl font-semibold">Causes of restless legs syndrome</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{bundle.meta.scope}</p>
      <section aria-labelledby="bedside-heading" className="mt-6 rounded-md border-2 border-blue-900 p-4">
        <h2 id="bedside-heading" className="text-lg font-semibold">
          At the bedside
        </h2>
        <p className="mt-2 max-w-3xl">
          <Link
            to="/patient"
            className="inline-flex min-h-11 items-center rounded-md bg-blue-900 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-800"
          >
            Start a patient workup
          </Link>
          <span className="ml-2 text-slate-700">
            Likely form, causes to look for, flagged drugs, iron reading, tests to order and a note, for the patient in front of you.
          </span>
        </p>
        <HowToTellSteps />
        <p className="mt-3 max-w-3xl font-medium">
          Iron therapy is indicated if ferritin is ≤{aasm.ironIfFerritinAtMost} ng/mL or TSAT is &lt;{aasm.ironIfTsatBelow}% (AASM
          2024), never when TSAT is ≥{bundle.ironRules.ceilings.noIronIfTsatAtLeast}%. <Citations ids={aasm.sources} />{' '}
          <Link to="/workup" hash="iron-studies">
            Interpret a result
          </Link>
        </p>
      </section>
      <DiagnosisCodes coding={bundle.coding} />
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        <li className="rounded-md border border-slate-300 p-4">
          <h2 className="font-semibold">
            <Link to="/primary-vs-secondary">Primary or secondary?</Link>
          </h2>
          <p className="mt-1 text-slate-700">Features that point to idiopathic RLS, and those that call for a search for a cause.</p>
        </li>
        <li className="rounded-md border border-slate-300 p-4">
          <h2 className="font-semibold">
            <Link to="/causes">Causes to look for</Link>
          </h2>
          <p className="mt-1 text-slate-700">{bundle.causes.length} causes and risk factors by category, each graded and cited.</p>
        </li>
        <li className="rounded-md border border-slate-300 p-4">
          <h2 className="font-semibold">
            <Link to="/medications">Medication triggers</Link>
          </h2>
          <p className="mt-1 text-slate-700">Drugs that cause or worsen RLS, safer alternatives, and a screener for a pasted medication list.</p>
        </li>
        <li className="rounded-md border border-slate-300 p-4">
          <h2 className="font-semibold">
            <Link to="/workup">Lab workup</Link>
          </h2>
          <p className="mt-1 text-slate-700">Which tests, how to draw them, an iron-studies interpreter and a one-page printable checklist.</p>
        </li>
      </ul>
    </>
  )
}
