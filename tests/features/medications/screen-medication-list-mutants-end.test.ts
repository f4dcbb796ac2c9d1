/**
 * The screener's answer for one line, rule by rule: headings and notes before any drug, lab results
 * and short names, what a matched drug or combination carries to the screen, night-time remedies,
 * forms applied where little reaches the blood, negated social history, the order a line's drugs are
 * shown in, and the reason a line is not a medication. Each test pins one answer a clinician would see
 * change if the rule were written slightly wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { DrugVocabulary } from '../../../src/data/drug-vocabulary-schema'
import { screenMedicationList, type ScreeningResult } from '../../../src/features/medications/screen-medication-list'
import { answerOf, contentWithoutClass, realScreeningContent } from './screening-answer'

const real = realScreeningContent()

const screen = (text: string) => screenMedicationList(text, real.bundle, real.vocabulary)
/** Screened before the drug vocabulary has loaded: the bundle's drugs only. */
const screenWithoutVocabulary = (text: string) => screenMedicationList(text, real.bundle)

/** The group a single line lands in, and what it says there in brief. */
const answer = (line: string, result: ScreeningResult = screen(line)): string[] => answerOf(result)

describe('a heading or a note is read before any drug on the line', () => {
  it.each([
    ['Allergies: codeine', 'note'],
    ['Medications: NKDA', 'note'],
    ['Past medical history', 'note'],
    ['Allergic to codeine', 'note'],
    ['Discharge medications:', 'heading'],
    ['Current medications', 'heading'],
    ['Morning:', 'heading'],
  ])('"%s" is a %s, not a drug the patient takes', (line, reason) => {
    expect(answer(line)).toEqual(['not a medication', reason])
  })

  it('after a medications heading the drug is read, quoted as written after the colon', () => {
    const flagged = screen('Meds: Reglan 10 mg').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.matchedAs])).toEqual([['metoclopramide', 'Reglan', ['US brand']]])
  })

  it('a drug name before a colon is the drug, not a heading', () => {
    expect(answer('Sertraline: 50 mg nocte')).toEqual(['flagged', 'sertraline'])
  })
})

describe('lab results and short names', () => {
  it('a lithium level means the patient takes lithium: flagged, marked as read from a result', () => {
    for (const line of ['Li 0.7 mmol/L', 'Lithium level 0.8']) {
      const match = screen(line).flagged[0]?.matches[0]
      expect(match?.medication.id).toBe('lithium-carbonate')
      expect(match?.fromLabResult).toBe(true)
    }
  })

  it('a drug on a medication line is not marked as read from a result', () => {
    const match = screen('Li 400 mg bd').flagged[0]?.matches[0]
    expect(match?.medication.id).toBe('lithium-carbonate')
    expect(match).not.toHaveProperty('fromLabResult')
  })

  it('a thyroid result is a lab result, not levothyroxine', () => {
    expect(answer('Free T4 1.2 pmol/L')).toEqual(['not a medication', 'lab result'])
  })

  it('a substance the body makes, taken as a drug, is still read on a medication line', () => {
    expect(answer('Thyroxine 100 micrograms mane')).toEqual(['flagged', 'levothyroxine'])
    expect(answer('Hydrocortisone 10 mg mane')).toEqual(['recognised', 'Hydrocortisone'])
  })

  it('a surname or a grade that spells a short drug name is not read as that drug', () => {
    expect(answer('Seen by Dr Li')).toEqual(['not recognised'])
    expect(answer('ASA grade 2')).toEqual(['not recognised'])
    expect(answer('ASA 81 mg daily')).toEqual(['recognised', 'Aspirin'])
  })

  it('a brand written alone, without a dose, is still read', () => {
    expect(answer('Xanax')).toEqual(['flagged', 'alprazolam'])
    expect(answer('Paxil')).toEqual(['flagged', 'paroxetine'])
  })

  it('a paracetamol level drawn in the evening is a result, not a night-time remedy', () => {
    expect(answer('Paracetamol PM level 15 mg/L')).toEqual(['recognised', 'Paracetamol (acetaminophen)'])
  })

  it('before the vocabulary loads, a short drug name on a dosed line is read and other drugs wait', () => {
    expect(answer('Li 400 mg bd', screenWithoutVocabulary('Li 400 mg bd'))).toEqual(['flagged', 'lithium-carbonate'])
    const sertraline = screenWithoutVocabulary('Sertraline 50 mg').flagged[0]?.matches[0]
    expect(sertraline?.medication.id).toBe('sertraline')
    expect(sertraline).not.toHaveProperty('fromLabResult')
    expect(screenWithoutVocabulary('\nMetformin 500 mg bd').notChecked).toStrictEqual([{ line: 'Metformin 500 mg bd', lineNumber: 2 }])
  })
})

