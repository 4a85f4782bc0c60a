-- What a client chose for a phone or computer someone else may pick up: discreet mode (a neutral name, icon and
-- tab titles), whether their coping plan may be kept on the device for offline use, and whether the quick exit's
-- first-use note has been read. One row per account; no row means none of these is chosen.
create table shared_device_choice (
    account_id bigint primary key,
    discreet boolean default false not null,
    coping_plan_on_device boolean default false not null,
    quick_exit_explained boolean default false not null
);
