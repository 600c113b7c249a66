package org.habeas.statistics;

/**
 * One counted figure a module provides to the dashboards: a key for machines, a label already in
 * the viewer's language, and the count.
 *
 * @param key stable identifier, e.g. {@code torture} or {@code implemented}
 * @param label the key in the viewer's language
 * @param count how many
 */
public record Figure(String key, String label, long count) {}
