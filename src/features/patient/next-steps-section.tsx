/**
 * The next clinical steps as a result section: how significant the RLS is, the augmentation
 * check, where the iron went, which iron and when to recheck, and when to refer. Each line
 * with its sources; what the bundle marks unconfirmed is shown as such.
 */
import { Citations, UnconfirmedTag } from '../../components/evidence'
import type { CitedLine, NextStepsResult } from './next-steps'
import { ResultSection } from './result-section'

export function NextStepsSection({ steps }: { steps: NextStepsResult | undefined }) {
  if (!steps) return null
  const { severity, augmentation, ironLoss, ironProducts, ironRecheck, referral } = steps
  return (
    <ResultSection title="Next steps">
      <h3 className="font-semibold">Frequency and distress</h3>
      <div role="status" aria-label="Clinical significance">
        {'line' in severity ? (
          <Line line={severity.line} strong={severity.status === 'significant' ? 'Clinically significant RLS.' : 'Not clinically significant.'} />
        ) : (
          <p className="text-slate-700">{severity.text}</p>
        )}
      </div>

      {augmentation.status !== 'not-applicable' && (
        <>
          <h3 className="mt-3 font-semibold">Augmentation check</h3>
          <div role="status" aria-label="Augmentation check">
            <p className="text-sm text-slate-700">Dopaminergic drug: {augmentation.because.join(', ')}.</p>
            <Line
              line={augmentation.line}
              strong={augmentation.status === 'possible' ? 'Possible augmentation.' : augmentation.status === 'unanswered' ? 'Augmentation risk: check these.' : undefined}
            />
          </div>
          {augmentation.management.length > 0 && (
            <ul aria-label="Augmentation next steps" className="mt-1 list-disc space-y-1 pl-5">
              {augmentation.management.map((line) => (
                <li key={line.text}>
                  <Line line={line} inline />
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {ironLoss && (
        <>
          <h3 className="mt-3 font-semibold">Where the iron went</h3>
          <ul aria-label="Source of iron loss" className="list-disc space-y-1 pl-5">
            {ironLoss.steps.map((line) => (
              <li key={line.text}>
                <Line line={line} inline />
              </li>
            ))}
          </ul>
          {ironLoss.proxyNote && <p className="mt-1 text-sm text-slate-700">{ironLoss.proxyNote}</p>}
        </>
      )}

      {ironProducts.length > 0 && (
        <>
          <h3 className="mt-3 font-semibold">Which iron, and when to recheck</h3>
          <ul aria-label="Iron product" className="list-disc space-y-1 pl-5">
            {ironProducts.map((product) => (
              <li key={product.product}>
                <span className="font-medium">{product.product}</span> ({product.route}). {product.strength}. <Citations ids={product.sources} />
                <Unconfirmed items={product.unconfirmed} />
              </li>
            ))}
          </ul>
          {ironRecheck.map((line) => (
            <Line key={line.text} line={line} />
          ))}
        </>
      )}

      <h3 className="mt-3 font-semibold">{referral.intro}</h3>
      {referral.now.length > 0 && (
        <>
          <p className="font-medium">For this patient now:</p>
          <ul aria-label="Referral for this patient" className="list-disc space-y-1 pl-5">
            {referral.now.map((line) => (
              <li key={line.text}>
                <Line line={line} inline />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-1 font-medium">{referral.now.length > 0 ? 'Also when:' : 'When:'}</p>
      <ul aria-label="Referral criteria" className="list-disc space-y-1 pl-5">
        {referral.general.map((line) => (
          <li key={line.text}>
            <Line line={line} inline />
          </li>
        ))}
      </ul>
    </ResultSection>
  )
}

function Line({ line, strong, inline = false }: { line: CitedLine; strong?: string | undefined; inline?: boolean }) {
  const body = (
    <>
      {strong && <span className="font-semibold">{strong} </span>}
      {line.text} <Citations ids={line.sources} />
      <Unconfirmed items={line.unconfirmed} />
    </>
  )
  return inline ? body : <div className="mt-1">{body}</div>
}

/** What the bundle could not confirm for a line: tagged, with the reasons one tap away (the list stays short on a phone). */
function Unconfirmed({ items }: { items: readonly string[] | undefined }) {
  if (!items || items.length === 0) return null
  return (
    <details className="text-sm text-slate-700">
      <summary className="inline-flex min-h-6 cursor-pointer items-center gap-1">
        <UnconfirmedTag /> <span className="underline">what could not be confirmed</span>
      </summary>
      <p>{items.join(' ')}</p>
    </details>
  )
}
