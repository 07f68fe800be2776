import type { ReactNode } from 'react'

/**
 * Root layout of our own pages (outside the admin panel): the `(payload)` group keeps Payload's
 * generated root layout, so each group has its own <html> and neither loads the other's CSS.
 * Pages set their own <title>.
 */
export default function AppLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ro">
      <body>{children}</body>
    </html>
  )
}
