-- The minimal basket (CR-8, Annex 1 of Cabinet Regulation No. 401), versioned (AM-1.6 … AM-1.10): each version
-- takes effect on a day (Europe/Riga) and holds the whole list of items; the version in force on a day is the
-- newest, not superseded, whose effective_from is on or before that day.
create table basket_versions (
  id uuid primary key default gen_random_uuid(),
  -- The version's number, shown to people (1, 2, …): unique, so a version is named by it.
  number integer not null unique check (number > 0),
  -- The day the version takes effect (day granularity, Europe/Riga).
  effective_from date not null,
  -- A correction entered for the same day supersedes the earlier version: the superseded row is kept (history),
  -- marked with the version that replaced it, and never counts as in force.
  superseded_by uuid references basket_versions (id) deferrable initially deferred,
  -- A version cannot supersede itself.
  check (superseded_by is null or superseded_by <> id),
  note text,
  created_at timestamptz not null default now()
);
-- Never two versions in force for one day: at most one not superseded version per effective day.
create unique index basket_versions_one_per_day on basket_versions (effective_from) where superseded_by is null;

create table basket_items (
  id uuid primary key default gen_random_uuid(),
  -- The items belong to their version and go with it.
  version_id uuid not null references basket_versions (id) on delete cascade,
  -- The item's number in Annex 1, such as 3.13: section and point, digits separated by dots.
  annex_item text not null check (annex_item ~ '^[0-9]+(\.[0-9]+)+$'),
  -- One item number once per version.
  unique (version_id, annex_item),
  -- The item's wording in Latvian (the annex text) and English; neither empty.
  name_lv text not null check (length(btrim(name_lv)) > 0),
  name_en text not null check (length(btrim(name_en)) > 0),
  -- CR-8: the institution the item belongs to (one of the seven; the service checks the kind and name). Null only
  -- for an item whose institution the project's sources do not name (the shipped item 2.3, deleted by AM-1.6).
  institution_id uuid references organisations (id)
);

-- Which catalogue services provide an item (CR-8: the basket's services are marked in the catalogue by this link).
create table basket_item_services (
  -- The links belong to their item and go with it.
  item_id uuid not null references basket_items (id) on delete cascade,
  -- A catalogue service: kept while any version links it (history stays answerable).
  service_id uuid not null references services (id),
  -- One link per item and service.
  primary key (item_id, service_id)
);
-- "Is service X in the basket in force on day D" reads by service.
create index basket_item_services_service on basket_item_services (service_id);
