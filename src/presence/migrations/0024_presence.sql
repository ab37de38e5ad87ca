-- Institutions' officers at regional and national centres (CR-19.1 … CR-19.5, CR-20.4 … CR-20.6, DR-26.1.9,
-- DR-15.4): every notice an institution sends a centre, kept with the instant it was sent (deadlines are measured
-- on it) and the check of its legal notice period. What receives at a centre on a day is worked out from these
-- notices and the institutions' reception hours (owned by centres: a change of hours, once the centre publishes it,
-- becomes a reception version there).
create table presence_notices (
  id uuid primary key default gen_random_uuid(),
  centre_id uuid not null references centres (id),
  institution_id uuid not null references organisations (id),
  -- assignment: CR-19.1; hours_change: CR-19.2; absence: CR-19.3 (no substitute); substitution: CR-19.4.
  kind text not null check (kind in ('assignment', 'hours_change', 'absence', 'substitution')),
  -- The officer concerned: the one assigned (CR-19.1), or the absent or substituted one (may be unnamed).
  officer_position text check (officer_position is null or length(btrim(officer_position)) > 0),
  officer_name text check (officer_name is null or length(btrim(officer_name)) > 0),
  officer_surname text check (officer_surname is null or length(btrim(officer_surname)) > 0),
  check (kind <> 'assignment' or (officer_position is not null and officer_name is not null and officer_surname is not null)),
  -- CR-19.4: the substitute's position, name and surname.
  substitute_position text,
  substitute_name text,
  substitute_surname text,
  check ((kind = 'substitution') = (substitute_position is not null and substitute_name is not null and substitute_surname is not null)),
  -- The first day the notice is about (the officer starts, the hours apply, the absence begins), and its last day
  -- (an absence's or a substitution's period; null: open-ended).
  effective_from date not null,
  effective_until date,
  check (effective_until is null or effective_until >= effective_from),
  check (kind not in ('absence', 'substitution') or effective_until is not null),
  -- CR-19.2: the new weekly reception hours, {"1": [{"opens": 540, "closes": 720}], …}.
  hours jsonb,
  check ((kind = 'hours_change') = (hours is not null)),
  -- CR-19.2's exception / CR-19.3: why the absent officer cannot be replaced.
  reason text,
  check (kind <> 'absence' or reason is not null),
  -- DR-15.4: when the notice was sent (entered); the last day it could be sent on time (null: "at once"), whether it
  -- was late and why (the registry's explanation of the days counted).
  sent_at timestamptz not null,
  due_on date,
  late boolean not null default false,
  explanation jsonb not null,
  entered_by uuid references users (id),
  -- The centre side entered it on the institution's behalf.
  on_behalf boolean not null default false,
  -- CR-19.5, CR-20.4: the officer was told the safety, fire and premises rules on this day; CR-20.5, CR-20.6: what
  -- the officer's workplace needs (connection, equipment).
  safety_briefed_on date,
  workplace_needs text,
  -- DR-26.1.9: the centre published the change and informed the ministry.
  published_at timestamptz,
  published_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index presence_notices_centre on presence_notices (centre_id, effective_from);
create index presence_notices_institution on presence_notices (institution_id, effective_from);
