// Random secrets and their stored form. Secrets (session cookies, API tokens, set-password links) are shown once
// and only their SHA-256 is kept, so a copy of the database cannot be used to log in.
import { createHash, randomBytes } from 'node:crypto';

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
