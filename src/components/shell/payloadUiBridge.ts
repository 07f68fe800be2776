/*
 * What Payload's patched code (scripts/payloadUiTexts.mjs) reads from `globalThis`: the settings'
 * time zone for its date texts, our wording of the bulk upload's toasts, a label in the reader's language.
 */

type Language = 'ro' | 'en'
export type UploadToast = 'saved' | 'failed'

/** "1 fișier", "2 fișiere", "20 de fișiere": Romanian puts "de" before 20 and above (and 0). */
const romanianFiles = (count: number) => {
  if (count === 1) return '1 fișier'
  const lastTwo = count % 100
  return lastTwo === 0 || lastTwo >= 20 ? `${count} de fișiere` : `${count} fișiere`
}

/** The bulk upload's message after saving: how many files were saved, or were not. */
export function uploadToast(language: Language, kind: UploadToast, count: number): string {
  if (language === 'ro') {
    const files = romanianFiles(count)
    if (kind === 'saved') return count === 1 ? `${files} salvat` : `${files} salvate`
    return count === 1 ? `${files} nu a fost salvat` : `${files} nu au fost salvate`
  }
  const files = count === 1 ? '1 file' : `${count} files`
  if (kind === 'saved') return `${files} saved`
  return count === 1 ? `${files} was not saved` : `${files} were not saved`
}

/** A label as Payload may hold it (text, or one per language) in the reader's language. */
export function labelIn(language: Language, label: unknown): unknown {
  if (!label || typeof label !== 'object') return label
  const texts = label as Record<string, unknown>
  return texts[language] ?? texts.en ?? Object.values(texts)[0]
}

/** Payload's own date texts will be written in this zone, its upload toasts and labels in this language. */
export function bridgePayloadUi(zone: string, language: string) {
  const reader: Language = language === 'en' ? 'en' : 'ro'
  const target = globalThis as Record<string, unknown>
  target.__organizeTimeZone = zone
  target.__organizeUploadToast = (kind: UploadToast, count: number) => uploadToast(reader, kind, count)
  target.__organizeLabel = (label: unknown) => labelIn(reader, label)
}
