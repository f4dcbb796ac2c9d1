/**
 * The page's one script. Every page is prerendered: readable, and usable as a page (links, the
 * menu, fields to type into), as soon as its HTML and stylesheet arrive. The app (React, the
 * router, the content) makes the answers live; on a slow phone its start-up is the best part of
 * a second of main-thread work, which would hold up a clinician already scrolling or tapping a
 * page that looks ready. So:
 *  - once the page has settled after its first paint, the app's code and the content download in
 *    the background; none of it runs yet;
 *  - the app starts at the first sign of use: a touch, the pointer moving over the page, a key,
 *    a focus, a scroll or wheel, printing. What is typed, ticked or pressed meanwhile is kept and
 *    answered once it runs;
 *  - a page the static markup cannot answer (a filter or a lookup in the address, a shared link,
 *    an EHR launch, an address the build did not render) starts the app after the first paint;
 *  - so does a page whose content has changed since it was built (a content-only deploy): the
 *    static page shows the build's content, the app the current one;
 *  - the offline copy (the service worker) is set up once the page's own downloads are done,
 *    whether or not the app has started.
 */
import { BUNDLE_URL } from './data/bundle-url'
import { nextTask } from './lib/next-task'
import { openDetailsAt } from './lib/open-details-at'
import { isPageAsPrerendered } from './lib/page-as-prerendered'
import { registerServiceWorker } from './service-worker'
import './index.css'

/** What started the app: the clinician's first use of the page, an address the static page does not answer, or content newer than the page. */
export type AppStartReason = 'first-use' | 'address' | 'new-content'

/** What let the app's download begin: the first paint, the fallback timer, a background tab, or a page that cannot report a paint. */
export type AppDownloadReason = 'first-contentful-paint' | 'fallback' | 'hidden' | 'no-paint-timing'

/** The events that say a clinician is using the page (a pointer move counts only if it moved: see `onFirstUse`). */
const FIRST_USE_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll', 'beforeprint'] as const

let started: Promise<void> | undefined

/** Starts the app once; resolves when React is in charge of the page. */
function startApp(reason: AppStartReason): Promise<void> {
  started ??= begin(reason)
  return started
}

function begin(reason: AppStartReason): Promise<void> {
  // Recorded for the start-up tests and for anyone profiling: when the app was asked for, and why.
  performance.mark('app-start', { detail: reason })
  // The content downloads alongside the app's code (or is already in the cache, prefetched);
  // the app's fetch then takes it from here instead of asking again.
  const preload = document.createElement('link')
  preload.rel = 'preload'
  preload.as = 'fetch'
  preload.crossOrigin = 'anonymous'
  preload.href = BUNDLE_URL
  document.head.append(preload)
  // React first, in a task of its own; then the app, which finds React already running.
  return import('react-dom/client')
    .then(nextTask)
    .then(() => openStorage('sessionStorage'))
    .then(nextTask)
    .then(() => openStorage('localStorage'))
    .then(nextTask)
    .then(() => import('./start'))
    .then((app) => app.startApp())
    .then(() => heldActions.release())
}

/**
 * The browser loads a page's storage on its first use, synchronously, which on a slow phone takes
 * tens of milliseconds. The router reads sessionStorage as its code is evaluated (scroll positions)
 * and the update notice reads localStorage (the content version last seen, nothing typed): opened
 * here, each in a task of its own, neither lengthens the app's start-up tasks. Nothing is written.
 */
function openStorage(kind: 'sessionStorage' | 'localStorage') {
  try {
    void window[kind].length
  } catch {
    // Storage disabled (a private window, a sandboxed frame): the app runs without it.
  }
}

/**
 * Until React is in charge of the page, a press of one of its buttons would do nothing: the
 * static page has no handlers. Each such press is held and pressed again, in order, once the app
 * is ready. Links, fields and submit buttons work as they are (the launch form submits natively;
 * what was typed is handed to the app by `rememberInputTypedBeforeStart`). From React's start
 * on, React answers them itself.
 */
function holdActionsUntilTheAppRuns() {
  const pressed: HTMLButtonElement[] = []
  const holding = new AbortController()
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null
      // A submit or reset button of a form does its work natively.
      if (!button || button.disabled || (button.form !== null && button.type !== 'button')) return
      pressed.push(button)
    },
    { capture: true, signal: holding.signal },
  )
  return {
    release() {
      holding.abort()
      if (pressed.length === 0) return
      whenAppReady(() => {
        // A page drawn afresh has replaced the static buttons: only buttons React took over are pressed.
        for (const button of pressed) if (button.isConnected) button.click()
      })
    },
  }
}

/** Runs `then` once the app marks the page ready (`<html data-app-ready>`, set by start.tsx). */
function whenAppReady(then: () => void) {
  const html = document.documentElement
  if (html.dataset.appReady) return then()
  const observer = new MutationObserver(() => {
    if (!html.dataset.appReady) return
    observer.disconnect()
    then()
  })
  observer.observe(html, { attributes: true, attributeFilter: ['data-app-ready'] })
}

