/**
 * The next clinical steps at the edges the walk through `assessPatient` leaves open (found by
 * mutation testing, `npm run mutation`): each decision of `next-steps.ts` called directly with
 * the real bundle's rules, on both sides of its condition, and the chart-note line each answer
 * writes.
 */
import { describe, expect, it } from 'vitest'
import {
  assessSeverity,
  checkAugmentation,
  nextStepsFor,
  nextStepsNoteLines,
  whereTheIronWent,
  whichIron,
  type NextStepAnswers,
  type NextStepContext,
  type NextStepsResult,
} from '../../../src/features/patient/next-steps'
import { interpretIronStudies, type IronStudiesInput } from '../../../src/features/workup/interpret-iron-studies'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const rules = bundle.patientWorkup.nextSteps!
const findingsById = new Map(bundle.patientWorkup.findings.map((finding) => [finding.id, finding]))
const finding = (id: string) => {
  const found = findingsById.get(id)
  if (!found) throw new Error(`no finding ${id} in the bundle`)
  return found
}
const iron = (input: IronStudiesInput = {}) => interpretIronStudies(input, bundle.ironRules)
const context = (over: Partial<NextStepContext> = {}): NextStepContext => ({ findings: [], drugs: [], iron: iron(), ...over })
const steps = (over: Partial<NextStepContext> = {}, answers: NextStepAnswers = {}): NextStepsResult => {
  const result = nextStepsFor(bundle, context(over), answers)
  if (!result) throw new Error('the bundle has next steps')
  return result
}
const pramipexole = { name: 'Pramipexole', classId: 'dopaminergic-augmentation', augmentation: false }
const labelOf = (id: string) => rules.augmentation.questions.find((q) => q.id === id)!.label

describe('how often and how distressing: one answer given', () => {
  it('mild distress alone already means not clinically significant; the frequency is "not asked"', () => {
    expect(assessSeverity(rules.severity, { rlsDistress: 'mild' })).toEqual({
      status: 'not-significant',
      line: { text: rules.severity.notSignificant.text, sources: rules.severity.notSignificant.sources, unconfirmed: rules.severity.notSignificant.unconfirmed },
      frequency: 'not asked',
      distress: 'Mildly: little effect on sleep or the day',
    })
  })

  it('less than weekly alone already means not clinically significant; the distress is "not asked"', () => {
    expect(assessSeverity(rules.severity, { rlsFrequency: 'less-than-weekly' })).toMatchObject({
      status: 'not-significant',
      frequency: 'Less than once a week',
      distress: 'not asked',
    })
  })

  it('severe distress alone cannot decide: the frequency is still to ask, and only the distress is carried', () => {
    expect(assessSeverity(rules.severity, { rlsDistress: 'severe' })).toStrictEqual({ status: 'partial', text: rules.severity.unanswered, distress: 'Severely' })
    expect(assessSeverity(rules.severity, { rlsFrequency: 'more-than-twice-weekly' })).toStrictEqual({
      status: 'partial',
      text: rules.severity.unanswered,
      frequency: 'More than twice a week',
    })
  })

  it('an answer id the bundle does not know counts as not answered', () => {
    expect(assessSeverity(rules.severity, { rlsFrequency: 'daily', rlsDistress: 'unbearable' })).toEqual({ status: 'unanswered', text: rules.severity.unanswered })
  })

  it('a line whose unconfirmed list is empty is shown as confirmed; a line with one keeps it', () => {
    const edited = structuredClone(rules.severity)
    edited.significant.unconfirmed = []
    const significant = assessSeverity(edited, { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'severe' })
    expect(significant).toMatchObject({ status: 'significant' })
    expect('line' in significant && significant.line).not.toHaveProperty('unconfirmed')
    const notSignificant = assessSeverity(edited, { rlsFrequency: 'once-or-twice-weekly', rlsDistress: 'severe' })
    expect('line' in notSignificant && notSignificant.line.unconfirmed).toEqual(rules.severity.notSignificant.unconfirmed)
  })
})

