import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'

export const Route = createFileRoute('/workup')({
  component: Page,
})

function Page() {
  usePageTitle('Workup checklist')
  return <h1 className="text-2xl font-semibold">Workup checklist</h1>
}
