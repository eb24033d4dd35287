package app.ripple.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only a district administrator may call the method. Their connection sees every school of the
 * district ({@code app.ripple.base.SchoolScope}); a method that works on one school's data runs it in
 * that school's scope ({@code SchoolScope.of}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('DISTRICT_ADMIN')")
public @interface DistrictAdminOnly {
}
