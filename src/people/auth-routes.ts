// HTTP for logging in and out, the current session, and passwords. Thin: parse → call the service → present.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../platform/http/app-type.ts';
import type { Deps } from '../db.ts';
import { anyUser, publicRoute } from '../platform/access/route-policy.ts';
import { SESSION_COOKIE } from '../platform/http/access-hook.ts';
import { renewCsrfToken } from '../platform/http/browser-writes.ts';
import { Email, Obj, OkSchema, ok, Str } from '../platform/http/schema.ts';
import { auditContext } from '../platform/http/context.ts';
import { changePassword, logout, setPasswordWithToken } from './auth-service.ts';
import { login } from './login-service.ts';
import { currentUser } from './me-service.ts';
import { passwordResetsSettled, requestPasswordReset } from './password-reset.ts';
import { MeSchema } from './presenters.ts';

const Password = (description: string) => Str(description, 200, { minLength: 1 });
const CsrfSchema = Obj({
  csrfToken: Type.String({ description: 'Send it back in the X-CSRF-Token header of every write' }),
});

/** The login and reset forms are writes a foreign page could send too: same-site Origin and a CSRF token. */
function browserWrite(app: App) {
  return (request: FastifyRequest, reply: FastifyReply) => app.checkBrowserWrite(request, reply);
}

export async function authRoutes(app: App, deps: Deps): Promise<void> {
  // Resets are finished after their answer (password-reset.ts): closing waits for them, before the database closes.
  app.addHook('onClose', async () => passwordResetsSettled());

  app.get(
    '/api/v1/auth/csrf',
    {
      config: { policy: publicRoute },
      schema: {
        summary: 'A CSRF token for the login form and cookie-authenticated writes',
        tags: ['auth'],
        response: { 200: CsrfSchema },
      },
    },
    // The token belongs to the caller's _csrf cookie: no cache may hand it to somebody else.
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { csrfToken: reply.generateCsrf() };
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: {
        policy: publicRoute,
        rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      // Login CSRF (logging a victim into the attacker's account) is refused like any other forged write.
      onRequest: browserWrite(app),
      schema: {
        summary: 'Log in with e-mail and password; sets the session cookie',
        tags: ['auth'],
        body: Obj({ email: Email('Login e-mail'), password: Password('Password') }),
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: String(request.id),
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.env === 'production',
        expires: result.expiresAt,
      });
      // A new CSRF secret with the new session: a token known before login (or planted then) does not work after it.
      return currentUser(deps, result.userId, renewCsrfToken(request, reply));
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'The logged-in user, their live roles and a CSRF token',
        tags: ['auth'],
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      if (!request.actor.userId) {
        // An API token has no user; it reads its own grants from the same shape.
        return {
          user: null,
          grants: request.actor.grants.map((g) => ({ ...g, organisationName: '', centreName: null, validUntil: null })),
          csrfToken: '',
        };
      }
      return currentUser(deps, request.actor.userId, reply.generateCsrf());
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { policy: anyUser },
      schema: { summary: 'End the current session', tags: ['auth'], response: { 200: OkSchema } },
    },
    async (request, reply) => {
      await logout(deps, request.actor, auditContext(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return ok;
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { policy: anyUser },
      schema: {
        summary: 'Change your own password; ends your other sessions',
        tags: ['auth'],
        body: Obj({
          currentPassword: Password('Current password'),
          newPassword: Password('New password, at least 12 characters'),
        }),
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await changePassword(deps, request.actor, request.body, auditContext(request));
      return ok;
    },
  );

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { policy: publicRoute, rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' } },
      onRequest: browserWrite(app),
      schema: {
        summary: 'Ask for a set-password link by e-mail; answers the same whether or not the address has an account',
        tags: ['auth'],
        body: Obj({ email: Email('E-mail of the account') }),
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      requestPasswordReset(deps, request.body.email, auditContext(request), (error) =>
        request.log.error({ err: error }, 'password reset failed'),
      );
      return ok;
    },
  );

  app.post(
    '/api/v1/auth/set-password',
    {
      config: { policy: publicRoute, rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' } },
      schema: {
        summary: 'Set a password with the single-use link sent by e-mail (invitation or reset)',
        tags: ['auth'],
        body: Obj({
          token: Str('The token from the link', 200, { minLength: 1 }),
          password: Password('New password, at least 12 characters'),
        }),
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await setPasswordWithToken(deps, request.body, auditContext(request));
      return ok;
    },
  );
}
