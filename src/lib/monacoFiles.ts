import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

/**
 * The Monaco editor's files (monaco-editor's `min/vs`), served by the application itself so the
 * JSON and code fields load nothing from another host (scripts/patchPayloadUi.mjs points Payload's
 * bundled loader at `/vendor/monaco/<version>/vs`).
 */

/** What the editor loads: scripts and its stylesheet; nothing else in the folder is served. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

// Plain names only: no "..", no slashes, no encoded tricks (a segment arrives decoded).
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/

/**
 * The package's folder. `next start` runs from the project root; the standalone server changes
 * into .next/standalone, where next.config.ts's outputFileTracingIncludes copies these files.
 */
export const monacoPackageDir = () => path.resolve('node_modules/monaco-editor')

let installed: Promise<string | null> | undefined

/** The installed monaco-editor's version (null when it is not installed), read once. */
export function installedMonacoVersion(dir = monacoPackageDir()): Promise<string | null> {
  installed ??= fs
    .readFile(path.join(dir, 'package.json'), 'utf8')
    .then((text) => String(JSON.parse(text).version))
    .catch(() => null)
  return installed
}

/**
 * The file under `root` named by the address's segments, with its content type, or null when the
 * segments are not plain names, the type is not served, or no such file is inside `root` (a link
 * pointing out of it included).
 */
export async function monacoFile(root: string, segments: string[]): Promise<{ file: string; type: string } | null> {
  if (segments.length === 0 || !segments.every((segment) => SEGMENT.test(segment))) return null
  const type = TYPES[path.extname(segments[segments.length - 1]).toLowerCase()]
  if (!type) return null
  try {
    const realRoot = await fs.realpath(root)
    const file = await fs.realpath(path.join(realRoot, ...segments))
    if (!file.startsWith(realRoot + path.sep)) return null
    if (!(await fs.stat(file)).isFile()) return null
    return { file, type }
  } catch {
    return null
  }
}

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * The answer to `GET /vendor/monaco/<version>/vs/<file…>`: the file, cached for good (the version
 * is in the address), or 404 for another version or anything that is not one of the editor's files.
 */
export async function serveMonacoFile(version: string, segments: string[]): Promise<Response> {
  const dir = monacoPackageDir()
  if (version !== (await installedMonacoVersion(dir))) return notFound()
  const found = await monacoFile(path.join(dir, 'min/vs'), segments)
  if (!found) return notFound()
  const { size } = await fs.stat(found.file)
  const body = Readable.toWeb(createReadStream(found.file)) as ReadableStream<Uint8Array>
  return new Response(body, {
    headers: {
      'content-type': found.type,
      'content-length': String(size),
      'cache-control': 'public, max-age=31536000, immutable',
    },
  })
}
