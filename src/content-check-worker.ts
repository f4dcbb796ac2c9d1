/**
 * Off the page's main thread: fetches the content (into the browser's cache, where the app's own
 * fetch finds it) and answers whether it is the build's own bundle, the content the prerendered
 * pages show. Receiving half a megabyte and hashing it would otherwise be a long task on a slow
 * phone while the clinician reads the page. Answers `true` when the download fails: the static
 * page is then the best there is, and the app reports the failure once it runs.
 */
import { isTheBuildsOwnBundle } from './data/bundle-digest'

self.addEventListener('message', (event: MessageEvent<string>) => {
  void (async () => {
    let asBuilt = true
    try {
      const response = await fetch(event.data)
      asBuilt = !response.ok || (await isTheBuildsOwnBundle(await response.arrayBuffer()))
    } catch {
      // The network failed: keep the static page.
    }
    self.postMessage(asBuilt)
  })()
})
