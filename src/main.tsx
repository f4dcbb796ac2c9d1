/**
 * The page's one script. The prerendered page is readable as soon as its HTML and stylesheet
 * arrive: let the browser paint it first, then fetch and start the app to make it interactive.
 * On a slow connection the app's download no longer competes with the stylesheet, and on a slow
 * phone its start-up no longer holds back the first paint.
 */
import { BUNDLE_URL } from './data/bundle-url'
import { nextTask } from './lib/next-task'
import './index.css'

/** What started the app: the first paint, the fallback timer, or a page that cannot report a paint. */
export type AppStartReason = 'first-contentful-paint' | 'fallback' | 'hidden' | 'no-paint-timing'

function startApp(reason: AppStartReason) {
  // Recorded for the start-up tests and for anyone profiling: when the app was asked for, and why.
  performance.mark('app-start', { detail: reason })
  // The content bundle downloads in parallel with the app's code; the app's fetch then takes it
  // from this preload instead of asking again.
  const preload = document.createElement('link')
  preload.rel = 'preload'
  preload.as = 'fetch'
  preload.crossOrigin = 'anonymous'
  preload.href = BUNDLE_URL
  document.head.append(preload)
  // React first, in a task of its own; then the app, which finds React already running.
  void import('react-dom/client')
    .then(nextTask)
    .then(() => openStorage('sessionStorage'))
    .then(nextTask)
    .then(() => openStorage('localStorage'))
    .then(nextTask)
    .then(() => import('./start'))
    .then((app) => app.startApp())
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
 * Runs `start` once the browser reports the page's first contentful paint, so the app's download
 * and start-up never hold back the paint or count as part of it. A tab opened in the background
 * paints nothing until shown, and a browser without paint timing says nothing: start at once
 * there, and after a second at the latest in any case.
 */
function afterFirstPaint(start: (reason: AppStartReason) => void) {
  if (document.visibilityState === 'hidden') {
    start('hidden')
    return
  }
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    start('no-paint-timing')
    return
  }
  let started = false
  const startOnce = (reason: AppStartReason) => {
    if (started) return
    started = true
    observer.disconnect()
    setTimeout(() => start(reason), 0)
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) startOnce('first-contentful-paint')
  })
  observer.observe({ type: 'paint', buffered: true })
  setTimeout(() => startOnce('fallback'), 1000)
}

afterFirstPaint(startApp)
