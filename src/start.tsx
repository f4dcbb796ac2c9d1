import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { rememberInputTypedBeforeStart } from './lib/input-typed-before-start'
import { nextTask } from './lib/next-task'
import { createAppRouter } from './router'

type AppRouter = ReturnType<typeof createAppRouter>

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

function App({ how, router, queryClient }: { how: 'hydrated' | 'rendered'; router: AppRouter; queryClient: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppReady how={how}>
          <RouterProvider router={router} />
        </AppReady>
      </QueryClientProvider>
    </StrictMode>
  )
}

const trimSlash = (path: string) => path.replace(/(.)\/$/, '$1')

/**
 * The build prerenders every page (`data-prerendered` names the address it rendered). The
 * browser takes that markup over only when it will render exactly the same: the same address
 * without search parameters (a filter or a lookup changes the page), and content that loaded.
 * Anything else (an unknown address answered with another page, a failed download) renders
 * afresh over the static page.
 *
 * Each step (create the router, load the page's route and content, hydrate) runs in a task of its
 * own, and hydration runs in slices, so the page answers input while the app starts.
 */
export async function startApp() {
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element.')
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  })
  const router = createAppRouter({ queryClient })
  await nextTask()
  const prerendered = root.dataset.prerendered
  let hydrated = false
  if (prerendered !== undefined && trimSlash(prerendered) === trimSlash(location.pathname) && location.search === '') {
    await router.load()
    await nextTask()
    if (router.state.matches.every((match) => match.status === 'success')) {
      // What the prerendering router had: its matches render without a suspense boundary around the root.
      router.ssr = { manifest: undefined }
      // A transition lets React hydrate in slices.
      startTransition(() => {
        hydrateRoot(root, <App how="hydrated" router={router} queryClient={queryClient} />, {
          // A mismatch would silently re-render: make it loud, so a test catches it.
          onRecoverableError: (error) => console.error('Hydration failed:', error),
        })
      })
      hydrated = true
    }
  }
  if (!hydrated) {
    // The app draws this page afresh, over the static one: keep what was typed into it meanwhile.
    rememberInputTypedBeforeStart(root)
    createRoot(root).render(<App how="rendered" router={router} queryClient={queryClient} />)
  }
  // The offline copy is set up once the page has loaded: its code need not come with the first visit.
  if (import.meta.env.PROD) void import('./service-worker').then((worker) => worker.registerServiceWorker())
}
