/** Writes `file.br` and `file.gz` beside every text file of a build, for servers that send them as they are. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

const TEXT_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.map'])
const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** Compresses every text file under `dir` (gzip -9, brotli 11); resolves to how many files. */
export async function precompressDirectory(dir) {
  const files = filesUnder(dir).filter((file) => TEXT_EXTENSIONS.has(extname(file)))
  await Promise.all(
    files.map(async (file) => {
      const bytes = readFileSync(file)
      const [gz, br] = await Promise.all([
        gzipAsync(bytes, { level: 9 }),
        brotliAsync(bytes, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }),
      ])
      writeFileSync(`${file}.gz`, gz)
      writeFileSync(`${file}.br`, br)
    }),
  )
  return files.length
}
