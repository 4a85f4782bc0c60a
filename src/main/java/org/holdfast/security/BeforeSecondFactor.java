package org.holdfast.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that staff may call before they have used a second factor: setting one up, using one,
 * signing-in matters of their own account. It touches no client data. Without it, method security refuses staff
 * who have not used one when {@code holdfast.security.staff-second-factor=required} ({@link StaffFactorRule}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface BeforeSecondFactor {
}
