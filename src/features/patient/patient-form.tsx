/**
 * The form "About the patient": every field reads from and writes to the tab's patient store, so
 * it is as the clinician left it after a visit elsewhere in the app. Number fields stay
 * uncontrolled (a half-typed "1e" is the browser's to keep) and start from the stored text.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import type { Bundle, CategoryId, PatientFinding } from '../../data/bundle-schema'
import { NumberField } from '../../components/number-field'
import { PREGNANCY_STAGES, type PatientAssessment } from './assess-patient'
import { updatePatientForm, type PatientForm as PatientFormValues } from './patient-store'
import { IRON_UNITS, type PatientField } from './read-patient-values'
import { NextStepsQuestions } from './next-steps-questions'

type NumberKey = 'age' | 'ageAtOnset' | 'ferritin' | 'tsat' | 'serumIron' | 'tibc'

export function PatientForm({ bundle, form, assessment }: { bundle: Bundle; form: PatientFormValues; assessment: PatientAssessment }) {
  const id = useId()
  const ticked = new Set(form.ticked)
  const errorFor = (field: PatientField) => assessment.errors.find((e) => e.field === field)?.message
  const ironErrorFor = (field: 'ferritin' | 'tsat') => assessment.iron.interpretation.errors.find((e) => e.field === field)?.message
  const toggle = (findingId: string, checked: boolean) => {
    const next = form.ticked.filter((tickedId) => tickedId !== findingId)
    if (checked) next.push(findingId)
    updatePatientForm({ ticked: next, ...(findingId === 'pregnant' && !checked ? { pregnancyStage: undefined } : {}) })
  }
  const read = (key: NumberKey) => (event: FormEvent<HTMLInputElement>) =>
    updatePatientForm({ [key]: { text: event.currentTarget.value, unreadable: event.currentTarget.validity.badInput } })
  const number = (key: NumberKey) => ({ onInput: read(key), defaultValue: form[key].text })

  const checkboxes = bundle.patientWorkup.findings.filter((f) => f.input === 'checkbox')
  const prominent = checkboxes.filter((f) => f.prominent)
  const grouped = bundle.categories
    .map((category) => ({ category, findings: checkboxes.filter((f) => !f.prominent && f.category === category.id) }))
    .filter((group) => group.findings.length > 0)

  return (
    <form aria-labelledby={`${id}-form`} autoComplete="off" onSubmit={(event) => event.preventDefault()} className="min-w-0 space-y-5">
      <h2 id={`${id}-form`} className="text-xl font-semibold">
        About the patient
      </h2>
      <div className="grid grid-cols-2 gap-3">
        <NumberField compact id={`${id}-age`} label="Age (years)" error={errorFor('age')} {...number('age')} />
        <NumberField compact id={`${id}-onset`} label="Age at onset (years)" error={errorFor('ageAtOnset')} {...number('ageAtOnset')} />
      </div>
      <fieldset>
        <legend className="font-medium">Sex</legend>
        <div className="flex flex-wrap gap-x-6">
          {(['female', 'male'] as const).map((sex) => (
            <RadioChoice
              key={sex}
              name={`${id}-sex`}
              label={sex === 'female' ? 'Female' : 'Male'}
              checked={form.sex === sex}
              onChoose={() => updatePatientForm({ sex })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="font-medium">Conditions and history</legend>
        <div className="mt-1 grid gap-0.5">
          {prominent.map((finding) => (
            <div key={finding.id}>
              <FindingCheckbox finding={finding} id={`${id}-${finding.id}`} checked={ticked.has(finding.id)} onToggle={toggle} />
              {finding.id === 'pregnant' && ticked.has('pregnant') && (
                <fieldset className="ml-8 border-l-2 border-slate-300 pl-3">
                  <legend className="text-sm font-medium">Stage of pregnancy</legend>
                  {PREGNANCY_STAGES.map((stage) => (
                    <RadioChoice
                      key={stage}
                      name={`${id}-stage`}
                      label={stage.charAt(0).toUpperCase() + stage.slice(1)}
                      checked={form.pregnancyStage === stage}
                      onChoose={() => updatePatientForm({ pregnancyStage: stage })}
                    />
                  ))}
                </fieldset>
              )}
              {finding.id === 'pregnant' && errorFor('pregnant') && (
                <p className="ml-8 text-sm font-medium text-red-900">{errorFor('pregnant')}</p>
              )}
            </div>
          ))}
        </div>
      </fieldset>

      <div>
        <p className="font-medium">More conditions, by category</p>
        <div className="mt-1 divide-y divide-slate-200 border-y border-slate-200">
          {grouped.map(({ category, findings }) => (
            <CategoryGroup key={category.id} categoryId={category.id} name={category.name} count={findings.filter((f) => ticked.has(f.id)).length}>
              {findings.map((finding) => (
                <FindingCheckbox key={finding.id} finding={finding} id={`${id}-${finding.id}`} checked={ticked.has(finding.id)} onToggle={toggle} />
              ))}
            </CategoryGroup>
          ))}
        </div>
      </div>

      <div>
        <label htmlFor={`${id}-meds`} className="font-medium">
          Medication list
        </label>
        <p id={`${id}-meds-hint`} className="text-sm text-slate-700">
          Paste it as it comes from the chart, one drug per line.
        </p>
        <textarea
          id={`${id}-meds`}
          aria-describedby={`${id}-meds-hint`}
          value={form.medications}
          onChange={(event) => updatePatientForm({ medications: event.target.value })}
          rows={5}
          dir="auto"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 font-mono text-sm"
        />
      </div>

      <NextStepsQuestions bundle={bundle} form={form} assessment={assessment} />

      <fieldset className="space-y-3">
        <legend className="font-medium">Iron studies</legend>
        <div className="grid grid-cols-2 gap-3">
          <NumberField compact id={`${id}-ferritin`} label="Ferritin (ng/mL)" hint="µg/L equals ng/mL" error={ironErrorFor('ferritin')} {...number('ferritin')} />
          <NumberField compact id={`${id}-tsat`} label="Transferrin saturation (%)" error={ironErrorFor('tsat')} {...number('tsat')} />
        </div>
        <div className="rounded border border-slate-300 p-3">
          <p className="text-sm text-slate-800">
            No TSAT reported? Enter serum iron and TIBC in the same unit, and TSAT is calculated (iron ÷ TIBC × 100).
          </p>
          <fieldset className="mt-2">
            <legend className="text-sm font-medium">Unit for serum iron and TIBC</legend>
            <div className="flex flex-wrap gap-x-6">
              {IRON_UNITS.map((unit) => (
                <RadioChoice key={unit} name={`${id}-unit`} label={unit} checked={form.ironUnit === unit} onChoose={() => updatePatientForm({ ironUnit: unit })} />
              ))}
            </div>
          </fieldset>
          <div className="mt-2 grid grid-cols-2 gap-3">
            <NumberField compact id={`${id}-iron`} label={`Serum iron (${form.ironUnit})`} error={errorFor('serumIron')} {...number('serumIron')} />
            <NumberField compact id={`${id}-tibc`} label={`TIBC (${form.ironUnit})`} error={errorFor('tibc')} {...number('tibc')} />
          </div>
        </div>
      </fieldset>
    </form>
  )
}

function RadioChoice({ name, label, checked, onChoose }: { name: string; label: string; checked: boolean; onChoose: () => void }) {
  return (
    <label className="flex min-h-11 items-center gap-2">
      <input type="radio" name={name} className="h-5 w-5 accent-blue-800" checked={checked} onChange={onChoose} />
      {label}
    </label>
  )
}

function CategoryGroup({ categoryId, name, count, children }: { categoryId: CategoryId; name: string; count: number; children: ReactNode }) {
  // Back at a patient in progress, a group with a ticked finding starts open; then it is the clinician's.
  const [initiallyOpen] = useState(count > 0)
  return (
    <details data-category={categoryId} className="py-1" open={initiallyOpen || undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">
        {name}
        {count > 0 && <span className="ml-2 text-sm font-normal text-slate-700">({count} ticked)</span>}
      </summary>
      <div className="grid gap-0.5 pb-2 pl-2">{children}</div>
    </details>
  )
}

function FindingCheckbox({
  finding,
  id,
  checked,
  onToggle,
}: {
  finding: PatientFinding
  id: string
  checked: boolean
  onToggle: (id: string, checked: boolean) => void
}) {
  return (
    <div className="flex min-h-11 items-start gap-2 py-1">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 h-5 w-5 shrink-0 accent-blue-800"
        checked={checked}
        onChange={(event) => onToggle(finding.id, event.currentTarget.checked)}
        aria-describedby={finding.hint ? `${id}-hint` : undefined}
      />
      <div className="min-w-0">
        <label htmlFor={id}>{finding.label}</label>
        {finding.hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            {finding.hint}
          </p>
        )}
      </div>
    </div>
  )
}
