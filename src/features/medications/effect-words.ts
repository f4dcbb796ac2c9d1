/** How each effect and mechanism reads to a clinician. */
import type { Medication } from '../../data/bundle-schema'

export const EFFECT_WORDS: Record<Medication['effect'], string> = {
  triggers: 'Can trigger RLS',
  worsens: 'Can worsen existing RLS',
  withdrawal: 'Stopping it can trigger RLS (withdrawal)',
  augmentation: 'Augmentation: long-term use can make RLS worse',
}

export function mechanismWords(mechanism: Medication['mechanism']): string {
  return mechanism.charAt(0).toUpperCase() + mechanism.slice(1)
}
