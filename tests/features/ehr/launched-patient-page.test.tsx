import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openPatientFromChart, SMART_KEY } from '../../../src/features/ehr/ehr-session'
import { clearLaunchedPatient, getLaunchedPatient } from '../../../src/features/ehr/launched-patient'
import { patientFromChart } from '../../../src/features/ehr/patient-from-chart'
import { renderRoute, screen, within } from '../../test-utils'
import { shippedBundle } from '../../shipped-content'

const bundle = shippedBundle()
const fixture = (name: string): unknown => JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/ehr', `${name}.json`), 'utf8'))
const TODAY = '2026-12-01'
const label = (id: string) => bundle.patientWorkup.findings.find((f) => f.id === id)!.label

afterEach(() => {
  clearLaunchedPatient()
  sessionStorage.clear()
})

async function openLaunched(name: string) {
  openPatientFromChart(bundle, { patient: patientFromChart(fixture(name), bundle, TODAY), readOn: TODAY })
  const rendered = renderRoute('/patient')
  await screen.findByRole('heading', { level: 1, name: 'Patient workup' })
  return rendered
}

describe('the patient workup, opened from the EHR', () => {
  it('is headed by the patient’s name and birth date, on screen and on the printout’s lines', async () => {
    await openLaunched('hartmann')
    expect(screen.getByTestId('ehr-patient')).toHaveTextContent('Adalberto Hartmann, born 1949-11-29')
    expect(screen.getByRole('textbox', { name: 'Patient name' })).toHaveValue('Adalberto Hartmann')
    expect(screen.getByRole('textbox', { name: 'Date of birth' })).toHaveValue('1949-11-29')
  })

  it('fills age, sex, findings, medications and iron studies, each said to come from the EHR with its date, and the answer follows', async () => {
    await openLaunched('hartmann')
    expect(screen.getByRole('spinbutton', { name: 'Age (years)' })).toHaveValue(77)
    expect(screen.getByRole('radio', { name: 'Male' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: label('known-anaemia') })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: label('diabetes') })).not.toBeChecked()
    expect((screen.getByRole('textbox', { name: 'Medication list' }) as HTMLTextAreaElement).value).toContain('Diazepam [Valium]')
    expect(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })).toHaveValue(42)
    expect(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' })).toHaveValue(14)
    const filled = screen.getByRole('list', { name: 'Filled in from the EHR' })
    expect(filled).toHaveTextContent('Ferritin 42 ng/mL, from the EHR, 2026-10-01')
    expect(filled).toHaveTextContent('Haemoglobin 17.1 g/dL, from the EHR, 2017-03-08 — older than six months')
    // The assessment reads the filled values: the flagged drugs and the iron reading.
    expect((await within(screen.getByRole('region', { name: 'Flagged medications' })).findAllByText(/Diazepam/)).length).toBeGreaterThan(0)
    expect(screen.getByRole('status', { name: 'Iron reading' })).not.toHaveTextContent('Enter ferritin')
  })

  it('warns of results older than six months and gives SI results converted, still editable', async () => {
    const { user } = await openLaunched('tremblay')
    const filled = screen.getByRole('list', { name: 'Filled in from the EHR' })
    expect(filled).toHaveTextContent('Serum iron 50.3 µg/dL (reported as 9 umol/L), from the EHR, 2025-11-20 — older than six months')
    expect(screen.getByRole('radio', { name: 'µg/dL' })).toBeChecked()
    const ferritin = screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' })
    await user.clear(ferritin)
    await user.type(ferritin, '60')
    expect(ferritin).toHaveValue(60)
  })

  it('forgets the patient and the EHR token on "Start a new patient"', async () => {
    sessionStorage.setItem(SMART_KEY, JSON.stringify('state-1'))
    sessionStorage.setItem('state-1', JSON.stringify({ tokenResponse: { access_token: 'secret', patient: 'p1' } }))
    const { user } = await openLaunched('hartmann')
    await user.click(screen.getByRole('button', { name: 'Start a new patient' }))
    expect(screen.queryByTestId('ehr-patient')).not.toBeInTheDocument()
    expect(screen.getByRole('spinbutton', { name: 'Age (years)' })).toHaveValue(null)
    expect(screen.getByRole('textbox', { name: 'Medication list' })).toHaveValue('')
    expect(getLaunchedPatient()).toBeUndefined()
    expect(sessionStorage.getItem(SMART_KEY)).toBeNull()
    expect(sessionStorage.getItem('state-1')).toBeNull()
  })
})
