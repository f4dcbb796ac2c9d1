import type { FormEvent } from 'react'

/**
 * A labelled number input for a lab value or an age, with its hint and its error tied to it
 * for screen readers. `compact` is the smaller type of a form with many fields side by side.
 * The value is read from the input event, never held by the field: patient data stays with the
 * form that owns it, which passes `defaultValue` to show what was typed when the field remounts.
 */
export function NumberField({
  id,
  label,
  hint,
  error,
  onInput,
  defaultValue,
  compact = false,
}: {
  id: string
  label: string
  hint?: string
  error: string | undefined
  onInput: (event: FormEvent<HTMLInputElement>) => void
  defaultValue?: string
  compact?: boolean
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={compact ? 'grid min-w-0 content-start gap-1' : 'grid gap-1'}>
      <label htmlFor={id} className={compact ? 'text-sm font-medium' : 'font-medium'}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={compact ? 'text-xs text-slate-700' : 'text-sm text-slate-700'}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        min={0}
        onInput={onInput}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`min-h-11 w-full rounded border px-2 py-1 text-base ${compact ? '' : 'max-w-48 '}${error ? 'border-2 border-red-800' : 'border-slate-500'}`}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-900">
          {error}
        </p>
      )}
    </div>
  )
}
