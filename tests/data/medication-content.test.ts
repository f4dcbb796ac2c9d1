/**
 * Integrity of the medication content of the bundle: complete classes, a grade, sources and one
 * line of advice for every drug, US and UK brands that name one ingredient only, augmentation as a
 * treatment complication (never a cause), withdrawal drugs that say "taper", weak triggers that
 * say "do not stop a needed drug for this alone", and the review's medication items (A2, A4, A6,
 * A7, A9, C, D5, D6).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { Bundle, EVIDENCE_GRADES, findBrokenReferences } from '../../src/data/bundle-schema'
import type { Medication } from '../../src/data/bundle-schema'

const bundle = z.parse(Bundle, JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/rls.json'), 'utf8')))
const medication = (id: string) => {
  const found = bundle.medications.find((m) => m.id === id)
  if (!found) throw new Error(`no medication "${id}"`)
  return found
}
const medicationClass = (id: string) => {
  const found = bundle.medicationClasses.find((c) => c.id === id)
  if (!found) throw new Error(`no medication class "${id}"`)
  return found
}
/** What a brand is matched on: the name before a "(with …)" or "(withdrawn)" qualifier. */
const brandHead = (brand: string) => (brand.split('(')[0] ?? '').trim().toLowerCase()
const displayedNames = (m: Medication) => [m.name, ...m.aliases, ...m.brands.us, ...m.brands.uk]
const rank = (grade: string) => EVIDENCE_GRADES.length - EVIDENCE_GRADES.indexOf(grade as (typeof EVIDENCE_GRADES)[number])

const WEAK_LINE = /do not stop a needed drug for this alone/i
const TAPER_LINE = /do not stop abruptly; taper/i

