package app.ripple.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A school's privacy requests (find, export, erase a student): the school's coordinator, or the
 * district administrator working inside one school's explicit scope ({@code SchoolScope.of}) — never
 * in the district's all-schools scope, so a district administrator acts on one school at a time.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('COORDINATOR') or (hasRole('DISTRICT_ADMIN') and T(app.ripple.base.SchoolScope).current().schoolId() != null)")
public @interface SchoolPrivacyOfficer {
}
