import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IRON_RECOMMENDING_VERDICTS,
  interpretIronStudies,
  type IronStudiesInput,
  type IronStudiesInterpretation,
} from '../../../src/features/workup/interpret-iron-studies'
import { shippedBundle } from '../../shipped-content'

// The real, validated bundle: the interpreter must apply the reviewed thresholds it ships with.
const rules = shippedBundle().ironRules
const read = (input: IronStudiesInput) => interpretIronStudies(input, rules)
const primaryVerdict = (r: IronStudiesInterpretation) => (r.primary?.status === 'verdict' ? r.primary.verdict : undefined)
const mayoVerdict = (r: IronStudiesInterpretation) => (r.comparison?.status === 'verdict' ? r.comparison.verdict : undefined)

describe('the bundle carries the thresholds these tests pin', () => {
  it('AASM 2024, IRLSSG/Mayo 2021 and children numbers', () => {
    expect(rules.aasm2024).toMatchObject({ ironIfFerritinAtMost: 75, ironIfTsatBelow: 20, ivOnlyFerritinAbove: 75, ivOnlyFerritinAtMost: 100 })
    expect(rules.irlssgMayo2021).toMatchObject({ oralIfFerritinAtMost: 75, oralIfTsatBelow: 45, ivIfFerritinBelow: 100, ivIfTsatBelow: 45, inflammationTsatBelow: 20 })
    expect(rules.children.ironIfFerritinBelow).toBe(50)
  })
})

describe('interpretIronStudies: AASM 2024 boundaries (adults)', () => {
  it.each([
    [75, 30, 'indicated', 'Iron therapy indicated (oral or IV)'],
    [75.1, 30, 'iv-only', 'IV iron only'],
    [100, 30, 'iv-only', 'IV iron only'],
    [100.1, 30, 'not-indicated', 'Iron therapy not indicated'],
    [150, 19.9, 'indicated', 'Iron therapy indicated (oral or IV)'],
    [150, 20, 'not-indicated', 'Iron therapy not indicated'],
    [30, 15, 'indicated', 'Iron therapy indicated (oral or IV)'],
    [85, 25, 'iv-only', 'IV iron only'],
    [150, 30, 'not-indicated', 'Iron therapy not indicated'],
  ] as const)('ferritin %s ng/mL, TSAT %s%% → %s', (ferritin, tsat, verdict, label) => {
    const result = read({ ferritin, tsat })
    expect(result.status).toBe('complete')
    expect(result.errors).toEqual([])
    expect(result.primary).toMatchObject({ rule: 'aasm2024', status: 'verdict', verdict, verdictLabel: label, sources: rules.aasm2024.sources })
    expect(result.summary).toContain(`AASM 2024: ${label}`)
  })

  it('the reason names the values and thresholds with units', () => {
    expect(read({ ferritin: 30, tsat: 15 }).primary?.reason).toBe('ferritin 30 ng/mL is ≤75 ng/mL and TSAT 15% is <20%; TSAT 15% is below the 45% ceiling.')
    expect(read({ ferritin: 85, tsat: 25 }).primary?.reason).toContain('ferritin 85 ng/mL is >75 and ≤100 ng/mL')
  })
})

describe('interpretIronStudies: IRLSSG/Mayo 2021 beside AASM', () => {
  it('TSAT 44.9% with ferritin 60: both say iron, no difference flagged', () => {
    const result = read({ ferritin: 60, tsat: 44.9 })
    expect(primaryVerdict(result)).toBe('indicated')
    expect(result.comparison).toMatchObject({ rule: 'irlssgMayo2021', status: 'verdict', verdict: 'indicated', sources: rules.irlssgMayo2021.sources })
    expect(result.differs).toBe(false)
  })

  it('TSAT 45% with ferritin 60: no reading gives iron (overload ceiling), whatever the ferritin', () => {
    const result = read({ ferritin: 60, tsat: 45 })
    expect(primaryVerdict(result)).toBe('no-iron-overload-risk')
    expect(mayoVerdict(result)).toBe('no-iron-overload-risk')
    expect(result.differs).toBe(false)
    expect(result.summary).toMatch(/AASM 2024: No iron: TSAT at or above the overload ceiling: TSAT 45% is ≥45%/)
  })

  it('ferritin 100 is IV-only for AASM (≤100) but not for Mayo (<100)', () => {
    const result = read({ ferritin: 100, tsat: 30 })
    expect(primaryVerdict(result)).toBe('iv-only')
    expect(mayoVerdict(result)).toBe('not-indicated')
    expect(result.differs).toBe(true)
  })

  it('ferritin 85, TSAT 25: Mayo IV iron agrees with AASM', () => {
    const result = read({ ferritin: 85, tsat: 25 })
    expect(mayoVerdict(result)).toBe('iv-only')
    expect(result.differs).toBe(false)
    expect(result.summary).toContain('IRLSSG/Mayo 2021 agrees')
  })
})

