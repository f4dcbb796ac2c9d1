/**
 * The screener's rules at their edges: which drug a line is read as when names overlap, which
 * separators keep a brand beside an ingredient, when a night word makes a painkiller a night-time
 * remedy, when a name is read by its class's stem, and in which order a line's drugs are shown.
 * Each test pins one answer a clinician would see change if the rule were written slightly wrong.
 */
import { describe, expect, it } from 'vitest'
import type { Medication, MedicationClass } from '../../../src/data/bundle-schema'
import { screenMedicationList, type ScreeningContent } from '../../../src/features/medications/screen-medication-list'
import { buildScreenerBeforeTests } from './screening-answer'
import { shippedBundle, shippedVocabulary } from '../../shipped-content'

const bundle = shippedBundle()
const vocabulary = shippedVocabulary()
buildScreenerBeforeTests(() => [bundle, vocabulary])
const screen = (text: string) => screenMedicationList(text, bundle, vocabulary)

/** The shipped medications and classes, with `edit` applied to a copy. */
function editedContent(edit: (content: { medications: Medication[]; medicationClasses: MedicationClass[] }) => void): ScreeningContent {
  const content = structuredClone({ medications: bundle.medications, medicationClasses: bundle.medicationClasses })
  edit(content)
  return content
}

/** The drugs and classes read on a single flagged line, in the order shown. */
function readAs(line: string): string[] {
  const flagged = screen(line).flagged[0]
  return [...(flagged?.matches.map((match) => match.medication.id) ?? []), ...(flagged?.classMatches.map((match) => match.medicationClass.id) ?? [])]
}

describe('a night word makes a painkiller a night-time remedy only when it is not a time of dosing', () => {
  it.each(['Night paracetamol 1 g', 'Nighttime ibuprofen 400 mg', 'Sleep paracetamol 500 mg'])('"%s" may hold a sedating antihistamine', (line) => {
    expect(readAs(line)).toEqual(['sedating-antihistamines'])
  })

  it.each([
    ['At night paracetamol 1 g', 'Paracetamol (acetaminophen)'],
    ['Every night ibuprofen 400 mg', 'Ibuprofen'],
    ['Each night paracetamol 1 g', 'Paracetamol (acetaminophen)'],
    ['Max 4 g per night paracetamol', 'Paracetamol (acetaminophen)'],
    ['Before sleep paracetamol 1 g', 'Paracetamol (acetaminophen)'],
    ['Through the night paracetamol 1 g', 'Paracetamol (acetaminophen)'],
    ['Once in PM paracetamol 500 mg', 'Paracetamol (acetaminophen)'],
    ['By night paracetamol 1 g', 'Paracetamol (acetaminophen)'],
  ])('"%s" is the plain painkiller taken at night', (line, painkiller) => {
    const result = screen(line)
    expect(result.flagged).toEqual([])
    expect(result.recognised.map((recognised) => recognised.matches.map((match) => match.name))).toEqual([[painkiller]])
  })

  it('quotes the words that make it a night-time remedy, whichever comes first', () => {
    expect(screen('Acetaminophen PM 2 caplets qhs').flagged[0]?.classMatches[0]?.matchedText).toBe('Acetaminophen PM')
    expect(screen('Take night-time cold and flu 20 mL').flagged[0]?.classMatches[0]?.matchedText).toBe('night-time cold and flu')
    expect(screen('Paracetamol Night 500 mg').flagged[0]?.classMatches[0]?.matchedText).toBe('Paracetamol Night')
  })

  it('a night-time remedy that names its antihistamine by stem is read once, by the name', () => {
    const flagged = screen('Acetaminophen PM with pheniramine').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText, match.mayContain])).toEqual([['sedating-antihistamines', 'pheniramine', undefined]])
  })

  it('a night word two words away from the painkiller is not a night-time remedy', () => {
    expect(readAs('Paracetamol 1 g night')).toEqual([])
    expect(readAs('Night dose paracetamol')).toEqual([])
  })
})