describe('the augmentation check', () => {
  it('a drug whose reported effect is augmentation asks the questions even outside the dopaminergic class', () => {
    const check = checkAugmentation(bundle, rules.augmentation, context({ drugs: [{ name: 'Tramadol', classId: 'opioid', augmentation: true }] }), {})
    expect(check).toMatchObject({ status: 'unanswered', because: ['Tramadol'], answered: [], management: [] })
  })

  it('a drug neither dopaminergic nor reported to augment asks nothing', () => {
    expect(checkAugmentation(bundle, rules.augmentation, context({ drugs: [{ name: 'Sertraline', classId: 'ssri', augmentation: false }] }), { augmentationAnswers: ['earlier-4h'] })).toEqual({
      status: 'not-applicable',
    })
  })

  it('names each reason once: the drug and the ticked finding, in that order', () => {
    const check = checkAugmentation(
      bundle,
      rules.augmentation,
      context({ drugs: [pramipexole, pramipexole], findings: [finding('dopaminergic-treatment'), finding('pregnant')] }),
      {},
    )
    expect(check).toMatchObject({ because: ['Pramipexole', finding('dopaminergic-treatment').label] })
  })

  it('answers the bundle does not ask are ignored: they neither make augmentation possible nor count as answered', () => {
    const check = checkAugmentation(bundle, rules.augmentation, context({ drugs: [pramipexole] }), { augmentationAnswers: ['no-such-question'] })
    expect(check).toMatchObject({ status: 'unanswered', answered: [], line: { text: rules.augmentation.unanswered.text } })
  })

  it('the answers are listed as the form words them, in the form’s order', () => {
    const check = checkAugmentation(bundle, rules.augmentation, context({ drugs: [pramipexole] }), { augmentationAnswers: ['spread', 'earlier-2-4h'] })
    expect(check).toMatchObject({ status: 'possible', answered: [labelOf('earlier-2-4h'), labelOf('spread')] })
  })

  it('not met: the line says so and no management steps are given', () => {
    expect(checkAugmentation(bundle, rules.augmentation, context({ drugs: [pramipexole] }), { augmentationAnswers: ['dose-creep'] })).toStrictEqual({
      status: 'not-met',
      because: ['Pramipexole'],
      line: { text: rules.augmentation.notMet.text, sources: rules.augmentation.notMet.sources },
      answered: [labelOf('dose-creep')],
      management: [],
    })
  })

  it('possible: every IRLSSG/AASM management step, and only the unconfirmed one flagged', () => {
    const check = checkAugmentation(bundle, rules.augmentation, context({ drugs: [pramipexole] }), { augmentationAnswers: ['earlier-4h'] })
    if (check.status !== 'possible') throw new Error(`expected possible, got ${check.status}`)
    expect(check.line).toEqual({ text: rules.augmentation.possible.text, sources: rules.augmentation.possible.sources, unconfirmed: rules.augmentation.possible.unconfirmed })
    expect(check.management.map((step) => step.text)).toEqual(bundle.augmentation.management.map((step) => step.text))
    bundle.augmentation.management.forEach((step, index) => {
      expect(check.management[index]!.sources).toEqual(step.sources)
      if (step.unconfirmed) expect(check.management[index]!.unconfirmed).toEqual(['The advice on treating existing augmentation follows a part of the 2016 guideline not read here.'])
      else expect(check.management[index]).not.toHaveProperty('unconfirmed')
    })
    expect(bundle.augmentation.management.some((step) => step.unconfirmed)).toBe(true)
    expect(bundle.augmentation.management.some((step) => !step.unconfirmed)).toBe(true)
  })
})

