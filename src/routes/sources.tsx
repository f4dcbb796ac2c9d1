import { createFileRoute } from '@tanstack/react-router'
import { usePageTitle } from '../components/page-title'
import { useBundle } from '../data/bundle-query'
import { SourceList } from '../features/sources/source-list'
import { ContentChanges } from '../features/sources/content-changes'

export const Route = createFileRoute('/sources')({
  component: Page,
})

function Page() {
  usePageTitle('Sources')
  const { meta } = useBundle()
  return (
    <>
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Every reference the content rests on, with its DOI or PubMed link and the entries that cite it. Guidelines and
        systematic reviews carry the most weight; the consumer articles the reference grew from are cited only where nothing
        better was found, and nothing resting on them alone is graded above Possible.
      </p>
      <section id="grades" aria-labelledby="grades-heading" className="mt-6 max-w-3xl scroll-mt-4 rounded-md border border-slate-300 bg-slate-50 p-3">
        <h2 id="grades-heading" className="text-lg font-semibold">
          How to read the grades
        </h2>
        <p className="mt-1 text-sm">{meta.disclaimer}</p>
      </section>
      <ContentChanges meta={meta} />
      <SourceList />
    </>
  )
}