describe('a name no list gives is read by its class’s stem', () => {
  it('a stem that is itself a drug’s name, eight letters long, is read ("perazine", an antipsychotic)', () => {
    const flagged = screen('Perazine 100 mg nocte').flagged[0]
    expect(flagged?.matches).toEqual([])
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.stem, match.matchedText])).toEqual([['antipsychotics', 'perazine', 'Perazine']])
  })

  it('two unlisted members of one class on a line are read as that class once, quoting the first', () => {
    const flagged = screen('Bromazepam 3 mg, then cloxazolam 1 mg').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.matchedText])).toEqual([['benzodiazepine-withdrawal', 'Bromazepam']])
  })

  it('unlisted members of two classes on a line are each read', () => {
    expect(readAs('Bromazepam 3 mg + perazine 100 mg')).toEqual(['benzodiazepine-withdrawal', 'antipsychotics'])
  })

  it('a listed drug whose name ends in a stem is read as itself, not also as its class', () => {
    expect(readAs('Oxazepam 10 mg')).toEqual(['oxazepam'])
  })
})

describe('the drugs of one line are shown trigger first, then by role', () => {
  it('a trigger written after an RLS treatment is shown first, and the line is grouped as a trigger', () => {
    const flagged = screen('Ropinirole 0.5 mg + sertraline 50 mg').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['sertraline', 'ropinirole'])
    expect(flagged?.roles).toEqual(['worsens', 'rls treatment'])
  })

  it('a withdrawal risk is shown before a weak report, whatever the order written', () => {
    expect(readAs('Propranolol 10 mg + clonazepam 0.5 mg')).toEqual(['clonazepam', 'propranolol'])
    expect(readAs('Clonazepam 0.5 mg + propranolol 10 mg')).toEqual(['clonazepam', 'propranolol'])
  })
})

describe('a brand beside an ingredient: a list keeps both, words and brackets make the ingredient the product', () => {
  it.each(['Benadryl and cetirizine', 'Benadryl AND cetirizine', 'Benadryl with cetirizine', 'Benadryl plus cetirizine', 'Benadryl, cetirizine', 'Benadryl; cetirizine', 'Benadryl + cetirizine', 'Benadryl & cetirizine', 'Benadryl / cetirizine', 'Benadryl 25 mg cetirizine'])(
    '"%s" names both: Benadryl stays a possible diphenhydramine',
    (line) => {
      expect(readAs(line)).toContain('diphenhydramine')
    },
  )

  it.each(['Benadryl Allergy (cetirizine)', 'Benadryl Standard cetirizine', 'Benadryl Handy Pack (cetirizine)', 'Benadryl Brand (cetirizine)', 'Benadryl Andrews (cetirizine)', 'Benadryl Withers (cetirizine)'])('"%s" is cetirizine alone', (line) => {
    const result = screen(line)
    expect(result.flagged).toEqual([])
    expect(result.recognised[0]?.matches.map((match) => match.name)).toEqual(['Cetirizine'])
  })
})

describe('a drug named twice on a line is one drug', () => {
  it('a drug without association named by generic and brand is one recognised drug, quoted as first written', () => {
    expect(screen('Metformin 500 mg (Glucophage)').recognised[0]?.matches.map((match) => [match.name, match.matchedText])).toEqual([['Metformin', 'Metformin']])
  })

  it('a shared brand qualified by the ingredient it is here names only that ingredient ("Benadryl (diphenhydramine)")', () => {
    const flagged = screen('Benadryl (diphenhydramine) 25 mg').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.ambiguous])).toEqual([['diphenhydramine', 'Benadryl', undefined]])
    expect(flagged?.alsoNamed).toEqual([])
  })

  it('"Unisom (doxylamine)" is doxylamine alone, not also the diphenhydramine other Unisom products hold', () => {
    const flagged = screen('Unisom (doxylamine) 25 mg nocte').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.ambiguous])).toEqual([['doxylamine', undefined]])
    // Without the ingredient the line may be either: both are named, with what to check.
    expect(screen('Unisom 25 mg nocte').flagged[0]?.matches.map((match) => [match.medication.id, Boolean(match.ambiguous)])).toEqual([
      ['doxylamine', true],
      ['diphenhydramine', true],
    ])
  })

  it('a listed drug written twice is not also read by its class’s stem the second time', () => {
    const flagged = screen('Lorazepam 1 mg mane, lorazepam 2 mg nocte').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['lorazepam'])
    expect(flagged?.classMatches).toEqual([])
  })
})

