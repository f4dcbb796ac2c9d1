import { describe, expect, it, vi } from 'vitest'
import { renderRoute, screen, within } from '../test-utils'
import { allowConsoleErrors } from '../setup'

// A component that fails while rendering, once, like a bug meeting unexpected content.
const failure = vi.hoisted(() => ({ active: true }))
vi.mock('../../src/features/sources/source-list', () => ({
  SourceList: () => {
    if (failure.active) throw new Error('Simulated rendering failure in the source list')
    return <p>Source list rendered</p>
  },
}))

describe('a render error in one route', () => {
  it('shows an error screen inside the shell, never a white screen, and "Try again" recovers', async () => {
    allowConsoleErrors()
    failure.active = true
    const { user } = renderRoute('/sources')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This page could not be shown')
    expect(alert).toHaveTextContent('Simulated rendering failure in the source list')
    // The rest of the app still works around it.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Search' })).toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Content version')

    failure.active = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Source list rendered')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('other pages stay reachable from the error screen', async () => {
    allowConsoleErrors()
    failure.active = true
    const { user } = renderRoute('/sources')
    await screen.findByRole('alert')
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Causes' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Causes' })).toBeInTheDocument()
  })
})
