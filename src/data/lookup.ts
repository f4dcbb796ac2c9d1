/**
 * Id lookups over the bundle's lists. The bundle never changes while the app runs,
 * so each list's index is built once and cached against the list itself.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, unknown>>()

export function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let index = indexes.get(list)
  if (!index) {
    index = new Map(list.map((item) => [item.id, item]))
    indexes.set(list, index)
  }
  return index as Map<string, T>
}

/** Items for known ids, in the order given; unknown ids cannot occur in a validated bundle. */
export function pick<T extends { id: string }>(list: readonly T[], ids: readonly string[]): T[] {
  const index = byId(list)
  return ids.flatMap((id) => {
    const item = index.get(id)
    return item ? [item] : []
  })
}

/**
 * Which causes ask for a lab: derived from the causes' `checks`, the one place the link is kept.
 * A lab ordered as part of a calculated result (serum iron and TIBC for TSAT) counts too.
 */
export function causesOrdering<C extends { id: string; checks: readonly string[] }>(
  labId: string,
  causes: readonly C[],
  labs: readonly { id: string; calculatedFrom?: readonly string[] }[],
): C[] {
  const partOf = new Set(labs.filter((lab) => lab.calculatedFrom?.includes(labId)).map((lab) => lab.id))
  return causes.filter((cause) => cause.checks.some((check) => check === labId || partOf.has(check)))
}
