-- A plan version's one-line summary (it can repeat a status reason) and a discharge reason are the clinician's words
-- about a client: stored encrypted (hf1:<client>:<Base64>) like the rest of the client's text, so they need room.
-- Rows written before this are encrypted once at the next start (EncryptedColumns).
alter table plan_version modify column summary longtext not null;
alter table client modify column discharge_reason longtext null;
