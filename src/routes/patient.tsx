import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { PatientWorkupPage } from '../features/patient/patient-workup-page'

export const Route = createFileRoute('/patient')({
  component: Page,
})

function Page() {
  usePageTitle('Patient workup')
  return <PatientWorkupPage />
}
