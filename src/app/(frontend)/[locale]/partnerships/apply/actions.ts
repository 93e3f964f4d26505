'use server'

import { redirect } from 'next/navigation'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { MAX_ATTACHMENT_BYTES } from '@/collections/PartnershipAttachments/config'
import { isLocale, localizedPath, type Locale } from '@/domain/locale/locales'
import { searchKey } from '@/domain/search/searchKey'
import { partnershipMessagesFor } from '@/i18n/partnershipMessages'
import { currentMember } from '@/lib/currentUser'
import { docId } from '@/lib/docId'
import { payloadClient } from '@/lib/payload'
import { fieldErrorsOf, publicMessageOf } from '@/lib/payloadErrors'
import type { PartnershipRequest } from '@/payload-types'

import { emptyValues, valuesFromForm, type ApplicationFormState, type ApplicationFormValues, type FieldMessage } from './formState'

/** The version of the consent text the form shows; stored with each consent. */
const CONSENT_TEXT_VERSION = '2026-01'

async function municipalityNamed(payload: Payload, name: string, homeRegion: number | string): Promise<number | undefined> {
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { and: [{ searchName: { equals: searchKey(name) } }, { region: { equals: homeRegion } }] },
    limit: 2,
    depth: 0,
    overrideAccess: false,
    select: { name: true },
  })
  return docs.length === 1 ? docs[0]?.id : undefined
}

/** A whole number as typed ("16 800"), or the text itself for the workflow's check to name. */
const populationOf = (typed: string): number | string | null => {
  if (typed === '') return null
  const digits = typed.replace(/\s/g, '')
  return /^\d+$/.test(digits) ? Number(digits) : typed
}

/**
 * Saves the public application form: a member's draft, or a submission (anyone). The application,
 * its signed PDF and the link between them are written in one transaction, so a refused file or
 * application leaves nothing behind. Every problem comes back at once, named, in the page's language.
 */
export async function submitApplication(_previous: ApplicationFormState, form: FormData): Promise<ApplicationFormState> {
  const asked = String(form.get('locale') ?? '')
  const locale: Locale = isLocale(asked) ? asked : 'cs'
  const t = partnershipMessagesFor(locale)
  const values: ApplicationFormValues = valuesFromForm(form)
  const intent = form.get('intent') === 'draft' ? 'draft' : 'submitted'
  const draftId = String(form.get('draft') ?? '')
  const payload = await payloadClient()
  const member = await currentMember()
  const problem = (field: keyof typeof t.fields, message: string): FieldMessage => ({ field, message: `${t.fields[field]}: ${message}` })
  const errors: FieldMessage[] = []

  if (intent === 'draft' && !member) return { values, errors: [problem('applicantName', t.problems['members-only-drafts'])] }

  const region = (
    await payload.find({
      collection: 'regions',
      where: { and: [{ code: { equals: String(form.get('region') ?? '') } }, { kind: { equals: 'cz-region' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: false,
    })
  ).docs[0]

  let municipality = values.applicantKind === 'municipality' && member ? docId(member.municipality) : undefined
  if (values.applicantKind === 'municipality' && !member && values.municipalityName && region) {
    municipality = await municipalityNamed(payload, values.municipalityName, region.id)
    if (municipality === undefined) errors.push(problem('municipality', t.problems['municipality-not-found']))
  }

  const file = form.get('signedForm')
  const upload = file instanceof File && file.size > 0 ? file : null
  if (upload && upload.type !== 'application/pdf') errors.push(problem('signedForm', t.problems['file-type']))
  else if (upload && upload.size > MAX_ATTACHMENT_BYTES) errors.push(problem('signedForm', t.problems['file-size'](MAX_ATTACHMENT_BYTES / 1024 / 1024)))

  const data = {
    status: intent,
    homeRegion: region?.id,
    applicantKind: values.applicantKind as PartnershipRequest['applicantKind'],
    municipality: municipality ?? null,
    applicantName: values.applicantName,
    contact: { name: values.contactName, position: values.contactPosition, email: values.contactEmail, phone: values.contactPhone },
    desiredRegions: values.desiredRegions.map((id) => (payload.db.defaultIDType === 'number' ? Number(id) : id)),
    cooperationAreas: values.cooperationAreas as PartnershipRequest['cooperationAreas'],
    offer: values.offer,
    lookingFor: values.lookingFor,
    motivation: values.motivation,
    languages: values.languages as PartnershipRequest['languages'],
    population: populationOf(values.population),
    correspondenceLanguage: locale,
    consent: values.consent ? { textVersion: CONSENT_TEXT_VERSION, givenAt: new Date().toISOString() } : { textVersion: null, givenAt: null },
  }

  const req = await createLocalReq({ user: member ?? undefined, locale, context: { publicLocale: locale } }, payload)
  await initTransaction(req)
  let saved: PartnershipRequest
  try {
    // The form's values go through the same checks as every API; the casts only widen what was typed.
    saved = draftId
      ? await payload.update({ collection: 'partnership-requests', id: draftId, data: data as never, req, overrideAccess: false })
      : await payload.create({ collection: 'partnership-requests', data: data as never, req, overrideAccess: false })
    if (errors.length > 0) {
      await killTransaction(req)
      return { values, errors }
    }
    if (upload) {
      const attachment = await payload.create({
        collection: 'partnership-attachments',
        data: {},
        file: { data: Buffer.from(await upload.arrayBuffer()), mimetype: upload.type, name: upload.name, size: upload.size },
        req,
        overrideAccess: false,
      })
      // Linking the file just uploaded in this request; the workflow hook still checks it is the applicant's own.
      saved = await payload.update({ collection: 'partnership-requests', id: saved.id, data: { signedForm: attachment.id }, req, overrideAccess: true })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    const refused = fieldErrorsOf(error)
    if (refused) {
      const fromPayload = refused
        .filter((fieldError) => !(fieldError.path === 'municipality' && errors.some((own) => own.field === 'municipality')))
        .map((fieldError) => ({ field: fieldError.path, message: fieldError.message }))
      return { values, errors: [...errors, ...fromPayload] }
    }
    // The only other error Payload addresses to the applicant here is about the uploaded file.
    const message = publicMessageOf(error)
    if (message) return { values, errors: [...errors, { field: 'signedForm', message: `${t.fields.signedForm}: ${message}` }] }
    payload.logger.error({ err: error, msg: 'Saving a partnership application from the public form failed' })
    return { values, errors: [{ field: 'applicantName', message: t.problems.unexpected }] }
  }

  if (intent === 'draft') redirect(localizedPath(locale, `/partnerships/apply?draft=${saved.id}&saved=1`))
  if (member) redirect(localizedPath(locale, `/partnerships/applications/${saved.id}?submitted=1`))
  return { values: emptyValues, errors: [], submittedReference: saved.reference ?? '' }
}
