/**
 * The patient workup: one screen for the patient in front of the clinician. What is typed
 * lives in this component's state only — never stored, never sent, never in the address — so a
 * reload, or "Start a new patient", begins empty. Every answer comes from `assessPatient`
 * (rules in the bundle), the medication screener and the iron interpreter.
 */
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { Bundle, CategoryId, PatientFinding } from '../../data/bundle-schema'
import { Citations, GradeBadge, UnconfirmedTag } from '../../components/evidence'
import { useBundle } from '../../data/bundle-query'
import { useQuery } from '@tanstack/react-query'
import { drugVocabularyQuery } from '../../data/drug-vocabulary-query'
import { useInputTypedBeforeStart } from '../../lib/input-typed-before-start'
import { NeedsJavaScript } from '../../components/needs-javascript'
import { NumberField } from '../../components/number-field'
import { ScreeningResults } from '../medications/medication-list-screener'
import { screenMedicationList, type ScreeningResult } from '../medications/screen-medication-list'
import { CopyChecklistButton } from '../workup/copy-checklist-button'
import type { IronReading } from '../workup/interpret-iron-studies'
import { PatientFields } from '../workup/patient-fields'
import { assessPatient, PREGNANCY_STAGES, type IronContext, type PatientAssessment, type PatientInput, type PregnancyStage, type Sex } from './assess-patient'
import { PatientPrintout } from './patient-printout'
import { IRON_UNITS, type IronUnit, type PatientField } from './read-patient-values'
import { chartPrefill, type ChartPrefill } from '../ehr/chart-prefill'
import { endEhrSession, useEhrIdleTimeout } from '../ehr/ehr-session'
import { getLaunchedPatient, type LaunchedPatient } from '../ehr/launched-patient'
import { LaunchedPatientPanel } from '../ehr/launched-patient-panel'

type NumberValue = { text: string; unreadable: boolean }
const EMPTY_NUMBER: NumberValue = { text: '', unreadable: false }

interface FormState {
  age: NumberValue
  ageAtOnset: NumberValue
  sex: Sex | undefined
  ticked: ReadonlySet<string>
  pregnancyStage: PregnancyStage | undefined
  medications: string
  ferritin: NumberValue
  tsat: NumberValue
  serumIron: NumberValue
  tibc: NumberValue
  ironUnit: IronUnit
}

const EMPTY_FORM: FormState = {
  age: EMPTY_NUMBER,
  ageAtOnset: EMPTY_NUMBER,
  sex: undefined,
  ticked: new Set(),
  pregnancyStage: undefined,
  medications: '',
  ferritin: EMPTY_NUMBER,
  tsat: EMPTY_NUMBER,
  serumIron: EMPTY_NUMBER,
  tibc: EMPTY_NUMBER,
  ironUnit: 'µmol/L',
}

// ---- EHR launch (SMART on FHIR; src/features/ehr): the patient read from the chart fills the form once ----
interface FromChart {
  form: FormState
  launched?: LaunchedPatient
  prefill?: ChartPrefill
}

function formFromChart(bundle: Bundle): FromChart {
  const launched = getLaunchedPatient()
  if (!launched) return { form: EMPTY_FORM }
  const prefill = chartPrefill(launched, (id) => bundle.patientWorkup.findings.find((f) => f.id === id)?.label ?? id)
  const number = (text: string | undefined): NumberValue => (text === undefined ? EMPTY_NUMBER : { text, unreadable: false })
  const form: FormState = {
    ...EMPTY_FORM,
    age: number(prefill.numbers.age),
    sex: prefill.sex,
    ticked: new Set(prefill.findings),
    medications: prefill.medications,
    ferritin: number(prefill.numbers.ferritin),
    tsat: number(prefill.numbers.tsat),
    serumIron: number(prefill.numbers.serumIron),
    tibc: number(prefill.numbers.tibc),
    ironUnit: prefill.ironUnit ?? EMPTY_FORM.ironUnit,
  }
  return { form, launched, prefill }
}

