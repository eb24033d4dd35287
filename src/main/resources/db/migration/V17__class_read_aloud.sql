-- Read-aloud on the class tablet: a speaker button on every kiosk screen and on every act card reads
-- the words with the browser's speech synthesis. On by default for the youngest classes (ages 6-8),
-- who may not read yet; a teacher turns it on or off per class.
alter table school_class add column read_aloud boolean;
update school_class set read_aloud = (age_band = '6-8');
alter table school_class alter column read_aloud set not null;
