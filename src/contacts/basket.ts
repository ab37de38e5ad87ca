// Which services a centre may register (CR-7): those in the centre's scope on the contact's day — the minimal basket
// in force (CR-7.1, the basket's answer) and the municipality's entries for the centre (CR-7.2, CR-7.3, the scope's
// answer); both come with the registration's one query (repository.loadWriteContext). Only a published service is
// provided at all.

export type ScopeVerdict = 'in_scope' | 'not_published' | 'outside_scope';

/** CR-7: whether the centre may register the service on the contact's day, and if not, why. */
export function scopeVerdict(
  service: { id: string; status: string },
  ctx: { basketServiceIds: readonly string[]; scopeServiceIds: readonly string[] },
): ScopeVerdict {
  if (service.status !== 'published') return 'not_published';
  return ctx.basketServiceIds.includes(service.id) || ctx.scopeServiceIds.includes(service.id)
    ? 'in_scope'
    : 'outside_scope';
}
