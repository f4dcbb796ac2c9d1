import { startNginx } from './nginx-server.mjs'
const s = await startNginx({ distDir: process.argv[2], basePath: process.argv[3] || '/' })
console.log(s.url)
for (const [p, enc] of [['', 'br'], ['causes', 'gzip'], ['causes/', 'br'], ['nope', 'br'], ['data/rls.json', 'br'], ['sw.js', 'gzip'], ['manifest.webmanifest', ''], ['icons/icon.svg', 'gzip']]) {
  const r = await fetch(s.url + p, { headers: { 'accept-encoding': enc }, redirect: 'manual' })
  console.log(p, r.status, r.headers.get('content-type'), r.headers.get('content-encoding'), r.headers.get('cache-control'), r.headers.get('location'), (await r.arrayBuffer()).byteLength)
}
const html = await (await fetch(s.url)).text()
const js = html.match(/src="([^"]+\.js)"/)[1]
const r = await fetch(s.origin + js, { headers: { 'accept-encoding': 'br, gzip' } })
console.log(js, r.status, r.headers.get('content-encoding'), r.headers.get('cache-control'), [...r.headers.keys()].join(','))
console.log(s.log())
await s.stop()
