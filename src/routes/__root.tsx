import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Outlet, type ErrorComponentProps } from '@tanstack/react-router'
import { AppShell } from '../app/app-shell'
import { NotFoundScreen, PendingScreen, RouteErrorScreen } from '../app/route-states'
import { bundleQuery } from '../data/bundle-query'
import { globalSearch } from '../features/search/search-params'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  // The lookup's query (?q=) is valid on every page.
  validateSearch: globalSearch,
  // Every page needs the bundle (at least for the footer's version), so it loads once here.
  loader: ({ context }) => context.queryClient.ensureQueryData(bundleQuery),
  component: RootLayout,
  pendingComponent: RootPending,
  errorComponent: RootError,
  notFoundComponent: NotFoundScreen,
})

function RootLayout() {
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  )
}

function RootPending() {
  return (
    <AppShell>
      <PendingScreen />
    </AppShell>
  )
}

function RootError(props: ErrorComponentProps) {
  return (
    <AppShell>
      <RouteErrorScreen {...props} />
    </AppShell>
  )
}
