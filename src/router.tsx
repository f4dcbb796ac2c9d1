import { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { routeTree } from './routeTree.gen'
import { RouteErrorScreen, NotFoundScreen, PendingScreen } from './app/route-states'

/** The sub-path the app is deployed under (`BASE_PATH=/rls/ npm run build`), without its trailing slash. */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'

/** A factory so tests can inject memory history and a fresh QueryClient, and prerendering a server history. */
export function createAppRouter(
  options: { queryClient?: QueryClient; history?: RouterHistory; scrollRestoration?: boolean } = {},
) {
  const queryClient = options.queryClient ?? new QueryClient()
  return createRouter({
    routeTree,
    history: options.history,
    basepath: BASE_PATH,
    context: { queryClient },
    defaultPreload: 'intent',
    // React Query decides freshness; the router only asks it.
    defaultPreloadStaleTime: 0,
    defaultPendingMs: 300,
    defaultErrorComponent: RouteErrorScreen,
    defaultNotFoundComponent: NotFoundScreen,
    defaultPendingComponent: PendingScreen,
    // Prerendering turns it off: on the server it would emit an inline script, which the CSP forbids.
    scrollRestoration: options.scrollRestoration ?? true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
