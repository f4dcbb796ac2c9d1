import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ logLevel: 'warn', build: { outDir: 'dist' }, preview: { host: '127.0.0.1', port: 4199, strictPort: false } })
const port = server.httpServer.address().port
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const ctx = await browser.newContext({ serviceWorkers: 'block' })
const page = await ctx.newPage()
for (const p of ['/causes', '/causes/iron-deficiency', '/workup']) {
  const r = await page.goto(`http://127.0.0.1:${port}${p}`)
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' })
  console.log(p, page.url(), r.status(), await page.evaluate(() => [document.documentElement.dataset.appReady, document.getElementById('root').dataset.prerendered, location.pathname, location.search]))
}
await browser.close(); await server.close()
