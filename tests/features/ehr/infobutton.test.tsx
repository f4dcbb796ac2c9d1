import { describe, expect, it } from 'vitest'
import { CODE_SYSTEM_OID, infobuttonDestination, readInfobuttonRequest } from '../../../src/features/ehr/infobutton'
import { renderRoute, screen, waitFor } from '../../test-utils'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const request = (query: string) => readInfobuttonRequest(`?${query}`)
const destination = (query: string) => infobuttonDestination(request(query)!, bundle)
const ICD = CODE_SYSTEM_OID.icd10cm
const RX = CODE_SYSTEM_OID.rxnorm
const LOINC_OID = CODE_SYSTEM_OID.loinc

describe('readInfobuttonRequest and infobuttonDestination', () => {
  it('are not a request without mainSearchCriteria', () => {
    expect(readInfobuttonRequest('')).toBeUndefined()
    expect(readInfobuttonRequest('?q=iron')).toBeUndefined()
  })

  it('open the RLS start for G25.81 in ICD-10-CM, with or without the dot', () => {
    expect(destination(`mainSearchCriteria.v.c=G25.81&mainSearchCriteria.v.cs=${ICD}`)).toEqual({ page: 'start' })
    expect(destination(`mainSearchCriteria.v.c=g2581&mainSearchCriteria.v.cs=${ICD}`)).toEqual({ page: 'start' })
  })

  it('open a drug’s entry for an RxNorm code the content knows, and a lab’s line for its LOINC code', () => {
    expect(destination(`mainSearchCriteria.v.c=563026&mainSearchCriteria.v.cs=${RX}`)).toEqual({ page: 'medication', medicationId: 'diazepam' })
    expect(destination(`mainSearchCriteria.v.c=2276-4&mainSearchCriteria.v.cs=${LOINC_OID}`)).toEqual({ page: 'lab', labId: 'ferritin' })
  })

  it('open the lookup with the words for an unknown code or a code in the wrong system', () => {
    expect(destination(`mainSearchCriteria.v.c=999999999&mainSearchCriteria.v.cs=${RX}&mainSearchCriteria.v.dn=Zolpidem 10 MG`)).toEqual({
      page: 'lookup',
      text: 'Zolpidem 10 MG',
    })
    expect(destination(`mainSearchCriteria.v.c=2276-4&mainSearchCriteria.v.cs=${RX}&mainSearchCriteria.v.dn=Ferritin`)).toEqual({ page: 'lookup', text: 'Ferritin' })
    expect(destination('mainSearchCriteria.v.dn=sertraline')).toEqual({ page: 'lookup', text: 'sertraline' })
    expect(destination(`mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=${ICD}`)).toEqual({ page: 'lookup', text: 'E11.9' })
  })

  it('drop malformed parameters silently: repeated, too long, not a code', () => {
    expect(request(`mainSearchCriteria.v.c=G25.81&mainSearchCriteria.v.c=E11&mainSearchCriteria.v.cs=${ICD}`)).toEqual({ codeSystem: ICD })
    expect(request(`mainSearchCriteria.v.c=<script>&mainSearchCriteria.v.cs=not-an-oid`)).toEqual({})
    expect(request(`mainSearchCriteria.v.dn=${'x'.repeat(500)}`)).toEqual({})
    expect(destination('mainSearchCriteria.v.c=%3Cb%3E&mainSearchCriteria.v.cs=')).toEqual({ page: 'start' })
  })
})

describe('an Infobutton link, opened in the app', () => {
  it('opens the RLS start without the request in the address', async () => {
    const { router } = renderRoute(`/?mainSearchCriteria.v.c=G25.81&mainSearchCriteria.v.cs=${ICD}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })).toBeInTheDocument()
    await waitFor(() => expect(router.state.location.searchStr).toBe(''))
  })

  it('opens a drug’s entry from its RxNorm code', async () => {
    const { router } = renderRoute(`/?mainSearchCriteria.v.c=563026&mainSearchCriteria.v.cs=${RX}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Medications' })).toBeInTheDocument()
    expect(router.state.location.hash).toBe('medication-diazepam')
  })

  it('opens the checklist line of a LOINC code', async () => {
    const { router } = renderRoute(`/?mainSearchCriteria.v.c=2502-3&mainSearchCriteria.v.cs=${LOINC_OID}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Workup checklist' })).toBeInTheDocument()
    expect(router.state.location.hash).toBe('lab-tsat')
  })

  it('opens the lookup with the words of anything else', async () => {
    renderRoute('/?mainSearchCriteria.v.dn=pregnant')
    await screen.findByRole('heading', { level: 1, name: 'Causes of restless legs syndrome' })
    expect(await screen.findByRole('combobox', { name: 'Search' })).toHaveValue('pregnant')
  })
})
