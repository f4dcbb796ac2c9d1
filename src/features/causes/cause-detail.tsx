/**
 * One cause, as a clinician reads it at the bedside: how sure we are, what points to it,
 * what to check and do, the figures and where the sources disagree.
 */
import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { Cause } from '../../data/bundle-schema'
import { useBundle } from '../../data/bundle-query'
import { pick } from '../../data/lookup'
import { Citations, FullCitation, GradeBadge, UnconfirmedNotes, UnconfirmedTag } from '../../components/evidence'
import { ConflictCard } from './conflict-card'
import { rolesInWords } from '../medications/drug-roles'

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return (
    <section aria-labelledby={id} className="mt-6 break-inside-avoid">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-1">{children}</div>
    </section>
  )
}

function BulletList({ items }: { items: readonly string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

export function CauseDetail({ cause }: { cause: Cause }) {
  const bundle = useBundle()
  const category = bundle.categories.find((c) => c.id === cause.category)
  const labs = pick(bundle.labs, cause.checks)
  const conflicts = bundle.conflicts.filter((conflict) => conflict.relatedCauses.includes(cause.id))
  const classes = pick(bundle.medicationClasses, cause.medicationClasses ?? [])
  const genes = cause.category === 'genetics' && cause.role === 'primary risk factor' ? bundle.genes : []
  return (
    <article>
      <p className="text-sm">
        <Link to="/causes" search={{ category: cause.category }}>
          {category?.name ?? cause.category}
        </Link>{' '}
        <span className="text-slate-600">· {cause.role}</span>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{cause.name}</h1>
      {cause.aliases.length > 0 && <p className="text-sm text-slate-600">Also: {cause.aliases.join(', ')}</p>}
      <p className="mt-3 flex flex-wrap items-baseline gap-2">
        <GradeBadge grade={cause.grade} />
        <span>{cause.gradeRationale}</span>
      </p>
      <p className="mt-3 max-w-3xl">
        {cause.summary} <Citations ids={cause.sources} />
      </p>
      <UnconfirmedNotes items={cause.unconfirmed} about={cause.name} />

      <div className="grid gap-x-8 lg:grid-cols-2">
        {cause.clues.length > 0 && (
          <Section title="Clinical clues">
            <BulletList items={cause.clues} />
          </Section>
        )}
        <Section title="What to check">
          {labs.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5">
              {labs.map((lab) => (
                <li key={lab.id}>
                  <Link to="/workup" hash={`lab-${lab.id}`}>
                    {lab.name}
                  </Link>
                  {lab.loinc && <span className="text-sm text-slate-600"> · LOINC {lab.loinc}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>No specific test: the diagnosis rests on the history.</p>
          )}
          <p className="mt-2 text-sm print:hidden">
            <Link to="/patient">Apply this to a patient</Link>: the patient workup lists the tests and causes that fit what you enter.
          </p>
        </Section>
        {cause.actions.length > 0 && (
          <Section title="What to do">
            <BulletList items={cause.actions} />
          </Section>
        )}
        <Section title="Mechanism">
          <p>{cause.mechanism}</p>
        </Section>
      </div>

      {cause.figures.length > 0 && (
        <Section title="Figures">
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="py-1 pr-3">Figure</th>
                  <th scope="col" className="py-1 pr-3">Population</th>
                  <th scope="col" className="py-1">Source</th>
                </tr>
              </thead>
              <tbody>
                {cause.figures.map((figure, i) => (
                  <tr key={i} className="border-b border-slate-200 align-top">
                    <td className="py-1 pr-3 font-medium">
                      {figure.value}
                      {figure.unconfirmed && <UnconfirmedTag />}
                    </td>
                    <td className="py-1 pr-3">
                      {figure.population}
                      {figure.note && <span className="block text-slate-600">{figure.note}</span>}
                    </td>
                    <td className="py-1">
                      <Citations ids={figure.sources} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}

      {conflicts.length > 0 && (
        <Section title="Where sources disagree">
          <div className="space-y-4">
            {conflicts.map((conflict) => (
              <ConflictCard key={conflict.id} conflict={conflict} />
            ))}
          </div>
        </Section>
      )}

      {classes.length > 0 && (
        // Dopaminergic RLS treatments cause augmentation of existing RLS, never RLS: say so where they are listed.
        <Section title={cause.role === 'treatment complication' ? 'Drugs that can cause augmentation when used for RLS' : 'Related medications'}>
          {cause.role === 'treatment complication' && (
            <p className="mb-2 max-w-3xl">
              These drugs treat RLS and do not cause it.{' '}
              <Link to="/medications" hash="augmentation">
                Augmentation criteria and management
              </Link>
            </p>
          )}
          <ul className="space-y-2">
            {classes.map((cls) => {
              const drugs = bundle.medications.filter((med) => med.class === cls.id)
              return (
                <li key={cls.id}>
                  <Link to="/medications" hash={`class-${cls.id}`} className="font-medium">
                    {cls.name}
                  </Link>{' '}
                  <GradeBadge grade={cls.grade} /> <span className="text-sm text-slate-700">{rolesInWords(cls.roles)}</span>
                  {drugs.length > 0 && (
                    <span className="block text-sm text-slate-700">
                      {/* A drug with a role beyond its class's (oxycodone also treats RLS) says so. */}
                      {drugs
                        .map((d) => {
                          const own = d.roles.filter((role) => !cls.roles.includes(role))
                          return own.length > 0 ? `${d.name} (${rolesInWords(own).toLowerCase()})` : d.name
                        })
                        .join(', ')}
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
        </Section>
      )}

      {genes.length > 0 && (
        <Section title="Genes and loci">
          <ul className="space-y-1">
            {genes.map((gene) => (
              <li key={gene.id}>
                <span className="font-medium">{gene.symbol}</span> ({gene.region}) <GradeBadge grade={gene.grade} /> {gene.summary}{' '}
                {gene.unconfirmed && gene.unconfirmed.length > 0 && <UnconfirmedTag />} <Citations ids={gene.sources} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title="Sources">
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {pick(bundle.sources, cause.sources).map((source) => (
            <li key={source.id}>
              <FullCitation source={source} />
            </li>
          ))}
        </ol>
      </Section>
    </article>
  )
}
