/**
 * Integrity of the content bundle (public/data/rls.json): schema, cross-references, sources,
 * identifiers (LOINC check digits, DOIs, PMIDs), minimum content, units and the flags on
 * claims that the research could not confirm.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { Bundle, CATEGORY_IDS, EVIDENCE_GRADES } from '../../src/data/bundle-schema'
import { causesOrdering } from '../../src/data/lookup'

const raw: unknown = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/rls.json'), 'utf8'))
const result = z.safeParse(Bundle, raw)
// Later tests read the bundle as typed data; if the parse fails, the first test says why.
const bundle = (result.success ? result.data : raw) as Bundle

const describeIssues = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`).join('\n')

/** LOINC check digit: the mod-10 (Luhn) algorithm applied to the digits before the hyphen. */
function loincCheckDigit(code: string): number {
  let sum = 0
  const digits = code.split('').reverse()
  digits.forEach((char, index) => {
    let digit = Number(char)
    if (index % 2 === 0) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  })
  return (10 - (sum % 10)) % 10
}

function loincIsValid(loinc: string): boolean {
  const match = /^(\d{1,7})-(\d)$/.exec(loinc)
  if (!match) return false
  return loincCheckDigit(match[1] ?? '') === Number(match[2])
}

/** Every source id cited anywhere except in the source list itself. */
function citedSourceIds(): Set<string> {
  const cited = new Set<string>()
  const walk = (value: unknown, key: string | null, depth: number) => {
    if (Array.isArray(value)) {
      if (key === 'sources' && !(depth === 1) && value.every((v) => typeof v === 'string')) {
        value.forEach((id) => cited.add(id as string))
        return
      }
      value.forEach((item) => walk(item, null, depth + 1))
      return
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, depth + 1)
    }
  }
  walk(bundle, null, 0)
  return cited
}

const byId = <T extends { id: string }>(items: T[], id: string): T => {
  const item = items.find((entry) => entry.id === id)
  if (!item) throw new Error(`no entry with id "${id}"`)
  return item
}

const hasUnconfirmed = (entry: { unconfirmed?: string[] | undefined }) => (entry.unconfirmed?.length ?? 0) > 0

describe('content bundle: schema and references', () => {
  it('parses against the Bundle schema', () => {
    const message = result.success ? '' : describeIssues(result.error.issues)
    if (!result.success) console.log(`Bundle schema issues:\n${message}`)
    expect(result.success, message).toBe(true)
  })

  it('is content 1.3.2 with its review date, and says what changed in it first', () => {
    expect(bundle.meta.version).toBe('1.3.2')
    expect(bundle.meta.reviewed).toBe('2026-12-06')
    expect(bundle.meta.changes[0]?.version).toBe(bundle.meta.version)
    expect(bundle.meta.changes[0]?.reviewed).toBe(bundle.meta.reviewed)
    expect(bundle.meta.changes[0]?.items.some((item) => item.startsWith('A chart line naming iron tablets'))).toBe(true)
    expect(bundle.meta.changes[1]?.items.some((item) => item.startsWith('The list of what changed in 1.2.0'))).toBe(true)
    expect(bundle.meta.changes[2]?.items.some((item) => item.startsWith('Next clinical steps in the patient workup'))).toBe(true)
    expect(bundle.meta.changes[3]?.items.some((item) => item.startsWith('Drugs carry roles:'))).toBe(true)
    expect(bundle.meta.changes.map((change) => change.version)).toEqual(['1.3.2', '1.3.1', '1.3.0', '1.2.0', '1.1.0'])
  })

  // The schema's own checks (references, duplicate ids, iron numbers) guard the app: each is fed a bundle that
  // breaks it in bundle-refinements.test.ts; the shipped bundle passing them is the parse above.

  it('links every medication class to at least one medication or drug-induced cause', () => {
    const used = new Set([...bundle.medications.map((m) => m.class), ...bundle.causes.flatMap((c) => c.medicationClasses ?? [])])
    const unused = bundle.medicationClasses.filter((cls) => !used.has(cls.id)).map((cls) => cls.id)
    expect(unused).toEqual([])
  })

  it('gives every drug-induced cause its medication classes', () => {
    const drugCauses = bundle.causes.filter((c) => c.category === 'medications')
    const without = drugCauses.filter((c) => (c.medicationClasses?.length ?? 0) === 0).map((c) => c.id)
    expect(without).toEqual([])
  })
})

