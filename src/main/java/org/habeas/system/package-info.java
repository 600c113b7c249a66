/**
 * Cross-cutting concerns every module leans on: users and roles, regions and facilities, sign-in
 * (throttled per account and address, every attempt audited, bursts alerted), the audit of every
 * read of personal data, idempotent writes, the content check of uploaded files, the plain-text
 * rule every input obeys (no control characters), one body limit and bounded paging for every
 * request, the clock ({@link org.habeas.system.ScopedClock}), transaction-scoped caches, languages,
 * layout and errors, and the resubmission of the event publications whose listeners after a commit
 * have not completed.
 *
 * <p>It depends on no other module: everything else may depend on it. Its API is this package and,
 * for the web code of the other modules, the named interface {@code problems} ({@link
 * org.habeas.system.web.ProblemStatus}, where a domain {@link org.habeas.system.Problem} becomes an
 * HTTP status).
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.habeas.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
