import { Link } from '@tanstack/react-router'
import { Citations, UnconfirmedTag } from '../../components/evidence'
import type { IronReading } from '../workup/interpret-iron-studies'
import type { IronContext, PatientAssessment } from './assess-patient'
import { ResultSection } from './result-section'
import { IronCautions } from '../workup/iron-cautions'

export const IRON_CONTEXT_LABEL: Record<IronContext, string> = {
  child: 'child (under 18): the children’s ferritin rule',
  pregnancy: 'pregnancy',
  dialysis: 'kidney failure on dialysis',
  inflammation: 'inflammation, infection or cancer: TSAT weighs more than ferritin',
}

export function IronSection({ assessment }: { assessment: PatientAssessment }) {
  const { iron } = assessment
  const { interpretation, calculation } = iron
  return (
    <ResultSection title="Iron studies">
      <div role="status" aria-label="Iron reading">
        <p className="text-sm text-slate-700">
          {iron.contexts.length > 0
            ? `For this patient: ${iron.contexts.map((c) => IRON_CONTEXT_LABEL[c]).join('; ')}.`
            : assessment.age === undefined
              ? 'Adult thresholds: enter the age if the patient is under 18.'
              : 'Adult thresholds.'}
        </p>
        {iron.tsat?.source === 'calculated' && iron.tsat.text && <p className="mt-1 text-sm">{iron.tsat.text}.</p>}
        {calculation.status === 'incomplete' && <p className="mt-1 text-sm">{calculation.message}</p>}
        {interpretation.status === 'empty' && <p className="mt-1 text-slate-700">{interpretation.summary}</p>}
        {interpretation.status === 'invalid' && (
          <p className="mt-1 font-medium text-red-900">No interpretation: {interpretation.errors.map((e) => e.message).join(' ')}</p>
        )}
        {interpretation.primary && <Reading reading={interpretation.primary} main />}
        {interpretation.comparison && <Reading reading={interpretation.comparison} differs={interpretation.differs} />}
      </div>
      {interpretation.status !== 'empty' && interpretation.cautions.length > 0 && (
        <IronCautions cautions={interpretation.cautions} />
      )}
      {iron.notes.map((note) => (
        <p key={note.text} className="mt-2 text-sm">
          {note.text} <Citations ids={note.sources} />
          {note.unconfirmed && <UnconfirmedTag />}
        </p>
      ))}
      <p className="mt-2 text-sm">
        <Link to="/workup" hash="iron-studies">
          Thresholds and caveats
        </Link>
      </p>
    </ResultSection>
  )
}

function Reading({ reading, main = false, differs = false }: { reading: IronReading; main?: boolean; differs?: boolean }) {
  const label = main ? reading.ruleLabel : `${reading.ruleLabel} ${differs ? 'reading differs' : 'agrees'}`
  return (
    <p className={main ? 'mt-1' : `mt-2 text-sm ${differs ? 'rounded border-l-4 border-amber-700 bg-amber-50 py-1 pl-2' : ''}`}>
      <span className="font-semibold">{label}:</span>{' '}
      {reading.status === 'verdict' ? <strong>{reading.verdictLabel}.</strong> : <strong>no verdict yet.</strong>} {reading.reason}{' '}
      <Citations ids={reading.sources} />
      {reading.status === 'verdict' && reading.unconfirmed && <UnconfirmedTag />}
    </p>
  )
}
