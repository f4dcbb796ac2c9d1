/**
 * Runs the shipped deploy/nginx.conf over a build, on 127.0.0.1 and a free port, for the
 * browser tests and the benchmark. Only the config's three SITE lines are changed (address,
 * folder, not-found page); nginx runs in the foreground with its prefix in a temporary folder.
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { NGINX_PATH } from './ensure-chromium.mjs'
import { nginxConfWithEhr } from './ehr-origins.mjs'

export const NGINX_CONF = resolve(dirname(fileURLToPath(import.meta.url)), '../deploy/nginx.conf')

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: no line matches ${pattern}`)
  return text.replace(pattern, replacement)
}

/** The shipped config with the three SITE lines set for this server. */
export function siteConfig({ port, root, basePath, ehr }) {
  let conf = readFileSync(NGINX_CONF, 'utf8')
  // A build for EHR launches: its EHR origins in the header policy too (scripts/ehr-origins.mjs).
  if (ehr) conf = nginxConfWithEhr(conf, ehr)
  conf = replaceOnce(conf, /^(\s*)listen\s+[^;]+;(.*# SITE.*)$/m, `$1listen 127.0.0.1:${port};$2`)
  conf = replaceOnce(conf, /^(\s*)root\s+[^;]+;(.*# SITE.*)$/m, `$1root ${root};$2`)
  conf = replaceOnce(conf, /^(\s*)error_page 404\s+[^;]+;(.*# SITE.*)$/m, `$1error_page 404 ${basePath}404.html;$2`)
  return conf
}

async function waitForServer(url, child, output) {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${output.join('')}`)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  throw new Error(`nginx did not answer at ${url}: ${output.join('')}`)
}

class PortTakenError extends Error {}

const BIND_FAILED = /bind\(\) to [^ ]+ failed|Address already in use/

async function startOnFreePort({ prefix, root, basePath, ehr }) {
  const port = await freePort()
  const conf = join(prefix, 'nginx.conf')
  writeFileSync(conf, siteConfig({ port, root, basePath, ehr }))
  const output = []
  const child = spawn(NGINX_PATH, ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', `daemon off; pid ${join(prefix, 'nginx.pid')};`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk) => output.push(String(chunk)))
  child.stderr.on('data', (chunk) => output.push(String(chunk)))
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitForServer(`${origin}${basePath}`, child, output)
    // An answer may have come from whoever took the port, before nginx gave up on it.
    await new Promise((r) => setTimeout(r, 100))
    if (child.exitCode !== null || BIND_FAILED.test(output.join(''))) throw new Error(`nginx could not bind ${origin}: ${output.join('')}`)
  } catch (error) {
    child.kill('SIGKILL')
    if (BIND_FAILED.test(output.join(''))) throw new PortTakenError(`port ${port} was taken: ${output.join('')}`)
    throw error
  }
  return { child, origin, output }
}

/**
 * Serves `distDir` (a build made with `basePath`) through nginx.
 * Returns the site's address (`http://127.0.0.1:PORT/rls/`) and `stop()`.
 */
export async function startNginx({ distDir, basePath = '/', ehr }) {
  const prefix = mkdtempSync(join(tmpdir(), 'rls-nginx-'))
  // nginx's workers run unprivileged: they must be able to read the site.
  chmodSync(prefix, 0o755)
  chmodSync(distDir, 0o755)
  let root = resolve(distDir)
  if (basePath !== '/') {
    // The build lives at <root><basePath>, as it would be copied on a real host.
    root = join(prefix, 'www')
    const site = join(root, basePath.replace(/^\/|\/$/g, ''))
    mkdirSync(dirname(site), { recursive: true })
    symlinkSync(resolve(distDir), site)
  }
  // The free port is found by binding and releasing it, so another process can take it before
  // nginx binds it: then nginx fails to bind (or, worse, the other server answers). Detect that
  // and try again on a new port.
  let started
  for (let attempt = 1; ; attempt++) {
    try {
      started = await startOnFreePort({ prefix, root, basePath, ehr })
      break
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= 5) {
        rmSync(prefix, { recursive: true, force: true })
        throw error
      }
    }
  }
  const { child, origin, output } = started
  return {
    origin,
    url: `${origin}${basePath}`,
    log: () => output.join(''),
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) {
          rmSync(prefix, { recursive: true, force: true })
          return resolveStop()
        }
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true })
          resolveStop()
        })
        child.kill('SIGTERM')
      }),
  }
}
