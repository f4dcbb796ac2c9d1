import type { Conflict } from '../../data/bundle-schema'
import { Citations, UnconfirmedTag } from '../../components/evidence'

/** Each figure with its source, then which is better supported and why. */
export function ConflictCard({ conflict }: { conflict: Conflict }) {
  return (
    <div className="rounded-md border border-amber-700 bg-amber-50/40 p-3 print:border-black">
      <h3 className="font-semibold">{conflict.topic}</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {conflict.positions.map((position, i) => (
          <li key={i}>
            {position.claim} {position.unconfirmed && <UnconfirmedTag />} <Citations ids={position.sources} />
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <span className="font-semibold">Better supported: </span>
        {conflict.verdict}
      </p>
    </div>
  )
}
