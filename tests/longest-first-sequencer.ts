/**
 * The order test files start in. Vitest starts the files that took longest last time first, from its cache, so that
 * both workers finish together; a fresh clone (CI) has no cache and falls back to file size, which started the
 * accessibility file (short source, long run) near the end, alone on one core. The browser files known to run
 * longest go first whatever the cache holds; the rest keep vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const LONGEST_FIRST = [
  'tests/browser/prerender.test.ts',
  'tests/browser/patient.test.ts',
  'tests/browser/accessibility.test.ts',
  'tests/browser/shell.test.ts',
  'tests/browser/ehr-launch.test.ts',
  'tests/browser/privacy-and-security.test.ts',
  'tests/browser/patient-bedside.test.ts',
]

const rank = (file: TestSpecification) => {
  const index = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(path))
  return index === -1 ? LONGEST_FIRST.length : index
}

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    // A stable sort: files not listed keep vitest's own order, after the listed ones.
    return sorted.map((file, at) => ({ file, at })).sort((a, b) => rank(a.file) - rank(b.file) || a.at - b.at).map(({ file }) => file)
  }
}
