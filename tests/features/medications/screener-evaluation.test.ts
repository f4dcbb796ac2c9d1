/**
 * Evaluation of the medication screener on drug names this project did not write.
 *
 * 1. WHO ATC/DDD Index, every level-5 substance name (tests/fixtures/who-atc-level5-2026-04-25.csv):
 *    scraped from https://atcddd.fhi.no/atc_ddd_index/ by the public repository fabkury/atcd
 *    (file "WHO ATC-DDD 2026-04-25.csv", commit 934a34736e0042f3808f3808b4a36910bbafdbe2; CC BY-NC-SA 4.0
 *    for the scrape), reduced here to code, name and whether a DDD is assigned.
 * 2. The 200 most prescribed drugs in the US (tests/fixtures/us-top-200-2024.txt): ClinCalc DrugStats
 *    "Top 200 Drugs of 2024" (AHRQ MEPS), as copied in the public repository perixtar/HouseMeds.
 *
 * Labels come from the ATC classification, not from this app's content: a name is a trigger if the
 * WHO files it in a group the content names (antipsychotics N05A, tricyclic and SSRI antidepressants
 * N06AA/N06AB, the SNRIs and mirtazapine/mianserin in N06AX, sedating H1 antihistamines R06AA/AB/AD/AE,
 * dopamine-blocking propulsives, cinnarizine), "withdrawal" if it is an opioid (N02A, N01AH, N07BC
 * methadone/buprenorphine) or a benzodiazepine (N05BA, N05CD, clonazepam, tetrazepam), "weak" for the
 * classes reported without adequate evidence (beta-blockers, calcium-channel blockers, H2 blockers,
 * thyroid hormones), "excluded" where the content takes no position by name (other psycholeptics and
 * antidepressants, anticonvulsants, dopaminergic drugs, opioid antitussives, combinations), and clean
 * otherwise. A flag of any level (alert, augmentation risk, insufficient evidence) counts as a flag.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { readDrugVocabularyFile } from '../../../mocks/handlers/drug-vocabulary'
import { parseBundle } from '../../../src/data/parse-bundle'
import { parseDrugVocabulary } from '../../../src/data/parse-drug-vocabulary'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'

const bundle = parseBundle(readBundleFile())
const vocabulary = parseDrugVocabulary(readDrugVocabularyFile())
const isFlagged = (line: string) => screenMedicationList(line, bundle, vocabulary).flagged.length > 0

type Label = 'trigger' | 'withdrawal' | 'weak' | 'excluded' | 'clean'
const PRECEDENCE: Label[] = ['trigger', 'withdrawal', 'weak', 'excluded', 'clean']

const N06AX_IN_CONTENT = ['mirtazapine', 'mianserin', 'venlafaxine', 'duloxetine', 'desvenlafaxine', 'milnacipran', 'levomilnacipran']

function labelOf(code: string, name: string): Label {
  // Antipsychotics without dopamine blockade: the content lists them as recognised, without known association.
  if (['N05AX17'].includes(code) || name === 'pimavanserin') return 'excluded'
  if (
    /^N05A/.test(code) ||
    /^N06A[AB]/.test(code) ||
    (code.startsWith('N06AX') && N06AX_IN_CONTENT.includes(name)) ||
    (/^R06A[ABDE]/.test(code) && !['cetirizine', 'levocetirizine'].includes(name)) ||
    ['R06AX02', 'N05BB01', 'A03FA01', 'A03FA04', 'A03FA05', 'A03FA06', 'N07CA02', 'G04BX14'].includes(code)
  )
    return 'trigger'
  if (/^(N02A|N01AH|N05BA|N05CD)/.test(code) || ['N07BC01', 'N07BC02', 'N03AE01', 'M03BX07'].includes(code)) return 'withdrawal'
  if (/^(C07A|C08|A02BA|H03AA|S01ED)/.test(code)) return 'weak'
  if (/^(N04B|N05|N06|N03|N07B|N07CA|R05D|R05F|R06AX|V09)/.test(code) || /combination|various|\band\b|,|alcohol|ethanol|caffeine|nicotine/.test(name))
    return 'excluded'
  return 'clean'
}

function parseCsvLine(line: string): string[] {
  const out: string[] = []
  let current = ''
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (char === ',' && !quoted) {
      out.push(current)
      current = ''
    } else current += char
  }
  out.push(current)
  return out
}

/** ATC name → the most telling label over all its codes ("doxepin" is both a topical and a tricyclic). */
const atcLabels = new Map<string, Label>()
const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures', name), 'utf8')
for (const row of fixture('who-atc-level5-2026-04-25.csv').trim().split('\n').slice(1)) {
  const [code = '', name = ''] = parseCsvLine(row)
  const label = labelOf(code, name)
  const previous = atcLabels.get(name)
  if (!previous || PRECEDENCE.indexOf(label) < PRECEDENCE.indexOf(previous)) atcLabels.set(name, label)
}

