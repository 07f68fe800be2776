import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { say, type t } from '@/lib/i18n'
import { settingsOf } from '@/lib/settings'
import type { Setting } from '@/payload-types'
import { ACTIVE_CONTENT_EXTENSIONS, DEFAULT_MAX_UPLOAD_MB, RECORD_FILE_TYPES } from './fileTypes'

type Bilingual = ReturnType<typeof t>

export interface FileRules {
  /** The records as messages name them ("tickets" / "tichetele"). */
  records: Bilingual
  /** One file of them ("a ticket file" / "un fișier de tichet"). */
  aFile: Bilingual
  /** The size limit in MB from the settings (DEFAULT_MAX_UPLOAD_MB when unset). */
  maxUploadMb: (settings: Partial<Setting>) => number | null | undefined
}

/**
 * Refuses, before anything is stored, an empty file, a file of a type records do not take (web
 * pages and SVG whatever type is declared), or one above the size limit.
 */
export const checkFile =
  (rules: FileRules): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const file = req.file
    if (!file || (operation !== 'create' && operation !== 'update')) return args
    const language = req.i18n?.language
    if (!file.size) {
      throw new APIError(
        say(language, {
          en: `"${file.name}" is empty (0 bytes): choose the file again, it may not have been saved completely.`,
          ro: `„${file.name}” este gol (0 octeți): alegeți fișierul din nou, poate nu a fost salvat complet.`,
        }),
        400,
      )
    }
    const type = (file.mimetype || '').split(';')[0].trim().toLowerCase()
    const extension = (file.name.split('.').pop() ?? '').toLowerCase()
    if (!RECORD_FILE_TYPES.includes(type) || ACTIVE_CONTENT_EXTENSIONS.includes(extension)) {
      throw new APIError(
        say(language, {
          en: `"${file.name}" is a file of type ${type || 'unknown'}, which ${rules.records.en} do not take: attach PDF, images, Office documents, text or zip.`,
          ro: `„${file.name}” este un fișier de tip ${type || 'necunoscut'}, pe care ${rules.records.ro} nu îl acceptă: atașați PDF, imagini, documente Office, text sau zip.`,
        }),
        400,
      )
    }
    const limitMb = rules.maxUploadMb(await settingsOf(req)) ?? DEFAULT_MAX_UPLOAD_MB
    if (file.size > limitMb * 1024 * 1024) {
      const sizeMb = (file.size / 1024 / 1024).toFixed(1)
      throw new APIError(
        say(language, {
          en: `"${file.name}" has ${sizeMb} MB; ${rules.aFile.en} may have at most ${limitMb} MB.`,
          ro: `„${file.name}” are ${sizeMb} MB; ${rules.aFile.ro} poate avea cel mult ${limitMb} MB.`,
        }),
        400,
      )
    }
    return args
  }
