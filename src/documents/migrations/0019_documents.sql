-- Documents: one mechanism for every capability's files — letters, statutes, minutes, signed
-- containers. The bytes are kept in PostgreSQL itself (bytea), so every instance on the database sees the same files
-- and a backup of the database holds them. The type is decided by the content (magic bytes), never by the name.
create table documents (
  id uuid primary key default gen_random_uuid(),
  -- The organisation whose people uploaded it (its people may read it); null for a file the system made.
  organisation_id uuid references organisations (id),
  uploaded_by uuid references users (id),
  -- The name as given (shown and offered on download; never used to decide the type).
  filename text not null check (length(btrim(filename)) > 0 and length(filename) <= 255),
  -- The media type found in the content (application/pdf, application/vnd.etsi.asic-e+zip, image/png, …).
  media_type text not null,
  size integer not null check (size > 0),
  -- Hex SHA-256 of the content: what a signature or a minute may quote.
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  -- Whether the file may hold personal data: its downloads are then audited.
  personal_data boolean not null default true,
  created_at timestamptz not null default now(),
  check (octet_length(content) = size)
);
create index documents_organisation on documents (organisation_id);
