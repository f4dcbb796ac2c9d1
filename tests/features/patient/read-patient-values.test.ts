import { describe, expect, it } from 'vitest'
import { calculateTsat, IRON_UNITS, MAX_AGE, readAges, readNumber } from '../../../src/features/patient/read-patient-values'

describe('readNumber: what a typed value means', () => {
  it.each([
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['   ', undefined],
    [42, 42],
    [Number.NaN, 'not-a-number'],
    [' 7 ', 7],
    ['7,5', 7.5],
    ['-7,5', -7.5],
    ['+7,5', 7.5],
    ['7.5', 7.5],
    ['12,5', 12.5],
    ['7,25', 7.25],
    ['1,000,5', 'not-a-number'],
    ['7,5 mg', 'not-a-number'],
    // A decimal comma then an exponent is no way of writing a result: not read as 7500.
    ['7,5e3', 'not-a-number'],
    ['x7,5', 'not-a-number'],
    ['abc', 'not-a-number'],
  ] as const)('%j → %j', (raw, expected) => {
    expect(readNumber(raw)).toBe(expected)
  })
})

describe('readAges: the edges of a plausible age', () => {
  it('0 and 120 are ages; -1 and 120.5 are not, and the message names the field', () => {
    expect(readAges(0, 0)).toStrictEqual({ age: 0, ageAtOnset: 0, errors: [] })
    expect(readAges(MAX_AGE, MAX_AGE)).toStrictEqual({ age: 120, ageAtOnset: 120, errors: [] })
    expect(readAges(-1, '')).toStrictEqual({ errors: [{ field: 'age', message: 'Age cannot be negative.' }] })
    expect(readAges('', 120.5)).toStrictEqual({ errors: [{ field: 'ageAtOnset', message: 'Age at onset above 120 years is not plausible: check the value.' }] })
    expect(readAges('x', '')).toStrictEqual({ errors: [{ field: 'age', message: 'Age must be a number of years.' }] })
    expect(readAges('', 'x')).toStrictEqual({ errors: [{ field: 'ageAtOnset', message: 'Age at onset must be a number of years.' }] })
  })

  it('onset at the current age is accepted; one year later is refused and dropped', () => {
    expect(readAges(50, 50)).toStrictEqual({ age: 50, ageAtOnset: 50, errors: [] })
    expect(readAges(50, 51)).toStrictEqual({ age: 50, errors: [{ field: 'ageAtOnset', message: 'Age at onset cannot be later than the current age.' }] })
  })

  it('either age alone is kept', () => {
    expect(readAges(40, undefined)).toStrictEqual({ age: 40, errors: [] })
    expect(readAges(undefined, 30)).toStrictEqual({ ageAtOnset: 30, errors: [] })
    expect(readAges('', '')).toStrictEqual({ errors: [] })
  })
})

describe('calculateTsat: the plausibility limits of each unit', () => {
  it('knows both units', () => {
    expect(IRON_UNITS).toEqual(['µmol/L', 'µg/dL'])
  })

  it.each([
    // unit, serum iron at its limit, just above, TIBC at its limit, just above, the other unit
    ['µmol/L', 150, 150.1, 200, 200.1, 'µg/dL'],
    ['µg/dL', 840, 840.1, 1120, 1120.1, 'µmol/L'],
  ] as const)('%s: serum iron %s is read, %s is not; TIBC %s is read, %s is not', (unit, iron, ironOver, tibc, tibcOver, other) => {
    expect(calculateTsat(iron, tibc, unit)).toMatchObject({ status: 'calculated', tsat: 75 })
    expect(calculateTsat(ironOver, tibc, unit)).toEqual({
      status: 'invalid',
      errors: [{ field: 'serumIron', message: `Serum iron of ${ironOver} ${unit} is not plausible: is it in ${other}? Check the unit chosen.` }],
    })
    expect(calculateTsat(iron, tibcOver, unit)).toEqual({
      status: 'invalid',
      errors: [{ field: 'tibc', message: `TIBC of ${tibcOver} ${unit} is not plausible: is it in ${other}? Check the unit chosen.` }],
    })
  })

  it('serum iron equal to TIBC is a TSAT of 100%; above it is refused', () => {
    expect(calculateTsat('45', '45', 'µmol/L')).toEqual({
      status: 'calculated',
      tsat: 100,
      text: 'TSAT 100% calculated from serum iron 45 ÷ TIBC 45 µmol/L × 100',
    })
    expect(calculateTsat('45.1', '45', 'µmol/L')).toEqual({
      status: 'invalid',
      errors: [{ field: 'serumIron', message: 'Serum iron cannot be higher than TIBC: check both values and their unit.' }],
    })
  })

  it('a TIBC of 0 is refused by name, never divided by', () => {
    expect(calculateTsat('0', '0', 'µmol/L')).toEqual({ status: 'invalid', errors: [{ field: 'tibc', message: 'TIBC cannot be zero.' }] })
    expect(calculateTsat(0, 0, 'µg/dL')).toEqual({ status: 'invalid', errors: [{ field: 'tibc', message: 'TIBC cannot be zero.' }] })
    // Serum iron 0 is a real (if extreme) result: TSAT 0%.
    expect(calculateTsat('0', '45', 'µmol/L')).toMatchObject({ status: 'calculated', tsat: 0 })
  })

  it('negative and unreadable values name their field and unit', () => {
    expect(calculateTsat('-1', '45', 'µmol/L')).toEqual({ status: 'invalid', errors: [{ field: 'serumIron', message: 'Serum iron cannot be negative.' }] })
    expect(calculateTsat('8', '-1', 'µmol/L')).toEqual({ status: 'invalid', errors: [{ field: 'tibc', message: 'TIBC cannot be negative.' }] })
    expect(calculateTsat('abc', 'x', 'µg/dL')).toEqual({
      status: 'invalid',
      errors: [
        { field: 'serumIron', message: 'Serum iron must be a number in µg/dL.' },
        { field: 'tibc', message: 'TIBC must be a number in µg/dL.' },
      ],
    })
  })

  it('one value alone asks for the other, in the chosen unit', () => {
    const message = 'Enter both serum iron and TIBC (in µmol/L) to calculate transferrin saturation.'
    expect(calculateTsat('8', '', 'µmol/L')).toEqual({ status: 'incomplete', message })
    expect(calculateTsat('', '45', 'µmol/L')).toEqual({ status: 'incomplete', message })
    expect(calculateTsat(undefined, null, 'µmol/L')).toEqual({ status: 'none' })
  })

  it('rounds to one decimal and says how it was worked out', () => {
    expect(calculateTsat('8', '45', 'µmol/L')).toEqual({ status: 'calculated', tsat: 17.8, text: 'TSAT 17.8% calculated from serum iron 8 ÷ TIBC 45 µmol/L × 100' })
    expect(calculateTsat('1', '3', 'µg/dL')).toMatchObject({ tsat: 33.3 })
    expect(calculateTsat('2', '3', 'µg/dL')).toMatchObject({ tsat: 66.7 })
    expect(calculateTsat('7,5', '45', 'µmol/L')).toMatchObject({ tsat: 16.7 })
  })
})