describe('interpretIronStudies: inflammation', () => {
  it('ferritin 150 with TSAT 15%: Mayo reads iron only when inflammation is present', () => {
    const without = read({ ferritin: 150, tsat: 15 })
    expect(primaryVerdict(without)).toBe('indicated')
    expect(mayoVerdict(without)).toBe('not-indicated')
    expect(without.differs).toBe(true)

    const withInflammation = read({ ferritin: 150, tsat: 15, inflammation: true })
    expect(primaryVerdict(withInflammation)).toBe('indicated')
    expect(mayoVerdict(withInflammation)).toBe('indicated')
    expect(withInflammation.comparison?.reason).toContain('inflammation')
    expect(withInflammation.differs).toBe(false)
  })

  it('with inflammation a high ferritin alone does not settle Mayo: TSAT is needed', () => {
    const result = read({ ferritin: 250, inflammation: true })
    expect(result.comparison).toMatchObject({ status: 'needs', needs: 'tsat' })
    expect(read({ ferritin: 250 }).comparison).toMatchObject({ status: 'needs', needs: 'tsat' })
  })

  it('with inflammation TSAT 15% alone is not enough: ferritin ≥300 ng/mL would put it outside the evidence', () => {
    const result = read({ tsat: 15, inflammation: true })
    expect(result.status).toBe('incomplete')
    expect(result.primary).toMatchObject({ status: 'needs', needs: 'ferritin' })
    expect(result.comparison).toMatchObject({ status: 'needs', needs: 'ferritin' })
  })
})

describe('interpretIronStudies: one value alone', () => {
  it('ferritin ≤75 alone: no verdict until TSAT rules out the overload ceiling', () => {
    const result = read({ ferritin: 60 })
    expect(result.status).toBe('incomplete')
    expect(result.primary).toMatchObject({ status: 'needs', needs: 'tsat' })
    expect(result.primary?.reason).toContain('iron is indicated once TSAT is known to be <45%')
    // Mayo needs TSAT (<45%) and says so rather than guessing.
    expect(result.comparison).toMatchObject({ status: 'needs', needs: 'tsat' })
    expect(result.differs).toBe(false)
  })

  it.each([85, 100, 150, 75.1])('ferritin %s alone: no verdict, TSAT is needed', (ferritin) => {
    const result = read({ ferritin })
    expect(result.status).toBe('incomplete')
    expect(result.needs).toBe('tsat')
    expect(result.primary).toMatchObject({ status: 'needs', needs: 'tsat' })
    expect(result.summary).toContain('AASM 2024: no verdict yet. Transferrin saturation is needed')
  })

  it('TSAT <20% alone: ferritin is needed (≥300 ng/mL would be outside the evidence)', () => {
    const result = read({ tsat: 19.9 })
    expect(result.status).toBe('incomplete')
    expect(result.primary).toMatchObject({ status: 'needs', needs: 'ferritin' })
    expect(result.primary?.reason).toContain('≥300 ng/mL')
    expect(result.comparison).toMatchObject({ status: 'needs', needs: 'ferritin' })
  })

  it.each([20, 30, 44.9])('TSAT %s%% alone: no verdict, ferritin is needed', (tsat) => {
    const result = read({ tsat })
    expect(result.status).toBe('incomplete')
    expect(result.needs).toBe('ferritin')
    expect(result.summary).toContain('AASM 2024: no verdict yet. Ferritin is needed')
  })

  it('both missing: no reading, a prompt', () => {
    for (const input of [{}, { ferritin: '', tsat: '  ' }, { ferritin: null, tsat: undefined }]) {
      const result = read(input)
      expect(result.status).toBe('empty')
      expect(result.primary).toBeUndefined()
      expect(result.comparison).toBeUndefined()
      expect(result.summary).toMatch(/^Enter ferritin/)
    }
  })
})