describe('alternatives', () => {
  it('an alternative both the drug and its class give is offered once, in the drug’s place', () => {
    const sertraline = bundle.medications.find((medication) => medication.id === 'sertraline')!
    const ssris = bundle.medicationClasses.find((medicationClass) => medicationClass.id === sertraline.class)!
    const shared = ssris.alternatives[0]!
    const content = editedContent((edited) => {
      edited.medications.find((medication) => medication.id === 'sertraline')!.alternatives.push(shared)
    })
    const alternatives = screenMedicationList('Sertraline 50 mg', content, vocabulary).flagged[0]?.matches[0]?.alternatives.map((alternative) => alternative.text)
    expect(alternatives).toEqual([...sertraline.alternatives, ...ssris.alternatives].map((alternative) => alternative.text))
    expect(alternatives?.filter((text) => text === shared.text)).toHaveLength(1)
  })
})

describe('each line is answered once', () => {
  it('the same line twice in a list gets the same answer under each number', () => {
    const result = screen('Sertraline 50 mg\nSertraline 50 mg')
    expect(result.flagged.map((line) => line.lineNumber)).toEqual([1, 2])
    expect(result.flagged[1]).toEqual({ ...result.flagged[0], lineNumber: 2 })
  })
})


describe('headings and notes are not screened as drugs', () => {
  it('a medication heading alone, with or without its colon, is a heading', () => {
    for (const line of ['Current medications', 'Discharge meds', 'Meds:', 'Current medications:   ']) {
      expect(screen(line).notMedication.map((entry) => entry.reason), line).toEqual(['heading'])
    }
  })

  it('a line ending in a colon is a heading, even one the lists do not name', () => {
    expect(screen('Sleep aids:').notMedication.map((entry) => entry.reason)).toEqual(['heading'])
  })

  it('another section’s heading alone is a note, and a drug under it is not screened', () => {
    expect(screen('Allergies').notMedication.map((entry) => entry.reason)).toEqual(['note'])
    expect(screen('PMH: overdose of sertraline 2019').notMedication.map((entry) => entry.reason)).toEqual(['note'])
  })

  it('a drug after a medication heading’s colon is screened', () => {
    expect(readAs('Meds: sertraline 50 mg')).toEqual(['sertraline'])
    expect(screen('Meds: sertraline 50 mg').flagged[0]?.matches[0]?.matchedText).toBe('sertraline')
  })
})

describe('a body substance is a drug on a medication line and a result on a lab line', () => {
  it('"T4 100 micrograms od" is levothyroxine; "Free T4 14" is a result', () => {
    expect(readAs('T4 100 micrograms od')).toEqual(['levothyroxine'])
    expect(screen('Free T4 14 pmol/L').notMedication.map((entry) => entry.reason)).toEqual(['lab result'])
  })

  it('a short name on a line that does not read as a medication is not a drug ("DPH" alone), with a dose it is', () => {
    expect(screen('DPH').flagged).toEqual([])
    expect(readAs('DPH 25 mg')).toEqual(['diphenhydramine'])
  })
})

