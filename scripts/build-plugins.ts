/**
 * Build steps that run inside `vite build`:
 *  - `prerender()` renders every page to `dist/<path>/index.html` (before the service worker is
 *    generated, so the worker precaches the pages);
 *  - `listAppCode()` names, in each page, the app code its script fetches ahead of first use;
 *  - `precompress()` writes `.br` and `.gz` beside every text file (last, so the worker is included).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { precompressDirectory } from './precompress.mjs'

export const BUNDLE_FILE = 'public/data/rls.json'

/** `/rls` or `rls/` or `/rls/` → `/rls/`; empty → `/`. */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

type EntryServer = typeof import('../src/entry-server')

/** The address the build renders for its not-found page (`404.html`): no route matches it. */
const NOT_FOUND_PATH = '/404'

/**
 * Renders every route with the app's server entry into the client build. The bundle is validated
 * with the full schema here, so a bad bundle fails the build; its digest goes into the app
 * (`import.meta.env.VALIDATED_BUNDLE_SHA256`) so the browser can skip a second validation.
 */
export function prerender(): Plugin {
  let config: ResolvedConfig
  let bundleDigest = ''
  return {
    name: 'rls:prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    config(userConfig) {
      const root = resolve(userConfig.root ?? process.cwd())
      bundleDigest = sha256Hex(readFileSync(join(root, BUNDLE_FILE)))
      return { define: { 'import.meta.env.VALIDATED_BUNDLE_SHA256': JSON.stringify(bundleDigest) } }
    },
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const started = performance.now()
        const outDir = resolve(config.root, config.build.outDir)
        // Inside node_modules so the server build's bare imports resolve from the project.
        const cacheDir = join(config.root, 'node_modules/.cache')
        mkdirSync(cacheDir, { recursive: true })
        const ssrDir = mkdtempSync(join(cacheDir, 'prerender-'))
        try {
          await build({
            configFile: config.configFile,
            root: config.root,
            mode: config.mode,
            base: config.base,
            logLevel: 'warn',
            build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false, minify: false },
          })
          const server = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as EntryServer
          const bundleBytes = readFileSync(join(outDir, 'data/rls.json'))
          if (sha256Hex(bundleBytes) !== bundleDigest) throw new Error(`${BUNDLE_FILE} changed during the build: build again.`)
          const { parseBundle } = await server.loadValidator()
          const bundle = parseBundle(JSON.parse(bundleBytes.toString('utf8')))
          const template = readFileSync(join(outDir, 'index.html'), 'utf8')
          const pages = server.pagesToPrerender(bundle)
          for (const path of pages) {
            const page = await server.renderPage(path, bundle)
            if (page.status !== 200) throw new Error(`Prerendering ${path} answered ${page.status}.`)
            const file = join(outDir, path, 'index.html')
            mkdirSync(dirname(file), { recursive: true })
            writeFileSync(file, fillTemplate(template, page, `${config.base}${path.slice(1)}`))
          }
          const notFound = await server.renderPage(NOT_FOUND_PATH, bundle)
          if (notFound.status !== 404) throw new Error(`The not-found page answered ${notFound.status}.`)
          writeFileSync(join(outDir, '404.html'), fillTemplate(template, notFound, null))
          config.logger.info(`prerendered ${pages.length} pages and 404.html in ${Math.round(performance.now() - started)} ms`)
        } finally {
          rmSync(ssrDir, { recursive: true, force: true })
        }
      },
    },
  }
}

/** Puts a rendered page into the built index.html: its markup in #root, its title. */
function fillTemplate(template: string, page: { title: string | null; html: string }, address: string | null): string {
  const root = '<div id="root"></div>'
  if (!template.includes(root)) throw new Error('index.html has no empty <div id="root"></div> to prerender into.')
  const marker = address === null ? '' : ` data-prerendered="${escapeHtml(address)}"`
  let html = template.replace(root, () => `<div id="root"${marker}>${page.html}</div>`)
  if (page.title) html = html.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title!)}</title>`)
  return paintWhole(html)
}

/** Pages up to this size paint whole; a longer one (the medications reference) paints as it arrives. */
const PAINT_WHOLE_UP_TO_BYTES = 200_000

/**
 * The browser paints a page as soon as it has parsed part of it, then lays the whole page out
 * again once the rest is parsed, then runs the page's script and its own work for the finished
 * document (the form filler reads every field, forcing layouts): on a slow phone each is a long
 * task just after the first paint, while the clinician starts reading and tapping. A page small
 * enough to arrive in a moment is painted once, whole and settled: its first paint waits
 * (`blocking="render"`) until the parser reaches the marker after the page's content and the
 * page's script (a couple of kB, asked for at once rather than at low priority) has run. What is
 * painted then answers a tap at once. Browsers without render blocking paint as before.
 */
function paintWhole(html: string): string {
  if (Buffer.byteLength(html) > PAINT_WHOLE_UP_TO_BYTES) return html
  const end = '</body>'
  if (!html.includes(end)) throw new Error('index.html has no </body> to mark the end of the page in.')
  const script = /<script type="module" fetchpriority="low" /g
  if (!script.test(html)) throw new Error('index.html has no page script to wait for before the first paint.')
  return html
    .replace(script, () => '<script type="module" blocking="render" ')
    .replace('</head>', () => '<link rel="expect" href="#page-end" blocking="render"></head>')
    .replace(end, () => '<span id="page-end"></span></body>')
}

/**
 * Names, in each page's `<meta name="app-code">`, the files the page's script imports when the
 * app starts (React, the app and everything they import, the pages' own chunks aside), so the
 * script can fetch them into the cache after the first paint without running them. Read from the
 * build's chunk graph: what the entry's code imports dynamically and what that imports, less what
 * the entry itself already loaded.
 */
export function listAppCode(): Plugin {
  let base = '/'
  return {
    name: 'rls:list-app-code',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      base = resolved.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return []
        const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])))
        const withImports = (file: string, into: Set<string>) => {
          if (into.has(file)) return
          into.add(file)
          for (const imported of chunks.get(file)?.imports ?? []) withImports(imported, into)
        }
        const loaded = new Set<string>()
        withImports(entry.fileName, loaded)
        const started = new Set<string>()
        for (const file of loaded) for (const imported of chunks.get(file)?.dynamicImports ?? []) withImports(imported, started)
        const files = [...started].filter((file) => !loaded.has(file))
        const styles = files.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])])
        if (files.length === 0) throw new Error('rls:list-app-code: the page script imports no app code: was main.tsx changed?')
        return [{ tag: 'meta', attrs: { name: 'app-code', content: [...files, ...styles].map((file) => `${base}${file}`).join(' ') }, injectTo: 'head' }]
      },
    },
  }
}

export function precompress(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'rls:precompress',
    enforce: 'post',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      // After vite-plugin-pwa has written the service worker.
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const count = await precompressDirectory(outDir)
        config.logger.info(`precompressed ${count} text files (.br, .gz) in ${relative(config.root, outDir) || '.'}`)
      },
    },
  }
}
