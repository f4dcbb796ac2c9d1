import { useEffect, useRef } from 'react'

/**
 * A clinician may type into the prerendered page before the app has taken it over (a lookup, a
 * pasted medication list, a ferritin value, a ticked box): the page is readable, and on a slow
 * phone the app starts a second or so later. React keeps what is on screen when it takes the
 * page over, but takes it for the page's starting value: nothing would answer it until the next
 * keystroke. Once the app is in charge, each field changed before then is handed to the app as
 * if just typed, so no work is lost and every answer matches what the field shows.
 *
 * It runs from the component that owns the fields, once it is hydrated: React takes a page over
 * in parts (the shell first, the page's content after), and a field is only React's once its part is.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

/** Sets a field's value past React's own record of it, so the event below reads as a change. */
function setNativeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value)
}

function changedBeforeStart(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected)
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) return field.checked !== field.defaultChecked
  return field.value !== field.defaultValue
}

function replayInputTypedBeforeStart(root: ParentNode) {
  for (const field of root.querySelectorAll<Field>('input, textarea, select')) {
    if (field.disabled || !changedBeforeStart(field)) continue
    if (field instanceof HTMLSelectElement) {
      field.dispatchEvent(new Event('change', { bubbles: true }))
    } else if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      // Back to the page's state through React's own record, then the user's click again.
      field.checked = field.defaultChecked
      field.click()
    } else {
      const typed = field.value
      // React's record goes back to the page's starting value, the field keeps what was typed.
      field.value = field.defaultValue
      setNativeValue(field, typed)
      field.dispatchEvent(new Event('input', { bubbles: true }))
    }
  }
}

/**
 * A ref for the element around a component's fields: on mount (when a prerendered page is taken
 * over), whatever was typed into them before is answered. A field drawn by the app itself holds
 * its starting value, so on any later mount this does nothing.
 */
export function useInputTypedBeforeStart<T extends HTMLElement>() {
  const container = useRef<T>(null)
  useEffect(() => {
    if (container.current) replayInputTypedBeforeStart(container.current)
  }, [])
  return container
}
