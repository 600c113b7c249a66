package org.habeas.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler that checks every parameter it is sent with {@link PlainText} itself, so that a
 * refused character comes back as an error beside its field in the form, with what was typed kept.
 * Without it, a request parameter holding a control character is refused before the handler runs,
 * with the error page naming the field (or, on the JSON API, the problem naming it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChecksOwnText {}