describe('what a flagged drug carries to the screen', () => {
  it('the drug’s class, grade, roles, advice and alternatives come from the content', () => {
    const match = screen('Sertraline 50 mg').flagged[0]?.matches[0]
    const sertraline = real.bundle.medications.find((medication) => medication.id === 'sertraline')
    const ssris = real.bundle.medicationClasses.find((medicationClass) => medicationClass.id === sertraline?.class)
    expect(match?.className).toBe(ssris?.name)
    expect(match?.medicationClass).toBe(ssris)
    expect(match?.grade).toBe(sertraline?.grade)
    expect(match?.effect).toBe(sertraline?.effect)
    expect(match?.advice).toBe(sertraline?.advice)
    expect(match?.alternatives.length).toBeGreaterThan(0)
    expect(match).not.toHaveProperty('product')
    expect(match).not.toHaveProperty('ambiguous')
  })

  it('a drug named before a brand sold with other ingredients carries the brand’s warning', () => {
    const flagged = screen('Diphenhydramine 25 mg (Benadryl)').flagged[0]
    const benadryl = real.vocabulary.products.find((product) => product.id === 'benadryl-family')
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.ambiguous])).toEqual([['diphenhydramine', 'Diphenhydramine', benadryl?.ambiguous]])
    expect(benadryl?.ambiguous).toBeTruthy()
  })

  it('a drug named again after a combination that holds it carries no warning the combination lacks', () => {
    const match = screen('Tylenol PM, diphenhydramine 25 mg').flagged[0]?.matches[0]
    expect(match?.medication.id).toBe('diphenhydramine')
    expect(match?.product?.id).toBe('tylenol-pm')
    expect(match).not.toHaveProperty('ambiguous')
  })

  it('a combination of two listed drugs flags both and names nothing else', () => {
    const flagged = screen('Arlevert 1 tab tds').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.matchedAs, match.product?.id])).toEqual([
      ['cinnarizine', 'Arlevert', ['combination product'], 'arlevert'],
      ['dimenhydrinate', 'Arlevert', ['combination product'], 'arlevert'],
    ])
    expect(flagged?.alsoNamed).toEqual([])
  })
})

describe('a drug without a known association', () => {
  it('an ingredient is recognised under its own name, quoting the brand written', () => {
    const line = screen('Glucophage 500 mg').recognised[0]
    expect(line?.matches).toStrictEqual([
      { name: 'Metformin', matchedText: 'Glucophage', matchedAs: ['US brand', 'UK brand'], ingredients: ['Metformin'], ingredientIds: ['metformin'] },
    ])
    expect(line).not.toHaveProperty('form')
  })

  it('a combination is recognised with each of its ingredients', () => {
    expect(screen('Augmentin 625 mg tds').recognised[0]?.matches).toStrictEqual([
      {
        name: 'Co-amoxiclav',
        matchedText: 'Augmentin',
        matchedAs: ['combination product'],
        ingredients: ['Amoxicillin', 'Clavulanic acid'],
        ingredientIds: ['amoxicillin', 'clavulanic-acid'],
      },
    ])
  })

  it('a combination sold with different ingredients says what to check', () => {
    const gaviscon = real.vocabulary.products.find((product) => product.id === 'gaviscon')
    expect(screen('Gaviscon 10 mL qds').recognised[0]?.matches[0]?.ambiguous).toBe(gaviscon?.ambiguous)
    expect(gaviscon?.ambiguous).toBeTruthy()
  })

  /** The vocabulary without clavulanic acid and paracetamol: two combinations then hold an ingredient neither list knows. */
  const withUnknownIngredients = (): DrugVocabulary => ({
    ...real.vocabulary,
    ingredients: real.vocabulary.ingredients.filter((ingredient) => ingredient.id !== 'clavulanic-acid' && ingredient.id !== 'paracetamol'),
  })
  let shortVocabulary: DrugVocabulary
  beforeAll(() => {
    shortVocabulary = withUnknownIngredients()
  })

  it('a combination with an ingredient neither list knows is never read as reassuring', () => {
    const result = screenMedicationList('Augmentin 625 mg tds', real.bundle, shortVocabulary)
    expect(result.recognised).toEqual([])
    expect(result.flagged).toEqual([])
    expect(result.notRecognised.map((line) => line.line)).toEqual(['Augmentin 625 mg tds'])
  })

  it('a combination holding a listed drug is flagged even with an ingredient neither list knows', () => {
    expect(answer('Tylenol PM 2 caplets', screenMedicationList('Tylenol PM 2 caplets', real.bundle, shortVocabulary))).toEqual(['flagged', 'diphenhydramine'])
  })

  it('a recognised drug applied to the skin says so', () => {
    expect(screen('Metformin cream').recognised[0]?.form).toBe('cream')
  })
})

