import { QueryClient } from '@tanstack/react-query'
import { createRouter, type RouterHistory } from '@tanstack/react-router'
import { routeTree } from './routeTree.gen'
import { RouteErrorScreen, NotFoundScreen, PendingScreen } from './app/route-states'

/** A factory so tests can inject memory history and a fresh QueryClient. */
export function createAppRouter(options: { queryClient?: QueryClient; history?: RouterHistory } = {}) {
  const queryClient = options.queryClient ?? new QueryClient()
  return createRouter({
    routeTree,
    history: options.history,
    context: { queryClient },
    defaultPreload: 'intent',
    // React Query decides freshness; the router only asks it.
    defaultPreloadStaleTime: 0,
    defaultPendingMs: 300,
    defaultErrorComponent: RouteErrorScreen,
    defaultNotFoundComponent: NotFoundScreen,
    defaultPendingComponent: PendingScreen,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
