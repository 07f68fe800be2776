/** What a record may carry: PDF, images, Office documents, text and zip archives. */
export const RECORD_FILE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/zip',
  'application/x-zip-compressed',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]

/** Names a browser would run as a page or a script whatever type is declared for them. */
export const ACTIVE_CONTENT_EXTENSIONS = [
  'html',
  'htm',
  'shtml',
  'xhtml',
  'xht',
  'svg',
  'svgz',
  'xml',
  'xsl',
  'js',
  'mjs',
]

/** What a browser may show in its own window: the rest is always downloaded. */
const SHOWN_INLINE = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']

export const DEFAULT_MAX_UPLOAD_MB = 10

/**
 * Headers of a served file (Payload's `upload.modifyResponseHeaders`): the browser never guesses
 * another type than the one sent, and anything but an image or a PDF is downloaded, never opened
 * as a page of the application.
 */
export function servedSafely({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = (headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase()
  if (!SHOWN_INLINE.includes(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
