export const PARTNERSHIP_STATUSES = [
  'submitted',
  'in-review',
  'partner-contacted',
  'partner-proposed',
  'matched',
  'declined',
  'closed',
] as const
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number]

export const partnershipStatusLabels: Record<PartnershipStatus, [cs: string, en: string]> = {
  submitted: ['Podáno', 'Submitted'],
  'in-review': ['Posuzuje se', 'In review'],
  'partner-contacted': ['Osloven partnerský region', 'Partner region contacted'],
  'partner-proposed': ['Navržen partner', 'Partner proposed'],
  matched: ['Partnerství navázáno', 'Matched'],
  declined: ['Zamítnuto', 'Declined'],
  closed: ['Uzavřeno', 'Closed'],
}

/** "PR-2026-0042": the reference an applicant quotes in e-mails and letters. */
export function formatReference(year: number, sequence: number): string {
  return `PR-${year}-${String(sequence).padStart(4, '0')}`
}
