-- Staff sign-in with OpenID Connect (docs/sso.md).

-- "Staff sign in only with the school's provider": password sign-in is refused for every staff member
-- except the coordinator who turned the setting on (break-glass, kept for emergencies).
alter table school add column staff_sso_only boolean not null default false;
alter table school add column sso_break_glass_staff_id bigint references staff_account (id);

-- Every staff member's sign-ins through a provider, one row per account and provider: turning on
-- "SSO only" requires one for the coordinator, and the account page shows them.
create table staff_sso_sign_in (
    staff_id  bigint       not null references staff_account (id),
    provider  varchar(60)  not null,
    subject   varchar(254) not null,
    first_at  timestamptz  not null,
    last_at   timestamptz  not null,
    primary key (staff_id, provider)
);
