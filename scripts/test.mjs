/**
 * `npm test`: every test, then the plain closing line CI counts: "N passed, N failed, N skipped".
 *
 * The unit projects run first (jsdom and Node, two files at a time), then the browser project (two
 * vitest runs, summed), so jsdom and Chromium do not compete for the same cores. Arguments (`npm test -- tests/x.test.ts`,
 * `--project unit`) go to a single vitest run instead.
 *
 * Everything is counted: a test file whose set-up failed (a `beforeAll` that throws, a file that
 * fails to import) counts as one failure, its tests that never ran as skipped; missing browser
 * tools still end with the line, as one failure.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { ensureBrowserTools } from './ensure-chromium.mjs'

const totals = { passed: 0, failed: 0, skipped: 0 }
const closingLine = () => `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`

/** Adds one vitest JSON report to the totals; a run that failed without a failure in it counts as one. */
export function countReport(report, exitStatus) {
  const counts = { passed: 0, failed: 0, skipped: 0 }
  if (report) {
    counts.passed = report.numPassedTests ?? 0
    counts.failed = report.numFailedTests ?? 0
    counts.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    // A file that failed with no failed test in it failed in its set-up or on import.
    for (const file of report.testResults ?? []) {
      const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed').length
      if (file.status === 'failed' && failedTests === 0) counts.failed += 1
    }
  }
  if (exitStatus !== 0 && counts.failed === 0) counts.failed = 1
  return counts
}

function runVitest(args, label) {
  const report = `.vitest-report${label ? `-${label}` : ''}.json`
  rmSync(report, { force: true })
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    stdio: 'inherit',
  })
  let parsed
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8'))
  } catch {
    parsed = undefined
  }
  const counts = countReport(parsed, run.status ?? 1)
  for (const key of Object.keys(totals)) totals[key] += counts[key]
  return run.status ?? 1
}

function main() {
  try {
    ensureBrowserTools()
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    totals.failed += 1
    console.log(closingLine())
    return 1
  }
  const args = process.argv.slice(2)
  const statuses = args.length > 0 ? [runVitest(args, '')] : [runVitest(['--project', 'unit', '--project', 'unit-logic'], 'unit'), runVitest(['--project', 'browser'], 'browser')]
  console.log(closingLine())
  return statuses.every((status) => status === 0) && totals.failed === 0 ? 0 : 1
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main())
