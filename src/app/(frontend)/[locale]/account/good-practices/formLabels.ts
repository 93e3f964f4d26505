import type { GoodPracticeFormLabels } from '@/components/goodPractices/GoodPracticeForm'
import { TOPIC_AREAS } from '@/domain/topics/topicAreas'
import type { RegisterMessages } from '@/i18n/registerMessages'

/** The form's strings in the reader's language (a client component gets plain strings, not the message functions). */
export const formLabels = (t: RegisterMessages): GoodPracticeFormLabels => ({
  fields: t.submission.fields,
  topics: TOPIC_AREAS.map((topic) => ({ value: topic, label: t.topics[topic] })),
  audiencePublic: t.submission.audiencePublic,
  audienceMembers: t.submission.audienceMembers,
  paragraphsHint: t.submission.paragraphsHint,
  contactHint: t.submission.contactHint,
  send: t.submission.send,
  errorsTitle: t.submission.errorsTitle,
})
