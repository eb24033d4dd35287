-- A single-school installation as the schema stood at V16 (before the district, V17): the demo
-- school's shape in plain SQL, at least one row in every table the demo or a term of use fills.
-- UpgradeInPlaceTest loads it, then runs the later migrations over it.

insert into school (name, time_zone, default_language, created_at, paper_size, trusted_adult_text, retention_months)
values ('Riverside Primary School (demo)', 'Europe/London', 'en', now() - interval '70 days', 'A4',
        'Talk to Ms Reyes or any adult you trust.', 24);

insert into school_year (school_id, name, start_date, end_date)
select id, '2025-26', date '2025-09-01', date '2026-07-20' from school;
insert into term (school_id, name, start_date, end_date, school_year_id)
select s.id, 'Term (demo)', current_date - 63, current_date + 35, y.id from school s, school_year y;
insert into term (school_id, name, start_date, end_date, closed, school_year_id, closed_at)
select s.id, 'Last term', current_date - 180, current_date - 70, true, y.id, now() - interval '69 days' from school s, school_year y;

insert into staff_account (school_id, name, email, password_hash, role, language, created_at)
select s.id, v.name, v.email, '{noop}not-a-real-hash', v.role, v.language, now() - interval '70 days'
from school s, (values ('Morgan Reyes', 'coordinator@example.org', 'COORDINATOR', 'en'),
                       ('Alex Kim', 'teacher1@example.org', 'TEACHER', 'en'),
                       ('Sam Ortiz', 'teacher2@example.org', 'TEACHER', 'es'),
                       ('Jordan Lee', 'teacher3@example.org', 'TEACHER', 'en')) v(name, email, role, language);
update term set closed_by = (select id from staff_account where email = 'coordinator@example.org') where closed;

insert into login_throttle (username, failed_count, first_failure) values ('teacher3@example.org', 2, now() - interval '5 minutes');
insert into audit_log (at, actor, action, target, details)
select now() - (n || ' hours')::interval, 'coordinator@example.org', 'STAFF_CREATED', 'staff:' || n, null from generate_series(1, 12) n;
insert into password_reset_request (email, client, at) values ('teacher2@example.org', '203.0.113.7', now() - interval '1 day');
insert into password_reset_token (staff_id, purpose, token_hash, created_at, expires_at)
select id, 'RESET', 'reset-token-hash-1', now() - interval '1 day', now() + interval '1 day' from staff_account where email = 'teacher2@example.org';
insert into staff_sso_sign_in (staff_id, provider, subject, first_at, last_at)
select id, 'school-idp', 'subject-1', now() - interval '30 days', now() from staff_account where email = 'teacher1@example.org';
insert into digest_subscription (staff_id, last_sent_on)
select id, current_date - 7 from staff_account where email = 'coordinator@example.org';

insert into school_class (school_id, term_id, name, age_band, read_aloud, created_at)
select s.id, t.id, v.name, v.band, v.band = '6-8', now() - interval '63 days'
from school s, term t, (values ('Class 2 Robins', '6-8'), ('Class 5 Owls', '9-11')) v(name, band) where not t.closed;
insert into class_teacher (class_id, staff_id)
select c.id, st.id from school_class c join staff_account st
    on st.email = case c.name when 'Class 2 Robins' then 'teacher1@example.org' else 'teacher2@example.org' end;
insert into student (class_id, display_name, avatar, picture_password, created_at, active, left_at)
select c.id, 'Student ' || c.id || '-' || n, 'avatar-' || n, 'apple,boat,cat', now() - interval '63 days', n <> 25,
       case when n = 25 then now() - interval '3 days' end
