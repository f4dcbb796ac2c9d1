export interface EhrRig {
  fhirBase: string
  fhirOrigin: string
  issuer: string
  origins: string[]
  patients: Record<string, string>
  requests: string[]
  startupMs: number
  setStandalonePatient(id: string): void
  ehrLaunch(patientId: string): string
  allowApp(redirectUri: string, clientId?: string): void
  stop(): Promise<unknown>
}
export function startEhrRig(): Promise<EhrRig>
