/** What the application form sends back and forth; plain data, so a server action can return it. */
export type ApplicationFormValues = {
  applicantKind: string
  applicantName: string
  municipalityName: string
  contactName: string
  contactPosition: string
  contactEmail: string
  contactPhone: string
  desiredRegions: string[]
  cooperationAreas: string[]
  offer: string
  lookingFor: string
  motivation: string
  languages: string[]
  population: string
  consent: boolean
}

export type FieldMessage = { field: string; message: string }

export type ApplicationFormState = {
  values: ApplicationFormValues
  errors: FieldMessage[]
  /** Set once an anonymous applicant's application is submitted (members are taken to its page). */
  submittedReference?: string
}

export const emptyValues: ApplicationFormValues = {
  applicantKind: 'municipality',
  applicantName: '',
  municipalityName: '',
  contactName: '',
  contactPosition: '',
  contactEmail: '',
  contactPhone: '',
  desiredRegions: [],
  cooperationAreas: [],
  offer: '',
  lookingFor: '',
  motivation: '',
  languages: [],
  population: '',
  consent: false,
}

/** The element id of a field, for the error summary's links ("contact.email" → "field-contact-email"). */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`

/** Reads the form's fields from its submitted data. */
export function valuesFromForm(form: FormData): ApplicationFormValues {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  const list = (name: string) => form.getAll(name).filter((value): value is string => typeof value === 'string')
  return {
    applicantKind: text('applicantKind'),
    applicantName: text('applicantName'),
    municipalityName: text('municipalityName'),
    contactName: text('contactName'),
    contactPosition: text('contactPosition'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
    desiredRegions: list('desiredRegions'),
    cooperationAreas: list('cooperationAreas'),
    offer: text('offer'),
    lookingFor: text('lookingFor'),
    motivation: text('motivation'),
    languages: list('languages'),
    population: text('population'),
    consent: form.get('consent') === 'on',
  }
}
