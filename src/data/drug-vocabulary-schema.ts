/**
 * The schema of `public/data/drug-vocabulary.json`: commonly prescribed and over-the-counter
 * drugs that this reference does NOT list as RLS triggers, the combination products whose
 * ingredients may include a trigger, and the words that mark a chart line as something other
 * than a medication (lab results, devices, social history, headings).
 *
 * It is a sibling of the content bundle, loaded only when the screener or the lookup is first
 * used, so it never weighs on the first page. Triggers stay in the bundle: a product here names
 * its ingredients by id, and an id may be a bundle medication (a trigger) or an ingredient here.
 */
import * as z from 'zod/mini'
import { refuseOnIssues, type SchemaIssue as Issue } from './schema-issues'

// Stryker disable all: mutation testing covers the refinement (findVocabularyProblems), not the shape declarations.

const Id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'))
const Text = z.string().check(z.minLength(1, 'expected non-empty text'))
const Words = z.array(Text)
/** 'international': named by an international vocabulary (DrugBank) that gives no market. */
const Market = z.enum(['us', 'uk', 'international'])

export const VocabularyIngredient = z.object({
  id: Id,
  /** The approved name as a clinician reads it, with the other country's name in brackets where they differ. */
  name: Text,
  brands: z.object({ us: Words, uk: Words }),
  /** Other approved names, salt forms and chart abbreviations (acetaminophen, HCTZ, KCl). */
  aliases: Words,
  /** Where it is marketed under these names. */
  markets: z.array(Market).check(z.minLength(1, 'expected a market')),
})

export const VocabularyProduct = z.object({
  id: Id,
  /** The product's own name (Tylenol PM, co-codamol, Night Nurse). */
  name: Text,
  markets: z.array(Market).check(z.minLength(1, 'expected a market')),
  /** Every active ingredient: bundle medication ids (triggers) or vocabulary ingredient ids. */
  ingredients: z.array(Id).check(z.minLength(1, 'expected at least one ingredient')),
  /** Other brands of the same combination and the ways charts write it ("Norco", "hydrocodone/APAP"). */
  otherNames: Words,
  /**
   * Set when the name is sold with different ingredients (by country or variant): says how, so
   * the clinician checks the pack. The product then lists every ingredient the name may stand for.
   */
  ambiguous: z.optional(Text),
})

export const VocabularySource = z.object({
  id: Id,
  title: Text,
  publisher: Text,
  url: z.string().check(z.regex(/^https:\/\/\S+$/, 'expected an https address')),
  usedFor: Text,
  /** The licence or terms under which the list is used. */
  licence: z.optional(Text),
  /** The release or retrieval date of the list used (ISO date). */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date'))),
})