describe('interpretIronStudies: impossible values give a message, never a verdict', () => {
  it.each([
    [{ ferritin: -1, tsat: 30 }, 'ferritin', 'Ferritin cannot be negative.'],
    [{ ferritin: 30, tsat: -0.5 }, 'tsat', 'Transferrin saturation cannot be negative.'],
    [{ ferritin: Number.NaN, tsat: 30 }, 'ferritin', 'Ferritin must be a number in ng/mL.'],
    [{ ferritin: 'abc', tsat: 30 }, 'ferritin', 'Ferritin must be a number in ng/mL.'],
    [{ ferritin: 30, tsat: 'twenty' }, 'tsat', 'Transferrin saturation must be a number in %.'],
    [{ ferritin: 30, tsat: 101 }, 'tsat', 'Transferrin saturation cannot be over 100%.'],
    [{ ferritin: 100_001, tsat: 30 }, 'ferritin', 'Ferritin above 100 000 ng/mL is not a plausible result: check the value and its units.'],
    [{ ferritin: Number.POSITIVE_INFINITY }, 'ferritin', 'Ferritin above 100 000 ng/mL is not a plausible result: check the value and its units.'],
  ] as const)('%o → %s error', (input, field, message) => {
    const result = read(input)
    expect(result.status).toBe('invalid')
    expect(result.errors).toEqual([{ field, message }])
    expect(result.primary).toBeUndefined()
    expect(result.comparison).toBeUndefined()
    expect(result.summary).toBe(`No interpretation: ${message}`)
  })

  it('reports both fields when both are wrong', () => {
    expect(read({ ferritin: -5, tsat: 150 }).errors.map((e) => e.field)).toEqual(['ferritin', 'tsat'])
  })

  it('accepts 0, 100% and text with a decimal point or comma', () => {
    expect(read({ ferritin: 0, tsat: 100 }).status).toBe('complete')
    expect(primaryVerdict(read({ ferritin: '75', tsat: '30' }))).toBe('indicated')
    expect(primaryVerdict(read({ ferritin: '75,5', tsat: '30' }))).toBe('iv-only')
    expect(read({ ferritin: ' 75.1 ', tsat: '30' }).values).toEqual({ ferritin: 75.1, tsat: 30 })
  })
})

describe('interpretIronStudies: children', () => {
  it.each([
    [49, 'indicated'],
    [50, 'not-indicated'],
  ] as const)('ferritin %s ng/mL in a child → %s, with no adult comparison', (ferritin, verdict) => {
    const result = read({ ferritin, tsat: 30, population: 'child' })
    expect(result.primary).toMatchObject({ rule: 'children', status: 'verdict', verdict, sources: rules.children.sources })
    expect(result.comparison).toBeUndefined()
    expect(result.differs).toBe(false)
  })

  it('the adult ferritin cut-off does not apply: 60 ng/mL in a child is not an iron indication', () => {
    expect(primaryVerdict(read({ ferritin: 60, tsat: 30, population: 'child' }))).toBe('not-indicated')
    expect(primaryVerdict(read({ ferritin: 60, tsat: 30 }))).toBe('indicated')
  })

  it('the older `child: true` flag still selects the children’s rule; `population` wins when both are given', () => {
    expect(read({ ferritin: 60, tsat: 30, child: true }).primary?.rule).toBe('children')
    expect(read({ ferritin: 60, tsat: 30, child: true, population: 'adult' }).primary?.rule).toBe('aasm2024')
  })

  it('TSAT alone does not decide in a child: ferritin is needed', () => {
    const result = read({ tsat: 10, population: 'child' })
    expect(result.status).toBe('incomplete')
    expect(result.needs).toBe('ferritin')
    expect(result.summary).toContain('Ferritin is needed')
  })
})

describe('interpretIronStudies: caveats', () => {
  it('lists the bundle caveats with their sources in every state', () => {
    for (const input of [{}, { ferritin: -1 }, { ferritin: 85 }, { ferritin: 30, tsat: 15 }, { ferritin: 30, population: 'child' as const }]) {
      expect(read(input).caveats).toEqual(rules.caveats)
    }
  })
})

