/**
 * The cookie of a member's portal session. Kept apart from Payload's `payload-token`, which is
 * the admin's, so a member who also holds a staff account can be logged in to both at once.
 * (A module of its own, without imports, so the request proxy can use it.)
 */
export const MEMBER_SESSION_COOKIE = 'municipia-member'
