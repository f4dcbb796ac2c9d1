/**
 * Held-out evaluation of the medication screener (issue 19 "Done when", issue 20 point 4), on two
 * public drug lists that nobody on this project wrote and that the vocabulary build
 * (scripts/build-drug-vocabulary.mjs) does not read:
 *
 * 1. The WHO Model List of Essential Medicines as packaged by GNU Health (module
 *    health_who_essential_medicines, data/WHO_list_of_essential_medicines.xml, GPL-3), from the public
 *    repository kret0s/gnuhealth-live at commit 77f95ec7f89bceda7b6695c103e9db2053398430: one line per
 *    distinct `active_component` (WHO's generic names, INN and British spellings, combinations, vaccines
 *    and hospital products, with the file's own misspellings such as "choloroquine").
 * 2. The drug list of CPIC, the Clinical Pharmacogenetics Implementation Consortium (cpicpgx/cpic-schema,
 *    drug.sql at commit 97f9e3bc; its RxNorm-coded rows): one line per drug name.
 *
 * 3. (Optional, when present) The prescriptions of the MIMIC-III Clinical Database Demo v1.4 (MIT
 *    Laboratory for Computational Physiology, PhysioNet; Open Database License ODbL 1.0), file
 *    PRESCRIPTIONS.csv of the public repository tianxu08/mimic-iii-dataset at commit
 *    16908ad5c9699b34837131dfd595b11e82133e76: one line per distinct DRUG value as the hospital's order
 *    entry wrote it (main drugs, IV bases and additives: "Heparin Flush (10 units/ml)", "D5W", "1/2 NS").
 *
 * All three lists are HELD OUT: the vocabulary build reads none of them, and curated.json was not
 * patched name by name from their misses (only kinds of miss were fixed, by complete sources: RxNorm,
 * DrugBank's open vocabulary, with WHO ATC classes to keep triggers out).
 *
 * No file is copied here (GPL-3; no licence stated for the CPIC schema repository; ODbL asks for
 * share-alike of a derived database): they are read from $SCREENER_EVALUATION_DIR (default
 * /work/shared-data/evaluation) under the names gnuhealth-who-essential-medicines.xml, cpic-drug.sql
 * and mimic-iii-demo-prescriptions.csv; fetch them from those commits. Without the first two this
 * evaluation is skipped and says so; without the third, that list is skipped and says so.
 *
 * Labels follow the same pharmacological rules as evaluation-labels.ts (written for the tuning set,
 * Debian's hunspell-en-med dictionary, which the name-stem exceptions were tuned on and which therefore
 * no longer measures false flags honestly): a line is labelled by the first of its words that the
 * label lists name, else by HELD_OUT_LABELS below, else it is clean. A flag of any kind counts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { readDrugVocabularyFile } from '../../../mocks/handlers/drug-vocabulary'
import { parseBundle } from '../../../src/data/parse-bundle'
import { parseDrugVocabulary } from '../../../src/data/parse-drug-vocabulary'
import { screenMedicationList } from '../../../src/features/medications/screen-medication-list'
import { EVALUATION_LABELS, type EvaluationLabel } from './evaluation-labels'

const DIR = process.env.SCREENER_EVALUATION_DIR ?? '/work/shared-data/evaluation'
const EML = join(DIR, 'gnuhealth-who-essential-medicines.xml')
const CPIC = join(DIR, 'cpic-drug.sql')
const MIMIC = join(DIR, 'mimic-iii-demo-prescriptions.csv')
const present = existsSync(EML) && existsSync(CPIC)
const mimicPresent = existsSync(MIMIC)
if (!present) {
  console.warn(`Held-out screener evaluation skipped: ${EML} and ${CPIC} are needed (see the header of this file for where to get them).`)
} else if (!mimicPresent) {
  console.warn(`Held-out screener evaluation: the third list is skipped, ${MIMIC} not found (see the header of this file for where to get it).`)
}

/**
 * Names of these lists that evaluation-labels.ts does not spell, labelled by the same rules:
 * chlorphenamine (INN of chlorpheniramine, R06AB sedating antihistamine), brexpiprazole and
 * zuclopenthixol (N05A); other antidepressants, anticonvulsants and VMAT2 inhibitors are excluded.
 * RLS treatments other than dopaminergic drugs, gabapentinoids and iron, are excluded like the
 * dopaminergic drugs: the screener shows them with their treatment role, which is neither a cause
 * flagged nor a clean line.
 */
