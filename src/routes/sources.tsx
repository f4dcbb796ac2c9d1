import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'

export const Route = createFileRoute('/sources')({
  component: Page,
})

function Page() {
  usePageTitle('Sources')
  return <h1 className="text-2xl font-semibold">Sources</h1>
}
