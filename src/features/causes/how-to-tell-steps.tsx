import { useBundle } from '../../data/bundle-query'
import { Citations } from '../../components/evidence'

/** The bedside sequence for deciding primary vs secondary, each step cited. */
export function HowToTellSteps() {
  const steps = useBundle().comparison.howToTell
  return (
    <ol className="mt-2 max-w-3xl list-decimal space-y-1 pl-5">
      {steps.map((step) => (
        <li key={step.text}>
          {step.text} <Citations ids={step.sources} />
        </li>
      ))}
    </ol>
  )
}
