// The registration form's own check, made before anything is sent, so that every mistake shows at once and in
// words (the API checks the same and more; its format tokens, such as "email", are put into words here too).
import { ApiError, type FieldProblem } from '../api/errors.ts';

export interface RegisterValues {
  kind: string;
  centreId: string;
  name: string;
  replyChannel: string;
  replyAddress: string;
  text: string;
}

export interface CheckWords {
  title: string;
  required: string;
  kind: string;
  centre: string;
  email: string;
  eAddress: string;
}

/** The API's rule for an e-mail reply address (src/feedback/register-service.ts). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function addressProblem(channel: string, address: string, w: CheckWords): string | undefined {
  if (channel === 'in_person') return undefined;
  if (!address) return w.required;
  if (channel === 'email' && (!EMAIL.test(address) || address.length > 254)) return w.email;
  if (channel === 'e_address' && address.length < 3) return w.eAddress;
  return undefined;
}

/** Every problem of the form at once; none: it may be sent. */
export function registerProblems(v: RegisterValues, w: CheckWords): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (!v.kind) add('/kind', 'field_required', w.kind);
  if (!v.centreId) add('/centreId', 'field_required', w.centre);
  if (!v.name.trim()) add('/submitter/name', 'field_required', w.required);
  const address = addressProblem(v.replyChannel, v.replyAddress.trim(), w);
  if (address) add('/submitter/replyAddress', address === w.required ? 'field_required' : 'field_format', address);
  if (!v.text.trim()) add('/text', 'field_required', w.required);
  return problems;
}

/** The form's problems as the error the page shows (the same shape as the API's 400). */
export function problemsError(problems: FieldProblem[], w: CheckWords): ApiError {
  return new ApiError(400, 'validation_failed', w.title, problems);
}

/** The API's answer with its format tokens in words: "Wrong format (email)" becomes how to write an e-mail address. */
export function inWords(error: unknown, w: CheckWords): unknown {
  if (!(error instanceof ApiError) || error.errors.length === 0) return error;
  const errors = error.errors.map((e) =>
    e.field === '/submitter/replyAddress' && e.code === 'field_format' ? { ...e, message: w.email } : e,
  );
  return new ApiError(error.status, error.code, error.title, errors, error.currentVersion);
}
