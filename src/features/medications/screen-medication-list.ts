/**
 * Screens a medication list pasted from a chart or a discharge letter against the drugs this
 * reference knows to trigger or worsen RLS.
 *
 * A list arrives as free text: "1. Sertraline 50 mg PO daily", "• Reglan 10mg before meals",
 * "- diphenhydramine (Benadryl) 25 mg prn". Rather than parse doses and routes, every line is
 * searched for any known generic name, US or UK brand or alias as whole words, so whatever
 * surrounds the name does not matter and nothing outside a word is ever matched
 * ("Zoloft" is not found in "Zoloftx"). No regular expression is built from the content, so
 * names with regex characters need no escaping and cannot misbehave.
 */
import type { Bundle, EvidenceGrade, Medication, MedicationClass } from '../../data/bundle-schema'
import { byId } from '../../data/lookup'
import { spacedTokens, tokenize } from './fold-text'

export type Alternative = Medication['alternatives'][number]
export type MatchedAs = 'generic name' | 'US brand' | 'UK brand' | 'alias'

export type MedicationMatch = {
  medication: Medication
  /** The text on the line that matched, as written there ("Reglan", "lithium"). */
  matchedText: string
  /** Which of the drug's names it matched: a brand, the generic name, an alias. */
  matchedAs: MatchedAs[]
  medicationClass: MedicationClass | undefined
  className: string
  effect: Medication['effect']
  grade: EvidenceGrade
  /** Drug-specific alternatives first, then the class's. */
  alternatives: Alternative[]
}

export type FlaggedLine = { line: string; lineNumber: number; matches: MedicationMatch[] }
export type UnmatchedLine = { line: string; lineNumber: number }
export type ScreeningResult = { flagged: FlaggedLine[]; unmatched: UnmatchedLine[] }

export type ScreeningContent = Pick<Bundle, 'medications' | 'medicationClasses'>

type Term = { medication: Medication; matchedAs: MatchedAs[] }

/**
 * A character trie of every name, tokens separated by ' '. The ' ' edge marks where a
 * name's words part: the line may part there too (co-codamol, co codamol) or not (cocodamol),
 * but a line may never part a name where the name has no break.
 */
type TrieNode = { children: Map<string, TrieNode>; terms: Term[] }

const WORD_BREAK = ' '

function newNode(): TrieNode {
  return { children: new Map(), terms: [] }
}

type Matcher = { root: TrieNode; classes: Map<string, MedicationClass> }

function buildMatcher(content: ScreeningContent): Matcher {
  const root = newNode()
  for (const medication of content.medications) {
    const names: [string, MatchedAs][] = [
      [medication.name, 'generic name'],
      ...medication.brands.us.map((name): [string, MatchedAs] => [name, 'US brand']),
      ...medication.brands.uk.map((name): [string, MatchedAs] => [name, 'UK brand']),
      ...medication.aliases.map((name): [string, MatchedAs] => [name, 'alias']),
    ]
    for (const [name, matchedAs] of names) {
      for (const key of keysFor(name, matchedAs)) insert(root, key, medication, matchedAs)
    }
  }
  return { root, classes: byId(content.medicationClasses) }
}

/**
 * Release and pack suffixes of brand names: a chart says "Effexor 75 mg" as often as
 * "Effexor XR", "Inderal" as often as "Inderal LA".
 */
const FORMULATION_SUFFIXES = new Set(['xr', 'xl', 'la', 'sr', 'cr', 'er', 'mr', 'dr', 'cd', 'hb', 'odt', 'soltab', 'sleeptabs', 'retard', 'continus'])

/**
 * The forms of a name worth finding on a line. A name may carry a qualifier the chart never
 * writes — "Clonazepam, on withdrawal", "Zantac (withdrawn 2020)", "Levodopa (with carbidopa
 * or benserazide)" — so the part before it counts as the name too.
 */
