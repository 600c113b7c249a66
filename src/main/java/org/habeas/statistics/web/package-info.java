/**
 * Statistics pages and the open-data API: the dashboards per role, the public dashboard, the
 * open-data page and downloads, the annual report's job and download, the administrator's rebuild.
 */
@NullMarked
package org.habeas.statistics.web;

import org.jspecify.annotations.NullMarked;
