/**
 * The monitoring pages: visits (plan, checklist one section at a time, record sampling, cameras,
 * interviews, findings, print view), recommendations with their chain of progress, the import, the
 * public portal, and the record page's camera panel.
 */
@NullMarked
package org.habeas.monitoring.web;

import org.jspecify.annotations.NullMarked;