describe('content bundle: sources', () => {
  it('cites at least one source for every cause, medication, medication class and lab', () => {
    const uncited = [
      ...bundle.causes.filter((e) => e.sources.length === 0).map((e) => `cause ${e.id}`),
      ...bundle.medications.filter((e) => e.sources.length === 0).map((e) => `medication ${e.id}`),
      ...bundle.medicationClasses.filter((e) => e.sources.length === 0).map((e) => `class ${e.id}`),
      ...bundle.labs.filter((e) => e.sources.length === 0).map((e) => `lab ${e.id}`),
    ]
    expect(uncited).toEqual([])
  })

  it('has no orphan source: every listed source, seeds included, is cited somewhere', () => {
    const cited = citedSourceIds()
    const orphans = bundle.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)
    expect(orphans, `sources never cited: ${orphans.join(', ')}`).toEqual([])
  })

  it('lists the five seed articles as consumer articles with their file names', () => {
    const seeds = [
      { id: 'seed-000', file: '000_1e2be50bb2b6916f.txt', year: null },
      { id: 'seed-001', file: '001_cf302b3f439c8b6d.txt', year: null },
      { id: 'seed-002', file: '002_4c9e9b198765579d.txt', year: 2025 },
      { id: 'seed-003', file: '003_60f0248b391e5ce0.txt', year: 2012 },
      { id: 'seed-004', file: '004_ff4168687b6bb84e.txt', year: null },
    ]
    for (const seed of seeds) {
      const source = byId(bundle.sources, seed.id)
      expect(source.type, seed.id).toBe('consumer article')
      expect(source.authors, seed.id).toBe('Not stated')
      expect(source.year, seed.id).toBe(seed.year)
      expect(source.note?.startsWith(seed.file), `${seed.id} note should start with ${seed.file}`).toBe(true)
    }
  })

  it('writes every DOI and PMID in a valid form, without duplicates', () => {
    const bad: string[] = []
    const dois = new Map<string, string>()
    const pmids = new Map<string, string>()
    for (const source of bundle.sources) {
      if (source.doi !== undefined) {
        if (!/^10\.\d{4,9}\/[^\s]+$/.test(source.doi) || /[.,;]$/.test(source.doi)) bad.push(`${source.id}: DOI ${source.doi}`)
        const other = dois.get(source.doi.toLowerCase())
        if (other) bad.push(`${source.id}: DOI also used by ${other}`)
        dois.set(source.doi.toLowerCase(), source.id)
      }
      if (source.pmid !== undefined) {
        if (!/^[1-9]\d{0,8}$/.test(source.pmid)) bad.push(`${source.id}: PMID ${source.pmid}`)
        const other = pmids.get(source.pmid)
        if (other) bad.push(`${source.id}: PMID also used by ${other}`)
        pmids.set(source.pmid, source.id)
      }
    }
    expect(bad).toEqual([])
  })

  /**
   * Primary literature must be traceable. The few papers whose identifier could not be verified
   * are listed here by hand; each must say so in `unconfirmed`. Anything new must have a DOI or PMID.
   */
  const NO_VERIFIED_IDENTIFIER = [
    'przegl-epidemiol-2021',
    'zhou-hd-meta',
    'schurks-2012',
    'batool-anwar-2016',
    // Review 1.0.2 named these primary papers; their titles and pages were confirmed, their identifiers were not.
    'salih-1994',
    'bryant-2013',
    'picchietti-2015-pregnancy',
  ]

  it('gives every guideline, systematic review, review and study a DOI or PMID', () => {
    const literature = bundle.sources.filter((s) => ['guideline', 'systematic review', 'review', 'study'].includes(s.type))
    const missing = literature
      .filter((s) => s.doi === undefined && s.pmid === undefined && !NO_VERIFIED_IDENTIFIER.includes(s.id))
      .map((s) => s.id)
    expect(missing, `no DOI or PMID: ${missing.join(', ')}`).toEqual([])
    for (const id of NO_VERIFIED_IDENTIFIER) {
      const source = byId(bundle.sources, id)
      expect(source.doi ?? source.pmid, `${id} now has an identifier: remove it from the list`).toBeUndefined()
      expect(
        source.unconfirmed?.some((text) => /DOI|PMID|identifier/i.test(text)),
        `${id} must state in unconfirmed that its identifier could not be verified`,
      ).toBe(true)
    }
  })

  it('uses a url only for sources without DOI or PMID, and never a known mirror', () => {
    const mirrors = /laibokeji|booksci|uptodatefree|ouci\.dntb|coek\.info|scribd|readkong|47\.251\.13\.51|healthunlocked|bibliotheek\.ehb|docslib|neuroplasticarts|fdokumen|abcdocz/
    const bad = bundle.sources
      .filter((s) => s.url !== undefined && (s.doi !== undefined || s.pmid !== undefined || mirrors.test(s.url)))
      .map((s) => s.id)
    expect(bad).toEqual([])
  })

  it('flags the AI-generated secondary source as such', () => {
    const oracle = byId(bundle.sources, 'droracle')
    expect(oracle.type).toBe('consumer article')
    expect(oracle.note).toMatch(/AI-generated/)
  })
})