describe('where the iron went: the age of each sex, exactly', () => {
  const low = finding('low-iron')
  it.each([
    ['male', rules.ironLoss.menAgeAtLeast, true],
    ['male', rules.ironLoss.menAgeAtLeast - 1, false],
    ['female', rules.ironLoss.womenAgeAtLeast, true],
    ['female', rules.ironLoss.womenAgeAtLeast - 1, false],
  ] as const)('a %s of %s with low iron → look for the loss: %s', (sex, age, shown) => {
    const loss = whereTheIronWent(rules.ironLoss, context({ findings: [low], sex, age }))
    if (!shown) expect(loss).toBeUndefined()
    else expect(loss?.steps.map((step) => step.text)).toEqual(rules.ironLoss.steps.map((step) => step.text))
  })

  it('only a woman is told that age stands in for the menopause', () => {
    expect(whereTheIronWent(rules.ironLoss, context({ findings: [low], sex: 'male', age: 70 }))).not.toHaveProperty('proxyNote')
    expect(whereTheIronWent(rules.ironLoss, context({ findings: [low], sex: 'female', age: 70 }))?.proxyNote).toBe(rules.ironLoss.proxyNote)
  })

  it('not without low iron, and not in pregnancy', () => {
    expect(whereTheIronWent(rules.ironLoss, context({ findings: [], sex: 'male', age: 70 }))).toBeUndefined()
    expect(whereTheIronWent(rules.ironLoss, context({ findings: [low, finding('pregnant')], sex: 'female', age: 52 }))).toBeUndefined()
  })
})

describe('which iron, and when to recheck', () => {
  it('AASM iron indicated: both products, and the oral and IV rechecks', () => {
    const { products, recheck } = whichIron(rules, iron({ ferritin: 20, tsat: 12 }))
    expect(products.map((p) => p.route)).toEqual(['oral', 'IV'])
    expect(recheck).toEqual(rules.ironRecheck.map((line) => ({ text: line.text, sources: line.sources, unconfirmed: line.unconfirmed })))
  })

  it('IV iron only: the IV product and only the IV recheck', () => {
    const { products, recheck } = whichIron(rules, iron({ ferritin: 90, tsat: 25 }))
    expect(products.map((p) => p.route)).toEqual(['IV'])
    expect(recheck.map((line) => line.text)).toEqual(rules.ironRecheck.filter((line) => line.route === 'IV').map((line) => line.text))
  })

  it('a product keeps its sources, and is marked unconfirmed only when the bundle says so', () => {
    const edited = structuredClone(rules)
    delete edited.ironProducts[0]!.unconfirmed
    const [oral] = whichIron(edited, iron({ ferritin: 20, tsat: 12 })).products
    expect(oral).toStrictEqual({ product: rules.ironProducts[0]!.product, route: 'oral', strength: rules.ironProducts[0]!.strength, sources: rules.ironProducts[0]!.sources })
  })

  it('a product is given only for the rule that read the values: the children’s product not for an adult', () => {
    const products = whichIron(rules, iron({ ferritin: 20, tsat: 12 })).products.map((p) => p.product)
    const childOnly = rules.ironProducts.filter((rule) => !rule.ironRules.includes('aasm2024')).map((rule) => rule.product)
    for (const product of childOnly) expect(products).not.toContain(product)
  })

  it('a reading still waiting for a value gives no product and no recheck', () => {
    expect(whichIron(rules, iron({ ferritin: 20 }))).toEqual({ products: [], recheck: [] })
  })
})

