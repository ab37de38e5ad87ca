-- The supervisory committee (CR-9, CR-10, CR-11): its member organisations with their representatives and periods,
-- the statute the ministry approves, its meetings with agendas, decisions with votes, and the minutes.

-- CR-9 names three associations as members: the Latvian Association of Local and Regional Governments, the Latvian
-- Association of Large Cities and the Association of Regional Development Centres. They are organisations of their
-- own kind.
alter table organisations drop constraint if exists organisations_kind_check;
alter table organisations
  add constraint organisations_kind_check
  check (kind in ('ministry', 'maintainer', 'institution', 'holder', 'municipality', 'association'));

-- Which organisation is which association CR-9 names (by key, so a renamed organisation keeps its place).
create table committee_required_associations (
  key text primary key check (key in ('lps', 'llpa', 'raca')),
  organisation_id uuid not null unique references organisations (id)
);

-- A member organisation with its representative for a period (a change of representative ends one row, starts another).
create table committee_members (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  representative_name text not null check (length(btrim(representative_name)) between 1 and 200),
  representative_position text check (length(representative_position) <= 200),
  -- The representative's account, when they have one (committee members see the committee's pages).
  user_id uuid references users (id),
  valid_from date not null,
  valid_until date,
  check (valid_until is null or valid_until >= valid_from),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index committee_members_organisation on committee_members (organisation_id);

-- CR-9: the statute approved by the ministry. Each approval is kept; the newest approved on or before a day is in force.
create table committee_statutes (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null,
  approved_on date not null,
  note text check (length(note) <= 1000),
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);

-- CR-11: meetings, at least two a year. planned → held → minutes_approved (the minutes are final: nothing changes).
create table committee_meetings (
  id uuid primary key default gen_random_uuid(),
  planned_on date not null,
  place text not null check (length(btrim(place)) between 1 and 300),
  status text not null default 'planned' check (status in ('planned', 'held', 'minutes_approved')),
  held_on date,
  check ((status = 'planned') = (held_on is null)),
  -- The approved minutes' PDF (a stored document) and the day they were approved.
  minutes_document_id uuid,
  minutes_approved_on date,
  check ((status = 'minutes_approved') = (minutes_document_id is not null and minutes_approved_on is not null)),
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index committee_meetings_planned on committee_meetings (planned_on);

-- CR-10: what the committee considers, each item linked to what it is about.
create table committee_agenda_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references committee_meetings (id),
  position integer not null check (position > 0),
  unique (meeting_id, position),
  title text not null check (length(btrim(title)) between 1 and 500),
  -- proposal: CR-10.1; quality_evaluation: CR-10.2; centres_analysis: CR-10.3; survey_report: CR-10.4.
  subject_kind text not null
    check (subject_kind in ('proposal', 'quality_evaluation', 'centres_analysis', 'survey_report', 'basket_version', 'other')),
  -- The proposal or basket version decided on (their owners' records; required for those two kinds).
  subject_id uuid,
  check ((subject_kind in ('proposal', 'basket_version')) = (subject_id is not null)),
  -- A document the item considers (an evaluation, an analysis, the survey report), when there is one.
  document_id uuid,
  created_at timestamptz not null default now()
);

-- A decision on an agenda item (one per item), with the member organisations' votes.
create table committee_decisions (
  id uuid primary key default gen_random_uuid(),
  agenda_item_id uuid not null unique references committee_agenda_items (id),
  meeting_id uuid not null references committee_meetings (id),
  text text not null check (length(btrim(text)) between 1 and 4000),
  -- Adopted when more members voted for than against.
  adopted boolean not null,
  decided_on date not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index committee_decisions_meeting on committee_decisions (meeting_id);

create table committee_votes (
  decision_id uuid not null references committee_decisions (id),
  organisation_id uuid not null references organisations (id),
  vote text not null check (vote in ('for', 'against', 'abstain')),
  primary key (decision_id, organisation_id)
);
