import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { LaunchScreen } from '../features/ehr/launch-screens'

export const Route = createFileRoute('/launch')({
  component: Page,
})

function Page() {
  usePageTitle('Open a patient from the EHR')
  return <LaunchScreen />
}
