/**
 * The lookup behind the header's search field: one MiniSearch index built once from the
 * bundle, matching names, aliases, brands, abbreviations, genes and lay words, forgiving
 * typos and matching prefixes while the clinician is still typing.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { Bundle } from '../../data/bundle-schema'
import { byId } from '../../data/lookup'
import { SITE_PAGES } from '../../lib/site-pages'

export type SearchGroup = 'Causes' | 'Medications' | 'Tests' | 'Pages'

type SearchDoc = {
  id: string
  group: SearchGroup
  title: string
  /** Aliases, brands, abbreviations, codes: what people type instead of the title. */
  names: string
  /** One line shown under the title. */
  context: string
  href: string
}

export type SearchHit = Omit<SearchDoc, 'names'> & { score: number }
export type SearchReference = (query: string) => SearchHit[]

const PAGE_DOCS: SearchDoc[] = SITE_PAGES.map((page) => ({
  id: `page-${page.to.slice(1)}`,
  group: 'Pages',
  title: page.label,
  names: page.keywords,
  context: page.summary,
  href: page.to,
}))

/** Case, accents and possessives do not matter: "Sjögren's" and "sjogren" are one term. */
export function normaliseTerm(term: string): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
  return plain.length < 2 ? null : plain
}

function documentsFrom(bundle: Bundle): SearchDoc[] {
  const classes = byId(bundle.medicationClasses)
  const geneticsCause = bundle.causes.find((c) => c.category === 'genetics' && c.role === 'primary risk factor')
  const docs: SearchDoc[] = [...PAGE_DOCS]
  for (const cause of bundle.causes) {
    docs.push({
      id: `cause-${cause.id}`,
      group: 'Causes',
      title: cause.name,
      // Match-only spellings are searched but never shown.
      names: [...cause.aliases, ...(cause.matchOnly ?? [])].join(' · '),
      context: `${cause.grade} · ${cause.summary}`,
      href: `/causes/${cause.id}`,
    })
  }
  for (const gene of bundle.genes) {
    docs.push({
      id: `gene-${gene.id}`,
      group: 'Causes',
      title: `${gene.symbol} (${gene.region})`,
      names: [gene.symbol, gene.region, 'gene', ...gene.aliases].join(' · '),
      context: `Gene · ${gene.grade} · ${gene.summary}`,
      href: geneticsCause ? `/causes/${geneticsCause.id}` : '/causes?category=genetics',
    })
  }
  for (const med of bundle.medications) {
    const cls = classes.get(med.class)
    docs.push({
      id: `med-${med.id}`,
      group: 'Medications',
      title: med.name,
      names: [...med.brands.us, ...med.brands.uk, ...med.aliases, cls?.name ?? ''].join(' · '),
      context: `${cls?.name ?? med.class} · ${med.effect} · ${med.grade}`,
      href: `/medications?filter=${encodeURIComponent(med.name)}`,
    })
  }
  for (const cls of bundle.medicationClasses) {
    docs.push({
      id: `class-${cls.id}`,
      group: 'Medications',
      title: cls.name,
      names: bundle.medications.filter((m) => m.class === cls.id).map((m) => m.name).join(' · '),
      context: `Drug class · ${cls.mechanism} · ${cls.grade}`,
      href: `/medications?filter=${encodeURIComponent(cls.name)}`,
    })
  }
  for (const lab of bundle.labs) {
    docs.push({
      id: `lab-${lab.id}`,
      group: 'Tests',
      title: lab.name,
      names: [...lab.abbreviations, ...(lab.matchOnly ?? []), lab.loinc ?? ''].join(' · '),
      context: `${lab.loinc ? `LOINC ${lab.loinc} · ` : ''}${lab.group === 'all' ? 'All patients' : lab.when}`,
      href: `/workup#lab-${lab.id}`,
    })
  }
  for (const mimic of bundle.mimics) {
    docs.push({
      id: `mimic-${mimic.id}`,
      group: 'Pages',
      title: `Mimic: ${mimic.name}`,
      names: ['mimic', ...mimic.aliases].join(' · '),
      context: mimic.howToTell,
      href: `/primary-vs-secondary#mimic-${mimic.id}`,
    })
  }
  return docs
}

const MAX_PER_GROUP = 5

/** Builds the index once; returns a function answering a query in well under a millisecond. */
export function createSearchReference(bundle: Bundle): SearchReference {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'names', 'context'],
    storeFields: ['group', 'title', 'context', 'href'],
    processTerm: normaliseTerm,
    searchOptions: {
      boost: { title: 4, names: 3, context: 0.3 },
      // One typo in 5+ letters, two in 10+; none for short words, where a typo is another word.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // The last word is usually half-typed.
      prefix: (_term, i, terms) => i === terms.length - 1,
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  })
  index.addAll(documentsFrom(bundle))

  return (query) => {
    if (!query.trim()) return []
    let results: SearchResult[] = index.search(query, { combineWith: 'AND' })
    // "kidney failure dialysis" may not all sit in one entry: fall back to any word.
    if (results.length === 0) results = index.search(query, { combineWith: 'OR' })
    const perGroup = new Map<string, number>()
    const hits: SearchHit[] = []
    for (const result of results) {
      const group = result.group as SearchGroup
      const count = perGroup.get(group) ?? 0
      if (count >= MAX_PER_GROUP) continue
      perGroup.set(group, count + 1)
      hits.push({
        id: result.id as string,
        group,
        title: result.title as string,
        context: result.context as string,
        href: result.href as string,
        score: result.score,
      })
    }
    return hits
  }
}

const references = new WeakMap<Bundle, SearchReference>()

/** One index per bundle, however many components ask. */
export function searchReferenceFor(bundle: Bundle): SearchReference {
  let reference = references.get(bundle)
  if (!reference) {
    reference = createSearchReference(bundle)
    references.set(bundle, reference)
  }
  return reference
}
