/**
 * Drugs that trigger or worsen RLS, grouped by class, then the dopaminergic RLS treatments that
 * can cause augmentation (a treatment complication, never a cause) with the augmentation
 * criteria. A filter box whose value lives in the URL (`?filter=`) narrows both, so a filtered
 * view can be bookmarked, shared and survives a reload.
 */
import { memo, useDeferredValue, useId, useMemo, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Citations, GradeBadge, UnconfirmedNotes, UnconfirmedTag } from '../../components/evidence'
import type { Medication, MedicationClass } from '../../data/bundle-schema'
import { useBundle } from '../../data/bundle-query'
import { drugVocabularyQuery } from '../../data/drug-vocabulary-query'
import { AlternativesList } from './alternatives-list'
import { AugmentationCriteria } from './augmentation-criteria'
import { ROLE_LABELS, ROLE_ORDER, leadingRole, orderedRoles } from './drug-roles'
import { EFFECT_WORDS, mechanismWords } from './effect-words'
import { countMedications, filterMedications, findOutsideTheList, type MedicationGroup } from './filter-medications'
import { FILTER_MAX_LENGTH } from './medications-search'
import { alternativesFor } from './screen-medication-list'
import { useInputTypedBeforeStart } from '../../lib/input-typed-before-start'
import { useUrlBackedValue } from '../../lib/use-url-backed-value'

export function MedicationTriggers({ filter, onFilterChange }: { filter: string; onFilterChange: (filter: string) => void }) {
  const bundle = useBundle()
  const [value, setValue] = useUrlBackedValue(filter, onFilterChange)
  // The box answers every keystroke at once; the list follows as soon as it can.
  const deferredValue = useDeferredValue(value)
  const groups = useMemo(() => filterMedications(bundle, deferredValue), [bundle, deferredValue])
  const inputId = useId()
  const countId = useId()
  const container = useInputTypedBeforeStart<HTMLDivElement>()
  const shown = countMedications(groups)
  const total = bundle.medications.length
  const filtering = deferredValue.trim() !== ''
  // Grouped by role: drugs that can trigger or worsen RLS first, then withdrawal risks and weak reports;
  // the RLS treatments last, after the augmentation criteria.
  const rank = (group: MedicationGroup) => ROLE_ORDER.indexOf(leadingRole(group.medicationClass.roles))
  const triggerGroups = groups.filter((group) => !group.medicationClass.roles.includes('rls treatment')).sort((a, b) => rank(a) - rank(b))
  const complicationGroups = groups.filter((group) => group.medicationClass.roles.includes('rls treatment'))

  return (
    <div>
      <div ref={container} className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3 print:hidden">
        <label htmlFor={inputId} className="block font-semibold">
          Filter medications
        </label>
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2">
          <input
            id={inputId}
            type="search"
            value={value}
            maxLength={FILTER_MAX_LENGTH}
            onChange={(event) => setValue(event.target.value)}
            placeholder="Generic name, brand or class"
            aria-describedby={countId}
            autoComplete="off"
            spellCheck={false}
            className="min-h-11 w-full max-w-md rounded-md border border-slate-500 px-3 py-2"
          />
          <p id={countId} aria-live="polite" className="text-sm text-slate-700">
            {filtering
              ? `Showing ${shown} of ${total} medications, in ${groups.length} ${groups.length === 1 ? 'class' : 'classes'}.`
              : `${total} medications in ${groups.length} classes.`}
          </p>
        </div>
      </div>

      {groups.length === 0 ? (
        <NoMatch filter={deferredValue} onClear={() => setValue('')} onShow={setValue} />
      ) : (
        <>
          <ClassJumpList groups={groups} />
          {triggerGroups.map((group) => (
            <ClassSection key={group.medicationClass.id} group={group} expandBrands={filtering} />
          ))}
          {complicationGroups.length > 0 && (
            <>
              <AugmentationCriteria />
              {complicationGroups.map((group) => (
                <ClassSection key={group.medicationClass.id} group={group} expandBrands={filtering} />
              ))}
            </>
          )}
        </>
      )}
    </div>
  )
}

