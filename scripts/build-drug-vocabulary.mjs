#!/usr/bin/env node
/**
 * Builds public/data/drug-vocabulary.json from public drug vocabularies plus the hand-kept input
 * scripts/vocabulary/curated.json. Run:  node scripts/build-drug-vocabulary.mjs  [--check]
 * (--check rebuilds in memory and fails if the committed file differs).
 *
 * Raw downloads stay OUT of git. Put them in $VOCAB_SOURCES_DIR (default /work/shared-data/vocab-sources):
 *
 *   rxnorm-prescribe-2025-10-06/*.json
 *       RxNorm Current Prescribable Content, release of 2025-10-06 (U.S. National Library of Medicine),
 *       as the per-letter ingredient files (web/data/0-9.json, B.json … Z.json) of the public GitHub
 *       repository davidanderson3/rxnorm-ingredients, commit a8fcf13a679fa37073e8fa83e11d5e0d8cc07276
 *       (each RxNorm ingredient with its clinical drugs, branded drugs and brand names). That copy lacks
 *       A.json (too large for the repository): ingredients starting with "A" come from the next source,
 *       their brands from the curated input only.
 *         git clone https://github.com/davidanderson3/rxnorm-ingredients && cd rxnorm-ingredients
 *         for f in $(git ls-tree --name-only a8fcf13 web/data/); do git show a8fcf13:$f > "$DIR/rxnorm-prescribe-2025-10-06/$(basename $f)"; done
 *       (or regenerate every letter from RxNorm_full_prescribe_MMDDYYYY.zip, downloadable from NLM
 *       without a licence, with that repository's extract_rxnorm_ingredients.py).
 *   rxnorm_druglist.rda
 *       The RxNorm ingredient and brand name list (RxNorm of 2021-02-01) shipped as data in the R
 *       package medExtractR 0.4.1 (Vanderbilt University Medical Center, GPL >= 2), file
 *       data/rxnorm_druglist.rda of CRAN's GitHub mirror cran/medExtractR. Read with `xz` (xz-utils).
 *
 *   drugbank-open-vocabulary/drugbank-vocabulary.csv
 *       DrugBank's open vocabulary (DrugBank id, accession numbers, common name, CAS, UNII, synonyms,
 *       InChIKey; 15,235 substances, highest id DB17386), CC0 1.0, as the file "drugbank vocabulary.csv"
 *       of the public GitHub repository tavlab-iiitd/ContraIndicator, commit 43088c1c622e45acf8ff53775ed1f3c49278308a
 *       (sha256 7e158afa72e19146a474601822a8a0c5c3b9c35d6ebfa78ca6ffb6aae4539842):
 *         git show 43088c1:"drugbank vocabulary.csv" > "$DIR/drugbank-open-vocabulary/drugbank-vocabulary.csv"
 *       (or download drugbank_all_drugbank_vocabulary.csv.zip from https://go.drugbank.com/releases/latest#open-data).
 *   who-atc/atc-codesystem.csv
 *       The WHO ATC/DDD Index (WHO Collaborating Centre for Drug Statistics Methodology, Oslo) as one CSV
 *       row per level-5 code, from the public GitHub repository ehealthplatformstandards/atc-terminology-publisher,
 *       commit f38cb69bdc038373871b394c562567d91efdeb5a (2025-06-12), file atc-codesystem.csv. Used only to
 *       choose and leave out names (see curated.atcLeftOut); nothing of it is copied into the vocabulary.
 *
 * Also read: /usr/share/hunspell/en_US.dic (Debian package hunspell-en-us) so that brand names that
 * are plain English words ("Today", "Balance") are not taken for drugs.
 *
 * Rules: a bundle medication always wins: any name that is a bundle medication's name, brand, alias,
 * matchOnly spelling or matchOnDoseLine name, and every bundle medication id, is dropped from the vocabulary; a brand whose
 * ingredients include a bundle medication becomes a product naming that medication, so the screener
 * flags it. An ingredient whose name carries a trigger class's INN stem (nameStems) is left to the stem
 * rule and its brands are dropped, so a trigger is never called "no known association". A DrugBank
 * substance named in a WHO ATC class of curated.atcLeftOut (antipsychotics, antidepressants, opioids,
 * benzodiazepines, antihistamines, dopamine-blocking antiemetics, dopaminergic drugs, beta-blockers,
 * calcium-channel and H2 blockers, thyroid hormones) is left out under all its names.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCES = process.env.VOCAB_SOURCES_DIR ?? '/work/shared-data/vocab-sources'
const RXNORM_DIR = join(SOURCES, 'rxnorm-prescribe-2025-10-06')
const MEDEXTRACTR = join(SOURCES, 'rxnorm_druglist.rda')
const DRUGBANK = join(SOURCES, 'drugbank-open-vocabulary/drugbank-vocabulary.csv')
const ATC = join(SOURCES, 'who-atc/atc-codesystem.csv')
const ENGLISH = '/usr/share/hunspell/en_US.dic'
const OUTPUT = join(root, 'public/data/drug-vocabulary.json')
const SIZE_LIMIT = 150 * 1024

const fail = (message) => {
  console.error(message)
  process.exit(1)
}
for (const path of [RXNORM_DIR, MEDEXTRACTR, DRUGBANK, ATC, ENGLISH]) {
  if (!existsSync(path)) fail(`${path} not found: see the header of scripts/build-drug-vocabulary.mjs for where to get it.`)
}

const foldAll = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
/** A name's key, as the screener's integrity checks compare names: what stands before a bracket. */
const fold = (text) => foldAll(text.split('(')[0])
const kebab = (text) => foldAll(text).replace(/ /g, '-')
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1)

