/**
 * Cross-cutting concerns every module leans on: users and roles, regions and facilities, sign-in,
 * the audit of every read of personal data, idempotent writes, the content check of uploaded files,
 * transaction-scoped caches, languages, layout and errors.
 */
@NullMarked
package org.habeas.system;

import org.jspecify.annotations.NullMarked;
