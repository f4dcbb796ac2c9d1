/**
 * How evidence is shown everywhere: the grade as words (never colour alone), short
 * citations one click from the full reference, and unconfirmed claims labelled as such.
 */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { EvidenceGrade, Source } from '../data/bundle-schema'
import { useBundle } from '../data/bundle-query'
import { byId } from '../data/lookup'

const GRADE_STYLE: Record<EvidenceGrade, string> = {
  Established: 'border-green-800 bg-green-50 text-green-900',
  Probable: 'border-blue-800 bg-blue-50 text-blue-900',
  Possible: 'border-amber-800 bg-amber-50 text-amber-900',
  Disputed: 'border-red-800 bg-red-50 text-red-900',
}

export function GradeBadge({ grade, className = '' }: { grade: EvidenceGrade; className?: string }) {
  return (
    <span
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap print:border-black print:bg-white print:text-black ${GRADE_STYLE[grade]} ${className}`}
    >
      <span className="sr-only">Evidence grade: </span>
      {grade}
    </span>
  )
}

const shortJournal = (journal: string) => (journal.replace(/\s*\(.*$/, '').split(',')[0] ?? journal).trim()

/**
 * The short form of a citation: "Winkelman 2024" from "Winkelman JW, Berkowski JA, …",
 * "Helvacı Yılmaz 2016", "NHS Highland", "J Clin Sleep Med 2010" where no author is named.
 */
export function citeLabel(source: Source): string {
  if (source.type === 'consumer article' && source.id.startsWith('seed-')) return `Seed ${source.id.slice(5)}`
  const first = (source.authors.split(/[,;]/)[0] ?? '').trim()
  let name: string
  if (!first || /^(not |various|unknown|anonymous)/i.test(first)) {
    name = shortJournal(source.journal)
  } else {
    const tokens = first.split(/\s+/)
    // A person is "Surname [Surname] INITIALS"; anything else is an organisation.
    const initialsAt = tokens.findIndex((token, i) => i > 0 && /^[A-Z]{1,3}$/.test(token))
    name = initialsAt > 0 ? tokens.slice(0, initialsAt).join(' ') : first.replace(/\s*\(.*\)\s*$/, '')
  }
  return source.year ? `${name} ${source.year}` : name
}

/** " [Winkelman 2024; Silber 2021]" for plain text (printout, copied checklist); "" with no sources. */
export function citationText(sources: readonly Source[], ids: readonly string[]): string {
  const index = byId(sources)
  const labels = ids.map((id) => {
    const source = index.get(id)
    return source ? citeLabel(source) : id
  })
  return labels.length > 0 ? ` [${labels.join('; ')}]` : ''
}

export function sourceAnchor(id: string): string {
  return `source-${id}`
}

/** Bracketed short citations, each linking to the full reference on the Sources page. */
export function Citations({ ids, className = '' }: { ids: readonly string[]; className?: string }) {
  const sources = byId(useBundle().sources)
  if (ids.length === 0) return null
  return (
    <span className={`text-sm text-slate-700 ${className}`}>
      [
      {ids.map((id, i) => {
        const source = sources.get(id)
        return (
          <span key={id}>
            {i > 0 && '; '}
            <Link to="/sources" hash={sourceAnchor(id)} title={source?.title} className="text-blue-800">
              {source ? citeLabel(source) : id}
            </Link>
          </span>
        )
      })}
      ]
    </span>
  )
}

export function UnconfirmedTag() {
  return (
    <span className="ml-1 inline-block rounded border border-dashed border-slate-700 px-1 text-xs font-semibold text-slate-800 uppercase">
      Unconfirmed
    </span>
  )
}

/**
 * Claims kept only as unconfirmed: shown, never as fact. `about` names the entry they belong to: a page
 * can hold many of these boxes, and a screen reader lists them by name among the page's landmarks.
 */
export function UnconfirmedNotes({ items, about }: { items?: readonly string[]; about: string }) {
  if (!items || items.length === 0) return null
  return (
    <aside aria-label={`Unconfirmed claims: ${about}`} className="mt-3 rounded border border-dashed border-slate-600 bg-slate-50 p-3 text-sm">
      <p className="font-semibold">
        Unconfirmed <span className="font-normal">— not verified in a primary source; do not rely on these:</span>
      </p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </aside>
  )
}

/** An outbound link to a primary source: opened apart from the app, telling it nothing. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="break-words">
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  )
}

/** Authors. Title. Journal year. DOI / PMID — with the identifiers as links. */
export function FullCitation({ source }: { source: Source }) {
  return (
    <span>
      {source.authors}. <cite className="not-italic font-medium">{source.title}</cite>. <i>{source.journal}</i>
      {source.year ? ` ${source.year}` : ''}.
      {source.doi && (
        <>
          {' '}
          DOI: <ExternalLink href={`https://doi.org/${source.doi}`}>{source.doi}</ExternalLink>.
        </>
      )}
      {source.pmid && (
        <>
          {' '}
          PMID: <ExternalLink href={`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`}>{source.pmid}</ExternalLink>.
        </>
      )}
      {!source.doi && !source.pmid && source.url && (
        <>
          {' '}
          <ExternalLink href={source.url}>{source.url}</ExternalLink>.
        </>
      )}
      {source.note && <span className="text-slate-700"> {source.note}</span>}
    </span>
  )
}
