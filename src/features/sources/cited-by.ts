/**
 * Which entries cite each source: the reverse of every `sources` list in the bundle,
 * so a reader can check what rests on a given paper.
 */
import type { Bundle } from '../../data/bundle-schema'

export type CitingEntry =
  | { kind: 'cause'; id: string; label: string }
  | { kind: 'medication'; id: string; label: string }
  | { kind: 'medication class'; id: string; label: string }
  | { kind: 'lab'; id: string; label: string }
  | { kind: 'comparison'; id: string; label: string }
  | { kind: 'mimic'; id: string; label: string }
  | { kind: 'conflict'; id: string; label: string; causeId?: string }
  | { kind: 'gene'; id: string; label: string }
  | { kind: 'iron rule'; id: string; label: string }
  | { kind: 'augmentation'; id: string; label: string }
  | { kind: 'patient workup'; id: string; label: string }
  | { kind: 'diagnosis'; id: string; label: string }

const cache = new WeakMap<Bundle, Map<string, CitingEntry[]>>()

/** Every source id under a block, at any depth (the `sources` arrays of its rules). */
function sourcesWithin(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourcesWithin)
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'sources' && Array.isArray(inner) ? inner.filter((id): id is string => typeof id === 'string') : sourcesWithin(inner),
  )
}

export function citingEntriesBySource(bundle: Bundle): Map<string, CitingEntry[]> {
  const cached = cache.get(bundle)
  if (cached) return cached
  const index = new Map<string, CitingEntry[]>()
  const add = (ids: readonly string[], entry: CitingEntry) => {
    for (const id of new Set(ids)) {
      const list = index.get(id) ?? []
      if (!list.some((e) => e.kind === entry.kind && e.id === entry.id)) list.push(entry)
      index.set(id, list)
    }
  }
  for (const cause of bundle.causes) {
    add([...cause.sources, ...cause.figures.flatMap((f) => f.sources)], { kind: 'cause', id: cause.id, label: cause.name })
  }
  for (const cls of bundle.medicationClasses) {
    add([...cls.sources, ...cls.alternatives.flatMap((a) => a.sources)], { kind: 'medication class', id: cls.id, label: cls.name })
  }
  for (const cls of bundle.medicationClasses) {
    if (cls.classification) add(cls.classification.sources, { kind: 'medication class', id: cls.id, label: cls.name })
  }
  for (const med of bundle.medications) {
    // An RLS treatment is cited as one (a dopaminergic one for augmentation), never as a trigger.
    const label =
      med.effect === 'augmentation'
        ? `${med.name} (augmentation risk when used for RLS)`
        : med.roles.includes('rls treatment')
          ? `${med.name} (RLS treatment)`
          : med.name
    add([...med.sources, ...med.alternatives.flatMap((a) => a.sources)], { kind: 'medication', id: med.id, label })
  }
  for (const lab of bundle.labs) {
    add([...lab.sources, ...lab.thresholds.flatMap((t) => t.sources)], { kind: 'lab', id: lab.id, label: lab.name })
  }
  for (const row of bundle.comparison.rows) add(row.sources, { kind: 'comparison', id: row.id, label: `Primary vs secondary: ${row.feature}` })
  for (const step of bundle.comparison.howToTell) add(step.sources, { kind: 'comparison', id: 'how-to-tell', label: 'Primary vs secondary: how to tell' })
  for (const mimic of bundle.mimics) add(mimic.sources, { kind: 'mimic', id: mimic.id, label: `Mimic: ${mimic.name}` })
  for (const gene of bundle.genes) add(gene.sources, { kind: 'gene', id: gene.id, label: `Gene: ${gene.symbol}` })
  for (const conflict of bundle.conflicts) {
    add(
      conflict.positions.flatMap((p) => p.sources),
      { kind: 'conflict', id: conflict.id, label: `Disagreement: ${conflict.topic}`, causeId: conflict.relatedCauses[0] },
    )
  }
  const rules = bundle.ironRules
  add([...rules.aasm2024.sources, ...rules.irlssgMayo2021.sources, ...rules.children.sources, ...rules.caveats.flatMap((c) => c.sources)], {
    kind: 'iron rule',
    id: 'iron-rules',
    label: 'Iron-studies interpreter thresholds',
  })
  const augmentation = bundle.augmentation
  add(
    [
      ...augmentation.statement.sources,
      ...augmentation.definition.sources,
      ...augmentation.criteria.sources,
      ...augmentation.management.flatMap((step) => step.sources),
    ],
    { kind: 'augmentation', id: 'augmentation', label: 'Augmentation criteria and management' },
  )
  add(bundle.coding.codes.flatMap((code) => code.sources), { kind: 'diagnosis', id: 'codes', label: 'Diagnosis codes (ICD-10-CM, ICD-10, ICD-11)' })
  const { essentialCriteria, specifiers, supportiveFeatures, notes } = bundle.diagnosis
  add([...essentialCriteria, ...specifiers, ...supportiveFeatures, ...notes].flatMap((item) => item.sources), {
    kind: 'diagnosis',
    id: 'criteria',
    label: 'Diagnostic criteria (IRLSSG 2014)',
  })
  const patient = bundle.patientWorkup
  add(
    [
      ...patient.formRules.flatMap((rule) => rule.sources),
      ...patient.labRules.flatMap((rule) => rule.sources ?? []),
      ...patient.everyPatientCauses.flatMap((rule) => rule.sources),
      ...patient.notes.likelyFormSources,
      ...patient.notes.pregnancySources,
      ...patient.notes.drawIronSources,
      // The next clinical steps cite at many depths (each question, product, referral line): collect them all.
      ...sourcesWithin(patient.nextSteps),
    ],
    { kind: 'patient workup', id: 'patient', label: 'Patient workup rules' },
  )
  cache.set(bundle, index)
  return index
}
