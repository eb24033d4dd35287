/**
 * The lesson library: built-in lessons written for Ripple (English and Spanish, three age bands),
 * grounded in the source article on kindness and mental health. Built-in lessons are read-only
 * static data; a teacher copies one to change it. Lesson ids are stored in the database, so they
 * never change (add new ones, never rename or remove).
 */
@NullMarked
@NamedInterface("library")
package app.ripple.lesson.library;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