describe('combination products and shared brand names', () => {
  it('a product whose every ingredient the content lists names no other drug ("Sominex": diphenhydramine or promethazine)', () => {
    const flagged = screen('Sominex 20 mg').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['diphenhydramine', 'promethazine'])
    expect(flagged?.alsoNamed).toEqual([])
    const ambiguous = vocabulary.products.find((product) => product.id === 'sominex')?.ambiguous
    expect(ambiguous).toBeTruthy()
    for (const match of flagged?.matches ?? []) expect(match.ambiguous).toBe(ambiguous)
  })

  it('the drug a line names is told when a product on the same line may be it or another drug', () => {
    const flagged = screen('Diphenhydramine 50 mg (Sominex)').flagged[0]
    const ambiguous = vocabulary.products.find((product) => product.id === 'sominex')?.ambiguous
    expect(flagged?.matches.map((match) => [match.medication.id, match.matchedText, match.ambiguous])).toEqual([
      ['diphenhydramine', 'Diphenhydramine', ambiguous],
      ['promethazine', 'Sominex', ambiguous],
    ])
  })

  it('a shared brand keeps its other, unlisted ingredients beside it, with what to check', () => {
    const flagged = screen('Benadryl 25 mg').flagged[0]
    const benadryl = vocabulary.products.find((product) => product.id === 'benadryl-family')
    expect(flagged?.alsoNamed).toEqual([
      {
        name: benadryl?.name,
        matchedText: 'Benadryl',
        matchedAs: ['combination product'],
        ingredients: ['Acrivastine', 'Cetirizine'],
        ingredientIds: ['acrivastine', 'cetirizine'],
        ambiguous: benadryl?.ambiguous,
      },
    ])
  })

  it('a product holding an ingredient neither list knows is never reassuring', () => {
    const edited = {
      ...vocabulary,
      products: [...vocabulary.products, { ...vocabulary.products.find((product) => product.ingredients.length === 2 && product.ingredients.every((id) => vocabulary.ingredients.some((i) => i.id === id)))!, id: 'mystery', name: 'Mysterion', otherNames: [], ingredients: ['metformin', 'not-a-listed-drug'] }],
    }
    const result = screenMedicationList('Mysterion 10 mg', bundle, edited)
    expect(result.recognised).toEqual([])
    expect(result.notRecognised.map((line) => line.line)).toEqual(['Mysterion 10 mg'])
  })
})

describe('the route and form a line names', () => {
  it('a drug without association in eye drops is recognised, with its form', () => {
    expect(screen('Chloramphenicol eye drops').recognised).toEqual([
      expect.objectContaining({ line: 'Chloramphenicol eye drops', form: 'eye drops' }),
    ])
  })

  it('a class member read by its stem in eye drops keeps its roles but is not counted, nor is the line', () => {
    const flagged = screen('Pheniramine eye drops').flagged[0]
    expect(flagged?.classMatches.map((match) => [match.medicationClass.id, match.littleSystemicExposure])).toEqual([['sedating-antihistamines', true]])
    expect(flagged?.littleSystemicExposure).toBe(true)
    expect(flagged?.form).toBe('eye drops')
  })

  it('a cream line with one drug absorbed through the skin still counts: the line is not marked little exposure', () => {
    const flagged = screen('Doxepin and diphenhydramine cream').flagged[0]
    expect(flagged?.matches.map((match) => [match.medication.id, match.littleSystemicExposure ?? false])).toEqual([
      ['doxepin', false],
      ['diphenhydramine', true],
    ])
    expect(flagged?.littleSystemicExposure).toBeUndefined()
  })
})

describe('social history', () => {
  it('a negated substance beside a drug still flags the drug', () => {
    expect(readAs('No alcohol, sertraline 50 mg')).toEqual(['sertraline'])
  })

  it('a negated line naming an unknown drug still asks to check the spelling', () => {
    expect(screen('Stopped xyzzyl 10 mg').notRecognised.map((line) => line.line)).toEqual(['Stopped xyzzyl 10 mg'])
  })
})

