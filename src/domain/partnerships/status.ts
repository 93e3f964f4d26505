/**
 * The life of an application for a foreign partner. A member may keep a `draft` until they
 * submit it; from then on only the office moves it along:
 *
 *   draft → submitted → in review → partner region contacted → partner proposed → matched → closed
 *                 ↘            ↘                  ↕                    ↓
 *                  declined ←───┴──────────────────┴────────────────────┘ → closed
 *
 * A contacted partner region may come back empty-handed (back to review), and an applicant
 * may turn a proposed partner down (back to the partner region).
 */
export const PARTNERSHIP_STATUSES = [
  'draft',
  'submitted',
  'in-review',
  'partner-contacted',
  'partner-proposed',
  'matched',
  'declined',
  'closed',
] as const
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number]

export const isPartnershipStatus = (value: unknown): value is PartnershipStatus =>
  PARTNERSHIP_STATUSES.includes(value as PartnershipStatus)

export const partnershipStatusLabels: Record<PartnershipStatus, [cs: string, en: string]> = {
  draft: ['Rozpracováno', 'Draft'],
  submitted: ['Podáno', 'Submitted'],
  'in-review': ['Posuzuje se', 'In review'],
  'partner-contacted': ['Osloven partnerský region', 'Partner region contacted'],
  'partner-proposed': ['Navržen partner', 'Partner proposed'],
  matched: ['Partnerství navázáno', 'Matched'],
  declined: ['Zamítnuto', 'Declined'],
  closed: ['Uzavřeno', 'Closed'],
}

/** Who changes the status: the applicant (a member, or anyone for a first submission) or the office's staff. */
export type WorkflowActor = 'applicant' | 'office'

const OFFICE_TRANSITIONS: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  draft: [],
  submitted: ['in-review', 'declined'],
  'in-review': ['partner-contacted', 'declined'],
  'partner-contacted': ['partner-proposed', 'in-review', 'declined'],
  'partner-proposed': ['matched', 'partner-contacted', 'declined'],
  matched: ['closed'],
  declined: ['closed'],
  closed: [],
}

/** Statuses an application may be created in: applicants start a draft or submit at once; the office records paper applications. */
const INITIAL_STATUSES: Record<WorkflowActor, readonly PartnershipStatus[]> = {
  applicant: ['draft', 'submitted'],
  office: ['submitted'],
}

export type TransitionCheck =
  | { allowed: true }
  | { allowed: false; reason: 'not-initial' | 'not-next' | 'office-only' | 'applicant-only' }

/** Whether `actor` may move an application from `from` (undefined when creating it) to `to`. */
export function checkTransition(from: PartnershipStatus | undefined, to: PartnershipStatus, actor: WorkflowActor): TransitionCheck {
  if (from === undefined) return INITIAL_STATUSES[actor].includes(to) ? { allowed: true } : { allowed: false, reason: 'not-initial' }
  if (from === to) return { allowed: true }
  if (from === 'draft') {
    if (to !== 'submitted') return { allowed: false, reason: 'not-next' }
    return actor === 'applicant' ? { allowed: true } : { allowed: false, reason: 'applicant-only' }
  }
  if (!OFFICE_TRANSITIONS[from].includes(to)) return { allowed: false, reason: 'not-next' }
  return actor === 'office' ? { allowed: true } : { allowed: false, reason: 'office-only' }
}

/**
 * The applicant hears about every step that changes what happens to their application. Closing
 * an application that is already matched or declined is the office's bookkeeping: no e-mail.
 * Submission has its own confirmation e-mail with the reference number.
 */
export const emailsApplicant = (to: PartnershipStatus): boolean =>
  to !== 'draft' && to !== 'submitted' && to !== 'closed'

/** What the office must say when it moves an application into a status. */
export type StatusRequirement = 'proposed-partner' | 'message'

export function statusRequirements(to: PartnershipStatus): StatusRequirement[] {
  if (to === 'partner-proposed') return ['proposed-partner']
  // An applicant who is turned down is owed a reason.
  if (to === 'declined') return ['message']
  return []
}

/** "PR-2026-0042": the reference an applicant quotes in e-mails and letters. */
export function formatReference(year: number, sequence: number): string {
  return `PR-${year}-${String(sequence).padStart(4, '0')}`
}

/** The next reference of a year, after the highest one already given out that year (if any). */
export function nextReference(year: number, highestThisYear: string | null | undefined): string {
  const match = highestThisYear ? /^PR-(\d{4})-(\d+)$/.exec(highestThisYear) : null
  const last = match && Number(match[1]) === year ? Number(match[2]) : 0
  return formatReference(year, last + 1)
}

export type StatusProblem =
  | { field: 'status'; kind: 'transition'; from: PartnershipStatus | undefined; to: PartnershipStatus; allowed: readonly PartnershipStatus[] }
  | { field: 'proposedPartner.name' | 'statusMessage'; kind: 'required-for-status'; status: PartnershipStatus }

export type StatusChange = {
  from: PartnershipStatus | undefined
  to: PartnershipStatus
  actor: WorkflowActor
  proposedPartnerName?: string | null
  statusMessage?: string | null
}

/** Everything wrong with a status change: a step the actor may not take, or what the step requires but lacks. */
export function checkStatusChange(change: StatusChange): StatusProblem[] {
  const { from, to, actor } = change
  if (!checkTransition(from, to, actor).allowed) {
    const allowed = from === undefined ? INITIAL_STATUSES[actor] : PARTNERSHIP_STATUSES.filter((next) => next !== from && checkTransition(from, next, actor).allowed)
    return [{ field: 'status', kind: 'transition', from, to, allowed }]
  }
  if (from === to) return []
  return statusRequirements(to).flatMap((requirement): StatusProblem[] => {
    if (requirement === 'proposed-partner' && !change.proposedPartnerName?.trim()) return [{ field: 'proposedPartner.name', kind: 'required-for-status', status: to }]
    if (requirement === 'message' && !change.statusMessage?.trim()) return [{ field: 'statusMessage', kind: 'required-for-status', status: to }]
    return []
  })
}