const curated = JSON.parse(readFileSync(join(root, 'scripts/vocabulary/curated.json'), 'utf8'))
const bundle = JSON.parse(readFileSync(join(root, 'public/data/rls.json'), 'utf8'))

// ---- The bundle wins -------------------------------------------------------------------------
/** Folded name → bundle medication id, for every name the bundle gives a medication. */
const bundleByName = new Map()
const bundleIds = new Set()
for (const medication of bundle.medications) {
  bundleIds.add(medication.id)
  const names = [medication.name, ...medication.brands.us, ...medication.brands.uk, ...medication.aliases, ...(medication.matchOnly ?? []), ...(medication.matchOnDoseLine ?? [])]
  for (const name of names) bundleByName.set(fold(name), medication.id)
}
const isBundleName = (name) => bundleByName.has(fold(name))
const bundleGenerics = bundle.medications.map((medication) => fold(medication.name).split(' ')[0]).filter((word) => word.length >= 6)
const containsBundleName = (key) => key.split(' ').some((word) => bundleGenerics.some((generic) => word !== generic && word.includes(generic)))

// ---- INN stems of trigger classes --------------------------------------------------------------
const stems = curated.nameStems.stems.map(({ stem, except }) => ({ stem, except: new Set(except.map(fold)) }))
const carriesStem = (name) => fold(name).split(' ').some((word) => stems.some(({ stem, except }) => word.endsWith(stem) && !except.has(word)))

// ---- English words (brands that are plain words are not taken) -------------------------------
const english = new Set(
  readFileSync(ENGLISH, 'utf8')
    .split('\n')
    .slice(1)
    .map((row) => row.split('/')[0].toLowerCase()),
)

// ---- The vocabulary being built ---------------------------------------------------------------
const ingredients = new Map() // id → ingredient
const byName = new Map() // folded name, alias or brand → ingredient id
const dropped = { bundleNames: 0, stem: 0, english: 0, allergen: 0, leftOut: 0, atc: 0 }

function claim(name, id) {
  const key = fold(name)
  if (!key) return false
  if (byName.has(key)) return byName.get(key) === id
  byName.set(key, id)
  return true
}

for (const entry of curated.ingredients) {
  if (bundleIds.has(entry.id) || isBundleName(entry.name)) {
    dropped.bundleNames++
    continue
  }
  const keep = (names) =>
    names.filter((name) => {
      if (isBundleName(name)) {
        dropped.bundleNames++
        return false
      }
      return claim(name, entry.id)
    })
  claim(entry.name, entry.id)
  // "Aciclovir (acyclovir)": each name alone is the same drug.
  for (const part of entry.name.split(/[()]/)) claim(part, entry.id)
  ingredients.set(entry.id, {
    ...entry,
    aliases: keep(entry.aliases),
    brands: { us: keep(entry.brands.us), uk: keep(entry.brands.uk) },
  })
}

