import { Link } from '@tanstack/react-router'
import { EVIDENCE_GRADES } from '../../data/vocabulary'
import type { Cause, Category } from '../../data/bundle-schema'
import { useBundle } from '../../data/bundle-query'
import { GradeBadge } from '../../components/evidence'
import { byGradeThenName, countCauses, filterCauses, toggle, type CauseFilters } from './cause-filters'

type Props = { filters: CauseFilters; onChange: (next: CauseFilters) => void }

function ToggleButton({ pressed, label, count, onClick }: { pressed: boolean; label: string; count: number; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`min-h-9 rounded-md border px-2.5 py-1 text-sm font-medium ${
        pressed ? 'border-blue-900 bg-blue-900 text-white' : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100'
      }`}
    >
      {label} <span className={pressed ? 'text-blue-100' : 'text-slate-600'}>({count})</span>
    </button>
  )
}

export function CauseFilterControls({ filters, onChange }: Props) {
  const bundle = useBundle()
  const counts = countCauses(bundle.causes, filters)
  const active = filters.categories.length + filters.grades.length > 0
  return (
    <div className="space-y-3 rounded-md border border-slate-300 bg-slate-50 p-3">
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Category</legend>
        <div className="flex flex-wrap gap-2">
          {bundle.categories.map((category) => (
            <ToggleButton
              key={category.id}
              label={category.name}
              count={counts.byCategory.get(category.id) ?? 0}
              pressed={filters.categories.includes(category.id)}
              onClick={() => onChange({ ...filters, categories: toggle(filters.categories, category.id) })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">
          Evidence grade{' '}
          <Link to="/sources" hash="grades" className="font-normal">
            (what the grades mean)
          </Link>
        </legend>
        <div className="flex flex-wrap gap-2">
          {EVIDENCE_GRADES.map((grade) => (
            <ToggleButton
              key={grade}
              label={grade}
              count={counts.byGrade.get(grade) ?? 0}
              pressed={filters.grades.includes(grade)}
              onClick={() => onChange({ ...filters, grades: toggle(filters.grades, grade) })}
            />
          ))}
          {active && (
            <button
              type="button"
              onClick={() => onChange({ categories: [], grades: [] })}
              className="min-h-9 px-2 text-sm text-blue-800 underline"
            >
              Clear filters
            </button>
          )}
        </div>
      </fieldset>
    </div>
  )
}

function CauseItem({ cause }: { cause: Cause }) {
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Link to="/causes/$causeId" params={{ causeId: cause.id }} className="font-medium">
          {cause.name}
        </Link>
        <GradeBadge grade={cause.grade} />
        <span className="text-sm text-slate-600">{cause.role}</span>
      </div>
      <p className="text-sm text-slate-700">{cause.summary}</p>
    </li>
  )
}

export function CauseList({ filters }: { filters: CauseFilters }) {
  const bundle = useBundle()
  const shown = filterCauses(bundle.causes, filters)
  const groups = bundle.categories
    .map((category: Category) => ({ category, causes: shown.filter((c) => c.category === category.id).sort(byGradeThenName) }))
    .filter((group) => group.causes.length > 0)
  return (
    <>
      <p role="status" className="mt-4 text-sm text-slate-700">
        Showing {shown.length} of {bundle.causes.length} causes.
      </p>
      {groups.length === 0 && (
        <p className="mt-4">No cause matches these filters. Clear a category or grade to see more.</p>
      )}
      {groups.map(({ category, causes }) => (
        <section key={category.id} aria-labelledby={`category-${category.id}`} className="mt-6">
          <h2 id={`category-${category.id}`} className="text-lg font-semibold">
            {category.name} <span className="font-normal text-slate-600">({causes.length})</span>
          </h2>
          <p className="text-sm text-slate-700">{category.description}</p>
          <ul className="mt-1 divide-y divide-slate-200">
            {causes.map((cause) => (
              <CauseItem key={cause.id} cause={cause} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
