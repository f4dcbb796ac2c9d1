import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { writeFileSync } from 'node:fs'
import { startNginx } from './nginx-server.mjs'
const site = await startNginx({ distDir: process.argv[2] })
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] })
const r = await lighthouse(site.url + (process.argv[3] || ''), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
writeFileSync('/tmp/lhr.json', JSON.stringify(r.lhr))
await chrome.kill(); await site.stop()
const a = r.lhr.audits
console.log(r.lhr.categories.performance.score, a['first-contentful-paint'].displayValue, a['largest-contentful-paint'].displayValue, a['total-blocking-time'].displayValue)
console.log('render-blocking', JSON.stringify(a['render-blocking-resources']?.details?.items?.map(i => [i.url, i.wastedMs])))
console.log('lcp el', JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet), JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[1]?.items))
console.log('long tasks', JSON.stringify(a['long-tasks']?.details?.items?.map(i => [i.url, Math.round(i.startTime), Math.round(i.duration)])))
console.log('network', JSON.stringify(a['network-requests']?.details?.items?.map(i => [i.url.replace(/.*:\d+/, ''), i.priority, Math.round(i.networkRequestTime), Math.round(i.networkEndTime), i.transferSize])))
console.log('bootup', JSON.stringify(a['bootup-time']?.details?.items?.map(i => [i.url, Math.round(i.scripting), Math.round(i.scriptParseCompile)])))
console.log('mainthread', JSON.stringify(a['mainthread-work-breakdown']?.details?.items?.map(i => [i.group, Math.round(i.duration)])))
