/**
 * `?filter=` on /medications. Kept apart from the filtering code because route definitions
 * load with the first page: only this small schema needs to be there.
 */
import * as z from 'zod/mini'

/** Longer than any name; a longer value is not a filter someone typed. */
export const FILTER_MAX_LENGTH = 100

/** A malformed value (a number, an object, an overlong string) falls back to no filter rather than an error page. */
export const medicationsSearchSchema = z.object({
  filter: z.catch(z.optional(z.string().check(z.maxLength(FILTER_MAX_LENGTH))), undefined),
})
