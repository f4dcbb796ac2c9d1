/**
 * The iron-studies interpreter. Values live in the inputs and in this component's state only:
 * never stored, never put in the address.
 */
import { useId, useState, type FormEvent } from 'react'
import type { IronRules } from '../../data/bundle-schema'
import { Citations, UnconfirmedTag } from '../../components/evidence'
import {
  describeIronRules,
  interpretIronStudies,
  PREGNANCY_STAGES,
  type IronField,
  type IronReading,
  type PregnancyStage,
} from './interpret-iron-studies'
import { NumberField } from '../../components/number-field'
import { IronCautions } from './iron-cautions'

type RawValue = { text: string; unreadable: boolean }
const EMPTY: RawValue = { text: '', unreadable: false }

export function IronStudiesInterpreter({ ironRules }: { ironRules: IronRules }) {
  const id = useId()
  const [ferritin, setFerritin] = useState<RawValue>(EMPTY)
  const [tsat, setTsat] = useState<RawValue>(EMPTY)
  const [child, setChild] = useState(false)
  const [inflammation, setInflammation] = useState(false)
  const [dialysis, setDialysis] = useState(false)
  const [pregnant, setPregnant] = useState(false)
  const [pregnancyStage, setPregnancyStage] = useState<PregnancyStage | undefined>(undefined)

  // A number input reports "1e" or "--5" as an empty value with validity.badInput: say so
  // instead of treating it as blank. `NaN` makes the interpreter report "must be a number".
  const asInput = (value: RawValue) => (value.unreadable ? Number.NaN : value.text)
  const result = interpretIronStudies(
    {
      ferritin: asInput(ferritin),
      tsat: asInput(tsat),
      population: child ? 'child' : 'adult',
      dialysis,
      inflammation,
      pregnant,
      ...(pregnant && pregnancyStage ? { pregnancyStage } : {}),
    },
    ironRules,
  )
  const errorFor = (field: IronField) => result.errors.find((e) => e.field === field)?.message

  // onInput rather than onChange: React skips onChange when a number input goes from "" to an unreadable "".
  const read = (set: (v: RawValue) => void) => (event: FormEvent<HTMLInputElement>) =>
    set({ text: event.currentTarget.value, unreadable: event.currentTarget.validity.badInput })

  return (
    <section id="iron-studies" aria-labelledby={`${id}-heading`} className="scroll-mt-4 rounded-md border border-slate-300 p-4 print:hidden">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        Iron-studies interpreter
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        AASM 2024 thresholds, with the IRLSSG/Mayo 2021 reading beside them; no reading gives iron at or above a TSAT of{' '}
        {ironRules.ceilings.noIronIfTsatAtLeast}%. Values stay in this tab.
      </p>
      <form className="mt-3 grid gap-3" onSubmit={(event) => event.preventDefault()} autoComplete="off">
        <NumberField
          id={`${id}-ferritin`}
          label="Ferritin (ng/mL)"
          hint="µg/L equals ng/mL"
          error={errorFor('ferritin')}
          onInput={read(setFerritin)}
        />
        <NumberField id={`${id}-tsat`} label="Transferrin saturation (%)" error={errorFor('tsat')} onInput={read(setTsat)} />
        <fieldset className="grid gap-1">
          <legend className="sr-only">Patient context</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5 accent-blue-800" checked={child} onChange={(e) => setChild(e.currentTarget.checked)} />
            Child (under 18)
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              className="h-5 w-5 accent-blue-800"
              checked={inflammation}
              onChange={(e) => setInflammation(e.currentTarget.checked)}
            />
            Inflammation, infection or malignancy present
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5 accent-blue-800" checked={dialysis} onChange={(e) => setDialysis(e.currentTarget.checked)} />
            End-stage renal disease on dialysis
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="h-5 w-5 accent-blue-800" checked={pregnant} onChange={(e) => setPregnant(e.currentTarget.checked)} />
            Pregnant
          </label>
          {pregnant && (
            <label className="grid gap-1 pl-7">
              <span>Trimester</span>
              <select
                className="min-h-11 w-fit rounded border border-slate-500 px-2"
                value={pregnancyStage ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value
                  setPregnancyStage(PREGNANCY_STAGES.find((stage) => stage === value))
                }}
              >
                <option value="">Not known</option>
                {PREGNANCY_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {stage.charAt(0).toUpperCase() + stage.slice(1)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
      </form>

      <div role="status" aria-label="Interpretation" className="mt-3 rounded border-2 border-slate-700 bg-slate-50 p-3">
        {result.status === 'empty' && <p className="text-slate-700">{result.summary}</p>}
        {result.status === 'invalid' && (
          <p className="font-medium text-red-900">
            No interpretation: {result.errors.map((e) => e.message).join(' ')}
          </p>
        )}
        {result.primary && <ReadingView reading={result.primary} main />}
        {result.comparison && <ReadingView reading={result.comparison} differs={result.differs} />}
        {result.overloadWorkup && (
          <p className="mt-2 rounded border-l-4 border-red-800 bg-red-50 py-1 pl-2 text-sm">
            <span className="font-semibold">Tests to add:</span> {result.overloadWorkup.text} <Citations ids={result.overloadWorkup.sources} />
          </p>
        )}
        {result.status !== 'empty' && result.status !== 'invalid' && (
          <IronCautions cautions={result.cautions} />
        )}
      </div>

      <h3 className="mt-4 font-semibold">Caveats</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {result.caveats.map((caveat) => (
          <li key={caveat.text}>
            {caveat.text} <Citations ids={caveat.sources} />
            {caveat.unconfirmed && <UnconfirmedTag />}
          </li>
        ))}
      </ul>
      {/* The rules behind every reading: reference, one tap away, so that on a phone the checklist follows the answer. */}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer py-2.5 font-semibold text-blue-900">
          <span className="underline">Thresholds applied, and where each comes from</span>
        </summary>
        <ul className="mt-1 list-disc space-y-2 pl-5">
          {describeIronRules(ironRules).map((rule) => (
            <li key={rule.rule}>
              <span className="font-medium">{rule.label}:</span> {rule.text} <Citations ids={rule.sources} />
              {rule.unconfirmed && <UnconfirmedTag />}
              <p className="text-slate-700">
                {rule.rule === 'ceilings' ? `${ironRules.ceilings.tsatNote} ${ironRules.ceilings.highFerritinNote}` : ironRules[rule.rule].note}
              </p>
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}

function ReadingView({ reading, main = false, differs = false }: { reading: IronReading; main?: boolean; differs?: boolean }) {
  if (reading.status === 'needs') {
    return (
      <p className={main ? '' : 'mt-2 text-sm'}>
        <span className="font-semibold">{reading.ruleLabel}: no verdict yet.</span> {reading.reason} <Citations ids={reading.sources} />
      </p>
    )
  }
  if (main) {
    return (
      <div>
        <p>
          <span className="font-semibold">{reading.ruleLabel}:</span>{' '}
          <strong className="text-lg">{reading.verdictLabel}</strong>
          {reading.unconfirmed && <UnconfirmedTag />}
        </p>
        <p className="text-sm">
          {capitalise(reading.reason)} <Citations ids={reading.sources} />
        </p>
        {reading.unconfirmed && <p className="text-sm">{reading.unconfirmed}</p>}
      </div>
    )
  }
  return (
    <div className={`mt-2 text-sm ${differs ? 'rounded border-l-4 border-amber-700 bg-amber-50 py-1 pl-2' : ''}`}>
      <p>
        <span className="font-semibold">
          {reading.ruleLabel} {differs ? 'reading differs' : 'agrees'}:
        </span>{' '}
        <strong>{reading.verdictLabel}</strong>. {capitalise(reading.reason)} <Citations ids={reading.sources} />
      </p>
    </div>
  )
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
