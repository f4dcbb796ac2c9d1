import { Link } from '@tanstack/react-router'
import { SOURCE_TYPES } from '../../data/vocabulary'
import type { Source } from '../../data/bundle-schema'
import { useBundle } from '../../data/bundle-query'
import { citeLabel, FullCitation, sourceAnchor, UnconfirmedNotes } from '../../components/evidence'
import { citingEntriesBySource, type CitingEntry } from './cited-by'

function EntryLink({ entry }: { entry: CitingEntry }) {
  switch (entry.kind) {
    case 'cause':
      return (
        <Link to="/causes/$causeId" params={{ causeId: entry.id }}>
          {entry.label}
        </Link>
      )
    case 'medication':
      return <Link to="/medications" hash={`medication-${entry.id}`}>{entry.label}</Link>
    case 'medication class':
      return <Link to="/medications" hash={`class-${entry.id}`}>{entry.label}</Link>
    case 'lab':
      return <Link to="/workup" hash={`lab-${entry.id}`}>{entry.label}</Link>
    case 'iron rule':
      return <Link to="/workup">{entry.label}</Link>
    case 'augmentation':
      return <Link to="/medications" hash="augmentation">{entry.label}</Link>
    case 'comparison':
      return <Link to="/primary-vs-secondary">{entry.label}</Link>
    case 'mimic':
      return <Link to="/primary-vs-secondary" hash={`mimic-${entry.id}`}>{entry.label}</Link>
    case 'conflict':
      return entry.causeId ? (
        <Link to="/causes/$causeId" params={{ causeId: entry.causeId }}>
          {entry.label}
        </Link>
      ) : (
        <span>{entry.label}</span>
      )
    case 'gene':
      return <span>{entry.label}</span>
    case 'patient workup':
      return <Link to="/patient">{entry.label}</Link>
    case 'diagnosis':
      return entry.id === 'codes' ? <Link to="/">{entry.label}</Link> : <Link to="/primary-vs-secondary">{entry.label}</Link>
  }
}

function SourceItem({ source, citedBy }: { source: Source; citedBy: CitingEntry[] }) {
  return (
    <li id={sourceAnchor(source.id)} className="scroll-mt-4 py-3 target:bg-amber-50">
      <FullCitation source={source} />
      <span className="ml-2 inline-block rounded border border-slate-400 px-1 text-xs text-slate-700">{source.type}</span>
      <UnconfirmedNotes items={source.unconfirmed} about={`${citeLabel(source)}, ${source.title}`} />
      {citedBy.length > 0 && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-slate-700">Cited by {citedBy.length} {citedBy.length === 1 ? 'entry' : 'entries'}</summary>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 pl-4">
            {citedBy.map((entry) => (
              <li key={`${entry.kind}-${entry.id}`}>
                <EntryLink entry={entry} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  )
}

export function SourceList() {
  const bundle = useBundle()
  const citedBy = citingEntriesBySource(bundle)
  return (
    <>
      {SOURCE_TYPES.map((type) => {
        const sources = bundle.sources.filter((s) => s.type === type).sort((a, b) => a.authors.localeCompare(b.authors))
        if (sources.length === 0) return null
        const headingId = `type-${type.replace(/\s+/g, '-')}`
        return (
          <section key={type} aria-labelledby={headingId} className="mt-6">
            <h2 id={headingId} className="text-lg font-semibold capitalize">
              {type === 'consumer article' ? 'Consumer articles (the seed documents)' : `${type}s`}{' '}
              <span className="font-normal text-slate-600">({sources.length})</span>
            </h2>
            <ul className="divide-y divide-slate-200">
              {sources.map((source) => (
                <SourceItem key={source.id} source={source} citedBy={citedBy.get(source.id) ?? []} />
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
