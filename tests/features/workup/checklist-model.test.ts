import { describe, expect, it } from 'vitest'
import { describeLoinc, groupLabs, labTitle, sameHowToDrawAs } from '../../../src/features/workup/checklist-model'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const ferritin = bundle.labs.find((lab) => lab.loinc === '2276-4')!

describe('groupLabs', () => {
  it('puts every lab in exactly one group, in the order All patients, If indicated, Not routine', () => {
    const groups = groupLabs(bundle.labs)
    expect(groups.map((g) => g.title)).toEqual(['All patients', 'If indicated', 'Not routine'])
    expect(groups.flatMap((g) => g.labs).map((l) => l.id).sort()).toEqual(bundle.labs.map((l) => l.id).sort())
    for (const group of groups) for (const lab of group.labs) expect(lab.group).toBe(group.id)
  })

  it('leaves out a group with no tests', () => {
    expect(groupLabs([ferritin]).map((g) => g.id)).toEqual(['all'])
    expect(groupLabs([])).toEqual([])
  })
})

describe('describeLoinc', () => {
  it('gives the code, and warns where the content has not confirmed it', () => {
    expect(describeLoinc(ferritin)).toEqual({ code: '2276-4', warning: null, text: 'LOINC 2276-4' })
    expect(describeLoinc({ ...ferritin, loincStatus: 'partly confirmed' }).text).toBe('LOINC 2276-4 (LOINC partly confirmed)')
    expect(describeLoinc({ ...ferritin, loincStatus: 'unconfirmed' })).toEqual({
      code: '2276-4',
      warning: 'LOINC unconfirmed',
      text: 'LOINC 2276-4 (LOINC unconfirmed)',
    })
    expect(describeLoinc({ ...ferritin, loinc: null, loincStatus: 'unconfirmed' })).toEqual({ code: null, warning: 'LOINC unconfirmed', text: 'LOINC unconfirmed' })
    expect(describeLoinc({ ...ferritin, loinc: null, loincStatus: 'not applicable' })).toEqual({ code: null, warning: null, text: 'no LOINC code' })
  })

  it('every bundle lab with a LOINC code is described with it', () => {
    for (const lab of bundle.labs) if (lab.loinc && lab.loincStatus !== 'not applicable') expect(describeLoinc(lab).code).toBe(lab.loinc)
  })
})

describe('labTitle', () => {
  it('adds the abbreviations in brackets', () => {
    expect(labTitle({ ...ferritin, name: 'Serum ferritin', abbreviations: ['SF'] })).toBe('Serum ferritin (SF)')
    expect(labTitle({ ...ferritin, name: 'Serum ferritin', abbreviations: [] })).toBe('Serum ferritin')
  })
})

describe('sameHowToDrawAs', () => {
  it('points a test drawn exactly like an earlier one to that earlier test, and only then', () => {
    const first = { ...ferritin, id: 'first', how: ['Morning', 'Fasting'] }
    const same = { ...ferritin, id: 'same', how: ['Morning', 'Fasting'] }
    const different = { ...ferritin, id: 'different', how: ['Morning'] }
    const none = { ...ferritin, id: 'none', how: [] }
    const alsoNone = { ...ferritin, id: 'also-none', how: [] }
    const map = sameHowToDrawAs([first, same, different, none, alsoNone])
    expect([...map.keys()]).toEqual(['same'])
    expect(map.get('same')?.id).toBe('first')
  })
})
