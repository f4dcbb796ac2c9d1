/**
 * Finds the Chromium the browser tests drive. Uses Debian's package (never a downloaded
 * browser): when it is missing and we are root with apt, installs it; otherwise explains how.
 * Also makes sure poppler-utils (pdfinfo, pdftotext) is there for the print tests, nginx with its
 * brotli_static module for the deploy tests and the benchmark (deploy/nginx.conf), and
 * hunspell-en-med (a medical dictionary) for the medication screener's evaluation.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx'
const NEEDED = [
  { bin: CHROMIUM_PATH, pkg: 'chromium' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { bin: '/usr/share/hunspell/en_med_glut.dic', pkg: 'hunspell-en-med' },
  { bin: NGINX_PATH, pkg: 'nginx' },
  { bin: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', pkg: 'libnginx-mod-http-brotli-static' },
]

/** The tools are missing and could not be installed here; the message says how to install them. */
export class MissingToolsError extends Error {}

function hasApt() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

export function ensureBrowserTools() {
  const missing = NEEDED.filter(({ bin }) => !existsSync(bin))
  if (missing.length === 0) return
  const packages = missing.map(({ pkg }) => pkg)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !hasApt()) {
    throw new MissingToolsError(
      `The tests need Debian's ${packages.join(' and ')} (${missing.map(({ bin }) => bin).join(', ')} not found).\n` +
        `Install with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
        `or point CHROMIUM_PATH at an existing Chromium (NGINX_PATH at an nginx). No browser is downloaded by this project.`,
    )
  }
  console.log(`Installing Debian packages for the browser tests: ${packages.join(', ')}…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env })
  } catch (error) {
    throw new MissingToolsError(`apt-get could not install ${packages.join(' ')}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const still = NEEDED.filter(({ bin }) => !existsSync(bin))
  if (still.length > 0) throw new MissingToolsError(`apt-get finished but ${still.map(({ bin }) => bin).join(', ')} is still missing.`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureBrowserTools()
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
