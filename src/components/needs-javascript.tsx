import type { ReactNode } from 'react'

/**
 * Said only when JavaScript is off (the pages are prerendered and read without it): which parts
 * of the page cannot work, so a clinician is not left typing into a field that never answers.
 */
export function NeedsJavaScript({ children }: { children: ReactNode }) {
  return (
    <noscript>
      <p className="mt-3 max-w-3xl rounded-md border-2 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:hidden">
        {children}
      </p>
    </noscript>
  )
}
