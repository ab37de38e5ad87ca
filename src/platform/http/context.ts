// The audit context of a request: who, from where, under which request id.
import type { FastifyRequest } from 'fastify';
import type { AuditContext } from '../audit/audit.ts';

export function auditContext(request: FastifyRequest): AuditContext {
  return { actor: request.actor, ip: request.ip, requestId: String(request.id) };
}
