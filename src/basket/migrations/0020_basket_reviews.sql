-- DR-16: the ministry reviews the minimal basket at least once a year. Each review is kept: the day it was held, who
-- took part, what was decided and, when the decision changed the basket, the version it recorded.
create table basket_reviews (
  id uuid primary key default gen_random_uuid(),
  -- The day the review was held (Europe/Riga); its year is the DR-16 period it fulfils.
  held_on date not null,
  -- Who took part (names and organisations, as the ministry writes them).
  participants text not null check (length(btrim(participants)) > 0),
  -- The decision: kept as it is, or changed (then new_version_id names the version).
  decision text not null check (length(btrim(decision)) > 0),
  new_version_id uuid references basket_versions (id),
  -- The ministry (owner of the DR-16 duty) and who recorded it.
  organisation_id uuid not null references organisations (id),
  recorded_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index basket_reviews_held_on on basket_reviews (held_on desc);
