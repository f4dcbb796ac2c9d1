/**
 * What a drug's roles in RLS mean, in one place (the drug-role model of the bundle). Pure.
 *
 * Only `triggers` and `worsens` make a drug count as a cause: they raise an alert, lean the
 * patient towards secondary RLS and add the drug's cause to "Causes to look for". A withdrawal
 * risk, an RLS treatment or a report without adequate evidence never does.
 */
import type { MedicationRole } from '../../data/bundle-schema'
import { MEDICATION_ROLES } from '../../data/vocabulary'

/** The order roles are shown and grouped in: what may need acting on first. */
export const ROLE_ORDER: readonly MedicationRole[] = MEDICATION_ROLES

/**
 * True only for a drug that can trigger or worsen RLS, taken in a form that reaches the blood:
 * eye or ear drops, a cream or a mouthwash (`littleSystemicExposure`) keep their roles but are not a cause.
 */
export function countsAsCause(roles: readonly MedicationRole[], littleSystemicExposure = false): boolean {
  return !littleSystemicExposure && roles.some((role) => role === 'triggers' || role === 'worsens')
}

/** Shown beside a drug applied where little reaches the blood. */
export const LITTLE_SYSTEMIC_EXPOSURE = 'topical: little systemic exposure'

/** The badge for each role: it names the role, never "known trigger". */
export const ROLE_LABELS: Record<MedicationRole, string> = {
  triggers: 'Can trigger RLS',
  worsens: 'Can worsen RLS',
  'withdrawal risk': 'Stopping can provoke RLS',
  'rls treatment': 'RLS treatment',
  'insufficient evidence': 'Reported without adequate evidence',
}

/** The chart-note heading of the line for each kind of drug. */
export type NoteGroup = 'trigger or worsen' | 'withdrawal risk' | 'rls treatment' | 'insufficient evidence'

export const NOTE_GROUP_OF: Record<MedicationRole, NoteGroup> = {
  triggers: 'trigger or worsen',
  worsens: 'trigger or worsen',
  'withdrawal risk': 'withdrawal risk',
  'rls treatment': 'rls treatment',
  'insufficient evidence': 'insufficient evidence',
}

export const NOTE_GROUPS: readonly NoteGroup[] = ['trigger or worsen', 'withdrawal risk', 'rls treatment', 'insufficient evidence']

export const NOTE_HEADINGS: Record<NoteGroup, string> = {
  'trigger or worsen': 'Can trigger or worsen RLS',
  'withdrawal risk': 'Stopping can provoke RLS: do not stop for RLS; taper',
  'rls treatment': 'RLS treatments taken',
  'insufficient evidence': 'Reported without adequate evidence (do not stop a needed drug for this alone)',
}

/** Added to the RLS-treatments line when a dopaminergic drug is among them. */
export const AUGMENTATION_NOTE = 'augmentation applies only when used to treat RLS'

/** The note groups a drug belongs to, one per role, in note order. */
export function noteGroupsOf(roles: readonly MedicationRole[]): NoteGroup[] {
  return NOTE_GROUPS.filter((group) => roles.some((role) => NOTE_GROUP_OF[role] === group))
}

/** A drug's roles in display order, each once. */
export function orderedRoles(roles: readonly MedicationRole[]): MedicationRole[] {
  return ROLE_ORDER.filter((role) => roles.includes(role))
}

/** The first role in display order: a drug is grouped under it. */
export function leadingRole(roles: readonly MedicationRole[]): MedicationRole {
  return orderedRoles(roles)[0] ?? 'insufficient evidence'
}

/** "Can trigger RLS; Stopping can provoke RLS": the roles as one phrase. */
export function rolesInWords(roles: readonly MedicationRole[]): string {
  return orderedRoles(roles)
    .map((role) => ROLE_LABELS[role])
    .join('; ')
}
