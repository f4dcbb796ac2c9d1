/**
 * Two notices a clinician needs on a ward with patchy wifi: that the app is working from
 * its offline copy (and how current that copy is), and that new content has arrived.
 */
import { useState, useSyncExternalStore } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { bundleQuery } from '../data/bundle-query'
import { changesSince } from '../features/sources/changes-since'

function subscribeToConnection(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

export function useIsOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine, () => true)
}

/** Only the content version is remembered, to say when it changed; nothing the user typed. */
const SEEN_VERSION_KEY = 'rls-causes:content-version-seen'
const previousVersions = new Map<string, string | null>()

/** The version seen on the previous visit, if this one differs. Reads and writes storage once per version. */
function previousContentVersion(version: string): string | null {
  if (!previousVersions.has(version)) {
    let previous: string | null = null
    try {
      const seen = localStorage.getItem(SEEN_VERSION_KEY)
      localStorage.setItem(SEEN_VERSION_KEY, version)
      if (seen && seen !== version) previous = seen
    } catch {
      // Storage may be disabled (private mode); the notice is a courtesy, not a requirement.
    }
    previousVersions.set(version, previous)
  }
  return previousVersions.get(version) ?? null
}

const noSubscription = () => () => {}

export function StatusNotices() {
  const online = useIsOnline()
  const { data } = useQuery(bundleQuery)
  // Storage exists only in the browser: a prerendered page (and its hydration) shows no notice,
  // the browser then adds it if the version changed.
  const previousVersion = useSyncExternalStore(
    noSubscription,
    () => (data ? previousContentVersion(data.meta.version) : null),
    () => null,
  )
  const [updateDismissed, setUpdateDismissed] = useState(false)
  return (
    <div aria-live="polite" className="print:hidden">
      {!online && (
        <p className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
          Offline — content as reviewed on {data ? <time dateTime={data.meta.reviewed}>{data.meta.reviewed}</time> : 'the last visit'}.
          Everything on this reference still works.
        </p>
      )}
      {previousVersion && !updateDismissed && data && (
        <p className="flex flex-wrap items-center justify-center gap-3 bg-blue-100 px-4 py-2 text-sm text-blue-950">
          <span>
            Content {data.meta.version} replaced {previousVersion} (reviewed {data.meta.reviewed}):{' '}
            {changesSince(data.meta, previousVersion)
              .flatMap((change) => change.items)
              .join(' ')}{' '}
            <Link to="/sources" hash="changes" className="underline">
              What changed
            </Link>
          </span>
          <button type="button" className="min-h-6 underline" onClick={() => setUpdateDismissed(true)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  )
}
