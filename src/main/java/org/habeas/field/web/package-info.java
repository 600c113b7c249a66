/**
 * The field registration's doors: device enrolment for the signed-in officer's phone ({@code
 * /field/device-keys}), the administrators' approval page ({@code /admin/device-keys}), the signed
 * capture API ({@code /api/v1/field-registrations}, no sign-in: the device signature authenticates
 * it), the staff pages of registrations, the opening of a custody record from one, and the record
 * page's panel.
 */
@NullMarked
package org.habeas.field.web;

import org.jspecify.annotations.NullMarked;
