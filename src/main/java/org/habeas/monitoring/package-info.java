/**
 * Monitoring: visits of the commission, the national preventive mechanism and their partners to
 * places of detention (checklist after CPT standards, random samples of custody records, the video
 * register, private interviews, findings with evidence) and recommendations from every source,
 * followed with the agencies' focal points until implemented and shown on a public portal.
 */
@NullMarked
package org.habeas.monitoring;

import org.jspecify.annotations.NullMarked;
