import type { Page } from 'playwright-core'
export function typeIntoLookup(page: Page, typed: string[], warmUp?: string[]): Promise<[number, string, 'warm-up' | 'timed'][]>
export function startAppByFirstUse(page: Page): Promise<void>
export function firstUseToReady(page: Page): Promise<{ ready: number; longestTask: number }>
