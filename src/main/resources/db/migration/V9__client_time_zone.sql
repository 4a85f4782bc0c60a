-- The client's own time zone: their local time decides the hour and the day of an urge or a slip on
-- the insights page. Null means the practice's zone (holdfast.time-zone, the injected Clock).
alter table client add column time_zone varchar(40);
