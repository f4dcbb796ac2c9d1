import { useEffect } from 'react'

/** Each page names itself in the tab and to screen readers (WCAG 2.4.2). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · RLS Causes`
  }, [title])
}
