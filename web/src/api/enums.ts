// The web's runtime lists of the API's words (roles, channels…), checked against the generated schema.

/**
 * Every member of a union of the schema, in the order written: the compiler refuses a member missing or one the
 * API does not know, so a list the UI offers cannot drift from what the API accepts.
 */
export function allOf<U extends string>(members: Record<U, true>): readonly U[] {
  return Object.keys(members) as U[];
}
