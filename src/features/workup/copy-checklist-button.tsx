/**
 * "Copy as text": the checklist on the clipboard for an EHR note. Where the clipboard is
 * unavailable (plain http, a locked-down browser, a refused permission) the text is shown
 * in a read-only box, selected, to copy by hand.
 */
import { useEffect, useId, useRef, useState } from 'react'

type CopyState = { kind: 'idle' } | { kind: 'copied'; text: string } | { kind: 'unavailable' }

export function CopyChecklistButton({
  text,
  label = 'Copy as text',
  copiedMessage = 'Copied: the checklist is on the clipboard, ready to paste into a note.',
  textLabel = 'Checklist as text',
}: {
  text: string
  label?: string
  copiedMessage?: string
  /** Names the fallback box where the clipboard is unavailable. */
  textLabel?: string
}) {
  const id = useId()
  const [state, setState] = useState<CopyState>({ kind: 'idle' })
  const textArea = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (state.kind === 'unavailable') textArea.current?.select()
  }, [state])

  async function copy() {
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState({ kind: 'copied', text })
    } catch {
      setState({ kind: 'unavailable' })
    }
  }

  // A tick changed after copying: the clipboard no longer matches, so stop saying "Copied".
  const copied = state.kind === 'copied' && state.text === text
  return (
    <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 print:hidden ${state.kind === 'unavailable' ? 'w-full' : ''}`}>
      <button
        type="button"
        onClick={() => void copy()}
        className="min-h-11 rounded-md border border-blue-900 bg-white px-4 py-2 font-medium text-blue-900 hover:bg-blue-50"
      >
        {label}
      </button>
      <p role="status" aria-label="Copy status" className="text-sm text-slate-800">
        {copied && copiedMessage}
        {state.kind === 'unavailable' && 'The clipboard is not available here. The text is below, selected: copy it with Ctrl+C (⌘C on a Mac).'}
      </p>
      {state.kind === 'unavailable' && (
        <>
          <label htmlFor={`${id}-text`} className="sr-only">
            {textLabel}
          </label>
          <textarea
            id={`${id}-text`}
            ref={textArea}
            readOnly
            value={text}
            rows={10}
            className="basis-full rounded border border-slate-500 p-2 font-mono text-xs"
          />
        </>
      )}
    </div>
  )
}
