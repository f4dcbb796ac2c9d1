export const CHROMIUM_PATH: string
export function ensureBrowserTools(): void