/** Calls `start` at the first sign that someone is using the page. */
function onFirstUse(start: () => void) {
  const listening = new AbortController()
  const once = (event?: Event) => {
    // The browser sends a pointer move of its own when the page's layout shifts under a resting
    // pointer (as the page first lays out): that is no one moving it.
    if (event instanceof PointerEvent && event.type === 'pointermove' && event.movementX === 0 && event.movementY === 0) return
    listening.abort()
    start()
  }
  for (const type of FIRST_USE_EVENTS) window.addEventListener(type, once, { capture: true, passive: true, signal: listening.signal })
  // A field already focused when this script runs (a quick tap on a slow phone) is use too.
  if (document.activeElement !== null && document.activeElement !== document.body) once()
}

/**
 * Fetches the app's code (the build lists it in `<meta name="app-code">`) into the browser's
 * cache without running it, one file per task (adding a link to a long page is not free on a
 * slow phone). Resolves once each file has arrived or failed; at once in a browser without
 * prefetch (the app then downloads its code on first use).
 */
async function prefetchAppCode(): Promise<void> {
  if (!document.createElement('link').relList.supports('prefetch')) return
  const files = document.querySelector<HTMLMetaElement>('meta[name="app-code"]')?.content.split(/\s+/).filter(Boolean) ?? []
  const arrivals: Promise<void>[] = []
  for (const href of files) {
    await nextTask()
    const link = document.createElement('link')
    link.rel = 'prefetch'
    // The module scripts' own request mode, so their import finds the file in the cache.
    link.crossOrigin = 'anonymous'
    link.href = href
    arrivals.push(new Promise<void>((resolve) => (link.onload = link.onerror = () => resolve())))
    document.head.append(link)
  }
  await Promise.all(arrivals)
}

/**
 * Whether the content is the content the static page was rendered from: fetched and checked in
 * a worker (src/content-check-worker.ts), so the page's main thread only receives the answer.
 * Without workers, the page is taken to be up to date (the app checks the content when it starts).
 */
function contentIsAsPrerendered(): Promise<boolean> {
  if (typeof Worker === 'undefined') return Promise.resolve(true)
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { type: 'module' })
    const answer = (asPrerendered: boolean) => {
      worker.terminate()
      resolve(asPrerendered)
    }
    worker.addEventListener('message', (event: MessageEvent<boolean>) => answer(event.data))
    worker.addEventListener('error', () => answer(true))
    worker.postMessage(new URL(BUNDLE_URL, location.href).href)
  })
}

function setUpOfflineCopy() {
  if (import.meta.env.PROD) registerServiceWorker()
}

/**
 * Runs `then` once the browser reports the page's first contentful paint, so the app's download
 * and start-up never hold back the paint or count as part of it. A tab opened in the background
 * paints nothing until shown, and a browser without paint timing says nothing: go at once
 * there, and after a second at the latest in any case.
 */
function afterFirstPaint(then: (reason: AppDownloadReason) => void) {
  if (document.visibilityState === 'hidden') return then('hidden')
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return then('no-paint-timing')
  let done = false
  const once = (reason: AppDownloadReason) => {
    if (done) return
    done = true
    observer.disconnect()
    setTimeout(() => then(reason), 0)
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once('first-contentful-paint')
  })
  observer.observe({ type: 'paint', buffered: true })
  setTimeout(() => once('fallback'), 1000)
}

/**
 * How long after the first paint the downloads for later (the app's code, the content check, the
 * offline copy) wait. On a slow phone the page's own parsing, layout and painting go on for a
 * second or two after the first paint, and a clinician's first scroll or tap comes then: the
 * background work (a worker, half a megabyte of downloads, the offline copy's set-up) keeps out
 * of that time. A clinician who uses the page sooner starts the app at once, as before.
 * Measured (Lighthouse mobile, /workup, 36 interleaved runs each): blocking time median 86 ms
 * with the downloads straight after the paint, 40 ms two seconds later.
 */
const SETTLE_AFTER_PAINT_MS = 2000

/** Runs `then` once the page has had its first paint and a moment to settle (`SETTLE_AFTER_PAINT_MS`). */
function afterPageSettles(then: (reason: AppDownloadReason) => void) {
  afterFirstPaint((reason) => setTimeout(() => then(reason), SETTLE_AFTER_PAINT_MS))
}

/** Recorded for the start-up tests and for anyone profiling: when the app's download began, and what let it. */
function markDownloadStart(reason: AppDownloadReason) {
  performance.mark('app-download', { detail: reason })
}

const heldActions = holdActionsUntilTheAppRuns()
const root = document.getElementById('root')
if (root !== null && isPageAsPrerendered(root)) {
  // Loaded from a link to one entry (/workup#lab-ferritin): that entry opens before the first paint.
  if (location.hash) openDetailsAt(location.hash.slice(1))
  onFirstUse(() => void startApp('first-use'))
  afterPageSettles((reason) => {
    markDownloadStart(reason)
    // An app already started (used within the settling time) has checked the content itself.
    const content = started ?? contentIsAsPrerendered().then((asPrerendered) => (asPrerendered ? undefined : startApp('new-content')))
    const code = nextTask().then(() => started ?? prefetchAppCode())
    void Promise.all([code, content]).then(() => {
      // For the bench and the start-up tests: the app's code and the content are in the cache.
      performance.mark('app-cached')
      setUpOfflineCopy()
    })
  })
} else {
  afterFirstPaint((reason) => {
    markDownloadStart(reason)
    void startApp('address').then(setUpOfflineCopy)
  })
}
