/**
 * Postinstall fixes for @payloadcms/ui 3.90.1 (run after patch-package): list tables' relationship
 * cells showed "<No …>" or stayed "Loading…" on PostgreSQL (below), the JSON editor loaded from a
 * CDN (below), and two texts (payloadUiTexts.mjs: Payload's dates in the settings' time zone, the
 * bulk upload's toasts).
 *
 * The RelationshipProvider's reducer (elements/Table/RelationshipProvider/reducer.ts) removes each
 * returned document from the ids it asked for with
 * `unreturnedIDs.splice(unreturnedIDs.indexOf(doc.id), 1)`. Those ids are the keys of an object
 * (strings) while PostgreSQL's ids are numbers: indexOf answers -1 and splice(-1, 1) drops the last
 * id instead. Harmless while every id comes back; as soon as one does not (a document the reader may
 * not read), returned documents are marked missing ("<No …>") and the missing one waits forever
 * ("Loading…"). The replacement compares as strings and skips -1.
 *
 * Upstream: no issue or fix found for this line; payloadcms/payload main's reducer.ts still has it.
 * An earlier, different fix for numeric ids in relationship cells was #4615 (Payload 2).
 *
 * The code that runs in the browser is the bundle dist/exports/client/index.js (minified); the
 * unminified dist/.../reducer.js is patched too. Files are replaced (written beside, then renamed),
 * never rewritten in place, so hard-linked copies of node_modules keep their own. Idempotent; exits 1
 * naming the file when neither the original nor the patched text is there (a Payload upgrade must
 * not drop the fix silently: check whether upstream fixed it, then update or remove this script).
 *
 * Second fix: the JSON and code fields' editor (Monaco, through @monaco-editor/loader bundled into
 * one of the client chunks) loads its files from cdn.jsdelivr.net: offline, or under our CSP
 * (nothing from another host), the editor stays blank. The loader's default `paths.vs` is pointed
 * at the installed monaco-editor's `min/vs`, which the application serves itself
 * (src/app/(app)/vendor/monaco/[version]/vs/[...file]/route.ts). The version is in the address so
 * the files can be cached for good; a reinstall with another monaco-editor rewrites it.
 *
 *   node scripts/patchPayloadUi.mjs [project root, default: this script's parent folder]
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { applyTextPatch, TEXT_PATCHES } from './payloadUiTexts.mjs'

/** The files patched, relative to the project root. */
export const FILES = [
  'node_modules/@payloadcms/ui/dist/exports/client/index.js',
  'node_modules/@payloadcms/ui/dist/elements/Table/RelationshipProvider/reducer.js',
]

// `ids.splice(ids.indexOf(doc.id), 1)` followed by `state[action.relationTo][doc.id] = doc`, minified
// or not (the names differ: n/r/o/e in the bundle).
const NEXT = String.raw`(?=\s*[;,]\s*[\w$]+\[[\w$]+\.relationTo\]\[\2\.id\]\s*=\s*\2\b)`
const ORIGINAL = new RegExp(
  String.raw`\b([\w$]+)\.splice\(\s*\1\.indexOf\(\s*([\w$]+)\.id\s*\)\s*,\s*1\s*\)` + NEXT,
  'g',
)
const PATCHED = new RegExp(
  String.raw`\b([\w$]+)\.indexOf\(String\(([\w$]+)\.id\)\)>-1&&\1\.splice\(\1\.indexOf\(String\(\2\.id\)\),1\)` + NEXT,
  'g',
)

/** An expression (it stands in a comma expression in the bundle): remove `doc`'s id if it was asked for. */
const replacement = (/** @type {string} */ ids, /** @type {string} */ doc) =>
  `${ids}.indexOf(String(${doc}.id))>-1&&${ids}.splice(${ids}.indexOf(String(${doc}.id)),1)`

/**
 * The text with the reducer's line replaced, and whether it was already.
 * Throws when the text holds neither exactly one original nor exactly one patched line.
 * @param {string} text
 * @returns {{ text: string, changed: boolean }}
 */
export function patchReducerText(text) {
  const originals = text.match(ORIGINAL)?.length ?? 0
  const patched = text.match(PATCHED)?.length ?? 0
  if (originals === 1 && patched === 0) {
    return { text: text.replace(ORIGINAL, (_, ids, doc) => replacement(ids, doc)), changed: true }
  }
  if (originals === 0 && patched === 1) return { text, changed: false }
  throw new Error(
    `expected the RelationshipProvider reducer's line once, original or patched; found ${originals} original, ${patched} patched`,
  )
}

