import { crc32 } from 'node:zlib'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'

import config from './config'

const rest = { GET: REST_GET(config), POST: REST_POST(config) }

/** A raw GET through the app's REST handler (binary answers: files, spreadsheets). */
export async function rawGet(path: string, token: string, language = 'en') {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    headers: { authorization: `JWT ${token}`, 'accept-language': language },
  })
  return rest.GET(request, { params: Promise.resolve({ slug: path.split('?')[0].split('/') }) })
}

/** Uploads a file to an upload collection as the admin panel does (multipart, `_payload` holding the fields). */
export async function upload(
  collection: string,
  token: string,
  name: string,
  type: string,
  bytes: Uint8Array,
  fields: Record<string, unknown> = {},
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ description: name, ...fields }))
  const request = new Request(`http://localhost:3000/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    body: form,
  })
  const response = await rest.POST(request, { params: Promise.resolve({ slug: [collection] }) })
  return { status: response.status, body: await response.json() }
}

export const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
)

/** A zip archive of stored (uncompressed) entries: enough for an Office document that file-type recognises. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text)
    const nameBytes = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]))
}

/** A minimal Word document (.docx). */
export const DOCX = zip({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Anexa</w:t></w:r></w:p></w:body></w:document>',
})
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