/** The number inputs and the printout's name and birth-date lines hold their own text: give them the chart's once. */
function useChartValuesInInputs(id: string, chart: FromChart) {
  useEffect(() => {
    if (!chart.prefill || !chart.launched) return
    const fill = (input: HTMLElement | null | undefined, value: string | undefined) => {
      if (input instanceof HTMLInputElement && value !== undefined) input.value = value
    }
    const { numbers } = chart.prefill
    fill(document.getElementById(`${id}-age`), numbers.age)
    fill(document.getElementById(`${id}-ferritin`), numbers.ferritin)
    fill(document.getElementById(`${id}-tsat`), numbers.tsat)
    fill(document.getElementById(`${id}-iron`), numbers.serumIron)
    fill(document.getElementById(`${id}-tibc`), numbers.tibc)
    const field = (label: string) => {
      const match = [...document.querySelectorAll('label')].find((l) => l.textContent === label)
      return match?.htmlFor ? document.getElementById(match.htmlFor) : undefined
    }
    fill(field('Patient name'), chart.launched.patient.name)
    fill(field('Date of birth'), chart.launched.patient.birthDate)
  }, [id, chart])
}
// ---- end of EHR launch ----

// A number input reports "1e" as an empty value with validity.badInput: NaN makes the readers say "must be a number".
const asRaw = (value: NumberValue) => (value.unreadable ? Number.NaN : value.text)

/**
 * The drug ids the assessment uses from the screener's answer: the flagged drugs, and the
 * recognised ones (also those named beside a flagged drug), so "metformin use" and the other
 * drug-derived findings follow from the list.
 */
function medicationIdsFrom(result: ScreeningResult): { flagged: string[]; recognised: string[] } {
  const recognisedMatches = [...result.recognised.flatMap((line) => line.matches), ...result.flagged.flatMap((line) => line.alsoNamed)]
  return {
    flagged: result.flagged.flatMap((line) => line.matches.map((match) => match.medication.id)),
    recognised: [...new Set(recognisedMatches.flatMap((match) => match.ingredientIds))],
  }
}

export function PatientWorkupPage() {
  // Remounting the form is the surest way to forget a patient: every field starts empty again.
  const [patientKey, setPatientKey] = useState(0)
  // A new patient also ends an EHR session: token and chart are forgotten (also after idle time).
  const newPatient = useCallback(() => {
    endEhrSession()
    setPatientKey((k) => k + 1)
  }, [])
  useEhrIdleTimeout(newPatient)
  return <PatientWorkup key={patientKey} onNewPatient={newPatient} />
}

