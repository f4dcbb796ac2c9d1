/**
 * Evaluation of the medication screener on drug names this project did not write: every word of
 * Debian's package hunspell-en-med, version 0.0.20140410-4 (the English medical dictionary for
 * hunspell, /usr/share/hunspell/en_med_glut.dic, GPL-3+): about 90,000 medical words including
 * generic and brand drug names (FDA approvals up to April 2014). Upstream: OpenMedSpel by R Robinson
 * of e-MedTools (http://www.e-medtools.com/openmedspel.html), merged with MTH-Med-Spel-Chek by
 * Rajasekharan N. and packaged for hunspell by Glutanimate (https://github.com/Glutanimate/hunspell-en-med-glut).
 * The file is read where Debian installs it and never copied into this repository; `npm test`
 * installs the package (scripts/ensure-chromium.mjs).
 *
 * Each dictionary word (affix flags "/FLAGS" stripped) is screened as one line. Labels
 * (evaluation-labels.ts) come from pharmacology and the ATC classification, not from this app's
 * content: trigger (antipsychotics incl. depots, lithium, SSRIs, SNRIs, tricyclics, mirtazapine and
 * mianserin, sedating and travel-sickness H1 antihistamines, dopamine-blocking antiemetics),
 * withdrawal (opioids, benzodiazepines), weak (beta-blockers, calcium-channel blockers, H2 blockers,
 * thyroid hormones), excluded (not counted) and clean: every other word. A flag of any level (alert,
 * augmentation risk, insufficient evidence) counts as a flag, so a flagged clean word is a false flag.
 *
 * This dictionary is the TUNING set: the vocabulary's name-stem exceptions (nameStems.stems[].except)
 * were chosen by reviewing its false flags, so its false-flag figure is not held out. The held-out
 * figures come from screener-held-out-evaluation.test.ts (WHO essential medicines, CPIC drugs).
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { EVALUATION_LABELS, type EvaluationLabel } from './evaluation-labels'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const DICTIONARY = '/usr/share/hunspell/en_med_glut.dic'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
const isFlagged = (line: string) => screenMedicationList(line, bundle, vocabulary).flagged.length > 0

type Label = EvaluationLabel | 'clean'
const LABELS: Label[] = ['trigger', 'withdrawal', 'weak', 'excluded', 'clean']

/** The dictionary's words: the first line is the count, indented lines are its header. */
function dictionaryWords(): string[] {
  if (!existsSync(DICTIONARY)) {
    throw new Error(
      `${DICTIONARY} not found: the screener evaluation reads Debian's medical dictionary.\n` +
        'Install it with:  sudo apt-get update && sudo apt-get install -y hunspell-en-med  (or run npm test as root).',
    )
  }
  const [count = '', ...rows] = readFileSync(DICTIONARY, 'utf8').split('\n')
  const words = rows.filter((row) => row.trim() !== '' && !/^\s/.test(row)).map((row) => row.split('/')[0] ?? '')
  expect(words).toHaveLength(Number(count.trim()))
  return words
}

const labelOf = new Map<string, { label: EvaluationLabel; atc: string }>()
for (const { label, atc, words } of EVALUATION_LABELS) for (const word of words) labelOf.set(word.toLowerCase(), { label, atc })

type Tally = { total: number; flagged: number; examples: string[] }

describe('screener evaluation on a public medical dictionary (Debian hunspell-en-med)', () => {
  it('triggers ≥ 95% flagged, withdrawal drugs ≥ 90%, ≤ 1 false flag per 200 clean words', () => {
    const words = dictionaryWords()
    const dictionary = new Set(words.map((word) => word.toLowerCase()))
    // Every labelled word is in the dictionary: the labels describe this file, not a list of our own.
    expect([...labelOf.keys()].filter((word) => !dictionary.has(word))).toEqual([])

    const tallies = Object.fromEntries(LABELS.map((label) => [label, { total: 0, flagged: 0, examples: [] }])) as unknown as Record<Label, Tally>
    for (const word of words) {
      const label: Label = labelOf.get(word.toLowerCase())?.label ?? 'clean'
      const flagged = isFlagged(word)
      const tally = tallies[label]
      tally.total++
      if (flagged) tally.flagged++
      // Misses among triggers and withdrawal drugs, false flags among clean words.
      if ((label === 'clean') === flagged && (label === 'clean' || label === 'trigger' || label === 'withdrawal')) tally.examples.push(word)
    }
    const { trigger, withdrawal, weak, excluded, clean } = tallies
    const percent = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`
    const per200 = (200 * clean.flagged) / clean.total
    console.log(
      [
        `Debian hunspell-en-med 0.0.20140410-4, ${words.length} words (tuning set for the name-stem exceptions, not held out):`,
        `  triggers flagged:          ${trigger.flagged}/${trigger.total} (recall ${percent(trigger.flagged, trigger.total)})${trigger.examples.length ? `; missed: ${trigger.examples.join(', ')}` : ''}`,
        `  withdrawal drugs flagged:  ${withdrawal.flagged}/${withdrawal.total} (recall ${percent(withdrawal.flagged, withdrawal.total)})${withdrawal.examples.length ? `; missed: ${withdrawal.examples.join(', ')}` : ''}`,
        `  weak-evidence drugs shown: ${weak.flagged}/${weak.total}`,
        `  excluded (not counted):    ${excluded.total}`,
        `  clean words flagged:       ${clean.flagged}/${clean.total} (${percent(clean.flagged, clean.total)}, ${per200.toFixed(2)} per 200)${clean.examples.length ? `: ${clean.examples.join(', ')}` : ''}`,
      ].join('\n'),
    )
    expect(trigger.total).toBeGreaterThanOrEqual(150)
    expect(withdrawal.total).toBeGreaterThanOrEqual(100)
    expect(clean.total).toBeGreaterThan(80000)
    expect(trigger.flagged / trigger.total).toBeGreaterThanOrEqual(0.95)
    expect(withdrawal.flagged / withdrawal.total).toBeGreaterThanOrEqual(0.9)
    expect(per200).toBeLessThanOrEqual(1)
  }, 120_000)
})
