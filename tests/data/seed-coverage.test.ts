/**
 * Seed coverage: the five consumer articles the product grew from (/work/shared/seeds) name causes,
 * conditions, genes, chromosome regions, drugs, substances, nutrients, tests, mechanisms and figures.
 * Every one of them must be findable in the bundle, even when the bundle grades the claim Disputed
 * or sets a better-supported figure beside it.
 *
 * Each item is hand-listed from the seed text and searched (case-insensitively) in one of three scopes:
 * - 'name':   the lookup vocabulary (names, aliases, brands, abbreviations, gene symbols and regions);
 * - 'figure': figures, thresholds and conflict positions that cite this seed, so the seed's own number
 *             is shown with its source;
 * - 'text':   anywhere in the bundle's text (for mechanisms and explanations).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Bundle } from '../../src/data/bundle-schema'

const bundle = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/rls.json'), 'utf8')) as Bundle

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’′]/g, "'")
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((item) => allStrings(item, out))
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => allStrings(item, out))
  return out
}

const nameCorpus = normalise(
  [
    ...bundle.causes.flatMap((c) => [c.name, ...c.aliases]),
    ...bundle.medications.flatMap((m) => [m.name, ...m.aliases, ...m.brands.us, ...m.brands.uk]),
    ...bundle.medicationClasses.map((c) => c.name),
    ...bundle.labs.flatMap((l) => [l.name, ...l.abbreviations]),
    ...bundle.genes.flatMap((g) => [g.symbol, g.region, ...g.aliases]),
    ...bundle.mimics.flatMap((m) => [m.name, ...m.aliases]),
    ...bundle.categories.flatMap((c) => [c.name, c.description]),
  ].join(' | '),
)

const textCorpus = normalise(allStrings(bundle).join(' | '))

/** Figures, thresholds and conflict positions that cite the given seed. */
function figureCorpus(seedId: string): string {
  const parts: string[] = []
  for (const cause of bundle.causes)
    for (const figure of cause.figures) if (figure.sources.includes(seedId)) parts.push(figure.value, figure.population, figure.note ?? '')
  for (const lab of bundle.labs)
    for (const t of lab.thresholds) if (t.sources.includes(seedId)) parts.push(t.meaning, t.criterion, t.population)
  for (const conflict of bundle.conflicts)
    for (const position of conflict.positions) if (position.sources.includes(seedId)) parts.push(position.claim)
  return normalise(parts.join(' | '))
}

type Scope = 'name' | 'figure' | 'text'
interface Item {
  /** What the seed names, in its own words. */
  what: string
  scope: Scope
  /** Accepted spellings in the bundle; any one is enough. */
  any: string[]
}

const n = (what: string, ...any: string[]): Item => ({ what, scope: 'name', any: any.length ? any : [what] })
const t = (what: string, ...any: string[]): Item => ({ what, scope: 'text', any: any.length ? any : [what] })
const fig = (what: string, ...any: string[]): Item => ({ what, scope: 'figure', any: any.length ? any : [what] })

function missingItems(seedId: string, items: Item[]): string[] {
  const figures = figureCorpus(seedId)
  const corpus: Record<Scope, string> = { name: nameCorpus, text: textCorpus, figure: figures }
  return items
    .filter((item) => !item.any.some((needle) => corpus[item.scope].includes(normalise(needle))))
    .map((item) => `${item.what} [${item.scope}: ${item.any.join(' | ')}]`)
}

