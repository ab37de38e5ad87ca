// Which services a centre may register, and which of them are in the minimal basket (CR-7, CR-8). Both are
// stand-ins until the basket capability exists; they are the two functions to replace then.

/**
 * CR-7: a centre's scope is the minimal basket, the municipality's own services and others. Until the basket
 * capability records which centre provides what, every published service of the catalogue is in every centre's scope.
 */
export function inCentreScope(service: { status: string }): boolean {
  return service.status === 'published';
}

/** The external-id prefix under which the shipped minimal basket (CR-8, Annex 1) is loaded into the catalogue. */
export const BASKET_EXTERNAL_ID_PREFIX = 'grozs-';

/**
 * CR-8: a minimal-basket service. Until the basket capability exists, the basket is the services loaded from the
 * shipped Annex 1 list, which carry an external id starting with "grozs-".
 */
export function isMinimalBasketService(service: { external_id: string | null }): boolean {
  return service.external_id?.startsWith(BASKET_EXTERNAL_ID_PREFIX) ?? false;
}