describe('a brand is read without its release or pack suffix', () => {
  it('"Nurtec" is the vocabulary’s Nurtec ODT (rimegepant)', () => {
    expect(screen('Nurtec 75 mg prn').recognised[0]?.matches.map((match) => match.name)).toEqual(['Rimegepant'])
  })

  it.each([
    ['Zolamin MR', 'Zolamin 50 mg od'],
    ['Zolamin DR', 'Zolamin 50 mg od'],
    ['Zolamin Retard', 'Zolamin 50 mg od'],
    ['Zolamin XR', 'Zolamin 50 mg od'],
    ['Zolamin LA', 'Zolamin 50 mg od'],
    ['Zolamin HB', 'Zolamin 50 mg od'],
    ['Zolamin ODT', 'Zolamin 50 mg od'],
    ['Zolamin SleepTabs', 'Zolamin 50 mg od'],
  ])('a brand the content writes "%s" is found on "%s"', (brand, line) => {
    const content = editedContent((edited) => {
      edited.medications.find((medication) => medication.id === 'sertraline')!.brands.uk = [brand]
    })
    expect(screenMedicationList(line, content, vocabulary).flagged[0]?.matches.map((match) => [match.medication.id, match.matchedAs])).toEqual([['sertraline', ['UK brand']]])
  })

  it('a brand of two words keeps its two words when the suffix is dropped ("Zola Min XL" is found on "Zola Min 50 mg")', () => {
    const content = editedContent((edited) => {
      edited.medications.find((medication) => medication.id === 'sertraline')!.brands.uk = ['Zola Min XL']
    })
    expect(screenMedicationList('Zola Min 50 mg', content, vocabulary).flagged[0]?.matches.map((match) => match.medication.id)).toEqual(['sertraline'])
  })

  it('a generic name is not shortened: a drug named with a release word is found only whole', () => {
    const content = editedContent((edited) => {
      edited.medications.find((medication) => medication.id === 'sertraline')!.aliases = ['zolamin retard']
    })
    expect(screenMedicationList('Zolamin 50 mg od', content, vocabulary).flagged).toEqual([])
    expect(screenMedicationList('Zolamin retard 50 mg od', content, vocabulary).flagged[0]?.matches.map((match) => match.medication.id)).toEqual(['sertraline'])
  })
})

describe('names are whole words, and the longer name wins', () => {
  it('a name split by a space the name does not have is not the name', () => {
    expect(screen('Zo loft 50 mg').flagged).toEqual([])
    expect(screen('Sert raline 50 mg').flagged).toEqual([])
  })

  it('"isopropyl alcohol" on a swab is not the alcohol the patient drinks', () => {
    expect(readAs('Isopropyl alcohol 70% swabs')).toEqual([])
    expect(readAs('Alcohol 2 units per week')).toEqual(['alcohol-substance'])
  })

  it('two combination products on one line are each read', () => {
    const flagged = screen('Tylenol PM and Augmentin 625 mg').flagged[0]
    expect(flagged?.matches.map((match) => match.medication.id)).toEqual(['diphenhydramine'])
    expect(flagged?.alsoNamed.map((named) => named.name)).toEqual(['Tylenol PM', 'Co-amoxiclav'])
  })

  it('a brand of a drug without association, qualified by its own generic name, is quoted as the brand', () => {
    expect(screen('Tylenol (acetaminophen) 500 mg').recognised[0]?.matches.map((match) => [match.name, match.matchedText])).toEqual([['Paracetamol (acetaminophen)', 'Tylenol']])
  })

  it('a drug the content lists and an unlisted class member on one line are both read', () => {
    expect(readAs('Sertraline 50 mg + bromazepam 3 mg')).toEqual(['sertraline', 'benzodiazepine-withdrawal'])
  })

  it('a stem alone, or a word hardly longer than it, is not a drug name ("Adol", "Xadol"); two letters more is ("Ixadol")', () => {
    expect(readAs('Adol 500 mg')).toEqual([])
    expect(readAs('Xadol 500 mg')).toEqual([])
    expect(screen('Ixadol 50 mg').flagged[0]?.classMatches.map((match) => [match.medicationClass.id, match.stem])).toEqual([['opioid-withdrawal', 'adol']])
  })
})

