export type MembershipStatus = 'active' | 'suspended' | 'left'

export type MembershipLike<AssociationRef> = {
  association: AssociationRef
  status: MembershipStatus
}

/** Whether a municipality's memberships make it a current member of the association. */
export function isActiveMemberOf<AssociationRef>(
  memberships: readonly MembershipLike<AssociationRef>[] | null | undefined,
  isAssociation: (ref: AssociationRef) => boolean,
): boolean {
  return (memberships ?? []).some((membership) => membership.status === 'active' && isAssociation(membership.association))
}
