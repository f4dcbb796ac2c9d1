export const CHROMIUM_PATH: string
export const TEST_CHROMIUM_PATH: string
export const NGINX_PATH: string
export function ensureBrowserTools(use?: 'tests' | 'bench'): void
