-- One-statement appends (platform/audit/audit.ts appendAfter): a hot path that read its writer's chain head earlier
-- writes its change, the event after that head and the head's move in one statement, without a transaction around
-- them. The head moves only if it is still where it was read; when another append got there first, the statement
-- must leave nothing behind (its change would stand without its event), so it fails with this error, and the caller
-- writes the change again the transactional way. PostgreSQL 15 and PGlite alike.
create function audit_head_moved() returns boolean
  language plpgsql volatile
as $$
begin
  raise exception 'audit_head_moved' using errcode = 'VVA01';
end
$$;
