-- Read-only views that modules publish for other modules' read models (dashboard, report).
--
-- The rule (README, "Architecture"): a module owns its tables; other modules read them only through
-- that module's query methods or the read-only views it publishes here. Each view is named
-- <owning module>_<what>_v, exposes only the columns its readers need, and is listed in the owning
-- module's package-info (@PublishedViews). A change to a table then shows up in one place: the
-- owner's views (a migration that changes a viewed column must recreate the view; PostgreSQL
-- refuses to drop or retype a column a view uses). Plain views: the planner inlines them, so the
-- readers' queries keep their plans and indexes.

-- ---------------------------------------------------------------- school

-- The school's printable identity. The time zone is not here: read it through SchoolTimeZone (cached).
create view school_schools_v as
    select id, name, paper_size from school;

create view school_terms_v as
    select id, name, start_date, end_date, closed from term;

-- Staff names only (no e-mail, role or password hash).
create view school_staff_v as
    select id, name from staff_account;

-- ---------------------------------------------------------------- classroom

create view classroom_classes_v as
    select id, school_id, term_id, name, archived, created_at from school_class;

create view classroom_class_teachers_v as
    select class_id, staff_id from class_teacher;

-- Students without their sign-in secrets, pictures or school ids.
create view classroom_students_v as
    select id, class_id, display_name, active, created_at, left_at from student;

-- ---------------------------------------------------------------- challenge

create view challenge_challenges_v as
    select id, class_id, title, goal, start_date, end_date, self_counts from challenge;

-- Acts without their idempotency key and feeling.
create view challenge_acts_v as
    select id, class_id, challenge_id, student_id, status, category, recipient, created_at, not_me,
           library_act_id, custom_act_id, own_text, wall_text, inspired_by
    from kindness_act;

create view challenge_custom_acts_v as
    select id, text from custom_act;

-- ---------------------------------------------------------------- lesson

create view lesson_plans_v as
    select id, class_id, planned_on, builtin_lesson_id, custom_lesson_id from lesson_plan;

create view lesson_custom_lessons_v as
    select id, title from custom_lesson;

-- Deliveries without the teacher's notes.
create view lesson_deliveries_v as
    select id, class_id, plan_id, delivered_on, created_at, builtin_lesson_id, custom_lesson_id, minutes, components
    from lesson_delivery;

create view lesson_participation_v as
    select delivery_id, student_id, status, made_up_on from lesson_participation;

create view lesson_attitude_checks_v as
    select id, class_id, term_id, instrument_code, phase, opened_at, closed_at from attitude_check;

-- Which students have answered a check (never what they answered).
create view lesson_attitude_check_done_v as
    select check_id, student_id from attitude_check_done;

-- Pseudonymous answers (never linked to a student).
create view lesson_attitude_responses_v as
    select check_id, pseudonym, answers from attitude_response;

create view lesson_attitude_instruments_v as
    select id, code, definition from attitude_instrument;

-- ---------------------------------------------------------------- safeguarding

-- How many items wait, per class (never the matched words or notes).
create view safeguarding_attention_items_v as
    select id, class_id, status from attention_item;
