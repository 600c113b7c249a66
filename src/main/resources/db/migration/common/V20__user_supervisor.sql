-- A custody supervisor (duty sergeant, custody inspector) may override what a record's facility
-- decides, such as the legal profile a record is judged under (issue 15). A setting of the user,
-- changed by an administrator and audited.
alter table app_user add column supervisor boolean default false not null;
