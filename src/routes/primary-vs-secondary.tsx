import { createFileRoute } from '@tanstack/react-router'
import { Citations } from '../components/evidence'
import { usePageTitle } from '../components/page-title'
import { PrimaryVsSecondary } from '../features/causes/primary-vs-secondary'

export const Route = createFileRoute('/primary-vs-secondary')({
  component: Page,
})

function Page() {
  usePageTitle('Primary vs secondary')
  return (
    <>
      <h1 className="text-2xl font-semibold">Primary vs secondary</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Early onset, a family history and a slow course point to idiopathic RLS. Later onset, a faster course, low iron or a
        comorbid disease point to a secondary cause worth finding and treating.{' '}
        <Citations ids={['vellieux-2020', 'bmj-bp-65', 'j-neurol-2004']} />
      </p>
      <PrimaryVsSecondary />
    </>
  )
}
