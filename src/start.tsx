import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { createAppRouter } from './router'
import { registerServiceWorker } from './service-worker'

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
})
const router = createAppRouter({ queryClient })

const container = document.getElementById('root')
/**
 * Marks the page once React is in charge of it (`data-app-ready="hydrated"` when it took over the
 * prerendered markup, `"rendered"` when it drew the page itself): from then on every control
 * answers. The browser tests and the benchmark wait for it.
 */
function AppReady({ how, children }: { how: 'hydrated' | 'rendered'; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.appReady = how
  }, [how])
  // A wrapper, not a sibling: a sibling would shift the ids React generates, which must match the prerendered ones.
  return children
}

const app = (how: 'hydrated' | 'rendered') => (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AppReady how={how}>
        <RouterProvider router={router} />
      </AppReady>
    </QueryClientProvider>
  </StrictMode>
)

const trimSlash = (path: string) => path.replace(/(.)\/$/, '$1')

/**
 * The build prerenders every page (`data-prerendered` names the address it rendered). The
 * browser takes that markup over only when it will render exactly the same: the same address
 * without search parameters (a filter or a lookup changes the page), and content that loaded.
 * Anything else (an unknown address answered with another page, a failed download) renders
 * afresh over the static page.
 */
async function start(root: HTMLElement | null) {
  if (!root) throw new Error('The page has no #root element.')
  const prerendered = root.dataset.prerendered
  if (prerendered !== undefined && trimSlash(prerendered) === trimSlash(location.pathname) && location.search === '') {
    await router.load()
    if (router.state.matches.every((match) => match.status === 'success')) {
      // What the prerendering router had: its matches render without a suspense boundary around the root.
      router.ssr = { manifest: undefined }
      // A transition lets React hydrate in slices, so the page answers input while it hydrates.
      startTransition(() => {
        hydrateRoot(root, app('hydrated'), {
          // A mismatch would silently re-render: make it loud, so a test catches it.
          onRecoverableError: (error) => console.error('Hydration failed:', error),
        })
      })
      return
    }
  }
  createRoot(root).render(app('rendered'))
}

export async function startApp() {
  await start(container)
  if (import.meta.env.PROD) registerServiceWorker()
}
