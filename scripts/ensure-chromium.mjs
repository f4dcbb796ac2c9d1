/**
 * Finds the Chromium the browser tests drive. Uses Debian's packages (never a downloaded
 * browser): when one is missing and we are root with apt, installs it; otherwise explains how.
 * Also makes sure poppler-utils (pdfinfo, pdftotext) is there for the print tests, nginx with its
 * brotli_static module for the deploy tests and the benchmark (deploy/nginx.conf), and
 * hunspell-en-med (a medical dictionary) for the medication screener's evaluation.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The whole browser, for the benchmark (Lighthouse and keystroke timings): what clinicians run. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
/**
 * The tests' browser: Debian's chromium-headless-shell, the same Chromium (Blink, V8, the same
 * version) without the desktop browser around it. It needs about a third less CPU per page, which
 * on two cores decides how long the browser tests take. CHROMIUM_PATH, when set, serves both.
 */
export const TEST_CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'
export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx'
const SHARED = [
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { bin: '/usr/share/hunspell/en_med_glut.dic', pkg: 'hunspell-en-med' },
  { bin: NGINX_PATH, pkg: 'nginx' },
  { bin: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', pkg: 'libnginx-mod-http-brotli-static' },
]
const NEEDED = {
  tests: [{ bin: TEST_CHROMIUM_PATH, pkg: 'chromium-headless-shell' }, ...SHARED],
  bench: [{ bin: CHROMIUM_PATH, pkg: 'chromium' }, ...SHARED],
}

/** The tools are missing and could not be installed here; the message says how to install them. */
export class MissingToolsError extends Error {}

function hasApt() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

/** `use`: 'tests' (the default) or 'bench'. */
export function ensureBrowserTools(use = 'tests') {
  const needed = NEEDED[use]
  const purpose = use === 'bench' ? 'the benchmark' : 'the browser tests'
  const missing = needed.filter(({ bin }) => !existsSync(bin))
  if (missing.length === 0) return
  const packages = missing.map(({ pkg }) => pkg)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !hasApt()) {
    throw new MissingToolsError(
      `${purpose[0].toUpperCase()}${purpose.slice(1)} need Debian's ${packages.join(' and ')} (${missing.map(({ bin }) => bin).join(', ')} not found).\n` +
        `Install with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
        `or point CHROMIUM_PATH at an existing Chromium or headless shell (NGINX_PATH at an nginx). No browser is downloaded by this project.`,
    )
  }
  console.log(`Installing Debian packages for ${purpose}: ${packages.join(', ')}…`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env })
  } catch (error) {
    throw new MissingToolsError(`apt-get could not install ${packages.join(' ')}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const still = needed.filter(({ bin }) => !existsSync(bin))
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
