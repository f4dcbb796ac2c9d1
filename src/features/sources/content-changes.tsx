/**
 * What changed clinically in each content version, and why (`meta.changes`), newest first:
 * shown on the sources page so a clinician can see what the reference now says differently.
 */
import type { Meta } from '../../data/bundle-schema'

export function ContentChanges({ meta }: { meta: Meta }) {
  return (
    <section id="changes" aria-labelledby="changes-heading" className="mt-6 max-w-3xl scroll-mt-4 rounded-md border border-slate-300 p-3">
      <h2 id="changes-heading" className="text-lg font-semibold">
        What changed
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Content {meta.version}, reviewed <time dateTime={meta.reviewed}>{meta.reviewed}</time>. What changed clinically in each version, and why.
      </p>
      {meta.changes.map((change) => (
        <section key={change.version} aria-label={`Version ${change.version}`} className="mt-2">
          <h3 className="font-semibold">
            Version {change.version} <span className="font-normal text-slate-700">(reviewed {change.reviewed})</span>
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {change.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
