/**
 * The patient handout: the bundle's plain-language blocks, with only this patient's tests.
 * Pure, so the printout and the reading-level test read the same words.
 */
import type { Bundle } from '../../data/bundle-schema'
import type { TestToOrder } from './assess-patient'

export interface HandoutSection {
  heading: string
  paragraphs: string[]
  /** Shown as a list. */
  list?: boolean
}

export interface Handout {
  title: string
  sections: HandoutSection[]
}

export function buildHandout(handout: Bundle['patientWorkup']['handout'], tests: readonly TestToOrder[]): Handout {
  const texts = new Map(handout.tests.map((test) => [test.lab, test.text]))
  const testLines = tests.flatMap((test) => {
    const text = texts.get(test.lab.id)
    return text ? [text] : []
  })
  return {
    title: handout.title,
    sections: [
      { heading: 'What is RLS?', paragraphs: handout.intro },
      { heading: handout.testsHeading, paragraphs: testLines, list: true },
      { heading: handout.drawHeading, paragraphs: handout.draw, list: true },
      { heading: handout.changeHeading, paragraphs: handout.change, list: true },
      { heading: handout.medicinesHeading, paragraphs: handout.medicines },
      { heading: handout.helpHeading, paragraphs: handout.help },
    ].filter((section) => section.paragraphs.length > 0),
  }
}

/** The handout as running text, one sentence-ending line per item, for measuring it. */
export function handoutAsText(handout: Handout): string {
  return [handout.title, ...handout.sections.flatMap((s) => [s.heading, ...s.paragraphs])]
    .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
    .join('\n')
}
