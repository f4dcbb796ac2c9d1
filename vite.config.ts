import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import { listAppCode, normalizeBasePath, precompress, prerender } from './scripts/build-plugins.ts'
import { ehrSettings, policyWithEhr } from './scripts/ehr-origins.mjs'

/** The sub-path the app is served under: `BASE_PATH=/rls/ npm run build`. Default `/`. */
const base = normalizeBasePath(process.env.BASE_PATH)

/**
 * The shipped page allows only its own scripts, styles, data and worker: nothing a user
 * types can be sent elsewhere, and injected markup cannot run. Build only, because the
 * dev server's hot-reload preamble is an inline script.
 */
const BASE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * SMART on FHIR: the EHRs this build may read a patient from (EHR_ORIGINS, space-separated: the
 * FHIR servers and their authorization servers) join connect-src and are the only `iss` a launch
 * accepts; SMART_CLIENT_ID is the app's client id at those EHRs. See scripts/ehr-origins.mjs.
 */
const EHR = ehrSettings()
const CONTENT_SECURITY_POLICY = policyWithEhr(BASE_CONTENT_SECURITY_POLICY, EHR)

/**
 * The prerendered page paints from its HTML and stylesheet alone; its one script (main.tsx, a
 * couple of kB) only fetches the app after that paint. Asking for it at low priority keeps it
 * from competing with the stylesheet on a slow connection. (A page that paints once, whole, waits
 * for it instead and asks for it at once: `paintWhole` in scripts/build-plugins.ts.)
 */
function scriptsAfterStyles(): Plugin {
  return {
    name: 'scripts-after-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" (?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low" '),
    },
  }
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/** What every page needs before it answers (the app chunk); pages, the lookup's index and the validator load lazily. */
const FIRST_VISIT_MODULES =
  /rolldown[\\/]runtime|node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack)[\\/]|src[\\/](start|router|routeTree\.gen)\.tsx?$|src[\\/](app|lib)[\\/]|src[\\/]data[\\/](bundle-query|bundle-errors|vocabulary)\.ts$|src[\\/]components[\\/](?!number-field)|src[\\/]features[\\/]search[\\/](search-box|search-params)\.tsx?$|src[\\/]features[\\/]patient[\\/]patient-in-progress\.ts$/

export default defineConfig({
  base,
  define: {
    'import.meta.env.EHR_ORIGINS': JSON.stringify(EHR.ehrOrigins.join(' ')),
    'import.meta.env.SMART_CLIENT_ID': JSON.stringify(EHR.smartClientId),
    // fhirclient's "pure" build: the browser's own fetch and AbortController, no polyfills.
    FHIRCLIENT_PURE: 'true',
  },
  resolve: {
    alias: { 'isomorphic-webcrypto': fileURLToPath(new URL('./src/features/ehr/no-webcrypto-polyfill.ts', import.meta.url)) },
  },
  plugins: [
    // The router plugin must run before react() so route files are split before JSX transform.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, quoteStyle: 'single' }),
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    scriptsAfterStyles(),
    listAppCode(),
    prerender(),
    VitePWA({
      // A new deploy (app or content) installs in the background and takes over at once;
      // the app then tells the user the content changed.
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        name: 'RLS Causes — point-of-care reference',
        short_name: 'RLS Causes',
        description: 'Causes, medication triggers and laboratory workup of restless legs syndrome.',
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: '#1e3a8a',
        background_color: '#ffffff',
        icons: [
          { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
          { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
          { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every prerendered page, every route chunk and the content bundle: the whole reference works offline.
        globPatterns: ['**/*.{js,css,html,json,png,svg}'],
        globIgnores: ['404.html'],
        // A page is cached under its address (`causes/iron-deficiency`, as links and reloads ask for
        // it), not under the file that holds it (`causes/iron-deficiency/index.html`).
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/(.)\/index\.html$/, '$1') })),
            warnings: [],
          }),
        ],
        // Any other address gets the start page's HTML; the app then renders what was asked for.
        navigateFallback: `${base}index.html`,
        cleanupOutdatedCaches: true,
        // Take over the open page at once, so the first visit is already available offline.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    precompress(),
  ],
  build: {
    // Every browser the app supports has module preload: no polyfill on the first page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The page's own script: tiny, so the page paints before the app is even requested.
              name: 'boot',
              test: /src[\\/]main\.tsx$|src[\\/]lib[\\/]next-task\.ts$|preload-helper/,
              priority: 4,
            },
            {
              // React on its own: the boot script starts it in one task and the app in the next,
              // so neither start-up step holds the main thread long on a slow phone.
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 3,
            },
            {
              // The router and query libraries, with the app's shell below: every first visit runs them.
              name: 'tanstack',
              test: /node_modules[\\/](@tanstack|use-sync-external-store)[\\/]/,
              priority: 2,
            },
            {
              // The app's shell, in one file. Route pages, the lookup's index and the validator stay
              // in their own lazily loaded chunks.
              name: 'framework',
              test: FIRST_VISIT_MODULES,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
