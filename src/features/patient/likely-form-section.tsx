import type { Bundle } from '../../data/bundle-schema'
import { Citations } from '../../components/evidence'
import type { PatientAssessment } from './assess-patient'
import { ResultSection } from './result-section'

export function LikelyFormSection({ assessment, bundle }: { assessment: PatientAssessment; bundle: Bundle }) {
  const { likelyForm } = assessment
  const notes = bundle.patientWorkup.notes
  return (
    <ResultSection title="Likely form">
      <p role="status" aria-label="Likely form" className="text-lg font-semibold">
        {likelyForm.label}
      </p>
      {likelyForm.primary.length > 0 && <FeatureList title="Points to primary (idiopathic)" features={likelyForm.primary} />}
      {likelyForm.secondary.length > 0 && <FeatureList title="Points to secondary" features={likelyForm.secondary} />}
      <p className="mt-2 text-sm text-slate-700">
        {notes.likelyForm} <Citations ids={notes.likelyFormSources} />
      </p>
    </ResultSection>
  )
}

function FeatureList({ title, features }: { title: string; features: PatientAssessment['likelyForm']['primary'] }) {
  return (
    <>
      <h3 className="mt-2 font-semibold">{title}</h3>
      <ul className="list-disc pl-5">
        {features.map((feature) => (
          <li key={feature.finding}>
            {feature.text} <Citations ids={feature.sources} />
          </li>
        ))}
      </ul>
    </>
  )
}
