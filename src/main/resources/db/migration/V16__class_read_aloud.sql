-- Read-aloud on the class tablet: a speaker button on every kiosk screen and on every act card reads
-- the words with the browser's speech synthesis. On for the youngest classes (ages 6-8), who may not
-- read yet; a teacher turns it on or off per class. New classes get it by their age band
-- (ClassService.create); rows inserted without it (imports, tools) start with it off.
alter table school_class add column read_aloud boolean not null default false;
update school_class set read_aloud = (age_band = '6-8');
