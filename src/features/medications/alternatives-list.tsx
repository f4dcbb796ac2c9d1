import { Citations, UnconfirmedTag } from '../../components/evidence'
import type { Alternative } from './screen-medication-list'

/** Safer options, each with its sources; unconfirmed ones say so. */
export function AlternativesList({ alternatives, label }: { alternatives: readonly Alternative[]; label?: string }) {
  if (alternatives.length === 0) return null
  return (
    <ul aria-label={label} className="list-disc space-y-1 pl-5">
      {alternatives.map((alternative) => (
        <li key={alternative.text}>
          {alternative.text} <Citations ids={alternative.sources} />
          {alternative.unconfirmed && <UnconfirmedTag />}
        </li>
      ))}
    </ul>
  )
}
