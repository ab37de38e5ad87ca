-- CR-11: the ministry edits a planned meeting (its day, place and agenda) until it is held. Two people editing the same
-- meeting must not overwrite each other unseen, so the meeting carries a version like the rows of 0014: every change
-- of the meeting or its agenda counts it up, and an edit names the version it read (If-Match; 412 when it moved on).
alter table committee_meetings add column version integer not null default 1 check (version > 0);
