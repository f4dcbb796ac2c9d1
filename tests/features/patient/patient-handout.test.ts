import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { describe, expect, it } from 'vitest'
import { assessPatient } from '../../../src/features/patient/assess-patient'
import { buildHandout, handoutAsText } from '../../../src/features/patient/patient-handout'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const rules = bundle.patientWorkup

/** Flesch–Kincaid US school grade of a text: sentences end in . ! ? or a line break. */
function readingGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)|\n/).filter((s) => /[a-z]/i.test(s))
  const words = text.match(/[A-Za-z0-9’'-]+/g) ?? []
  const syllables = words.reduce((total, word) => total + syllable(word), 0)
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables })
}

// Every finding ticked: the handout explains every test the screen can order. Assessed inside
// each test, never while the file loads, so a change to the assessment is tried against the
// tests that use it rather than the whole suite.
const everyTestOrdered = () =>
  assessPatient(bundle, {
    age: '40',
    ageAtOnset: '30',
    sex: 'female',
    ticked: rules.findings.filter((f) => f.input === 'checkbox').map((f) => f.id),
  })

describe('patient handout', () => {
  it('reads at or below US grade 8 (Flesch–Kincaid), with every test it can list', () => {
    const handout = buildHandout(rules.handout, everyTestOrdered().tests)
    // Only the running text: short headings would flatter the figure.
    const grade = readingGrade(handout.sections.flatMap((section) => section.paragraphs).join('\n'))
    console.log(`Patient handout reading level: Flesch–Kincaid US grade ${grade.toFixed(1)}`)
    expect(grade).toBeLessThanOrEqual(8)
    // The measure is real: a clinician's sentence scores far above it.
    expect(readingGrade(bundle.causes[0]!.summary)).toBeGreaterThan(8)
  })

  it('says what RLS is, why each test, what the patient can change, and not to stop a prescribed drug alone', () => {
    const everyTest = everyTestOrdered()
    const handout = buildHandout(rules.handout, everyTest.tests)
    const text = handoutAsText(handout)
    for (const word of ['coffee', 'alcohol', 'smoke', 'sleep aids', 'allergy pills', 'Do not stop a medicine on your own']) expect(text).toContain(word)
    const tests = handout.sections.find((s) => s.heading === rules.handout.testsHeading)!
    expect(tests.paragraphs.length).toBe(everyTest.tests.filter((t) => rules.handout.tests.some((h) => h.lab === t.lab.id)).length)
  })

  it('explains only the tests ordered for this patient', () => {
    const nothing = assessPatient(bundle, {})
    const handout = buildHandout(rules.handout, nothing.tests)
    const tests = handout.sections.find((s) => s.heading === rules.handout.testsHeading)!
    expect(tests.paragraphs).toHaveLength(nothing.tests.length)
    expect(handoutAsText(handout)).not.toContain('sleep study')
  })

  it('has a plain-language line for every test the rules can order', () => {
    const orderable = new Set([...bundle.labs.filter((l) => l.group === 'all').map((l) => l.id), ...rules.labRules.map((r) => r.lab)])
    const explained = new Set(rules.handout.tests.map((t) => t.lab))
    expect([...orderable].filter((id) => !explained.has(id))).toEqual([])
  })
})