describe('content bundle: grades, codes and units', () => {
  it('uses only the four evidence grades', () => {
    const graded = [...bundle.causes, ...bundle.medications, ...bundle.medicationClasses, ...bundle.labs, ...bundle.genes]
    const bad = graded.filter((e) => !(EVIDENCE_GRADES as readonly string[]).includes(e.grade)).map((e) => `${e.id}: ${e.grade}`)
    expect(bad).toEqual([])
  })

  it('computes LOINC check digits correctly for known codes', () => {
    expect(loincIsValid('2276-4')).toBe(true)
    expect(loincIsValid('57021-8')).toBe(true)
    expect(loincIsValid('2276-5')).toBe(false)
    expect(loincIsValid('1988-5')).toBe(true)
  })

  it('writes every LOINC code in a valid form with a valid check digit', () => {
    const bad = bundle.labs
      .filter((lab) => lab.loinc !== null && (!/^\d{1,7}-\d$/.test(lab.loinc) || !loincIsValid(lab.loinc)))
      .map((lab) => `${lab.id}: ${lab.loinc}`)
    expect(bad).toEqual([])
  })

  it('matches loincStatus to the presence of a code', () => {
    const bad = bundle.labs
      .filter((lab) =>
        lab.loinc === null
          ? !['unconfirmed', 'not applicable'].includes(lab.loincStatus)
          : !['confirmed', 'partly confirmed'].includes(lab.loincStatus),
      )
      .map((lab) => lab.id)
    expect(bad).toEqual([])
  })

  it('carries the product-anchor LOINC codes and statuses', () => {
    const expected: Record<string, [string | null, string]> = {
      ferritin: ['2276-4', 'confirmed'],
      'serum-iron': ['2498-4', 'confirmed'],
      tibc: ['2500-7', 'confirmed'],
      tsat: ['2502-3', 'confirmed'],
      transferrin: ['3034-6', 'confirmed'],
      cbc: ['57021-8', 'confirmed'],
      'creatinine-egfr': ['2160-0', 'confirmed'],
      bun: ['3094-0', 'confirmed'],
      // Review 1.0.2 (A8): 2345-7 is a random glucose; fasting glucose is 1558-6.
      glucose: ['1558-6', 'confirmed'],
      hba1c: ['4548-4', 'confirmed'],
      tsh: ['3016-3', 'confirmed'],
      'vitamin-b12': ['2132-9', 'confirmed'],
      folate: ['2284-8', 'confirmed'],
      magnesium: ['19123-9', 'confirmed'],
      calcium: ['17861-6', 'confirmed'],
      crp: ['1988-5', 'confirmed'],
      'pregnancy-test': ['2106-3', 'confirmed'],
      'ncs-emg': [null, 'not applicable'],
      polysomnography: [null, 'not applicable'],
    }
    for (const [id, [loinc, status]] of Object.entries(expected)) {
      const lab = byId(bundle.labs, id)
      expect([lab.loinc, lab.loincStatus], id).toEqual([loinc, status])
    }
  })

  it('groups the iron panel as "all", polysomnography as "not routine", the rest as "indicated"', () => {
    for (const id of ['ferritin', 'serum-iron', 'tibc', 'tsat']) expect(byId(bundle.labs, id).group, id).toBe('all')
    expect(byId(bundle.labs, 'polysomnography').group).toBe('not routine')
    expect(byId(bundle.labs, 'cbc').group).toBe('indicated')
    expect(byId(bundle.labs, 'ncs-emg').group).toBe('indicated')
  })

  it('writes a unit (ng/mL, µg/L or %) in every threshold', () => {
    const bad = bundle.labs
      .flatMap((lab) => lab.thresholds.map((t) => ({ lab: lab.id, criterion: t.criterion })))
      .filter(({ criterion }) => !/(ng\/mL|µg\/L|%)/.test(criterion))
      .map(({ lab, criterion }) => `${lab}: ${criterion}`)
    expect(bad).toEqual([])
  })

  it('gives every figure and threshold a population and a source', () => {
    const bad: string[] = []
    for (const cause of bundle.causes)
      for (const figure of cause.figures) if (!figure.population.trim() || figure.sources.length === 0) bad.push(`${cause.id}: ${figure.value}`)
    for (const lab of bundle.labs)
      for (const t of lab.thresholds) if (!t.population.trim() || t.sources.length === 0) bad.push(`${lab.id}: ${t.criterion}`)
    expect(bad).toEqual([])
  })

  it('applies exactly the AASM 2024 and IRLSSG/Mayo 2021 iron rules', () => {
    expect(bundle.ironRules.aasm2024).toMatchObject({ ironIfFerritinAtMost: 75, ironIfTsatBelow: 20, ivOnlyFerritinAbove: 75, ivOnlyFerritinAtMost: 100 })
    expect(bundle.ironRules.aasm2024.sources).toContain('aasm-2024')
    expect(bundle.ironRules.aasm2024.note).toMatch(/100 ng\/mL[^.]*(secondary|unconfirmed)/i)
    expect(bundle.ironRules.irlssgMayo2021).toMatchObject({ oralIfFerritinAtMost: 75, oralIfTsatBelow: 45, ivIfFerritinBelow: 100, ivIfTsatBelow: 45, inflammationTsatBelow: 20 })
    expect(bundle.ironRules.irlssgMayo2021.sources).toContain('silber-2021')
    expect(bundle.ironRules.children.ironIfFerritinBelow).toBe(50)
    const caveats = bundle.ironRules.caveats.map((c) => c.text).join(' ')
    for (const needle of [/acute-phase/i, /TSAT <20%/, /consensus/i, /ng\/mL \(= µg\/L/, /morning/i, /24 hours/]) expect(caveats).toMatch(needle)
  })
})

describe('content bundle: minimum content', () => {
  it('has at least 35 causes, 40 medications, and a cause in every category', () => {
    expect(bundle.causes.length).toBeGreaterThanOrEqual(35)
    expect(bundle.medications.length).toBeGreaterThanOrEqual(40)
    expect(bundle.categories.map((c) => c.id).sort()).toEqual([...CATEGORY_IDS].sort())
    const empty = CATEGORY_IDS.filter((id) => !bundle.causes.some((c) => c.category === id))
    expect(empty).toEqual([])
  })

  it('names the categories as the product expects', () => {
    expect(byId(bundle.categories, 'iron').name).toBe('Iron and nutrition')
    expect(byId(bundle.categories, 'pregnancy').name).toBe('Pregnancy and hormones')
    expect(byId(bundle.categories, 'other-conditions').name).toBe('Other medical conditions')
    expect(byId(bundle.categories, 'medications').name).toBe('Medications and substances')
    expect(byId(bundle.categories, 'lifestyle').name).toBe('Lifestyle and sleep')
    expect(byId(bundle.categories, 'genetics').name).toBe('Genetics and neurochemistry')
  })

  it('covers each primary-vs-secondary feature and gives 4–7 steps to tell them apart', () => {
    const features = bundle.comparison.rows.map((r) => r.id)
    for (const id of ['age-of-onset', 'family-history', 'course', 'iron-status', 'comorbidity', 'treatment-response', 'sex', 'prevalence-share', 'genetics'])
      expect(features).toContain(id)
    expect(bundle.comparison.howToTell.length).toBeGreaterThanOrEqual(4)
    expect(bundle.comparison.howToTell.length).toBeLessThanOrEqual(7)
    expect(byId(bundle.comparison.rows, 'age-of-onset').primary).toMatch(/45/)
    expect(byId(bundle.comparison.rows, 'genetics').sources).toContain('trenkwalder-2016')
  })

  it('lists the IRLSSG mimics', () => {
    const ids = bundle.mimics.map((m) => m.id)
    for (const id of ['leg-cramps', 'positional-discomfort', 'venous-stasis', 'leg-oedema', 'arthritis', 'myalgia', 'peripheral-neuropathy-mimic', 'akathisia', 'habitual-foot-tapping'])
      expect(ids).toContain(id)
  })

  it('gives every conflict at least two cited positions and a verdict', () => {
    for (const conflict of bundle.conflicts) {
      expect(conflict.positions.length, conflict.id).toBeGreaterThanOrEqual(2)
      expect(conflict.verdict.length, conflict.id).toBeGreaterThan(40)
    }
  })
})

describe('content bundle: unconfirmed claims stay flagged', () => {
  it('flags unconfirmed genes (TOX3 as causal gene, PTPRD, linkage-region genes)', () => {
    for (const id of ['tox3', 'rls1-12q', 'rls2-14q', 'rls3-9p', 'rls5-20p']) expect(hasUnconfirmed(byId(bundle.genes, id)), id).toBe(true)
  })

  it('flags unconfirmed drug classes and their causes', () => {
    for (const id of ['beta-blockers', 'h2-blockers', 'calcium-channel-blockers', 'benzodiazepine-withdrawal', 'anticonvulsants', 'other-reported-drugs', 'dopamine-blocking-antiemetics'])
      expect(hasUnconfirmed(byId(bundle.medicationClasses, id)), id).toBe(true)
    for (const id of ['drug-beta-blockers', 'drug-h2-blockers', 'drug-calcium-channel-blockers', 'opioid-benzodiazepine-withdrawal', 'drug-anticonvulsants'])
      expect(hasUnconfirmed(byId(bundle.causes, id)), id).toBe(true)
  })

  it('flags every drug in a class whose effect is unconfirmed, and other unconfirmed drugs', () => {
    // Opioid withdrawal now rests on two primary studies (McCarter 2023; Sleep Med 2018), so it is no longer unconfirmed.
    const unconfirmedClasses = ['beta-blockers', 'h2-blockers', 'calcium-channel-blockers', 'benzodiazepine-withdrawal', 'other-reported-drugs']
    const unflagged = bundle.medications.filter((m) => unconfirmedClasses.includes(m.class) && !hasUnconfirmed(m)).map((m) => m.id)
    expect(unflagged).toEqual([])
    for (const id of ['methsuximide', 'zonisamide', 'tramadol', 'levothyroxine', 'promethazine', 'mirtazapine']) expect(hasUnconfirmed(byId(bundle.medications, id)), id).toBe(true)
  })

  it('flags unconfirmed conditions', () => {
    for (const id of ['thyroid-disease', 'amyloidosis', 'lyme-disease', 'spinal-cord-lesions', 'calcium-deficiency'])
      expect(hasUnconfirmed(byId(bundle.causes, id)), id).toBe(true)
    // Review 1.0.2 (A10): the RA figure now rests on its primary study, Salih 1994.
    const ra = byId(bundle.causes, 'rheumatoid-arthritis').figures.find((f) => f.value.includes('25%'))
    expect(ra?.sources).toEqual(['salih-1994'])
    expect(ra?.unconfirmed).toBeUndefined()
  })

  it('flags the pregnancy test, its LOINC code and the unconfirmed thresholds', () => {
    const pregnancyTest = byId(bundle.labs, 'pregnancy-test')
    expect(hasUnconfirmed(pregnancyTest)).toBe(true)
    expect(pregnancyTest.loinc).toBe('2106-3')
    const ferritin = byId(bundle.labs, 'ferritin')
    const ivUpper = ferritin.thresholds.find((t) => /100 ng\/mL/.test(t.criterion))
    const children = ferritin.thresholds.find((t) => /Children/.test(t.population))
    expect(ivUpper?.unconfirmed).toBe(true)
    expect(children?.unconfirmed).toBe(true)
    const esrd = byId(bundle.labs, 'tsat').thresholds.find((t) => /200 ng\/mL/.test(t.criterion))
    expect(esrd?.unconfirmed).toBe(true)
    expect(bundle.ironRules.caveats.some((c) => /children|paediatric/i.test(c.text) && c.unconfirmed === true)).toBe(true)
  })

  it('flags alternatives that rest only on consumer pages, and never offers domperidone or ondansetron as fact', () => {
    const alternatives = [...bundle.medicationClasses.flatMap((c) => c.alternatives), ...bundle.medications.flatMap((m) => m.alternatives)]
    const nonSedating = alternatives.find((a) => /non-sedating antihistamines/i.test(a.text))
    expect(nonSedating?.unconfirmed).toBe(true)
    const unflagged = alternatives.filter((a) => /domperidone|ondansetron/i.test(a.text) && a.unconfirmed !== true)
    expect(unflagged).toEqual([])
    const bupropion = byId(bundle.medicationClasses, 'ssris').alternatives.map((a) => a.text).join(' ')
    expect(bupropion).toMatch(/bupropion/i)
    expect(bupropion).toMatch(/not an RLS treatment/i)
  })

  it('keeps unconfirmed lists non-empty when present', () => {
    const all = [...bundle.causes, ...bundle.medications, ...bundle.medicationClasses, ...bundle.labs, ...bundle.genes, ...bundle.sources]
    const empty = all.filter((e) => e.unconfirmed !== undefined && e.unconfirmed.length === 0).map((e) => e.id)
    expect(empty).toEqual([])
  })

  it('grades weak or contradicted seed claims as Disputed', () => {
    expect(byId(bundle.causes, 'calcium-deficiency').grade).toBe('Disputed')
    expect(byId(bundle.causes, 'venous-insufficiency').grade).toBe('Disputed')
    // Review 1.0.2 (D1): insufficient evidence is not contradicted evidence.
    expect(byId(bundle.causes, 'anaemia-without-iron-deficiency').grade).toBe('Possible')
  })
})

describe('content bundle: review 1.0.2 fields', () => {
  const rawLabs = (raw as { labs: Record<string, unknown>[] }).labs

  it('keeps one direction of the cause–lab link: no lab stores its causes, they are derived from the causes’ checks', () => {
    expect(rawLabs.filter((lab) => 'relatedCauses' in lab).map((lab) => lab.id)).toEqual([])
    const forPregnancyTest = causesOrdering('pregnancy-test', bundle.causes, bundle.labs).map((c) => c.id)
    expect(forPregnancyTest).toContain('pregnancy')
    // TSAT is calculated from serum iron and TIBC: a cause ordering TSAT asks for them too.
    expect(byId(bundle.labs, 'tsat').calculatedFrom).toEqual(['serum-iron', 'tibc'])
    expect(causesOrdering('tibc', bundle.causes, bundle.labs).map((c) => c.id)).toContain('ckd-esrd-dialysis')
    expect(bundle.labs.filter((lab) => causesOrdering(lab.id, bundle.causes, bundle.labs).length === 0).map((l) => l.id)).toEqual([])
  })

  it('keeps misspellings for matching only, never among the displayed aliases', () => {
    for (const item of [...bundle.causes, ...bundle.labs]) {
      const shown = new Set(('aliases' in item ? item.aliases : item.abbreviations).map((a) => a.toLowerCase()))
      for (const hidden of item.matchOnly ?? []) expect(shown.has(hidden.toLowerCase()), `${item.id}: ${hidden}`).toBe(false)
    }
    expect(byId(bundle.causes, 'parkinson-disease').matchOnly).toContain('parkinsons')
  })

  it('carries the iron safety ceilings, the dialysis rule and the cautions, and no "whatever the ferritin"', () => {
    expect(bundle.ironRules.ceilings).toMatchObject({ noIronIfTsatAtLeast: 45, trialEvidenceFerritinBelow: 300 })
    expect(bundle.ironRules.dialysis).toMatchObject({ ivIronSucroseIfFerritinBelow: 200, ivIronSucroseIfTsatBelow: 20, strength: 'conditional' })
    const cautions = bundle.ironRules.cautions.map((c) => c.text).join(' ')
    for (const needle of [/haemochromatosis/i, /hypophosphataemia/i, /first trimester/i, /hypersensitivity/i]) expect(cautions).toMatch(needle)
    expect(JSON.stringify(raw)).not.toMatch(/whatever the ferritin\)/)
  })

  it('codes RLS as ICD-10-CM G25.81 and ICD-11 7A80, and lists the five IRLSSG 2014 criteria', () => {
    const codes = bundle.coding.codes.map((c) => `${c.system} ${c.code}`)
    expect(codes).toEqual(expect.arrayContaining(['ICD-10-CM G25.81', 'ICD-11 7A80']))
    expect(bundle.diagnosis.essentialCriteria).toHaveLength(5)
    expect(bundle.diagnosis.specifiers.map((s) => s.id)).toEqual(['chronic-persistent', 'intermittent', 'clinical-significance'])
  })

  it('cites the AASM guideline as J Clin Sleep Med 2025;21(1):137–152 (e-published 2024) and grades PTPRD Established', () => {
    const aasm = byId(bundle.sources, 'aasm-2024')
    expect(aasm.title).toMatch(/^Treatment of restless legs syndrome/)
    expect(aasm.year).toBe(2025)
    expect(aasm.note).toMatch(/2025;21\(1\):137–152/)
    expect(byId(bundle.sources, 'silber-2021').doi).toBe('10.1016/j.mayocp.2020.12.026')
    const ptprd = byId(bundle.genes, 'ptprd')
    expect(ptprd.grade).toBe('Established')
    expect(ptprd.sources).toContain('schormair-2008')
    expect(byId(bundle.sources, 'schormair-2008')).toMatchObject({ doi: '10.1038/ng.190', pmid: '18660810' })
    expect(byId(bundle.conflicts, 'aasm-guideline-year').verdict).not.toMatch(/wrong year/)
  })

  it('consumer-only causes stay Possible at most and say so', () => {
    const consumer = new Set(bundle.sources.filter((s) => s.type === 'consumer article').map((s) => s.id))
    // Drug entries are graded with the medication content; here, the conditions.
    for (const cause of bundle.causes.filter((c) => c.category !== 'medications')) {
      if (cause.sources.every((id) => consumer.has(id))) {
        expect(['Possible', 'Disputed'], cause.id).toContain(cause.grade)
        expect(cause.unconfirmed?.some((u) => /consumer/i.test(u)), cause.id).toBe(true)
      }
    }
  })
})
