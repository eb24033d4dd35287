-- Many schools in one installation (docs/district.md).
--
-- 1. A district above the schools. An installation serves one district; an existing installation's
--    school becomes the only school of a district named after it, and nothing changes for its users.
-- 2. Every table that holds a school's data carries school_id, filled from the connection's school
--    when an insert does not name it, and row-level security shows and accepts only the rows of the
--    school the connection is set to (ripple.school_id), or of every school when the connection is
--    set to the whole district (ripple.all_schools = 'on': district administrators, jobs, sign-in).
--    The app's runtime role is not the tables' owner and has no BYPASSRLS, so the policies hold for it.

create table district (
    id         bigint generated always as identity primary key,
    name       varchar(120) not null,
    created_at timestamptz  not null default now()
);

alter table school add column district_id bigint references district (id);
alter table school add column archived_at timestamptz;

insert into district (name, created_at) select name, created_at from school order by id limit 1;
update school set district_id = (select min(id) from district);

-- A district administrator belongs to the district, not to a school.
alter table staff_account drop constraint staff_account_role_check;
alter table staff_account add constraint staff_account_role_check
    check (role in ('COORDINATOR', 'TEACHER', 'DISTRICT_ADMIN'));
alter table staff_account alter column school_id drop not null;
alter table staff_account add constraint staff_account_school_by_role
    check ((role = 'DISTRICT_ADMIN') = (school_id is null));

-- The school the connection is set to, and whether it may see every school of the district.
create function ripple_school() returns bigint language sql stable
    as $$ select nullif(current_setting('ripple.school_id', true), '')::bigint $$;
create function ripple_all_schools() returns boolean language sql stable
    as $$ select coalesce(current_setting('ripple.all_schools', true), '') = 'on' $$;

-- school_id on every table of a school's data that did not have it. Before this migration an
-- installation held at most one school, so every existing row belongs to it.
-- Filling school_id changes no lesson dose: the dose triggers that fire on any update sit this out.
alter table lesson_participation disable trigger lesson_participation_dose_update;
alter table lesson_delivery disable trigger lesson_delivery_dose_update;

do $$
declare
    t text;
    only_school bigint := (select min(id) from school);
begin
    foreach t in array array[
        'act_day_count', 'act_week_count', 'attention_item', 'attention_notice', 'attitude_check',
        'attitude_check_done', 'attitude_consent', 'attitude_response', 'challenge', 'challenge_suggestion',
        'challenge_tally', 'class_sign_in_failure', 'class_sign_in_pause', 'class_tablet', 'class_teacher',
        'custom_act', 'custom_lesson_step', 'digest_subscription', 'kindness_act', 'lesson_delivery',
        'lesson_dose', 'lesson_participation', 'lesson_plan', 'lesson_reflection', 'report_highlight',
        'report_note', 'student', 'student_sign_in_lock']
    loop
        execute format('alter table %I add column school_id bigint', t);
        execute format('update %I set school_id = $1', t) using only_school;
        execute format('alter table %I alter column school_id set not null', t);
        execute format('alter table %I add constraint %I foreign key (school_id) references school (id)', t, t || '_school_fk');
    end loop;
    -- District-level rows (a district administrator's audit entries, emails, reset links, SSO
    -- sign-ins) have no school.
    foreach t in array array['audit_log', 'email_outbox', 'password_reset_token', 'staff_sso_sign_in']
    loop
        execute format('alter table %I add column school_id bigint references school (id)', t);
    end loop;
    -- The audit log refuses updates (V1); this one fill, by the owner, is the only exception.
    alter table audit_log disable trigger audit_log_no_update;
    update audit_log set school_id = only_school;
    alter table audit_log enable trigger audit_log_no_update;
    update email_outbox set school_id = only_school;
    update password_reset_token set school_id = only_school;
    update staff_sso_sign_in set school_id = only_school;
end $$;

alter table lesson_participation enable trigger lesson_participation_dose_update;
alter table lesson_delivery enable trigger lesson_delivery_dose_update;

do $$
declare
    t text;
begin
    foreach t in array array[
        'act_day_count', 'act_week_count', 'attention_item', 'attention_notice', 'attitude_check',
        'attitude_check_done', 'attitude_consent', 'attitude_response', 'challenge', 'challenge_suggestion',
        'challenge_tally', 'class_sign_in_failure', 'class_sign_in_pause', 'class_tablet', 'class_teacher',
        'custom_act', 'custom_lesson_step', 'digest_subscription', 'kindness_act', 'lesson_delivery',
        'lesson_dose', 'lesson_participation', 'lesson_plan', 'lesson_reflection', 'report_highlight',
        'report_note', 'student', 'student_sign_in_lock',
        'audit_log', 'email_outbox', 'password_reset_token', 'staff_sso_sign_in',
        'attitude_consent_policy', 'attitude_instrument', 'attitude_secret', 'custom_lesson', 'retention_run',
        'safeguarding_contact', 'safeguarding_setting', 'school_class', 'school_year', 'staff_account', 'term']
    loop
        execute format('alter table %I alter column school_id set default ripple_school()', t);
        execute format('alter table %I enable row level security', t);
        execute format('create policy school_rows on %I using (ripple_all_schools() or school_id = ripple_school())'
                       ' with check (ripple_all_schools() or school_id = ripple_school())', t);
    end loop;
end $$;

alter table school enable row level security;
create policy school_rows on school using (ripple_all_schools() or id = ripple_school())
    with check (ripple_all_schools() or id = ripple_school());

-- Rows looked up by school.
create index kindness_act_school_idx on kindness_act (school_id, created_at);
create index student_school_idx on student (school_id);
create index audit_log_school_idx on audit_log (school_id, at);

-- Published views read with the reader's rights, so the policies apply through them too.
do $$
declare
    v text;
begin
    for v in select table_name from information_schema.views where table_schema = 'public'
    loop
        execute format('alter view %I set (security_invoker = true)', v);
    end loop;
end $$;

-- The rollups that triggers keep (tallies, day and week counts, lesson doses) belong to their class's
-- school. In one school's scope the column default is already right; in the district's scope (which has
-- no school of its own) the row takes its class's school.
create function ripple_rollup_school_from_class() returns trigger language plpgsql as $$
begin
    if ripple_all_schools() then
        new.school_id := (select c.school_id from school_class c where c.id = new.class_id);
    end if;
    return new;
end $$;

create function ripple_rollup_school_from_challenge() returns trigger language plpgsql as $$
begin
    if ripple_all_schools() then
        new.school_id := (select c.school_id from challenge c where c.id = new.challenge_id);
    end if;
    return new;
end $$;

create trigger act_day_count_school before insert on act_day_count
    for each row execute function ripple_rollup_school_from_class();
create trigger act_week_count_school before insert on act_week_count
    for each row execute function ripple_rollup_school_from_class();
create trigger lesson_dose_school before insert on lesson_dose
    for each row execute function ripple_rollup_school_from_class();
create trigger challenge_tally_school before insert on challenge_tally
    for each row execute function ripple_rollup_school_from_challenge();
