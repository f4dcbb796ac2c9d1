import { Link } from '@tanstack/react-router'
import { GradeBadge } from '../../components/evidence'
import type { PatientAssessment } from './assess-patient'
import { ResultSection } from './result-section'

export function CausesSection({ assessment }: { assessment: PatientAssessment }) {
  return (
    <ResultSection title="Causes to look for">
      <p className="text-sm text-slate-700">Strongest evidence first. Open a cause for its clues, tests and sources.</p>
      <ol className="mt-2 space-y-2">
        {assessment.causes.map(({ cause, because, conflicts }) => (
          <li key={cause.id} className="border-l-4 border-slate-400 pl-3">
            <p>
              <Link to="/causes/$causeId" params={{ causeId: cause.id }} className="font-semibold">
                {cause.name}
              </Link>{' '}
              <GradeBadge grade={cause.grade} />
            </p>
            <p className="text-sm text-slate-800">Because: {because.join('; ')}</p>
            {conflicts.length > 0 && (
              <p className="text-sm text-amber-900">
                {conflicts.map((conflict) => `Sources disagree: ${conflict.topic}`).join(' ')}{' '}
                <Link to="/causes/$causeId" params={{ causeId: cause.id }}>
                  See the evidence<span className="sr-only"> on {cause.name}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ol>
    </ResultSection>
  )
}
