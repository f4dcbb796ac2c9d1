import { useId, type ReactNode } from 'react'

/** One titled card of the patient workup's results; its title names the region. */
export function ResultSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="rounded-md border border-slate-300 p-4">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  )
}
