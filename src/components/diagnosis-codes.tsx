/**
 * The diagnosis codes a clinician writes on a requisition or a note, shown where they are
 * needed (start page, workup checklist) from the bundle's `coding` list.
 */
import type { Coding } from '../data/bundle-schema'
import { Citations, UnconfirmedTag } from './evidence'

export function DiagnosisCodes({ coding }: { coding: Coding }) {
  return (
    <section aria-label="Diagnosis codes" className="mt-3 max-w-3xl rounded border border-slate-300 p-2 text-sm print:hidden">
      <h2 className="font-semibold">Diagnosis codes for restless legs syndrome</h2>
      <ul className="mt-1 space-y-0.5">
        {coding.codes.map((code) => (
          <li key={`${code.system}-${code.code}`}>
            <span className="font-medium">{code.system}</span> <span className="font-mono font-semibold">{code.code}</span>{' '}
            <span className="text-slate-700">
              {code.label}
              {code.note ? `. ${code.note}` : ''}
            </span>{' '}
            <Citations ids={code.sources} />
            {code.unconfirmed && <UnconfirmedTag />}
          </li>
        ))}
      </ul>
    </section>
  )
}