/** Words and phrases as a chart writes them; matching ignores case, accents and punctuation. */
export const ChartNoise = z.object({
  about: Text,
  /** "Medications:", "Discharge meds:": a heading; what follows its colon is still screened. */
  medicationHeadings: Words,
  /** "Allergies:", "PMH:", "Signed:": the whole line is a note, never a drug the patient takes. */
  otherHeadings: Words,
  /** Analytes that start a lab result line ("TSH 2.1", "Free T4 1.2", "Li 0.7"). */
  labAnalytes: Words,
  /** Body substances: named on a lab line they are a result, never evidence that a drug is taken. */
  endogenous: Words,
  labUnits: Words,
  labWords: Words,
  /** Dose units, routes and frequencies: what makes a line read as a medication. */
  doseUnits: Words,
  routes: Words,
  frequencies: Words,
  /** Supplies whose names contain a drug-like word ("lithium battery", "alcohol prep pads"). */
  devicePhrases: Words,
  /** Supplies and devices; a line naming one and no drug is a supply line. */
  deviceWords: Words,
  socialPhrases: Words,
  /** "none", "never", "ex": with only alcohol, caffeine or nicotine named, the line is social history. */
  negations: Words,
  /**
   * "Vitamin D deficiency", "Iron overload": a substance named just before one of these is the patient's condition (a
   * problem list), never a drug taken. Only words of lack or of the body's own store: "lithium toxicity" still names lithium.
   */
  conditionWords: Words,
  /** "Allergic to penicillin", "NKDA": a line opening with one of these is an allergy note, never a drug taken. */
  allergyPhrases: Words,
  /** "BP 120/80", "RR 16", "Wt 70 kg": a vital sign's name followed by a number is an observation. */
  vitalSigns: Words,
  /** The route or form a line names (eye drops, cream, patch), shown on the line. */
  forms: z.object({
    about: Text,
    list: z.array(
      z.object({
        form: Text,
        /** Applied where little reaches the blood: the drug's roles stay visible, but it is not counted as a cause. */
        littleSystemicExposure: z.boolean(),
        /** Bundle medication ids absorbed enough in this form to stay counted (doxepin cream). */
        stillSystemic: Words,
        words: Words,
      }),
    ),
  }),
  /** A generic night-time painkiller or cold remedy ("Acetaminophen PM"): usually a sedating antihistamine inside. */
  nightRemedies: z.object({
    about: Text,
    nightWords: Words,
    remedyWords: Words,
    /** Vocabulary ingredient ids of the painkillers these products are built on. */
    painkillers: Words,
    /** The bundle class the added antihistamine belongs to. */
    sedatingAntihistamineClass: Id,
    /** Bundle medication ids: a line already naming one needs no reminder. */
    sedatingAntihistamines: Words,
    /** Shown verbatim on the line. */
    answer: Text,
  }),
})

/** A WHO INN stem shared by a class's members, and the names that end the same way but are not members. */
export const NameStem = z.object({
  stem: z.string().check(z.regex(/^[a-z]{4,}$/, 'expected a lower-case stem of at least four letters')),
  /** A medication class id in the content bundle. */
  class: Id,
  except: Words,
})

const VocabularyShape = z.object({
  meta: z.object({
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version like 1.0.0')),
    reviewed: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date')),
    scope: Text,
    compilation: Text,
  }),
  sources: z.array(VocabularySource).check(z.minLength(1, 'expected sources')),
  ingredients: z.array(VocabularyIngredient),
  products: z.array(VocabularyProduct),
  nameStems: z.object({ about: Text, stems: z.array(NameStem) }),
  chartNoise: ChartNoise,
})

type VocabularyShape = z.infer<typeof VocabularyShape>

// Stryker restore all
/**
 * Checks what the vocabulary can check on its own: unique ids, products whose ingredients are
 * known. `triggerIds` are the bundle's medication ids; without them only vocabulary ids count.
 */
export function findVocabularyProblems(vocabulary: VocabularyShape, triggerIds?: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = []
  const ids = new Set<string>()
  vocabulary.ingredients.forEach((ingredient, i) => {
    if (ids.has(ingredient.id)) issues.push({ path: ['ingredients', i, 'id'], message: `duplicate id "${ingredient.id}"` })
    if (triggerIds?.has(ingredient.id))
      issues.push({ path: ['ingredients', i, 'id'], message: `"${ingredient.id}" is a trigger in the bundle, not a drug without known association` })
    ids.add(ingredient.id)
  })
  const productIds = new Set<string>()
  vocabulary.products.forEach((product, i) => {
    if (productIds.has(product.id) || ids.has(product.id)) issues.push({ path: ['products', i, 'id'], message: `duplicate id "${product.id}"` })
    productIds.add(product.id)
    product.ingredients.forEach((id, j) => {
      if (triggerIds && !ids.has(id) && !triggerIds.has(id))
        issues.push({ path: ['products', i, 'ingredients', j], message: `unknown ingredient id "${id}"` })
    })
  })
  return issues
}

export const DrugVocabulary = VocabularyShape.check(refuseOnIssues((vocabulary: VocabularyShape) => findVocabularyProblems(vocabulary)))

export type DrugVocabulary = z.infer<typeof DrugVocabulary>
export type VocabularyIngredient = z.infer<typeof VocabularyIngredient>
export type VocabularyProduct = z.infer<typeof VocabularyProduct>
export type NameStem = z.infer<typeof NameStem>
