import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { parseBundle } from '../../../src/data/parse-bundle'
import {
  interpretIronStudies,
  type IronStudiesInput,
  type IronStudiesInterpretation,
} from '../../../src/features/workup/interpret-iron-studies'

// The real, validated bundle: the interpreter must apply the reviewed thresholds it ships with.
const rules = parseBundle(readBundleFile()).ironRules
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
    expect(read({ ferritin: 30, tsat: 15 }).primary?.reason).toBe('ferritin 30 ng/mL is ≤75 ng/mL and TSAT 15% is <20%.')
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

  it('TSAT 45% with ferritin 60: AASM says iron, Mayo says not indicated, and the difference is flagged', () => {
    const result = read({ ferritin: 60, tsat: 45 })
    expect(primaryVerdict(result)).toBe('indicated')
    expect(mayoVerdict(result)).toBe('not-indicated')
    expect(result.differs).toBe(true)
    expect(result.summary).toMatch(/IRLSSG\/Mayo 2021 differs: Iron therapy not indicated: TSAT 45% is ≥45%/)
  })

  it('TSAT 50% with ferritin 60 also differs', () => {
    expect(read({ ferritin: 60, tsat: 50 }).differs).toBe(true)
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
    const result = read({ ferritin: 300, inflammation: true })
    expect(result.comparison).toMatchObject({ status: 'needs', needs: 'tsat' })
    expect(read({ ferritin: 300 }).comparison).toMatchObject({ status: 'verdict', verdict: 'not-indicated' })
  })

  it('with inflammation TSAT 15% alone is enough for both readings', () => {
    const result = read({ tsat: 15, inflammation: true })
    expect(primaryVerdict(result)).toBe('indicated')
    expect(mayoVerdict(result)).toBe('indicated')
  })
})

describe('interpretIronStudies: one value alone', () => {
  it('ferritin ≤75 alone is enough: iron indicated', () => {
    const result = read({ ferritin: 60 })
    expect(result.status).toBe('complete')
    expect(primaryVerdict(result)).toBe('indicated')
    expect(result.primary?.reason).toContain('enough on its own')
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

  it('TSAT <20% alone is enough: iron indicated', () => {
    const result = read({ tsat: 19.9 })
    expect(result.status).toBe('complete')
    expect(primaryVerdict(result)).toBe('indicated')
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
    const result = read({ ferritin, tsat: 30, child: true })
    expect(result.primary).toMatchObject({ rule: 'children', status: 'verdict', verdict, sources: rules.children.sources })
    expect(result.comparison).toBeUndefined()
    expect(result.differs).toBe(false)
  })

  it('the adult ferritin cut-off does not apply: 60 ng/mL in a child is not an iron indication', () => {
    expect(primaryVerdict(read({ ferritin: 60, child: true }))).toBe('not-indicated')
    expect(primaryVerdict(read({ ferritin: 60 }))).toBe('indicated')
  })

  it('TSAT alone does not decide in a child: ferritin is needed', () => {
    const result = read({ tsat: 10, child: true })
    expect(result.status).toBe('incomplete')
    expect(result.needs).toBe('ferritin')
    expect(result.summary).toContain('Ferritin is needed')
  })
})

describe('interpretIronStudies: caveats', () => {
  it('lists the bundle caveats with their sources in every state', () => {
    for (const input of [{}, { ferritin: -1 }, { ferritin: 85 }, { ferritin: 30, tsat: 15 }, { ferritin: 30, child: true }]) {
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
    { ferritin: anyValue, tsat: anyValue, child: fc.boolean(), inflammation: fc.boolean() },
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
        if (primaryVerdict(read({ ferritin: low, child: true })) === 'not-indicated') {
          expect(primaryVerdict(read({ ferritin: high, child: true }))).toBe('not-indicated')
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
    expect(read({ ferritin: 40, tsat: 25, child: true }).primary).toMatchObject({ verdict: 'indicated', unconfirmed: expect.any(String) })
    expect(read({ ferritin: 60, tsat: 25, child: true }).primary).toMatchObject({ verdict: 'not-indicated', unconfirmed: expect.any(String) })
  })
})