function PatientWorkup({ onNewPatient }: { onNewPatient: () => void }) {
  const bundle = useBundle()
  const id = useId()
  const [chart] = useState(() => formFromChart(bundle))
  const [form, setForm] = useState<FormState>(chart.form)
  useChartValuesInInputs(id, chart)
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((previous) => ({ ...previous, [key]: value }))
  // A long paste is screened a moment later rather than holding up the textarea.
  const medications = useDeferredValue(form.medications)
  // The vocabulary of other drugs loads once a list is typed, not with the page.
  const vocabulary = useQuery({ ...drugVocabularyQuery, enabled: medications.trim() !== '' })
  const screening = useMemo(() => screenMedicationList(medications, bundle, vocabulary.data), [medications, bundle, vocabulary.data])

  const input: PatientInput = {
    age: asRaw(form.age),
    ageAtOnset: asRaw(form.ageAtOnset),
    sex: form.sex,
    ticked: form.ticked,
    pregnancyStage: form.pregnancyStage,
    flaggedMedicationIds: medicationIdsFrom(screening).flagged,
    recognisedMedicationIds: medicationIdsFrom(screening).recognised,
    medicationListEntered: medications.trim() !== '',
    ferritin: asRaw(form.ferritin),
    tsat: asRaw(form.tsat),
    serumIron: asRaw(form.serumIron),
    tibc: asRaw(form.tibc),
    ironUnit: form.ironUnit,
  }
  const assessment = assessPatient(bundle, input)
  const errorFor = (field: PatientField) => assessment.errors.find((e) => e.field === field)?.message
  const ironErrorFor = (field: 'ferritin' | 'tsat') => assessment.iron.interpretation.errors.find((e) => e.field === field)?.message
  const toggle = (findingId: string, checked: boolean) => {
    const next = new Set(form.ticked)
    if (checked) next.add(findingId)
    else next.delete(findingId)
    setForm((previous) => ({ ...previous, ticked: next, ...(findingId === 'pregnant' && !checked ? { pregnancyStage: undefined } : {}) }))
  }
  const read = (key: 'age' | 'ageAtOnset' | 'ferritin' | 'tsat' | 'serumIron' | 'tibc') => (event: FormEvent<HTMLInputElement>) =>
    set(key, { text: event.currentTarget.value, unreadable: event.currentTarget.validity.badInput })

  const container = useInputTypedBeforeStart<HTMLDivElement>()
  const checkboxes = bundle.patientWorkup.findings.filter((f) => f.input === 'checkbox')
  const prominent = checkboxes.filter((f) => f.prominent)
  const grouped = bundle.categories
    .map((category) => ({ category, findings: checkboxes.filter((f) => !f.prominent && f.category === category.id) }))
    .filter((group) => group.findings.length > 0)

  return (
    <div ref={container}>
      <div className="print:hidden">
        <h1 className="text-2xl font-semibold">Patient workup</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Enter what you know about one patient; every field is optional and the answer updates as you type. A field left empty
          counts as unknown, never as “no”.
        </p>
        <p className="mt-2 max-w-3xl rounded border border-slate-400 bg-slate-50 p-2 text-sm font-medium">
          Private by design: nothing you enter here is stored, sent or put in the address. Reloading the page starts empty.
        </p>
        <NeedsJavaScript>
          The patient workup works out its answer in this browser, which needs JavaScript: it is off, so the form below cannot
          answer. The causes, medications and workup pages read without it.
        </NeedsJavaScript>
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => window.print()}
            className="min-h-11 rounded-md bg-blue-900 px-4 py-2 font-medium text-white hover:bg-blue-800"
          >
            Print chart page and handout
          </button>
          <button
            type="button"
            onClick={onNewPatient}
            className="min-h-11 rounded-md border border-slate-600 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Start a new patient
          </button>
        </div>
      </div>

      {chart.launched && chart.prefill && <LaunchedPatientPanel launched={chart.launched} prefill={chart.prefill} />}
      <div className="mt-4 print:mt-0">
        <PatientFields />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] print:hidden">
        <form aria-labelledby={`${id}-form`} autoComplete="off" onSubmit={(event) => event.preventDefault()} className="min-w-0 space-y-5">
          <h2 id={`${id}-form`} className="text-xl font-semibold">
            About the patient
          </h2>
          <a
            href={`#${id}-results`}
            className="inline-flex min-h-11 items-center lg:hidden"
            onClick={(event) => {
              // Scroll without touching the address: the router owns it.
              event.preventDefault()
              const target = document.getElementById(`${id}-results`)
              target?.scrollIntoView({ block: 'start' })
              target?.focus({ preventScroll: true })
            }}
          >
            Go to the results
          </a>
          <div className="grid grid-cols-2 gap-3">
            <NumberField compact id={`${id}-age`} label="Age (years)" error={errorFor('age')} onInput={read('age')} />
            <NumberField compact id={`${id}-onset`} label="Age at onset (years)" error={errorFor('ageAtOnset')} onInput={read('ageAtOnset')} />
          </div>
          <fieldset>
            <legend className="font-medium">Sex</legend>
            <div className="flex flex-wrap gap-x-6">
              {(['female', 'male'] as const).map((sex) => (
                <label key={sex} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-sex`}
                    className="h-5 w-5 accent-blue-800"
                    checked={form.sex === sex}
                    onChange={() => set('sex', sex)}
                  />
                  {sex === 'female' ? 'Female' : 'Male'}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className="font-medium">Conditions and history</legend>
            <div className="mt-1 grid gap-0.5">
              {prominent.map((finding) => (
                <div key={finding.id}>
                  <FindingCheckbox finding={finding} id={`${id}-${finding.id}`} checked={form.ticked.has(finding.id)} onToggle={toggle} />
                  {finding.id === 'pregnant' && form.ticked.has('pregnant') && (
                    <fieldset className="ml-8 border-l-2 border-slate-300 pl-3">
                      <legend className="text-sm font-medium">Stage of pregnancy</legend>
                      {PREGNANCY_STAGES.map((stage) => (
                        <RadioChoice
                          key={stage}
                          name={`${id}-stage`}
                          label={stage.charAt(0).toUpperCase() + stage.slice(1)}
                          checked={form.pregnancyStage === stage}
                          onChoose={() => set('pregnancyStage', stage)}
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
                <CategoryGroup key={category.id} categoryId={category.id} name={category.name} count={findings.filter((f) => form.ticked.has(f.id)).length}>
                  {findings.map((finding) => (
                    <FindingCheckbox key={finding.id} finding={finding} id={`${id}-${finding.id}`} checked={form.ticked.has(finding.id)} onToggle={toggle} />
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
              onChange={(event) => set('medications', event.target.value)}
              rows={5}
              dir="auto"
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="off"
              spellCheck={false}
              className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2 font-mono text-sm"
            />
          </div>

          <fieldset className="space-y-3">
            <legend className="font-medium">Iron studies</legend>
            <div className="grid grid-cols-2 gap-3">
              <NumberField compact id={`${id}-ferritin`} label="Ferritin (ng/mL)" hint="µg/L equals ng/mL" error={ironErrorFor('ferritin')} onInput={read('ferritin')} />
              <NumberField compact id={`${id}-tsat`} label="Transferrin saturation (%)" error={ironErrorFor('tsat')} onInput={read('tsat')} />
            </div>
            <div className="rounded border border-slate-300 p-3">
              <p className="text-sm text-slate-800">
                No TSAT reported? Enter serum iron and TIBC in the same unit, and TSAT is calculated (iron ÷ TIBC × 100).
              </p>
              <fieldset className="mt-2">
                <legend className="text-sm font-medium">Unit for serum iron and TIBC</legend>
                <div className="flex flex-wrap gap-x-6">
                  {IRON_UNITS.map((unit) => (
                    <RadioChoice
                      key={unit}
                      name={`${id}-unit`}
                      label={unit}
                      checked={form.ironUnit === unit}
                      onChoose={() => set('ironUnit', unit)}
                    />
                  ))}
                </div>
              </fieldset>
              <div className="mt-2 grid grid-cols-2 gap-3">
                <NumberField compact id={`${id}-iron`} label={`Serum iron (${form.ironUnit})`} error={errorFor('serumIron')} onInput={read('serumIron')} />
                <NumberField compact id={`${id}-tibc`} label={`TIBC (${form.ironUnit})`} error={errorFor('tibc')} onInput={read('tibc')} />
              </div>
            </div>
          </fieldset>
        </form>

        <div id={`${id}-results`} tabIndex={-1} className="min-w-0 space-y-6 focus:outline-none">
          <LikelyFormSection assessment={assessment} bundle={bundle} />
          <CausesSection assessment={assessment} />
          <Section title="Flagged medications">
            {medications.trim() === '' ? (
              <p className="text-slate-700">No medication list entered: paste one in the form to screen it.</p>
            ) : (
              <>
                <ScreeningResults
                  result={screening}
                  vocabularyFailed={vocabulary.isError}
                  onRetryVocabulary={() => void vocabulary.refetch()}
                  flaggedHeading={false}
                />
                {assessment.flaggedMedications.length > 0 && <p className="mt-3 font-medium">{bundle.patientWorkup.notes.weakTrigger}</p>}
              </>
            )}
          </Section>
          <IronSection assessment={assessment} />
          <TestsSection assessment={assessment} notes={bundle.patientWorkup.notes} />
          <Section title="Summary note">
            <p className="text-sm text-slate-700">For the chart: assessment and plan, with the ICD codes. Check it before you paste it.</p>
            <p data-testid="summary-note" className="mt-2 rounded border border-slate-400 bg-slate-50 p-3 text-sm whitespace-pre-line wrap-anywhere">
              {assessment.summary}
            </p>
            <div className="mt-2">
              <CopyChecklistButton
                text={assessment.summary}
                label="Copy summary"
                copiedMessage="Copied: the summary is on the clipboard, ready to paste into the chart."
                textLabel="Summary as text"
              />
            </div>
          </Section>
        </div>
      </div>

      <PatientPrintout bundle={bundle} assessment={assessment} />
    </div>
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

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="rounded-md border border-slate-300 p-4">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  )
}

function CategoryGroup({ categoryId, name, count, children }: { categoryId: CategoryId; name: string; count: number; children: ReactNode }) {
  return (
    <details data-category={categoryId} className="py-1">
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

function LikelyFormSection({ assessment, bundle }: { assessment: PatientAssessment; bundle: Bundle }) {
  const { likelyForm } = assessment
  const notes = bundle.patientWorkup.notes
  return (
    <Section title="Likely form">
      <p role="status" aria-label="Likely form" className="text-lg font-semibold">
        {likelyForm.label}
      </p>
      {likelyForm.primary.length > 0 && <FeatureList title="Points to primary (idiopathic)" features={likelyForm.primary} />}
      {likelyForm.secondary.length > 0 && <FeatureList title="Points to secondary" features={likelyForm.secondary} />}
      <p className="mt-2 text-sm text-slate-700">
        {notes.likelyForm} <Citations ids={notes.likelyFormSources} />
      </p>
    </Section>
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

function CausesSection({ assessment }: { assessment: PatientAssessment }) {
  return (
    <Section title="Causes to look for">
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
    </Section>
  )
}

const CONTEXT_LABEL: Record<IronContext, string> = {
  child: 'child (under 18): the children’s ferritin rule',
  pregnancy: 'pregnancy',
  dialysis: 'kidney failure on dialysis',
  inflammation: 'inflammation, infection or cancer: TSAT weighs more than ferritin',
}

function IronSection({ assessment }: { assessment: PatientAssessment }) {
  const { iron } = assessment
  const { interpretation, calculation } = iron
  return (
    <Section title="Iron studies">
      <div role="status" aria-label="Iron reading">
        <p className="text-sm text-slate-700">
          {iron.contexts.length > 0
            ? `For this patient: ${iron.contexts.map((c) => CONTEXT_LABEL[c]).join('; ')}.`
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
    </Section>
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

function TestsSection({ assessment, notes }: { assessment: PatientAssessment; notes: Bundle['patientWorkup']['notes'] }) {
  return (
    <Section title="Tests to order">
      <p className="text-sm text-slate-700">Only the tests that apply, each with the reason from what you entered.</p>
      <ul aria-label="Tests to order" className="mt-2 divide-y divide-slate-200">
        {assessment.tests.map((test) => (
          <li key={test.lab.id} className="py-1.5">
            <Link to="/workup" hash={`lab-${test.lab.id}`} className="font-semibold">
              {test.lab.name}
            </Link>
            <span className="block text-sm text-slate-800">
              {test.everyPatient ? 'Every patient' : 'Because of'}
              {test.reasons.length > 0 ? `${test.everyPatient ? '; also ' : ' '}${test.reasons.join('; ')}` : ''}{' '}
              <Citations ids={test.sources} />
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        {notes.drawIron} <Citations ids={notes.drawIronSources} />
      </p>
    </Section>
  )
}
