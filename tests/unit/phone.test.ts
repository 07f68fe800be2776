import { describe, expect, it } from 'vitest'

import { PhoneCell } from '@/components/shared/PhoneCell'
import { telHref } from '@/components/shared/phone'

describe('phone numbers dial with a tap (tel: links)', () => {
  it('keeps the digits and a leading +, whatever the spacing people typed', () => {
    expect(telHref('0722 555 019')).toBe('tel:0722555019')
    expect(telHref('+40 (21) 312.45.67')).toBe('tel:+40213124567')
    expect(telHref(' 0040-21-312 ')).toBe('tel:004021312')
  })

  it('gives no link for text that is not a number', () => {
    expect(telHref('la recepție')).toBeNull()
    expect(telHref('12')).toBeNull()
  })

  it('the list cell links the number as written, and shows plain text otherwise', () => {
    const link = PhoneCell({ cellData: '0722 555 019' } as never)
    expect(link.type).toBe('a')
    expect(link.props).toMatchObject({ href: 'tel:0722555019', children: '0722 555 019' })
    expect(PhoneCell({ cellData: 'interior 12' } as never).type).toBe('span')
    expect(PhoneCell({ cellData: null } as never).props.children).toBe('')
  })
})