from school_class c, generate_series(1, 25) n;
insert into class_tablet (class_id, name, token_hash, created_at, last_seen_at)
select c.id, t.name, 'tablet-' || c.id || '-' || t.n, now() - interval '60 days', now()
from school_class c, (values (1, 'Reading corner tablet'), (2, 'Window tablet')) t(n, name);
insert into student_sign_in_lock (student_id, failed_count) select min(id), 2 from student;
insert into class_sign_in_failure (class_id, at) select id, now() - interval '2 minutes' from school_class;
insert into class_sign_in_pause (class_id, paused_until) select min(id), now() + interval '1 minute' from school_class;

insert into custom_act (staff_id, category, text, created_at)
select id, 'KIND_TO_OTHERS', 'Hold the door for the next class', now() - interval '40 days' from staff_account where email = 'teacher1@example.org';
insert into challenge (class_id, title, start_date, end_date, goal, categories, self_counts, template_id, created_at)
select c.id, '30-day kindness calendar', current_date - 63, current_date + 35, 2000, 'KIND_TO_OTHERS,KIND_TO_MYSELF', true,
       'kindness_calendar_30', now() - interval '63 days' from school_class c;
insert into challenge_suggestion (challenge_id, position, library_act_id) select id, 0, 'share_snack' from challenge;
insert into challenge_suggestion (challenge_id, position, custom_act_id) select ch.id, 1, a.id from challenge ch, custom_act a;
insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category, recipient, feeling, status, created_at)
select ch.class_id, ch.id, s.id, gen_random_uuid(), 'share_snack', 'KIND_TO_OTHERS', 'CLASSMATE', 1 + n % 5, 'APPROVED',
       now() - ((n % 60) || ' days')::interval
from challenge ch join student s on s.class_id = ch.class_id, generate_series(1, 10) n;
insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient, status, created_at)
select ch.class_id, ch.id, min(s.id), gen_random_uuid(), 'I helped at lunch but nobody likes me', 'KIND_TO_OTHERS', 'SOMEONE_AT_SCHOOL',
       'NEEDS_ATTENTION', now() - interval '1 hour'
from challenge ch join student s on s.class_id = ch.class_id group by ch.class_id, ch.id;
update kindness_act set inspired_by = id - 3 where id % 9 = 0 and status = 'APPROVED';
insert into attention_item (class_id, act_id, matched, created_at) select class_id, id, 'nobody likes me', created_at
from kindness_act where status = 'NEEDS_ATTENTION';
insert into email_outbox (kind, reference, recipient, subject, body_text, status, next_attempt_at, created_at, sent_at)
select 'ALERT', 'attention:' || i.id, 'coordinator@example.org', 'Something a student wrote needs attention', 'Open Ripple.', 'SENT',
       now(), now() - interval '50 minutes', now() - interval '49 minutes' from attention_item i;
insert into attention_notice (item_id, kind, recipient, staff_name, outbox_id, queued_at)
select i.id, 'ALERT', 'coordinator@example.org', 'Morgan Reyes', o.id, o.created_at
from attention_item i join email_outbox o on o.reference = 'attention:' || i.id;
insert into safeguarding_contact (school_id, staff_id) select school_id, id from staff_account where email = 'coordinator@example.org';
insert into safeguarding_setting (school_id, escalation_hours) select id, 48 from school;

insert into custom_lesson (school_id, owner_id, language, title, age_bands, minutes, components, reflection_question,
                           created_at, updated_at, teacher_note)
select school_id, id, 'en', 'Our buddy bench', '6-8', 30, 'STORY,DISCUSSION', 'Who could you invite to the bench?',
       now() - interval '50 days', now() - interval '50 days', 'Bring the bench photo.' from staff_account where email = 'teacher1@example.org';
