// The public face of documents: what other capabilities may use to store and refer to files.
export * from './lookups.ts';
export { detectDocumentType, ALLOWED_TYPES } from './detect.ts';
export { storeDocument, readDocument, type StoreDocumentIn } from './service.ts';

// For the composition root: the HTTP routes and the API messages (Latvian and English).
export { documentRoutes } from './routes.ts';
export { documentsMessages } from './messages.ts';