type Tally = { total: number; flagged: number; examples: string[] }
function evaluate(entries: { line: string; label: Label }[]): Record<Label, Tally> {
  const tallies = Object.fromEntries(PRECEDENCE.map((label) => [label, { total: 0, flagged: 0, examples: [] }])) as unknown as Record<Label, Tally>
  for (const { line, label } of entries) {
    const tally = tallies[label]
    const flagged = isFlagged(line)
    tally.total++
    if (flagged) tally.flagged++
    // Misses among triggers, false flags among clean names.
    if ((label === 'clean') === flagged && label !== 'excluded' && tally.examples.length < 40) tally.examples.push(line)
  }
  return tallies
}

const percent = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`)
function report(title: string, tallies: Record<Label, Tally>) {
  const { trigger, withdrawal, weak, clean } = tallies
  const lines = [
    `${title}`,
    `  triggers flagged:        ${trigger.flagged}/${trigger.total} (recall ${percent(trigger.flagged, trigger.total)})${trigger.examples.length ? `; missed: ${trigger.examples.join(', ')}` : ''}`,
    `  withdrawal drugs flagged: ${withdrawal.flagged}/${withdrawal.total} (recall ${percent(withdrawal.flagged, withdrawal.total)})${withdrawal.examples.length ? `; missed: ${withdrawal.examples.join(', ')}` : ''}`,
    `  weak-evidence drugs shown: ${weak.flagged}/${weak.total}`,
    `  clean names flagged:     ${clean.flagged}/${clean.total} (${((200 * clean.flagged) / Math.max(1, clean.total)).toFixed(2)} per 200)${clean.examples.length ? `: ${clean.examples.join(', ')}` : ''}`,
  ]
  console.log(lines.join('\n'))
}

describe('screener evaluation on public drug lists', () => {
  it('the 200 most prescribed US drugs: triggers ≥ 95%, withdrawal ≥ 90%, ≤ 1 false flag per 200 clean', () => {
    // Names as the US list writes them, for looking up the WHO's (international) name.
    const US_TO_INN: Record<string, string> = {
      acetaminophen: 'paracetamol', albuterol: 'salbutamol', cholecalciferol: 'colecalciferol', cephalexin: 'cefalexin',
      mesalamine: 'mesalazine', acyclovir: 'aciclovir', valacyclovir: 'valaciclovir', meclizine: 'meclozine',
      chlorthalidone: 'chlortalidone', cyclosporine: 'ciclosporin', 'ethinyl estradiol': 'ethinylestradiol',
      norethindrone: 'norethisterone', dextroamphetamine: 'dexamfetamine', 'dextroamphetamine saccharate': 'dexamfetamine',
      amphetamine: 'amfetamine', 'amphetamine aspartate': 'amfetamine', alendronate: 'alendronic acid', valproate: 'valproic acid',
      thyroid: 'thyroid gland preparations', isosorbide: 'isosorbide mononitrate', ipratropium: 'ipratropium bromide',
      tiotropium: 'tiotropium bromide', umeclidinium: 'umeclidinium bromide', '5 fluorouracil': 'fluorouracil',
      levothyroxine: 'levothyroxine sodium',
    }
    const entries = fixture('us-top-200-2024.txt')
      .split('\n')
      .filter((row) => /^\d{3}\. /.test(row))
      .map((row) => {
        const line = row.slice(5).trim()
        const labels = line.split(';').map((part) => {
          const name = part.replace(/\d+(\.\d+)?%.*$/, '').trim().toLowerCase()
          // An ingredient absent from the ATC index counts as clean.
          return atcLabels.get(US_TO_INN[name] ?? name) ?? 'clean'
        })
        const label = PRECEDENCE.find((candidate) => labels.includes(candidate)) ?? 'clean'
        return { line, label }
      })
    expect(entries).toHaveLength(200)
    const tallies = evaluate(entries)
    report('US top 200 (ClinCalc DrugStats 2024, MEPS):', tallies)
    expect(tallies.trigger.total).toBeGreaterThanOrEqual(15)
    expect(tallies.trigger.flagged / tallies.trigger.total).toBeGreaterThanOrEqual(0.95)
    expect(tallies.withdrawal.flagged / tallies.withdrawal.total).toBeGreaterThanOrEqual(0.9)
    expect((200 * tallies.clean.flagged) / tallies.clean.total).toBeLessThanOrEqual(1)
  })

  it('every WHO ATC substance name: ≤ 1 false flag per 200 clean names; recall reported', () => {
    const entries = [...atcLabels].filter(([name]) => !/combination|various|\band\b|,/.test(name)).map(([line, label]) => ({ line, label }))
    const tallies = evaluate(entries)
    report(`WHO ATC index, ${entries.length} substance names (worldwide: many are not marketed in the US or UK):`, tallies)
    expect(tallies.clean.total).toBeGreaterThan(2000)
    expect((200 * tallies.clean.flagged) / tallies.clean.total).toBeLessThanOrEqual(1)
    // Worldwide names include drugs sold in neither country; a name read by its class stem still counts.
    expect(tallies.trigger.flagged / tallies.trigger.total).toBeGreaterThanOrEqual(0.75)
    expect(tallies.withdrawal.flagged / tallies.withdrawal.total).toBeGreaterThanOrEqual(0.75)
  })
})