const SEEDS: Record<string, { file: string; items: Item[] }> = {
  'seed-000': {
    file: '000_1e2be50bb2b6916f.txt',
    items: [
      t('Willis-Ekbom disease', 'Willis-Ekbom'),
      n('family history'),
      n('genetic predisposition'),
      n('genetic markers'),
      n('dopamine imbalance'),
      n('dopamine-augmenting medications', 'dopamine agonists'),
      t('iron aids dopamine synthesis', 'dopamine synthesis'),
      n('iron deficiency'),
      n('problems with iron storage', 'poor iron storage', 'low iron stores'),
      n('pregnancy'),
      n('final trimester', 'final trimester', 'third trimester'),
      n('hormonal shifts'),
      t('vitamin and mineral imbalances in pregnancy', 'iron and folate demand'),
      t('circulatory changes'),
      t('postpartum decline', 'after delivery'),
      n('antipsychotics'),
      n('antidepressants'),
      n('cold/allergy drugs that contain antihistamines', 'cold and allergy medicines'),
      n('antihistamines'),
      n('diabetes'),
      n('kidney failure'),
      n('rheumatoid arthritis'),
      n("Parkinson's disease"),
      n('peripheral neuropathy'),
      n('caffeine'),
      n('alcohol'),
      n('tobacco'),
      n('inadequate sleep'),
      n('poor sleep patterns'),
      n('chronic stress'),
      n('peripheral nerve damage'),
      n('chronic alcoholism'),
      t('impaired nerve signals between legs and brain', 'nerve signalling'),
      n('venous reflux'),
      n('venous insufficiency'),
      t('relief after venous insufficiency treatment', 'venous treatment'),
    ],
  },
  'seed-001': {
    file: '001_cf302b3f439c8b6d.txt',
    items: [
      fig('7 to 10% of the population', '7 to 10%', '7-10%'),
      n('hereditary'),
      fig('heredity estimates 25% to 75%', '25% to 75%'),
      n('onset at a young age', 'onset at a young age', 'early onset'),
      n('anemia'),
      n('MEIS1'),
      n('BTBD9'),
      n('MAP2K5'),
      n('chromosome 14q', '14q'),
      n('chromosome 12q', '12q'),
      n('chromosome 20p', '20p'),
      n('chromosome 9p', '9p'),
      t('differences between races and ethnic backgrounds', 'asian populations'),
      n('dopamine'),
      t('dopamine lowest in the evening', 'dips in the first half of the night'),
      n('dopamine agonists'),
      n('body adapts to dopamine agonists (augmentation)', 'augmentation'),
      // Review A2: Parkinson's medications treat RLS, so they are named in text, never as a lookup alias of a cause.
      t("Parkinson's medications"),
      fig('RLS patients not more prone to Parkinson’s disease', 'do not appear more prone to parkinson'),
      fig('vitamin deficiencies the most identifiable cause', 'most identifiable cause'),
      fig('most RLS associated with anaemia; 20% anaemic', '20% of people with rls anaemic', '20% of people with rls are anaemic'),
      n('iron'),
      t('tyrosine hydroxylase'),
      n('calcium deficiency'),
      n('no dairy in the diet', 'dairy-free diet', 'no dairy'),
      n('magnesium'),
      t('calcium and magnesium balance', 'calcium-magnesium imbalance'),
      n('vitamin B12'),
      n('folic acid'),
      fig('17% of pregnant women', '17%'),
      n('hormonal changes'),
      n('nutritional intake', 'poor diet'),
      fig('no effect on the fetus', 'does not appear to affect the fetus'),
      t('symptoms go away after childbirth', 'after delivery'),
      n('varicose veins'),
      n('diabetes'),
      n('thyroid disease'),
      n('auto-immune diseases'),
      n('fibromyalgia'),
      n('sleep apnea'),
      n("Parkinson's disease"),
      n('celiac disease'),
      t('celiac disease acting through iron deficiency', 'malabsorption'),
      n('antidepressants'),
      n('antihistamines'),
      n('antipsychotics'),
      n('anticonvulsants'),
      n('antiemetics'),
      n('benzodiazepine withdrawal'),
      n('opioid withdrawal'),
      n('no cause at all', 'no known cause', 'no cause found'),
      fig('RLS with a cause may be a symptom only', 'symptom of that disease'),
    ],
  },
  'seed-002': {
    file: '002_4c9e9b198765579d.txt',
    items: [
      fig('AASM "2025" clinical practice guideline', '2025'),
      n('iron deficiency'),
      fig('ferritin below 50 ng/mL', 'ferritin below 50 ng/ml'),
      n('genetic factors', 'genetic'),
      fig('about 60% of cases have a family history', 'about 60% of cases have a family history'),
      n('dopamine pathways'),
      n('antidepressants'),
      n('antihistamines'),
      n('antipsychotics'),
      n('pregnancy'),
      n('hormonal changes'),
      t('iron demands of pregnancy', 'iron and folate demand'),
      t('pregnancy RLS resolves after delivery', 'after delivery'),
      n('kidney failure'),
      n('diabetes'),
      n('peripheral neuropathy'),
      n('caffeine'),
      n('alcohol'),
      n('nicotine'),
      n('sleep deprivation'),
      t('ferrous sulfate'),
      t('dipyridamole'),
      t('opioids'),
      n('nutritional deficiencies', 'nutritional deficiency'),
      n('kidney disease'),
      n('primary (idiopathic) RLS', 'idiopathic rls'),
      n('family history'),
      n('low iron levels in the brain', 'low brain iron'),
      n('chronic renal insufficiency'),
      n('neurological diseases'),
      n('cardiovascular diseases'),
      n('diabetes mellitus'),
      n('respiratory disorders'),
      n('dopaminergic dysfunction'),
      n('brain iron deficiency'),
      n('MEIS1'),
      n('BTBD9'),
      n('adenosine'),
      n('glutamatergic'),
      n('folate'),
      t('Dr.Oracle'),
      t('Neurotherapeutics 2021 review', 'neurotherapeutics'),
      t('Rev Med Interne 2020', 'rev med interne'),
      t('Curr Opin Pulm Med 2013', 'curr opin pulm med'),
      t('Nat Rev Dis Primers 2021', 'nat rev dis primers'),
      t('Altern Med Rev 2007', 'altern med rev'),
    ],
  },
  'seed-003': {
    file: '003_60f0248b391e5ce0.txt',
    items: [
      fig('blood-vessel or nerve theory rejected', 'has been rejected'),
      n('neurotransmitters'),
      fig('primary (idiopathic) vs secondary RLS', 'primary (idiopathic) or secondary'),
      fig('primary RLS more prevalent than secondary', 'primary rls is the more common form'),
      n('heredity'),
      n('psychiatric factors'),
      n('stress'),
      n('fatigue'),
      fig('runs in families in about 50%', 'about 50% run in families', '50% of people with it'),
      n('early age onset', 'early onset'),
      n('chromosome sites', 'chromosome 12q'),
      n('iron-deficiency anaemia'),
      n('haemoglobin deficiency'),
      n('peripheral neuropathy'),
      n('diabetes'),
      n('numbness'),
      n('tingling'),
      fig('40% of pregnant women', '40%'),
      t('symptoms disappear within a few weeks of delivery', 'within weeks of delivery'),
      n('kidney failure'),
      n('uraemia'),
      t('build-up of toxins (uraemia)', 'uraemic toxins'),
      n('anticonvulsant drugs'),
      n('methsuximide'),
      n('phenytoin'),
      n('anti-depressant drugs'),
      n('amitriptyline'),
      n('paroxetine'),
      n('beta-blockers'),
      n('H2 blockers'),
      n('lithium'),
      n('neuroleptics'),
      n('cigarette smoking'),
      n('alcohol'),
      n('caffeine'),
      n('magnesium deficiency'),
      n('vitamin B-12'),
      n('severe kidney disease', 'kidney disease'),
      n('amyloidosis'),
      n('Lyme disease'),
      n('rheumatoid arthritis'),
      n('Sjogren syndrome'),
    ],
  },
  'seed-004': {
    file: '004_ff4168687b6bb84e.txt',
    items: [
      t('Willis-Ekbom disease', 'Willis-Ekbom'),
      n('genetics'),
      n('specific gene variants', 'gene variants'),
      n('dopamine imbalance'),
      t('dopamine and sensory symptoms', 'sensory symptoms'),
      n('iron deficiency'),
      n('ferritin'),
      n('iron in the brain', 'brain iron'),
      t('dopamine production and transport', 'dopamine production, transport'),
      n('pregnancy'),
      n('third trimester'),
      n('hormonal changes'),
      t('increased demand for iron in pregnancy', 'iron and folate demand'),
      n('antipsychotics'),
      n('anti-nausea drugs'),
      n('antidepressants'),
      n('caffeine'),
      n('alcohol'),
      n('nicotine'),
      n('kidney disease'),
      n('diabetes'),
      n('peripheral neuropathy'),
      n("Parkinson's disease"),
      n('nerve disorders'),
      n('central nervous system abnormalities'),
      n('lack of sleep'),
      n('high stress'),
      n('irregular sleep patterns'),
      t('regular sleep schedule'),
      n('dopamine agonists'),
      t('opioids'),
    ],
  },
}

