/**
 * Screens a medication list pasted from a chart or a discharge letter. Every non-blank line gets
 * exactly one of these answers:
 *
 * - `flagged`: it names a drug the content bundle lists, with its roles in RLS (drug-roles.ts):
 *   it can trigger or worsen RLS, stopping it can provoke RLS, it treats RLS, or it is reported
 *   without adequate evidence (never an alert). A drug the bundle lists wins over the vocabulary.
 *   A combination product ("Tylenol PM") is flagged for each listed drug among its ingredients.
 *   A name read as a class member by its stem takes its class's roles.
 * - `recognised`: "recognised, no known association": every drug it names is in the drug
 *   vocabulary and none is in the bundle.
 * - `notRecognised`: "not recognised: check the spelling": it names nothing known. A misspelt or
 *   unknown name lands here, never in `recognised`; `suggestions` offers close known names.
 * - `notMedication`: a heading, an allergy note, a lab result, a device or supply, social
 *   history, a date: not screened as a drug, and never counted as reassuring.
 *
 * Until the vocabulary has loaded, lines without a bundle drug wait in `notChecked`.
 *
 * Names are found as whole words anywhere on the line (doses, routes and bullets around them do
 * not matter; "Zoloft" is not found in "Zoloftx"); no regular expression is built from content.
 */
import type { Bundle, EvidenceGrade, Medication, MedicationClass, MedicationRole } from '../../data/bundle-schema'
import type { DrugVocabulary, VocabularyIngredient, VocabularyProduct } from '../../data/drug-vocabulary-schema'
import { byId } from '../../data/lookup'
import { chartWordsFor, readLine, type ChartWords, type LineContext, type PhraseSet } from './chart-line-context'
import { ROLE_ORDER, countsAsCause, leadingRole, orderedRoles } from './drug-roles'
import { spacedTokens, tokenize } from './fold-text'
import { suggestionsFor, type SpellingSuggestion } from './spelling-suggestions'

export type Alternative = Medication['alternatives'][number]
export type MatchedAs = 'generic name' | 'US brand' | 'UK brand' | 'alias' | 'spelling variant' | 'combination product'

export type MedicationMatch = {
  medication: Medication
  /** The text on the line that matched, as written there ("Reglan", "Tylenol PM"). */
  matchedText: string
  /** Which of the drug's names it matched: a brand, the generic name, an alias, a combination product. */
  matchedAs: MatchedAs[]
  medicationClass: MedicationClass | undefined
  className: string
  effect: Medication['effect']
  grade: EvidenceGrade
  /** The drug's roles in RLS, in display order. */
  roles: MedicationRole[]
  /** The content's one line for the prescriber ("Do not stop abruptly; taper."), shown verbatim. */
  advice: string
  /** Drug-specific alternatives first, then the class's. */
  alternatives: Alternative[]
  /** Set when the drug was found inside a combination product. */
  product?: VocabularyProduct
  /** The product name may stand for different ingredients: what to check. */
  ambiguous?: string
  /** Named in a lab result ("Li 0.7 mmol/L"): a measured drug level implies the patient takes it. */
  fromLabResult?: true
  /**
   * Applied where little reaches the blood (eye or ear drops, a cream, a mouthwash): its roles stay
   * visible, but it is not counted as a cause (countsAsCause's second argument).
   */
  littleSystemicExposure?: true
}

/**
 * A name the content does not list, read as a member of a trigger class by its WHO INN stem
 * ("bromazepam" ends in -azepam: a benzodiazepine), or a generic night-time painkiller or cold
 * remedy that usually holds a member of the class (`mayContain`). Grade, effect, roles and advice
 * are the class's.
 */
export type ClassMatch = {
  medicationClass: MedicationClass
  matchedText: string
  /** The INN stem the name ends in; absent for a night-time remedy. */
  stem?: string
  /** "usually contains a sedating antihistamine (…): check the pack", shown verbatim. */
  mayContain?: string
  littleSystemicExposure?: true
  /** Read by its stem in a lab result ("Bromazepam level 120 ng/mL"): a measured level means the patient takes it. */
  fromLabResult?: true
  effect: Medication['effect']
  grade: EvidenceGrade
  roles: MedicationRole[]
  advice: string
  alternatives: Alternative[]
}

/** A drug the vocabulary knows and the bundle does not list: no known association. */
export type RecognisedMatch = {
  /** The ingredient's or product's name ("Metformin", "Co-amoxiclav"). */
  name: string
  matchedText: string
  matchedAs: MatchedAs[]
  /** Ingredient names: one for a single drug, each for a combination. */
  ingredients: string[]
  /** The same ingredients' vocabulary ids, for rules that follow from a drug (metformin and vitamin B12). */
  ingredientIds: string[]
  ambiguous?: string
}

