/** How each effect, role and mechanism reads to a clinician. */
import type { Medication } from '../../data/bundle-schema'

export const EFFECT_WORDS: Record<Medication['effect'], string> = {
  triggers: 'Can trigger RLS',
  worsens: 'Can worsen existing RLS',
  withdrawal: 'On withdrawal: stopping it can trigger RLS',
  // A dopaminergic drug treats RLS: the risk is augmentation of existing RLS, never RLS itself.
  augmentation: 'Augmentation risk when used for RLS (treats RLS; not a cause)',
  treats: 'Treats RLS (not a cause)',
}

const MECHANISM_WORDS: Partial<Record<Medication['mechanism'], string>> = {
  mixed: 'Several actions',
}

export function mechanismWords(mechanism: Medication['mechanism']): string {
  const words = MECHANISM_WORDS[mechanism] ?? mechanism
  return words.charAt(0).toUpperCase() + words.slice(1)
}
