/**
 * Text folding shared by the medication filter and the medication-list screener.
 *
 * Charts and letters spell the same drug many ways: "Sertraline", "SERTRALINE", "co-codamol",
 * "co codamol", "St. John’s wort", "Zoloft®". Both features compare folded forms:
 * diacritics removed, lower case, and only letters and digits kept, split into word tokens.
 */

/** Apostrophes join a word ("John's" → "johns") instead of splitting it. */
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´'])
const LETTER = /\p{L}/u
const DIGIT = /\p{N}/u
const COMBINING_MARK = /\p{M}/gu

type Kind = 'letter' | 'digit' | 'join' | 'separator'

/** One folded character with the span of the original text it came from. */
type FoldedChar = { char: string; kind: Kind; start: number; end: number }

/** Folds one code point; may return several characters ("ﬁ" → "fi") or none (a combining mark). */
function foldCodePoint(codePoint: string): string {
  // Before normalisation: NFKD turns the acute accent "´" into a space and a combining mark.
  if (APOSTROPHES.has(codePoint)) return codePoint
  // ASCII is by far the common case and needs no Unicode normalisation.
  if (codePoint.length === 1 && codePoint.charCodeAt(0) < 0x80) return codePoint.toLowerCase()
  return codePoint.normalize('NFKD').toLowerCase().replace(COMBINING_MARK, '')
}

function kindOf(char: string): Kind {
  if (APOSTROPHES.has(char)) return 'join'
  if (LETTER.test(char)) return 'letter'
  if (DIGIT.test(char)) return 'digit'
  return 'separator'
}

function foldChars(text: string): FoldedChar[] {
  const out: FoldedChar[] = []
  let index = 0
  for (const codePoint of text) {
    const start = index
    index += codePoint.length
    const folded = foldCodePoint(codePoint)
    if (folded === '') {
      // A combining mark on its own: it belongs to the character before it.
      const previous = out[out.length - 1]
      if (previous) previous.end = index
      continue
    }
    for (const char of folded) out.push({ char, kind: kindOf(char), start, end: index })
  }
  return out
}

/**
 * A text as a run of letters and digits (`chars`), with where each word token starts and ends.
 * A token is a run of letters or a run of digits: "Reglan10mg" is reglan | 10 | mg, so a dose
 * written against the name still leaves the name a whole word.
 */
export type TokenizedText = {
  /** Folded letters and digits only, separators removed; one code point each. */
  chars: string[]
  /** For each char, the span of the original text it came from. */
  starts: number[]
  ends: number[]
  /** True where a token starts / ends. */
  tokenStart: boolean[]
  tokenEnd: boolean[]
}

export function tokenize(text: string): TokenizedText {
  const result: TokenizedText = { chars: [], starts: [], ends: [], tokenStart: [], tokenEnd: [] }
  let previousKind: Kind | undefined
  for (const folded of foldChars(text)) {
    if (folded.kind === 'join') {
      // Extend the previous character over the apostrophe so "John's" maps back whole.
      const last = result.ends.length - 1
      if (last >= 0 && previousKind !== 'separator') result.ends[last] = folded.end
      continue
    }
    if (folded.kind === 'separator') {
      previousKind = 'separator'
      continue
    }
    const startsToken = previousKind !== folded.kind
    if (startsToken && result.tokenEnd.length > 0) result.tokenEnd[result.tokenEnd.length - 1] = true
    result.chars.push(folded.char)
    result.starts.push(folded.start)
    result.ends.push(folded.end)
    result.tokenStart.push(startsToken)
    result.tokenEnd.push(false)
    previousKind = folded.kind
  }
  if (result.tokenEnd.length > 0) result.tokenEnd[result.tokenEnd.length - 1] = true
  return result
}

/** Letters and digits only, folded: "Co-Codamol®" → "cocodamol". For substring filtering. */
export function compactForFilter(text: string): string {
  return tokenize(text).chars.join('')
}

/** Tokens joined by single spaces: "St. John’s Wort" → "st johns wort", "B12" → "b 12". */
export function spacedTokens(text: string): string {
  const { chars, tokenStart } = tokenize(text)
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    if (tokenStart[i] && i > 0) out += ' '
    out += chars[i]
  }
  return out
}
