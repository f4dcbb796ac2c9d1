/**
 * What the content rests on (review 1.1.0, point 4 of issue 16): consumer-type pages carry at
 * most 15% of all citations; nothing graded above Possible rests on them alone; the iron
 * thresholds, the dialysis rule and the children's rule cite the guideline and primary papers,
 * never the AI question-and-answer site; and no claim cites a reviewer's memory.
 */
import { describe, expect, it } from 'vitest'
import { readBundleFile } from '../../mocks/handlers/bundle'
import type { Bundle, EvidenceGrade } from '../../src/data/bundle-schema'
import { shippedBundle } from '../shipped-content'

const bundle = shippedBundle()
const typeOf = new Map(bundle.sources.map((source) => [source.id, source.type]))
const isConsumer = (id: string) => typeOf.get(id) === 'consumer article'

interface Cited {
  path: string
  sources: string[]
  grade?: EvidenceGrade
}

/** Every `sources` array in the bundle (except the source list itself), with where it sits and the grade beside it. */
function everyCitation(data: Bundle): Cited[] {
  const out: Cited[] = []
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`))
      return
    }
    if (value === null || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    const sources = record.sources
    if (Array.isArray(sources) && sources.every((id) => typeof id === 'string')) {
      const grade = typeof record.grade === 'string' ? (record.grade as EvidenceGrade) : undefined
      out.push({ path, sources: sources as string[], ...(grade ? { grade } : {}) })
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'sources') walk(child, `${path}.${key}`)
  }
  for (const [key, value] of Object.entries(data)) if (key !== 'sources') walk(value, key)
  return out
}

const cited = everyCitation(bundle)

/** Consumer citations over all citations, counting every id in every `sources` array. */
function consumerShare(citations: readonly Cited[]): { consumer: number; total: number; share: number } {
  const ids = citations.flatMap((c) => c.sources)
  const consumer = ids.filter(isConsumer).length
  return { consumer, total: ids.length, share: ids.length === 0 ? 0 : consumer / ids.length }
}

describe('consumer-type sources', () => {
  it('the count covers the whole bundle: causes, labs, iron rules, medications, conflicts, the patient workup', () => {
    const sections = new Set(cited.map((c) => c.path.split(/[.[]/)[0]))
    for (const section of ['causes', 'labs', 'ironRules', 'medications', 'medicationClasses', 'conflicts', 'patientWorkup', 'coding']) {
      expect(sections, section).toContain(section)
    }
    expect(consumerShare(cited).total).toBeGreaterThan(1000)
  })

  it('carry at most 15% of all citations', () => {
    const { consumer, total, share } = consumerShare(cited)
    expect(share, `${consumer} of ${total}`).toBeLessThanOrEqual(0.15)
  })

  it('nothing graded above Possible rests on them alone (drug databases aside)', () => {
    const above = cited.filter((c) => c.grade === 'Established' || c.grade === 'Probable')
    const alone = above.filter((c) => {
      const evidence = c.sources.filter((id) => typeOf.get(id) !== 'drug database')
      return evidence.length > 0 && evidence.every(isConsumer)
    })
    expect(alone.map((c) => `${c.path} (${c.grade}): ${c.sources.join(', ')}`)).toEqual([])
  })

  it('the rule and the share are computed, not assumed: a consumer-only Probable item is caught', () => {
    const seed = bundle.sources.find((s) => s.type === 'consumer article')?.id ?? ''
    const fake: Cited[] = [{ path: 'x', sources: [seed], grade: 'Probable' }, { path: 'y', sources: [seed] }]
    expect(consumerShare(fake).share).toBe(1)
  })
})

describe('iron thresholds rest on the guideline and primary papers', () => {
  const ai = bundle.sources.filter((s) => /AI-generated/i.test(s.journal)).map((s) => s.id)

  it('the AI question-and-answer site is recognised as such', () => {
    expect(ai).toContain('droracle')
  })

  it('no iron rule, ceiling, caution or caveat, and no lab threshold, cites it', () => {
    const ironOrThresholds = cited.filter((c) => c.path.startsWith('ironRules') || /^labs\[\d+\]\.thresholds/.test(c.path))
    expect(ironOrThresholds.length).toBeGreaterThan(10)
    expect(ironOrThresholds.filter((c) => c.sources.some((id) => ai.includes(id))).map((c) => c.path)).toEqual([])
  })

  it('the adult, dialysis and children rules cite AASM 2024', () => {
    for (const rule of [bundle.ironRules.aasm2024, bundle.ironRules.dialysis, bundle.ironRules.children]) expect(rule.sources).toContain('aasm-2024')
  })
})

describe('no claim rests on a reviewer', () => {
  it('no text cites "an independent reviewer", "reviewer knowledge" or a DOI "from memory"', () => {
    const text = JSON.stringify(readBundleFile())
    expect(text).not.toMatch(/independent reviewer|reviewer knowledge|from memory/i)
  })
})

describe('coding', () => {
  it('carries SNOMED CT 32914008 beside the ICD codes', () => {
    const snomed = bundle.coding.codes.find((code) => code.system === 'SNOMED CT')
    expect(snomed).toMatchObject({ code: '32914008' })
    expect(snomed?.sources.length).toBeGreaterThan(0)
  })
})
