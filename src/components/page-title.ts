import { createContext, useContext, useEffect } from 'react'

/** The tab title for a page. */
export function pageTitle(title: string): string {
  return `${title} · RLS Causes`
}

/**
 * Prerendering runs no effects: it provides this to learn each page's title for the static HTML.
 * In the browser there is no provider and the effect below sets the title.
 */
export const PageTitleReporter = createContext<((title: string) => void) | null>(null)

/** Each page names itself in the tab and to screen readers (WCAG 2.4.2). */
export function usePageTitle(title: string) {
  const report = useContext(PageTitleReporter)
  report?.(pageTitle(title))
  useEffect(() => {
    document.title = pageTitle(title)
  }, [title])
}
