/**
 * The lookup field on every page (combobox + listbox pattern). Results appear as the
 * clinician types; "/" focuses it from anywhere, arrows move, Enter opens, Escape clears.
 * The query is mirrored into `?q=` so a search can be shared.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router'
import { bundleQuery } from '../../data/bundle-query'
import { drugVocabularyQuery } from '../../data/drug-vocabulary-query'
import { useInputTypedBeforeStart } from '../../lib/input-typed-before-start'
import { useUrlBackedValue } from '../../lib/use-url-backed-value'
import { NeedsJavaScript } from '../../components/needs-javascript'
import type { SearchHit, SearchReference } from './search-index'

const URL_SYNC_DELAY_MS = 300

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * Loads the search library and the drug vocabulary, and builds the index, only when the lookup is
 * first used. Without the vocabulary (a failed download) the lookup still finds the bundle's content.
 */
function useSearchReference(wanted: boolean): SearchReference | null {
  const { data: bundle } = useQuery(bundleQuery)
  const vocabularyQuery = useQuery({ ...drugVocabularyQuery, enabled: wanted })
  const vocabulary = vocabularyQuery.data
  const vocabularySettled = vocabulary !== undefined || vocabularyQuery.isError
  const [reference, setReference] = useState<{ bundle: unknown; vocabulary: unknown; search: SearchReference } | null>(null)
  useEffect(() => {
    if (!wanted || !bundle || !vocabularySettled || (reference?.bundle === bundle && reference.vocabulary === vocabulary)) return
    let cancelled = false
    void import('./search-index').then(({ searchReferenceFor }) => {
      if (!cancelled) setReference({ bundle, vocabulary, search: searchReferenceFor(bundle, vocabulary) })
    })
    return () => {
      cancelled = true
    }
  }, [wanted, bundle, vocabulary, vocabularySettled, reference])
  return reference && reference.bundle === bundle ? reference.search : null
}

export function SearchBox() {
  const urlQuery = useSearch({ strict: false, select: (search) => (typeof search.q === 'string' ? search.q : '') })
  const navigate = useNavigate()
  const router = useRouter()
  // Mirror the query into ?q= after a pause, replacing history so typing doesn't flood the back button.
  const urlWrite = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(urlWrite.current), [])
  const writeQueryToUrl = (value: string) => {
    clearTimeout(urlWrite.current)
    urlWrite.current = setTimeout(
      () => void navigate({ to: '.', search: (prev) => ({ ...prev, q: value || undefined }), replace: true }),
      URL_SYNC_DELAY_MS,
    )
  }
  // What the field shows: local state for instant results, following the URL when it changes
  // from outside (a shared link, back/forward).
  const [query, setQuery] = useUrlBackedValue(urlQuery, writeQueryToUrl)
  const [focused, setFocused] = useState(false)
  const [activeIndex, setActive] = useState(-1)
  const [dismissed, setDismissed] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const container = useInputTypedBeforeStart<HTMLDivElement>()
  const listboxId = useId()
  const optionId = (i: number) => `${listboxId}-option-${i}`

  const search = useSearchReference(focused || query.length > 0)
  const hits = useMemo(() => (search ? search(query) : []), [search, query])
  // Groups appear in the order of their best result: "ferritin" puts Tests first, "Zoloft" Medications.
  const groups = useMemo(() => {
    const order = [...new Set(hits.map((h) => h.group))]
    return order.map((group) => ({ group, hits: hits.filter((h) => h.group === group) }))
  }, [hits])
  const ordered = groups.flatMap((g) => g.hits)
  // The query may have changed underneath (back/forward): never point past the list.
  const active = activeIndex < ordered.length ? activeIndex : -1
  const open = query.trim().length > 0 && !dismissed && (focused || urlQuery === query)

  // The list has no scroll of its own (an inner scroller would trap keyboard users): keep the
  // active option on screen as the arrows move.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  // "/" focuses the lookup from anywhere, unless the user is typing in another field.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const update = (value: string) => {
    setQuery(value)
    setActive(-1)
    setDismissed(false)
  }

  const openHit = (hit: SearchHit) => {
    setQuery('')
    // The result's own address replaces the query: no late ?q= write on the page it opens.
    clearTimeout(urlWrite.current)
    setActive(-1)
    inputRef.current?.blur()
    void router.navigate({ href: hit.href })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (ordered.length === 0) return
      event.preventDefault()
      setDismissed(false)
      const last = ordered.length - 1
      setActive((current) =>
        event.key === 'ArrowDown' ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1,
      )
    } else if (event.key === 'Enter') {
      const hit = ordered[active] ?? ordered[0]
      if (hit && open) {
        event.preventDefault()
        openHit(hit)
      }
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (query) update('')
      else inputRef.current?.blur()
    }
  }

  const positionOf = new Map(ordered.map((hit, i) => [hit.id, i]))
  return (
    <div ref={container} className="relative" role="search">
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search causes, drugs, brands, tests…  (press /)"
        value={query}
        maxLength={200}
        onChange={(event) => update(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base"
      />
      <NeedsJavaScript>Search needs JavaScript, which is off in this browser. The menu and every link still work.</NeedsJavaScript>
      <div
        className={`absolute right-0 left-0 z-40 mt-1 rounded-md border border-slate-400 bg-white shadow-lg ${open ? '' : 'hidden'}`}
      >
        <div
          id={listboxId}
          role="listbox"
          aria-label="Search results"
          hidden={!open || ordered.length === 0}
          // Which query these results answer: lets the benchmark time keystroke → results.
          data-results-for={search ? query : undefined}
        >
          {groups.map(({ group, hits: groupHits }) => (
            <div key={group} role="group" aria-label={group} className="py-1">
              <div role="presentation" className="px-3 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {group}
              </div>
              {groupHits.map((hit) => {
                const i = positionOf.get(hit.id) ?? -1
                return (
                  <a
                    key={hit.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    href={hit.href}
                    tabIndex={-1}
                    // Keep focus in the field so the click lands before blur closes the list.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={(event) => {
                      if (event.ctrlKey || event.metaKey || event.shiftKey) return
                      event.preventDefault()
                      openHit(hit)
                    }}
                    className={`block px-3 py-1.5 text-slate-900 no-underline ${i === active ? 'bg-blue-100' : 'hover:bg-slate-100'}`}
                  >
                    <span className="block font-medium">{hit.title}</span>
                    <span className="block truncate text-sm text-slate-700">{hit.context}</span>
                  </a>
                )
              })}
            </div>
          ))}
        </div>
        {open && (
          <p aria-live="polite" className={ordered.length > 0 ? 'sr-only' : 'px-3 py-3 text-sm text-slate-800'}>
            {!search
              ? 'Preparing search…'
              : ordered.length > 0
                ? `${ordered.length} result${ordered.length === 1 ? '' : 's'}. Use the arrow keys to move, Enter to open.`
                : `“${query.trim()}” is not recognised: check the spelling. Try a condition (pregnancy, kidney failure), a drug or brand (sertraline, Reglan), a test (ferritin, TSAT) or a gene (MEIS1).`}
          </p>
        )}
      </div>
    </div>
  )
}
