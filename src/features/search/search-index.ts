/**
 * The lookup behind the header's search field: one MiniSearch index built once from the
 * bundle, matching names, aliases, brands, abbreviations, genes and lay words, forgiving
 * typos and matching prefixes while the clinician is still typing.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { Bundle, Medication } from '../../data/bundle-schema'
import type { DrugVocabulary } from '../../data/drug-vocabulary-schema'
import { byId } from '../../data/lookup'
import { rolesInWords } from '../medications/drug-roles'
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

/** How a drug the bundle lists reads in a result: its roles ("Stopping can provoke RLS; RLS treatment"). */
function medicationStanding(med: Medication): string {
  return rolesInWords(med.roles)
}

export const NO_KNOWN_ASSOCIATION = 'Recognised, no known association with RLS in this reference'

/**
 * The drug vocabulary's entries: a drug without a known association says so; a combination
 * product leads to its trigger ingredients, if any.
 */
function vocabularyDocuments(bundle: Bundle, vocabulary: DrugVocabulary): SearchDoc[] {
  const medications = byId(bundle.medications)
  const ingredients = byId(vocabulary.ingredients)
  const docs: SearchDoc[] = []
  for (const ingredient of vocabulary.ingredients) {
    if (medications.has(ingredient.id)) continue
    docs.push({
      id: `drug-${ingredient.id}`,
      group: 'Medications',
      title: ingredient.name,
      names: [...ingredient.brands.us, ...ingredient.brands.uk, ...ingredient.aliases].join(' · '),
      context: NO_KNOWN_ASSOCIATION,
      href: '/medications',
    })
  }
  for (const product of vocabulary.products) {
    const parts = product.ingredients.map((id) => ({ id, medication: medications.get(id), name: medications.get(id)?.name ?? ingredients.get(id)?.name ?? id }))
    const triggers = parts.flatMap((part) => (part.medication ? [part.medication] : []))
    const combination = `Combination: ${parts.map((part) => part.name).join(' + ')}`
    docs.push({
      id: `product-${product.id}`,
      group: 'Medications',
      title: product.name,
      names: product.otherNames.join(' · '),
      context:
        triggers.length > 0
          ? `${combination} · contains ${triggers.map((med) => `${med.name} (${medicationStanding(med)} · ${med.grade})`).join(', ')}`
          : `${combination} · ${NO_KNOWN_ASSOCIATION.charAt(0).toLowerCase()}${NO_KNOWN_ASSOCIATION.slice(1)}`,
      href: triggers[0] ? `/medications?filter=${encodeURIComponent(triggers[0].name)}` : '/medications',
    })
  }
  return docs
}

/**
 * What clinicians type for the condition itself and for the patients it covers: the other name
 * in every spelling, the diagnosis codes printed on every page, and children.
 */
function clinicalWordDocuments(bundle: Bundle): SearchDoc[] {
  // The bundle's codes (ICD-10-CM, WHO ICD-10, ICD-11, SNOMED CT), each once; an unconfirmed one says so.
  const codes = bundle.coding.codes.map((code) => `${code.system} ${code.code}`)
  const shownCodes = bundle.coding.codes.map((code) => `${code.system} ${code.code}${code.unconfirmed ? ' (unconfirmed)' : ''}`)
  // "G25.81" is also typed "G2581".
  const undotted = bundle.coding.codes.map((code) => code.code.replace(/\./g, ''))
  const children = bundle.ironRules.children
  return [
    {
      id: 'condition-rls',
      group: 'Pages',
      title: 'Restless legs syndrome (Willis-Ekbom disease)',
      names: ['Willis-Ekbom disease', 'Willis Ekbom', 'Willisekbom', 'WED', 'RLS', 'RLS/WED', ...codes, ...undotted].join(' · '),
      context: `The condition this reference covers · ${shownCodes.join(' · ')}`,
      href: '/',
    },
    {
      id: 'population-children',
      group: 'Pages',
      title: 'Children and adolescents (paediatric RLS)',
      names: ['paediatric', 'pediatric', 'children', 'child', 'kids', 'adolescents', 'teenagers'].join(' · '),
      context: `${children.unconfirmed ? 'Unconfirmed · ' : ''}${children.note}`,
      href: '/workup#iron-studies',
    },
  ]
}

function documentsFrom(bundle: Bundle, vocabulary?: DrugVocabulary): SearchDoc[] {
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
      // Match-only misspellings help the lookup find the drug; names are never shown.
      names: [...med.brands.us, ...med.brands.uk, ...med.aliases, ...(med.matchOnly ?? []), cls?.name ?? ''].join(' · '),
      context: `${cls?.name ?? med.class} · ${medicationStanding(med)} · ${med.grade}`,
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
  docs.push(...clinicalWordDocuments(bundle))
  if (vocabulary) docs.push(...vocabularyDocuments(bundle, vocabulary))
  return docs
}

const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u

/**
 * Words as MiniSearch splits them, plus each one-letter word joined to the word before it:
 * "vitamin D" is also "vitamind", so the letter (dropped alone as too short) still counts.
 */
export function tokenizeForLookup(text: string): string[] {
  const words = text.split(SEPARATORS).filter(Boolean)
  const joined: string[] = []
  for (let i = 1; i < words.length; i++) if (words[i]!.length === 1) joined.push(words[i - 1]! + words[i]!)
  return [...words, ...joined]
}

const MAX_PER_GROUP = 5

/** Longer than any drug or cause name: a longer word is searched as typed, without typo matching. */
export const MAX_FUZZY_TERM_LENGTH = 30

/** Builds the index once; returns a function answering a query in well under a millisecond. */
export function createSearchReference(bundle: Bundle, vocabulary?: DrugVocabulary): SearchReference {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'names', 'context'],
    storeFields: ['group', 'title', 'context', 'href'],
    processTerm: normaliseTerm,
    tokenize: tokenizeForLookup,
    searchOptions: {
      boost: { title: 4, names: 3, context: 0.3 },
      // One typo in 5+ letters, two in 10+; none for short words, where a typo is another word.
      // As edit counts, not a fraction: a 200-letter paste must not be searched with 40 typos allowed.
      // None above MAX_FUZZY_TERM_LENGTH either: no name is that long, and a typo search costs the
      // square of the word's length (a pasted 10,000-letter word would hold the page for seconds).
      fuzzy: (term) => (term.length > MAX_FUZZY_TERM_LENGTH ? false : term.length >= 10 ? 2 : term.length >= 5 ? 1 : false),
      // The last word is usually half-typed.
      prefix: (_term, i, terms) => i === terms.length - 1,
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  })
  index.addAll(documentsFrom(bundle, vocabulary))

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

const NO_VOCABULARY = {}
const references = new WeakMap<Bundle, WeakMap<object, SearchReference>>()

/** One index per bundle and vocabulary, however many components ask. */
export function searchReferenceFor(bundle: Bundle, vocabulary?: DrugVocabulary): SearchReference {
  let byVocabulary = references.get(bundle)
  if (!byVocabulary) {
    byVocabulary = new WeakMap()
    references.set(bundle, byVocabulary)
  }
  let reference = byVocabulary.get(vocabulary ?? NO_VOCABULARY)
  if (!reference) {
    reference = createSearchReference(bundle, vocabulary)
    byVocabulary.set(vocabulary ?? NO_VOCABULARY, reference)
  }
  return reference
}
