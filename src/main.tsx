/**
 * The page's one script. The prerendered page is readable as soon as its HTML and stylesheet
 * arrive: let the browser paint it first, then fetch and start the app to make it interactive.
 * On a slow connection the app's download no longer competes with the stylesheet, and on a slow
 * phone its start-up no longer holds back the first paint.
 */
import { BUNDLE_URL } from './data/bundle-url'
import './index.css'

function startApp() {
  // The content bundle downloads in parallel with the app's code; the app's fetch then takes it
  // from this preload instead of asking again.
  const preload = document.createElement('link')
  preload.rel = 'preload'
  preload.as = 'fetch'
  preload.crossOrigin = 'anonymous'
  preload.href = BUNDLE_URL
  document.head.append(preload)
  void import('./start').then((app) => app.startApp())
}

// A tab opened in the background paints nothing until shown: start at once there.
if (document.visibilityState === 'hidden') startApp()
else requestAnimationFrame(() => setTimeout(startApp, 0))