type Line = { line: string; lineNumber: number }
export type FlaggedLine = Line & {
  /** Drugs the content lists by name. */
  matches: MedicationMatch[]
  /** Names read as class members by their stem; a flagged line has at least one match of either kind. */
  classMatches: ClassMatch[]
  /** Every role of the drugs on the line, in display order; the first decides where the line is grouped. */
  roles: MedicationRole[]
  /** Other drugs on the line without a known association (a combination's other ingredients). */
  alsoNamed: RecognisedMatch[]
  /** The route or form the line names ("eye drops", "patch"). */
  form?: string
  /** Every drug on the line is applied where little reaches the blood: none counts as a cause. */
  littleSystemicExposure?: true
}
export type RecognisedLine = Line & { matches: RecognisedMatch[]; form?: string }
export type UnrecognisedLine = Line & { suggestions: SpellingSuggestion[] }
export type NotMedicationReason = 'heading' | 'note' | 'vital sign' | 'lab result' | 'device or supply' | 'social history' | 'date or number'
export type NotMedicationLine = Line & { reason: NotMedicationReason }

export type ScreeningResult = {
  flagged: FlaggedLine[]
  recognised: RecognisedLine[]
  notRecognised: UnrecognisedLine[]
  notMedication: NotMedicationLine[]
  /** Lines without a bundle drug while the vocabulary is not loaded: neither reassuring nor unknown yet. */
  notChecked: Line[]
}

export type ScreeningContent = Pick<Bundle, 'medications' | 'medicationClasses'>

type Term =
  | { kind: 'medication'; key: string; medication: Medication; matchedAs: MatchedAs[] }
  | { kind: 'ingredient'; key: string; ingredient: VocabularyIngredient; matchedAs: MatchedAs[] }
  | { kind: 'product'; key: string; product: VocabularyProduct; matchedAs: MatchedAs[] }
  /** A supply or social-history phrase that contains a drug-like word ("lithium battery", "no alcohol"). */
  | { kind: 'noise'; key: string; reason: NotMedicationReason; matchedAs: MatchedAs[] }

/**
 * Every name, found by its letters and digits alone ("cocodamol"), with the places its words part
 * ("co codamol" parts before its third letter). A line names it where its letters and digits are the
 * name's and the line parts only where the name does: the line may part there too (co-codamol,
 * co codamol) or not (cocodamol), but a line may never part a name where the name has no break.
 * A map of strings, not a trie of characters: built in about half the time, with far fewer
 * objects, which is what a clinician waits for on the first paste of a list.
 */
type NameEntry = { spaced: string; breaks: number[]; terms: Term[] }
/** `longest` and `mostWords` bound how far along a line a name can reach from where it starts. */
type NameIndex = { byLetters: Map<string, NameEntry[]>; longest: number; mostWords: number }

const WORD_BREAK = ' '
/** Names this short ("Li", "T4", "DPH", "ASA") count only where the line reads as a medication. */
const SHORT_NAME_LENGTH = 3

type Matcher = {
  names: NameIndex
  classes: Map<string, MedicationClass>
  medications: Map<string, Medication>
  ingredients: Map<string, VocabularyIngredient>
  words: ChartWords | undefined
  vocabulary: DrugVocabulary | undefined
  stems: { stem: string; except: Set<string>; classMatch: Omit<ClassMatch, 'matchedText' | 'stem'> }[]
  /** The class standing a generic night-time remedy is read with (sedating antihistamines). */
  nightRemedyClass: Omit<ClassMatch, 'matchedText' | 'stem'> | undefined
  /** Each line's answer by its text. */
  lines: Map<string, LineOutcome>
  /**
   * Names that are a drug only on a line with a dose, route or frequency (`matchOnDoseLine`), by their letters
   * alone, as a hit's text is compared ("iron tablet" as "irontablet").
   */
  doseLineOnly: Set<string>
}

