import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { LaunchCallbackScreen } from '../features/ehr/launch-screens'

// `launch_`: the callback is its own page at /launch/callback, not inside the launch screen.
export const Route = createFileRoute('/launch_/callback')({
  component: Page,
})

function Page() {
  usePageTitle('Reading the patient from the EHR')
  return <LaunchCallbackScreen />
}
