import { createFileRoute, notFound } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { bundleQuery, useBundle } from '../data/bundle-query'
import { byId } from '../data/lookup'
import { CauseDetail } from '../features/causes/cause-detail'

export const Route = createFileRoute('/causes/$causeId')({
  loader: async ({ context, params }) => {
    const bundle = await context.queryClient.ensureQueryData(bundleQuery)
    if (!byId(bundle.causes).has(params.causeId)) throw notFound()
  },
  component: CausePage,
})

function CausePage() {
  const { causeId } = Route.useParams()
  const cause = byId(useBundle().causes).get(causeId)
  usePageTitle(cause?.name ?? 'Cause')
  // The loader has checked the id; this guards a bundle swapped underneath.
  if (!cause) return <p>This cause is not in the current content.</p>
  return <CauseDetail cause={cause} />
}
