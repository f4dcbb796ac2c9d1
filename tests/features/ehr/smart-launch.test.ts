import { describe, expect, it } from 'vitest'
import { nginxConfWithEhr, parseOrigins, policyWithEhr } from '../../../scripts/ehr-origins.mjs'
import { planLaunch, redirectUri, SMART_SCOPE, STANDALONE_SCOPE } from '../../../src/features/ehr/smart-launch'

const ALLOWED = ['https://fhir.example.org', 'http://127.0.0.1:9000']

describe('planLaunch', () => {
  it('makes an EHR launch of an allowed iss with a launch, and a standalone launch without', () => {
    expect(planLaunch('?iss=https://fhir.example.org/r4&launch=abc', ALLOWED)).toEqual({
      kind: 'ehr',
      iss: 'https://fhir.example.org/r4',
      launch: 'abc',
      scope: 'launch openid fhirUser patient/*.rs',
    })
    expect(planLaunch('?iss=http://127.0.0.1:9000/fhir', ALLOWED)).toEqual({ kind: 'standalone', iss: 'http://127.0.0.1:9000/fhir', scope: STANDALONE_SCOPE })
    expect(STANDALONE_SCOPE).toBe(`${SMART_SCOPE} launch/patient`)
  })

  it('refuses an iss whose origin is not listed, naming it, whatever its path', () => {
    const plan = planLaunch('?iss=https://evil.example.com/fhir.example.org&launch=abc', ALLOWED)
    expect(plan).toEqual({ kind: 'refused', message: expect.stringContaining('https://evil.example.com') })
    expect(planLaunch('?iss=http://127.0.0.1:9001/fhir', ALLOWED).kind).toBe('refused')
    expect(planLaunch('?iss=not a url&launch=x', ALLOWED).kind).toBe('refused')
    expect(planLaunch('?launch=x', ALLOWED).kind).toBe('refused')
  })

  it('asks for a server when there is no iss', () => {
    expect(planLaunch('', ALLOWED)).toEqual({ kind: 'choose-server', servers: ALLOWED })
  })

  it('redirects to <base>launch/callback', () => {
    expect(redirectUri('https://app.example.org', '/rls/')).toBe('https://app.example.org/rls/launch/callback')
    expect(redirectUri('https://app.example.org', '/')).toBe('https://app.example.org/launch/callback')
  })
})

describe('EHR_ORIGINS in the Content-Security-Policy', () => {
  it('accepts https origins (and http on this machine only) and refuses anything else', () => {
    expect(parseOrigins(' https://fhir.example.org/r4  https://auth.example.org ')).toEqual(['https://fhir.example.org', 'https://auth.example.org'])
    expect(parseOrigins('http://127.0.0.1:8080')).toEqual(['http://127.0.0.1:8080'])
    expect(() => parseOrigins('http://fhir.example.org')).toThrow(/https/)
    expect(() => parseOrigins('fhir.example.org')).toThrow(/not an origin/)
    expect(parseOrigins(undefined)).toEqual([])
  })

  it('adds them to connect-src and frame-ancestors, in the page and in nginx (which then drops X-Frame-Options)', () => {
    expect(policyWithEhr("default-src 'self'; connect-src 'self'; object-src 'none'", { ehrOrigins: ['https://fhir.example.org'] })).toBe(
      "default-src 'self'; connect-src 'self' https://fhir.example.org; object-src 'none'",
    )
    const conf = [
      `        add_header Content-Security-Policy "default-src 'self'; connect-src 'self'; frame-ancestors 'none'" always;`,
      '        add_header X-Frame-Options "DENY" always;',
      '',
    ].join('\n')
    expect(nginxConfWithEhr(conf, { ehrOrigins: ['https://fhir.example.org'] })).toContain("connect-src 'self' https://fhir.example.org; frame-ancestors 'none'")
    const framed = nginxConfWithEhr(conf, { ehrOrigins: [], frameAncestors: ['https://ehr.example.org'] })
    expect(framed).toContain('frame-ancestors https://ehr.example.org')
    expect(framed).not.toContain('X-Frame-Options')
  })
})
