import { sql } from '@payloadcms/db-postgres'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueMark } from '../../helpers/crm'
import { rawGet } from '../../helpers/files'
import { api, login } from '../../helpers/http'
import { testPayload } from '../../helpers/payload'

async function sheetOf(response: Response) {
  expect(response.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never)
  const sheet = workbook.worksheets[0]
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const cell = (row: number, name: string) => {
    const column = header.indexOf(name) + 1
    expect(column, `column ${name} in ${header.join(' | ')}`).toBeGreaterThan(0)
    return sheet.getRow(row).getCell(column)
  }
  return { sheet, header, cell }
}

/**
 * Excel exports are read by people in the company's time zone and language, and opened in Excel:
 * dates are local wall time, keys are labels, and no cell is ever a formula.
 */
describe('Excel export', () => {
  let manager: string
  let agent: string
  let ticketId: number
  let formulaId: number
  let severity: string
  const mark = uniqueMark('Export')

  beforeAll(async () => {
    const payload = await testPayload()
    ;[manager, agent] = await Promise.all(
      ['support-manager', 'support-agent'].map((who) => login(`${who}@organizecrm.test`)),
    )
    const type = await api('POST', 'ticket-types', { token: manager, body: { name: `Tip ${mark}` } })
    expect(type.status, JSON.stringify(type.body)).toBe(201)
    severity = `severity${Date.now().toString(36)}`
    await payload.create({
      collection: 'custom-fields',
      locale: 'ro',
      data: {
        key: severity,
        label: 'Gravitate',
        type: 'select',
        options: [
          { value: 'minor', label: 'Minoră' },
          { value: 'major', label: 'Majoră' },
        ],
        targetCollection: 'tickets',
        discriminator: String(type.body.doc.id),
      },
    } as never)
    const made = await api('POST', 'tickets?depth=0', {
      token: agent,
      body: {
        title: `${mark} imprimanta`,
        type: type.body.doc.id,
        channel: 'on-site',
        customFields: { [severity]: 'minor' },
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    ticketId = made.body.doc.id
    const formula = await api('POST', 'tickets?depth=0', {
      token: agent,
      body: { title: `=1+1 ${mark}`, type: type.body.doc.id },
    })
    expect(formula.status, JSON.stringify(formula.body)).toBe(201)
    formulaId = formula.body.doc.id
    // Created at 23:09 in Bucharest on a November evening (UTC+2), due at 09:30 on a July morning (UTC+3).
    const db = (payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }).drizzle
    await db.execute(
      sql`update tickets set created_at = '2026-11-10T21:09:00Z', due_date = '2026-07-15T06:30:00Z' where id = ${ticketId}`,
    )
  })

  /** One ticket's export, so each finding is read on its own row. */
  const exportOf = (id: number, columns: string, language: string) =>
    rawGet(`tickets/export?columns=${columns}&where[id][equals]=${id}`, manager, language)

  it('exports the id column and every readable field asked for', async () => {
    const { sheet, cell } = await sheetOf(await exportOf(ticketId, 'id,number', 'en'))
    expect(sheet.rowCount).toBe(2)
    expect(cell(2, 'ID').value).toBe(ticketId)
  })

  it('writes dates as Excel dates in local wall time of the settings’ time zone', async () => {
    const { sheet, cell } = await sheetOf(await exportOf(ticketId, 'number,createdAt,dueDate', 'en'))
    expect(sheet.rowCount).toBe(2)
    expect((cell(2, 'Due (service level)').value as Date).toISOString()).toBe('2026-07-15T09:30:00.000Z')
    const created = sheet.getRow(2).getCell(2)
    expect(created.value).toBeInstanceOf(Date)
    expect((created.value as Date).toISOString()).toBe('2026-11-10T23:09:00.000Z')
    expect(created.numFmt).toBe('dd.mm.yyyy hh:mm')
  })

  it('shows labels in the reader’s language: headers, workflow states, options and custom choices', async () => {
    for (const [language, expected] of [
      [
        'en',
        {
          title: 'Title',
          created: 'Created At',
          updated: 'Updated At',
          status: 'Status',
          channel: 'Channel',
          statusLabel: 'New',
          onSite: 'On site',
        },
      ],
      [
        'ro',
        {
          title: 'Titlu',
          created: 'Creat la',
          updated: 'Actualizat la',
          status: 'Stare',
          channel: 'Canal',
          statusLabel: 'Nou',
          onSite: 'La client',
        },
      ],
    ] as const) {
      const { header, cell } = await sheetOf(
        await exportOf(ticketId, `title,createdAt,updatedAt,status,channel,customFields.${severity}`, language),
      )
      expect(header, language).toEqual([
        expected.title,
        expected.created,
        expected.updated,
        expected.status,
        expected.channel,
        'Gravitate',
      ])
      expect(cell(2, expected.status).value, language).toBe(expected.statusLabel)
      expect(cell(2, expected.channel).value, language).toBe(expected.onSite)
      // A custom choice shows its option's label (only given in Romanian here), never its value.
      expect(cell(2, 'Gravitate').value, language).toBe('Minoră')
    }
  })

  it('never lets a cell be a formula: text starting with = + - @ tab or CR gets a leading quote', async () => {
    const { cell } = await sheetOf(await exportOf(formulaId, 'number,title', 'en'))
    const title = cell(2, 'Title')
    expect(title.type).toBe(ExcelJS.ValueType.String)
    expect(title.value).toBe(`'=1+1 ${mark}`)
    expect(title.formula).toBeUndefined()
  })
})
