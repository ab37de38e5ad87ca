-- DR-15: a change of the minimal basket asked by a holder (its letter to the ministry, DR-15.1) and carried through
-- the ministry's opinion (DR-15.2, 5 working days), the holder's information to the system's maintainer (DR-15.3,
-- 10 working days after a positive opinion) and the maintainer's update of the basket with its notice to every centre
-- (DR-15.4, 2 working days). Each step's day is kept here; each duty is an obligation (src/obligations) that the
-- step completing it fulfils.
create table basket_change_requests (
  id uuid primary key default gen_random_uuid(),
  -- Shown to people as a number (1, 2, …): unique, so a request is named by it.
  number integer not null unique check (number > 0),
  -- include: a service into the basket; exclude: an item out of it; change: an item reworded, moved or relinked.
  kind text not null check (kind in ('include', 'exclude', 'change')),
  -- The holder (an institution or another holder) that asks for the change and owes DR-15.3.
  holder_id uuid not null references organisations (id),
  -- The Annex 1 item an exclusion or change is about (as in basket_items).
  annex_item text check (annex_item is null or annex_item ~ '^[0-9]+(\.[0-9]+)+$'),
  -- The catalogue service an inclusion is about (or the one a change concerns).
  service_id uuid references services (id),
  title text not null check (length(btrim(title)) > 0),
  justification text not null check (length(btrim(justification)) > 0),
  -- DR-15.1: the day the ministry received the holder's letter; the ministry's term runs from it.
  received_on date not null,
  -- Each duty's due date as the obligations engine computed it on the owner's working-day calendar when the step
  -- before opened it (kept here so the list shows the steps without asking the engine row by row).
  opinion_due date,
  information_due date,
  publish_due date,
  state text not null check (
    state in ('awaiting_opinion', 'approved', 'rejected', 'information_sent', 'published', 'cancelled')
  ),
  -- DR-15.2: the ministry's opinion, its day and whether it agrees; all three or none.
  opinion_on date,
  opinion_positive boolean,
  opinion text,
  check ((opinion_on is null) = (opinion_positive is null) and (opinion_on is null) = (opinion is null)),
  -- An opinion cannot come before the letter it answers.
  check (opinion_on is null or opinion_on >= received_on),
  -- DR-15.3: the day the holder sent the maintainer the information, and what it said.
  informed_on date,
  information text,
  check ((informed_on is null) = (information is null)),
  -- The information follows the ministry's agreement.
  check (informed_on is null or (opinion_positive and informed_on >= opinion_on)),
  -- DR-15.4: the basket version that carried the change, the day it was recorded and how many centres were notified.
  version_id uuid references basket_versions (id),
  published_on date,
  centres_notified integer check (centres_notified is null or centres_notified >= 0),
  -- A published request names its version and day.
  check (state <> 'published' or (version_id is not null and published_on is not null)),
  cancelled_reason text,
  check (state <> 'cancelled' or cancelled_reason is not null),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- A holder's people list their own requests.
create index basket_change_requests_holder on basket_change_requests (holder_id);