/** Links to each class on a long page; the augmentation section is named for what it is. */
function ClassJumpList({ groups }: { groups: readonly MedicationGroup[] }) {
  return (
    <nav aria-label="Medication classes" className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {groups.map(({ medicationClass, medications }) => (
          <li key={medicationClass.id}>
            <a href={`#class-${medicationClass.id}`} className="text-blue-800 underline">
              {medicationClass.name}
            </a>{' '}
            <span className="text-slate-600">({medications.length})</span>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function NoMatch({ filter, onClear, onShow }: { filter: string; onClear: () => void; onShow: (name: string) => void }) {
  const bundle = useBundle()
  // Only now is the drug vocabulary worth fetching: the name may be a combination product hiding a listed drug.
  const vocabulary = useQuery(drugVocabularyQuery)
  const outside = useMemo(
    () => (vocabulary.data ? findOutsideTheList(bundle, vocabulary.data, filter) : undefined),
    [bundle, vocabulary.data, filter],
  )
  const example = bundle.medications[0]
  const brand = example?.brands.us[0] ?? example?.brands.uk[0]
  const exampleClass = bundle.medicationClasses[0]
  return (
    <div className="mt-6 rounded-md border border-slate-400 bg-slate-50 p-4">
      <p className="font-semibold">No medication or class in this reference matches “{filter.trim()}”.</p>
      {vocabulary.isPending && (
        <p role="status" className="mt-1 text-slate-700">
          Checking combination products and other drugs…
        </p>
      )}
      {outside && outside.combinations.length > 0 && (
        <ul aria-label="Combination products that contain a listed drug" className="mt-2 space-y-2">
          {outside.combinations.map((product) => (
            <li key={product.name} className="rounded border-l-4 border-amber-800 bg-amber-50 p-2">
              <span className="font-semibold">{product.name}</span> is a combination product containing{' '}
              {product.ingredients.map((medication, i) => (
                <span key={medication.id}>
                  {i > 0 && ' and '}
                  <button type="button" onClick={() => onShow(medication.name)} className="font-semibold text-blue-800 underline">
                    {medication.name}
                  </button>
                </span>
              ))}
              , listed here.
              {product.ambiguous && <span className="block text-sm text-slate-800">{product.ambiguous}</span>}
            </li>
          ))}
        </ul>
      )}
      {outside && outside.recognised.length > 0 && (
        <p className="mt-2">
          Recognised, no known association in this reference: {outside.recognised.join(', ')}.
        </p>
      )}
      <p className="mt-1">
        Try a generic name{example && ` (${example.name})`}, a US or UK brand{brand && ` (${brand})`} or a class
        {exampleClass && ` (${exampleClass.name})`}; check the spelling, or type fewer letters. To check a whole
        medication list at once, paste it into the screener above.
      </p>
      <button
        type="button"
        onClick={onClear}
        className="mt-3 min-h-11 rounded-md border border-slate-600 bg-white px-4 py-2 font-medium hover:bg-slate-100"
      >
        Clear the filter
      </button>
    </div>
  )
}

function ClassSection({ group, expandBrands }: { group: MedicationGroup; expandBrands: boolean }) {
  const { medicationClass, medications } = group
  const headingId = `class-${medicationClass.id}-heading`
  return (
    <section id={`class-${medicationClass.id}`} aria-labelledby={headingId} className="mt-8 scroll-mt-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-xl font-semibold">
          {medicationClass.name}
        </h2>
        <GradeBadge grade={medicationClass.grade} />
        {medicationClass.unconfirmed && medicationClass.unconfirmed.length > 0 && <UnconfirmedTag />}
      </div>
      {medicationClass.advice && <Advice text={medicationClass.advice} className="mt-2 max-w-4xl" />}
      <div className="mt-2 max-w-4xl space-y-1 text-slate-800">
        <p>
          <span className="font-semibold">Mechanism:</span> {mechanismWords(medicationClass.mechanism)}.{' '}
          {medicationClass.description} <Citations ids={medicationClass.sources} />
        </p>
        <p className="text-sm text-slate-700">
          <span className="font-semibold">Evidence:</span> {medicationClass.gradeRationale}
        </p>
        {medicationClass.classification && (
          <p className="text-sm text-slate-700">
            <span className="font-semibold">Members listed from:</span> {medicationClass.classification.text}{' '}
            <Citations ids={medicationClass.classification.sources} />
          </p>
        )}
      </div>
      {medicationClass.alternatives.length > 0 && (
        <div className="mt-2 max-w-4xl">
          <h3 className="font-semibold">Safer alternatives for the class</h3>
          <AlternativesList alternatives={medicationClass.alternatives} />
        </div>
      )}
      <UnconfirmedNotes items={medicationClass.unconfirmed} about={medicationClass.name} />
      {medications.length === 0 ? (
        <p className="mt-3 text-slate-700">No individual drugs are listed for this class.</p>
      ) : (
        <ul aria-label={`${medicationClass.name}: drugs`} className="mt-3 divide-y divide-slate-300 border-y border-slate-300">
          {medications.map((medication) => (
            <MedicationEntry key={medication.id} medication={medication} medicationClass={medicationClass} expandBrands={expandBrands} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** The advice line a prescriber needs: "Do not stop abruptly; taper.", "Do not stop a needed drug for this alone." */
function Advice({ text, className = '' }: { text: string; className?: string }) {
  return (
    <p className={`border-l-4 border-slate-700 pl-2 font-medium text-slate-900 ${className}`}>
      <span className="sr-only">Advice: </span>
      {text}
    </p>
  )
}

/** Beyond this many brands, the rest fold away until asked for (a depot antipsychotic has six). */
const BRANDS_SHOWN = 3

/**
 * A list of names, or a plain "none listed" so an empty field is never mistaken for missing data.
 * Long lists fold, except while filtering, when the name that matched must be visible.
 */
function Names({ names, expand }: { names: readonly string[]; expand: boolean }) {
  if (names.length === 0) return <span className="text-slate-600">none listed</span>
  if (expand || names.length <= BRANDS_SHOWN + 1) return <>{names.join(', ')}</>
  const rest = names.slice(BRANDS_SHOWN)
  return (
    <>
      {names.slice(0, BRANDS_SHOWN).join(', ')},{' '}
      <details className="inline [&[open]>summary]:hidden">
        <summary className="inline cursor-pointer text-blue-800 underline">{rest.length} more</summary>
        <span>{rest.join(', ')}</span>
      </details>
    </>
  )
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-2 first:mt-0">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  )
}

// Entries depend only on bundle objects, which never change: narrowing the list re-renders none of them.
const MedicationEntry = memo(function MedicationEntry({
  medication,
  medicationClass,
  expandBrands,
}: {
  medication: Medication
  medicationClass: MedicationClass
  expandBrands: boolean
}) {
  const hasUnconfirmed = medication.unconfirmed !== undefined && medication.unconfirmed.length > 0
  // A note the class section already shows ("Beta-blockers as RLS triggers: …") is not repeated for each member.
  const ownNotes = medication.unconfirmed?.filter((note) => !(medicationClass.unconfirmed ?? []).includes(note))
  const alternatives = alternativesFor(medication, medicationClass)
  return (
    <li
      id={`medication-${medication.id}`}
      className="scroll-mt-4 py-3 md:grid md:grid-cols-[minmax(11rem,1fr)_2fr_2fr] md:gap-x-6"
    >
      <div className="min-w-0">
        <h3 className="text-lg font-semibold">
          {medication.name}
          {hasUnconfirmed && <UnconfirmedTag />}
        </h3>
        <p className="flex flex-wrap gap-1">
          {orderedRoles(medication.roles).map((role) => (
            <span key={role} data-role={role} className="inline-block rounded border border-slate-700 px-1 text-xs font-semibold text-slate-800 uppercase">
              {ROLE_LABELS[role]}
            </span>
          ))}
        </p>
        <dl className="text-sm">
          <div>
            <dt className="inline font-semibold">US: </dt>
            <dd className="inline">
              <Names names={medication.brands.us} expand={expandBrands} />
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">UK: </dt>
            <dd className="inline">
              <Names names={medication.brands.uk} expand={expandBrands} />
            </dd>
          </div>
          {medication.aliases.length > 0 && (
            <div>
              <dt className="inline font-semibold">Also: </dt>
              <dd className="inline">{medication.aliases.join(', ')}</dd>
            </div>
          )}
        </dl>
        <p className="mt-1 font-semibold text-slate-900">{EFFECT_WORDS[medication.effect]}</p>
        <Advice text={medication.advice} className="mt-1 text-sm" />
      </div>
      <dl className="mt-2 min-w-0 text-sm md:mt-0">
        <Field label="Evidence">
          <GradeBadge grade={medication.grade} /> {medication.gradeRationale}
        </Field>
        <Field label="Mechanism">
          {mechanismWords(medication.mechanism)}: {medication.mechanismNote}
        </Field>
        <Field label="Sources">
          <Citations ids={medication.sources} />
        </Field>
      </dl>
      <dl className="mt-2 min-w-0 text-sm md:mt-0">
        <Field label="Safer alternatives">
          {alternatives.length > 0 ? (
            <AlternativesList alternatives={alternatives} />
          ) : (
            <span className="text-slate-700">None listed in this reference.</span>
          )}
        </Field>
      </dl>
      <div className="md:col-span-3">
        <UnconfirmedNotes items={ownNotes} about={medication.name} />
      </div>
    </li>
  )
})