describe('a night-time remedy is read only when the line does not name its antihistamine', () => {
  it('a painkiller at night with diphenhydramine named is diphenhydramine, not a guess at the pack', () => {
    const flagged = screen('Paracetamol night with diphenhydramine 25 mg').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['diphenhydramine'])
    expect(flagged?.classMatches).toEqual([])
  })

  it('the antihistamine counts wherever it stands among the line’s drugs', () => {
    const flagged = screen('Sertraline 50 mg, diphenhydramine 25 mg, paracetamol night').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['sertraline', 'diphenhydramine'])
    expect(flagged?.classMatches).toEqual([])
  })

  it('a night-time painkiller alone says it usually holds a sedating antihistamine', () => {
    const flagged = screen('Acetaminophen PM').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText, match.mayContain])).toEqual([
      ['sedating-antihistamines', 'Acetaminophen PM', real.vocabulary.chartNoise.nightRemedies.answer],
    ])
    expect(flagged?.roles).toEqual(flagged?.classMatches[0]?.roles)
  })

  it('a night-time painkiller that names its antihistamine by stem is read once, by the name', () => {
    const flagged = screen('Acetaminophen PM with pheniramine').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText, match.mayContain])).toEqual([['sedating-antihistamines', 'pheniramine', undefined]])
  })

  it('content without the sedating antihistamine class reads a night-time painkiller as the painkiller, and its drugs under their class id', () => {
    const content = contentWithoutClass(real.bundle, 'sedating-antihistamines')
    expect(answer('Acetaminophen PM', screenMedicationList('Acetaminophen PM', content, real.vocabulary))).toEqual(['recognised', 'Paracetamol (acetaminophen)'])
    const match = screenMedicationList('Diphenhydramine 25 mg', content, real.vocabulary).flagged[0]?.matches[0]
    expect([match?.medicationClass, match?.className]).toEqual([undefined, 'sedating-antihistamines'])
  })
})

describe('a drug applied where little reaches the blood keeps its roles but is not counted as a cause', () => {
  it('promethazine cream is marked, on the drug and on the line', () => {
    const flagged = screen('Promethazine cream').flagged[0]
    expect(flagged?.form).toBe('cream')
    expect(flagged?.matches[0]?.littleSystemicExposure).toBe(true)
    expect(flagged?.littleSystemicExposure).toBe(true)
  })

  it('doxepin cream is absorbed enough to stay counted, so a line with it is not marked', () => {
    const flagged = screen('Doxepin and promethazine cream').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.littleSystemicExposure])).toEqual([
      ['doxepin', undefined],
      ['promethazine', true],
    ])
    expect(flagged).not.toHaveProperty('littleSystemicExposure')
  })

  it('a beta-blocker read by its stem in eye drops is marked too', () => {
    const flagged = screen('Timolol 0.5% eye drops').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.littleSystemicExposure])).toEqual([['beta-blockers', true]])
    expect(flagged?.littleSystemicExposure).toBe(true)
  })

  it('a patch is shown but still counted', () => {
    const flagged = screen('Rotigotine 2 mg patch').flagged[0]
    expect(flagged?.form).toBe('patch')
    expect(flagged?.matches[0]).not.toHaveProperty('littleSystemicExposure')
    expect(flagged).not.toHaveProperty('littleSystemicExposure')
  })

  it('a line naming no form shows none', () => {
    const flagged = screen('Sertraline 50 mg').flagged[0]
    expect(flagged).not.toHaveProperty('form')
    expect(flagged).not.toHaveProperty('littleSystemicExposure')
  })
})

