/**
 * axe (WCAG 2.2 AA, plus the heading and landmark rules) over the whole page as it stands, for the
 * accessibility test files. The medications page has a file of its own: with every drug entry on
 * it, its check alone takes as long as all the others.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

// Headings in order, content inside landmarks and landmarks told apart by name are best practice, not WCAG tags: asked for too, in the same run.
const STRUCTURE_RULES = ['heading-order', 'region', 'landmark-one-main', 'page-has-heading-one', 'landmark-unique']

export async function expectNoViolations(page: Page, label: string) {
  // One axe run per page (the WCAG tags plus the structure rules): a second run would walk the whole page again.
  const results = await new AxeBuilder({ page })
    .options({
      rules: Object.fromEntries(STRUCTURE_RULES.map((rule) => [rule, { enabled: true }])),
      // Every failing element, but passing rules with one example each: a page of thousands of elements is not
      // serialised back to the test element by element.
      resultTypes: ['violations'],
    })
    .withTags(WCAG_22_AA)
    // The app has no frames: axe runs once in the page. The default, frame by frame, hands every partial
    // result back to a new page to finish: three times as long on the medications page (28 s against 11 s).
    .setLegacyMode(true)
    .analyze()
  const ran = new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id))
  expect(STRUCTURE_RULES.filter((rule) => !ran.has(rule)), 'structure rules axe did not run').toEqual([])
  const violations = results.violations.map(
    (v) => `${label}: ${v.id} — ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  )
  expect(violations).toEqual([])
}