insert into custom_lesson_step (lesson_id, position, kind, title, body, minutes)
select id, n, 'DISCUSSION', 'Step ' || n, 'Talk about it.', 10 from custom_lesson, generate_series(0, 2) n;
insert into lesson_plan (class_id, builtin_lesson_id, planned_on, created_by, created_at)
select c.id, 'what_is_kindness', current_date - 7 * w, ct.staff_id, now() - interval '60 days'
from school_class c join class_teacher ct on ct.class_id = c.id, generate_series(1, 6) w;
insert into lesson_plan (class_id, custom_lesson_id, planned_on, created_by, created_at)
select c.id, l.id, current_date + 4, l.owner_id, now() from school_class c, custom_lesson l where c.name = 'Class 2 Robins';
insert into lesson_delivery (class_id, plan_id, builtin_lesson_id, delivered_on, minutes, components, notes, recorded_by, created_at)
select class_id, id, builtin_lesson_id, planned_on, 35, 'STORY,DISCUSSION,ACTIVITY', '', created_by, planned_on::timestamptz + interval '10 hours'
from lesson_plan where planned_on < current_date;
insert into lesson_participation (delivery_id, student_id, status, made_up_on)
select d.id, s.id, case when s.id % 11 = 0 then 'ABSENT' when s.id % 7 = 0 then 'PRESENT' else 'PARTICIPATED' end,
       case when s.id % 22 = 0 then d.delivered_on + 2 end
from lesson_delivery d join student s on s.class_id = d.class_id and s.active;
insert into lesson_reflection (class_id, delivery_id, student_id, idempotency_key, text, created_at)
select d.class_id, d.id, s.id, gen_random_uuid(), 'I could sit with someone who is alone at lunch.', now() - interval '2 days'
from (select distinct on (class_id) * from lesson_delivery order by class_id, delivered_on desc) d
join student s on s.class_id = d.class_id where s.id % 8 = 0;

insert into attitude_secret (school_id, secret, created_at) select id, null, now() - interval '60 days' from school;
insert into attitude_consent_policy (school_id, instrument_code, policy) select id, 'SKS', 'OPT_IN' from school;
insert into attitude_instrument (school_id, code, definition, citation, imported_by, imported_at)
select s.id, 'OWN_SCALE', '{"items": []}', 'Our own scale, 2025', st.id, now() - interval '30 days'
from school s join staff_account st on st.email = 'coordinator@example.org';
insert into attitude_consent (student_id, instrument_code, consent, recorded_by, recorded_at)
select s.id, 'SKS', s.id % 9 <> 0, ct.staff_id, now() - interval '55 days' from student s join class_teacher ct on ct.class_id = s.class_id;
insert into attitude_check (class_id, term_id, instrument_code, phase, opened_by, opened_at, closed_at)
select c.id, c.term_id, 'SKS', p.phase, ct.staff_id, now() - p.ago, now() - p.ago + interval '1 day'
from school_class c join class_teacher ct on ct.class_id = c.id,
     (values ('PRE', interval '55 days'), ('POST', interval '3 days')) p(phase, ago);
insert into attitude_response (check_id, pseudonym, answers, answered_on)
select k.id, md5(k.id || '-' || s.id) || md5(s.id || '-' || k.id), array[3, 4, 4, 5, 3]::smallint[], k.opened_at::date
from attitude_check k join attitude_consent a on a.consent join student s on s.id = a.student_id and s.class_id = k.class_id;
insert into attitude_check_done (check_id, student_id)
select k.id, a.student_id from attitude_check k join attitude_consent a on a.consent
join student s on s.id = a.student_id and s.class_id = k.class_id;

insert into report_note (class_id, closing_paragraph, updated_by, updated_at)
select c.id, 'A kind term.', ct.staff_id, now() from school_class c join class_teacher ct on ct.class_id = c.id;
insert into report_highlight (class_id, act_id, position)
select class_id, id, 1 from (select distinct on (class_id) * from kindness_act where status = 'APPROVED' order by class_id, id) a;
insert into retention_run (school_id, run_at, run_on, trigger_kind, actor, months, cutoff, classes, students, rows_deleted)
select id, now() - interval '1 day', current_date - 1, 'SCHEDULED', 'system', 24, current_date - 730, 0, 0, 0 from school;