function keysFor(name: string, matchedAs: MatchedAs): Set<string> {
  const keys = new Set<string>()
  const full = spacedTokens(name)
  const head = spacedTokens(name.split(/[(,]/)[0] ?? '')
  for (const key of [full, head]) if (key !== '') keys.add(key)
  if (matchedAs === 'US brand' || matchedAs === 'UK brand') {
    const words = head.split(' ')
    while (words.length > 1 && FORMULATION_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop()
    if (words.join('') !== '') keys.add(words.join(' '))
  }
  return keys
}

function insert(root: TrieNode, key: string, medication: Medication, matchedAs: MatchedAs) {
  let node = root
  for (const char of key) {
    let next = node.children.get(char)
    if (!next) {
      next = newNode()
      node.children.set(char, next)
    }
    node = next
  }
  const existing = node.terms.find((term) => term.medication === medication)
  if (!existing) node.terms.push({ medication, matchedAs: [matchedAs] })
  else if (!existing.matchedAs.includes(matchedAs)) existing.matchedAs.push(matchedAs)
}

// The bundle never changes while the app runs: one matcher per medication list, built on first use.
const matchers = new WeakMap<ScreeningContent['medications'], { classes: ScreeningContent['medicationClasses']; matcher: Matcher }>()

function matcherFor(content: ScreeningContent): Matcher {
  const cached = matchers.get(content.medications)
  if (cached && cached.classes === content.medicationClasses) return cached.matcher
  const matcher = buildMatcher(content)
  matchers.set(content.medications, { classes: content.medicationClasses, matcher })
  return matcher
}

type Hit = { start: number; end: number; term: Term }

/** Every whole-word occurrence of a known name on the line, as [start, end] in folded chars. */
function findHits(line: string, root: TrieNode): { hits: Hit[]; text: ReturnType<typeof tokenize> } {
  const text = tokenize(line)
  const { chars, tokenStart, tokenEnd } = text
  const hits: Hit[] = []
  for (let start = 0; start < chars.length; start++) {
    if (!tokenStart[start]) continue
    let active: TrieNode[] = [root]
    for (let i = start; i < chars.length && active.length > 0; i++) {
      const lineBreaksHere = i > start && tokenStart[i] === true
      const candidates: TrieNode[] = []
      for (const node of active) {
        const broken = node.children.get(WORD_BREAK)
        if (broken) candidates.push(broken)
        // Where the line has a word break the name must have one; elsewhere the name's break is optional.
        if (!lineBreaksHere) candidates.push(node)
      }
      const char = chars[i] as string
      active = candidates.flatMap((node) => {
        const next = node.children.get(char)
        return next ? [next] : []
      })
      if (!tokenEnd[i]) continue
      for (const node of active) for (const term of node.terms) hits.push({ start, end: i, term })
    }
  }
  return { hits, text }
}

/**
 * One hit per drug (its first, longest), and none that lies inside a longer name of another
 * drug: on "Zantac 360" the line names famotidine, not ranitidine's "Zantac". The same drug
 * named again elsewhere on the line is still found there.
 */
function selectHits(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Hit[] = []
  const seen = new Set<Medication>()
  // Hits that may still cover the current one: those not yet ended. Names are short, so few.
  let open: Hit[] = []
  for (const hit of hits) {
    open = open.filter((other) => other.end >= hit.start)
    const insideAnother = open.some(
      (other) => other.term.medication !== hit.term.medication && other.end >= hit.end && other.end - other.start > hit.end - hit.start,
    )
    open.push(hit)
    if (insideAnother || seen.has(hit.term.medication)) continue
    seen.add(hit.term.medication)
    kept.push(hit)
  }
  return kept
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

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/

/**
 * Screens each non-blank line of `text`. Every non-blank line comes back exactly once: in
 * `flagged` with every known drug named on it, or in `unmatched`. Lines are numbered as in
 * the pasted text (blank lines count), so a clinician can find them in the source.
 */
export function screenMedicationList(text: string, content: ScreeningContent): ScreeningResult {
  const { root, classes } = matcherFor(content)
  const result: ScreeningResult = { flagged: [], unmatched: [] }
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const lineNumber = index + 1
    const { hits, text: tokens } = findHits(line, root)
    const matches = selectHits(hits).map((hit): MedicationMatch => {
      const { medication, matchedAs } = hit.term
      const medicationClass = classes.get(medication.class)
      return {
        medication,
        matchedText: line.slice(tokens.starts[hit.start], tokens.ends[hit.end]),
        matchedAs: [...matchedAs],
        medicationClass,
        className: medicationClass?.name ?? medication.class,
        effect: medication.effect,
        grade: medication.grade,
        alternatives: alternativesFor(medication, medicationClass),
      }
    })
    if (matches.length > 0) result.flagged.push({ line, lineNumber, matches })
    else result.unmatched.push({ line, lineNumber })
  })
  return result
}