describe('referral reasons now', () => {
  it('IV iron alone is a reason; IV offered beside oral iron is not', () => {
    expect(steps({ iron: iron({ ferritin: 90, tsat: 25 }) }).signals).toEqual(['iv-iron'])
    expect(steps({ iron: iron({ ferritin: 20, tsat: 12 }) }).signals).toEqual([])
    expect(steps({ iron: iron({ ferritin: 20, tsat: 12 }) }).referral.now).toEqual([])
  })

  it('dialysis iron sucrose is IV only: the IV-iron referral line', () => {
    const result = steps({ findings: [finding('dialysis')], iron: iron({ ferritin: 150, tsat: 15, dialysis: true }) })
    expect(result.referral.now.map((line) => line.text)).toEqual([rules.referral.criteria.find((c) => c.when === 'iv-iron')!.text])
  })

  it('augmentation not yet asked is a signal, but not a referral reason', () => {
    const result = steps({ drugs: [pramipexole] })
    expect(result.signals).toEqual(['augmentation-unanswered'])
    expect(result.referral.now).toEqual([])
  })

  it('a child is a referral reason now, with its sources; the general criteria stay as they are', () => {
    const result = steps({ findings: [finding('child')] })
    const child = rules.referral.criteria.find((c) => c.when === 'child')!
    expect(result.referral).toEqual({
      intro: rules.referral.intro,
      now: [{ text: child.text, sources: child.sources, unconfirmed: child.unconfirmed }],
      general: rules.referral.criteria.filter((c) => c.when === undefined).map((c) => ({ text: c.text, sources: c.sources, ...(c.unconfirmed ? { unconfirmed: c.unconfirmed } : {}) })),
    })
  })

  it('pregnancy with significant symptoms is a reason; significant symptoms without pregnancy are not', () => {
    const significant = { rlsFrequency: 'more-than-twice-weekly', rlsDistress: 'severe' }
    expect(steps({ findings: [finding('pregnant')] }, significant).signals).toEqual(['pregnant-significant'])
    expect(steps({}, significant).signals).toEqual([])
  })

  it('a bundle without next-step rules gives none', () => {
    const edited = structuredClone(bundle)
    delete edited.patientWorkup.nextSteps
    expect(nextStepsFor(edited, context(), {})).toBeUndefined()
  })
})

describe('the chart-note lines', () => {
  it('no next steps, no lines', () => {
    expect(nextStepsNoteLines(undefined)).toEqual([])
  })

  it('not significant: frequency and distress in lower case, and the verdict', () => {
    const lines = nextStepsNoteLines(steps({}, { rlsFrequency: 'once-or-twice-weekly', rlsDistress: 'mild' }))
    expect(lines).toEqual(['Frequency and distress: once or twice a week; mildly: little effect on sleep or the day: not clinically significant by these answers.'])
  })

  it('one answer that cannot decide: the note still says the questions are not yet asked', () => {
    expect(nextStepsNoteLines(steps({}, { rlsDistress: 'severe' }))[0]).toBe(
      'Frequency and distress: not yet asked; the AASM 2024 treatment recommendations are for clinically significant RLS.',
    )
  })

  it('possible augmentation: the drugs and the answers without their question marks', () => {
    const lines = nextStepsNoteLines(steps({ drugs: [pramipexole] }, { augmentationAnswers: ['earlier-2-4h', 'spread'] }))
    expect(lines[1]).toBe(
      'Augmentation: possible augmentation on Pramipexole (start 2 to 4 hours earlier in the day; spread to the arms or trunk). Confirm the basic criteria; check iron; avoid dose increases; consider switching to an alpha-2-delta ligand or an opioid.',
    )
    expect(lines[2]).toBe(`Referral: ${rules.referral.criteria.find((c) => c.when === 'possible-augmentation')!.text}`)
  })

  it('augmentation not met: says so and to ask again', () => {
    const lines = nextStepsNoteLines(steps({ drugs: [pramipexole] }, { augmentationAnswers: ['spread'] }))
    expect(lines).toContain('Augmentation: criteria not met by the answers (Pramipexole); ask again at each review.')
  })

  it('augmentation not asked: names the drug and what to ask', () => {
    expect(nextStepsNoteLines(steps({ drugs: [pramipexole] }))).toContain('Augmentation risk on Pramipexole: timing, spread, time at rest and dose response not yet asked.')
  })

  it('the source of iron loss: each step, marked partly unconfirmed when it is, and the proxy note for a woman', () => {
    const edited = structuredClone(bundle)
    delete edited.patientWorkup.nextSteps!.ironLoss.steps[1]!.unconfirmed
    const result = nextStepsFor(edited, context({ findings: [finding('low-iron')], sex: 'female', age: 60 }), {})!
    const [first, second] = rules.ironLoss.steps
    expect(nextStepsNoteLines(result)).toContain(`Source of iron loss: ${first!.text} (partly unconfirmed) ${second!.text} ${rules.ironLoss.proxyNote}`)
    const man = nextStepsNoteLines(steps({ findings: [finding('low-iron')], sex: 'male', age: 60 }))
    expect(man).toContain(`Source of iron loss: ${first!.text} (partly unconfirmed) ${second!.text} (partly unconfirmed)`)
  })

  it('iron: each product with its route and strength, then the rechecks', () => {
    const lines = nextStepsNoteLines(steps({ iron: iron({ ferritin: 20, tsat: 12 }) }))
    const [oral, iv] = rules.ironProducts
    expect(lines.slice(1)).toEqual([
      `Iron: ${oral!.product} (oral; ${oral!.strength}); or ${iv!.product} (IV; ${iv!.strength}).`,
      ...rules.ironRecheck.map((line) => `${line.text} (partly unconfirmed)`),
    ])
  })

  it('no iron product: no iron line and no recheck line', () => {
    expect(nextStepsNoteLines(steps({ iron: iron({ ferritin: 20, tsat: 50 }) }))).toEqual([
      'Frequency and distress: not yet asked; the AASM 2024 treatment recommendations are for clinically significant RLS.',
    ])
  })
})