const leftOut = new Set(curated.leftOut.names.map(fold))
const groups = curated.ingredientGroups.map(({ pattern, ingredient }) => ({ pattern: new RegExp(pattern, 'i'), ingredient }))
/** RxNorm ingredient name → what a brand containing it maps to: a bundle id, a vocabulary id, or null (left out). */
const ingredientTarget = new Map()
const ALLERGEN = /\b(allergenic extract|pollen extract|venom|hair extract|skin extract|feathers? extract|dander extract|epithelia)\b/i
let newId = (name) => {
  let id = kebab(name)
  while (ingredients.has(id) || bundleIds.has(id)) id = `${id}-ingredient`
  return id
}

function addIngredient(name, market, source) {
  const key = fold(name)
  if (ingredientTarget.has(key)) return ingredientTarget.get(key)
  let target
  if (bundleByName.has(key)) {
    target = bundleByName.get(key)
    dropped.bundleNames++
  } else if (leftOut.has(key)) {
    target = null
    dropped.leftOut++
  } else if (containsBundleName(key)) {
    // "acetyldihydrocodeine", "dihydrocodeine": a relative of a bundle drug is never called unrelated.
    target = null
    dropped.bundleNames++
  } else if (ALLERGEN.test(name)) {
    target = null
    dropped.allergen++
  } else if (carriesStem(name)) {
    target = null
    dropped.stem++
  } else if (byName.has(key)) {
    target = byName.get(key)
  } else if (groups.some(({ pattern }) => pattern.test(name))) {
    // Vaccine antigens ("influenza A virus A/Victoria/… antigen") are read as the vaccine a chart names.
    target = groups.find(({ pattern }) => pattern.test(name)).ingredient
  } else {
    const id = newId(name)
    ingredients.set(id, { id, name: capitalise(name), brands: { us: [], uk: [] }, aliases: [], markets: [market], source })
    claim(name, id)
    target = id
  }
  ingredientTarget.set(key, target)
  return target
}

// ---- Source 1: RxNorm prescribable content (ingredients and brand names) ----------------------
/** Brand name → the ingredient sets of its branded drugs (one set per branded drug). */
const brandDrugs = new Map()
let rxnormIngredients = 0
const files = readdirSync(RXNORM_DIR).filter((file) => file.endsWith('.json')).sort()
for (const file of files) {
  for (const record of JSON.parse(readFileSync(join(RXNORM_DIR, file), 'utf8'))) {
    if (record.TTY !== 'IN') continue
    rxnormIngredients++
    const target = addIngredient(record.Name, 'us', 'rxnorm')
    for (const component of record.SCDCs ?? [])
      for (const drug of component.SCDs ?? [])
        for (const branded of drug.SBDs ?? [])
          for (const brand of branded.BNs ?? []) {
            const drugs = brandDrugs.get(brand.Name) ?? new Map()
            const set = drugs.get(branded.RXCUI) ?? new Set()
            set.add(target === undefined ? null : target)
            drugs.set(branded.RXCUI, set)
            brandDrugs.set(brand.Name, drugs)
          }
  }
}

