/** Topic areas of seminars and good practices, from the associations' own service lists. */
export const TOPIC_AREAS = [
  'law',
  'public-procurement',
  'environment',
  'finance',
  'digitalisation-cybersecurity',
  'hr',
  'transport',
  'social-services',
  'education',
  'culture-tourism',
  'regional-development',
  'other',
] as const
export type TopicArea = (typeof TOPIC_AREAS)[number]

export const topicLabels: Record<TopicArea, [cs: string, en: string]> = {
  law: ['Právo', 'Law'],
  'public-procurement': ['Veřejné zakázky', 'Public procurement'],
  environment: ['Životní prostředí', 'Environment'],
  finance: ['Finance', 'Finance'],
  'digitalisation-cybersecurity': ['Digitalizace a kybernetická bezpečnost', 'Digitalisation and cybersecurity'],
  hr: ['Personalistika', 'Human resources'],
  transport: ['Doprava', 'Transport'],
  'social-services': ['Sociální služby', 'Social services'],
  education: ['Školství', 'Education'],
  'culture-tourism': ['Kultura a cestovní ruch', 'Culture and tourism'],
  'regional-development': ['Regionální rozvoj', 'Regional development'],
  other: ['Jiné', 'Other'],
}
