import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'

export const Route = createFileRoute('/causes/')({
  component: Page,
})

function Page() {
  usePageTitle('Causes')
  return <h1 className="text-2xl font-semibold">Causes</h1>
}
