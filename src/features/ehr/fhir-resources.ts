/**
 * The few parts of FHIR R4 resources the workup reads from a chart. Every field is optional:
 * what comes from an EHR is checked as it is read, never trusted to have a shape.
 */

export interface Coding {
  system?: string
  code?: string
  display?: string
}

export interface CodeableConcept {
  coding?: Coding[]
  text?: string
}

export interface Quantity {
  value?: number
  unit?: string
  system?: string
  code?: string
}

export interface HumanName {
  use?: string
  text?: string
  family?: string
  given?: string[]
  period?: { end?: string }
}

export interface PatientResource {
  resourceType: 'Patient'
  id?: string
  name?: HumanName[]
  birthDate?: string
  gender?: string
}

export interface ConditionResource {
  resourceType: 'Condition'
  id?: string
  clinicalStatus?: CodeableConcept
  verificationStatus?: CodeableConcept
  code?: CodeableConcept
  onsetDateTime?: string
  recordedDate?: string
}

export interface MedicationResource {
  resourceType: 'Medication'
  id?: string
  code?: CodeableConcept
}

export interface MedicationRequestResource {
  resourceType: 'MedicationRequest'
  id?: string
  status?: string
  medicationCodeableConcept?: CodeableConcept
  medicationReference?: { reference?: string; display?: string }
  contained?: MedicationResource[]
  authoredOn?: string
}

export interface MedicationStatementResource {
  resourceType: 'MedicationStatement'
  id?: string
  status?: string
  medicationCodeableConcept?: CodeableConcept
  medicationReference?: { reference?: string; display?: string }
  contained?: MedicationResource[]
  effectiveDateTime?: string
  effectivePeriod?: { start?: string; end?: string }
  dateAsserted?: string
}

export interface ObservationResource {
  resourceType: 'Observation'
  id?: string
  status?: string
  code?: CodeableConcept
  valueQuantity?: Quantity
  effectiveDateTime?: string
  effectivePeriod?: { start?: string; end?: string }
  effectiveInstant?: string
  issued?: string
}

/** Any resource the chart returns; those of other types are ignored. */
export type ChartResource =
  | PatientResource
  | ConditionResource
  | MedicationResource
  | MedicationRequestResource
  | MedicationStatementResource
  | ObservationResource

export const SNOMED_CT = 'http://snomed.info/sct'
export const ICD_10_CM = 'http://hl7.org/fhir/sid/icd-10-cm'
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm'
export const LOINC = 'http://loinc.org'
export const UCUM = 'http://unitsofmeasure.org'
