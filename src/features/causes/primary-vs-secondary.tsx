/**
 * Primary (idiopathic) or secondary? The comparison row by row, a short way to decide,
 * the secondary causes to look for, and the mimics IRLSSG criterion 5 asks to exclude.
 */
import { Link } from '@tanstack/react-router'
import { useBundle } from '../../data/bundle-query'
import { Citations, GradeBadge, UnconfirmedTag } from '../../components/evidence'
import type { Diagnosis } from '../../data/bundle-schema'
import { byGradeThenName } from './cause-filters'
import { HowToTellSteps } from './how-to-tell-steps'

export function PrimaryVsSecondary() {
  const bundle = useBundle()
  const secondary = bundle.causes.filter((cause) => cause.role === 'secondary cause')
  const groups = bundle.categories
    .map((category) => ({ category, causes: secondary.filter((c) => c.category === category.id).sort(byGradeThenName) }))
    .filter((group) => group.causes.length > 0)
  return (
    <>
      <DiagnosticCriteria diagnosis={bundle.diagnosis} />
      <section aria-labelledby="comparison-heading" className="mt-8">
        <h2 id="comparison-heading" className="text-lg font-semibold">
          Side by side
        </h2>
        <CitedTable
          minWidth="min-w-[36rem]"
          headers={['Feature', 'Points to primary (idiopathic)', 'Points to secondary']}
          rows={bundle.comparison.rows.map((row) => ({ key: row.id, cells: [row.feature, row.primary, row.secondary], sources: row.sources }))}
        />
      </section>

      {bundle.comparison.howToTell.length > 0 && (
        <section aria-labelledby="how-to-tell-heading" className="mt-8">
          <h2 id="how-to-tell-heading" className="text-lg font-semibold">
            How to tell
          </h2>
          <HowToTellSteps />
        </section>
      )}

      <section aria-labelledby="secondary-heading" className="mt-8">
        <h2 id="secondary-heading" className="text-lg font-semibold">
          Secondary causes to look for
        </h2>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {groups.map(({ category, causes }) => (
            <div key={category.id}>
              <h3 className="font-semibold">{category.name}</h3>
              <ul className="mt-1 space-y-1">
                {causes.map((cause) => (
                  <li key={cause.id}>
                    <Link to="/causes/$causeId" params={{ causeId: cause.id }}>
                      {cause.name}
                    </Link>{' '}
                    <GradeBadge grade={cause.grade} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="mimics-heading" className="mt-8">
        <h2 id="mimics-heading" className="text-lg font-semibold">
          Mimics to exclude
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">
          The diagnosis requires that the symptoms are not explained only by another condition (IRLSSG criterion 5).
        </p>
        <CitedTable
          minWidth="min-w-[30rem]"
          headers={['Mimic', 'How to tell it apart']}
          rows={bundle.mimics.map((mimic) => ({ key: mimic.id, anchor: `mimic-${mimic.id}`, cells: [mimic.name, mimic.howToTell], sources: mimic.sources }))}
        />
      </section>
    </>
  )
}

type CitedRow = { key: string; anchor?: string; cells: [string, ...string[]]; sources: string[] }

/** A table whose first column names the row and whose last column cites it. */
function CitedTable({ headers, rows, minWidth }: { headers: string[]; rows: CitedRow[]; minWidth: string }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {headers.map((header, i) => (
              <th key={header} scope="col" className={`py-2 pr-3 ${i === 0 ? 'w-44' : ''}`}>
                {header}
              </th>
            ))}
            <th scope="col" className="w-32 py-2">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, anchor, cells: [name, ...rest], sources }) => (
            <tr key={key} id={anchor} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {name}
              </th>
              {rest.map((cell, i) => (
                <td key={i} className="py-2 pr-3">
                  {cell}
                </td>
              ))}
              <td className="py-2">
                <Citations ids={sources} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The IRLSSG 2014 criteria: the five that must all be met, the specifiers, the supportive features. */
function DiagnosticCriteria({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <section aria-labelledby="criteria-heading" className="mt-4">
      <h2 id="criteria-heading" className="text-lg font-semibold">
        Diagnostic criteria (IRLSSG 2014)
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{diagnosis.intro}</p>
      <h3 className="mt-2 font-semibold">Essential criteria: all five</h3>
      <ol aria-label="Essential criteria" className="mt-1 max-w-3xl list-decimal space-y-1 pl-6">
        {diagnosis.essentialCriteria.map((item) => (
          <li key={item.id}>
            <span className="font-semibold">{item.name}:</span> {item.text} <Citations ids={item.sources} />
            {item.unconfirmed && <UnconfirmedTag />}
          </li>
        ))}
      </ol>
      <CitedList title="Specifiers" items={diagnosis.specifiers} />
      <CitedList title="Supportive features" items={diagnosis.supportiveFeatures} />
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-6 text-sm text-slate-800">
        {diagnosis.notes.map((note) => (
          <li key={note.text}>
            {note.text} <Citations ids={note.sources} />
            {note.unconfirmed && <UnconfirmedTag />}
          </li>
        ))}
      </ul>
    </section>
  )
}

function CitedList({ title, items }: { title: string; items: Diagnosis['specifiers'] }) {
  return (
    <>
      <h3 className="mt-3 font-semibold">{title}</h3>
      <ul aria-label={title} className="mt-1 max-w-3xl list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={item.id}>
            <span className="font-semibold">{item.name}:</span> {item.text} <Citations ids={item.sources} />
            {item.unconfirmed && <UnconfirmedTag />}
          </li>
        ))}
      </ul>
    </>
  )
}