describe('a negation makes a substance social history only when nothing else on the line is taken', () => {
  it('"Alcohol: none" is social history', () => {
    expect(answer('Alcohol: none')).toEqual(['not a medication', 'social history'])
  })

  it('coffee taken is flagged', () => {
    expect(answer('Coffee 3 cups a day')).toEqual(['flagged', 'caffeine-substance'])
  })

  it('a stopped drug beside the coffee does not hide the coffee', () => {
    expect(answer('Metformin stopped; coffee 3 cups a day')).toEqual(['flagged', 'caffeine-substance'])
  })

  it('a listed drug beside a stopped substance is flagged', () => {
    expect(answer('Stopped caffeine, sertraline 50 mg')).toEqual(['flagged', 'caffeine-substance', 'sertraline'])
  })

  it('a stopped benzodiazepine read by its stem is flagged: stopping it can provoke RLS', () => {
    const flagged = screen('Stopped bromazepam').flagged[0]
    expect(flagged?.classMatches.map((match) => match.medicationClass.id)).toEqual(['benzodiazepine-withdrawal'])
    expect(flagged?.roles).toContain('withdrawal risk')
  })
})

describe('the drugs on a flagged line', () => {
  it('a drug that can worsen RLS is shown before an RLS treatment written first', () => {
    expect(answer('Pramipexole 0.25 mg and sertraline 50 mg')).toEqual(['flagged', 'sertraline', 'pramipexole'])
  })

  it('the line’s roles gather its drugs’ and its stem-read classes’ roles, in display order', () => {
    const flagged = screen('Sertraline 50 mg and bromazepam 3 mg').flagged[0]
    expect(flagged?.roles).toEqual(['worsens', 'withdrawal risk', 'insufficient evidence'])
  })

  it('a line with only a stem-read drug is flagged', () => {
    expect(answer('Bromazepam 3 mg nocte')).toEqual(['flagged', 'benzodiazepine-withdrawal'])
  })
})

describe('why a line without a drug is not a medication', () => {
  it.each([
    ['BP 120/80', 'vital sign'],
    ['Ferritin 45 ug/L', 'lab result'],
    ['Walking stick', 'device or supply'],
    ['Lithium battery', 'device or supply'],
    ['Alcohol prep', 'device or supply'],
    ['12/03/2024', 'date or number'],
  ])('"%s" is a %s', (line, reason) => {
    expect(answer(line)).toEqual(['not a medication', reason])
  })

  it('a misspelt drug is not recognised, with the name it is close to', () => {
    const line = screen('Sertralin 50 mg').notRecognised[0]
    expect(line?.suggestions.map((suggestion) => suggestion.name)).toContain('Sertraline')
  })
})

describe('a word that is a drug only with a dose (the bundle’s matchOnDoseLine)', () => {
  it('"Iron 200 mg od" is oral iron, read by the word as written, an alias', () => {
    const flagged = screen('Iron 200 mg od').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.matchedAs])).toEqual([['oral-iron-salt-not-stated', 'Iron', ['alias']]])
  })

  it('"iron" on a line without a dose, route or frequency is not the drug', () => {
    expect(answer('Iron anaemia')).toEqual(['not recognised'])
    expect(answer('Iron')).toEqual(['not recognised'])
    // Named as a lack, it is the patient's condition (the vocabulary's condition words).
    expect(answer('Iron deficiency anaemia')).toEqual(['not a medication', 'note'])
  })

  it('a dose-line name of two words is held to the same rule as a one-word name', () => {
    const bundle = {
      ...real.bundle,
      medications: real.bundle.medications.map((medication) =>
        medication.id === 'oral-iron-salt-not-stated' ? { ...medication, matchOnDoseLine: ['iron', 'iron store'] } : medication,
      ),
    }
    const screenWith = (line: string) => answerOf(screenMedicationList(line, bundle, real.vocabulary))
    expect(screenWith('Iron store')).not.toContain('flagged')
    expect(screenWith('Iron store 200 mg od')).toEqual(['flagged', 'oral-iron-salt-not-stated'])
  })
})

describe('two names of the same letters, parted differently', () => {
  it('each is found as written: a spaced alias of a one-word name does not take the one-word name’s parting', () => {
    // A content editor adds the way a chart splits a name ("Pro chlorperazine", "Stem etil") beside the name itself.
    const bundle = {
      ...real.bundle,
      medications: real.bundle.medications.map((medication) =>
        medication.id === 'prochlorperazine' ? { ...medication, aliases: [...medication.aliases, 'pro chlorperazine', 'stem etil'] } : medication,
      ),
    }
    const screenWith = (line: string) => answerOf(screenMedicationList(line, bundle, real.vocabulary))
    for (const line of ['Prochlorperazine 5 mg tds', 'Pro chlorperazine 5 mg tds', 'Stemetil 5 mg tds', 'Stem etil 5 mg tds']) {
      expect(screenWith(line), line).toEqual(['flagged', 'prochlorperazine'])
    }
  })
})