/** A class's standing, from its members: their common effect; the roles are the class's own. */
function classStanding(medicationClass: MedicationClass, members: Medication[]): Omit<ClassMatch, 'matchedText' | 'stem'> {
  const effects = new Map<Medication['effect'], number>()
  for (const member of members) effects.set(member.effect, (effects.get(member.effect) ?? 0) + 1)
  const effect = [...effects.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'triggers'
  return {
    medicationClass,
    effect,
    grade: medicationClass.grade,
    roles: orderedRoles(medicationClass.roles),
    advice: medicationClass.advice ?? members[0]?.advice ?? 'Do not stop a needed drug for this alone.',
    alternatives: medicationClass.alternatives,
  }
}

/**
 * Release and pack suffixes of brand names: a chart says "Effexor 75 mg" as often as
 * "Effexor XR", "Inderal" as often as "Inderal LA".
 */
const FORMULATION_SUFFIXES = new Set(['xr', 'xl', 'la', 'sr', 'cr', 'er', 'mr', 'dr', 'cd', 'hb', 'odt', 'soltab', 'sleeptabs', 'retard', 'continus'])

/**
 * The forms of a name worth finding on a line. A brand may carry a qualifier the chart never
 * writes — "Zantac (withdrawn)", "Targinact (with naloxone)" — so the part before it counts too.
 */
function keysFor(name: string, isBrand: boolean): Set<string> {
  const keys = new Set<string>()
  const full = spacedTokens(name)
  const headText = name.split(/[(,]/)[0] ?? ''
  const head = headText === name ? full : spacedTokens(headText)
  for (const key of [full, head]) if (key !== '') keys.add(key)
  if (isBrand) {
    const words = head.split(' ')
    while (words.length > 1 && FORMULATION_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop()
    if (words.join('') !== '') keys.add(words.join(' '))
  }
  return keys
}

function insert(index: NameIndex, key: string, term: Term) {
  let letters = ''
  const breaks: number[] = []
  for (const char of key) {
    if (char === WORD_BREAK) breaks.push(letters.length)
    else letters += char
  }
  let entries = index.byLetters.get(letters)
  if (!entries) {
    entries = []
    index.byLetters.set(letters, entries)
  }
  let entry = entries.find((other) => other.spaced === key)
  if (!entry) {
    entry = { spaced: key, breaks, terms: [] }
    entries.push(entry)
  }
  index.longest = Math.max(index.longest, letters.length)
  index.mostWords = Math.max(index.mostWords, breaks.length + 1)
  const existing = entry.terms.find((other) => other.key === term.key)
  if (!existing) entry.terms.push({ ...term, matchedAs: [...term.matchedAs] })
  else for (const kind of term.matchedAs) if (!existing.matchedAs.includes(kind)) existing.matchedAs.push(kind)
}

type Named = [name: string, matchedAs: MatchedAs][]

function medicationNames(medication: Medication): Named {
  return [
    [medication.name, 'generic name'],
    ...medication.brands.us.map((name): Named[number] => [name, 'US brand']),
    ...medication.brands.uk.map((name): Named[number] => [name, 'UK brand']),
    ...medication.aliases.map((name): Named[number] => [name, 'alias']),
    ...(medication.matchOnly ?? []).map((name): Named[number] => [name, 'spelling variant']),
  ]
}

export function ingredientNames(ingredient: VocabularyIngredient): Named {
  return [
    [ingredient.name, 'generic name'],
    ...ingredient.brands.us.map((name): Named[number] => [name, 'US brand']),
    ...ingredient.brands.uk.map((name): Named[number] => [name, 'UK brand']),
    ...ingredient.aliases.map((name): Named[number] => [name, 'alias']),
  ]
}

export function productNames(product: VocabularyProduct): string[] {
  return [product.name, ...product.otherNames]
}

function buildMatcher(content: ScreeningContent, vocabulary: DrugVocabulary | undefined): Matcher {
  const names: NameIndex = { byLetters: new Map(), longest: 0, mostWords: 0 }
  const medications = byId(content.medications)
  const doseLineOnly = new Set<string>()
  for (const medication of content.medications) {
    const term = { kind: 'medication', key: `m:${medication.id}`, medication } as const
    for (const [name, matchedAs] of medicationNames(medication)) {
      for (const key of keysFor(name, matchedAs.endsWith('brand'))) insert(names, key, { ...term, matchedAs: [matchedAs] })
    }
    for (const name of medication.matchOnDoseLine ?? []) {
      for (const key of keysFor(name, false)) {
        insert(names, key, { ...term, matchedAs: ['alias'] })
        doseLineOnly.add(key.replaceAll(WORD_BREAK, ''))
      }
    }
  }
  const ingredients = new Map<string, VocabularyIngredient>()
  if (vocabulary) {
    for (const ingredient of vocabulary.ingredients) {
      // A drug the bundle lists wins: its roles count whatever the vocabulary says.
      if (medications.has(ingredient.id)) continue
      ingredients.set(ingredient.id, ingredient)
      const term = { kind: 'ingredient', key: `i:${ingredient.id}`, ingredient } as const
      for (const [name, matchedAs] of ingredientNames(ingredient)) {
        for (const key of keysFor(name, matchedAs.endsWith('brand'))) insert(names, key, { ...term, matchedAs: [matchedAs] })
      }
    }
    for (const product of vocabulary.products) {
      const term: Term = { kind: 'product', key: `p:${product.id}`, product, matchedAs: ['combination product'] }
      for (const name of productNames(product)) for (const key of keysFor(name, true)) insert(names, key, term)
    }
    const noise = vocabulary.chartNoise
    for (const phrase of noise.devicePhrases) {
      insert(names, spacedTokens(phrase), { kind: 'noise', key: `n:device:${phrase}`, reason: 'device or supply', matchedAs: [] })
    }
    for (const phrase of noise.socialPhrases) {
      insert(names, spacedTokens(phrase), { kind: 'noise', key: `n:social:${phrase}`, reason: 'social history', matchedAs: [] })
    }
  }
  const classes = byId(content.medicationClasses)
  const stems = (vocabulary?.nameStems.stems ?? []).flatMap((entry) => {
    const medicationClass = classes.get(entry.class)
    if (!medicationClass) return []
    const members = content.medications.filter((medication) => medication.class === entry.class)
    return [{ stem: entry.stem, except: new Set(entry.except), classMatch: classStanding(medicationClass, members) }]
  })
  const nightClass = vocabulary && classes.get(vocabulary.chartNoise.nightRemedies.sedatingAntihistamineClass)
  return {
    names,
    classes,
    medications,
    ingredients,
    words: vocabulary ? chartWordsFor(vocabulary.chartNoise) : undefined,
    vocabulary,
    stems,
    nightRemedyClass: nightClass
      ? classStanding(
          nightClass,
          content.medications.filter((medication) => medication.class === nightClass.id),
        )
      : undefined,
    lines: new Map(),
    doseLineOnly,
  }
}

// Content never changes while the app runs: one matcher per bundle and vocabulary, built on first use.
const NO_VOCABULARY = {}
const matchers = new WeakMap<ScreeningContent['medications'], WeakMap<object, Matcher>>()

function matcherFor(content: ScreeningContent, vocabulary: DrugVocabulary | undefined): Matcher {
  let byVocabulary = matchers.get(content.medications)
  if (!byVocabulary) {
    byVocabulary = new WeakMap()
    matchers.set(content.medications, byVocabulary)
  }
  const cacheKey = vocabulary ?? NO_VOCABULARY
  let matcher = byVocabulary.get(cacheKey)
  if (!matcher || matcher.classes !== byId(content.medicationClasses)) {
    matcher = buildMatcher(content, vocabulary)
    byVocabulary.set(cacheKey, matcher)
  }
  return matcher
}

type Hit = { start: number; end: number; term: Term }

/** Every whole-word occurrence of a known name on the line, as [start, end] in folded chars. */
function findHits(text: ReturnType<typeof tokenize>, names: NameIndex): Hit[] {
  const { chars, tokenStart, tokenEnd } = text
  const hits: Hit[] = []
  for (let start = 0; start < chars.length; start++) {
    if (!tokenStart[start]) continue
    let letters = ''
    // Where the line parts, counted in letters from `start`: the name must part there too.
    const lineBreaks: number[] = []
    for (let i = start; i < chars.length && letters.length < names.longest; i++) {
      if (i > start && tokenStart[i]) {
        // The line's words within a name are at most the name's words.
        if (lineBreaks.length + 1 >= names.mostWords) break
        lineBreaks.push(letters.length)
      }
      letters += chars[i]
      if (!tokenEnd[i]) continue
      for (const entry of names.byLetters.get(letters) ?? []) {
        if (!lineBreaks.every((at) => entry.breaks.includes(at))) continue
        for (const term of entry.terms) hits.push({ start, end: i, term })
      }
    }
  }
  return hits
}

/**
 * The hits, in the order written, but none that lies inside a longer name of another term: on
 * "Zantac 360" the line names famotidine, not ranitidine's "Zantac"; on "Tylenol PM" the
 * product, not plain Tylenol; on "lithium battery" a supply, not lithium.
 */
function selectHits(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Hit[] = []
  // Hits that may still cover the current one: those not yet ended. Names are short, so few.
  let open: Hit[] = []
  for (const hit of hits) {
    open = open.filter((other) => other.end >= hit.start)
    const insideAnother = open.some(
      (other) => other.term.key !== hit.term.key && other.end >= hit.end && other.end - other.start > hit.end - hit.start,
    )
    open.push(hit)
    if (!insideAnother) kept.push(hit)
  }
  return kept
}

/**
 * One hit per term, its first. Applied after preferNamedIngredients: a drug named again after a
 * brand ("Unisom (doxylamine)") must still tell which of the brand's products the line means.
 */
function firstOfEachTerm(hits: Hit[]): Hit[] {
  const seen = new Set<string>()
  return hits.filter((hit) => {
    if (seen.has(hit.term.key)) return false
    seen.add(hit.term.key)
    return true
  })
}

/** Drug-specific alternatives first, then the class's, each once. */
export function alternativesFor(medication: Medication, medicationClass: MedicationClass | undefined): Alternative[] {
  const all = [...medication.alternatives, ...(medicationClass?.alternatives ?? [])]
  const seen = new Set<string>()
  return all.filter((alternative) => {
    if (seen.has(alternative.text)) return false
    seen.add(alternative.text)
    return true
  })
}

// Drugs that can trigger or worsen RLS first (in the order written), then by role.
const roleRank = ({ roles, littleSystemicExposure }: { roles: readonly MedicationRole[]; littleSystemicExposure?: true }) =>
  countsAsCause(roles, littleSystemicExposure) ? 0 : ROLE_ORDER.indexOf(leadingRole(roles))

/** The drugs a name stands for: a drug's own id, or a product's ingredients. */
function drugIdsOf(term: Term): string[] {
  if (term.kind === 'medication') return [term.medication.id]
  if (term.kind === 'ingredient') return [term.ingredient.id]
  if (term.kind === 'product') return term.product.ingredients
  return []
}
const BRAND_KINDS: readonly MatchedAs[] = ['US brand', 'UK brand', 'combination product']
const INGREDIENT_KINDS: readonly MatchedAs[] = ['generic name', 'alias', 'spelling variant']
/** Between a brand and the ingredient that qualifies it: words and brackets only, no dose and no list ("or" offers another drug). */
const LIST_BREAK = /[\p{N},;+&/]|\b(?:and|with|plus|or)\b/iu

/**
 * An ingredient named after a brand word, with only words and brackets between, says what the
 * product is: "Benadryl Allergy (cetirizine)" is cetirizine, whatever else the Benadryl name is
 * sold as; "Dramamine Non-Drowsy (ginger)" is ginger. A combination that holds the named
 * ingredient stays ("Tylenol PM (acetaminophen)"), and so does one parted from it by a dose or a list
 * ("Benadryl 25 mg, paracetamol 500 mg").
 */
function preferNamedIngredients(hits: Hit[], tokens: ReturnType<typeof tokenize>, body: string): Hit[] {
  const named = hits.filter((hit) => (hit.term.kind === 'medication' || hit.term.kind === 'ingredient') && hit.term.matchedAs.some((kind) => INGREDIENT_KINDS.includes(kind)))
  if (named.length === 0) return hits
  return hits.filter((hit) => {
    if (hit.term.kind === 'noise' || !hit.term.matchedAs.every((kind) => BRAND_KINDS.includes(kind))) return true
    const ids = drugIdsOf(hit.term)
    return !named.some(
      (other) =>
        other.start > hit.end &&
        // A name sold with different ingredients ("Benadryl") is the one the line names.
        (!drugIdsOf(other.term).some((id) => ids.includes(id)) || (hit.term.kind === 'product' && hit.term.product.ambiguous !== undefined)) &&
        !LIST_BREAK.test(body.slice(tokens.ends[hit.end], tokens.starts[other.start])),
    )
  })
}

/** Words a night word follows when it is a time of dosing, not a product ("at night", "every night"). */
const DOSING_TIME = new Set(['at', 'every', 'each', 'per', 'before', 'the', 'in', 'by'])

/**
 * A generic night-time painkiller or cold remedy ("Acetaminophen PM", "Night-time cold and flu"):
 * the words of the remedy and the night word side by side. Returns the text that says so.
 */
function findNightRemedy(context: LineContext, words: ChartWords, hits: Hit[], tokens: ReturnType<typeof tokenize>, body: string): string | undefined {
  const night = words.night
  const tokenOfChar: number[] = []
  const firstChar: number[] = []
  const lastChar: number[] = []
  for (let i = 0, t = -1; i < tokens.chars.length; i++) {
    if (tokens.tokenStart[i]) {
      t++
      firstChar[t] = i
    }
    if (tokens.tokenEnd[i]) lastChar[t] = i
    tokenOfChar[i] = t
  }
  const spans = (set: PhraseSet) => {
    const found: [number, number][] = []
    for (let i = 0; i < context.tokens.length; i++) {
      const length = set.matchAt(context.tokens, i)
      if (length > 0) found.push([i, i + length - 1])
    }
    return found
  }
  const remedies: [number, number][] = [
    ...hits
      .filter((hit) => hit.term.kind === 'ingredient' && night.painkillers.has(hit.term.ingredient.id))
      .map((hit): [number, number] => [tokenOfChar[hit.start] ?? 0, tokenOfChar[hit.end] ?? 0]),
    ...spans(night.remedyWords),
  ]
  for (const [nightStart, nightEnd] of spans(night.nightWords)) {
    if (DOSING_TIME.has(context.tokens[nightStart - 1] ?? '')) continue
    for (const [remedyStart, remedyEnd] of remedies) {
      const from = Math.min(nightStart, remedyStart)
      const to = Math.max(nightEnd, remedyEnd)
      if (nightEnd + 1 !== remedyStart && remedyEnd + 1 !== nightStart) continue
      return body.slice(tokens.starts[firstChar[from] ?? 0], tokens.ends[lastChar[to] ?? 0])
    }
  }
  return undefined
}

/** A stem is read only on a word at least this much longer than it ("-adol" needs "tramadol", not "adol"). */
const STEM_MARGIN = 2
/** A long stem is itself a drug's name ("pheniramine", "perazine"). */
const WHOLE_STEM_LENGTH = 8

/** Words no known name covers that end in a class's INN stem. */
function findClassMembers(tokens: ReturnType<typeof tokenize>, hits: Hit[], matcher: Matcher, body: string, isLabResult: boolean): ClassMatch[] {
  if (matcher.stems.length === 0) return []
  const found: ClassMatch[] = []
  for (let start = 0; start < tokens.chars.length; start++) {
    if (!tokens.tokenStart[start]) continue
    let end = start
    while (!tokens.tokenEnd[end]) end++
    const word = tokens.chars.slice(start, end + 1).join('')
    // A token is all letters or all digits (fold-text.ts) and a stem is lower-case letters (the schema): a number never ends in one.
    if (hits.some((hit) => hit.start <= end && hit.end >= start)) continue
    const entry = matcher.stems.find(
      ({ stem, except }) =>
        (word.length >= stem.length + STEM_MARGIN || (word === stem && stem.length >= WHOLE_STEM_LENGTH)) && word.endsWith(stem) && !except.has(word),
    )
    if (entry && !found.some((match) => match.medicationClass === entry.classMatch.medicationClass)) {
      found.push({
        ...entry.classMatch,
        matchedText: body.slice(tokens.starts[start], tokens.ends[end]),
        stem: entry.stem,
        ...(isLabResult ? { fromLabResult: true as const } : {}),
      })
    }
  }
  return found
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/
const HEADING_COLON = /^([^:]{1,60}):(.*)$/

/**
 * Screens each non-blank line of `text` against the bundle's drugs and, once loaded, the drug
 * vocabulary. Lines are numbered as in the pasted text (blank lines count), so a clinician can
 * find them in the source. Pure: nothing is stored or sent.
 */
export function screenMedicationList(text: string, content: ScreeningContent, vocabulary?: DrugVocabulary): ScreeningResult {
  // The matcher (every name of the bundle and the vocabulary) is built at the first line to read, not
  // before: an empty list, as every patient page opens with, costs nothing while the page starts.
  let matcher: Matcher | undefined
  const result: ScreeningResult = { flagged: [], recognised: [], notRecognised: [], notMedication: [], notChecked: [] }
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    matcher ??= matcherFor(content, vocabulary)
    const outcome = outcomeOf(line, matcher)
    const lineNumber = index + 1
    // The same object for the same line at the same place: a list shown line by line redraws only what changed.
    let entry = outcome.numbered.get(lineNumber)
    if (!entry) {
      entry = { ...outcome.entry, lineNumber }
      outcome.numbered.set(lineNumber, entry)
    }
    ;(result[outcome.group] as Line[]).push(entry)
  })
  return result
}

type ScreeningGroup = keyof ScreeningResult
const GROUPS: readonly ScreeningGroup[] = ['flagged', 'recognised', 'notRecognised', 'notMedication', 'notChecked']
/** A line's answer, the same wherever it stands in the list. */
type LineOutcome = { group: ScreeningGroup; entry: Line; numbered: Map<number, Line> }
/** Lines remembered per matcher: a keystroke in a 2,000-line list screens one line again, not all. */
const REMEMBERED_LINES = 20_000

/** A line's answer, screened once per matcher and text (content and vocabulary never change while the app runs). */
function outcomeOf(line: string, matcher: Matcher): LineOutcome {
  let outcome = matcher.lines.get(line)
  if (!outcome) {
    const scratch: ScreeningResult = { flagged: [], recognised: [], notRecognised: [], notMedication: [], notChecked: [] }
    screenLine(line, 0, matcher, scratch)
    const group = GROUPS.find((name) => scratch[name].length > 0) ?? 'notChecked'
    outcome = { group, entry: scratch[group][0] ?? { line, lineNumber: 0 }, numbered: new Map() }
    if (matcher.lines.size >= REMEMBERED_LINES) matcher.lines.clear()
    matcher.lines.set(line, outcome)
  }
  return outcome
}

function screenLine(line: string, lineNumber: number, matcher: Matcher, result: ScreeningResult) {
  const { words } = matcher
  let body = line
  if (words) {
    // "Allergies: codeine" is a note; "Discharge medications:" a heading; "Meds: sertraline" is screened after the colon.
    const heading = HEADING_COLON.exec(line)
    if (heading) {
      const label = heading[1] ?? ''
      if (words.otherHeadings.has(label)) return void result.notMedication.push({ line, lineNumber, reason: 'note' })
      if (words.medicationHeadings.has(label)) {
        body = heading[2] ?? ''
        if (body.trim() === '') return void result.notMedication.push({ line, lineNumber, reason: 'heading' })
      }
    }
    if (words.otherHeadings.has(body)) return void result.notMedication.push({ line, lineNumber, reason: 'note' })
    if (words.medicationHeadings.has(body)) return void result.notMedication.push({ line, lineNumber, reason: 'heading' })
  }

  const tokens = tokenize(body)
  const context = words ? readLine(body, words) : undefined
  // "Allergic to penicillin", "NKDA": the drug named is one the patient must not take.
  if (context?.opensWithAllergy) return void result.notMedication.push({ line, lineNumber, reason: 'note' })
  const isLabResult = context?.readsAsLabResult ?? false
  const matchedText = (hit: Hit) => body.slice(tokens.starts[hit.start], tokens.ends[hit.end])
  // Lab results. A body substance named in a result ("Free T4 1.2", "Iron 8 µmol/L") is a result, never a
  // drug taken. A drug the body does not make, named in a result ("Li 0.7 mmol/L", "lithium level 0.8"),
  // is flagged as that drug, marked `fromLabResult`: a measured level means the patient takes it.
  // The index of the word after a hit: the count of words begun up to its last letter.
  const wordAfter = (hit: Hit) => tokens.tokenStart.slice(0, hit.end + 1).filter(Boolean).length
  const conditionAt = context?.conditionAt ?? new Set<number>()
  const allHits = selectHits(findHits(tokens, matcher.names)).filter((hit) => {
    // "Vitamin D deficiency", "Iron overload" on a problem list: the patient's condition, not a drug taken.
    // (Counted only on a line that names a condition: most lines do not, and are screened on each keystroke.)
    if (conditionAt.size > 0 && conditionAt.has(wordAfter(hit))) return false
    const key = tokens.chars.slice(hit.start, hit.end + 1).join('')
    if (isLabResult && words?.endogenous.has(matchedText(hit))) return false
    // A short name ("Li", "T4") is a drug only on a line that reads as a medication, or as a drug level.
    if (key.length <= SHORT_NAME_LENGTH && !(context?.readsAsMedication ?? true) && !(isLabResult && hit.term.kind === 'medication')) return false
    // "Iron 200 mg od" is a drug; "Iron deficiency" on a problem list and "Iron studies" are not.
    if (matcher.doseLineOnly.has(key) && !(context?.readsAsMedication ?? false)) return false
    return true
  })
  const hits = preferNamedIngredients(allHits, tokens, body)

  const matches: MedicationMatch[] = []
  const recognised: RecognisedMatch[] = []
  const noise: NotMedicationReason[] = []
  const addMedication = (medication: Medication, hit: Hit, product?: VocabularyProduct) => {
    const existing = matches.find((match) => match.medication === medication)
    if (existing) {
      if (product?.ambiguous && !existing.ambiguous) existing.ambiguous = product.ambiguous
      return
    }
    const medicationClass = matcher.classes.get(medication.class)
    matches.push({
      medication,
      matchedText: matchedText(hit),
      matchedAs: [...hit.term.matchedAs],
      medicationClass,
      className: medicationClass?.name ?? medication.class,
      effect: medication.effect,
      grade: medication.grade,
      roles: orderedRoles(medication.roles),
      advice: medication.advice,
      alternatives: alternativesFor(medication, medicationClass),
      ...(product ? { product } : {}),
      ...(product?.ambiguous ? { ambiguous: product.ambiguous } : {}),
      ...(isLabResult ? { fromLabResult: true as const } : {}),
    })
  }
  for (const hit of firstOfEachTerm(hits)) {
    const term = hit.term
    if (term.kind === 'medication') addMedication(term.medication, hit)
    else if (term.kind === 'ingredient') {
      recognised.push({
        name: term.ingredient.name,
        matchedText: matchedText(hit),
        matchedAs: [...term.matchedAs],
        ingredients: [term.ingredient.name],
        ingredientIds: [term.ingredient.id],
      })
    } else if (term.kind === 'product') {
      const ids = term.product.ingredients
      const hasTrigger = ids.some((id) => matcher.medications.has(id))
      // A product with an ingredient neither file knows is never reassuring.
      if (!hasTrigger && ids.some((id) => !matcher.ingredients.has(id))) continue
      for (const id of ids) {
        const medication = matcher.medications.get(id)
        if (medication) addMedication(medication, hit, term.product)
      }
      const others = ids.flatMap((id) => {
        const ingredient = matcher.ingredients.get(id)
        return ingredient ? [ingredient] : []
      })
      if (others.length > 0) {
        recognised.push({
          name: term.product.name,
          matchedText: matchedText(hit),
          matchedAs: ['combination product'],
          ingredients: others.map((ingredient) => ingredient.name),
          ingredientIds: others.map((ingredient) => ingredient.id),
          ...(term.product.ambiguous ? { ambiguous: term.product.ambiguous } : {}),
        })
      }
    } else noise.push(term.reason)
  }

  // A drug level names its drug also when it is read by its stem ("Bromazepam level 120 ng/mL"): a
  // benzodiazepine or an opioid the content does not list by name must not be missed on a lab line.
  const classMatches = findClassMembers(tokens, hits, matcher, body, isLabResult)

  // A generic night-time painkiller or cold remedy, unless the line already names its antihistamine.
  if (words && context && !isLabResult && matcher.nightRemedyClass) {
    const nightClass = matcher.nightRemedyClass
    const named =
      matches.some((match) => words.night.sedatingAntihistamines.has(match.medication.id)) ||
      classMatches.some((match) => match.medicationClass === nightClass.medicationClass)
    const remedy = named ? undefined : findNightRemedy(context, words, hits, tokens, body)
    if (remedy) classMatches.push({ ...nightClass, matchedText: remedy, mayContain: words.night.answer })
  }

  // Eye or ear drops, a cream, a mouthwash: the roles stay visible, but the drug is not counted as a cause.
  const form = context?.form
  if (form?.littleSystemicExposure) {
    for (const match of matches) if (!form.stillSystemic.has(match.medication.id)) match.littleSystemicExposure = true
    for (const match of classMatches) match.littleSystemicExposure = true
  }

  // "Alcohol: none", "Smoking: never": social history, not a substance the patient takes.
  if (
    context?.negated &&
    matches.length > 0 &&
    recognised.length === 0 &&
    matches.every((match) => match.medicationClass?.id === 'substances')
  ) {
    return void result.notMedication.push({ line, lineNumber, reason: 'social history' })
  }
  if (matches.length + classMatches.length > 0) {
    matches.sort((a, b) => roleRank(a) - roleRank(b))
    const all = [...matches, ...classMatches]
    const roles = orderedRoles(all.flatMap((match) => match.roles))
    return void result.flagged.push({
      line,
      lineNumber,
      matches,
      classMatches,
      roles,
      alsoNamed: recognised,
      ...(form ? { form: form.form } : {}),
      ...(all.every((match) => match.littleSystemicExposure) ? { littleSystemicExposure: true as const } : {}),
    })
  }
  if (!matcher.vocabulary || !context) return void result.notChecked.push({ line, lineNumber })
  if (recognised.length > 0) return void result.recognised.push({ line, lineNumber, matches: recognised, ...(form ? { form: form.form } : {}) })
  const reason: NotMedicationReason | undefined =
    noise[0] ??
    (context.readsAsVitalSign
      ? 'vital sign'
      : context.readsAsLabResult
      ? 'lab result'
      : context.conditionAt.size > 0
      ? 'note'
      : context.namesDevice
        ? 'device or supply'
        : context.namesSocialHistory
          ? 'social history'
          : context.onlyNumbersOrDates
            ? 'date or number'
            : body.trimEnd().endsWith(':')
              ? 'heading'
              : undefined)
  if (reason) return void result.notMedication.push({ line, lineNumber, reason })
  result.notRecognised.push({ line, lineNumber, suggestions: suggestionsFor(context.tokens, matcher.vocabulary, matcher.medications) })
}
