-- The caseload's "last slip" and "last check-in" reach back to the first day of the journal. With the kind
-- (or the tick) before the time, the last slip is one dive into the index per client and the recent-slip
-- count reads only the slips, instead of every urge and check-in of every day (about 25,000 index entries
-- per statement for a caseload of 40 with two years of journal). The last check-in needs no new index:
-- MAX(entry_date) grouped by client_id is answered from (client_id, entry_date) one dive per client.
create index ix_journal_entry_client_kind_time on journal_entry (client_id, kind, occurred_at);
create index ix_check_in_client_slipped_date on check_in (client_id, slipped, entry_date);

-- Last held and next booked session per client (the caseload's column and the insights' "since last
-- session") from the index alone: weekly sessions over years are thousands of row reads per caseload page.
create index ix_session_client_status_start on therapy_session (client_id, status, starts_at);