// ---- Source 2: medExtractR's RxNorm name list, for the ingredients starting with A -------------
function readRdaStrings(path) {
  const bytes = execFileSync('xz', ['-dc', path], { maxBuffer: 1 << 26 })
  if (bytes.subarray(0, 5).toString() !== 'RDX2\n' || bytes.subarray(5, 7).toString() !== 'X\n') fail(`${path}: not an R XDR data file`)
  let at = 7 + 12 // format, writer and reader versions
  const int = () => {
    const value = bytes.readInt32BE(at)
    at += 4
    return value
  }
  int() // the pairlist holding one object
  int() // its tag: a symbol
  int()
  const nameLength = int()
  at += nameLength // the symbol's name
  if ((int() & 0xff) !== 16) fail(`${path}: expected a character vector`)
  const strings = []
  for (let n = int(); n > 0; n--) {
    int()
    const length = int()
    if (length < 0) continue
    strings.push(bytes.subarray(at, at + length).toString('utf8'))
    at += length
  }
  return strings
}
const medExtractR = readRdaStrings(MEDEXTRACTR)
let medExtractRIngredients = 0
// The list mixes ingredient and brand names with no link between them, and writes some brands lower
// case ("aventyl", nortriptyline) or with a salt ("Aventyl HCl"). A name is taken as an ingredient only
// where the list writes it in a generic vocabulary's own forms: "amlodipine (as besylate)", "atenolol
// and diuretics", "allopurinol, combinations". A brand never appears so, and a brand taken without its
// ingredients could hide a trigger.
const GENERIC_FORM = /^([a-z][a-z -]{3,}?)(?: \(as |, combinations?\b| and (?:diuretics|thiazides|other diuretics|[a-z-]+ inhibitors?)\b)/i
// Or, one word, when it ends with the INN stem of a class this reference does not list as a trigger
// ("albendazole", "artesunate", "atracurium"): INN stems make generic names, seldom brands.
const ingredientStems = curated.ingredientStems.stems
const generic = new Set()
for (const raw of medExtractR) {
  if (!/^a/i.test(raw)) continue
  const base = GENERIC_FORM.exec(raw)?.[1]?.toLowerCase()
  if (base) generic.add(base)
  const word = raw.toLowerCase()
  if (/^[a-z]{6,}$/.test(word) && ingredientStems.some((stem) => word.endsWith(stem))) generic.add(word)
}
for (const name of [...generic].sort()) {
  if (!/^[a-z][a-z' -]*[a-z]$/.test(name) || name.split(' ').length > 3) continue
  if (/\b(and|with|combinations?|combo|flavou?r|vitamins|excl)\b|(ives|agents)$/.test(name)) continue
  if (addIngredient(name, 'us', 'medextractr') !== undefined) medExtractRIngredients++
}

// ---- Source 3: DrugBank's open vocabulary (international names), less the classes ATC puts near triggers
/** Rows of a CSV file (quoted fields may hold commas, quotes and line breaks). */
function readCsv(path) {
  const text = readFileSync(path, 'utf8')
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  const [header = [], ...body] = rows
  return body.filter((cells) => cells.length === header.length).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])))
}

// WHO ATC level-5 names of the classes this reference treats as triggers, withdrawal risks, weak
// associations or RLS treatments (curated.atcLeftOut): a name of these classes that the bundle does
// not list is never called "no known association"; it stays unrecognised, as leftOut does by hand.
const atcLeftOutClasses = curated.atcLeftOut.classes.map(({ code }) => code)
const atcLeftOut = new Set()
/** Every level-5 name: a substance that is a medicine somewhere (ATC codes medicines, not research compounds). */
const atcMedicines = new Set()
let atcNames = 0
for (const row of readCsv(ATC)) {
  const code = row['ATC code_L5']
  const name = row.Name_L5
  if (!code || !name) continue
  atcNames++
  // "suramin sodium", "barium sulfate with suspending agents": the medicine under its plain name too.
  const plain = fold(name).split(/ (?:with|without|and|in combination)\b/)[0]
  const keys = [fold(name), plain, plain.replace(/ (sodium|potassium|calcium|magnesium|disodium|hydrochloride|sulfate|sulphate|acetate|citrate|phosphate|bromide|chloride|mesilate|maleate|tartrate)$/, '')]
  for (const key of keys) atcMedicines.add(key)
  if (atcLeftOutClasses.some((prefix) => code.startsWith(prefix))) for (const key of keys) atcLeftOut.add(key)
}

