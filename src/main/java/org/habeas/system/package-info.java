/**
 * Cross-cutting concerns every module leans on: users and roles, regions and facilities, sign-in
 * (throttled per account and address, every attempt audited, bursts alerted), the audit of every
 * read of personal data, idempotent writes, the content check of uploaded files, the plain-text
 * rule every input obeys (no control characters), one body limit and bounded paging for every
 * request, the clock, transaction-scoped caches, languages, layout and errors, and the resubmission
 * of the event publications whose listeners after a commit have not completed.
 */
@NullMarked
package org.habeas.system;

import org.jspecify.annotations.NullMarked;
