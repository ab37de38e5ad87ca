// Which services a centre may register (CR-7). Whether a service is in the minimal basket (CR-8) is the basket's
// answer (src/basket/lookups.ts, on the contact's day); the centre's scope is still a stand-in until the basket
// capability records which centre provides what (CR-7.2, CR-7.3).

/**
 * CR-7: a centre's scope is the minimal basket, the municipality's own services and others. Until the basket
 * capability records which centre provides what, every published service of the catalogue is in every centre's scope.
 */
export function inCentreScope(service: { status: string }): boolean {
  return service.status === 'published';
}
