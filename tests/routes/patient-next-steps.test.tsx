/**
 * The next clinical steps on /patient, as the clinician sees them: the questions in the form,
 * the "Next steps" section, the bottom line and the chart note.
 */
import { describe, expect, it } from 'vitest'
import { renderRoute, screen, within } from '../test-utils'

async function openPatient() {
  const rendered = renderRoute('/patient')
  await screen.findByRole('heading', { level: 1, name: 'Patient workup' }, { timeout: 30_000 })
  return rendered
}
const nextSteps = () => screen.getByRole('region', { name: 'Next steps' })
const note = () => screen.getByTestId('summary-note')

describe('/patient: the next clinical steps', () => {
  it('pramipexole with symptoms now at 2 pm and in the arms: the augmentation questions appear, and answer "possible augmentation"', async () => {
    const { user } = await openPatient()
    expect(screen.queryByRole('group', { name: 'Augmentation' })).toBeNull()
    await user.type(screen.getByRole('textbox', { name: 'Medication list' }), 'pramipexole 0.25 mg nocte')
    const questions = await screen.findByRole('group', { name: 'Augmentation' })
    const check = within(nextSteps()).getByRole('status', { name: 'Augmentation check' })
    expect(check).toHaveTextContent('Augmentation risk: check these.')
    expect(screen.getByRole('region', { name: 'Bottom line' })).toHaveTextContent('augmentation risk: check')

    await user.click(within(questions).getByRole('checkbox', { name: /at least 4 hours earlier/ }))
    await user.click(within(questions).getByRole('checkbox', { name: /spread to the arms or trunk/ }))
    expect(check).toHaveTextContent('Possible augmentation.')
    const steps = within(nextSteps()).getByRole('list', { name: 'Augmentation next steps' })
    expect(steps).toHaveTextContent(/switch to an alpha-2-delta ligand or an opioid/)
    expect(steps).toHaveTextContent(/Check iron status/)
    expect(within(nextSteps()).getByRole('list', { name: 'Referral for this patient' })).toHaveTextContent('Possible augmentation')
    expect(screen.getByRole('region', { name: 'Bottom line' })).toHaveTextContent('possible augmentation')
    expect(note()).toHaveTextContent(/Augmentation: possible augmentation on Pramipexole/i)
  })

  it('a man of 70 with ferritin 20 and TSAT 12: where the iron went, which iron and when to recheck', async () => {
    const { user } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Age (years)' }), '70')
    await user.click(screen.getByRole('radio', { name: 'Male' }))
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '20')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '12')
    const loss = within(nextSteps()).getByRole('list', { name: 'Source of iron loss' })
    expect(loss).toHaveTextContent(/gastrointestinal investigation/)
    expect(loss).toHaveTextContent(/coeliac/)
    const products = within(nextSteps()).getByRole('list', { name: 'Iron product' })
    expect(products).toHaveTextContent(/Oral ferrous sulfate.*AASM 2024: conditional/)
    expect(products).toHaveTextContent(/IV ferric carboxymaltose.*AASM 2024: strong/)
    // What the bundle could not confirm (the AASM strengths, read in secondary reports) is marked so.
    expect(within(products).getAllByText('Unconfirmed').length).toBeGreaterThan(0)
    expect(products).toHaveTextContent(/read in secondary reports/)
    expect(nextSteps()).toHaveTextContent(/Recheck ferritin and TSAT after about 3 months/)
    expect(note()).toHaveTextContent('Source of iron loss:')
    expect(note()).toHaveTextContent(/Iron: Oral ferrous sulfate/)
    // The printed chart page carries the same next steps.
    const chartPage = screen.getByRole('region', { name: 'Chart page' })
    expect(within(chartPage).getByRole('heading', { name: 'Next steps' })).toBeInTheDocument()
    expect(chartPage).toHaveTextContent('Source of iron loss:')
    expect(chartPage).toHaveTextContent(/Iron: Oral ferrous sulfate/)

    // The iron carriers full (TSAT 50): no product, no source-of-loss line.
    const tsat = screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' })
    await user.clear(tsat)
    await user.type(tsat, '50')
    expect(within(nextSteps()).queryByRole('list', { name: 'Iron product' })).toBeNull()
    expect(within(nextSteps()).queryByRole('list', { name: 'Source of iron loss' })).toBeNull()
    expect(note()).not.toHaveTextContent('Iron: Oral ferrous sulfate')
  })

  it('a woman of 30 with ferritin 20: iron, but no search for blood loss', async () => {
    const { user } = await openPatient()
    await user.type(screen.getByRole('spinbutton', { name: 'Age (years)' }), '30')
    await user.click(screen.getByRole('radio', { name: 'Female' }))
    await user.type(screen.getByRole('spinbutton', { name: 'Ferritin (ng/mL)' }), '20')
    await user.type(screen.getByRole('spinbutton', { name: 'Transferrin saturation (%)' }), '12')
    expect(within(nextSteps()).getByRole('list', { name: 'Iron product' })).toBeInTheDocument()
    expect(within(nextSteps()).queryByRole('list', { name: 'Source of iron loss' })).toBeNull()
    expect(note()).not.toHaveTextContent('Source of iron loss')
  })

  it('how often and how distressing: asked in the form, used in the bottom line and the note', async () => {
    const { user } = await openPatient()
    const significance = within(nextSteps()).getByRole('status', { name: 'Clinical significance' })
    expect(significance).toHaveTextContent(/Ask how often/)
    expect(note()).toHaveTextContent('Frequency and distress: not yet asked')
    const frequency = screen.getByRole('group', { name: 'How often do the symptoms come?' })
    const distress = screen.getByRole('group', { name: 'How much do they disturb sleep or daytime life?' })
    await user.click(within(frequency).getByRole('radio', { name: 'More than twice a week' }))
    await user.click(within(distress).getByRole('radio', { name: /^Moderately/ }))
    expect(significance).toHaveTextContent('Clinically significant RLS.')
    expect(screen.getByRole('region', { name: 'Bottom line' })).toHaveTextContent('Clinically significant RLS')
    expect(note()).toHaveTextContent('clinically significant RLS (AASM 2024 treatment gate met)')
    await user.click(within(frequency).getByRole('radio', { name: 'Once or twice a week' }))
    expect(significance).toHaveTextContent('Not clinically significant.')
    expect(screen.getByRole('region', { name: 'Bottom line' })).toHaveTextContent('Not clinically significant by the answers')
  })

  it('referral: the standing criteria always, and a pregnant woman with severe symptoms now', async () => {
    const { user } = await openPatient()
    expect(within(nextSteps()).getByRole('list', { name: 'Referral criteria' })).toHaveTextContent(/Refractory RLS/)
    expect(within(nextSteps()).queryByRole('list', { name: 'Referral for this patient' })).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'Female' }))
    await user.click(screen.getByRole('checkbox', { name: /Pregnant/ }))
    await user.click(within(screen.getByRole('group', { name: 'How often do the symptoms come?' })).getByRole('radio', { name: 'More than twice a week' }))
    await user.click(within(screen.getByRole('group', { name: 'How much do they disturb sleep or daytime life?' })).getByRole('radio', { name: 'Severely' }))
    expect(within(nextSteps()).getByRole('list', { name: 'Referral for this patient' })).toHaveTextContent(/Pregnancy with clinically significant symptoms/)
    expect(note()).toHaveTextContent('Referral: Pregnancy with clinically significant symptoms')
  })

  it('the answers are kept with the patient across navigation, and "Start a new patient" clears them', async () => {
    const { user, history } = await openPatient()
    await user.click(within(screen.getByRole('group', { name: 'How often do the symptoms come?' })).getByRole('radio', { name: 'More than twice a week' }))
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Medications' }))
    await screen.findByRole('link', { name: 'Patient in progress' })
    history.back()
    await screen.findByRole('heading', { level: 1, name: 'Patient workup' })
    expect(within(screen.getByRole('group', { name: 'How often do the symptoms come?' })).getByRole('radio', { name: 'More than twice a week' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Start a new patient' }))
    expect(within(screen.getByRole('group', { name: 'How often do the symptoms come?' })).getByRole('radio', { name: 'More than twice a week' })).not.toBeChecked()
  })
})
