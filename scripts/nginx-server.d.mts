export const NGINX_CONF: string
export function siteConfig(options: { port: number; root: string; basePath: string; ehr?: { ehrOrigins?: string[]; frameAncestors?: string[] } }): string
export type NginxServer = { origin: string; url: string; log: () => string; stop: () => Promise<void> }
export function startNginx(options: { distDir: string; basePath?: string; ehr?: { ehrOrigins?: string[]; frameAncestors?: string[] } }): Promise<NginxServer>
