import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { WorkupChecklistPage } from '../features/workup/workup-checklist-page'

export const Route = createFileRoute('/workup')({
  component: Page,
})

function Page() {
  usePageTitle('Workup checklist')
  return <WorkupChecklistPage />
}
