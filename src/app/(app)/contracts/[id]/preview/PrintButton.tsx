'use client'

/** The browser's print dialog; the page's print CSS turns the preview into the A4 document. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button className="contract-action" id="contract-print" onClick={() => window.print()} type="button">
      {label}
    </button>
  )
}
