import pdfmake from 'pdfmake'
import robotoFiles from 'pdfmake/build/vfs_fonts.js'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

/** The font every report text is set in: Roboto covers ă â î ș ț and their capitals. */
export const REPORT_FONT = 'Roboto'

// The server build of pdfmake keeps its virtual file system off the published types.
type ServerPdfmake = typeof pdfmake & { virtualfs: { writeFileSync(name: string, content: Buffer): void } }

let ready = false

/**
 * pdfmake is one shared instance. Its fonts are loaded once from the base64 copy it ships, so no
 * file path has to survive bundling, and documents may read nothing else: no local file, no URL.
 */
function engine(): typeof pdfmake {
  if (!ready) {
    const server = pdfmake as ServerPdfmake
    for (const [name, base64] of Object.entries(robotoFiles))
      server.virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'))
    pdfmake.setFonts({
      [REPORT_FONT]: {
        normal: 'Roboto-Regular.ttf',
        bold: 'Roboto-Medium.ttf',
        italics: 'Roboto-Italic.ttf',
        bolditalics: 'Roboto-MediumItalic.ttf',
      },
    })
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy(() => false)
    ready = true
  }
  return pdfmake
}

export const renderPdf = (definition: TDocumentDefinitions): Promise<Buffer> =>
  engine().createPdf(definition).getBuffer()
