import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { isPrerenderedContent } from './data/bundle-digest'
import { bundleQuery } from './data/bundle-query'
import { rememberInputTypedBeforeStart } from './lib/input-typed-before-start'
import { nextTask } from './lib/next-task'
import { isPageAsPrerendered } from './lib/page-as-prerendered'
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

/**
 * The browser takes the prerendered markup over only when it will render exactly the same: the
 * page as prerendered (`isPageAsPrerendered`) and the content it was rendered from, loaded.
 * Anything else (an unknown address answered with another page, a filter in the address, a
 * content-only deploy, a failed download) renders afresh over the static page.
 *
 * Each step (create the router, load the page's route and content, hydrate) runs in a task of its
 * own, and hydration runs in slices, so the page answers input while the app starts. Resolves
 * once React is in charge of the page (its root created), before it has finished drawing.
 */
export async function startApp() {
  const root = document.getElementById('root')
  if (!root) throw new Error('The page has no #root element.')
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  })
  const router = createAppRouter({ queryClient })
  await nextTask()
  let hydrated = false
  if (isPageAsPrerendered(root)) {
    await router.load()
    await nextTask()
    const loaded = router.state.matches.every((match) => match.status === 'success')
    // After a content-only deploy the static page shows older content than the app would: drawn afresh.
    if (loaded && isPrerenderedContent(queryClient.getQueryData(bundleQuery.queryKey))) {
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
}
