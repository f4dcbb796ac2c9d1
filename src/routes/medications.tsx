import { createFileRoute, Link } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { medicationsSearchSchema } from '../features/medications/medications-search'
import { MedicationListScreener } from '../features/medications/medication-list-screener'
import { MedicationTriggers } from '../features/medications/medication-triggers'
import { NeedsJavaScript } from '../components/needs-javascript'

export const Route = createFileRoute('/medications')({
  validateSearch: medicationsSearchSchema,
  component: Page,
})

function Page() {
  usePageTitle('Medications')
  const { filter = '' } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <>
      <h1 className="text-2xl font-semibold">Medications</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Drugs and substances that can trigger or worsen RLS, with the evidence for each and safer alternatives, and the
        dopaminergic RLS treatments that can cause augmentation. Screen a patient’s medication list, or browse by class
        below. To put a patient’s drugs together with their conditions and iron studies, use the{' '}
        <Link to="/patient">patient workup</Link>.
      </p>
      <NeedsJavaScript>
        The medication-list screener and the filter need JavaScript, which is off in this browser. Every trigger, with its
        evidence and alternatives, is listed below.
      </NeedsJavaScript>
      <MedicationListScreener />
      <MedicationTriggers
        filter={filter}
        onFilterChange={(next) =>
          void navigate({
            search: (previous) => ({ ...previous, filter: next === '' ? undefined : next }),
            replace: true,
            // Typing in the filter must not jump the page back to the top.
            resetScroll: false,
          })
        }
      />
    </>
  )
}
