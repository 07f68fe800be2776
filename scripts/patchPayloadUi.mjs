/**
 * Postinstall fixes for @payloadcms/ui 3.90.1 (run after patch-package): list tables' relationship
 * cells showed "<No …>" or stayed "Loading…" on PostgreSQL (below), and two texts
 * (payloadUiTexts.mjs: Payload's dates in the settings' time zone, the bulk upload's toasts).
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

/**
 * Patches the files under `root`; throws naming the first file that is missing or unknown.
 * @param {string} root
 * @returns {{ file: string, changed: boolean }[]}
 */
export function patchPayloadUi(root) {
  return [...fixesByFile()].map(([relative, fixes]) => {
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
    if (changed) {
      const temporary = `${file}.patchPayloadUi-${process.pid}`
      fs.writeFileSync(temporary, text, { mode: fs.statSync(file).mode })
      fs.renameSync(temporary, file)
    }
    return { file: relative, changed }
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'))
  try {
    for (const { file, changed } of patchPayloadUi(root)) {
      console.log(`patchPayloadUi: ${file} ${changed ? 'patched' : 'already patched'}`)
    }
  } catch (error) {
    console.error(
      `patchPayloadUi: FAILED, the @payloadcms/ui fix was not applied.\n  ${error instanceof Error ? error.message : error}`,
    )
    process.exit(1)
  }
}
