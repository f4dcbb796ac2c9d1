/**
 * The form's questions for the next clinical steps: how often and how distressing the
 * symptoms are (every patient), and the augmentation questions (only when a dopaminergic drug
 * is on the list or ticked). Worded by the bundle; answers live in the tab's patient store.
 */
import { useId } from 'react'
import type { Bundle } from '../../data/bundle-schema'
import type { PatientAssessment } from './assess-patient'
import { updatePatientForm, type PatientForm } from './patient-store'

export function NextStepsQuestions({ bundle, form, assessment }: { bundle: Bundle; form: PatientForm; assessment: PatientAssessment }) {
  const id = useId()
  const rules = bundle.patientWorkup.nextSteps
  if (!rules) return null
  const { severity, augmentation } = rules
  const asksAugmentation = assessment.nextSteps !== undefined && assessment.nextSteps.augmentation.status !== 'not-applicable'
  const toggle = (questionId: string, checked: boolean) => {
    const next = form.augmentationAnswers.filter((answer) => answer !== questionId)
    if (checked) next.push(questionId)
    updatePatientForm({ augmentationAnswers: next })
  }
  return (
    <div className="space-y-3">
      <Choice
        name={`${id}-frequency`}
        legend={severity.frequencyQuestion}
        options={severity.frequencyOptions}
        chosen={form.rlsFrequency}
        onChoose={(rlsFrequency) => updatePatientForm({ rlsFrequency })}
      />
      <Choice
        name={`${id}-distress`}
        legend={severity.distressQuestion}
        options={severity.distressOptions}
        chosen={form.rlsDistress}
        onChoose={(rlsDistress) => updatePatientForm({ rlsDistress })}
      />
      {asksAugmentation && (
        <fieldset className="rounded border-l-4 border-amber-700 bg-amber-50 p-2">
          <legend className="font-medium">Augmentation</legend>
          <p className="text-sm">{augmentation.intro}</p>
          {augmentation.questions.map((question) => (
            <label key={question.id} className="flex min-h-11 items-start gap-2 py-1">
              <input
                type="checkbox"
                className="mt-0.5 h-5 w-5 shrink-0 accent-blue-800"
                checked={form.augmentationAnswers.includes(question.id)}
                onChange={(event) => toggle(question.id, event.currentTarget.checked)}
              />
              <span>{question.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  )
}

function Choice({
  name,
  legend,
  options,
  chosen,
  onChoose,
}: {
  name: string
  legend: string
  options: readonly { id: string; label: string }[]
  chosen: string | undefined
  onChoose: (id: string) => void
}) {
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="flex min-h-11 items-center gap-2">
          <input type="radio" name={name} className="h-5 w-5 accent-blue-800" checked={chosen === option.id} onChange={() => onChoose(option.id)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
