import * as z from 'zod/mini'

/** `?q=` on any page: a string, or nothing when absent or malformed. */
export const globalSearch = z.object({
  q: z.catch(z.optional(z.string()), undefined),
})
