import { chromium } from 'playwright-core'
import { startNginx } from './nginx-server.mjs'
const s = await startNginx({ distDir: process.argv[2], basePath: process.argv[3] || '/' })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
for (const path of ['', 'causes', 'causes/iron-deficiency', 'workup', 'medications?filter=zol', 'nope']) {
  const ctx = await browser.newContext({ serviceWorkers: 'allow' })
  const page = await ctx.newPage()
  const errs = []; const reqs = []
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errs.push(m.type() + ': ' + m.text().slice(0, 300)) })
  page.on('pageerror', e => errs.push('pageerror ' + e.message))
  page.on('response', r => reqs.push(r.status() + ' ' + r.url().replace(/.*127.0.0.1:\d+/, '')))
  await page.goto(s.url + path)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
  const h1 = await page.locator('h1').first().textContent()
  const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click().then(() => page.locator('h1').first().textContent())
  console.log(path, '|', h1, '->', nav, page.url(), '|', errs.join(' || '), '\n   ', reqs.join(' '))
  await ctx.close()
}
await browser.close(); await s.stop()
