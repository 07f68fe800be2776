import type { DefaultServerCellComponentProps } from 'payload'

import { telHref } from './phone'

/** A phone number in lists and relationship tables: tap to call on a phone, the number as written. */
export function PhoneCell({ cellData }: DefaultServerCellComponentProps) {
  const text = typeof cellData === 'string' ? cellData.trim() : ''
  const href = text ? telHref(text) : null
  if (!href) return <span>{text}</span>
  return (
    <a className="phone-link" href={href}>
      {text}
    </a>
  )
}