describe('interpretIronStudies: properties', () => {
  const anyValue = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 75, 100, 20, 45, 50),
    fc.string(),
    fc.constant(undefined),
    fc.constant(null),
  )
  const anyInput = fc.record(
    { ferritin: anyValue, tsat: anyValue, population: fc.constantFrom('adult' as const, 'child' as const), inflammation: fc.boolean(), dialysis: fc.boolean(), pregnant: fc.boolean(),
      pregnancyStage: fc.constantFrom('first trimester' as const, 'second trimester' as const, 'third trimester' as const, 'postpartum' as const) },
    { requiredKeys: [] },
  )

  it('never throws, and gives a verdict only with valid values', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = read(input)
        expect(['empty', 'invalid', 'incomplete', 'complete']).toContain(result.status)
        expect(result.caveats).toBe(rules.caveats)
        if (result.status === 'invalid') {
          expect(result.errors.length).toBeGreaterThan(0)
          expect(result.primary).toBeUndefined()
        } else {
          expect(result.errors).toEqual([])
        }
        if (result.status === 'complete') expect(result.primary?.status).toBe('verdict')
        if (result.status === 'incomplete') expect(result.needs).toBeDefined()
        if (result.differs) expect(result.comparison?.status).toBe('verdict')
      }),
      { numRuns: 2000 },
    )
  })

  const ferritinValue = fc.double({ min: 0, max: 100_000, noNaN: true })
  const tsatAtLeast20 = fc.double({ min: 20, max: 100, noNaN: true })

  it('monotonic: if a ferritin gives "not indicated", any higher ferritin with the same TSAT ≥20% does too', () => {
    fc.assert(
      fc.property(ferritinValue, ferritinValue, tsatAtLeast20, fc.boolean(), (a, b, tsat, inflammation) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        const lowResult = read({ ferritin: low, tsat, inflammation })
        const highResult = read({ ferritin: high, tsat, inflammation })
        if (primaryVerdict(lowResult) === 'not-indicated') expect(primaryVerdict(highResult)).toBe('not-indicated')
        if (mayoVerdict(lowResult) === 'not-indicated') expect(mayoVerdict(highResult)).toBe('not-indicated')
      }),
      { numRuns: 2000 },
    )
  })

  it('monotonic for children: if a ferritin gives "not indicated", any higher one does too', () => {
    fc.assert(
      fc.property(ferritinValue, ferritinValue, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        if (primaryVerdict(read({ ferritin: low, population: 'child' })) === 'not-indicated') {
          expect(primaryVerdict(read({ ferritin: high, population: 'child' }))).toBe('not-indicated')
        }
      }),
    )
  })
})

describe('verdicts that rest on an unconfirmed threshold', () => {
  it('flags the AASM IV-only verdict, whose 100 ng/mL upper bound is unconfirmed', () => {
    expect(rules.aasm2024.ivOnlyUpperBoundUnconfirmed).toBe(true)
    expect(read({ ferritin: 85, tsat: 25 }).primary).toMatchObject({ verdict: 'iv-only', unconfirmed: expect.stringMatching(/secondary reports/) })
    expect(read({ ferritin: 30, tsat: 25 }).primary).not.toHaveProperty('unconfirmed')
  })

  it("flags every children's verdict, whose <50 ng/mL threshold is unconfirmed", () => {
    expect(read({ ferritin: 40, tsat: 25, population: 'child' }).primary).toMatchObject({ verdict: 'indicated', unconfirmed: expect.any(String) })
    expect(read({ ferritin: 60, tsat: 25, population: 'child' }).primary).toMatchObject({ verdict: 'not-indicated', unconfirmed: expect.any(String) })
  })
})

