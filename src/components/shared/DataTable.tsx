'use client'
import type { CSSProperties, HTMLAttributes, Key, ReactNode } from 'react'

import { styles } from './styles'

/** `data-*` attributes: the marks tests and scripts find rows and cells by. */
export type DataAttributes = { [name: `data-${string}`]: string | number | undefined }

export interface Column<Row> {
  /** The header; also the column's key unless `key` is given. */
  label: string
  key?: string
  cell: (row: Row) => ReactNode
  /** Right-aligned figures. */
  numeric?: boolean
  /** Added to the column's cells (not its header). */
  style?: CSSProperties
  /** Attributes of each of the column's cells. */
  cellData?: DataAttributes
}

interface Props<Row> {
  columns: Column<Row>[]
  rows: Row[]
  rowKey: (row: Row, index: number) => Key
  /** A row's class, style and data-* marks. */
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & DataAttributes
  /** Shown in a single row when there are no rows; pages that say so above the table leave it out. */
  empty?: ReactNode
  /** The reports' smaller type and tighter cells. */
  dense?: boolean
  id?: string
}

const LOOKS = {
  regular: {
    table: styles.table,
    cell: styles.td,
    head: styles.th,
    number: { ...styles.td, ...styles.number },
    headNumber: { ...styles.th, ...styles.number },
  },
  dense: {
    table: styles.denseTable,
    cell: styles.denseCell,
    head: styles.denseCell,
    number: styles.denseNumber,
    headNumber: styles.denseNumber,
  },
}

/** A simple table: a header row from the columns, then one row per item. */
export function DataTable<Row>({ columns, rows, rowKey, rowProps, empty, dense = false, id }: Props<Row>) {
  const look = dense ? LOOKS.dense : LOOKS.regular
  return (
    <table id={id} style={look.table}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key ?? column.label} scope="col" style={column.numeric ? look.headNumber : look.head}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined ? (
          <tr>
            <td colSpan={columns.length} style={look.cell}>
              {empty}
            </td>
          </tr>
        ) : (
          rows.map((row, index) => (
            <tr key={rowKey(row, index)} {...rowProps?.(row)}>
              {columns.map((column) => {
                const base = column.numeric ? look.number : look.cell
                return (
                  <td
                    key={column.key ?? column.label}
                    style={column.style ? { ...base, ...column.style } : base}
                    {...column.cellData}
                  >
                    {column.cell(row)}
                  </td>
                )
              })}
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
