import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'

export const Route = createFileRoute('/primary-vs-secondary')({
  component: Page,
})

function Page() {
  usePageTitle('Primary vs secondary')
  return <h1 className="text-2xl font-semibold">Primary vs secondary</h1>
}
