import { SUBMISSION_FILE_TYPES } from './files'
import { isPhone } from '../validation/formats'
import { TOPIC_AREAS, type TopicArea } from '../topics/topicAreas'

export const SUBMISSION_LIMITS = {
  title: 200,
  summary: 600,
  content: 20_000,
  results: 10_000,
  costsAndFunding: 10_000,
  contactName: 120,
  contactEmail: 200,
  contactPhone: 40,
  files: 3,
  fileBytes: 10 * 1024 * 1024,
} as const

export type SubmissionField =
  | 'title'
  | 'topics'
  | 'summary'
  | 'content'
  | 'results'
  | 'costsAndFunding'
  | 'year'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'audience'
  | 'attachments'

export type SubmissionProblem =
  | { field: SubmissionField; problem: 'required' | 'chooseTopic' | 'badEmail' | 'badPhone' | 'tooManyFiles' | 'filesNeedMembership' }
  | { field: SubmissionField; problem: 'tooLong'; max: number }
  | { field: 'year'; problem: 'badYear'; max: number }
  | { field: 'attachments'; problem: 'badFile'; name: string }

export interface SubmittedFile {
  name: string
  type: string
  size: number
}

/** What a member typed into the submission form, as the form sends it. */
export interface SubmissionInput {
  title: string
  topics: string[]
  summary: string
  content: string
  results: string
  costsAndFunding: string
  year: string
  contactName: string
  contactEmail: string
  contactPhone: string
  audience: string
  files: SubmittedFile[]
}

export interface SubmissionData {
  title: string
  topics: TopicArea[]
  summary: string | null
  content: string
  results: string | null
  costsAndFunding: string | null
  year: number | null
  contact: { name: string; email: string; phone: string | null }
  audience: 'public' | 'members'
}

/**
 * Checks a member's submission field by field, so the form can say next to each field what is
 * wrong; every problem is reported at once. `now` decides the latest year accepted (next year,
 * for a practice being prepared).
 */
export function checkSubmission(input: SubmissionInput, now = new Date()): { data: SubmissionData | null; problems: SubmissionProblem[] } {
  const problems: SubmissionProblem[] = []
  const text = (field: 'title' | 'summary' | 'content' | 'results' | 'costsAndFunding' | 'contactName' | 'contactEmail' | 'contactPhone', required: boolean) => {
    const value = input[field].trim()
    if (value === '') {
      if (required) problems.push({ field, problem: 'required' })
      return null
    }
    const max = SUBMISSION_LIMITS[field]
    if (value.length > max) problems.push({ field, problem: 'tooLong', max })
    return value
  }
  const title = text('title', true)
  const topics = [...new Set(input.topics)].filter((topic): topic is TopicArea => (TOPIC_AREAS as readonly string[]).includes(topic))
  if (topics.length === 0) problems.push({ field: 'topics', problem: 'chooseTopic' })
  const summary = text('summary', false)
  const content = text('content', true)
  const results = text('results', false)
  const costsAndFunding = text('costsAndFunding', false)

  const latestYear = now.getFullYear() + 1
  let year: number | null = null
  if (input.year.trim() !== '') {
    const number = Number(input.year.trim())
    if (Number.isInteger(number) && number >= 1990 && number <= latestYear) year = number
    else problems.push({ field: 'year', problem: 'badYear', max: latestYear })
  }

  const contactName = text('contactName', true)
  const contactEmail = text('contactEmail', true)
  if (contactEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) problems.push({ field: 'contactEmail', problem: 'badEmail' })
  const contactPhone = text('contactPhone', false)
  if (contactPhone !== null && !isPhone(contactPhone)) problems.push({ field: 'contactPhone', problem: 'badPhone' })

  const audience = input.audience === 'members' ? 'members' : input.audience === 'public' ? 'public' : null
  if (!audience) problems.push({ field: 'audience', problem: 'required' })

  const files = input.files.filter((file) => file.size > 0 || file.name !== '')
  if (files.length > SUBMISSION_LIMITS.files) problems.push({ field: 'attachments', problem: 'tooManyFiles' })
  for (const file of files) {
    if (!SUBMISSION_FILE_TYPES.includes(file.type) || file.size > SUBMISSION_LIMITS.fileBytes || file.size === 0) {
      problems.push({ field: 'attachments', problem: 'badFile', name: file.name })
    }
  }

  if (problems.length > 0 || !title || !content || !contactName || !contactEmail || !audience) return { data: null, problems }
  return {
    data: { title, topics, summary, content, results, costsAndFunding, year, contact: { name: contactName, email: contactEmail, phone: contactPhone }, audience },
    problems,
  }
}