describe('several reasons at once', () => {
  const ropinirole = { name: 'Ropinirole', classId: 'dopaminergic-augmentation', augmentation: false }
  const two = { drugs: [pramipexole, ropinirole] }

  it('the note names every drug behind the augmentation check, comma-separated, in every state of the check', () => {
    expect(nextStepsNoteLines(steps(two))).toContain('Augmentation risk on Pramipexole, Ropinirole: timing, spread, time at rest and dose response not yet asked.')
    expect(nextStepsNoteLines(steps(two, { augmentationAnswers: ['spread'] }))).toContain('Augmentation: criteria not met by the answers (Pramipexole, Ropinirole); ask again at each review.')
    expect(nextStepsNoteLines(steps(two, { augmentationAnswers: ['earlier-4h'] }))[1]).toMatch(/^Augmentation: possible augmentation on Pramipexole, Ropinirole \(/)
  })

  it('a child needing IV iron: both referral reasons in the note, one sentence after the other', () => {
    const result = steps({ findings: [finding('child')], iron: iron({ ferritin: 90, tsat: 25 }) })
    const text = (when: string) => rules.referral.criteria.find((c) => c.when === when)!.text
    expect(result.referral.now.map((line) => line.text)).toEqual([text('iv-iron'), text('child')])
    expect(nextStepsNoteLines(result)).toContain(`Referral: ${text('iv-iron')} ${text('child')}`)
  })

  it('any one of the findings that rule out the iron-loss search is enough to rule it out', () => {
    const edited = structuredClone(rules.ironLoss)
    edited.unless = ['pregnant', 'dialysis']
    expect(whereTheIronWent(edited, context({ findings: [finding('low-iron'), finding('pregnant')], sex: 'female', age: 52 }))).toBeUndefined()
    expect(whereTheIronWent(edited, context({ findings: [finding('low-iron')], sex: 'female', age: 52 }))).toBeDefined()
  })

  it('a product written for several verdicts is offered for each of them', () => {
    const edited = structuredClone(rules)
    edited.ironProducts[0]!.verdicts = ['indicated', 'iv-only']
    const products = whichIron(edited, iron({ ferritin: 90, tsat: 25 })).products.map((p) => p.product)
    expect(products).toContain(rules.ironProducts[0]!.product)
  })
})
