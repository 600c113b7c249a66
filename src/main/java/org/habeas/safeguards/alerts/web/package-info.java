/** The alert inbox page, the delivery log and the alerts API. */
@NullMarked
package org.habeas.safeguards.alerts.web;

import org.jspecify.annotations.NullMarked;
