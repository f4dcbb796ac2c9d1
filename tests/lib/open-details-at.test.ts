import { afterEach, describe, expect, it } from 'vitest'
import { openDetailsAt } from '../../src/lib/open-details-at'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('openDetailsAt: a link to one entry opens that entry’s fold', () => {
  it('opens the fold the entry marks, and no other fold inside it or elsewhere', () => {
    document.body.innerHTML = `
      <li id="lab-ferritin"><details data-opens-on-link><summary>Why, specimen…</summary>steps</details></li>
      <li id="lab-tsat"><details data-opens-on-link><summary>Why…</summary>steps</details></li>
      <li id="source-allen"><details><summary>Cited by 3 entries</summary>…</details></li>`
    openDetailsAt('lab-ferritin')
    openDetailsAt('source-allen')
    openDetailsAt('no-such-entry')
    const open = [...document.querySelectorAll('details[open]')].map((fold) => fold.closest('li')!.id)
    expect(open).toEqual(['lab-ferritin'])
  })
})
