/**
 * Two postinstall fixes of @payloadcms/ui 3.90.1 texts, applied by scripts/patchPayloadUi.mjs:
 *
 * - **Dates in the settings' time zone.** Payload's `formatDate` writes a date in the browser's
 *   zone unless it is given one, and its own pages never give one (a document's "Last modified" and
 *   "Created", the Created/Updated columns, the versions). Without a zone it now takes the one
 *   `globalThis.__organizeTimeZone` holds, which src/components/shell/PayloadUiBridge sets from
 *   the settings (payloadUiBridge.ts).
 * - **The bulk upload's toasts** ("Successfully saved 1 files", "Failed to save 2 files") are
 *   English text in the code, not translations. They now ask
 *   `globalThis.__organizeUploadToast(kind, count)` for the reader's wording
 *   (src/components/shell/payloadUiBridge.ts) and keep Payload's text when it gives none.
 *
 * - **The document drawer's button** ("Add new …" / "Edit …" beside a relationship) is named with
 *   the collection's label object itself ("Adaugă [object Object]"): it asks
 *   `globalThis.__organizeLabel(label)` for the reader's text first.
 *
 * Each fix: the files it changes, the text before (`original`) and after (`patched`), each to be
 * found exactly once per file, and how the text is made (`replace`).
 */

const CLIENT = 'node_modules/@payloadcms/ui/dist/exports/client/index.js'

// `({ date, i18n, pattern, timezone }) => { const theDate = new TZDate(new Date(date)); if (timezone) {`,
// minified or not (`timezone:n` and `if(n)` in the bundle).
const FORMAT_DATE = String.raw`\btimezone(?::\s*[\w$]+)?\s*\}\)\s*=>\s*\{\s*(?:let|const)\s+[\w$]+\s*=\s*new\s+[\w$]+\(\s*new Date\(\s*[\w$]+\s*\)\s*\);?\s*if\s*\(`

/** A toast's English template literal, and the call that asks our wording first. */
const toast = (/** @type {string} */ kind, /** @type {string} */ english) => ({
  original: new RegExp('`' + english.replace('N', String.raw`\$\{([\w$]+)\}`) + '`', 'g'),
  patched: new RegExp(
    String.raw`\(globalThis\.__organizeUploadToast\?\.\("${kind}",([\w$]+)\)\?\?` +
      '`' +
      english.replace('N', String.raw`\$\{\1\}`) +
      '`' +
      String.raw`\)`,
    'g',
  ),
  replace: (/** @type {string} */ match, /** @type {string} */ count) =>
    `(globalThis.__organizeUploadToast?.("${kind}",${count})??${match})`,
})

// The document drawer's button: `t(op === "create" ? "fields:addNewLabel" : "general:editLabel", { label: x?.labels.singular })`.
const DRAWER_LABEL = String.raw`("fields:addNewLabel"\s*:\s*"general:editLabel"\s*,\s*\{\s*label:\s*)`

/** @type {{ name: string, files: string[], original: RegExp, patched: RegExp, replace: (...args: string[]) => string }[]} */
export const TEXT_PATCHES = [
  {
    name: "Payload's dates in the settings' time zone",
    files: [
      CLIENT,
      'node_modules/@payloadcms/ui/dist/exports/shared/index.js',
      'node_modules/@payloadcms/ui/dist/utilities/formatDocTitle/formatDateTitle.js',
    ],
    original: new RegExp(`(${FORMAT_DATE})([\\w$]+)\\)`, 'g'),
    patched: new RegExp(`(${FORMAT_DATE})([\\w$]+)=\\2\\|\\|globalThis\\.__organizeTimeZone\\)`, 'g'),
    replace: (_, start, zone) => `${start}${zone}=${zone}||globalThis.__organizeTimeZone)`,
  },
  {
    // Payload passes the label object itself: "Adaugă [object Object]" for our two-language labels.
    name: 'document drawer button: the collection named in the reader’s language',
    files: [CLIENT, 'node_modules/@payloadcms/ui/dist/elements/DocumentDrawer/index.js'],
    original: new RegExp(`${DRAWER_LABEL}([\\w$]+)\\?\\.labels\\.singular(?=\\s*\\})`, 'g'),
    patched: new RegExp(
      `${DRAWER_LABEL}globalThis\\.__organizeLabel\\?\\.\\(([\\w$]+)\\?\\.labels\\.singular\\)\\?\\?\\2\\?\\.labels\\.singular`,
      'g',
    ),
    replace: (_, start, config) =>
      `${start}globalThis.__organizeLabel?.(${config}?.labels.singular)??${config}?.labels.singular`,
  },
  {
    name: 'bulk upload: saved files, in the reader’s language',
    files: [CLIENT, 'node_modules/@payloadcms/ui/dist/elements/BulkUpload/FormsManager/index.js'],
    ...toast('saved', 'Successfully saved N files'),
  },
  {
    name: 'bulk upload: files not saved, in the reader’s language',
    files: [CLIENT, 'node_modules/@payloadcms/ui/dist/elements/BulkUpload/FormsManager/index.js'],
    ...toast('failed', 'Failed to save N files'),
  },
]

/**
 * The text with the fix applied, and whether it was already.
 * Throws when the text holds neither exactly one original nor exactly one patched place.
 * @param {string} text
 * @param {(typeof TEXT_PATCHES)[number]} patch
 */
export function applyTextPatch(text, patch) {
  const patched = text.match(patch.patched)?.length ?? 0
  // A patched place may keep the original inside it (the toasts keep Payload's text as a fallback).
  const originals = text.replace(patch.patched, '').match(patch.original)?.length ?? 0
  if (originals === 1 && patched === 0) {
    return { text: text.replace(patch.original, /** @type {never} */ (patch.replace)), changed: true }
  }
  if (originals === 0 && patched === 1) return { text, changed: false }
  throw new Error(
    `${patch.name}: expected its place once, original or patched; found ${originals} original, ${patched} patched`,
  )
}
