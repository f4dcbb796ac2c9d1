import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { causeListSearch } from '../features/causes/cause-list-search'
import { parseCauseFilters, toCauseListSearch } from '../features/causes/cause-filters'
import { CauseFilterControls, CauseList } from '../features/causes/cause-list'
import { NeedsJavaScript } from '../components/needs-javascript'

export const Route = createFileRoute('/causes/')({
  validateSearch: causeListSearch,
  component: CausesPage,
})

function CausesPage() {
  usePageTitle('Causes')
  const filters = parseCauseFilters(Route.useSearch())
  const navigate = Route.useNavigate()
  return (
    <>
      <h1 className="text-2xl font-semibold">Causes</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Conditions, drugs and factors linked to restless legs, by category. Each has an evidence grade; open one for its
        clues, tests, figures and sources.
      </p>
      <NeedsJavaScript>The filters need JavaScript, which is off in this browser. Every cause is listed below.</NeedsJavaScript>
      <div className="mt-4">
        <CauseFilterControls filters={filters} onChange={(next) => void navigate({ search: toCauseListSearch(next) })} />
      </div>
      <CauseList filters={filters} />
    </>
  )
}
