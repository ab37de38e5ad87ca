// Writes that a browser could be made to send on a user's behalf (their cookies ride along): cookie-authenticated
// writes and the login and password-reset forms. Two independent checks, both before the body is parsed:
//  1. Origin. Browsers send it with every cross-site POST, PUT, PATCH and DELETE; when present it must be this
//     system's own origin — PUBLIC_URL's, or the address the request came to (a direct or internal address of the
//     same instance). "null" (sandboxed frames, privacy redirects) is not an origin we serve, so it is refused.
//     An absent Origin is allowed: it means a non-browser client (scripts, other systems, the load tests), which
//     no page can steer, and the CSRF token below is still required.
//  2. The CSRF token (double submit: a secret in the _csrf cookie, the token in X-CSRF-Token), which a page of
//     another site cannot read. The secret is renewed at login, so a token obtained before login — or planted
//     through a shared or pre-set cookie — does not carry over into the session.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors.ts';

/** The cookie in which @fastify/csrf-protection keeps the secret (its default name). */
export const CSRF_COOKIE = '_csrf';

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** True when the request's Origin header is absent or names this system (see the file's comment). */
export function originAllowed(request: FastifyRequest, publicUrl: string): boolean {
  const given = request.headers.origin;
  if (given === undefined) return true;
  const origin = originOf(given);
  if (origin === undefined || origin === 'null') return false;
  return origin === originOf(publicUrl) || origin === originOf(`${request.protocol}://${request.host}`);
}

/** Refuses a forged browser write: a foreign Origin (403 origin_not_allowed), then a missing or wrong CSRF token (403 csrf_invalid). */
export async function checkBrowserWrite(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  publicUrl: string,
): Promise<void> {
  if (!originAllowed(request, publicUrl)) throw new ForbiddenError('origin_not_allowed');
  await new Promise<void>((resolve, reject) => {
    app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve()));
  });
}

/** A CSRF token made from a new secret (set as the _csrf cookie of this answer); tokens of the old secret stop working. */
export function renewCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  // Without a secret in the request the plugin creates a new one and sets its cookie.
  delete request.cookies[CSRF_COOKIE];
  return reply.generateCsrf();
}
