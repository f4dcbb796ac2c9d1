/**
 * Resolves in a later task, so the browser can paint and answer input in between. Start-up is
 * a chain of such steps: on a slow phone one long start-up task would leave a page that looks
 * ready but does not answer a tap.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
