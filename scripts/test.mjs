/**
 * `npm test`: every test (unit, component, browser) in one vitest run, then the plain
 * closing line CI counts: "N passed, N failed".
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { ensureBrowserTools } from './ensure-chromium.mjs'

ensureBrowserTools()

const report = '.vitest-report.json'
rmSync(report, { force: true })
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
)

let passed = 0
let failed = 0
try {
  const result = JSON.parse(readFileSync(report, 'utf8'))
  passed = result.numPassedTests
  failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0)
} catch {
  failed = 1
}
if (run.status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed`)
process.exit(run.status ?? 1)
