-- DR-25.1.7.3: a contact that came in writing awaits its reply until the answer is registered, so its outcome says
-- so ('awaiting_reply') rather than "resolved on the spot"; the answer sets the outcome it ends with. Written contacts
-- registered before this rule and not yet answered take the new outcome.
alter table contacts drop constraint if exists contacts_outcome_check;
alter table contacts add constraint contacts_outcome_check check (outcome in ('resolved_on_spot',
  'referred_to_institution', 'application_forwarded', 'callback_needed', 'answered_in_writing', 'other',
  'awaiting_reply'));
update contacts set outcome = 'awaiting_reply' where channel in ('email', 'e_address') and answered_at is null;
