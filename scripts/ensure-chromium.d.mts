export const CHROMIUM_PATH: string
export const NGINX_PATH: string
export function ensureBrowserTools(): void
