/**
 * `npm run bench`: what the first page costs to download.
 * Prints the JS and CSS that dist/index.html loads, in gzip bytes.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = 'dist'
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })

const html = readFileSync(join(dist, 'index.html'), 'utf8')
const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
let total = 0
for (const file of assets) {
  const size = gz(file)
  total += size
  console.log(`${file.padEnd(40)} ${String(size).padStart(8)} B gzip`)
}
console.log(`${'first page JS+CSS'.padEnd(40)} ${String(total).padStart(8)} B gzip`)
console.log(`${'content bundle data/rls.json'.padEnd(40)} ${String(gz('data/rls.json')).padStart(8)} B gzip`)
