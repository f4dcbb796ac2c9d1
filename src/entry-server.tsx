/**
 * Prerendering: the build renders every page to static HTML with TanStack Router's own server
 * rendering, so a clinician arriving from a search engine or a shared link sees the content
 * before any JavaScript has run (and with none at all). `main.tsx` then hydrates it.
 *
 * The router's hydration payload is left out: it is an inline script, which the CSP forbids.
 * The browser instead loads the same content bundle (preloaded by the page) before hydrating.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory } from '@tanstack/react-router'
import { attachRouterServerSsrUtils, renderRouterToString, RouterServer } from '@tanstack/react-router/ssr/server'
import { PageTitleReporter } from './components/page-title'
import { bundleQuery } from './data/bundle-query'
import type { Bundle } from './data/bundle-schema'
import { BASE_PATH, createAppRouter } from './router'

/** The full validator: the build checks the bundle it ships with it. */
export const loadValidator = () => import('./data/parse-bundle')

/** Route parameters to prerender, per route with parameters. A new parameterised route must say here which pages it has. */
const PAGES_OF_ROUTE: Record<string, (bundle: Bundle) => Record<string, string>[]> = {
  '/causes/$causeId': (bundle) => bundle.causes.map((cause) => ({ causeId: cause.id })),
}

const withBase = (path: string) => (BASE_PATH === '/' ? path : `${BASE_PATH}${path === '/' ? '/' : path}`)

/** Every page of the app, read from the route tree (so a new route is prerendered without a change here). */
export function pagesToPrerender(bundle: Bundle): string[] {
  const router = createAppRouter()
  const pages = new Set<string>()
  for (const route of Object.values(router.routesById)) {
    if (route.isRoot || (route.children && Object.keys(route.children).length > 0)) continue
    const path = route.fullPath.length > 1 ? route.fullPath.replace(/\/$/, '') : route.fullPath
    if (!path.includes('$')) {
      pages.add(path)
      continue
    }
    const pagesOf = PAGES_OF_ROUTE[route.fullPath]
    if (!pagesOf) throw new Error(`Route ${route.fullPath} has parameters: list its pages in PAGES_OF_ROUTE (src/entry-server.tsx).`)
    for (const params of pagesOf(bundle)) {
      pages.add(path.replace(/\$(\w+)/g, (_: string, name: string) => encodeURIComponent(params[name] ?? '')))
    }
  }
  return [...pages].sort()
}

export type PrerenderedPage = { status: number; title: string | null; html: string }

/** Renders one page (a path without the base, e.g. `/causes/iron-deficiency`) with the given, already validated, bundle. */
export async function renderPage(path: string, bundle: Bundle): Promise<PrerenderedPage> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  queryClient.setQueryData(bundleQuery.queryKey, bundle)
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [withBase(path)] }),
    scrollRestoration: false,
  })
  attachRouterServerSsrUtils({ router, manifest: undefined })
  router.serverSsr?.disableHydration()
  await router.load()
  let title: string | null = null
  const response = await renderRouterToString({
    router,
    responseHeaders: new Headers(),
    children: (
      <PageTitleReporter.Provider value={(pageTitle) => (title = pageTitle)}>
        <QueryClientProvider client={queryClient}>
          <RouterServer router={router} />
        </QueryClientProvider>
      </PageTitleReporter.Provider>
    ),
  })
  const html = (await response.text()).replace(/^<!DOCTYPE html>/i, '')
  return { status: response.status, title, html }
}
