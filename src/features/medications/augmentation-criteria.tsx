/**
 * Augmentation, as the bundle states it: dopaminergic drugs treat RLS and do not cause it; long-term
 * use for RLS can worsen the existing disease. The criteria and the management steps come from the
 * IRLSSG/EURLSSG 2016 task force, so a clinician can check a patient against them.
 */
import { Citations, UnconfirmedNotes, UnconfirmedTag } from '../../components/evidence'
import { useBundle } from '../../data/bundle-query'

export function AugmentationCriteria() {
  const { augmentation } = useBundle()
  const { statement, definition, criteria, management } = augmentation
  return (
    <section id="augmentation" aria-labelledby="augmentation-heading" className="mt-10 scroll-mt-4 rounded-md border border-slate-400 p-4">
      <h2 id="augmentation-heading" className="text-xl font-semibold">
        Augmentation: a complication of treating RLS, not a cause
      </h2>
      <p className="mt-2 max-w-4xl font-semibold">
        {statement.text} <Citations ids={statement.sources} />
        {statement.unconfirmed && <UnconfirmedTag />}
      </p>
      <p className="mt-2 max-w-4xl">
        {definition.text} <Citations ids={definition.sources} />
        {definition.unconfirmed && <UnconfirmedTag />}
      </p>

      <h3 className="mt-4 text-lg font-semibold">Augmentation criteria</h3>
      <p className="mt-1 max-w-4xl">
        {criteria.intro} <Citations ids={criteria.sources} />
      </p>
      <ul aria-label="Augmentation criteria" className="mt-2 max-w-4xl space-y-2">
        {criteria.items.map((item) => (
          <li key={item.text}>
            {item.text}
            {item.details && (
              <ul className="mt-1 list-disc space-y-0.5 pl-6">
                {item.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <UnconfirmedNotes items={criteria.unconfirmed} about="augmentation criteria" />

      <h3 className="mt-4 text-lg font-semibold">Preventing and managing augmentation</h3>
      <ul aria-label="Preventing and managing augmentation" className="mt-1 max-w-4xl list-disc space-y-1 pl-5">
        {management.map((step) => (
          <li key={step.text}>
            {step.text} <Citations ids={step.sources} />
            {step.unconfirmed && <UnconfirmedTag />}
          </li>
        ))}
      </ul>
    </section>
  )
}
