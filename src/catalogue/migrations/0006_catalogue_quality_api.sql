-- The catalogue's public search, quality control and imports (SR-12, SR-13). Only additions.

-- Public search (SR-12): a version's searchable text (identifier, names, short descriptions) in lower case without
-- Latvian diacritics, so "uznemumu" finds "uzņēmumu". The application computes it on every write
-- (src/catalogue/search-text.ts); existing rows are filled here the same way.
alter table service_versions add column search_text text not null default '';
update service_versions v set search_text = lower(unaccent(concat_ws(' ',
  (select s.identifier from services s where s.id = v.service_id),
  v.content #>> '{name,lv}', v.content #>> '{name,en}',
  v.content #>> '{shortDescription,lv}', v.content #>> '{shortDescription,en}')));
-- Trigram index over the versions in force: LIKE '%…%' with three or more letters uses it.
create index service_versions_search_trgm on service_versions using gin (search_text gin_trgm_ops)
  where published_from is not null and published_to is null;
-- Filters on the version in force (COFOG, client type, channel, municipality) are jsonb containment.
create index service_versions_current_content on service_versions using gin (content jsonb_path_ops)
  where published_from is not null and published_to is null;
-- Incremental sync (changedSince) reads services by their last change.
create index services_updated_idx on services (updated_at);

-- SR-13: the background link checker's last answer per address (it is skipped when offline).
create table service_link_checks (
  url text primary key check (length(url) between 1 and 1000),
  checked_at timestamptz not null,
  ok boolean not null,
  -- The HTTP status, when there was an answer.
  http_status integer,
  -- Why it failed (timeout, DNS, refused …), for the holder to read.
  error text check (length(error) <= 500)
);

-- SR-12.2: an institution's system pushes descriptions; each push is one import, with its progress and result.
create table catalogue_imports (
  id uuid primary key default gen_random_uuid(),
  holder_id uuid not null references organisations (id),
  created_by uuid references users (id),
  format text not null check (format in ('json', 'jsonld')),
  dry_run boolean not null,
  -- Publish the imported descriptions (the holder's admin only) or leave them as drafts.
  publish boolean not null default false,
  status text not null check (status in ('running', 'done', 'failed')),
  total integer not null check (total >= 0),
  processed integer not null default 0 check (processed >= 0),
  created_count integer not null default 0,
  updated_count integer not null default 0,
  unchanged_count integer not null default 0,
  failed_count integer not null default 0,
  -- Per-record errors: [{ index, externalId, errors: [{ field, code }] }].
  errors jsonb not null default '[]',
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index catalogue_imports_holder_idx on catalogue_imports (holder_id, created_at desc);
