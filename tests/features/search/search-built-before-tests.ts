import { beforeAll } from 'vitest'
import type { SearchReference } from '../../../src/features/search/search-index'

/**
 * A lookup built before a file's tests rather than while the file loads, so that mutation testing
 * counts the build as tested code. A reference that fails to build fails every test that searches
 * (a failing beforeAll would only skip them).
 */
export function searchBuiltBeforeTests(build: () => SearchReference): SearchReference {
  let search: SearchReference = () => {
    throw new Error('the search reference was not built')
  }
  beforeAll(() => {
    try {
      search = build()
    } catch (error) {
      search = () => {
        throw error
      }
    }
  })
  return (query) => search(query)
}