describe('review 1.0.2 A1: iron safety ceilings as boundary cases', () => {
  it('the bundle carries the ceilings these tests pin', () => {
    expect(rules.ceilings).toMatchObject({ noIronIfTsatAtLeast: 45, trialEvidenceFerritinBelow: 300, lowTsatBelow: 20 })
    expect(rules.dialysis).toMatchObject({ ivIronSucroseIfFerritinBelow: 200, ivIronSucroseIfTsatBelow: 20, strength: 'conditional' })
  })

  it.each([
    [30, 44, 'indicated', 'indicated'],
    [30, 45, 'no-iron-overload-risk', 'no-iron-overload-risk'],
    [90, 44, 'iv-only', 'iv-only'],
    [90, 45, 'no-iron-overload-risk', 'no-iron-overload-risk'],
  ] as const)('ferritin %s ng/mL, TSAT %s%% → AASM %s, Mayo %s', (ferritin, tsat, aasm, mayo) => {
    const result = read({ ferritin, tsat })
    expect(primaryVerdict(result)).toBe(aasm)
    expect(mayoVerdict(result)).toBe(mayo)
  })

  it.each([
    [299, 'indicated'],
    [300, 'outside-evidence'],
    [301, 'outside-evidence'],
  ] as const)('TSAT 19%% with ferritin %s ng/mL → %s (the FCM evidence covers ferritin <300)', (ferritin, verdict) => {
    const result = read({ ferritin, tsat: 19 })
    expect(primaryVerdict(result)).toBe(verdict)
    if (verdict === 'outside-evidence') {
      expect(result.primary?.status === 'verdict' && result.primary.verdictLabel).toBe('Outside the iron-treatment evidence: look for inflammation')
      expect(result.primary?.reason).toMatch(/inflammation, infection, malignancy or anaemia of chronic disease/)
    }
  })

  it('with inflammation, TSAT 19% and ferritin 301 is outside the evidence for Mayo too', () => {
    expect(mayoVerdict(read({ ferritin: 301, tsat: 19, inflammation: true }))).toBe('outside-evidence')
    expect(mayoVerdict(read({ ferritin: 250, tsat: 19, inflammation: true }))).toBe('indicated')
  })

  it('children: ferritin 30 with TSAT 45% gives no iron', () => {
    expect(primaryVerdict(read({ ferritin: 30, tsat: 45, population: 'child' }))).toBe('no-iron-overload-risk')
    expect(primaryVerdict(read({ ferritin: 30, tsat: 44, population: 'child' }))).toBe('indicated')
  })
})

describe('review 1.0.2: ESRD on dialysis (AASM 2024, conditional)', () => {
  it.each([
    [199, 19, 'iv-iron-sucrose'],
    [200, 19, 'not-indicated'],
    [199, 20, 'not-indicated'],
    [150, 45, 'no-iron-overload-risk'],
  ] as const)('ferritin %s ng/mL, TSAT %s%% on dialysis → %s, with no Mayo comparison', (ferritin, tsat, verdict) => {
    const result = read({ ferritin, tsat, dialysis: true })
    expect(result.primary).toMatchObject({ rule: 'dialysis', status: 'verdict', verdict, sources: expect.any(Array) })
    expect(result.comparison).toBeUndefined()
  })

  it('the dialysis rule replaces the adult one: ferritin 60, TSAT 25% is iron for adults but not on dialysis', () => {
    expect(primaryVerdict(read({ ferritin: 60, tsat: 25, dialysis: true }))).toBe('not-indicated')
    expect(primaryVerdict(read({ ferritin: 60, tsat: 25 }))).toBe('indicated')
  })

  it('ferritin 150, TSAT 25% is iron for no one on dialysis, and the reason names only the TSAT', () => {
    const result = read({ ferritin: 150, tsat: 25, dialysis: true })
    expect(result.primary).toMatchObject({ rule: 'dialysis', verdict: 'not-indicated' })
    expect(result.primary?.reason).toMatch(/^TSAT 25% is ≥20%: the dialysis rule gives IV iron sucrose if ferritin <200 ng\/mL and TSAT <20%/)
    expect(result.cautions.map((c) => c.when)).not.toContain('iv')
  })
})

describe('review 1.0.2: cautions follow the reading', () => {
  it('always the overload caution; IV cautions only when IV iron is an option; pregnancy only when pregnant', () => {
    const whenOf = (input: IronStudiesInput) => read(input).cautions.map((c) => c.when)
    expect(whenOf({ ferritin: 30, tsat: 15 })).toEqual(expect.arrayContaining(['always', 'iv']))
    expect(whenOf({ ferritin: 30, tsat: 15 })).not.toContain('pregnant')
    expect(whenOf({ ferritin: 30, tsat: 15, pregnant: true })).toContain('pregnant')
    expect(whenOf({ ferritin: 150, tsat: 30 })).toEqual(['always'])
    expect(whenOf({ ferritin: 30, tsat: 50 })).toEqual(['always'])
  })
})