/** Every fix by file: the relationship cells' reducer, then the texts (payloadUiTexts.mjs). */
function fixesByFile() {
  /** @type {Map<string, ((text: string) => { text: string, changed: boolean })[]>} */
  const byFile = new Map()
  const add = (/** @type {string} */ file, /** @type {(text: string) => { text: string, changed: boolean }} */ fix) =>
    byFile.set(file, [...(byFile.get(file) ?? []), fix])
  for (const file of FILES) add(file, patchReducerText)
  for (const patch of TEXT_PATCHES) for (const file of patch.files) add(file, (text) => applyTextPatch(text, patch))
  return byFile
}

/** The folder of the client bundle's chunks; one of them holds Monaco's loader. */
export const CLIENT_CHUNKS = 'node_modules/@payloadcms/ui/dist/exports/client'

/** Where the application serves monaco-editor's `min/vs` of that version. */
export const monacoBase = (/** @type {string} */ version) => `/vendor/monaco/${version}/vs`

// The loader's default config, `paths:{vs:"…"}`: the CDN's address, or ours of any version.
const LOADER_PATHS =
  /(paths:\{vs:")(?:https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^"/]+\/min|\/vendor\/monaco\/[^"/]+)\/vs(")/g

/** How many times the text holds the loader's default paths (CDN or ours). */
export const monacoLoaderCount = (/** @type {string} */ text) => text.match(LOADER_PATHS)?.length ?? 0

/**
 * The text with the Monaco loader's default `vs` path set to `base`, and whether it changed.
 * Throws when the text does not hold the loader's paths exactly once.
 * @param {string} text
 * @param {string} base
 * @returns {{ text: string, changed: boolean }}
 */
export function patchMonacoLoaderText(text, base) {
  const found = monacoLoaderCount(text)
  if (found !== 1) throw new Error(`expected the Monaco loader's paths.vs once; found ${found}`)
  const patched = text.replace(LOADER_PATHS, (_, before, after) => `${before}${base}${after}`)
  return { text: patched, changed: patched !== text }
}

/**
 * The installed monaco-editor's version; throws when it or its `min/vs/loader.js` is missing.
 * @param {string} root
 */
export function installedMonacoVersion(root) {
  const dir = path.join(root, 'node_modules/monaco-editor')
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  if (!fs.existsSync(path.join(dir, 'min/vs/loader.js'))) throw new Error(`${dir} has no min/vs/loader.js`)
  return String(version)
}

/** Replaces `file` with `text` (written beside, then renamed: hard-linked copies keep their own). */
function replaceFile(/** @type {string} */ file, /** @type {string} */ text) {
  const temporary = `${file}.patchPayloadUi-${process.pid}`
  fs.writeFileSync(temporary, text, { mode: fs.statSync(file).mode })
  fs.renameSync(temporary, file)
}

/**
 * Points the bundled Monaco loader at the application's own copy; throws unless exactly one chunk
 * holds the loader.
 * @param {string} root
 * @returns {{ file: string, changed: boolean }}
 */
function patchMonacoLoader(root) {
  const dir = path.join(root, CLIENT_CHUNKS)
  const base = monacoBase(installedMonacoVersion(root))
  const holders = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => monacoLoaderCount(fs.readFileSync(path.join(dir, name), 'utf8')) > 0)
  if (holders.length !== 1) {
    throw new Error(`${dir}: expected one chunk with the Monaco loader's paths.vs; found ${holders.length}`)
  }
  const file = path.join(dir, holders[0])
  const result = patchMonacoLoaderText(fs.readFileSync(file, 'utf8'), base)
  if (result.changed) replaceFile(file, result.text)
  return { file: path.join(CLIENT_CHUNKS, holders[0]), changed: result.changed }
}

/**
 * Patches the files under `root`; throws naming the first file that is missing or unknown.
 * @param {string} root
 * @returns {{ file: string, changed: boolean }[]}
 */
export function patchPayloadUi(root) {
  const fixed = [...fixesByFile()].map(([relative, fixes]) => {
    const file = path.join(root, relative)
    let text
    let changed = false
    try {
      text = fs.readFileSync(file, 'utf8')
      for (const fix of fixes) {
        const result = fix(text)
        text = result.text
        changed ||= result.changed
      }
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : error}`)
    }
    if (changed) replaceFile(file, text)
    return { file: relative, changed }
  })
  return [...fixed, patchMonacoLoader(root)]
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'))
  try {
    for (const { file, changed } of patchPayloadUi(root)) {
      console.log(`patchPayloadUi: ${file} ${changed ? 'patched' : 'already patched'}`)
    }
  } catch (error) {
    console.error(
      `patchPayloadUi: FAILED, the @payloadcms/ui fixes were not applied.\n  ${error instanceof Error ? error.message : error}`,
    )
    process.exit(1)
  }
}
