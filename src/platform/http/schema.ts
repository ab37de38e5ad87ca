// Schema building blocks. Every string has a length limit and every array a size limit, objects reject unknown
// properties, and every field has a description — the OpenAPI document is generated from these.
import {
  Type,
  type TSchema,
  type TString,
  type TObject,
  type TProperties,
  type TObjectOptions,
  type TStringOptions,
} from 'typebox';

/** A bounded string with a description. */
export function Str(description: string, maxLength: number, options: TStringOptions = {}): TString {
  return Type.String({ description, maxLength, ...options });
}

/** An object that rejects unknown properties. */
export function Obj<T extends TProperties>(properties: T, options: TObjectOptions = {}): TObject<T> {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/** A string with a fixed set of values (one enum, not a union of constants: clearer errors and OpenAPI). */
export function StringEnum<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

export const Uuid = (description: string) => Type.String({ description, format: 'uuid', maxLength: 36 });
export const IsoDate = (description: string) => Type.String({ description, format: 'date', maxLength: 10 });
export const Instant = (description: string) => Type.String({ description, format: 'date-time', maxLength: 40 });
export const Email = (description: string) => Type.String({ description, format: 'email', maxLength: 254 });

export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URN naming the problem kind' }),
    title: Type.String({ description: "Message in the caller's language (Accept-Language: lv or en)" }),
    status: Type.Integer({ description: 'HTTP status' }),
    code: Type.String({ description: 'Stable machine-readable code' }),
    detail: Type.Optional(Type.String({ description: 'Every field error in one line' })),
    instance: Type.String({ description: 'The request path' }),
    requestId: Type.String({ description: 'Request id, also in the logs' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'JSON pointer of the bad field' }),
          in: Type.String({ description: 'body, query, path or header' }),
          code: Type.String({ description: 'Stable code of the field error' }),
          message: Type.String({ description: "Field error in the caller's language" }),
        }),
      ),
    ),
    currentVersion: Type.Optional(
      Type.Integer({ description: '412 stale_version: the current version of the resource' }),
    ),
    currentEtag: Type.Optional(Type.String({ description: '412 stale_version: its ETag, for If-Match' })),
  },
  { $id: 'Problem', description: 'An error, as application/problem+json (RFC 9457)' },
);

export const OkSchema = Obj({ ok: Type.Boolean({ description: 'Always true' }) });
export const ok = { ok: true } as const;

/** Paging query parameters shared by list endpoints. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ description: 'Page size', minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ description: 'Items to skip', minimum: 0, maximum: 1_000_000, default: 0 })),
};