const HELD_OUT_LABELS: Record<string, EvaluationLabel> = {
  chlorphenamine: 'trigger',
  brexpiprazole: 'trigger',
  zuclopenthixol: 'trigger',
  vortioxetine: 'excluded',
  bupropion: 'excluded',
  carbamazepine: 'excluded',
  oxcarbazepine: 'excluded',
  lamotrigine: 'excluded',
  valproic: 'excluded',
  divalproex: 'excluded',
  phenobarbital: 'excluded',
  ethosuximide: 'excluded',
  brivaracetam: 'excluded',
  tetrabenazine: 'excluded',
  gabapentin: 'excluded',
  pregabalin: 'excluded',
  ferrous: 'excluded',
}

type Label = EvaluationLabel | 'clean'
const labelOf = new Map<string, EvaluationLabel>(Object.entries(HELD_OUT_LABELS))
for (const { label, words } of EVALUATION_LABELS) for (const word of words) labelOf.set(word.toLowerCase(), label)
const label = (line: string): Label =>
  labelOf.get(line.toLowerCase()) ??
  line
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((word) => labelOf.get(word))
    .find((found) => found !== undefined) ??
  'clean'

function essentialMedicines(): string[] {
  const xml = readFileSync(EML, 'utf8')
  return [...new Set([...xml.matchAll(/<field name="active_component">([^<]*)</g)].map((match) => match[1]!.trim()))]
}
/** Distinct DRUG values of the MIMIC-III demo's prescriptions (every DRUG_TYPE: main drugs, IV bases, additives). */
function mimicDrugs(): string[] {
  const [header = '', ...rows] = readFileSync(MIMIC, 'utf8').split(/\r?\n/)
  const column = header.split(',').indexOf('DRUG')
  const cells = (row: string) => [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
  return [...new Set(rows.filter((row) => row.trim() !== '').map((row) => (cells(row)[column] ?? '').trim()))].filter((line) => line !== '')
}
function cpicDrugs(): string[] {
  return [...readFileSync(CPIC, 'utf8').matchAll(/^RxNorm:\d+\t([^\t\n]+)/gm)].map((match) => match[1]!.trim())
}

type Tally = { lines: number; trigger: [number, number]; withdrawal: [number, number]; clean: number; falseFlags: string[]; notRecognised: string[] }

describe.skipIf(!present)('screener evaluation on held-out public lists (WHO essential medicines via GNU Health; CPIC drugs)', () => {
  it('triggers ≥ 97% flagged, withdrawal drugs ≥ 95%, ≤ 1 false flag per 200 clean lines, ≤ 10% of clean lines not recognised on each list', () => {
    const bundle = parseBundle(readBundleFile())
    const vocabulary = parseDrugVocabulary(readDrugVocabularyFile())
    const lists: Record<string, string[]> = { 'WHO essential medicines (GNU Health)': essentialMedicines(), 'CPIC drugs': cpicDrugs() }
    const third = 'MIMIC-III demo prescriptions'
    if (mimicPresent) lists[third] = mimicDrugs()
    const tallies: Record<string, Tally> = {}
    const total: Tally = { lines: 0, trigger: [0, 0], withdrawal: [0, 0], clean: 0, falseFlags: [], notRecognised: [] }
    const report: string[] = []
    const notRecognisedShares: Record<string, number> = {}
    for (const [name, lines] of Object.entries(lists)) {
      const tally: Tally = { lines: 0, trigger: [0, 0], withdrawal: [0, 0], clean: 0, falseFlags: [], notRecognised: [] }
      const missed: string[] = []
      for (const line of lines) {
        const result = screenMedicationList(line, bundle, vocabulary)
        const flagged = result.flagged.length > 0
        const kind = label(line)
        tally.lines++
        if (kind === 'trigger' || kind === 'withdrawal') {
          tally[kind][1]++
          if (flagged) tally[kind][0]++
          else missed.push(line)
        } else if (kind === 'clean') {
          tally.clean++
          if (flagged) tally.falseFlags.push(line)
          else if (result.notRecognised.length > 0) tally.notRecognised.push(line)
        }
      }
      tallies[name] = tally
      report.push(`${name}: ${describeTally(tally)}${missed.length ? `\n    missed: ${missed.join(', ')}` : ''}`)
      if (name === third) continue
      notRecognisedShares[name] = tally.notRecognised.length / tally.clean
      for (const key of ['lines', 'clean'] as const) total[key] += tally[key]
      for (const key of ['trigger', 'withdrawal'] as const) total[key] = [total[key][0] + tally[key][0], total[key][1] + tally[key][1]]
      total.falseFlags.push(...tally.falseFlags)
      total.notRecognised.push(...tally.notRecognised)
    }
    console.log(['Held-out screener evaluation:', ...report, `WHO and CPIC lists together: ${describeTally(total)}`].join('\n  '))

    expect(total.trigger[1]).toBeGreaterThanOrEqual(30)
    expect(total.withdrawal[1]).toBeGreaterThanOrEqual(10)
    expect(total.clean).toBeGreaterThanOrEqual(400)
    expect(total.trigger[0] / total.trigger[1]).toBeGreaterThanOrEqual(0.97)
    expect(total.withdrawal[0] / total.withdrawal[1]).toBeGreaterThanOrEqual(0.95)
    expect((200 * total.falseFlags.length) / total.clean).toBeLessThanOrEqual(1)
    // Issue 19's target: at most 10% of clean lines "not recognised", on each list and on both
    // together (before DrugBank's open vocabulary was read, with iron then counted clean: WHO list
    // 13.8%, CPIC 6.0%, both 11.3%).
    notRecognisedShares['WHO and CPIC lists together'] = total.notRecognised.length / total.clean
    for (const [name, share] of Object.entries(notRecognisedShares)) expect(share, `${name}: share of clean lines not recognised`).toBeLessThanOrEqual(0.1)

    // The hospital list holds the flag figures. Its "not recognised" share (11.6%) is above the
    // target: what misses there is chart shorthand for IV fluids ("NS", "D5W", "1/2 NS", "LR"),
    // containers ("Vial", "Bag", "Syringe"), truncated names ("sodium bicarb") and US brands the
    // RxNorm extract lacks; held here so that it cannot get worse.
    const hospital = tallies[third]
    if (hospital) {
      expect(hospital.trigger[0] / hospital.trigger[1]).toBeGreaterThanOrEqual(0.97)
      expect(hospital.withdrawal[0] / hospital.withdrawal[1]).toBeGreaterThanOrEqual(0.95)
      expect((200 * hospital.falseFlags.length) / hospital.clean).toBeLessThanOrEqual(1)
      expect(hospital.notRecognised.length / hospital.clean).toBeLessThanOrEqual(0.12)
    }
  }, 60_000)
})

function describeTally(tally: Tally): string {
  const percent = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(1)}%`
  return [
    `${tally.lines} lines`,
    `triggers flagged ${tally.trigger[0]}/${tally.trigger[1]} (${percent(...tally.trigger)})`,
    `withdrawal drugs flagged ${tally.withdrawal[0]}/${tally.withdrawal[1]} (${percent(...tally.withdrawal)})`,
    `false flags ${tally.falseFlags.length}/${tally.clean} clean lines (${((200 * tally.falseFlags.length) / Math.max(tally.clean, 1)).toFixed(2)} per 200)${tally.falseFlags.length ? `: ${tally.falseFlags.join(', ')}` : ''}`,
    `not recognised ${tally.notRecognised.length}/${tally.clean} clean lines (${percent(tally.notRecognised.length, tally.clean)})`,
  ].join('; ')
}
