export interface EhrSettings {
  ehrOrigins: string[]
  frameAncestors: string[]
  smartClientId: string
}
export function parseOrigins(value: string | undefined, name?: string): string[]
export function ehrSettings(env?: Record<string, string | undefined>): EhrSettings
export function policyWithEhr(policy: string, settings: Partial<EhrSettings>): string
export function nginxConfWithEhr(conf: string, settings: Partial<EhrSettings>): string
