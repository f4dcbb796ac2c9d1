import { useEffect, useRef } from 'react'

/**
 * A clinician may type into the prerendered page before the app has taken it over (a lookup, a
 * pasted medication list, a ferritin value, a ticked box): the page is readable, and on a slow
 * phone the app starts a second or so later. That work must not be lost, and every answer must
 * match what the field shows:
 * - where the app takes the page over as it is (hydration), React keeps the text on screen but
 *   takes it for the page's starting value, so nothing would answer it until the next keystroke;
 * - where the app draws the page afresh (an address with a filter the build did not prerender),
 *   the fields are replaced, and what was typed would be gone.
 * Either way, once the component that owns the fields is running, each field changed before
 * then is handed to the app as if just typed. It runs from that component because React takes
 * a page over in parts (the shell first, the page's content after), and a field is only React's
 * once its part is.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
type Typed = { value: string; checked: boolean; focused: boolean }

const FIELDS = 'input, textarea, select'
const isTickable = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')

/** What names a field for the user, the same on the static page and in the app's own drawing. */
function fieldKey(field: Field): string {
  const name = field.getAttribute('aria-label') ?? field.labels?.[0]?.textContent ?? field.name
  return `${field.tagName}:${field.type}:${name.trim()}`
}

function changedBeforeStart(field: Field): boolean {
  if (field instanceof HTMLSelectElement) return [...field.options].some((option) => option.selected !== option.defaultSelected)
  if (isTickable(field)) return field.checked !== field.defaultChecked
  return field.value !== field.defaultValue
}

/** Fields changed on the static page, kept when the app is about to draw the page afresh. */
const typedOnReplacedPage = new Map<string, Typed>()

export function rememberInputTypedBeforeStart(root: ParentNode) {
  for (const field of root.querySelectorAll<Field>(FIELDS)) {
    if (!changedBeforeStart(field)) continue
    const checked = isTickable(field) && field.checked
    typedOnReplacedPage.set(fieldKey(field), { value: field.value, checked, focused: document.activeElement === field })
  }
}

/** Sets a field's value past React's own record of it, so the event below reads as a change. */
function setNativeValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value)
}

/** Hands a value to the app as the user's own change. */
function replay(field: Field, to: Typed) {
  if (field instanceof HTMLSelectElement) {
    field.value = to.value
    field.dispatchEvent(new Event('change', { bubbles: true }))
  } else if (isTickable(field)) {
    if (field.checked === to.checked) return
    // The user's click again: React sees the box change.
    field.click()
  } else {
    setNativeValue(field, to.value)
    field.dispatchEvent(new Event('input', { bubbles: true }))
  }
  if (to.focused) field.focus()
}

function answerInputTypedBeforeStart(root: ParentNode) {
  for (const field of root.querySelectorAll<Field>(FIELDS)) {
    if (field.disabled) continue
    const remembered = typedOnReplacedPage.get(fieldKey(field))
    if (remembered) {
      typedOnReplacedPage.delete(fieldKey(field))
      replay(field, remembered)
    } else {
      if (changedBeforeStart(field)) {
        const typed = { value: field.value, checked: isTickable(field) && field.checked, focused: false }
        // Back to the page's starting state through React's own record, then the user's change again.
        if (isTickable(field)) field.checked = field.defaultChecked
        else if (!(field instanceof HTMLSelectElement)) field.value = field.defaultValue
        replay(field, typed)
      }
      // Focused before the app took the page over: the app missed that event, tell it now.
      if (field === document.activeElement) field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    }
  }
}

/**
 * A ref for the element around a component's fields: on mount (when the app takes a prerendered
 * page over, or has just drawn it afresh), whatever was typed into them before is answered. A
 * field the app drew holds its starting value and nothing is remembered for it, so on any later
 * mount this does nothing.
 */
export function useInputTypedBeforeStart<T extends HTMLElement>() {
  const container = useRef<T>(null)
  useEffect(() => {
    if (container.current) answerInputTypedBeforeStart(container.current)
  }, [])
  return container
}