describe('medications: every class complete, every drug graded, cited and advised', () => {
  it('has no role, effect or reference problem the schema would reject', () => {
    expect(findBrokenReferences(bundle)).toEqual([])
  })

  it('gives every class at least one member, a role and the classification it was enumerated from', () => {
    for (const cls of bundle.medicationClasses) {
      expect(bundle.medications.filter((m) => m.class === cls.id).length, cls.id).toBeGreaterThan(0)
      expect(cls.classification?.sources.length ?? 0, `${cls.id} classification`).toBeGreaterThan(0)
    }
  })

  it('gives every drug a grade, a rationale, at least one source and one line of advice', () => {
    const bad = bundle.medications
      .filter((m) => !m.gradeRationale.trim() || m.sources.length === 0 || !m.advice.trim() || !(EVIDENCE_GRADES as readonly string[]).includes(m.grade))
      .map((m) => m.id)
    expect(bad).toEqual([])
  })

  it('cites the drug databases the brand names come from', () => {
    const missing = bundle.medications.flatMap((m) => [
      ...(m.brands.us.length > 0 && !m.sources.includes('dailymed') ? [`${m.id}: US brands without DailyMed`] : []),
      ...(m.brands.uk.length > 0 && !m.sources.includes('emc') ? [`${m.id}: UK brands without the emc`] : []),
    ])
    expect(missing).toEqual([])
    for (const id of ['dailymed', 'emc', 'bnf', 'who-atc']) {
      const source = bundle.sources.find((s) => s.id === id)
      expect(source?.type, id).toBe('drug database')
      expect(source?.url, id).toMatch(/^https:\/\//)
      expect(source?.doi ?? source?.pmid, id).toBeUndefined()
    }
  })

  it('lists each US or UK brand under one ingredient only', () => {
    const clashes: string[] = []
    for (const market of ['us', 'uk'] as const) {
      const owner = new Map<string, string>()
      for (const m of bundle.medications)
        for (const brand of m.brands[market]) {
          const other = owner.get(brandHead(brand))
          if (other !== undefined && other !== m.id) clashes.push(`${market} ${brand}: ${other} and ${m.id}`)
          owner.set(brandHead(brand), m.id)
        }
    }
    expect(clashes).toEqual([])
  })

  it('enumerates the class members a clinician expects, with their major brands (review C, D6)', () => {
    const expected: Record<string, string[]> = {
      antipsychotics: ['aripiprazole', 'clozapine', 'ziprasidone', 'fluphenazine', 'perphenazine', 'paliperidone', 'haloperidol', 'quetiapine', 'olanzapine', 'risperidone', 'amisulpride', 'zuclopenthixol', 'flupentixol'],
      snris: ['venlafaxine', 'desvenlafaxine', 'duloxetine', 'milnacipran', 'levomilnacipran'],
      ssris: ['citalopram', 'escitalopram', 'fluoxetine', 'fluvoxamine', 'paroxetine', 'sertraline'],
      'sedating-antihistamines': ['diphenhydramine', 'doxylamine', 'dimenhydrinate', 'meclizine', 'cyclizine', 'cinnarizine', 'promethazine', 'chlorphenamine', 'hydroxyzine'],
      'dopamine-blocking-antiemetics': ['metoclopramide', 'prochlorperazine', 'droperidol', 'trimethobenzamide'],
      'other-antidepressants': ['vortioxetine', 'trazodone'],
      'calcium-channel-blockers': ['amlodipine', 'diltiazem', 'verapamil', 'nifedipine'],
      'opioid-withdrawal': ['oxycodone', 'morphine', 'codeine', 'tramadol', 'buprenorphine', 'methadone', 'fentanyl'],
      'benzodiazepine-withdrawal': ['alprazolam', 'clonazepam', 'diazepam', 'lorazepam', 'temazepam'],
    }
    for (const [classId, ids] of Object.entries(expected))
      for (const id of ids) expect(medication(id).class, id).toBe(classId)
    const brands: [string, 'us' | 'uk', string][] = [
      ['aripiprazole', 'us', 'Abilify'],
      ['dimenhydrinate', 'us', 'Dramamine'],
      ['meclizine', 'us', 'Antivert'],
      ['cyclizine', 'uk', 'Valoid'],
      ['doxylamine', 'us', 'Diclegis (with pyridoxine)'],
      ['doxylamine', 'uk', 'Xonvea (with pyridoxine)'],
      ['diphenhydramine', 'us', 'ZzzQuil'],
      ['diphenhydramine', 'us', 'Sominex'],
      ['promethazine', 'uk', 'Sominex'],
      ['oxycodone', 'uk', 'Targinact (with naloxone)'],
    ]
    for (const [id, market, brand] of brands) expect(medication(id).brands[market], `${id} ${market}`).toContain(brand)
    expect(bundle.medications.length).toBeGreaterThanOrEqual(150)
  })
})

describe('medications: augmentation is a treatment complication, never a cause (review A2)', () => {
  const dopaminergic = ['levodopa', 'pramipexole', 'ropinirole', 'rotigotine', 'cabergoline']

  it('gives the dopaminergic RLS treatments the treatment-complication role and the augmentation effect', () => {
    for (const id of dopaminergic) {
      const m = medication(id)
      expect([m.roles, m.effect], id).toEqual([['rls treatment'], 'augmentation'])
      expect(`${m.gradeRationale} ${m.mechanismNote} ${m.advice}`, id).not.toMatch(/can trigger|triggers RLS|causes RLS|cause of RLS/i)
    }
    // Every drug with the augmentation effect is a dopaminergic drug (apomorphine, a Parkinson's drug, included).
    expect(bundle.medications.filter((m) => m.effect === 'augmentation').every((m) => [...dopaminergic, 'apomorphine'].includes(m.id))).toBe(true)
  })

  it('never lists a treatment-complication class under a cause that is not itself a treatment complication', () => {
    // The schema refuses it: a trigger cause given a class of RLS treatments fails the parse, at that class.
    const broken = JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/rls.json'), 'utf8'))
    const complicationClass = bundle.medicationClasses.find((c) => c.roles.includes('rls treatment'))
    const triggerCause = broken.causes.findIndex((c: { role: string }) => c.role !== 'treatment complication')
    expect(complicationClass).toBeDefined()
    broken.causes[triggerCause].medicationClasses = [...(broken.causes[triggerCause].medicationClasses ?? []), complicationClass!.id]
    const result = z.safeParse(Bundle, broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(
      `causes.${triggerCause}.medicationClasses.${broken.causes[triggerCause].medicationClasses.length - 1}`,
    )
    const augmentation = bundle.causes.find((c) => c.id === 'dopaminergic-augmentation')
    expect(augmentation?.role).toBe('treatment complication')
    expect(augmentation?.summary).toMatch(/Dopaminergic drugs do not cause RLS; long-term use for RLS can cause augmentation/)
    expect(augmentation?.aliases.some((a) => /^dopamine agonists$|parkinson/i.test(a))).toBe(false)
  })

  it('carries the IRLSSG/EURLSSG 2016 augmentation criteria with their verified reference', () => {
    expect(bundle.augmentation.statement.text).toMatch(/do not cause RLS/)
    expect(bundle.augmentation.criteria.items.length).toBeGreaterThanOrEqual(3)
    expect(bundle.augmentation.criteria.items.map((i) => i.text).join(' ')).toMatch(/4 hours/)
    const source = bundle.sources.find((s) => s.id === 'garcia-borreguero-2016')
    expect([source?.doi, source?.pmid, source?.year, source?.journal]).toEqual(['10.1016/j.sleep.2016.01.017', '27448465', 2016, 'Sleep Med'])
    expect(bundle.augmentation.criteria.sources).toContain('garcia-borreguero-2016')
  })

  it('lists opioids (an RLS treatment) only for what stopping them does', () => {
    const opioids = bundle.medications.filter((m) => m.class === 'opioid-withdrawal')
    expect(opioids.map((m) => m.id)).toContain('tramadol')
    expect(opioids.filter((m) => m.effect !== 'withdrawal').map((m) => m.id)).toEqual([])
  })
})

describe('medications: safety lines (review A6, guide)', () => {
  it('tells the prescriber to taper every withdrawal drug', () => {
    const bad = bundle.medications.filter((m) => m.effect === 'withdrawal' && !TAPER_LINE.test(m.advice)).map((m) => m.id)
    expect(bad).toEqual([])
    expect(bundle.medications.filter((m) => m.effect === 'withdrawal').length).toBeGreaterThanOrEqual(30)
  })

  it('says "do not stop a needed drug for this alone" for every weak trigger and every weak report', () => {
    // Over-the-counter sedating antihistamines are the exception (review A9): their advice is to stop or replace them.
    const overTheCounter = /stop or replace (them|it) where not needed/i
    const weak = bundle.medications.filter(
      (m) =>
        m.roles.includes('insufficient evidence') ||
        (m.roles.some((role) => role === 'triggers' || role === 'worsens') && (m.grade === 'Possible' || m.grade === 'Disputed')),
    )
    expect(weak.length).toBeGreaterThan(50)
    expect(weak.filter((m) => !WEAK_LINE.test(m.advice) && !overTheCounter.test(m.advice)).map((m) => m.id)).toEqual([])
    expect(weak.filter((m) => m.roles.includes('insufficient evidence') && !WEAK_LINE.test(m.advice)).map((m) => m.id)).toEqual([])
  })

  it('marks the non-guideline classes as insufficient evidence, and levothyroxine with a TSH check', () => {
    for (const classId of ['beta-blockers', 'calcium-channel-blockers', 'h2-blockers']) {
      const members = bundle.medications.filter((m) => m.class === classId)
      expect(members.filter((m) => !m.roles.includes('insufficient evidence')).map((m) => m.id), classId).toEqual([])
      expect(medicationClass(classId).advice).toMatch(WEAK_LINE)
    }
    const levothyroxine = medication('levothyroxine')
    expect(levothyroxine.roles).toEqual(['insufficient evidence'])
    expect(levothyroxine.advice).toMatch(/TSH/)
    expect(levothyroxine.advice).toMatch(WEAK_LINE)
    for (const id of ['drug-beta-blockers', 'drug-h2-blockers', 'drug-calcium-channel-blockers'])
      expect(bundle.causes.find((c) => c.id === id)?.actions.join(' '), id).toMatch(WEAK_LINE)
  })
})

describe('medications: the review’s other medication items', () => {
  it('rests no grade on the Bailey 2016 chart review (A4)', () => {
    const citing = [...bundle.medications, ...bundle.causes].filter((e) => e.sources.includes('bailey-2016')).map((e) => e.id)
    expect(citing).toEqual([])
    expect(bundle.sources.find((s) => s.id === 'bailey-2016')?.note).toMatch(/no unexposed comparison group/)
    expect(medicationClass('snris').gradeRationale).toMatch(/Bailey\) had no unexposed group/)
    for (const id of ['venlafaxine', 'duloxetine']) expect(medication(id).grade, id).toBe('Possible')
  })

  it('grades the antidepressants consistently with the 2010 scoring review (A9)', () => {
    expect(rank(medication('mianserin').grade)).toBeGreaterThanOrEqual(rank(medication('fluoxetine').grade))
    expect(rank(medication('mianserin').grade)).toBeGreaterThanOrEqual(rank(medication('paroxetine').grade))
    expect(medication('mianserin').gradeRationale).toMatch(/12/)
  })

  it('keeps the lookup from contradicting the alternatives (A7) and aliases honest (D5)', () => {
    const aliases = bundle.causes.flatMap((c) => c.aliases.map((a) => a.toLowerCase()))
    for (const bare of ['allergy tablets', 'hay fever tablets', 'nicotine patches', 'soft drinks']) expect(aliases, bare).not.toContain(bare)
    const misspellings: [string, string][] = [
      ['metoclopramide', 'metaclopramide'],
      ['olanzapine', 'olanzepine'],
      ['amitriptyline', 'amitryptiline'],
      ['ropinirole', 'ropinerole'],
      ['mirtazapine', 'mirtazepine'],
    ]
    for (const [id, misspelling] of misspellings) {
      expect(medication(id).matchOnly, id).toContain(misspelling)
      expect(displayedNames(medication(id)), id).not.toContain(misspelling)
    }
    const overlap = bundle.medications.flatMap((m) => (m.matchOnly ?? []).filter((name) => displayedNames(m).includes(name)).map((name) => `${m.id}: ${name}`))
    expect(overlap).toEqual([])
  })

  it('offers drug-level alternatives where a source supports one (C)', () => {
    const antiemetic = medicationClass('dopamine-blocking-antiemetics').alternatives.map((a) => a.text).join(' ')
    expect(antiemetic).toMatch(/ondansetron/i)
    expect(antiemetic).toMatch(/domperidone/i)
    for (const id of ['tcas', 'snris'])
      expect(medicationClass(id).alternatives.some((a) => /alpha-2-delta/.test(a.text) && /pain/.test(a.text)), id).toBe(true)
    expect(medicationClass('other-antidepressants').alternatives.some((a) => /bupropion/i.test(a.text))).toBe(true)
    // Domperidone is offered as an alternative, so it is not listed as a trigger.
    expect(bundle.medications.some((m) => /domperidone/i.test(displayedNames(m).join(' ')))).toBe(false)
  })
})
