/**
 * Reading a URL search parameter that should be a string. The router has already decoded
 * the query (a number or an object arrives as such); anything that is not a string, or is
 * longer than a real value could be, counts as absent: a malformed link falls back silently.
 *
 * A plain function rather than a schema library: each page's parameters are one or two
 * optional strings, and a validator library would weigh more than every page's own code.
 */
export function optionalString(value: unknown, maxLength = Infinity): string | undefined {
  return typeof value === 'string' && value.length <= maxLength ? value : undefined
}
