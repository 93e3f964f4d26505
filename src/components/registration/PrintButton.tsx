'use client'

/** Prints the page; without JavaScript the browser's own print command does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <p className="no-print">
      <button type="button" className="button-link" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  )
}