describe('review 1.0.2: no input with TSAT ≥45% ever yields a recommendation (property)', () => {
  it('whatever the ferritin, population, dialysis, inflammation or pregnancy', () => {
    const ferritin = fc.oneof(fc.double({ min: 0, max: 100_000, noNaN: true }), fc.constant(undefined), fc.constantFrom(0, 50, 75, 100, 199, 200, 299, 300, 301))
    const tsat = fc.oneof(fc.double({ min: 45, max: 100, noNaN: true }), fc.constantFrom(45, 45.0001, 100))
    fc.assert(
      fc.property(
        ferritin,
        tsat,
        fc.constantFrom('adult' as const, 'child' as const),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (f, t, population, dialysis, inflammation, pregnant, asText) => {
          const result = read({ ferritin: asText && f !== undefined ? String(f) : f, tsat: asText ? String(t) : t, population, dialysis, inflammation, pregnant })
          for (const reading of [result.primary, result.comparison]) {
            if (reading?.status === 'verdict') expect(IRON_RECOMMENDING_VERDICTS).not.toContain(reading.verdict)
          }
          expect(result.summary).not.toMatch(/Iron therapy indicated|IV iron only|IV iron sucrose \(/)
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('interpretIronStudies: pregnancy (one rule set for /patient and /workup)', () => {
  const pregnant = (ferritin: number, tsat: number, pregnancyStage?: IronStudiesInput['pregnancyStage']) =>
    read({ ferritin, tsat, pregnant: true, ...(pregnancyStage ? { pregnancyStage } : {}) })
  const stages = [undefined, 'first trimester', 'second trimester', 'third trimester', 'postpartum'] as const

  it('the bundle carries the pregnancy rules, unconfirmed until the consensus is read', () => {
    expect(rules.pregnancy).toMatchObject({ oralIronIfFerritinBelow: 75, avoidIvIn: ['first trimester'], ivAsSpecialistDecisionIn: ['second trimester', 'third trimester'], unconfirmed: true })
    expect(rules.pregnancy.sources).toContain('picchietti-2015-pregnancy')
  })

  it('first trimester, ferritin 18 and TSAT 12%: oral iron, avoid IV iron; no IV cautions', () => {
    const result = pregnant(18, 12, 'first trimester')
    expect(result.primary).toMatchObject({ rule: 'pregnancy', verdict: 'oral-iron-avoid-iv', verdictLabel: 'Oral iron; avoid IV iron (pregnancy, first trimester)' })
    expect(result.primary?.reason).toContain('First trimester: avoid IV iron.')
    expect(result.summary).toContain('avoid IV iron')
    expect(result.summary).not.toMatch(/oral or IV/)
    expect(result.comparison).toBeUndefined()
    expect(result.cautions.map((c) => c.when)).not.toContain('iv')
    expect(result.cautions.map((c) => c.when)).toContain('pregnant')
    expect(result.primary?.status === 'verdict' && result.primary.unconfirmed).toMatch(/could not be read/)
  })

  it.each(['second trimester', 'third trimester'] as const)('%s, ferritin 18 and TSAT 12%%: oral iron first, IV iron only as a specialist decision', (stage) => {
    const result = pregnant(18, 12, stage)
    expect(result.primary).toMatchObject({ verdict: 'oral-iron-first', verdictLabel: 'Oral iron first (pregnancy)' })
    expect(result.primary?.reason).toContain(`${stage.charAt(0).toUpperCase()}${stage.slice(1)}: IV iron only as a specialist decision if oral iron fails or is not tolerated.`)
    expect(result.primary?.reason).not.toContain('avoid IV iron')
  })

  it('trimester not entered: says both, never "oral or IV"', () => {
    const result = pregnant(18, 12)
    expect(result.primary?.status === 'verdict' && result.primary.verdict).toBe('oral-iron-first')
    expect(result.primary?.reason).toContain('Trimester not entered: avoid IV iron in the first trimester')
  })

  it.each(stages.map((stage) => [stage ?? 'not entered', stage] as const))('ferritin 85 ng/mL with TSAT 25%%, stage %s: never "IV iron only", and no rule beside it says so', (_, stage) => {
    const result = pregnant(85, 25, stage)
    expect(primaryVerdict(result)).toBe('not-indicated')
    expect(result.summary).not.toContain('IV iron only')
    expect(mayoVerdict(result)).toBeUndefined()
    // The same values outside pregnancy read "IV iron only" (AASM 2024): pregnancy is what changes it.
    expect(primaryVerdict(read({ ferritin: 85, tsat: 25 }))).toBe('iv-only')
  })

  it('the trimester changes the reading of the same values', () => {
    const first = pregnant(40, 25, 'first trimester')
    const third = pregnant(40, 25, 'third trimester')
    expect(primaryVerdict(first)).toBe('oral-iron-avoid-iv')
    expect(primaryVerdict(third)).toBe('oral-iron-first')
    expect(first.summary).not.toBe(third.summary)
  })

  it('the ceilings still apply in pregnancy: TSAT 50% gives no iron and the overload work-up', () => {
    const result = pregnant(30, 50, 'second trimester')
    expect(primaryVerdict(result)).toBe('no-iron-overload-risk')
    expect(result.overloadWorkup?.text).toContain('HFE')
    expect(primaryVerdict(pregnant(400, 10, 'second trimester'))).toBe('outside-evidence')
  })

  it('no pregnant reading, whatever the values and stage, is "IV iron only" or the dialysis IV iron sucrose', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 2000, noNaN: true }), { nil: undefined }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
        fc.constantFrom(...stages),
        fc.boolean(),
        fc.boolean(),
        (ferritin, tsat, stage, dialysis, child) => {
          const result = read({ ferritin, tsat, pregnant: true, dialysis, child, ...(stage ? { pregnancyStage: stage } : {}) })
          for (const reading of [result.primary, result.comparison]) {
            if (reading?.status === 'verdict') expect(['iv-only', 'iv-iron-sucrose', 'indicated']).not.toContain(reading.verdict)
          }
          if (stage === 'first trimester') expect(result.cautions.map((c) => c.when)).not.toContain('iv')
        },
      ),
    )
  })
})

describe('interpretIronStudies: inflammation prompt (ferritin >100 ng/mL with TSAT <20%)', () => {
  it('ferritin 250 and TSAT 18%: iron indicated by AASM 2024, but check CRP and inflammation first', () => {
    const result = read({ ferritin: 250, tsat: 18 })
    expect(primaryVerdict(result)).toBe('indicated')
    expect(result.primary?.reason).toContain(rules.ceilings.checkInflammationNote)
    expect(result.summary).toContain('check CRP')
  })

  it('not at ferritin 100 or below, nor with TSAT 20% or more', () => {
    expect(read({ ferritin: 100, tsat: 18 }).summary).not.toContain('check CRP')
    expect(read({ ferritin: 60, tsat: 10 }).summary).not.toContain('check CRP')
    expect(read({ ferritin: 250, tsat: 25 }).summary).not.toContain('check CRP')
  })
})

describe('interpretIronStudies: iron overload work-up', () => {
  it('TSAT at or above 45% adds repeat fasting TSAT and the HFE genotype, with its source', () => {
    const result = read({ ferritin: 120, tsat: 45 })
    expect(primaryVerdict(result)).toBe('no-iron-overload-risk')
    expect(result.overloadWorkup?.text).toMatch(/fasting/)
    expect(result.overloadWorkup?.text).toMatch(/HFE genotype/)
    expect(result.overloadWorkup?.sources).toContain('easl-2022-haemochromatosis')
    expect(result.summary).toContain(rules.ceilings.overloadWorkup.text)
  })

  it('not below the ceiling', () => {
    expect(read({ ferritin: 120, tsat: 44.9 }).overloadWorkup).toBeUndefined()
    expect(read({ ferritin: 120, tsat: 44.9 }).summary).not.toContain('HFE')
  })
})

describe('interpretIronStudies: children', () => {
  it('ferritin 60 ng/mL: not indicated below 50, but the 50–75 band says iron may be considered (unconfirmed)', () => {
    const result = read({ ferritin: 60, tsat: 20, population: 'child' })
    expect(primaryVerdict(result)).toBe('not-indicated')
    expect(result.primary?.reason).toContain('Between 50 and 75 ng/mL iron may be considered (this band is unconfirmed)')
    expect(read({ ferritin: 80, tsat: 20, population: 'child' }).primary?.reason).not.toContain('may be considered')
  })
})

describe('IRLSSG/Mayo 2021 at its own boundaries', () => {
  it.each([
    // oral iron if ferritin ≤75 and TSAT <45; IV iron if ferritin <100 and TSAT <45
    [75, 30, false, 'indicated'],
    [75.1, 30, false, 'iv-only'],
    [99.9, 44.9, false, 'iv-only'],
    [100, 30, false, 'not-indicated'],
    // with inflammation, iron if TSAT <20 (within the trials' ferritin range)
    [250, 19.9, true, 'indicated'],
    [250, 20, true, 'not-indicated'],
    [80, 20, true, 'iv-only'],
    [60, 20, true, 'indicated'],
  ] as const)('ferritin %s ng/mL, TSAT %s%%, inflammation %s → Mayo %s', (ferritin, tsat, inflammation, verdict) => {
    const result = read({ ferritin, tsat, inflammation })
    expect(result.comparison).toMatchObject({ rule: 'irlssgMayo2021', status: 'verdict', verdict })
  })

  it('the reasons name the Mayo thresholds', () => {
    expect(read({ ferritin: 75, tsat: 30 }).comparison?.reason).toBe('ferritin 75 ng/mL is ≤75 ng/mL and TSAT 30% is <45%: oral iron, or IV.')
    expect(read({ ferritin: 80, tsat: 30 }).comparison?.reason).toBe('ferritin 80 ng/mL is <100 ng/mL and TSAT 30% is <45%.')
    expect(read({ ferritin: 250, tsat: 19.9, inflammation: true }).comparison?.reason).toBe(
      'TSAT 19.9% is <20% with inflammation, where ferritin 250 ng/mL can be falsely normal.',
    )
    expect(read({ ferritin: 150, tsat: 30 }).comparison?.reason).toBe('ferritin 150 ng/mL is ≥100 ng/mL.')
    expect(read({ ferritin: 250, tsat: 20, inflammation: true }).comparison?.reason).toBe('ferritin 250 ng/mL is ≥100 ng/mL and TSAT 20% is ≥20%.')
  })

  it('without ferritin or TSAT, Mayo says which value it needs', () => {
    expect(read({ tsat: 30 }).comparison).toMatchObject({ status: 'needs', needs: 'ferritin', reason: 'Ferritin is needed to apply this rule (oral iron if ≤75 ng/mL, IV if <100 ng/mL).' })
    expect(read({ ferritin: 60 }).comparison).toMatchObject({
      status: 'needs',
      needs: 'tsat',
      reason: 'Transferrin saturation is needed to apply this rule (iron only if TSAT is <45%).',
    })
    expect(read({ ferritin: 60, inflammation: true }).comparison?.reason).toBe(
      'Transferrin saturation is needed to apply this rule: with inflammation, iron is indicated if TSAT is <20% and ferritin <300 ng/mL.',
    )
  })

  it('a Mayo TSAT ceiling of its own applies when it is below the overload ceiling', () => {
    const lower = { ...rules, irlssgMayo2021: { ...rules.irlssgMayo2021, oralIfTsatBelow: 40, ivIfTsatBelow: 35 } }
    const result = interpretIronStudies({ ferritin: 60, tsat: 40 }, lower)
    expect(result.comparison).toMatchObject({ verdict: 'not-indicated', reason: 'TSAT 40% is ≥40%: iron is not indicated by this rule.' })
    expect(interpretIronStudies({ ferritin: 60, tsat: 39.9 }, lower).comparison).toMatchObject({ verdict: 'indicated' })
    expect(interpretIronStudies({ ferritin: 80, tsat: 35 }, lower).comparison).toMatchObject({ verdict: 'not-indicated' })
  })

  it('when only the Mayo reading recommends iron, the IV cautions are still shown and the difference is flagged', () => {
    // With today's numbers AASM recommends wherever Mayo does; a content change could make Mayo the only one.
    const wider = { ...rules, irlssgMayo2021: { ...rules.irlssgMayo2021, ivIfFerritinBelow: 150 } }
    const result = interpretIronStudies({ ferritin: 120, tsat: 30 }, wider)
    expect(result.primary).toMatchObject({ rule: 'aasm2024', verdict: 'not-indicated' })
    expect(result.comparison).toMatchObject({ rule: 'irlssgMayo2021', verdict: 'iv-only' })
    expect(result.differs).toBe(true)
    expect(result.summary).toContain('IRLSSG/Mayo 2021 differs: IV iron only')
    expect(result.cautions.map((c) => c.when)).toEqual(expect.arrayContaining(['always', 'iv']))
    expect(interpretIronStudies({ ferritin: 160, tsat: 30 }, wider).cautions.map((c) => c.when)).toEqual(['always'])
  })

  it('when only the AASM reading recommends iron, the IV cautions are shown too', () => {
    const narrower = { ...rules, irlssgMayo2021: { ...rules.irlssgMayo2021, ivIfFerritinBelow: 80 } }
    const result = interpretIronStudies({ ferritin: 90, tsat: 30 }, narrower)
    expect(result.primary).toMatchObject({ verdict: 'iv-only' })
    expect(result.comparison).toMatchObject({ verdict: 'not-indicated' })
    expect(result.cautions.map((c) => c.when)).toContain('iv')
  })
})
