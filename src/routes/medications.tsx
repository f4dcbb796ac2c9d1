import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'

export const Route = createFileRoute('/medications')({
  component: Page,
})

function Page() {
  usePageTitle('Medications')
  return <h1 className="text-2xl font-semibold">Medications</h1>
}
