/**
 * What the patient workup's form starts with when a patient was read from the EHR, and the line
 * that says where each value came from. Pure.
 */
import { EMPTY_NUMBER, EMPTY_PATIENT_FORM, type PatientForm } from '../patient/patient-store'
import type { LaunchedPatient } from './launched-patient'
import type { ChartLab, LabFromChart } from './patient-from-chart'

export type PrefilledNumber = 'age' | 'ferritin' | 'tsat' | 'serumIron' | 'tibc'

export interface ChartPrefill {
  numbers: Partial<Record<PrefilledNumber, string>>
  sex?: 'female' | 'male'
  findings: string[]
  /** The medication list, one chart drug a line. */
  medications: string
  /** Serum iron and TIBC come converted to µg/dL. */
  ironUnit?: 'µg/dL'
  /** Each filled value in words, with its date; `old` when older than six months. */
  lines: { text: string; old: boolean }[]
}

const LAB_LABEL: Record<ChartLab, string> = {
  ferritin: 'Ferritin',
  tsat: 'Transferrin saturation',
  serumIron: 'Serum iron',
  tibc: 'TIBC',
  haemoglobin: 'Haemoglobin',
}

export const OLD_RESULT_WARNING = 'older than six months: repeat it if the picture may have changed'

function labLine(lab: ChartLab, result: LabFromChart) {
  const reported = result.reported ? ` (reported as ${result.reported})` : ''
  return {
    text: `${LAB_LABEL[lab]} ${result.value} ${result.unit}${reported}, from the EHR, ${result.date}${result.old ? ` — ${OLD_RESULT_WARNING}` : ''}`,
    old: result.old,
  }
}

export function chartPrefill({ patient }: LaunchedPatient, findingLabel: (id: string) => string = (id) => id): ChartPrefill {
  const numbers: ChartPrefill['numbers'] = {}
  const lines: ChartPrefill['lines'] = []
  if (patient.age !== undefined) {
    numbers.age = String(patient.age)
    lines.push({ text: `Age ${patient.age}, from the birth date in the EHR (${patient.birthDate ?? 'unknown'})`, old: false })
  }
  if (patient.sex) lines.push({ text: `Sex ${patient.sex}, from the EHR`, old: false })
  for (const finding of patient.findings) {
    lines.push({ text: `${findingLabel(finding.finding)}: “${finding.condition}” in the EHR${finding.date ? `, ${finding.date}` : ''}`, old: false })
  }
  if (patient.medications.length > 0) {
    lines.push({ text: `Medication list: ${patient.medications.length} active drug${patient.medications.length === 1 ? '' : 's'} from the EHR`, old: false })
  }
  for (const lab of ['ferritin', 'tsat', 'serumIron', 'tibc'] as const) {
    const result = patient.labs[lab]
    if (!result) continue
    numbers[lab] = String(result.value)
    lines.push(labLine(lab, result))
  }
  // Haemoglobin has no field of its own: it is shown, for the anaemia question.
  if (patient.labs.haemoglobin) lines.push(labLine('haemoglobin', patient.labs.haemoglobin))
  return {
    numbers,
    ...(patient.sex ? { sex: patient.sex } : {}),
    findings: patient.findings.map((f) => f.finding),
    medications: patient.medications.map((m) => m.line).join('\n'),
    ...(patient.labs.serumIron || patient.labs.tibc ? { ironUnit: 'µg/dL' as const } : {}),
    lines,
  }
}

/**
 * The patient workup's whole form as the chart fills it: the store takes it at once, so every
 * field shows the chart's value and stays editable. The printout's name and birth-date lines too.
 */
export function patientFormFromChart(launched: LaunchedPatient, prefill: ChartPrefill): PatientForm {
  const number = (text: string | undefined) => (text === undefined ? EMPTY_NUMBER : { text, unreadable: false })
  return {
    ...EMPTY_PATIENT_FORM,
    age: number(prefill.numbers.age),
    sex: prefill.sex,
    ticked: prefill.findings,
    medications: prefill.medications,
    ferritin: number(prefill.numbers.ferritin),
    tsat: number(prefill.numbers.tsat),
    serumIron: number(prefill.numbers.serumIron),
    tibc: number(prefill.numbers.tibc),
    ironUnit: prefill.ironUnit ?? EMPTY_PATIENT_FORM.ironUnit,
    identifiers: {
      ...EMPTY_PATIENT_FORM.identifiers,
      name: launched.patient.name ?? '',
      dateOfBirth: launched.patient.birthDate ?? '',
    },
  }
}
