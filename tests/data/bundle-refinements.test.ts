/**
 * Every check the schema makes beyond the shape (src/data/bundle-schema.ts `findBrokenReferences`,
 * `findImplausibleIronRules`, and the drug vocabulary's `findVocabularyProblems`), each fed a
 * bundle that breaks it: the parse must fail and name the path. The shipped bundle passing them
 * proves nothing on its own.
 */
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../mocks/handlers/bundle'
import { readDrugVocabularyFile } from '../../mocks/handlers/drug-vocabulary'
import { findBrokenReferences, findImplausibleIronRules } from '../../src/data/bundle-schema'
import { findVocabularyProblems } from '../../src/data/drug-vocabulary-schema'
import { parseBundle } from '../../src/data/parse-bundle'
import { parseDrugVocabulary } from '../../src/data/parse-drug-vocabulary'
import { bundleErrorMessageOf } from './bundle-error-message'

type Json = Record<string, any>
const good = () => structuredClone(readBundleFile()) as Json
const shipped = parseBundle(good())

/** The message parseBundle gives for the shipped bundle after `breakIt`. */
function refusal(breakIt: (bundle: Json) => void): string {
  const bundle = good()
  breakIt(bundle)
  return bundleErrorMessageOf(() => parseBundle(bundle))
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const indexOf = (list: Json[], test: (item: Json) => boolean) => {
  const i = list.findIndex(test)
  if (i < 0) throw new Error('the shipped bundle has no entry to break')
  return i
}

describe('the shipped content passes every refinement', () => {
  it('no issue at all', () => {
    expect(findBrokenReferences(shipped)).toEqual([])
    expect(findImplausibleIronRules(shipped.ironRules)).toEqual([])
  })

  it('a bundle whose labs are all measured (none calculated from others) and whose causes name no drug class is accepted', () => {
    const bundle = good()
    for (const lab of bundle.labs) delete lab.calculatedFrom
    for (const cause of bundle.causes) delete cause.medicationClasses
    expect(findBrokenReferences(bundle as never)).toEqual([])
    expect(() => parseBundle(bundle)).not.toThrow()
  })
})

describe('duplicate ids are refused in every list', () => {
  it.each([
    ['categories', (b: Json) => b.categories],
    ['causes', (b: Json) => b.causes],
    ['medicationClasses', (b: Json) => b.medicationClasses],
    ['medications', (b: Json) => b.medications],
    ['labs', (b: Json) => b.labs],
    ['mimics', (b: Json) => b.mimics],
    ['genes', (b: Json) => b.genes],
    ['conflicts', (b: Json) => b.conflicts],
    ['sources', (b: Json) => b.sources],
    ['comparison', (b: Json) => b.comparison.rows],
  ] as const)('%s', (name, list) => {
    const message = refusal((b) => {
      const items = list(b)
      items.push(structuredClone(items[0]))
    })
    expect(message).toMatch(new RegExp(`${name}\\[\\d+\\]\\.id: duplicate id "`))
  })

  it('a second entry with the same id is the one named, not the first', () => {
    const bundle = good()
    bundle.medications.push(structuredClone(bundle.medications[0]))
    const issues = findBrokenReferences(bundle as never)
    expect(issues).toEqual([{ path: ['medications', bundle.medications.length - 1, 'id'], message: `duplicate id "${bundle.medications[0].id}"` }])
  })
})

describe('an unknown source id is refused wherever sources are listed', () => {
  const bad = 'no-such-source'
  it.each([
    ['causes[0].sources', (b: Json) => b.causes[0].sources],
    ['causes[0].figures[0].sources', (b: Json) => b.causes[indexOf(b.causes, (c) => c.figures.length > 0)].figures[0].sources],
    ['medicationClasses[0].sources', (b: Json) => b.medicationClasses[0].sources],
    [
      'medicationClasses[0].classification.sources',
      (b: Json) => b.medicationClasses[indexOf(b.medicationClasses, (c) => c.classification)].classification.sources,
    ],
    ['medicationClasses[0].alternatives[0].sources', (b: Json) => b.medicationClasses[indexOf(b.medicationClasses, (c) => c.alternatives.length > 0)].alternatives[0].sources],
    ['medications[0].sources', (b: Json) => b.medications[0].sources],
    [
      'medications[0].alternatives[0].sources',
      (b: Json) => {
        b.medications[0].alternatives = [{ text: 'Another drug.', sources: [b.sources[0].id] }]
        return b.medications[0].alternatives[0].sources
      },
    ],
    ['labs[0].sources', (b: Json) => b.labs[0].sources],
    ['labs[0].thresholds[0].sources', (b: Json) => b.labs[indexOf(b.labs, (l) => l.thresholds.length > 0)].thresholds[0].sources],
    ['comparison.rows[0].sources', (b: Json) => b.comparison.rows[0].sources],
    ['comparison.howToTell[0].sources', (b: Json) => b.comparison.howToTell[0].sources],
    ['mimics[0].sources', (b: Json) => b.mimics[0].sources],
    ['genes[0].sources', (b: Json) => b.genes[0].sources],
    ['conflicts[0].positions[0].sources', (b: Json) => b.conflicts[0].positions[0].sources],
    ['ironRules.aasm2024.sources', (b: Json) => b.ironRules.aasm2024.sources],
    ['ironRules.irlssgMayo2021.sources', (b: Json) => b.ironRules.irlssgMayo2021.sources],
    ['ironRules.children.sources', (b: Json) => b.ironRules.children.sources],
    ['ironRules.caveats[0].sources', (b: Json) => b.ironRules.caveats[0].sources],
    ['ironRules.ceilings.sources', (b: Json) => b.ironRules.ceilings.sources],
    ['ironRules.dialysis.sources', (b: Json) => b.ironRules.dialysis.sources],
    ['ironRules.cautions[0].sources', (b: Json) => b.ironRules.cautions[0].sources],
    ['augmentation.statement.sources', (b: Json) => b.augmentation.statement.sources],
    ['augmentation.definition.sources', (b: Json) => b.augmentation.definition.sources],
    ['augmentation.criteria.sources', (b: Json) => b.augmentation.criteria.sources],
    ['augmentation.management[0].sources', (b: Json) => b.augmentation.management[0].sources],
    ['coding.codes[0].sources', (b: Json) => b.coding.codes[0].sources],
    ['diagnosis.essentialCriteria[0].sources', (b: Json) => b.diagnosis.essentialCriteria[0].sources],
    ['diagnosis.specifiers[0].sources', (b: Json) => b.diagnosis.specifiers[0].sources],
    ['diagnosis.supportiveFeatures[0].sources', (b: Json) => b.diagnosis.supportiveFeatures[0].sources],
    ['diagnosis.notes[0].sources', (b: Json) => b.diagnosis.notes[0].sources],
  ] as const)('%s', (path, sourcesOf) => {
    const message = refusal((b) => sourcesOf(b).push(bad))
    const where = escape(path).replace(/\\\[0\\\]/g, '\\[\\d+\\]')
    expect(message).toMatch(new RegExp(`${where}\\[\\d+\\]: unknown source id "${bad}"`))
  })
})

describe('unknown labs, causes and classes are refused', () => {
  it.each([
    ['causes[0].checks', (b: Json) => b.causes[0].checks.push('no-such-lab'), 'lab id "no-such-lab"'],
    ['labs[0].calculatedFrom', (b: Json) => b.labs[indexOf(b.labs, (l) => l.calculatedFrom)].calculatedFrom.push('no-such-lab'), 'lab id "no-such-lab"'],
    ['conflicts[0].relatedLabs', (b: Json) => b.conflicts[0].relatedLabs.push('no-such-lab'), 'lab id "no-such-lab"'],
    ['conflicts[0].relatedCauses', (b: Json) => b.conflicts[0].relatedCauses.push('no-such-cause'), 'cause id "no-such-cause"'],
    [
      'causes[0].medicationClasses',
      (b: Json) => b.causes[indexOf(b.causes, (c) => c.medicationClasses?.length > 0)].medicationClasses.push('no-such-class'),
      'medicationClass id "no-such-class"',
    ],
  ] as const)('%s', (path, breakIt, what) => {
    const where = escape(path).replace(/\\\[0\\\]/g, '\\[\\d+\\]')
    expect(refusal(breakIt)).toMatch(new RegExp(`${where}\\[\\d+\\]: unknown ${escape(what)}`))
  })

  it("a medication's class", () => {
    expect(refusal((b) => (b.medications[0].class = 'no-such-class'))).toMatch(/medications\[0\]\.class: unknown medicationClass id "no-such-class"/)
  })
})

describe('the patient workup names only findings, causes, labs and sources that exist', () => {
  const pw = (b: Json): Json => b.patientWorkup
  it.each([
    ['patientWorkup.medicationFindings[0].finding', (b: Json): unknown => (pw(b).medicationFindings[0].finding = 'no-such-finding'), 'finding id "no-such-finding"'],
    ['patientWorkup.causeRules[0].finding', (b: Json): unknown => (pw(b).causeRules[0].finding = 'no-such-finding'), 'finding id "no-such-finding"'],
    ['patientWorkup.causeRules[0].causes[0]', (b: Json): unknown => (pw(b).causeRules[0].causes[0] = 'no-such-cause'), 'cause id "no-such-cause"'],
    ['patientWorkup.formRules[0].finding', (b: Json): unknown => (pw(b).formRules[0].finding = 'no-such-finding'), 'finding id "no-such-finding"'],
    ['patientWorkup.formRules[0].sources[0]', (b: Json): unknown => (pw(b).formRules[0].sources[0] = 'no-such-source'), 'source id "no-such-source"'],
    ['patientWorkup.labRules[0].finding', (b: Json): unknown => (pw(b).labRules[0].finding = 'no-such-finding'), 'finding id "no-such-finding"'],
    ['patientWorkup.labRules[0].lab', (b: Json): unknown => (pw(b).labRules[0].lab = 'no-such-lab'), 'lab id "no-such-lab"'],
    [
      'patientWorkup.labRules[0].sources[0]',
      (b: Json): unknown => (pw(b).labRules[indexOf(pw(b).labRules, (r) => r.sources?.length > 0)].sources[0] = 'no-such-source'),
      'source id "no-such-source"',
    ],
    ['patientWorkup.everyPatientCauses[0].cause', (b: Json): unknown => (pw(b).everyPatientCauses[0].cause = 'no-such-cause'), 'cause id "no-such-cause"'],
    ['patientWorkup.everyPatientCauses[0].sources[0]', (b: Json): unknown => (pw(b).everyPatientCauses[0].sources[0] = 'no-such-source'), 'source id "no-such-source"'],
    ['patientWorkup.notes.likelyFormSources[0]', (b: Json): unknown => (pw(b).notes.likelyFormSources[0] = 'no-such-source'), 'source id "no-such-source"'],
    ['patientWorkup.notes.pregnancySources[0]', (b: Json): unknown => (pw(b).notes.pregnancySources[0] = 'no-such-source'), 'source id "no-such-source"'],
    ['patientWorkup.notes.drawIronSources[0]', (b: Json): unknown => (pw(b).notes.drawIronSources[0] = 'no-such-source'), 'source id "no-such-source"'],
    ['patientWorkup.handout.tests[0].lab', (b: Json): unknown => (pw(b).handout.tests[0].lab = 'no-such-lab'), 'lab id "no-such-lab"'],
    [
      'patientWorkup.findings[0].derived.unless',
      (b: Json): unknown => (pw(b).findings[indexOf(pw(b).findings, (f) => f.derived?.unless)].derived.unless = 'no-such-finding'),
      'finding id "no-such-finding"',
    ],
  ] as const)('%s', (path, breakIt, what) => {
    const where = escape(path).replace(/\\\[0\\\]/g, '\\[\\d+\\]')
    expect(refusal(breakIt)).toMatch(new RegExp(`${where}: unknown ${escape(what)}`))
  })

  it('a duplicate finding id', () => {
    expect(refusal((b) => pw(b).findings.push(structuredClone(pw(b).findings[0])))).toMatch(/patientWorkup\.findings\[\d+\]\.id: duplicate id "/)
  })

  it('a derived finding without a rule, and a rule on a finding that is not derived', () => {
    const message = 'a derived finding needs a rule, and only a derived finding has one'
    expect(
      refusal((b) => {
        const i = indexOf(pw(b).findings, (f) => f.input === 'derived')
        delete pw(b).findings[i].derived
      }),
    ).toMatch(new RegExp(`patientWorkup\\.findings\\[\\d+\\]\\.derived: ${message}`))
    expect(
      refusal((b) => {
        const i = indexOf(pw(b).findings, (f) => f.input === 'checkbox')
        pw(b).findings[i].derived = { field: 'age', below: 18 }
      }),
    ).toMatch(new RegExp(`patientWorkup\\.findings\\[\\d+\\]\\.derived: ${message}`))
  })
})

describe('the iron thresholds must be numbers a guideline could give', () => {
  it.each([
    ['aasm2024', 'ironIfTsatBelow'],
    ['irlssgMayo2021', 'oralIfTsatBelow'],
    ['irlssgMayo2021', 'ivIfTsatBelow'],
    ['irlssgMayo2021', 'inflammationTsatBelow'],
    ['ceilings', 'noIronIfTsatAtLeast'],
    ['ceilings', 'lowTsatBelow'],
    ['dialysis', 'ivIronSucroseIfTsatBelow'],
  ] as const)('TSAT %s.%s: 0 and 100 are accepted, -1 and 100.1 refused', (part, key) => {
    for (const value of [0, 100]) {
      const bundle = good()
      bundle.ironRules[part][key] = value
      expect(findImplausibleIronRules(bundle.ironRules as never).filter((i) => i.path.join('.') === `ironRules.${part}.${key}`)).toEqual([])
    }
    for (const value of [-1, 100.1]) {
      expect(refusal((b) => (b.ironRules[part][key] = value))).toContain(`ironRules.${part}.${key}: TSAT threshold ${value}% is not between 0 and 100`)
    }
  })

  it.each([
    ['aasm2024', 'ironIfFerritinAtMost'],
    ['aasm2024', 'ivOnlyFerritinAbove'],
    ['irlssgMayo2021', 'oralIfFerritinAtMost'],
    ['children', 'ironIfFerritinBelow'],
    ['ceilings', 'trialEvidenceFerritinBelow'],
    ['dialysis', 'ivIronSucroseIfFerritinBelow'],
  ] as const)('ferritin %s.%s: 0 is accepted, -1 refused', (part, key) => {
    const zero = good()
    zero.ironRules[part][key] = 0
    expect(findImplausibleIronRules(zero.ironRules as never)).toEqual([])
    expect(refusal((b) => (b.ironRules[part][key] = -1))).toContain(`ironRules.${part}.${key}: ferritin threshold -1 ng/mL is negative`)
  })

  it('AASM: the oral-or-IV ferritin threshold may equal, never exceed, the IV-only upper bound', () => {
    const equal = good()
    equal.ironRules.aasm2024.ironIfFerritinAtMost = equal.ironRules.aasm2024.ivOnlyFerritinAtMost
    expect(findImplausibleIronRules(equal.ironRules as never)).toEqual([])
    expect(refusal((b) => (b.ironRules.aasm2024.ironIfFerritinAtMost = b.ironRules.aasm2024.ivOnlyFerritinAtMost + 0.1))).toContain(
      'ironRules.aasm2024.ironIfFerritinAtMost: the oral-or-IV ferritin threshold is above the IV-only one (ivOnlyFerritinAtMost)',
    )
  })

  it('AASM: the IV-only range may be a single value, never empty', () => {
    const equal = good()
    equal.ironRules.aasm2024.ivOnlyFerritinAbove = equal.ironRules.aasm2024.ivOnlyFerritinAtMost
    expect(findImplausibleIronRules(equal.ironRules as never)).toEqual([])
    expect(refusal((b) => (b.ironRules.aasm2024.ivOnlyFerritinAbove = b.ironRules.aasm2024.ivOnlyFerritinAtMost + 0.1))).toContain(
      'ironRules.aasm2024.ivOnlyFerritinAbove: the IV-only ferritin range is empty',
    )
  })

  it('IRLSSG/Mayo: the oral-iron ferritin threshold may equal, never exceed, the IV one', () => {
    const equal = good()
    equal.ironRules.irlssgMayo2021.oralIfFerritinAtMost = equal.ironRules.irlssgMayo2021.ivIfFerritinBelow
    expect(findImplausibleIronRules(equal.ironRules as never)).toEqual([])
    expect(refusal((b) => (b.ironRules.irlssgMayo2021.oralIfFerritinAtMost = b.ironRules.irlssgMayo2021.ivIfFerritinBelow + 0.1))).toContain(
      'ironRules.irlssgMayo2021.oralIfFerritinAtMost: the oral-iron ferritin threshold is above the IV one (ivIfFerritinBelow)',
    )
  })
})

describe('the drug vocabulary refuses what it can check', () => {
  const goodVocabulary = () => structuredClone(readDrugVocabularyFile()) as Json
  const shippedVocabulary = parseDrugVocabulary(goodVocabulary())
  const triggers = new Set(shipped.medications.map((m) => m.id))

  it('the shipped vocabulary has no problem, alone or beside the bundle', () => {
    expect(findVocabularyProblems(shippedVocabulary)).toEqual([])
    expect(findVocabularyProblems(shippedVocabulary, triggers)).toEqual([])
  })

  it('a duplicate ingredient id', () => {
    const v = goodVocabulary()
    v.ingredients.push(structuredClone(v.ingredients[0]))
    expect(() => parseDrugVocabulary(v)).toThrow(new RegExp(`ingredients\\[${v.ingredients.length - 1}\\]\\.id: duplicate id "${v.ingredients[0].id}"`))
  })

  it('a duplicate product id, and a product sharing an ingredient’s id', () => {
    const twice = goodVocabulary()
    twice.products.push(structuredClone(twice.products[0]))
    expect(() => parseDrugVocabulary(twice)).toThrow(new RegExp(`products\\[${twice.products.length - 1}\\]\\.id: duplicate id "${twice.products[0].id}"`))
    const shared = goodVocabulary()
    shared.products[0].id = shared.ingredients[0].id
    expect(() => parseDrugVocabulary(shared)).toThrow(new RegExp(`products\\[0\\]\\.id: duplicate id "${shared.ingredients[0].id}"`))
  })

  it('beside the bundle: an ingredient that is a trigger there, and a product ingredient known to neither', () => {
    const v = parseDrugVocabulary(goodVocabulary())
    const trigger = shipped.medications[0]!.id
    const withTrigger = { ...v, ingredients: [...v.ingredients, { ...v.ingredients[0]!, id: trigger }] }
    expect(findVocabularyProblems(withTrigger, triggers)).toEqual([
      { path: ['ingredients', v.ingredients.length, 'id'], message: `"${trigger}" is a trigger in the bundle, not a drug without known association` },
    ])
    // Alone, the vocabulary cannot know the bundle's triggers.
    expect(findVocabularyProblems(withTrigger)).toEqual([])

    const unknown = { ...v, products: [{ ...v.products[0]!, ingredients: ['no-such-drug'] }, ...v.products.slice(1)] }
    expect(findVocabularyProblems(unknown, triggers)).toEqual([{ path: ['products', 0, 'ingredients', 0], message: 'unknown ingredient id "no-such-drug"' }])
    expect(findVocabularyProblems(unknown)).toEqual([])
    // A product may name a bundle trigger as its ingredient.
    const viaTrigger = { ...v, products: [{ ...v.products[0]!, ingredients: [trigger] }, ...v.products.slice(1)] }
    expect(findVocabularyProblems(viaTrigger, triggers)).toEqual([])
  })
})

describe('the patient workup refuses exactly the broken reference, and nothing else', () => {
  /** The issues findBrokenReferences finds in the shipped bundle after `breakIt`, and the one it should find. */
  function issuesAfter(breakIt: (bundle: Json) => { path: (string | number)[]; message: string }) {
    const bundle = good()
    const expected = breakIt(bundle)
    return { found: findBrokenReferences(bundle as never), expected }
  }
  const pw = (b: Json): Json => b.patientWorkup
  const ns = (b: Json): Json => b.patientWorkup.nextSteps
  const at = (...path: (string | number)[]) => ['patientWorkup', ...path]
  const unknownSource = (list: string[], ...path: (string | number)[]) => {
    list.push('no-such-source')
    return { path: at(...path, 'sources', list.length - 1), message: 'unknown source id "no-such-source"' }
  }
  const unknownFinding = (list: string[], ...path: (string | number)[]) => {
    list.push('no-such-finding')
    return { path: at(...path, list.length - 1), message: 'unknown finding id "no-such-finding"' }
  }

  it.each([
    [
      'a lab rule waived by a finding the bundle lacks',
      (b: Json) => {
        const i = indexOf(pw(b).labRules, (r) => r.unless)
        pw(b).labRules[i].unless = 'no-such-finding'
        return { path: at('labRules', i, 'unless'), message: 'unknown finding id "no-such-finding"' }
      },
    ],
    [
      'a result box filling a lab the bundle lacks',
      (b: Json) => {
        pw(b).resultLabs[1].lab = 'no-such-lab'
        return { path: at('resultLabs', 1, 'lab'), message: 'unknown lab id "no-such-lab"' }
      },
    ],
    [
      'a second finding with the id of the first (only the second is named)',
      (b: Json) => {
        pw(b).findings.push(structuredClone(pw(b).findings[0]))
        return { path: at('findings', pw(b).findings.length - 1, 'id'), message: `duplicate id "${pw(b).findings[0].id}"` }
      },
    ],
    [
      'a cause rule on the second cause naming a cause the bundle lacks',
      (b: Json) => {
        const i = indexOf(pw(b).causeRules, (r) => r.causes.length > 1)
        pw(b).causeRules[i].causes[1] = 'no-such-cause'
        return { path: at('causeRules', i, 'causes', 1), message: 'unknown cause id "no-such-cause"' }
      },
    ],
    ['a severity answer citing a source the bundle lacks (significant)', (b: Json) => unknownSource(ns(b).severity.significant.sources, 'nextSteps', 'severity', 'significant')],
    ['a severity answer citing a source the bundle lacks (not significant)', (b: Json) => unknownSource(ns(b).severity.notSignificant.sources, 'nextSteps', 'severity', 'notSignificant')],
    ['the augmentation questions asked on a finding the bundle lacks', (b: Json) => unknownFinding(ns(b).augmentation.findings, 'nextSteps', 'augmentation', 'findings')],
    [
      'an augmentation criterion built on a question nobody asks',
      (b: Json) => {
        const set = ns(b).augmentation.possibleWhen[1]
        set.push('no-such-question')
        return { path: at('nextSteps', 'augmentation', 'possibleWhen', 1, set.length - 1), message: 'unknown question id "no-such-question"' }
      },
    ],
    ['the possible-augmentation verdict citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).augmentation.possible.sources, 'nextSteps', 'augmentation', 'possible')],
    ['the unanswered-augmentation verdict citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).augmentation.unanswered.sources, 'nextSteps', 'augmentation', 'unanswered')],
    ['the criteria-not-met verdict citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).augmentation.notMet.sources, 'nextSteps', 'augmentation', 'notMet')],
    [
      'the iron-loss advice shown on a finding the bundle lacks',
      (b: Json) => {
        ns(b).ironLoss.whenFinding = 'no-such-finding'
        return { path: at('nextSteps', 'ironLoss', 'whenFinding'), message: 'unknown finding id "no-such-finding"' }
      },
    ],
    ['the iron-loss advice waived by a finding the bundle lacks', (b: Json) => unknownFinding(ns(b).ironLoss.unless, 'nextSteps', 'ironLoss', 'unless')],
    ['an iron-loss step citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).ironLoss.steps[1].sources, 'nextSteps', 'ironLoss', 'steps', 1)],
    ['an iron product citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).ironProducts[1].sources, 'nextSteps', 'ironProducts', 1)],
    ['an iron recheck citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).ironRecheck[1].sources, 'nextSteps', 'ironRecheck', 1)],
    ['a referral criterion citing a source the bundle lacks', (b: Json) => unknownSource(ns(b).referral.criteria[1].sources, 'nextSteps', 'referral', 'criteria', 1)],
    [
      'the augmentation questions asked for a drug class the bundle lacks',
      (b: Json) => {
        const classes = ns(b).augmentation.medicationClasses
        classes.push('no-such-class')
        return { path: at('nextSteps', 'augmentation', 'medicationClasses', classes.length - 1), message: 'unknown medicationClass id "no-such-class"' }
      },
    ],
  ] as const)('%s is refused', (_name, breakIt) => {
    const { found, expected } = issuesAfter(breakIt)
    expect(found).toEqual([expected])
  })

  it('each broken next-step reference is named, also in the lists after the first', () => {
    const bundle = good()
    for (const step of ns(bundle).ironLoss.steps) step.sources.push('no-such-source')
    const found = findBrokenReferences(bundle as never)
    expect(found.map((issue) => issue.path.join('.'))).toEqual(
      ns(bundle).ironLoss.steps.map((step: Json, i: number) => `patientWorkup.nextSteps.ironLoss.steps.${i}.sources.${step.sources.length - 1}`),
    )
  })

  it('the broken reference reaches the clinician-facing refusal message', () => {
    expect(refusal((b) => (ns(b).ironLoss.whenFinding = 'no-such-finding'))).toContain('patientWorkup.nextSteps.ironLoss.whenFinding: unknown finding id "no-such-finding"')
    expect(refusal((b) => ns(b).augmentation.possibleWhen[0].push('no-such-question'))).toMatch(
      /patientWorkup\.nextSteps\.augmentation\.possibleWhen\[0\]\[\d+\]: unknown question id "no-such-question"/,
    )
  })

  it('a bundle without next steps, result boxes or lab-rule sources is still accepted', () => {
    const bundle = good()
    delete pw(bundle).nextSteps
    delete pw(bundle).resultLabs
    for (const rule of pw(bundle).labRules) delete rule.sources
    expect(findBrokenReferences(bundle as never)).toEqual([])
  })
})

describe('drug roles and chart codes: the refusal names every role and the exact entry', () => {
  const medicationIndex = (b: Json, id: string) => indexOf(b.medications, (m) => m.id === id)

  it('an RLS treatment that an editor also marks as triggering and worsening RLS is refused, naming both', () => {
    const bundle = good()
    const i = medicationIndex(bundle, 'pramipexole')
    bundle.medications[i].roles = ['rls treatment', 'triggers', 'worsens']
    expect(findBrokenReferences(bundle as never)).toEqual([{ path: ['medications', i, 'roles'], message: '"rls treatment" sits beside "triggers", "worsens"' }])
  })

  it('a benzodiazepine stripped of both its class’s roles is refused, naming both', () => {
    const bundle = good()
    const i = medicationIndex(bundle, 'clonazepam')
    bundle.medications[i].roles = ['worsens']
    bundle.medications[i].effect = 'worsens'
    expect(findBrokenReferences(bundle as never)).toEqual([
      { path: ['medications', i, 'roles'], message: 'lacks its class\'s role "withdrawal risk", "insufficient evidence"' },
    ])
  })

  it('a chart diagnosis code mapped to a finding the bundle lacks is refused', () => {
    const bundle = good()
    bundle.chartCodes.conditions[1].finding = 'no-such-finding'
    expect(findBrokenReferences(bundle as never)).toEqual([{ path: ['chartCodes', 'conditions', 1, 'finding'], message: 'unknown finding id "no-such-finding"' }])
  })

  it('a chart drug code mapped to a drug the bundle lacks is refused', () => {
    const bundle = good()
    bundle.chartCodes.medications[1].medication = 'no-such-drug'
    expect(findBrokenReferences(bundle as never)).toEqual([{ path: ['chartCodes', 'medications', 1, 'medication'], message: 'unknown medication id "no-such-drug"' }])
  })
})

describe('a drug class: only what is wrong is named', () => {
  it('a drug filed under a class the bundle lacks is refused for that alone, not also for lacking the class’s roles', () => {
    const bundle = good()
    bundle.medications[0].class = 'no-such-class'
    expect(findBrokenReferences(bundle as never)).toEqual([{ path: ['medications', 0, 'class'], message: 'unknown medicationClass id "no-such-class"' }])
  })

  it('a drug class without a classification line is accepted', () => {
    const bundle = good()
    for (const cls of bundle.medicationClasses) delete cls.classification
    expect(findBrokenReferences(bundle as never)).toEqual([])
  })
})
