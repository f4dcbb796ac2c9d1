import type { Page } from 'playwright-core'
export type ScreenerKeystroke = { paint: number; answer: number; longestTask: number }
export function chartList(bundle: unknown, vocabulary: unknown, count: number): string
export function pasteAndTypeIntoScreener(page: Page, list: string, typed: string): Promise<{ pasteAnswer: number; pasteDrawn: number; keystrokes: ScreenerKeystroke[] }>