describe('seed coverage: everything the seed articles name is in the bundle', () => {
  for (const [seedId, { file, items }] of Object.entries(SEEDS)) {
    it(`${seedId} (${file}): ${items.length} named items`, () => {
      expect(bundle.sources.some((source) => source.id === seedId && source.note?.startsWith(file))).toBe(true)
      const missing = missingItems(seedId, items)
      expect(missing, `${seedId} names items the bundle lacks:\n  - ${missing.join('\n  - ')}`).toEqual([])
    })
  }

  it('shows the seed figures beside better-supported ones', () => {
    const pregnancy = bundle.causes.find((c) => c.id === 'pregnancy')
    const values = pregnancy?.figures.map((f) => f.value).join(' | ') ?? ''
    for (const figure of ['17%', '40%', '21%', '22.9%', '21.4%', '36%']) expect(values).toContain(figure)
    const conflicts = bundle.conflicts.map((c) => c.id)
    for (const id of ['pregnancy-prevalence', 'ferritin-threshold', 'anaemia-in-rls', 'venous-disease', 'heritability', 'parkinson-risk', 'general-prevalence', 'aasm-guideline-year', 'calcium-deficiency', 'vitamin-deficiencies', 'primary-secondary-dichotomy', 'dopamine-agonists', 'multiple-sclerosis'])
      expect(conflicts).toContain(id)
  })
})
