/**
 * The order a mutant's test files run in, in the mutation run only (vitest.mutation.config.ts).
 *
 * A mutant stops at its first failing test (StrykerJS bails), so the order decides how long a detected mutant
 * takes, never whether it is detected: a surviving mutant runs every file either way. Vitest's own order runs
 * the longest files first (the lookup's index, the vocabulary build, the held-out false-flag measure: 4 to 9 s
 * each), before the short files that test the mutated function. Here the files that failed on the last mutant
 * come first, as vitest does (the next mutant is usually in the same function), then the quickest.
 */
import { relative } from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

export default class QuickestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const resultOf = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`)
    const rank = (file: TestSpecification) => {
      const result = resultOf(file)
      // Never run yet (the dry run, or a file new to it): by vitest's order, after the known ones.
      return { failedLast: result?.failed === true, duration: result?.duration ?? Number.POSITIVE_INFINITY }
    }
    const inVitestOrder = await super.sort(files)
    return inVitestOrder
      .map((file, at) => ({ file, at, ...rank(file) }))
      .sort((a, b) => Number(b.failedLast) - Number(a.failedLast) || a.duration - b.duration || a.at - b.at)
      .map(({ file }) => file)
  }
}
