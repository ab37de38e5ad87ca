-- The service catalogue (SR-4 … SR-17): a service of a holder, and its versions. A version's content
-- (every SR-10 field, Latvian and English) is jsonb validated by the API schema (src/catalogue/content.ts); the
-- columns beside it are the few that lists search and filter on. Only additions.

-- SR-9: identifiers are numbered from one sequence and formatted PK-000123 by the application
-- (src/catalogue/identifier.ts). A sequence never hands out a number twice, even when a transaction rolls back.
create sequence service_identifier_seq;

create table services (
  id uuid primary key default gen_random_uuid(),
  -- SR-9: the public, stable identifier; unique, because it is how people and systems name the service.
  identifier text not null unique check (identifier ~ '^PK-[0-9]{6,}$'),
  -- SR-4: the holder owns the service (an institution, another holder, or a municipality for its own services).
  holder_id uuid not null references organisations (id),
  -- The holder's own id of the service, for imports from its systems (SR-12.2).
  external_id text check (length(external_id) between 1 and 100),
  -- draft: never published; published: a version is in force; withdrawn: no longer offered.
  status text not null default 'draft' check (status in ('draft', 'published', 'withdrawn')),
  -- The name of the newest version (draft or published), for search and sorting without opening the jsonb.
  name_lv text not null check (length(name_lv) between 1 and 300),
  -- SR-11: the last day the holder confirmed the description.
  last_verified_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- Lists are by holder (the holder's editor, SR-11's "all of the holder's services").
create index services_holder_idx on services (holder_id, status);
-- An import upserts by the holder's own id: one service per external id within a holder.
create unique index services_holder_external_id on services (holder_id, external_id) where external_id is not null;

create table service_versions (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references services (id),
  -- 1, 2, 3 … within the service; unique so two editors cannot both make "version 3".
  number integer not null check (number >= 1),
  content jsonb not null,
  name_lv text not null check (length(name_lv) between 1 and 300),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A draft has neither; a published version has published_from, and published_to once another version replaced
  -- it or the service was withdrawn. Every published version stays, so any past day can be answered.
  published_from timestamptz,
  published_to timestamptz,
  unique (service_id, number),
  check (published_to is null or (published_from is not null and published_to >= published_from))
);
-- At most one draft per service: editing always continues the one draft.
create unique index service_versions_one_draft on service_versions (service_id) where published_from is null;
-- At most one version in force per service.
create unique index service_versions_one_current on service_versions (service_id)
  where published_from is not null and published_to is null;
-- "What was published on a date" looks up a service's versions by their publication instant.
create index service_versions_published_idx on service_versions (service_id, published_from);