// DrugBank's vocabulary holds approved, withdrawn, experimental and veterinary substances under
// their common name and synonyms (INN, BAN, USAN and other languages' forms, chemical names, codes).
// A substance is taken when it is a medicine: one of its names is a WHO ATC level-5 name, or DrugBank
// files it under an accession of its approved-drug (APRD) or biotech-drug (BIOD) collections; research
// compounds, veterinary products and allergen sources are not. Its names kept are those a clinician types: letters only (an "alfa-2b" suffix allowed), at most four words,
// not a research code or chemical name, not a plain English word, not a word of a chart's noise
// (lab analytes, body substances, devices, social history), and no name of a class above.
const chartWords = new Set(
  Object.values(curated.chartNoise)
    .filter(Array.isArray)
    .flat()
    .filter((word) => typeof word === 'string')
    .map(fold),
)
const CHEMICAL = /\b(acid ester|ester|salt|hydrate|anhydrous|dl|d|l|n|o|s|r|cis|trans|sodium salt|racemic|isomer|metabolite|analog|analogue|derivative|conjugate|complex|polymer|extract|pollen|allergen|venom|dander|hair|feathers?|mite|strain|whole|skin|cation|anion|ion|resin|oleoresin|volatile|cells?|tissue|protein|peptide|enzyme|antibody|fragment|recombinant|unspecified|labeled|labelled|tritiated|isotope)\b|(yl|ylic|oxy|amino|hydro|chloro|fluoro|bromo|iodo|methyl|ethyl|propyl|butyl|phenyl|benzyl|oxo|nitro|thio|cyclo|pyr|furan|imid|azol)$/i
const isClinicianName = (name) => {
  if (!/^[A-Za-z][A-Za-z' -]*[A-Za-z](?: (?:alfa|alpha|beta|gamma)-\d[a-z]?)?$/.test(name)) return false
  // "DPDPE", "MMDA": an abbreviation, mostly of a research compound, is left out.
  if (!/[a-z]{2}/.test(name)) return false
  const key = fold(name)
  const words = key.split(' ')
  // "t-PA", "Factor I", "Vitamin P": a one-letter word is no name the lookup or a chart line can match.
  if (words.length > 4 || key.length < 4 || words.some((word) => word.length < 2)) return false
  if (words.some((word) => CHEMICAL.test(word))) return false
  // "Gold", "Zinc", "Aldosterone": a plain English word (also a lab result's name) is not taken, even
  // where it is a medicine too ("halothane" is left unrecognised with them).
  if (words.length === 1 && english.has(key)) return false
  return !chartWords.has(key)
}
/** "Ilaprazolum", "Piretanida", "Pirlimycine" beside "Ilaprazole", "Piretanide", "Pirlimycin": the Latin, Spanish or French form of the same name. */
const isSpellingVariant = (synonym, common) => {
  const [a, b] = [fold(synonym), fold(common)]
  // "Acide cromoglicique", "Acidum azelaicum", "Besilato de atracurio": another language's form.
  if (/\b(acide|acido|acidum|de|des|del|di)\b|ique\b|ico\b/.test(a) || (a.endsWith('um') && !b.endsWith('um'))) return true
  const stem = b.slice(0, Math.max(4, b.length - 2))
  return a.startsWith(stem) && Math.abs(a.length - b.length) <= 3 && !a.includes(' ') === !b.includes(' ')
}
const keptOut = (name) => {
  const key = fold(name)
  return atcLeftOut.has(key) || bundleByName.has(key) || leftOut.has(key) || containsBundleName(key) || carriesStem(name) || ALLERGEN.test(name)
}
let drugBankRows = 0
let drugBankAliases = 0
/** Names added as aliases from DrugBank (checked once all are known). */
const drugBankSynonyms = new Set()
for (const row of readCsv(DRUGBANK)) {
  drugBankRows++
  const common = row['Common name'].split('(')[0].trim()
  const synonyms = row.Synonyms ? row.Synonyms.split(' | ').map((synonym) => synonym.split('(')[0].trim()) : []
  // A substance of a left-out class under any of its names is left out under all of them.
  if ([common, ...synonyms].some((name) => atcLeftOut.has(fold(name)))) {
    dropped.atc++
    continue
  }
  const accessions = row['Accession Numbers'] ?? ''
  if (![common, ...synonyms].some((name) => atcMedicines.has(fold(name))) && !/\b(APRD|BIOD)\d/.test(accessions)) continue
  // A substance the bundle names under any of its names is the bundle's ("Lithium carbonate": lithium).
  if ([common, ...synonyms].some((name) => bundleByName.has(fold(name)))) {
    dropped.bundleNames++
    continue
  }
  // A substance already known under one of its names ("Cromoglicic acid", known as cromolyn) gains
  // the others as aliases rather than a second entry.
  const known = [common, ...synonyms].map((name) => byName.get(fold(name))).find((id) => id !== undefined && ingredients.has(id))
  if (!known && !isClinicianName(common)) continue
  const target = known ?? addIngredient(common, 'international', 'drugbank')
  if (!target || !ingredients.has(target)) continue
  if (known && isClinicianName(common) && !keptOut(common) && claim(common, target)) {
    const ingredient = ingredients.get(target)
    if (![ingredient.name, ...ingredient.aliases].some((name) => fold(name) === fold(common))) {
      ingredient.aliases.push(common)
      drugBankSynonyms.add(common)
      drugBankAliases++
    }
  }
  const ingredient = ingredients.get(target)
  for (const synonym of synonyms) {
    if (!isClinicianName(synonym) || keptOut(synonym) || !/^[\x20-\x7e]+$/.test(synonym) || isSpellingVariant(synonym, common)) continue
    if (!claim(synonym, target)) continue
    if ([ingredient.name, ...ingredient.aliases].some((name) => fold(name) === fold(synonym))) continue
    ingredient.aliases.push(synonym)
    drugBankSynonyms.add(synonym)
    drugBankAliases++
  }
}
// "Immune globulin" beside "hepatitis B immune globulin" and "rabies immune globulin": a synonym that
// other drugs' names start or end with is a class word, not this drug's name; it is taken back.
const namesOf = (ingredient) => [ingredient.name, ...ingredient.aliases, ...ingredient.brands.us, ...ingredient.brands.uk].map(fold)
const allKeys = [...ingredients.values()].flatMap((ingredient) => namesOf(ingredient).map((key) => [key, ingredient.id]))
for (const ingredient of ingredients.values()) {
  if (ingredient.source !== 'drugbank' && !ingredient.aliases.some((alias) => drugBankSynonyms.has(alias))) continue
  ingredient.aliases = ingredient.aliases.filter((alias) => {
    if (!drugBankSynonyms.has(alias)) return true
    const key = fold(alias)
    const classWord = allKeys.some(([other, id]) => id !== ingredient.id && (other.endsWith(` ${key}`) || other.startsWith(`${key} `)))
    if (classWord) {
      byName.delete(key)
      drugBankAliases--
    }
    return !classWord
  })
}

// ---- INN and BAN names beside the US names ------------------------------------------------------
let innAliases = 0
for (const { inn, usan } of curated.innNames.pairs) {
  const target = byName.get(fold(usan))
  if (!target || !ingredients.has(target) || isBundleName(inn)) continue
  if (claim(inn, target)) {
    const ingredient = ingredients.get(target)
    if (![ingredient.name, ...ingredient.aliases].some((name) => fold(name) === fold(inn))) ingredient.aliases.push(inn)
    innAliases++
  }
}

// ---- Brands: one ingredient → its brand; several, or a bundle medication → a product -----------
const products = []
const productIds = new Set()
const productIngredients = new Map()
for (const product of curated.products) {
  // A bundle medication's name stays only on a product that contains that medication (it adds a pack check).
  const names = [product.name, ...product.otherNames].filter((name) => !isBundleName(name) || product.ingredients.includes(bundleByName.get(fold(name))))
  const known = product.ingredients.every((id) => ingredients.has(id) || bundleIds.has(id))
  if (!known || !names.includes(product.name)) {
    console.warn(`curated product ${product.id} left out: ${known ? 'its name is a bundle name' : 'an ingredient is no longer known'}`)
    continue
  }
  names.forEach((name) => claim(name, product.id))
  products.push({ ...product, otherNames: names.slice(1) })
  productIds.add(product.id)
  productIngredients.set(product.id, product.ingredients)
}

let rxnormBrands = 0
for (const [brand, drugs] of [...brandDrugs].sort(([a], [b]) => a.localeCompare(b))) {
  const key = fold(brand)
  // "K-Tab", "3M": a one-letter or numeric first word is no name the lookup or a chart line can match.
  if (key.length < 3 || /^(\d|[a-z]\b)/.test(key)) continue
  if (bundleByName.has(key)) {
    dropped.bundleNames++
    continue
  }
  if (!key.includes(' ') && english.has(key)) {
    dropped.english++
    continue
  }
  const all = [...new Set([...drugs.values()].flatMap((set) => [...set]))]
  if (all.some((id) => id === null)) {
    dropped.stem++
    continue
  }
  if (byName.has(key)) continue
  const sets = [...drugs.values()].map((set) => [...set])
  // "Fluzone Quadrivalent 2025-2026" when "Fluzone" is known with the same ingredients: the screener
  // already finds "Fluzone" in it, and the lookup is not crowded with seasons.
  const words = key.split(' ')
  const covered = words.slice(1).some((_, i) => {
    const prefix = words.slice(0, i + 1).join(' ')
    // "Benadryl Itch Stopping": a bundle brand's name already leads the line to the bundle drug.
    if (bundleByName.has(prefix)) return true
    const known = byName.get(prefix)
    const targets = known === undefined ? undefined : ingredients.has(known) ? [known] : productIngredients.get(known)
    return targets !== undefined && all.every((id) => targets.includes(id))
  })
  if (covered) continue
  const distinct = new Set(sets.map((set) => [...set].sort().join('+')))
  if (all.length === 1 && ingredients.has(all[0])) {
    const ingredient = ingredients.get(all[0])
    ingredient.brands.us.push(brand)
    claim(brand, ingredient.id)
  } else {
    let id = kebab(brand)
    while (ingredients.has(id) || productIds.has(id) || bundleIds.has(id)) id = `${id}-product`
    products.push({
      id,
      name: brand,
      markets: ['us'],
      ingredients: all.sort(),
      otherNames: [],
      ...(distinct.size > 1 ? { ambiguous: 'Sold as several products with different ingredients: check the pack.' } : {}),
    })
    productIds.add(id)
    productIngredients.set(id, all)
    claim(brand, id)
  }
  rxnormBrands++
}

// ---- Output -------------------------------------------------------------------------------------
const bySource = (source) => [...ingredients.values()].filter((ingredient) => ingredient.source === source).length
const vocabulary = {
  meta: {
    ...curated.meta,
    compilation: `${curated.meta.compilation} Built by scripts/build-drug-vocabulary.mjs: ${ingredients.size} ingredients (${bySource('rxnorm')} from RxNorm's prescribable content of 2025-10-06, ${bySource('medextractr')} starting with A from medExtractR's RxNorm list of 2021-02-01, ${bySource('drugbank')} international names from DrugBank's open vocabulary with ${drugBankAliases} of their synonyms, the rest hand-kept) and ${products.length} brand and combination products (${rxnormBrands} RxNorm brand names). RxNorm covers the US market only and DrugBank's open vocabulary gives generic names without brands: no complete public list of UK brands (dm+d or the NHSBSA BNF code list) could be obtained for this build, so UK brands are the hand-kept ones named from the sources below. Allergen extracts (${dropped.allergen}) and ${dropped.atc} DrugBank substances named in a WHO ATC class this reference treats as a trigger, withdrawal risk, weak association or RLS treatment are left out; ${dropped.bundleNames} names that the content bundle gives a medication, ${dropped.stem} ingredients or brands carrying a trigger class's name stem, and ${dropped.english} brand names that are plain English words were dropped.`,
  },
  sources: curated.sources,
  ingredients: [...ingredients.values()]
    .map((ingredient) => Object.fromEntries(Object.entries(ingredient).filter(([key]) => key !== 'source')))
    .sort((a, b) => a.id.localeCompare(b.id)),
  products: products.sort((a, b) => a.id.localeCompare(b.id)),
  nameStems: curated.nameStems,
  chartNoise: curated.chartNoise,
}

const text = JSON.stringify(vocabulary, null, 2) + '\n'
const brotli = brotliCompressSync(Buffer.from(text)).length
const report = [
  `RxNorm prescribable 2025-10-06: ${rxnormIngredients} ingredients read, ${bySource('rxnorm')} added; ${rxnormBrands} brand names kept`,
  `medExtractR RxNorm list: ${medExtractR.length} names read, ${medExtractRIngredients} A-ingredients taken (${bySource('medextractr')} new)`,
  `DrugBank open vocabulary: ${drugBankRows} substances read, ${bySource('drugbank')} new ingredients, ${drugBankAliases} synonyms kept as aliases; WHO ATC: ${atcNames} level-5 names read, ${atcLeftOut.size} of left-out classes`,
  `INN and BAN names added as aliases: ${innAliases}`,
  `dropped: ${JSON.stringify(dropped)}`,
  `vocabulary: ${ingredients.size} ingredients, ${products.length} products; ${(text.length / 1024).toFixed(1)} KB raw, ${(brotli / 1024).toFixed(1)} KB brotli (limit ${SIZE_LIMIT / 1024} KB)`,
].join('\n')
console.log(report)
if (brotli > SIZE_LIMIT) fail('The vocabulary is over its brotli size limit.')
if (process.argv.includes('--check')) {
  if (readFileSync(OUTPUT, 'utf8') !== text) fail(`${OUTPUT} is not what the script builds: run node scripts/build-drug-vocabulary.mjs`)
} else writeFileSync(OUTPUT, text)
