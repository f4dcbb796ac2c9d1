/**
 * The EHRs a build may read from (SMART on FHIR), set at build time:
 *
 *   EHR_ORIGINS="https://fhir.example.org https://auth.example.org"   FHIR servers and their authorization servers
 *   EHR_FRAME_ANCESTORS="https://ehr.example.org"                     EHRs that show the app in a frame (default 'none')
 *
 * The build puts EHR_ORIGINS in the page's Content-Security-Policy (connect-src) and uses it as the
 * allow-list for a launch's `iss`. nginx sends its own copy of the policy as a header: print the
 * shipped config with the same origins filled in with
 *
 *   EHR_ORIGINS="…" EHR_FRAME_ANCESTORS="…" node scripts/ehr-origins.mjs deploy/nginx.conf > nginx.conf
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The origins in a space-separated list, normalised (`https://fhir.example.org`). HTTPS only,
 * except on this machine (tests). Anything else stops the build with the bad entry named.
 */
export function parseOrigins(value, name = 'EHR_ORIGINS') {
  const origins = []
  for (const entry of String(value ?? '').split(/\s+/).filter(Boolean)) {
    let url
    try {
      url = new URL(entry)
    } catch {
      throw new Error(`${name}: "${entry}" is not an origin like https://fhir.example.org`)
    }
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
    if (!secure || url.origin === 'null') throw new Error(`${name}: "${entry}" must be an https:// origin`)
    if (!origins.includes(url.origin)) origins.push(url.origin)
  }
  return origins
}

/** The origins the build reads from, from the environment. */
export function ehrSettings(env = process.env) {
  return {
    ehrOrigins: parseOrigins(env.EHR_ORIGINS, 'EHR_ORIGINS'),
    frameAncestors: parseOrigins(env.EHR_FRAME_ANCESTORS, 'EHR_FRAME_ANCESTORS'),
    smartClientId: (env.SMART_CLIENT_ID ?? '').trim() || 'rls-causes',
  }
}

/** A Content-Security-Policy with the EHR origins added to connect-src (and frame-ancestors, when it has one). */
export function policyWithEhr(policy, { ehrOrigins = [], frameAncestors = [] }) {
  let result = policy.replace(/connect-src 'self'/, ["connect-src 'self'", ...ehrOrigins].join(' '))
  if (frameAncestors.length > 0) result = result.replace(/frame-ancestors 'none'/, `frame-ancestors ${frameAncestors.join(' ')}`)
  return result
}

/**
 * deploy/nginx.conf with the EHR origins in its Content-Security-Policy header. When EHRs may frame
 * the app, the X-Frame-Options header (which cannot name them) is dropped: frame-ancestors says it.
 */
export function nginxConfWithEhr(conf, settings) {
  const line = /^(\s*add_header Content-Security-Policy ")([^"]*)(" always;.*)$/m
  if (!line.test(conf)) throw new Error('deploy/nginx.conf: no Content-Security-Policy line')
  let result = conf.replace(line, (_, start, policy, end) => `${start}${policyWithEhr(policy, settings)}${end}`)
  if ((settings.frameAncestors ?? []).length > 0) result = result.replace(/^\s*add_header X-Frame-Options "DENY" always;\n/m, '')
  return result
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: EHR_ORIGINS="https://…" [EHR_FRAME_ANCESTORS="https://…"] node scripts/ehr-origins.mjs deploy/nginx.conf')
    process.exit(2)
  }
  process.stdout.write(nginxConfWithEhr(readFileSync(file, 'utf8'), ehrSettings()))
}
