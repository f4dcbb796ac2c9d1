/**
 * The reference's pages: one list for the navigation and the lookup, so a renamed or moved
 * page cannot go stale in either.
 */
export const SITE_PAGES = [
  {
    to: '/patient',
    label: 'Patient workup',
    keywords: 'patient workup assessment one patient likely form tests to order summary note handout',
    summary: 'Enter one patient: likely form, causes, flagged drugs, iron reading, tests, note and handout',
  },
  {
    to: '/causes',
    label: 'Causes',
    keywords: 'causes list categories secondary risk factors browse',
    summary: 'Every cause by category and evidence grade',
  },
  {
    to: '/primary-vs-secondary',
    label: 'Primary vs secondary',
    keywords: 'primary secondary idiopathic familial early onset comparison mimics',
    summary: 'Which features point to idiopathic RLS and which to a secondary cause',
  },
  {
    to: '/medications',
    label: 'Medications',
    keywords: 'medications drugs triggers screener medication list alternatives',
    summary: 'Drugs that cause or worsen RLS, and a medication-list screener',
  },
  {
    to: '/workup',
    label: 'Workup checklist',
    keywords: 'workup labs tests checklist print iron studies interpreter bloods investigations',
    summary: 'Which tests, how to draw them, and the iron-studies interpreter',
  },
  {
    to: '/sources',
    label: 'Sources',
    keywords: 'sources references citations guidelines evidence',
    summary: 'Every reference with DOI or PubMed link',
  },
] as const
