import { Link } from '@tanstack/react-router'
import type { Bundle } from '../../data/bundle-schema'
import { Citations } from '../../components/evidence'
import type { PatientAssessment, TestToOrder } from './assess-patient'
import { ResultSection } from './result-section'

/** Why a test is on the list, as the screen and the printout say it: "Every patient; also …", "Because of …". */
export function testReasonText(test: TestToOrder): string {
  const reasons = test.reasons.join('; ')
  if (test.everyPatient) return reasons ? `Every patient; also ${reasons}` : 'Every patient'
  return `Because of ${reasons}`
}

export function TestsSection({ assessment, notes }: { assessment: PatientAssessment; notes: Bundle['patientWorkup']['notes'] }) {
  return (
    <ResultSection title="Tests to order">
      <p className="text-sm text-slate-700">
        Only the tests that apply, each with the reason from what you entered; a result already entered is to repeat, not to order.
      </p>
      <ul aria-label="Tests to order" className="mt-2 divide-y divide-slate-200">
        {assessment.tests.map((test) => (
          <TestItem key={test.lab.id} test={test} />
        ))}
      </ul>
      <p className="mt-2 text-sm">
        {notes.drawIron} <Citations ids={notes.drawIronSources} />
      </p>
    </ResultSection>
  )
}

function TestItem({ test }: { test: TestToOrder }) {
  return (
    <li className="py-1.5">
      <Link to="/workup" hash={`lab-${test.lab.id}`} className="font-semibold">
        {test.lab.name}
      </Link>
      <span className="block text-sm text-slate-800">
        {test.resultEntered && <strong className="font-semibold">Result entered: repeat when due, not re-ordered now. </strong>}
        {testReasonText(test)} <Citations ids={test.sources} />
      </span>
    </li>
  )
}
