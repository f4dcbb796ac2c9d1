import { useState } from 'react'

/**
 * A text field whose value lives in the URL. The field shows local state, so typing is never
 * held back by navigation (the router commits a URL change a moment later, in a transition).
 * A URL change the field did not make itself (back, reload, a link) replaces what it shows;
 * the field's own changes coming back from the router are recognised and left alone, so a
 * fast typist never sees characters undone.
 */
export function useUrlBackedValue(urlValue: string, writeUrl: (value: string) => void) {
  const [state, setState] = useState({ value: urlValue, seenUrl: urlValue, pending: [] as string[] })
  let current = state
  if (urlValue !== state.seenUrl) {
    const ours = state.pending.indexOf(urlValue)
    current =
      ours >= 0
        ? { ...state, seenUrl: urlValue, pending: state.pending.slice(ours + 1) }
        : { value: urlValue, seenUrl: urlValue, pending: [] }
    // Adjusting state to a changed input during render, as React recommends over an effect.
    setState(current)
  }
  const setValue = (value: string) => {
    setState((previous) => ({ ...previous, value, pending: [...previous.pending, value] }))
    writeUrl(value)
  }
  return [current.value, setValue] as const
}
