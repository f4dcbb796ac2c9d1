/**
 * How a chart's spelling of a drug name is folded before the medication filter and the screener
 * compare it: case, accents, apostrophes, ligatures and punctuation must not change which drug a
 * line names, and each folded letter must map back to the text the clinician pasted (the screener
 * quotes "what matched" from the original line).
 */
import { describe, expect, it } from 'vitest'
import { compactForFilter, spacedTokens, tokenize } from '../../../src/features/medications/fold-text'

/** Each token of a folded text with the original text it came from. */
function tokensWithSource(text: string): { token: string; source: string }[] {
  const folded = tokenize(text)
  const out: { token: string; source: string }[] = []
  let current: number | undefined
  folded.chars.forEach((_char, i) => {
    if (folded.tokenStart[i]) current = i
    if (folded.tokenEnd[i] && current !== undefined) {
      out.push({
        token: folded.chars.slice(current, i + 1).join(''),
        source: text.slice(folded.starts[current], folded.ends[i]),
      })
      current = undefined
    }
  })
  return out
}

describe('a drug name written in any case, with any accent or punctuation, folds to the same letters', () => {
  it('capitals, a registered mark and hyphens do not change the name: "Co-Codamol®" is cocodamol', () => {
    expect(compactForFilter('Co-Codamol®')).toBe('cocodamol')
    expect(compactForFilter('SERTRALINE')).toBe(compactForFilter('sertraline'))
    expect(compactForFilter('ZOLOFT® 100mg')).toBe('zoloft100mg')
  })

  it('an accented letter folds to its plain letter, as a precomposed or a decomposed accent', () => {
    // "é" as one code point, and as "e" followed by a combining acute accent.
    expect(compactForFilter('Caf\u00e9ine')).toBe('cafeine')
    expect(compactForFilter('Cafe\u0301ine')).toBe('cafeine')
    expect(compactForFilter('PROMÉTHAZINE')).toBe('promethazine')
    expect(compactForFilter('Ñ')).toBe('n')
  })

  it('a ligature or a compatibility letter folds to the letters it stands for ("ﬁ" is f, i)', () => {
    expect(compactForFilter('Sul\uFB01de')).toBe('sulfide')
    // Mathematical bold capital letters (outside the Basic Multilingual Plane).
    expect(compactForFilter('\u{1D40B}\u{1D422}')).toBe('li')
    expect(compactForFilter('２０mg')).toBe('20mg')
  })

  it('every apostrophe a chart or a word processor writes joins a word: "St. John’s wort" is st johns wort', () => {
    for (const apostrophe of ["'", '’', 'ʼ', '‘', '`', '´']) {
      expect(spacedTokens(`St. John${apostrophe}s Wort`), JSON.stringify(apostrophe)).toBe('st johns wort')
    }
  })

  it('any other punctuation or space parts words, and several in a row part them once', () => {
    expect(spacedTokens('co-codamol')).toBe('co codamol')
    expect(spacedTokens('  Tylenol   PM!! ')).toBe('tylenol pm')
    expect(spacedTokens('Night-Nurse/Day-Nurse')).toBe('night nurse day nurse')
    expect(spacedTokens('"quoted"')).toBe('quoted')
  })

  it('a dose written against the name still leaves the name a whole word: "Reglan10mg" is reglan 10 mg', () => {
    expect(spacedTokens('Reglan10mg')).toBe('reglan 10 mg')
    expect(spacedTokens('B12')).toBe('b 12')
    expect(spacedTokens('Vitamin B12 1000mcg')).toBe('vitamin b 12 1000 mcg')
    expect(spacedTokens('٣ mg')).toBe('٣ mg')
  })

  it('a line of punctuation alone folds to nothing, with no word in it', () => {
    expect(compactForFilter('— ** —')).toBe('')
    expect(spacedTokens('— ** —')).toBe('')
    expect(tokenize('— ** —')).toEqual({ chars: [], starts: [], ends: [], tokenStart: [], tokenEnd: [] })
    expect(tokenize('')).toEqual({ chars: [], starts: [], ends: [], tokenStart: [], tokenEnd: [] })
  })
})

describe('each folded word maps back to the text the clinician pasted', () => {
  it('words of a chart line map back to their exact spelling on the line', () => {
    expect(tokensWithSource('1. Sertraline 50mg PO')).toEqual([
      { token: '1', source: '1' },
      { token: 'sertraline', source: 'Sertraline' },
      { token: '50', source: '50' },
      { token: 'mg', source: 'mg' },
      { token: 'po', source: 'PO' },
    ])
  })

  it('a possessive maps back whole, apostrophe included: "John’s" not "John"', () => {
    expect(tokensWithSource('St. John’s wort')).toEqual([
      { token: 'st', source: 'St' },
      { token: 'johns', source: 'John’s' },
      { token: 'wort', source: 'wort' },
    ])
    // A name that ends in an apostrophe keeps it too.
    expect(tokensWithSource("Parkins' disease")[0]).toEqual({ token: 'parkins', source: "Parkins'" })
    // The first letter of a line is extended over an apostrophe after it like any other.
    expect(tokenize("O'Neill").ends.slice(0, 2)).toEqual([2, 3])
  })

  it('an apostrophe after a space or at the start of a line is part of no word', () => {
    expect(tokensWithSource("Take 'Zoloft'")).toEqual([
      { token: 'take', source: 'Take' },
      { token: 'zoloft', source: "Zoloft'" },
    ])
    expect(tokensWithSource("'Zoloft")).toEqual([{ token: 'zoloft', source: 'Zoloft' }])
    expect(tokenize("'Li").ends).toEqual([2, 3])
  })

  it('a decomposed accent belongs to its letter: "Café" maps back with its accent', () => {
    expect(tokensWithSource('Cafe\u0301 au lait')).toEqual([
      { token: 'cafe', source: 'Cafe\u0301' },
      { token: 'au', source: 'au' },
      { token: 'lait', source: 'lait' },
    ])
    // An accent with no letter before it is dropped, not attached to anything.
    expect(tokensWithSource('\u0301Li')).toEqual([{ token: 'li', source: 'Li' }])
  })

  it('a letter outside the Basic Multilingual Plane maps back to both halves of its code point', () => {
    const text = 'x \u{1D40B}\u{1D422} 5'
    expect(tokensWithSource(text)).toEqual([
      { token: 'x', source: 'x' },
      { token: 'li', source: '\u{1D40B}\u{1D422}' },
      { token: '5', source: '5' },
    ])
    const folded = tokenize(text)
    expect(folded.starts).toEqual([0, 2, 4, 7])
    expect(folded.ends).toEqual([1, 4, 6, 8])
  })

  it('both letters of a ligature map back to the one ligature character', () => {
    const folded = tokenize('\uFB01x')
    expect(folded.chars).toEqual(['f', 'i', 'x'])
    expect(folded.starts).toEqual([0, 0, 1])
    expect(folded.ends).toEqual([1, 1, 2])
    expect(folded.tokenStart).toEqual([true, false, false])
    expect(folded.tokenEnd).toEqual([false, false, true])
  })

  it('marks where each word starts and ends, a letter run and a digit run being separate words', () => {
    const folded = tokenize('ab12 c')
    expect(folded.chars).toEqual(['a', 'b', '1', '2', 'c'])
    expect(folded.tokenStart).toEqual([true, false, true, false, true])
    expect(folded.tokenEnd).toEqual([false, true, false, true, true])
    expect(folded.starts).toEqual([0, 1, 2, 3, 5])
    expect(folded.ends).toEqual([1, 2, 3, 4, 6])
  })
})
