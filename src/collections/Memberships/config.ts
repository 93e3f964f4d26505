import type { CollectionConfig, RelationshipFieldSingleValidation, Validate } from 'payload'

import { idOf, type Ref } from '@/access/ids'
import { anyone, isAdminOrManager, versionsOfOwnAssociation } from '@/access/predicates'
import { staffOf } from '@/access/roles'
import { CHAMBERS } from '@/domain/municipalities/kinds'
import { MEMBERSHIP_STATUSES, membershipStatusLabels } from '@/domain/memberships/status'
import { associationField } from '@/fields/association'
import { label, option } from '@/i18n/adminLabel'

import { managerOfMembershipAssociation } from './access'
import { membershipEndpoints } from './endpoints'
import { deriveMembershipFields } from './hooks/deriveMembershipFields'
import { refreshAfterChange, refreshAfterDelete } from './hooks/refreshDerived'
import { chamberLabels } from './labels'

const staffOnly = ({ req }: { req: Parameters<typeof staffOf>[0] }) => staffOf(req) !== null

const say = (language: string, cs: string, en: string) => (language === 'cs' ? cs : en)

// Editors and managers may only pick an association they work for; the builder's rules are reused.
const association = associationField()
const scopedToOwnAssociation = association.validate as RelationshipFieldSingleValidation

/** One membership per municipality and association; a change of status edits that one record. */
const oneMembershipPerAssociation: RelationshipFieldSingleValidation = async (value, options) => {
  const scoped = await scopedToOwnAssociation(value, options)
  if (scoped !== true) return scoped
  const { req, data, id } = options
  const municipality = idOf((data as { municipality?: Ref }).municipality)
  const associationId = idOf(value as Ref)
  if (municipality === undefined || associationId === undefined) return true
  const { totalDocs } = await req.payload.count({
    collection: 'memberships',
    where: {
      and: [
        { municipality: { equals: municipality } },
        { association: { equals: associationId } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs === 0
    ? true
    : say(
        req.i18n.language,
        'Tato obec už ve svazu členství má; upravte stav existujícího záznamu.',
        'This municipality already has a membership in the association; change the status of that record.',
      )
}

const endAfterStart: Validate<Date | string | null | undefined, unknown, { since?: string | null; status?: string }> = (
  value,
  { siblingData, req },
) => {
  if (!value) return true
  if (siblingData.status && siblingData.status !== 'left') {
    return say(req.i18n.language, 'Datum konce patří jen k ukončenému členství.', 'Only a membership that has ended has an end date.')
  }
  if (siblingData.since && new Date(value) < new Date(siblingData.since)) {
    return say(req.i18n.language, 'Členství nemůže skončit dříve, než začalo.', 'A membership cannot end before it began.')
  }
  return true
}

/**
 * A municipality's membership in an association. The register of memberships is the source of
 * truth; `municipalities.memberOfIds` and `associations.memberCount` are derived from it (see
 * derived.ts), and every version of a record is kept as its history.
 */
export const Memberships: CollectionConfig = {
  slug: 'memberships',
  labels: { singular: label('Členství', 'Membership'), plural: label('Členství obcí', 'Memberships') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['municipality', 'association', 'status', 'chamber', 'since', 'until'],
    group: label('Registry', 'Registers'),
    listSearchableFields: ['title'],
    components: { beforeListTable: ['/collections/Memberships/components/MembershipCsvTools#MembershipCsvTools'] },
  },
  access: {
    read: anyone,
    readVersions: versionsOfOwnAssociation,
    create: isAdminOrManager,
    update: managerOfMembershipAssociation,
    delete: managerOfMembershipAssociation,
  },
  versions: { maxPerDoc: 200 },
  indexes: [{ fields: ['municipality', 'association'], unique: true }],
  hooks: {
    beforeChange: [deriveMembershipFields],
    afterChange: [refreshAfterChange],
    afterDelete: [refreshAfterDelete],
  },
  endpoints: membershipEndpoints,
  fields: [
    { name: 'title', type: 'text', admin: { hidden: true } },
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      required: true,
      index: true,
      label: label('Obec', 'Municipality'),
    },
    {
      name: 'association',
      type: 'relationship',
      relationTo: 'associations',
      required: true,
      index: true,
      label: label('Svaz / sdružení', 'Association'),
      defaultValue: association.defaultValue,
      filterOptions: association.filterOptions,
      validate: oneMembershipPerAssociation,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          index: true,
          label: label('Stav', 'Status'),
          options: MEMBERSHIP_STATUSES.map((status) => option(status, ...membershipStatusLabels[status])),
        },
        { name: 'since', type: 'date', label: label('Od', 'Since'), admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'until',
          type: 'date',
          label: label('Do', 'Until'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: endAfterStart as Validate,
        },
      ],
    },
    {
      name: 'chamber',
      type: 'select',
      index: true,
      label: label('Komora', 'Chamber'),
      options: [...CHAMBERS, 'none' as const].map((chamber) => option(chamber, ...chamberLabels[chamber])),
      admin: { readOnly: true, description: label('Odvozeno z druhu obce.', 'Derived from the municipality kind.') },
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: 1000,
      label: label('Interní poznámka', 'Internal note'),
      access: { read: staffOnly },
    },
    {
      name: 'changedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Naposledy změnil', 'Last changed by'),
      access: { read: staffOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
