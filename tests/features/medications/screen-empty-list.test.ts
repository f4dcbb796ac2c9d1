import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../../mocks/handlers/bundle'
import { parseBundle } from '../../../src/data/parse-bundle'
import { screenMedicationList, type ScreeningContent } from '../../../src/features/medications/screen-medication-list'

/**
 * Every patient page opens with an empty medication list and screens it while the page starts: that
 * must not build the name matcher (every bundle and vocabulary name), which is most of the start-up
 * work of /patient on a slow phone.
 */
describe('screening an empty medication list', () => {
  // Content whose names cannot be read: any attempt to build the matcher throws.
  const unreadable = new Proxy({} as ScreeningContent, {
    get(_target, key) {
      throw new Error(`the content's ${String(key)} were read`)
    },
  })

  it.each(['', '   ', '\n\n', ' \n\t\n '])('answers %j with empty groups without reading the content', (text) => {
    expect(screenMedicationList(text, unreadable)).toEqual({ flagged: [], recognised: [], notRecognised: [], notMedication: [], notChecked: [] })
  })

  it('reads the content at the first line written', () => {
    expect(() => screenMedicationList('\nsertraline 50 mg', unreadable)).toThrow(/were read/)
    const bundle = parseBundle(readBundleFile())
    expect(screenMedicationList('\nsertraline 50 mg', bundle).flagged.map((line) => line.lineNumber)).toEqual([2])
  })
})
