/**
 * The safety cautions that go with an iron reading (overload, IV iron, pregnancy), cited: one list
 * for the /workup interpreter and the patient workup, so both say the same.
 */
import { Citations, UnconfirmedTag } from '../../components/evidence'
import type { IronStudiesInterpretation } from './interpret-iron-studies'

export function IronCautions({ cautions }: { cautions: IronStudiesInterpretation['cautions'] }) {
  return (
    <ul aria-label="Safety cautions" className="mt-2 list-disc space-y-1 pl-5 text-sm">
      {cautions.map((caution) => (
        <li key={caution.text}>
          <span className="font-semibold">Caution:</span> {caution.text} <Citations ids={caution.sources} />
          {caution.unconfirmed && <UnconfirmedTag />}
        </li>
      ))}
    </ul>
  )
}
