/**
 * Roster import: reads a plain CSV class list or a OneRoster 1.1 CSV export into a preview of
 * students, without Spring or a database. Every bad row is reported with its physical line number
 * and a message key ({@link app.ripple.classroom.roster.RosterMessages}); no input makes a parser
 * throw. Only the fields Ripple needs are kept: first name, last name, optional student id and the
 * OneRoster sourcedId (never e-mail, phone, username, password or grades).
 */
@NullMarked
package app.ripple.classroom.roster;

import org.jspecify.annotations.NullMarked;
