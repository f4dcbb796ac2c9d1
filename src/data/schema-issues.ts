/**
 * What the content files' own checks report (a dangling id, a duplicate), and the refinement
 * that turns such a check into parse errors, with the path of each problem: a file with one
 * fails as a whole instead of rendering a dead link.
 */
import * as z from 'zod/mini'

export type SchemaIssue = { path: (string | number)[]; message: string }

export function refuseOnIssues<T>(findIssues: (value: T) => SchemaIssue[]) {
  return z.superRefine<T>((value, ctx) => {
    for (const issue of findIssues(value)) ctx.issues.push({ code: 'custom', input: value, ...issue })
  })
}
