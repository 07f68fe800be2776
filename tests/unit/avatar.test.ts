import { describe, expect, it } from 'vitest'

import { initials } from '@/components/shell/initials'
import { declaredConfig } from '../helpers/modularConfig'

describe('the account avatar: the user\u2019s initials, nothing fetched from another site', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials({ name: 'Ana Administrator', email: 'admin@organizecrm.test' })).toBe('AA')
    expect(initials({ name: 'Dan Lazăr', email: 'support-agent2@organizecrm.test' })).toBe('DL')
    expect(initials({ name: 'ana maria  popescu ' })).toBe('AP')
    expect(initials({ name: 'Ana-Maria Ștefănescu' })).toBe('AȘ')
    expect(initials({ name: 'Ștefan' })).toBe('Ș')
    expect(initials({ name: '(Ioana) Ionescu' })).toBe('II')
  })

  it('falls back to the email\u2019s first letter, and to nothing', () => {
    expect(initials({ name: '', email: 'viewer@organizecrm.test' })).toBe('V')
    expect(initials({ name: '   ', email: '  paula@organizecrm.test' })).toBe('P')
    expect(initials({ name: null, email: null })).toBe('')
    expect(initials({})).toBe('')
    expect(initials(null)).toBe('')
  })

  it('is configured as our own component, never Gravatar (Payload\u2019s default)', async () => {
    const config = await declaredConfig()
    // Unset means 'gravatar' in Payload 3.90: an image from gravatar.com, blocked by our CSP (img-src 'self').
    expect(config.admin?.avatar).toEqual({ Component: expect.stringMatching(/^\/src\/components\/shell\/.+#\w+$/) })
    expect(JSON.stringify(config.admin)).not.toContain('gravatar')
  })
})