describe('short names and drug levels', () => {
  it('"Li 0.7 mmol/L" is a lithium level: the patient takes lithium', () => {
    const match = screen('Li 0.7 mmol/L').flagged[0]?.matches[0]
    expect([match?.medication.id, match?.fromLabResult]).toEqual(['lithium-carbonate', true])
  })

  it('a level of a drug read by its stem is flagged as its class: "Bromazepam level 120 ng/mL" is a benzodiazepine the patient takes', () => {
    const classMatches = (text: string) =>
      screen(text).flagged[0]?.classMatches.map((match) => [match.medicationClass.id, match.stem, match.fromLabResult ?? 'taken'])
    expect(classMatches('Bromazepam level 120 ng/mL')).toEqual([['benzodiazepine-withdrawal', 'azepam', true]])
    expect(classMatches('Etizolam level 12 ng/mL')).toEqual([['benzodiazepine-withdrawal', 'zolam', true]])
    // The same name on a prescription line is a drug taken, not a result.
    expect(classMatches('Bromazepam 3 mg nocte')).toEqual([['benzodiazepine-withdrawal', 'azepam', 'taken']])
    // A body substance in a result is still a result.
    expect(screen('Ferritin 20 ug/L').flagged).toEqual([])
  })

  it('before the vocabulary has loaded, "Li 400 mg bd" is already lithium', () => {
    expect(screenMedicationList('Li 400 mg bd', bundle).flagged[0]?.matches.map((match) => match.medication.id)).toEqual(['lithium-carbonate'])
  })
})

describe('a drug is shown with the standing the content gives it', () => {
  it('a drug whose class the content does not list keeps its own alternatives and shows its class id', () => {
    const sertraline = bundle.medications.find((medication) => medication.id === 'sertraline')!
    const content = editedContent((edited) => {
      edited.medicationClasses = edited.medicationClasses.filter((medicationClass) => medicationClass.id !== sertraline.class)
    })
    const match = screenMedicationList('Sertraline 50 mg', content, vocabulary).flagged[0]?.matches[0]
    expect(match?.medicationClass).toBeUndefined()
    expect(match?.className).toBe(sertraline.class)
    expect(match?.alternatives).toEqual(sertraline.alternatives)
  })

  it('a topical drug with little exposure is shown after a drug that counts as a cause, whatever the order written', () => {
    expect(readAs('Diphenhydramine and doxepin cream')).toEqual(['doxepin', 'diphenhydramine'])
  })

  it('a night word beside a drug that is not a painkiller is a time of dosing ("Metformin PM")', () => {
    const result = screen('Metformin PM 500 mg')
    expect(result.flagged).toEqual([])
    expect(result.recognised[0]?.matches.map((match) => match.name)).toEqual(['Metformin'])
  })
})

describe('a long session', () => {
  it('a list longer than the 20,000 lines remembered is still answered, the first line screened afresh with the same answer', () => {
    // A copy of the content: a matcher of its own, with no line remembered yet.
    const content = editedContent(() => {})
    const screenCopy = (text: string) => screenMedicationList(text, content, vocabulary)
    const lines = Array.from({ length: 20_001 }, (_, index) => `Metformin ${index + 1} mg`)
    const all = screenCopy(lines.slice(0, 20_000).join('\n')).recognised
    expect(all).toHaveLength(20_000)
    // 20,000 lines remembered: the first is answered from memory.
    expect(screenCopy(lines[0]!).recognised[0]).toBe(all[0])
    // One more: the remembered answers are dropped, and the first line is screened again, to the same answer.
    expect(screenCopy(lines[20_000]!).recognised).toHaveLength(1)
    const again = screenCopy(lines[0]!).recognised[0]
    expect(again).not.toBe(all[0])
    expect(again).toEqual(all[0])
  })
})
